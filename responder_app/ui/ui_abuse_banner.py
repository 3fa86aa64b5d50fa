# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'abuse_banner.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QToolButton, QWidget)

class Ui_AbuseBanner(object):
    def setupUi(self, AbuseBanner):
        if not AbuseBanner.objectName():
            AbuseBanner.setObjectName(u"AbuseBanner")
        AbuseBanner.resize(640, 56)
        AbuseBanner.setStyleSheet(u"#AbuseBanner { background: #fff7e6; border: 1px solid #f0c36d; border-radius: 8px; }")
        self.bannerLayout = QHBoxLayout(AbuseBanner)
        self.bannerLayout.setObjectName(u"bannerLayout")
        self.bannerLayout.setContentsMargins(12, 4, 8, 4)
        self.messageLabel = QLabel(AbuseBanner)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.bannerLayout.addWidget(self.messageLabel)

        self.detailsButton = QToolButton(AbuseBanner)
        self.detailsButton.setObjectName(u"detailsButton")
        self.detailsButton.setText(u"\u25be")

        self.bannerLayout.addWidget(self.detailsButton)

        self.blockButton = QPushButton(AbuseBanner)
        self.blockButton.setObjectName(u"blockButton")
        self.blockButton.setAutoDefault(False)

        self.bannerLayout.addWidget(self.blockButton)

        self.dismissButton = QPushButton(AbuseBanner)
        self.dismissButton.setObjectName(u"dismissButton")
        self.dismissButton.setAutoDefault(False)

        self.bannerLayout.addWidget(self.dismissButton)

        self.bannerLayout.setStretch(0, 1)

        self.retranslateUi(AbuseBanner)

        QMetaObject.connectSlotsByName(AbuseBanner)
    # setupUi

    def retranslateUi(self, AbuseBanner):
        self.blockButton.setText(QCoreApplication.translate("AbuseBanner", u"Block\u2026", None))
        self.dismissButton.setText(QCoreApplication.translate("AbuseBanner", u"Dismiss", None))
        pass
    # retranslateUi

