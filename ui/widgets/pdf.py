"""PDF files from HTML: QTextDocument laid out on QPdfWriter pages (no browser engine).

A4, or US Letter where the locale's territory uses it (or as asked: ``paper``); "3 of 13" at
the foot of each page, drawn page by page (QTextDocument.print_ can only write a bare number);
title, author and creator in the file's metadata. Pictures are drawn, not pasted: an ``<img>``
whose name has a ``Drawing`` is painted with QPainter where it stands, as vectors on paper
(``draw_images``). Typesetting, as far as QTextDocument allows:
words wrap only between words, a table's ``<thead>`` rows are repeated at the top of each page
it continues on, a table row up to half a page is never cut over two pages, and a heading
that would start in the last fifth of a page moves to the next so that it stays with what
follows it (``paginate``). The first page can be made to hold what comes before the first
page break (``fit_to_first_page``: the report's summary). The file is written beside its
final name and moved into place, so a failure leaves no partial file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Literal

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QMarginsF,
    QObject,
    QRect,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPyTextObject,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextOption,
    QTextTable,
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
FIT_STEP = 0.95  # a first page that runs over is made this much smaller, again and again…
SMALLEST_FIT = 0.75  # …down to this share of its size (9.5 pt text: 7.1 pt)
WHOLE_ROW = 1 / 2  # a table row up to this share of a page is never split over two pages
# A picture drawn where an <img> stands: the painter and the rectangle it fills (device units).
Drawing = Callable[[QPainter, QRectF], None]
CSS_DPI = 96  # an <img>'s width and height are CSS pixels, 96 to the inch


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
    drawings: Mapping[str, Drawing] | None = None,
    paper: Paper | None = None,
    fit_first_page: bool = False,
) -> None:
    """Lay out ``document_html`` and write it to ``path``. ``drawings`` paint the pictures
    the HTML names in ``<img src="…" width="…" height="…">``; ``paper`` is "a4" or "letter"
    (None: the locale's); ``fit_first_page``: what comes before the first forced page break
    is made smaller until it fits one page (``fit_to_first_page``)."""
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
        document = laid_out(document_html, writer, drawings or {}, fit_first_page=fit_first_page)
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


def laid_out(
    document_html: str,
    writer: QPdfWriter,
    drawings: Mapping[str, Drawing],
    *,
    fit_first_page: bool = False,
) -> QTextDocument:
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
    draw_images(document, drawings)
    document.setHtml(document_html)
    document.setPageSize(QSizeF(writer.width(), writer.height() - _footer_height(writer)))
    if fit_first_page:
        fit_to_first_page(document)
    paginate(document)
    return document


def fit_to_first_page(document: QTextDocument) -> None:
    """Make the text before the document's first forced page break smaller, a step at a
    time and no smaller than ``SMALLEST_FIT`` of its size, until it ends on the first page
    (a report's one-page summary with many medications or red flags)."""
    layout = document.documentLayout()
    height = document.pageSize().height()
    block = document.begin()
    while block.isValid() and not _breaks_before(block):
        block = block.next()
    if not block.isValid():
        return
    end = block.position()
    default = document.defaultFont().pointSizeF()
    scale = 1.0
    while layout.blockBoundingRect(block).top() >= 2 * height and scale > SMALLEST_FIT:
        scale *= FIT_STEP
        cursor = QTextCursor(document)
        cursor.beginEditBlock()  # laid out again once, after the whole step
        part = document.begin()
        while part.isValid() and part.position() < end:
            fragments = part.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                size = fragment.charFormat().fontPointSize() or default
                smaller = QTextCharFormat()
                smaller.setFontPointSize(size * FIT_STEP)
                cursor.setPosition(fragment.position())
                cursor.setPosition(
                    fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                )
                cursor.mergeCharFormat(smaller)
                fragments += 1
            part = part.next()
        cursor.endEditBlock()


class DrawnImages(QPyTextObject):
    """A QTextDocument's ``<img>`` objects (QTextObjectInterface): each painted by the
    ``Drawing`` of its name, at the size the HTML gives it. Names without one are left blank
    (the report names only its drawings)."""

    def __init__(self, drawings: Mapping[str, Drawing], parent: QObject) -> None:
        super().__init__(parent)
        self.drawings = dict(drawings)

    def intrinsicSize(self, doc: QTextDocument, posInDocument: int, format: QTextFormat) -> QSizeF:
        image = format.toImageFormat()
        device = doc.documentLayout().paintDevice()
        scale = device.logicalDpiX() / CSS_DPI if device is not None else 1.0
        return QSizeF(image.width() * scale, image.height() * scale)

    def drawObject(
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        doc: QTextDocument,
        posInDocument: int,
        format: QTextFormat,
    ) -> None:
        drawing = self.drawings.get(format.toImageFormat().name())
        if drawing is not None:
            drawing(painter, QRectF(rect))


def draw_images(document: QTextDocument, drawings: Mapping[str, Drawing]) -> None:
    """Let ``drawings`` paint ``document``'s ``<img>`` objects (set before its HTML)."""
    handler = DrawnImages(drawings, document)  # the document keeps it
    document.documentLayout().registerHandler(QTextFormat.ObjectTypes.ImageObject, handler)


def paginate(document: QTextDocument) -> None:
    """Break ``document``'s pages so that a heading stays with what follows it and a table
    row is never cut over two pages: the first thing out of place, in document order, is put
    right, the document laid out again, and so on until nothing is. A fix moves only what
    comes after it, so an earlier decision never goes stale (deciding all headings first,
    then all rows, left a heading's page break where a moved row no longer needed it: a page
    with one row on it)."""
    height = document.pageSize().height()
    settled = 0  # everything before this position is where it stays
    fixes = 0
    # At most a few fixes a page (a heading, then a row): a safety net, never reached, so that
    # a case this does not foresee gives a page less tidy, never an export that hangs.
    while fixes <= 3 * document.pageCount() + 10:
        fixes += 1
        heading = _first_lonely_heading(document, height, settled)
        row = _first_split_row(document, height, settled)
        if heading is None and row is None:
            return
        if row is None or (heading is not None and heading.position() < _row_position(*row)):
            assert heading is not None
            settled = heading.position()
            _break_before(heading)
        else:
            table, number = row
            settled = max(0, table.firstPosition() - 2)  # the block before it may move too
            if number > table.format().headerRowCount():
                split_table(document, table, number)
            else:  # its first row: the table starts on the next page, with its heading
                start_on_next_page(document, table)
        # Lay the whole document out again: Qt's incremental relayout after the change
        # loses the text of a later heading that follows a table.
        document.markContentsDirty(0, document.characterCount())


def _first_lonely_heading(
    document: QTextDocument, height: float, since: int = 0
) -> QTextBlock | None:
    """The first heading whose following text (its first line, or its table's first row)
    would not start on the heading's page, or that would start in the last fifth of a page:
    it belongs on the next page, so that a heading is never left alone at a page's foot."""
    layout = document.documentLayout()
    block = document.findBlock(since)
    while block.isValid():
        following = block.next()
        level = block.blockFormat().headingLevel()
        if level > 0 and following.isValid() and not _breaks_before(block):
            top = layout.blockBoundingRect(block).top()
            below = layout.blockBoundingRect(following).bottom()  # a cell's too
            if int(top // height) != int(below // height) or (
                top % height > KEEP_WITH_NEXT * height and level <= 2
            ):
                return block
        block = following
    return None


def _breaks_before(block: QTextBlock) -> bool:
    """Whether the block already starts a page (then moving it again would not help)."""
    policy = block.blockFormat().pageBreakPolicy()
    return bool(policy & QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)


def _break_before(block: QTextBlock) -> None:
    moved = QTextBlockFormat()
    moved.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    QTextCursor(block).mergeBlockFormat(moved)


def _starts_page(table: QTextTable) -> bool:
    """Whether the table, or the heading just above it, already starts a page."""
    policy = table.format().pageBreakPolicy()
    if policy & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
        return True
    before = table.document().findBlock(table.firstPosition() - 1)
    return before.isValid() and before.blockFormat().headingLevel() > 0 and _breaks_before(before)


def _row_position(table: QTextTable, row: int) -> int:
    return table.cellAt(row, 0).firstPosition()


def start_on_next_page(document: QTextDocument, table: QTextTable) -> None:
    """Start ``table`` on a new page, and the heading just above it with it."""
    before = document.findBlock(table.firstPosition() - 1)
    if before.isValid() and before.blockFormat().headingLevel() > 0:
        _break_before(before)
    else:
        form = table.format()
        form.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        table.setFormat(form)


def _first_split_row(
    document: QTextDocument, height: float, since: int = 0
) -> tuple[QTextTable, int] | None:
    """The first table row, in document order, that runs over a page break.

    Qt moves a row to the next page only when none of its cells' first lines fits; otherwise
    each cell's lines flow on over the break, and a date's second line ("2026 · Day −10")
    begins the next page apart from its row. ``paginate`` then cuts the table before the row
    (``split_table``), or moves a table whose first row it is; a row taller than
    ``WHOLE_ROW`` of a page is left to run over (moving it would leave too much blank)."""
    layout = document.documentLayout()
    for table in _tables(document.rootFrame()):
        if table.lastPosition() < since:
            continue
        # A table's first row is looked at only at the top level: a table in a cell moves
        # with its cell's row.
        # Nor when the table already starts a page: moving it again would not help.
        nested = table.parentFrame() != document.rootFrame()
        first = table.format().headerRowCount() + (1 if nested or _starts_page(table) else 0)
        for row in range(first, table.rows()):
            cells = [table.cellAt(row, column) for column in range(table.columns())]
            if any(cell.rowSpan() > 1 for cell in cells) or cells[-1].lastPosition() < since:
                continue
            top = min(
                layout.blockBoundingRect(c.firstCursorPosition().block()).top() for c in cells
            )
            bottom = max(
                layout.blockBoundingRect(c.lastCursorPosition().block()).bottom() for c in cells
            )
            if (
                int(top // height) != int((bottom - 1) // height)
                and bottom - top <= WHOLE_ROW * height
            ):
                return table, row
    return None


def split_table(document: QTextDocument, table: QTextTable, row: int) -> None:
    """Cut ``table`` before ``row``: a copy of its header rows and the rows before ``row``
    become a table of their own just before it; ``table`` keeps its header rows and the rest,
    and starts on a new page."""
    header = table.format().headerRowCount()
    columns = table.columns()
    cursor = QTextCursor(document)
    cursor.setPosition(table.firstPosition() - 1)
    cursor.beginEditBlock()  # laid out again once, at the end, not after each change
    head_format = table.format()
    head_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
    head = cursor.insertTable(row, columns, head_format)
    source = QTextCursor(document)
    for r in range(row):
        for column in range(columns):
            cell = table.cellAt(r, column)
            if cell.column() != column:
                continue  # a cell spanning from the left
            copy = head.cellAt(r, column)
            copy.setFormat(cell.format())
            if cell.columnSpan() > 1:
                head.mergeCells(r, column, 1, cell.columnSpan())
            source.setPosition(cell.firstPosition())
            source.setPosition(cell.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
            copy.firstCursorPosition().insertFragment(source.selection())
    table.removeRows(header, row - header)
    rest = table.format()
    rest.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    table.setFormat(rest)
    cursor.endEditBlock()


def _tables(frame: QTextFrame) -> Iterator[QTextTable]:
    """The tables in ``frame``, nested ones after the table holding them, in document order."""
    for child in frame.childFrames():
        if isinstance(child, QTextTable):
            yield child
        yield from _tables(child)


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
