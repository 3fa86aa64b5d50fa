# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'account_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_AccountPage(object):
    def setupUi(self, AccountPage):
        if not AccountPage.objectName():
            AccountPage.setObjectName(u"AccountPage")
        self.rootLayout = QVBoxLayout(AccountPage)
        self.rootLayout.setObjectName(u"rootLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.clientNameLabel = QLabel(AccountPage)
        self.clientNameLabel.setObjectName(u"clientNameLabel")
        self.clientNameLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.clientNameLabel)

        self.clientNameEdit = QLineEdit(AccountPage)
        self.clientNameEdit.setObjectName(u"clientNameEdit")
        self.clientNameEdit.setMaxLength(40)
        self.clientNameEdit.setClearButtonEnabled(False)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.clientNameEdit)


        self.rootLayout.addLayout(self.formLayout)

        self.clientNameHint = QLabel(AccountPage)
        self.clientNameHint.setObjectName(u"clientNameHint")
        self.clientNameHint.setTextFormat(Qt.TextFormat.PlainText)
        self.clientNameHint.setWordWrap(True)

        self.rootLayout.addWidget(self.clientNameHint)

        self.clientNameStatus = QLabel(AccountPage)
        self.clientNameStatus.setObjectName(u"clientNameStatus")
        self.clientNameStatus.setTextFormat(Qt.TextFormat.PlainText)
        self.clientNameStatus.setWordWrap(True)

        self.rootLayout.addWidget(self.clientNameStatus)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rootLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.clientNameLabel.setBuddy(self.clientNameEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AccountPage)

        QMetaObject.connectSlotsByName(AccountPage)
    # setupUi

    def retranslateUi(self, AccountPage):
        self.clientNameLabel.setText(QCoreApplication.translate("AccountPage", u"The name clients &see", None))
        self.clientNameHint.setText(QCoreApplication.translate("AccountPage", u"Clients see this name only after you have accepted them, never your display name. 1 to 20 characters; press Enter to save it.", None))
        pass
    # retranslateUi

