# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'quick_replies_editor.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_QuickRepliesEditor(object):
    def setupUi(self, QuickRepliesEditor):
        if not QuickRepliesEditor.objectName():
            QuickRepliesEditor.setObjectName(u"QuickRepliesEditor")
        self.rootLayout = QVBoxLayout(QuickRepliesEditor)
        self.rootLayout.setObjectName(u"rootLayout")
        self.hintLabel = QLabel(QuickRepliesEditor)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.hintLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.hintLabel)

        self.phraseTable = QTableWidget(QuickRepliesEditor)
        self.phraseTable.setObjectName(u"phraseTable")
        self.phraseTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.phraseTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.phraseTable.setWordWrap(True)
        self.phraseTable.setColumnCount(2)
        self.phraseTable.horizontalHeader().setStretchLastSection(True)
        self.phraseTable.verticalHeader().setVisible(False)

        self.rootLayout.addWidget(self.phraseTable)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.addButton = QPushButton(QuickRepliesEditor)
        self.addButton.setObjectName(u"addButton")

        self.buttonLayout.addWidget(self.addButton)

        self.removeButton = QPushButton(QuickRepliesEditor)
        self.removeButton.setObjectName(u"removeButton")

        self.buttonLayout.addWidget(self.removeButton)

        self.defaultsButton = QPushButton(QuickRepliesEditor)
        self.defaultsButton.setObjectName(u"defaultsButton")

        self.buttonLayout.addWidget(self.defaultsButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)


        self.rootLayout.addLayout(self.buttonLayout)

        self.statusLabel = QLabel(QuickRepliesEditor)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.statusLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.statusLabel)


        self.retranslateUi(QuickRepliesEditor)

        QMetaObject.connectSlotsByName(QuickRepliesEditor)
    # setupUi

    def retranslateUi(self, QuickRepliesEditor):
        self.hintLabel.setText(QCoreApplication.translate("QuickRepliesEditor", u"Type / and the shortcut in a reply, or press Ctrl+/ to pick one. {name} becomes what the client likes to be called. Your phrases follow you to any PC you sign in on.", None))
#if QT_CONFIG(accessibility)
        self.phraseTable.setAccessibleName(QCoreApplication.translate("QuickRepliesEditor", u"Quick replies", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("QuickRepliesEditor", u"&Add", None))
        self.removeButton.setText(QCoreApplication.translate("QuickRepliesEditor", u"&Remove", None))
        self.defaultsButton.setText(QCoreApplication.translate("QuickRepliesEditor", u"Restore the &defaults", None))
        pass
    # retranslateUi

