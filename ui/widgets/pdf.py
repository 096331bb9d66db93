"""PDF files from HTML: QTextDocument laid out on QPdfWriter pages (no browser engine).

A4, or US Letter where the locale's territory uses it; page numbers at the foot of each page
(QTextDocument.print_ adds them); title, author and creator in the file's metadata. The file
is written beside its final name and moved into place, so a failure leaves no partial file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

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


def page_size() -> QPageSize.PageSizeId:
    if QLocale().territory() in LETTER_TERRITORIES:
        return QPageSize.PageSizeId.Letter
    return QPageSize.PageSizeId.A4


def save_pdf(
    document_html: str,
    path: Path,
    title: str,
    *,
    author: str = "",
    images: dict[str, bytes] | None = None,
) -> None:
    """Lay out ``document_html`` and write it to ``path``. ``images`` maps the names used in
    ``<img src="…">`` to PNG bytes."""
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=".journey-", suffix=".pdf", dir=path.parent)
    os.close(handle)
    try:
        writer = QPdfWriter(temporary)
        writer.setTitle(title)
        writer.setAuthor(author)
        writer.setCreator("Journey")
        writer.setPageLayout(
            QPageLayout(
                QPageSize(page_size()),
                QPageLayout.Orientation.Portrait,
                QMarginsF(15, 15, 15, 15),
                QPageLayout.Unit.Millimeter,
            )
        )
        document = QTextDocument()
        for name, png in (images or {}).items():
            document.addResource(
                QTextDocument.ResourceType.ImageResource, QUrl(name), QImage.fromData(png)
            )
        document.setHtml(document_html)
        document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
        document.print_(writer)
        del writer  # flushes and closes the file
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
