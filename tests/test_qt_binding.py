"""Guards against a Qt binding that corrupts reference counts.

PySide6 6.12.0 under Python 3.11 decrements None's reference count on every call of a
method that returns nothing (setText, QTextLayout.draw, ...). None is not immortal before
Python 3.12, so the app painting chat bubbles crashed with "deallocating None" after a few
hundred messages. This test fails on such a binding before a responder ever meets it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QPointF
from PySide6.QtGui import QFont, QImage, QPainter, QTextLayout


def test_void_qt_calls_leave_none_refcount_alone(qapp: object) -> None:
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    layout = QTextLayout("你好 hello", QFont())
    obj = QObject()
    try:
        before = sys.getrefcount(None)
        for _ in range(2000):
            obj.setObjectName("x")
            layout.beginLayout()
            layout.createLine()
            layout.endLayout()
            layout.draw(painter, QPointF(0, 0))
        drift = sys.getrefcount(None) - before
    finally:
        painter.end()
    assert abs(drift) < 100, f"None's refcount drifted by {drift} over 2000 Qt calls"
