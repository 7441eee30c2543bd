"""PDF bytes to page images with pypdfium2 (QtPdf is not in PySide6-Essentials); safe off the GUI thread."""

from __future__ import annotations

import pypdfium2 as pdfium
from PySide6.QtGui import QImage


def page_images(pdf: bytes, dpi: float = 110.0) -> list[QImage]:
    """Every page rendered at `dpi`; QImage (unlike QPixmap) may be made on the worker thread."""
    doc = pdfium.PdfDocument(pdf)
    try:
        images = []
        for i in range(len(doc)):
            page = doc[i]
            bitmap = page.render(scale=dpi / 72.0, rev_byteorder=True)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888)
            images.append(image.copy())  # own the pixels before pdfium frees its buffer
            bitmap.close()
            page.close()
        return images
    finally:
        doc.close()
