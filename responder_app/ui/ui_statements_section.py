# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'statements_section.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDateEdit, QHBoxLayout,
    QLabel, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_StatementsSection(object):
    def setupUi(self, StatementsSection):
        if not StatementsSection.objectName():
            StatementsSection.setObjectName(u"StatementsSection")
        StatementsSection.resize(560, 220)
        self.statementsLayout = QVBoxLayout(StatementsSection)
        self.statementsLayout.setObjectName(u"statementsLayout")
        self.statementsLayout.setContentsMargins(0, -1, 0, -1)
        self.statementsTitle = QLabel(StatementsSection)
        self.statementsTitle.setObjectName(u"statementsTitle")
        self.statementsTitle.setTextFormat(Qt.TextFormat.PlainText)

        self.statementsLayout.addWidget(self.statementsTitle)

        self.statementsList = QListWidget(StatementsSection)
        self.statementsList.setObjectName(u"statementsList")
        self.statementsList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.statementsList.setMinimumSize(QSize(0, 90))

        self.statementsLayout.addWidget(self.statementsList)

        self.statementsButtons = QHBoxLayout()
        self.statementsButtons.setObjectName(u"statementsButtons")
        self.openButton = QPushButton(StatementsSection)
        self.openButton.setObjectName(u"openButton")

        self.statementsButtons.addWidget(self.openButton)

        self.statementsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statementsButtons.addItem(self.statementsSpacer)

        self.rangeCaption = QLabel(StatementsSection)
        self.rangeCaption.setObjectName(u"rangeCaption")
        self.rangeCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.statementsButtons.addWidget(self.rangeCaption)

        self.rangeFrom = QDateEdit(StatementsSection)
        self.rangeFrom.setObjectName(u"rangeFrom")
        self.rangeFrom.setCalendarPopup(True)

        self.statementsButtons.addWidget(self.rangeFrom)

        self.rangeToCaption = QLabel(StatementsSection)
        self.rangeToCaption.setObjectName(u"rangeToCaption")
        self.rangeToCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.statementsButtons.addWidget(self.rangeToCaption)

        self.rangeTo = QDateEdit(StatementsSection)
        self.rangeTo.setObjectName(u"rangeTo")
        self.rangeTo.setCalendarPopup(True)

        self.statementsButtons.addWidget(self.rangeTo)

        self.rangeButton = QPushButton(StatementsSection)
        self.rangeButton.setObjectName(u"rangeButton")

        self.statementsButtons.addWidget(self.rangeButton)


        self.statementsLayout.addLayout(self.statementsButtons)

        self.statementsStatus = QLabel(StatementsSection)
        self.statementsStatus.setObjectName(u"statementsStatus")
        self.statementsStatus.setTextFormat(Qt.TextFormat.PlainText)
        self.statementsStatus.setWordWrap(True)

        self.statementsLayout.addWidget(self.statementsStatus)


        self.retranslateUi(StatementsSection)

        QMetaObject.connectSlotsByName(StatementsSection)
    # setupUi

    def retranslateUi(self, StatementsSection):
        self.statementsTitle.setText(QCoreApplication.translate("StatementsSection", u"Statements", None))
#if QT_CONFIG(accessibility)
        self.statementsList.setAccessibleName(QCoreApplication.translate("StatementsSection", u"Monthly statements", None))
#endif // QT_CONFIG(accessibility)
        self.openButton.setText(QCoreApplication.translate("StatementsSection", u"&Open statement", None))
        self.rangeCaption.setText(QCoreApplication.translate("StatementsSection", u"Any days:", None))
        self.rangeFrom.setDisplayFormat(QCoreApplication.translate("StatementsSection", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.rangeFrom.setAccessibleName(QCoreApplication.translate("StatementsSection", u"First day", None))
#endif // QT_CONFIG(accessibility)
        self.rangeToCaption.setText(QCoreApplication.translate("StatementsSection", u"to", None))
        self.rangeTo.setDisplayFormat(QCoreApplication.translate("StatementsSection", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.rangeTo.setAccessibleName(QCoreApplication.translate("StatementsSection", u"Last day", None))
#endif // QT_CONFIG(accessibility)
        self.rangeButton.setText(QCoreApplication.translate("StatementsSection", u"&Statement for these days", None))
        pass
    # retranslateUi

