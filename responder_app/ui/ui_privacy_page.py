# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'privacy_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_PrivacyPage(object):
    def setupUi(self, PrivacyPage):
        if not PrivacyPage.objectName():
            PrivacyPage.setObjectName(u"PrivacyPage")
        self.rootLayout = QVBoxLayout(PrivacyPage)
        self.rootLayout.setObjectName(u"rootLayout")
        self.hideTextCheck = QCheckBox(PrivacyPage)
        self.hideTextCheck.setObjectName(u"hideTextCheck")

        self.rootLayout.addWidget(self.hideTextCheck)

        self.privacyHint = QLabel(PrivacyPage)
        self.privacyHint.setObjectName(u"privacyHint")
        self.privacyHint.setTextFormat(Qt.TextFormat.PlainText)
        self.privacyHint.setWordWrap(True)

        self.rootLayout.addWidget(self.privacyHint)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rootLayout.addItem(self.bottomSpacer)


        self.retranslateUi(PrivacyPage)

        QMetaObject.connectSlotsByName(PrivacyPage)
    # setupUi

    def retranslateUi(self, PrivacyPage):
        self.hideTextCheck.setText(QCoreApplication.translate("PrivacyPage", u"&Hide what clients write in notifications (show only their name)", None))
        self.privacyHint.setText(QCoreApplication.translate("PrivacyPage", u"Use this when others can see your screen. Your notes on clients are private to you: no other responder sees them.", None))
        pass
    # retranslateUi

