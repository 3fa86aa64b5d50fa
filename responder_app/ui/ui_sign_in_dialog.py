# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sign_in_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QFrame,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_SignInDialog(object):
    def setupUi(self, SignInDialog):
        if not SignInDialog.objectName():
            SignInDialog.setObjectName(u"SignInDialog")
        SignInDialog.resize(440, 470)
        SignInDialog.setMinimumSize(QSize(400, 0))
        self.rootLayout = QVBoxLayout(SignInDialog)
        self.rootLayout.setSpacing(0)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(0, 0, 0, 0)
        self.card = QFrame(SignInDialog)
        self.card.setObjectName(u"card")
        self.cardLayout = QVBoxLayout(self.card)
        self.cardLayout.setSpacing(10)
        self.cardLayout.setObjectName(u"cardLayout")
        self.cardLayout.setContentsMargins(32, 28, 32, 24)
        self.logoLabel = QLabel(self.card)
        self.logoLabel.setObjectName(u"logoLabel")
        self.logoLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.logoLabel.setMinimumSize(QSize(48, 48))
        self.logoLabel.setMaximumSize(QSize(48, 48))
        self.logoLabel.setScaledContents(True)

        self.cardLayout.addWidget(self.logoLabel)

        self.titleLabel = QLabel(self.card)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.cardLayout.addWidget(self.titleLabel)

        self.subtitleLabel = QLabel(self.card)
        self.subtitleLabel.setObjectName(u"subtitleLabel")
        self.subtitleLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitleLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.subtitleLabel)

        self.topSpacer = QSpacerItem(0, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.cardLayout.addItem(self.topSpacer)

        self.serverCaption = QLabel(self.card)
        self.serverCaption.setObjectName(u"serverCaption")
        self.serverCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.cardLayout.addWidget(self.serverCaption)

        self.serverEdit = QLineEdit(self.card)
        self.serverEdit.setObjectName(u"serverEdit")

        self.cardLayout.addWidget(self.serverEdit)

        self.emailCaption = QLabel(self.card)
        self.emailCaption.setObjectName(u"emailCaption")
        self.emailCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.cardLayout.addWidget(self.emailCaption)

        self.emailEdit = QLineEdit(self.card)
        self.emailEdit.setObjectName(u"emailEdit")

        self.cardLayout.addWidget(self.emailEdit)

        self.passwordCaption = QLabel(self.card)
        self.passwordCaption.setObjectName(u"passwordCaption")
        self.passwordCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.cardLayout.addWidget(self.passwordCaption)

        self.passwordEdit = QLineEdit(self.card)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.cardLayout.addWidget(self.passwordEdit)

        self.rememberCheck = QCheckBox(self.card)
        self.rememberCheck.setObjectName(u"rememberCheck")

        self.cardLayout.addWidget(self.rememberCheck)

        self.keyringLabel = QLabel(self.card)
        self.keyringLabel.setObjectName(u"keyringLabel")
        self.keyringLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.keyringLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.keyringLabel)

        self.errorLabel = QLabel(self.card)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.cardLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.cardLayout.addItem(self.bottomSpacer)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.busyLabel = QLabel(self.card)
        self.busyLabel.setObjectName(u"busyLabel")
        self.busyLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.buttonRow.addWidget(self.busyLabel)

        self.buttonSpacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(self.card)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.cancelButton)

        self.signInButton = QPushButton(self.card)
        self.signInButton.setObjectName(u"signInButton")

        self.buttonRow.addWidget(self.signInButton)


        self.cardLayout.addLayout(self.buttonRow)


        self.rootLayout.addWidget(self.card)

#if QT_CONFIG(shortcut)
        self.serverCaption.setBuddy(self.serverEdit)
        self.emailCaption.setBuddy(self.emailEdit)
        self.passwordCaption.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.serverEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.rememberCheck)
        QWidget.setTabOrder(self.rememberCheck, self.signInButton)
        QWidget.setTabOrder(self.signInButton, self.cancelButton)

        self.retranslateUi(SignInDialog)

        self.signInButton.setDefault(True)


        QMetaObject.connectSlotsByName(SignInDialog)
    # setupUi

    def retranslateUi(self, SignInDialog):
        SignInDialog.setWindowTitle(QCoreApplication.translate("SignInDialog", u"Sign in \u2014 Responder", None))
        self.titleLabel.setText(QCoreApplication.translate("SignInDialog", u"Sign in to Responder", None))
        self.subtitleLabel.setText(QCoreApplication.translate("SignInDialog", u"Clients are waiting for a human answer. Sign in to start helping.", None))
        self.serverCaption.setText(QCoreApplication.translate("SignInDialog", u"Server address", None))
        self.serverEdit.setPlaceholderText(QCoreApplication.translate("SignInDialog", u"https://responder.example.com", None))
        self.emailCaption.setText(QCoreApplication.translate("SignInDialog", u"Email", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("SignInDialog", u"you@example.com", None))
        self.passwordCaption.setText(QCoreApplication.translate("SignInDialog", u"Password", None))
        self.rememberCheck.setText(QCoreApplication.translate("SignInDialog", u"Keep me signed in on this computer", None))
        self.busyLabel.setText(QCoreApplication.translate("SignInDialog", u"Signing in\u2026", None))
        self.cancelButton.setText(QCoreApplication.translate("SignInDialog", u"Cancel", None))
        self.signInButton.setText(QCoreApplication.translate("SignInDialog", u"Sign in", None))
    # retranslateUi

