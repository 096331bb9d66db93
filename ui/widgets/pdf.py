"""PDF files from HTML: QTextDocument laid out on QPdfWriter pages (no browser engine).

A4, or US Letter where the locale's territory uses it (or as asked: ``paper``); "3 of 13" at
the foot of each page, drawn page by page (QTextDocument.print_ can only write a bare number);
title, author and creator in the file's metadata. Typesetting, as far as QTextDocument allows:
words wrap only between words, a table's ``<thead>`` rows are repeated at the top of each page
it continues on, and a heading that would start in the last fifth of a page moves to the next
so that it stays with what follows it. The file is written beside its final name and moved
into place, so a failure leaves no partial file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)

# Territories that use US Letter paper; everyone else gets A4.
LETTER_TERRITORIES = {
    QLocale.Country.UnitedStates,
    QLocale.Country.Canada,
    QLocale.Country.Mexico,
    QLocale.Country.Philippines,
    QLocale.Country.Chile,
    QLocale.Country.Colombia,
    QLocale.Country.Venezuela,
}
Paper = Literal["a4", "letter"]
PAPERS: dict[str, QPageSize.PageSizeId] = {
    "a4": QPageSize.PageSizeId.A4,
    "letter": QPageSize.PageSizeId.Letter,
}
MARGIN_MM = 15
FOOTER_MM = 8  # the band at the foot of each page that holds "3 of 13"
FOOTER_POINTS = 8
KEEP_WITH_NEXT = 0.8  # a heading starting below this fraction of a page moves to the next one


def page_size(paper: Paper | None = None) -> QPageSize.PageSizeId:
    """``paper``'s size, or the locale's: US Letter in ``LETTER_TERRITORIES``, else A4."""
    if paper is not None:
        return PAPERS[paper]
    if QLocale().territory() in LETTER_TERRITORIES:
        return QPageSize.PageSizeId.Letter
    return QPageSize.PageSizeId.A4


def page_number_text(page: int, pages: int) -> str:
    """ "3 of 13"."""
    return (
        QCoreApplication.translate("pdf", "%1 of %2")
        .replace("%1", QLocale().toString(page))
        .replace("%2", QLocale().toString(pages))
    )


def save_pdf(
    document_html: str,
    path: Path,
    title: str,
    *,
    author: str = "",
    images: dict[str, bytes] | None = None,
    paper: Paper | None = None,
) -> None:
    """Lay out ``document_html`` and write it to ``path``. ``images`` maps the names used in
    ``<img src="…">`` to PNG bytes; ``paper`` is "a4" or "letter" (None: the locale's)."""
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=".journey-", suffix=".pdf", dir=path.parent)
    os.close(handle)
    try:
        writer = QPdfWriter(temporary)
        writer.setTitle(title)
        writer.setAuthor(author)
        writer.setCreator("Journey")
        margin = float(MARGIN_MM)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(page_size(paper)),
                QPageLayout.Orientation.Portrait,
                QMarginsF(margin, margin, margin, margin),
                QPageLayout.Unit.Millimeter,
            )
        )
        document = laid_out(document_html, writer, images or {})
        document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
        draw_pages(document, writer)
        del writer  # flushes and closes the file
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _footer_height(writer: QPdfWriter) -> float:
    return FOOTER_MM / 25.4 * writer.resolution()


def laid_out(document_html: str, writer: QPdfWriter, images: dict[str, bytes]) -> QTextDocument:
    """The document paginated for ``writer``'s pages, less the footer band: laid out in the
    writer's own units (as QTextDocument.print_ does, so that sizes in points and pixels
    keep their size on paper)."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    # Break lines between words only: a narrow column grows rather than split "cyclophospha-
    # mide" mid-word (Qt's default also breaks anywhere when a word does not fit).
    option = document.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    document.setDefaultTextOption(option)
    for name, png in images.items():
        document.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(name), QImage.fromData(png)
        )
    document.setHtml(document_html)
    document.setPageSize(QSizeF(writer.width(), writer.height() - _footer_height(writer)))
    keep_headings_with_next(document)
    return document


def keep_headings_with_next(document: QTextDocument) -> None:
    """Move each heading to the next page when what follows it (its first line, or its
    table's first row) would not start on the heading's page, or when it would start in the
    last fifth of a page, so that a heading is never left alone at the foot of a page.
    Headings in order, laying out again after each move (a move shifts what follows)."""
    layout = document.documentLayout()
    height = document.pageSize().height()
    block = document.begin()
    while block.isValid():
        following = block.next()
        if block.blockFormat().headingLevel() > 0 and following.isValid():
            top = layout.blockBoundingRect(block).top()
            below = layout.blockBoundingRect(following).bottom()  # a cell's too
            if int(top // height) != int(below // height) or (
                top % height > KEEP_WITH_NEXT * height and block.blockFormat().headingLevel() <= 2
            ):
                cursor = QTextCursor(block)
                moved = QTextBlockFormat()
                moved.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                cursor.mergeBlockFormat(moved)
                # Lay the whole document out again: Qt's incremental relayout after the
                # change loses the text of a later heading that follows a table.
                document.markContentsDirty(0, document.characterCount())
        block = block.next()


def draw_pages(document: QTextDocument, writer: QPdfWriter) -> None:
    """Each page of ``document`` on its own sheet, with "N of M" centred below it."""
    pages = document.pageCount()
    height = document.pageSize().height()
    width = document.pageSize().width()
    footer = QRectF(0, height, width, _footer_height(writer))
    painter = QPainter(writer)
    try:
        font = QFont(document.defaultFont())
        font.setPointSizeF(FOOTER_POINTS)
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * height)
            document.drawContents(painter, QRectF(0, page * height, width, height))
            painter.restore()
            painter.setFont(font)
            painter.drawText(
                footer,
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                page_number_text(page + 1, pages),
            )
    finally:
        painter.end()
