# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'my_page_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_MyPageDialog(object):
    def setupUi(self, MyPageDialog):
        if not MyPageDialog.objectName():
            MyPageDialog.setObjectName(u"MyPageDialog")
        MyPageDialog.resize(820, 560)
        self.pageLayout = QVBoxLayout(MyPageDialog)
        self.pageLayout.setObjectName(u"pageLayout")
        self.introText = QLabel(MyPageDialog)
        self.introText.setObjectName(u"introText")
        self.introText.setTextFormat(Qt.TextFormat.PlainText)
        self.introText.setWordWrap(True)

        self.pageLayout.addWidget(self.introText)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.handleLabel = QLabel(MyPageDialog)
        self.handleLabel.setObjectName(u"handleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.handleLabel)

        self.handleEdit = QLineEdit(MyPageDialog)
        self.handleEdit.setObjectName(u"handleEdit")
        self.handleEdit.setMaxLength(32)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.handleEdit)

        self.introLabel = QLabel(MyPageDialog)
        self.introLabel.setObjectName(u"introLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.introLabel)

        self.introEdit = QPlainTextEdit(MyPageDialog)
        self.introEdit.setObjectName(u"introEdit")
        self.introEdit.setTabChangesFocus(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.introEdit)

        self.likeLabel = QLabel(MyPageDialog)
        self.likeLabel.setObjectName(u"likeLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.likeLabel)

        self.likeEdit = QLineEdit(MyPageDialog)
        self.likeEdit.setObjectName(u"likeEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.likeEdit)

        self.avoidLabel = QLabel(MyPageDialog)
        self.avoidLabel.setObjectName(u"avoidLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.avoidLabel)

        self.avoidEdit = QLineEdit(MyPageDialog)
        self.avoidEdit.setObjectName(u"avoidEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.avoidEdit)

        self.languagesLabel = QLabel(MyPageDialog)
        self.languagesLabel.setObjectName(u"languagesLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.languagesLabel)

        self.languagesRow = QHBoxLayout()
        self.languagesRow.setObjectName(u"languagesRow")
        self.zhCheck = QCheckBox(MyPageDialog)
        self.zhCheck.setObjectName(u"zhCheck")

        self.languagesRow.addWidget(self.zhCheck)

        self.enCheck = QCheckBox(MyPageDialog)
        self.enCheck.setObjectName(u"enCheck")

        self.languagesRow.addWidget(self.enCheck)

        self.viCheck = QCheckBox(MyPageDialog)
        self.viCheck.setObjectName(u"viCheck")

        self.languagesRow.addWidget(self.viCheck)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.languagesRow)


        self.columns.addLayout(self.form)

        self.previewBox = QGroupBox(MyPageDialog)
        self.previewBox.setObjectName(u"previewBox")
        self.previewBox.setMinimumSize(QSize(280, 0))
        self.previewLayout = QVBoxLayout(self.previewBox)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewName = QLabel(self.previewBox)
        self.previewName.setObjectName(u"previewName")
        self.previewName.setTextFormat(Qt.TextFormat.PlainText)

        self.previewLayout.addWidget(self.previewName)

        self.previewIntro = QLabel(self.previewBox)
        self.previewIntro.setObjectName(u"previewIntro")
        self.previewIntro.setTextFormat(Qt.TextFormat.PlainText)
        self.previewIntro.setWordWrap(True)

        self.previewLayout.addWidget(self.previewIntro)

        self.previewTopics = QLabel(self.previewBox)
        self.previewTopics.setObjectName(u"previewTopics")
        self.previewTopics.setTextFormat(Qt.TextFormat.PlainText)
        self.previewTopics.setWordWrap(True)

        self.previewLayout.addWidget(self.previewTopics)

        self.previewAddress = QLabel(self.previewBox)
        self.previewAddress.setObjectName(u"previewAddress")
        self.previewAddress.setTextFormat(Qt.TextFormat.PlainText)
        self.previewAddress.setWordWrap(True)
        self.previewAddress.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.previewLayout.addWidget(self.previewAddress)

        self.previewSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.previewLayout.addItem(self.previewSpacer)


        self.columns.addWidget(self.previewBox)


        self.pageLayout.addLayout(self.columns)

        self.statusLabel = QLabel(MyPageDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.statusLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.statusLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.saveButton = QPushButton(MyPageDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttons.addWidget(self.saveButton)

        self.copyButton = QPushButton(MyPageDialog)
        self.copyButton.setObjectName(u"copyButton")

        self.buttons.addWidget(self.copyButton)

        self.qrButton = QPushButton(MyPageDialog)
        self.qrButton.setObjectName(u"qrButton")

        self.buttons.addWidget(self.qrButton)

        self.shareButton = QPushButton(MyPageDialog)
        self.shareButton.setObjectName(u"shareButton")

        self.buttons.addWidget(self.shareButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(MyPageDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttons.addWidget(self.closeButton)


        self.pageLayout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.handleLabel.setBuddy(self.handleEdit)
        self.introLabel.setBuddy(self.introEdit)
        self.likeLabel.setBuddy(self.likeEdit)
        self.avoidLabel.setBuddy(self.avoidEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MyPageDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(MyPageDialog)
    # setupUi

    def retranslateUi(self, MyPageDialog):
        MyPageDialog.setWindowTitle(QCoreApplication.translate("MyPageDialog", u"My page", None))
        self.introText.setText(QCoreApplication.translate("MyPageDialog", u"Clients who find you on WeChat Moments, Xiaohongshu or a freelance app can open your page, see when you can talk and pay for a chat with you. Write it in your own words; no contact details: payment and safety only hold inside the platform.", None))
        self.handleLabel.setText(QCoreApplication.translate("MyPageDialog", u"&Address", None))
        self.handleEdit.setPlaceholderText(QCoreApplication.translate("MyPageDialog", u"xiaolin", None))
        self.introLabel.setText(QCoreApplication.translate("MyPageDialog", u"&About you", None))
        self.introEdit.setPlaceholderText(QCoreApplication.translate("MyPageDialog", u"I can chat with you about life, work, love, or just listen.", None))
        self.likeLabel.setText(QCoreApplication.translate("MyPageDialog", u"&Likes to talk about", None))
        self.likeEdit.setPlaceholderText(QCoreApplication.translate("MyPageDialog", u"work, love, family (commas between)", None))
        self.avoidLabel.setText(QCoreApplication.translate("MyPageDialog", u"Would rather &not", None))
        self.languagesLabel.setText(QCoreApplication.translate("MyPageDialog", u"Languages", None))
        self.zhCheck.setText(QCoreApplication.translate("MyPageDialog", u"Chinese", None))
        self.enCheck.setText(QCoreApplication.translate("MyPageDialog", u"English", None))
        self.viCheck.setText(QCoreApplication.translate("MyPageDialog", u"Vietnamese", None))
        self.previewBox.setTitle(QCoreApplication.translate("MyPageDialog", u"What clients see", None))
        self.saveButton.setText(QCoreApplication.translate("MyPageDialog", u"&Save", None))
        self.copyButton.setText(QCoreApplication.translate("MyPageDialog", u"&Copy address", None))
        self.qrButton.setText(QCoreApplication.translate("MyPageDialog", u"Save &QR code\u2026", None))
        self.shareButton.setText(QCoreApplication.translate("MyPageDialog", u"Save s&hare image\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("MyPageDialog", u"Close", None))
    # retranslateUi

