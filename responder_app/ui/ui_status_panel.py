# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'status_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QSizePolicy,
    QSpacerItem, QToolButton, QWidget)

class Ui_StatusPanel(object):
    def setupUi(self, StatusPanel):
        if not StatusPanel.objectName():
            StatusPanel.setObjectName(u"StatusPanel")
        StatusPanel.resize(520, 32)
        self.panelLayout = QHBoxLayout(StatusPanel)
        self.panelLayout.setSpacing(8)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(8, 2, 4, 2)
        self.connectionDot = QLabel(StatusPanel)
        self.connectionDot.setObjectName(u"connectionDot")
        self.connectionDot.setTextFormat(Qt.TextFormat.PlainText)
        self.connectionDot.setMinimumSize(QSize(10, 10))
        self.connectionDot.setMaximumSize(QSize(10, 10))

        self.panelLayout.addWidget(self.connectionDot)

        self.connectionLabel = QLabel(StatusPanel)
        self.connectionLabel.setObjectName(u"connectionLabel")
        self.connectionLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.panelLayout.addWidget(self.connectionLabel)

        self.retryButton = QToolButton(StatusPanel)
        self.retryButton.setObjectName(u"retryButton")

        self.panelLayout.addWidget(self.retryButton)

        self.panelSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.panelLayout.addItem(self.panelSpacer)

        self.availabilityCaption = QLabel(StatusPanel)
        self.availabilityCaption.setObjectName(u"availabilityCaption")
        self.availabilityCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.panelLayout.addWidget(self.availabilityCaption)

        self.onlineButton = QToolButton(StatusPanel)
        self.onlineButton.setObjectName(u"onlineButton")
        self.onlineButton.setCheckable(True)

        self.panelLayout.addWidget(self.onlineButton)

        self.awayButton = QToolButton(StatusPanel)
        self.awayButton.setObjectName(u"awayButton")
        self.awayButton.setCheckable(True)

        self.panelLayout.addWidget(self.awayButton)


        self.retranslateUi(StatusPanel)

        QMetaObject.connectSlotsByName(StatusPanel)
    # setupUi

    def retranslateUi(self, StatusPanel):
        self.connectionLabel.setText(QCoreApplication.translate("StatusPanel", u"Offline", None))
        self.retryButton.setText(QCoreApplication.translate("StatusPanel", u"Retry now", None))
        self.availabilityCaption.setText(QCoreApplication.translate("StatusPanel", u"Availability", None))
        self.onlineButton.setText(QCoreApplication.translate("StatusPanel", u"Online", None))
        self.awayButton.setText(QCoreApplication.translate("StatusPanel", u"Away", None))
        pass
    # retranslateUi

