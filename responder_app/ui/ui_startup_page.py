# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'startup_page.ui'
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

class Ui_StartupPage(object):
    def setupUi(self, StartupPage):
        if not StartupPage.objectName():
            StartupPage.setObjectName(u"StartupPage")
        self.rootLayout = QVBoxLayout(StartupPage)
        self.rootLayout.setObjectName(u"rootLayout")
        self.startAtSignInCheck = QCheckBox(StartupPage)
        self.startAtSignInCheck.setObjectName(u"startAtSignInCheck")

        self.rootLayout.addWidget(self.startAtSignInCheck)

        self.startAtSignInHint = QLabel(StartupPage)
        self.startAtSignInHint.setObjectName(u"startAtSignInHint")
        self.startAtSignInHint.setTextFormat(Qt.TextFormat.PlainText)
        self.startAtSignInHint.setWordWrap(True)

        self.rootLayout.addWidget(self.startAtSignInHint)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rootLayout.addItem(self.bottomSpacer)


        self.retranslateUi(StartupPage)

        QMetaObject.connectSlotsByName(StartupPage)
    # setupUi

    def retranslateUi(self, StartupPage):
        self.startAtSignInCheck.setText(QCoreApplication.translate("StartupPage", u"&Start Responder when I sign in to this computer", None))
        self.startAtSignInHint.setText(QCoreApplication.translate("StartupPage", u"Responder then waits in the notification area, signed in if you asked it to keep you signed in.", None))
        pass
    # retranslateUi

