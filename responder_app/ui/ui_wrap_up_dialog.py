# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wrap_up_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_WrapUpDialog(object):
    def setupUi(self, WrapUpDialog):
        if not WrapUpDialog.objectName():
            WrapUpDialog.setObjectName(u"WrapUpDialog")
        WrapUpDialog.resize(440, 300)
        self.dialogLayout = QVBoxLayout(WrapUpDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(WrapUpDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.noteLabel = QLabel(WrapUpDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.dialogLayout.addWidget(self.noteLabel)

        self.noteEdit = QPlainTextEdit(WrapUpDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.dialogLayout.addWidget(self.noteEdit)

        self.tagsForm = QFormLayout()
        self.tagsForm.setObjectName(u"tagsForm")
        self.tagsLabel = QLabel(WrapUpDialog)
        self.tagsLabel.setObjectName(u"tagsLabel")

        self.tagsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.tagsLabel)

        self.tagsEdit = QLineEdit(WrapUpDialog)
        self.tagsEdit.setObjectName(u"tagsEdit")

        self.tagsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.tagsEdit)


        self.dialogLayout.addLayout(self.tagsForm)

        self.buttonsRow = QHBoxLayout()
        self.buttonsRow.setObjectName(u"buttonsRow")
        self.cancelButton = QPushButton(WrapUpDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsRow.addWidget(self.cancelButton)

        self.buttonsSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsRow.addItem(self.buttonsSpacer)

        self.skipButton = QPushButton(WrapUpDialog)
        self.skipButton.setObjectName(u"skipButton")
        self.skipButton.setAutoDefault(False)

        self.buttonsRow.addWidget(self.skipButton)

        self.wrapUpButton = QPushButton(WrapUpDialog)
        self.wrapUpButton.setObjectName(u"wrapUpButton")

        self.buttonsRow.addWidget(self.wrapUpButton)


        self.dialogLayout.addLayout(self.buttonsRow)

#if QT_CONFIG(shortcut)
        self.noteLabel.setBuddy(self.noteEdit)
        self.tagsLabel.setBuddy(self.tagsEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WrapUpDialog)

        self.wrapUpButton.setDefault(True)


        QMetaObject.connectSlotsByName(WrapUpDialog)
    # setupUi

    def retranslateUi(self, WrapUpDialog):
        WrapUpDialog.setWindowTitle(QCoreApplication.translate("WrapUpDialog", u"Wrap up", None))
        self.noteLabel.setText(QCoreApplication.translate("WrapUpDialog", u"Wrap-up &note (optional)", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("WrapUpDialog", u"What you talked about, how they left", None))
        self.tagsLabel.setText(QCoreApplication.translate("WrapUpDialog", u"&Tags (optional)", None))
        self.tagsEdit.setPlaceholderText(QCoreApplication.translate("WrapUpDialog", u"added to your notes on them", None))
        self.cancelButton.setText(QCoreApplication.translate("WrapUpDialog", u"Back to the chat", None))
        self.skipButton.setText(QCoreApplication.translate("WrapUpDialog", u"&Skip", None))
        self.wrapUpButton.setText(QCoreApplication.translate("WrapUpDialog", u"&Wrap up", None))
    # retranslateUi

