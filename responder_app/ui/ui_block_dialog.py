# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'block_dialog.ui'
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
    QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_BlockDialog(object):
    def setupUi(self, BlockDialog):
        if not BlockDialog.objectName():
            BlockDialog.setObjectName(u"BlockDialog")
        BlockDialog.resize(480, 280)
        self.dialogLayout = QVBoxLayout(BlockDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(BlockDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setWordWrap(True)
        self.introLabel.setStyleSheet(u"font-weight: 600;")

        self.dialogLayout.addWidget(self.introLabel)

        self.detailLabel = QLabel(BlockDialog)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.detailLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.detailLabel)

        self.crisisFrame = QFrame(BlockDialog)
        self.crisisFrame.setObjectName(u"crisisFrame")
        self.crisisFrame.setStyleSheet(u"#crisisFrame { background: #fdecea; border: 1px solid #f4b4ae; border-radius: 6px; }")
        self.crisisLayout = QVBoxLayout(self.crisisFrame)
        self.crisisLayout.setObjectName(u"crisisLayout")
        self.crisisLabel = QLabel(self.crisisFrame)
        self.crisisLabel.setObjectName(u"crisisLabel")
        self.crisisLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.crisisLabel.setWordWrap(True)
        self.crisisLabel.setStyleSheet(u"font-weight: 600; color: #7a0916;")

        self.crisisLayout.addWidget(self.crisisLabel)

        self.shareCheck = QCheckBox(self.crisisFrame)
        self.shareCheck.setObjectName(u"shareCheck")
        self.shareCheck.setChecked(True)

        self.crisisLayout.addWidget(self.shareCheck)

        self.flagCheck = QCheckBox(self.crisisFrame)
        self.flagCheck.setObjectName(u"flagCheck")
        self.flagCheck.setChecked(True)

        self.crisisLayout.addWidget(self.flagCheck)

        self.keepsLabel = QLabel(self.crisisFrame)
        self.keepsLabel.setObjectName(u"keepsLabel")
        self.keepsLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.keepsLabel.setWordWrap(True)

        self.crisisLayout.addWidget(self.keepsLabel)


        self.dialogLayout.addWidget(self.crisisFrame)

        self.noteLabel = QLabel(BlockDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.dialogLayout.addWidget(self.noteLabel)

        self.noteEdit = QPlainTextEdit(BlockDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.dialogLayout.addWidget(self.noteEdit)

        self.errorLabel = QLabel(BlockDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b3261e;")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonsRow = QHBoxLayout()
        self.buttonsRow.setObjectName(u"buttonsRow")
        self.buttonsSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsRow.addItem(self.buttonsSpacer)

        self.cancelButton = QPushButton(BlockDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonsRow.addWidget(self.cancelButton)

        self.blockButton = QPushButton(BlockDialog)
        self.blockButton.setObjectName(u"blockButton")
        self.blockButton.setAutoDefault(False)

        self.buttonsRow.addWidget(self.blockButton)

        self.buttonsRow.setStretch(0, 1)

        self.dialogLayout.addLayout(self.buttonsRow)

#if QT_CONFIG(shortcut)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BlockDialog)

        self.cancelButton.setDefault(True)


        QMetaObject.connectSlotsByName(BlockDialog)
    # setupUi

    def retranslateUi(self, BlockDialog):
        BlockDialog.setWindowTitle(QCoreApplication.translate("BlockDialog", u"Block this client", None))
        self.shareCheck.setText(QCoreApplication.translate("BlockDialog", u"&Share the hotlines with them first", None))
        self.flagCheck.setText(QCoreApplication.translate("BlockDialog", u"&Flag this chat for a supervisor", None))
        self.noteLabel.setText(QCoreApplication.translate("BlockDialog", u"&Note for the operator (optional)", None))
        self.cancelButton.setText(QCoreApplication.translate("BlockDialog", u"Cancel", None))
        self.blockButton.setText(QCoreApplication.translate("BlockDialog", u"&Block and end the chat", None))
    # retranslateUi

