"""The page's QR code and its share image, drawn with QtGui (no widgets): the QR code
from segno's module matrix, one black square per module, with the quiet zone scanners
need; the share image a phone-shaped card (750 × 1100 px: WeChat Moments and Xiaohongshu
show it whole) with the name, the introduction's first line, the price and the QR code.
Saved as PNG by the caller."""

from __future__ import annotations

import segno
from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

__all__ = ["SHARE_SIZE", "first_line", "qr_image", "share_image"]

SHARE_SIZE = (750, 1100)
ACCENT = QColor("#3f7d6e")
QUIET_ZONE = 4  # modules of white around the code (the QR standard's minimum)


def first_line(intro: str, limit: int = 40) -> str:
    """The introduction's first non-empty line, cut to `limit` characters."""
    line = next((part.strip() for part in intro.splitlines() if part.strip()), "")
    return line if len(line) <= limit else line[:limit - 1] + "…"


def qr_image(url: str, module_px: int = 10) -> QImage:
    """The page's address as a QR code (error correction M, as the payment QR)."""
    matrix = segno.make(url, error="m", micro=False).matrix
    modules = len(matrix) + 2 * QUIET_ZONE
    size = modules * module_px
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        for y, row in enumerate(matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.fillRect((x + QUIET_ZONE) * module_px, (y + QUIET_ZONE) * module_px,
                                     module_px, module_px, QColor("black"))
    finally:
        painter.end()
    return image


def _font(pixels: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(["Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "sans-serif"])
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def share_image(url: str, name: str, intro_line: str, price_text: str, brand: str,
                scan_text: str) -> QImage:
    """The card a responder posts: brand, name, the first line of their introduction, the
    price now, the QR code of their page and its address under it."""
    width, height = SHARE_SIZE
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#f5f7f6"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(0, 0, width, 120, ACCENT)
        painter.setPen(QColor("white"))
        painter.setFont(_font(40, bold=True))
        painter.drawText(QRect(48, 0, width - 96, 120), Qt.AlignmentFlag.AlignVCenter, brand)
        painter.setPen(QColor("#1f2a28"))
        painter.setFont(_font(72, bold=True))
        painter.drawText(QRect(48, 160, width - 96, 100), Qt.AlignmentFlag.AlignLeft, name)
        painter.setFont(_font(34))
        painter.drawText(QRectF(48, 270, width - 96, 110),
                         Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, intro_line)
        painter.setPen(ACCENT)
        painter.setFont(_font(44, bold=True))
        painter.drawText(QRect(48, 390, width - 96, 70), Qt.AlignmentFlag.AlignLeft, price_text)
        # Whole pixels per module (never scaled): every module stays a crisp square.
        code = qr_image(url, module_px=max(4, 480 // qr_image(url, module_px=1).width()))
        side = code.width()
        left = (width - side) // 2
        painter.drawImage(left, 500 + (480 - side) // 2, code)
        painter.setPen(QColor("#5b6664"))
        painter.setFont(_font(28))
        painter.drawText(QRect(48, 1010, width - 96, 40), Qt.AlignmentFlag.AlignHCenter,
                         scan_text)
        painter.drawText(QRect(48, 1050, width - 96, 40), Qt.AlignmentFlag.AlignHCenter, url)
    finally:
        painter.end()
    return image
