"""The CSV files' words in the window's language (ui.words.spreadsheet) say in English exactly
what the domain's own English says, so the files read the same whichever writes them."""

from __future__ import annotations

from journey.services.exchange import ENGLISH_LABELS, CsvWording, all_columns
from ui.words.spreadsheet import HEADINGS, csv_wording


def test_the_english_wording_is_the_domains_own() -> None:
    wording = csv_wording(lambda context, text: text)

    assert sorted(HEADINGS) == sorted(all_columns())  # a header for every column, no other
    assert dict(wording.headings) == {column: column for column in all_columns()}
    assert {vocabulary: dict(words) for vocabulary, words in wording.labels.items()} == (
        ENGLISH_LABELS
    )
    default = CsvWording()
    for vocabulary, words in ENGLISH_LABELS.items():
        for code in words:
            assert wording.label(vocabulary, code) == default.label(vocabulary, code)
