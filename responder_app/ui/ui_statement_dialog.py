# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'statement_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_StatementDialog(object):
    def setupUi(self, StatementDialog):
        if not StatementDialog.objectName():
            StatementDialog.setObjectName(u"StatementDialog")
        StatementDialog.resize(760, 640)
        self.dialogLayout = QVBoxLayout(StatementDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.titleLabel = QLabel(StatementDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.titleLabel)

        self.headerLabel = QLabel(StatementDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.headerLabel.setWordWrap(True)
        self.headerLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.headerLabel)

        self.figuresTable = QTableWidget(StatementDialog)
        self.figuresTable.setObjectName(u"figuresTable")
        self.figuresTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.figuresTable.setMinimumSize(QSize(0, 160))
        self.figuresTable.horizontalHeader().setVisible(False)
        self.figuresTable.horizontalHeader().setStretchLastSection(True)
        self.figuresTable.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.figuresTable)

        self.payoutsCaption = QLabel(StatementDialog)
        self.payoutsCaption.setObjectName(u"payoutsCaption")
        self.payoutsCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.payoutsCaption)

        self.payoutsTable = QTableWidget(StatementDialog)
        self.payoutsTable.setObjectName(u"payoutsTable")
        self.payoutsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.payoutsTable.setMaximumSize(QSize(16777215, 110))
        self.payoutsTable.horizontalHeader().setStretchLastSection(True)
        self.payoutsTable.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.payoutsTable)

        self.entriesCaption = QLabel(StatementDialog)
        self.entriesCaption.setObjectName(u"entriesCaption")
        self.entriesCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.entriesCaption)

        self.entriesTable = QTableWidget(StatementDialog)
        self.entriesTable.setObjectName(u"entriesTable")
        self.entriesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entriesTable.horizontalHeader().setStretchLastSection(True)
        self.entriesTable.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.entriesTable)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.pdfButton = QPushButton(StatementDialog)
        self.pdfButton.setObjectName(u"pdfButton")

        self.buttonsLayout.addWidget(self.pdfButton)

        self.csvButton = QPushButton(StatementDialog)
        self.csvButton.setObjectName(u"csvButton")

        self.buttonsLayout.addWidget(self.csvButton)

        self.dialogStatus = QLabel(StatementDialog)
        self.dialogStatus.setObjectName(u"dialogStatus")
        self.dialogStatus.setTextFormat(Qt.TextFormat.PlainText)
        self.dialogStatus.setWordWrap(True)

        self.buttonsLayout.addWidget(self.dialogStatus)

        self.buttonBox = QDialogButtonBox(StatementDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonsLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonsLayout)


        self.retranslateUi(StatementDialog)

        QMetaObject.connectSlotsByName(StatementDialog)
    # setupUi

    def retranslateUi(self, StatementDialog):
        StatementDialog.setWindowTitle(QCoreApplication.translate("StatementDialog", u"Statement", None))
#if QT_CONFIG(accessibility)
        self.figuresTable.setAccessibleName(QCoreApplication.translate("StatementDialog", u"Figures", None))
#endif // QT_CONFIG(accessibility)
        self.payoutsCaption.setText(QCoreApplication.translate("StatementDialog", u"Payouts", None))
#if QT_CONFIG(accessibility)
        self.payoutsTable.setAccessibleName(QCoreApplication.translate("StatementDialog", u"Payouts", None))
#endif // QT_CONFIG(accessibility)
        self.entriesCaption.setText(QCoreApplication.translate("StatementDialog", u"Entries", None))
#if QT_CONFIG(accessibility)
        self.entriesTable.setAccessibleName(QCoreApplication.translate("StatementDialog", u"Entries", None))
#endif // QT_CONFIG(accessibility)
        self.pdfButton.setText(QCoreApplication.translate("StatementDialog", u"Export &PDF\u2026", None))
        self.csvButton.setText(QCoreApplication.translate("StatementDialog", u"Export &CSV\u2026", None))
    # retranslateUi

