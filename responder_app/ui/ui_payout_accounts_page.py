# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'payout_accounts_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_PayoutAccountsPage(object):
    def setupUi(self, PayoutAccountsPage):
        if not PayoutAccountsPage.objectName():
            PayoutAccountsPage.setObjectName(u"PayoutAccountsPage")
        self.rootLayout = QVBoxLayout(PayoutAccountsPage)
        self.rootLayout.setObjectName(u"rootLayout")
        self.summaryLabel = QLabel(PayoutAccountsPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.summaryLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.summaryLabel)

        self.identityBox = QGroupBox(PayoutAccountsPage)
        self.identityBox.setObjectName(u"identityBox")
        self.identityBoxLayout = QVBoxLayout(self.identityBox)
        self.identityBoxLayout.setObjectName(u"identityBoxLayout")
        self.identityHint = QLabel(self.identityBox)
        self.identityHint.setObjectName(u"identityHint")
        self.identityHint.setTextFormat(Qt.TextFormat.PlainText)
        self.identityHint.setWordWrap(True)

        self.identityBoxLayout.addWidget(self.identityHint)

        self.identityForm = QFormLayout()
        self.identityForm.setObjectName(u"identityForm")
        self.realNameLabel = QLabel(self.identityBox)
        self.realNameLabel.setObjectName(u"realNameLabel")
        self.realNameLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.identityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.realNameLabel)

        self.realNameEdit = QLineEdit(self.identityBox)
        self.realNameEdit.setObjectName(u"realNameEdit")
        self.realNameEdit.setMaxLength(40)

        self.identityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.realNameEdit)

        self.idNumberLabel = QLabel(self.identityBox)
        self.idNumberLabel.setObjectName(u"idNumberLabel")
        self.idNumberLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.identityForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.idNumberLabel)

        self.idNumberEdit = QLineEdit(self.identityBox)
        self.idNumberEdit.setObjectName(u"idNumberEdit")
        self.idNumberEdit.setMaxLength(18)

        self.identityForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.idNumberEdit)


        self.identityBoxLayout.addLayout(self.identityForm)

        self.identityShown = QLabel(self.identityBox)
        self.identityShown.setObjectName(u"identityShown")
        self.identityShown.setTextFormat(Qt.TextFormat.PlainText)
        self.identityShown.setWordWrap(True)

        self.identityBoxLayout.addWidget(self.identityShown)

        self.identityError = QLabel(self.identityBox)
        self.identityError.setObjectName(u"identityError")
        self.identityError.setTextFormat(Qt.TextFormat.PlainText)
        self.identityError.setWordWrap(True)

        self.identityBoxLayout.addWidget(self.identityError)

        self.identityButtons = QHBoxLayout()
        self.identityButtons.setObjectName(u"identityButtons")
        self.identitySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.identityButtons.addItem(self.identitySpacer)

        self.saveIdentityButton = QPushButton(self.identityBox)
        self.saveIdentityButton.setObjectName(u"saveIdentityButton")

        self.identityButtons.addWidget(self.saveIdentityButton)


        self.identityBoxLayout.addLayout(self.identityButtons)


        self.rootLayout.addWidget(self.identityBox)

        self.accountBox = QGroupBox(PayoutAccountsPage)
        self.accountBox.setObjectName(u"accountBox")
        self.accountBoxLayout = QVBoxLayout(self.accountBox)
        self.accountBoxLayout.setObjectName(u"accountBoxLayout")
        self.accountShown = QLabel(self.accountBox)
        self.accountShown.setObjectName(u"accountShown")
        self.accountShown.setTextFormat(Qt.TextFormat.PlainText)
        self.accountShown.setWordWrap(True)

        self.accountBoxLayout.addWidget(self.accountShown)

        self.boundButtons = QHBoxLayout()
        self.boundButtons.setObjectName(u"boundButtons")
        self.boundSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.boundButtons.addItem(self.boundSpacer)

        self.unbindButton = QPushButton(self.accountBox)
        self.unbindButton.setObjectName(u"unbindButton")

        self.boundButtons.addWidget(self.unbindButton)


        self.accountBoxLayout.addLayout(self.boundButtons)

        self.chooseHint = QLabel(self.accountBox)
        self.chooseHint.setObjectName(u"chooseHint")
        self.chooseHint.setTextFormat(Qt.TextFormat.PlainText)
        self.chooseHint.setWordWrap(True)

        self.accountBoxLayout.addWidget(self.chooseHint)

        self.alipayForm = QFormLayout()
        self.alipayForm.setObjectName(u"alipayForm")
        self.alipayLabel = QLabel(self.accountBox)
        self.alipayLabel.setObjectName(u"alipayLabel")
        self.alipayLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.alipayForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.alipayLabel)

        self.alipayRow = QHBoxLayout()
        self.alipayRow.setObjectName(u"alipayRow")
        self.alipayEdit = QLineEdit(self.accountBox)
        self.alipayEdit.setObjectName(u"alipayEdit")
        self.alipayEdit.setMaxLength(100)

        self.alipayRow.addWidget(self.alipayEdit)

        self.bindAlipayButton = QPushButton(self.accountBox)
        self.bindAlipayButton.setObjectName(u"bindAlipayButton")

        self.alipayRow.addWidget(self.bindAlipayButton)


        self.alipayForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.alipayRow)


        self.accountBoxLayout.addLayout(self.alipayForm)

        self.wechatRow = QHBoxLayout()
        self.wechatRow.setObjectName(u"wechatRow")
        self.bindWechatButton = QPushButton(self.accountBox)
        self.bindWechatButton.setObjectName(u"bindWechatButton")

        self.wechatRow.addWidget(self.bindWechatButton)

        self.wechatSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.wechatRow.addItem(self.wechatSpacer)


        self.accountBoxLayout.addLayout(self.wechatRow)

        self.qrImage = QLabel(self.accountBox)
        self.qrImage.setObjectName(u"qrImage")
        self.qrImage.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.accountBoxLayout.addWidget(self.qrImage)

        self.qrHint = QLabel(self.accountBox)
        self.qrHint.setObjectName(u"qrHint")
        self.qrHint.setTextFormat(Qt.TextFormat.PlainText)
        self.qrHint.setWordWrap(True)

        self.accountBoxLayout.addWidget(self.qrHint)

        self.qrButtons = QHBoxLayout()
        self.qrButtons.setObjectName(u"qrButtons")
        self.qrSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.qrButtons.addItem(self.qrSpacer)

        self.cancelQrButton = QPushButton(self.accountBox)
        self.cancelQrButton.setObjectName(u"cancelQrButton")

        self.qrButtons.addWidget(self.cancelQrButton)


        self.accountBoxLayout.addLayout(self.qrButtons)

        self.accountError = QLabel(self.accountBox)
        self.accountError.setObjectName(u"accountError")
        self.accountError.setTextFormat(Qt.TextFormat.PlainText)
        self.accountError.setWordWrap(True)

        self.accountBoxLayout.addWidget(self.accountError)


        self.rootLayout.addWidget(self.accountBox)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rootLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.realNameLabel.setBuddy(self.realNameEdit)
        self.idNumberLabel.setBuddy(self.idNumberEdit)
        self.alipayLabel.setBuddy(self.alipayEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.realNameEdit, self.idNumberEdit)
        QWidget.setTabOrder(self.idNumberEdit, self.saveIdentityButton)
        QWidget.setTabOrder(self.saveIdentityButton, self.unbindButton)
        QWidget.setTabOrder(self.unbindButton, self.alipayEdit)
        QWidget.setTabOrder(self.alipayEdit, self.bindAlipayButton)
        QWidget.setTabOrder(self.bindAlipayButton, self.bindWechatButton)
        QWidget.setTabOrder(self.bindWechatButton, self.cancelQrButton)

        self.retranslateUi(PayoutAccountsPage)

        QMetaObject.connectSlotsByName(PayoutAccountsPage)
    # setupUi

    def retranslateUi(self, PayoutAccountsPage):
        self.identityBox.setTitle(QCoreApplication.translate("PayoutAccountsPage", u"Your identity, for tax", None))
        self.identityHint.setText(QCoreApplication.translate("PayoutAccountsPage", u"The platform withholds income tax on what it pays you and reports it under your real name, as Chinese tax law requires. Give them once, exactly as on your resident ID card; they are kept encrypted and only shown masked. To correct them later, ask the operator.", None))
        self.realNameLabel.setText(QCoreApplication.translate("PayoutAccountsPage", u"Real &name", None))
        self.idNumberLabel.setText(QCoreApplication.translate("PayoutAccountsPage", u"&ID number", None))
        self.saveIdentityButton.setText(QCoreApplication.translate("PayoutAccountsPage", u"&Save identity", None))
        self.accountBox.setTitle(QCoreApplication.translate("PayoutAccountsPage", u"Where you are paid", None))
        self.unbindButton.setText(QCoreApplication.translate("PayoutAccountsPage", u"&Unbind\u2026", None))
        self.chooseHint.setText(QCoreApplication.translate("PayoutAccountsPage", u"Choose one: payouts go to your Alipay account, or to your WeChat balance. Either must be in your real name.", None))
        self.alipayLabel.setText(QCoreApplication.translate("PayoutAccountsPage", u"&Alipay account", None))
        self.alipayEdit.setPlaceholderText(QCoreApplication.translate("PayoutAccountsPage", u"Mobile number or email", None))
        self.bindAlipayButton.setText(QCoreApplication.translate("PayoutAccountsPage", u"Bind &Alipay", None))
        self.bindWechatButton.setText(QCoreApplication.translate("PayoutAccountsPage", u"Bind &WeChat\u2026", None))
        self.cancelQrButton.setText(QCoreApplication.translate("PayoutAccountsPage", u"Ca&ncel", None))
        pass
    # retranslateUi

