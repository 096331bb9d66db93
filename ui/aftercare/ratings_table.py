"""The table of one scale's ratings beside its chart: years of weekly rows, one line each.

Its columns are sized from a sample of rows. Qt's ``sizeHintForColumn`` measures every row of
a table not yet on screen (the Aftercare page is filled before it is shown): 260 ratings of
five years, four columns, several refits while the page is laid out, were a third of the
page's first show (issue 19, part 12). The rows are dates and short figures of one format,
so rows spread evenly over the table give the same widths.
"""

from __future__ import annotations

from ui.widgets.tables import RowsTable

SAMPLE_ROWS = 12  # rows measured per column, spread over the whole table


class RatingsTable(RowsTable):
    def sizeHintForColumn(self, column: int) -> int:
        model = self.model()
        rows = model.rowCount()
        if rows <= SAMPLE_ROWS:
            return super().sizeHintForColumn(column)
        step = rows / SAMPLE_ROWS
        sample = {int(n * step) for n in range(SAMPLE_ROWS)} | {rows - 1}
        return max(self.sizeHintForIndex(model.index(row, column)).width() for row in sample)
