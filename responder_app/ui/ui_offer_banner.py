# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'offer_banner.ui'
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
    QPushButton, QSizePolicy, QSpacerItem, QWidget)

class Ui_OfferBanner(object):
    def setupUi(self, OfferBanner):
        if not OfferBanner.objectName():
            OfferBanner.setObjectName(u"OfferBanner")
        OfferBanner.resize(640, 48)
        self.offerLayout = QHBoxLayout(OfferBanner)
        self.offerLayout.setObjectName(u"offerLayout")
        self.offerLayout.setContentsMargins(18, 8, 18, 8)
        self.offerLabel = QLabel(OfferBanner)
        self.offerLabel.setObjectName(u"offerLabel")
        self.offerLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.offerLabel.setWordWrap(True)

        self.offerLayout.addWidget(self.offerLabel)

        self.offerSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.offerLayout.addItem(self.offerSpacer)

        self.takeButton = QPushButton(OfferBanner)
        self.takeButton.setObjectName(u"takeButton")
        self.takeButton.setAutoDefault(False)

        self.offerLayout.addWidget(self.takeButton)

        self.closeTabButton = QPushButton(OfferBanner)
        self.closeTabButton.setObjectName(u"closeTabButton")
        self.closeTabButton.setAutoDefault(False)

        self.offerLayout.addWidget(self.closeTabButton)

        self.offerLayout.setStretch(0, 1)

        self.retranslateUi(OfferBanner)

        QMetaObject.connectSlotsByName(OfferBanner)
    # setupUi

    def retranslateUi(self, OfferBanner):
        self.takeButton.setText(QCoreApplication.translate("OfferBanner", u"Take", None))
        self.closeTabButton.setText(QCoreApplication.translate("OfferBanner", u"Close tab", None))
        pass
    # retranslateUi

