# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'presence_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_PresencePage(object):
    def setupUi(self, PresencePage):
        if not PresencePage.objectName():
            PresencePage.setObjectName(u"PresencePage")
        self.rootLayout = QVBoxLayout(PresencePage)
        self.rootLayout.setObjectName(u"rootLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.awayAfterLabel = QLabel(PresencePage)
        self.awayAfterLabel.setObjectName(u"awayAfterLabel")
        self.awayAfterLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.awayAfterLabel)

        self.awayAfterSpin = QSpinBox(PresencePage)
        self.awayAfterSpin.setObjectName(u"awayAfterSpin")
        self.awayAfterSpin.setMaximum(240)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.awayAfterSpin)

        self.capLabel = QLabel(PresencePage)
        self.capLabel.setObjectName(u"capLabel")
        self.capLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.capLabel)

        self.capSpin = QSpinBox(PresencePage)
        self.capSpin.setObjectName(u"capSpin")
        self.capSpin.setMinimum(1)
        self.capSpin.setMaximum(10)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.capSpin)


        self.rootLayout.addLayout(self.formLayout)

        self.capHint = QLabel(PresencePage)
        self.capHint.setObjectName(u"capHint")
        self.capHint.setTextFormat(Qt.TextFormat.PlainText)
        self.capHint.setWordWrap(True)

        self.rootLayout.addWidget(self.capHint)

        self.capStatus = QLabel(PresencePage)
        self.capStatus.setObjectName(u"capStatus")
        self.capStatus.setTextFormat(Qt.TextFormat.PlainText)
        self.capStatus.setWordWrap(True)

        self.rootLayout.addWidget(self.capStatus)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rootLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.awayAfterLabel.setBuddy(self.awayAfterSpin)
        self.capLabel.setBuddy(self.capSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PresencePage)

        QMetaObject.connectSlotsByName(PresencePage)
    # setupUi

    def retranslateUi(self, PresencePage):
        self.awayAfterLabel.setText(QCoreApplication.translate("PresencePage", u"Go &away after no input for", None))
        self.awayAfterSpin.setSpecialValueText(QCoreApplication.translate("PresencePage", u"Never", None))
        self.awayAfterSpin.setSuffix(QCoreApplication.translate("PresencePage", u" min", None))
        self.capLabel.setText(QCoreApplication.translate("PresencePage", u"&Chats at the same time", None))
        self.capHint.setText(QCoreApplication.translate("PresencePage", u"New clients are sent to you only while you have fewer chats than this. The server keeps the number, so it holds on every PC.", None))
        pass
    # retranslateUi

