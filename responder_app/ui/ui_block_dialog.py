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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_BlockDialog(object):
    def setupUi(self, BlockDialog):
        if not BlockDialog.objectName():
            BlockDialog.setObjectName(u"BlockDialog")
        BlockDialog.resize(460, 280)
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
        self.noteLabel.setText(QCoreApplication.translate("BlockDialog", u"&Note for the operator (optional)", None))
        self.cancelButton.setText(QCoreApplication.translate("BlockDialog", u"Cancel", None))
        self.blockButton.setText(QCoreApplication.translate("BlockDialog", u"&Block and end the chat", None))
    # retranslateUi

