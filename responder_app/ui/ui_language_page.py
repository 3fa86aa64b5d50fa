# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'language_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_LanguagePage(object):
    def setupUi(self, LanguagePage):
        if not LanguagePage.objectName():
            LanguagePage.setObjectName(u"LanguagePage")
        self.rootLayout = QVBoxLayout(LanguagePage)
        self.rootLayout.setObjectName(u"rootLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.languageLabel = QLabel(LanguagePage)
        self.languageLabel.setObjectName(u"languageLabel")
        self.languageLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(LanguagePage)
        self.languageCombo.setObjectName(u"languageCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)


        self.rootLayout.addLayout(self.formLayout)

        self.languageHint = QLabel(LanguagePage)
        self.languageHint.setObjectName(u"languageHint")
        self.languageHint.setTextFormat(Qt.TextFormat.PlainText)
        self.languageHint.setWordWrap(True)

        self.rootLayout.addWidget(self.languageHint)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rootLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LanguagePage)

        QMetaObject.connectSlotsByName(LanguagePage)
    # setupUi

    def retranslateUi(self, LanguagePage):
        self.languageLabel.setText(QCoreApplication.translate("LanguagePage", u"&Language of the app", None))
        self.languageHint.setText(QCoreApplication.translate("LanguagePage", u"The inbox and your chats switch at once; a few menus switch the next time you start Responder. Dates, times and money follow the language too.", None))
        pass
    # retranslateUi

