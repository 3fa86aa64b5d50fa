# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'handoff_card.ui'
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
    QPushButton, QSizePolicy, QToolButton, QVBoxLayout,
    QWidget)

class Ui_HandoffCard(object):
    def setupUi(self, HandoffCard):
        if not HandoffCard.objectName():
            HandoffCard.setObjectName(u"HandoffCard")
        HandoffCard.resize(640, 220)
        HandoffCard.setStyleSheet(u"#HandoffCard { background: #fdecea; border: 1px solid #e8a19a; border-radius: 8px; }\n"
"#titleLabel { font-size: 11pt; font-weight: 700; color: #7a0916; }\n"
"#hotlinesTitleLabel { font-weight: 600; }\n"
"#statusLabel { color: #2f6f3e; }")
        self.cardLayout = QVBoxLayout(HandoffCard)
        self.cardLayout.setSpacing(6)
        self.cardLayout.setObjectName(u"cardLayout")
        self.cardLayout.setContentsMargins(12, 4, 8, 4)
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.titleLabel = QLabel(HandoffCard)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.titleRow.addWidget(self.titleLabel)

        self.detailsButton = QToolButton(HandoffCard)
        self.detailsButton.setObjectName(u"detailsButton")
        self.detailsButton.setText(u"\u25be")

        self.titleRow.addWidget(self.detailsButton)

        self.dismissButton = QPushButton(HandoffCard)
        self.dismissButton.setObjectName(u"dismissButton")
        self.dismissButton.setAutoDefault(False)

        self.titleRow.addWidget(self.dismissButton)

        self.titleRow.setStretch(0, 1)

        self.cardLayout.addLayout(self.titleRow)

        self.detailsFrame = QWidget(HandoffCard)
        self.detailsFrame.setObjectName(u"detailsFrame")
        self.detailsLayout = QVBoxLayout(self.detailsFrame)
        self.detailsLayout.setSpacing(6)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLayout.setContentsMargins(0, 0, 0, 0)
        self.buttonsRow = QHBoxLayout()
        self.buttonsRow.setObjectName(u"buttonsRow")
        self.shareButton = QPushButton(self.detailsFrame)
        self.shareButton.setObjectName(u"shareButton")
        self.shareButton.setAutoDefault(False)

        self.buttonsRow.addWidget(self.shareButton)

        self.flagButton = QPushButton(self.detailsFrame)
        self.flagButton.setObjectName(u"flagButton")
        self.flagButton.setAutoDefault(False)

        self.buttonsRow.addWidget(self.flagButton)

        self.statusLabel = QLabel(self.detailsFrame)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.statusLabel.setWordWrap(True)

        self.buttonsRow.addWidget(self.statusLabel)

        self.buttonsRow.setStretch(2, 1)

        self.detailsLayout.addLayout(self.buttonsRow)

        self.matchedLabel = QLabel(self.detailsFrame)
        self.matchedLabel.setObjectName(u"matchedLabel")
        self.matchedLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.matchedLabel.setWordWrap(True)

        self.detailsLayout.addWidget(self.matchedLabel)

        self.guidanceLabel = QLabel(self.detailsFrame)
        self.guidanceLabel.setObjectName(u"guidanceLabel")
        self.guidanceLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.guidanceLabel.setWordWrap(True)

        self.detailsLayout.addWidget(self.guidanceLabel)

        self.hotlinesTitleLabel = QLabel(self.detailsFrame)
        self.hotlinesTitleLabel.setObjectName(u"hotlinesTitleLabel")
        self.hotlinesTitleLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.hotlinesTitleLabel.setWordWrap(True)

        self.detailsLayout.addWidget(self.hotlinesTitleLabel)

        self.hotlinesLabel = QLabel(self.detailsFrame)
        self.hotlinesLabel.setObjectName(u"hotlinesLabel")
        self.hotlinesLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.hotlinesLabel.setWordWrap(True)
        self.hotlinesLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsLayout.addWidget(self.hotlinesLabel)


        self.cardLayout.addWidget(self.detailsFrame)


        self.retranslateUi(HandoffCard)

        QMetaObject.connectSlotsByName(HandoffCard)
    # setupUi

    def retranslateUi(self, HandoffCard):
        self.dismissButton.setText(QCoreApplication.translate("HandoffCard", u"Dismiss", None))
        self.shareButton.setText(QCoreApplication.translate("HandoffCard", u"Share resources with the client", None))
        self.flagButton.setText(QCoreApplication.translate("HandoffCard", u"Flag for supervisor", None))
        pass
    # retranslateUi

