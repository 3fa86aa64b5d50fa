# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'merge_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_MergeDialog(object):
    def setupUi(self, MergeDialog):
        if not MergeDialog.objectName():
            MergeDialog.setObjectName(u"MergeDialog")
        MergeDialog.resize(760, 520)
        self.dialogLayout = QVBoxLayout(MergeDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(MergeDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.versionsRow = QHBoxLayout()
        self.versionsRow.setObjectName(u"versionsRow")
        self.mineColumn = QVBoxLayout()
        self.mineColumn.setObjectName(u"mineColumn")
        self.mineLabel = QLabel(MergeDialog)
        self.mineLabel.setObjectName(u"mineLabel")

        self.mineColumn.addWidget(self.mineLabel)

        self.mineText = QPlainTextEdit(MergeDialog)
        self.mineText.setObjectName(u"mineText")
        self.mineText.setReadOnly(True)

        self.mineColumn.addWidget(self.mineText)


        self.versionsRow.addLayout(self.mineColumn)

        self.theirsColumn = QVBoxLayout()
        self.theirsColumn.setObjectName(u"theirsColumn")
        self.theirsLabel = QLabel(MergeDialog)
        self.theirsLabel.setObjectName(u"theirsLabel")

        self.theirsColumn.addWidget(self.theirsLabel)

        self.theirsText = QPlainTextEdit(MergeDialog)
        self.theirsText.setObjectName(u"theirsText")
        self.theirsText.setReadOnly(True)

        self.theirsColumn.addWidget(self.theirsText)


        self.versionsRow.addLayout(self.theirsColumn)


        self.dialogLayout.addLayout(self.versionsRow)

        self.mergedForm = QFormLayout()
        self.mergedForm.setObjectName(u"mergedForm")
        self.callMeLabel = QLabel(MergeDialog)
        self.callMeLabel.setObjectName(u"callMeLabel")

        self.mergedForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.callMeLabel)

        self.callMeEdit = QLineEdit(MergeDialog)
        self.callMeEdit.setObjectName(u"callMeEdit")
        self.callMeEdit.setMaxLength(100)

        self.mergedForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.callMeEdit)

        self.avoidLabel = QLabel(MergeDialog)
        self.avoidLabel.setObjectName(u"avoidLabel")

        self.mergedForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.avoidLabel)

        self.avoidEdit = QLineEdit(MergeDialog)
        self.avoidEdit.setObjectName(u"avoidEdit")
        self.avoidEdit.setMaxLength(1000)

        self.mergedForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.avoidEdit)

        self.tagsLabel = QLabel(MergeDialog)
        self.tagsLabel.setObjectName(u"tagsLabel")

        self.mergedForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.tagsLabel)

        self.tagsEdit = QLineEdit(MergeDialog)
        self.tagsEdit.setObjectName(u"tagsEdit")

        self.mergedForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.tagsEdit)


        self.dialogLayout.addLayout(self.mergedForm)

        self.mergedLabel = QLabel(MergeDialog)
        self.mergedLabel.setObjectName(u"mergedLabel")

        self.dialogLayout.addWidget(self.mergedLabel)

        self.mergedText = QPlainTextEdit(MergeDialog)
        self.mergedText.setObjectName(u"mergedText")

        self.dialogLayout.addWidget(self.mergedText)

        self.buttonBox = QDialogButtonBox(MergeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.callMeLabel.setBuddy(self.callMeEdit)
        self.avoidLabel.setBuddy(self.avoidEdit)
        self.tagsLabel.setBuddy(self.tagsEdit)
        self.mergedLabel.setBuddy(self.mergedText)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MergeDialog)

        QMetaObject.connectSlotsByName(MergeDialog)
    # setupUi

    def retranslateUi(self, MergeDialog):
        MergeDialog.setWindowTitle(QCoreApplication.translate("MergeDialog", u"Merge notes", None))
        self.introLabel.setText(QCoreApplication.translate("MergeDialog", u"These notes were saved on another PC while you were editing here. Nothing has been overwritten: compare both versions and keep what you want below.", None))
        self.mineLabel.setText(QCoreApplication.translate("MergeDialog", u"On this PC (not saved)", None))
        self.theirsLabel.setText(QCoreApplication.translate("MergeDialog", u"Saved from another PC", None))
        self.callMeLabel.setText(QCoreApplication.translate("MergeDialog", u"&Call them", None))
        self.avoidLabel.setText(QCoreApplication.translate("MergeDialog", u"A&void", None))
        self.tagsLabel.setText(QCoreApplication.translate("MergeDialog", u"&Tags", None))
        self.mergedLabel.setText(QCoreApplication.translate("MergeDialog", u"&Merged notes (this is what will be saved)", None))
    # retranslateUi

