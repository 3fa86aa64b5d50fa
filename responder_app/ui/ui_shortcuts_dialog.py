# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'shortcuts_dialog.ui'
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
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_ShortcutsDialog(object):
    def setupUi(self, ShortcutsDialog):
        if not ShortcutsDialog.objectName():
            ShortcutsDialog.setObjectName(u"ShortcutsDialog")
        ShortcutsDialog.resize(560, 520)
        self.rootLayout = QVBoxLayout(ShortcutsDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.introLabel = QLabel(ShortcutsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.introLabel)

        self.shortcutTree = QTreeWidget(ShortcutsDialog)
        self.shortcutTree.setObjectName(u"shortcutTree")
        self.shortcutTree.setRootIsDecorated(False)
        self.shortcutTree.setItemsExpandable(False)
        self.shortcutTree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.shortcutTree.setUniformRowHeights(True)

        self.rootLayout.addWidget(self.shortcutTree)

        self.buttonBox = QDialogButtonBox(ShortcutsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.rootLayout.addWidget(self.buttonBox)


        self.retranslateUi(ShortcutsDialog)

        QMetaObject.connectSlotsByName(ShortcutsDialog)
    # setupUi

    def retranslateUi(self, ShortcutsDialog):
        ShortcutsDialog.setWindowTitle(QCoreApplication.translate("ShortcutsDialog", u"Keyboard shortcuts \u2014 Responder", None))
        self.introLabel.setText(QCoreApplication.translate("ShortcutsDialog", u"Press ? (when you are not typing) or F1 to see this list again. Esc closes it.", None))
        ___qtreewidgetitem = self.shortcutTree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ShortcutsDialog", u"Keys", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ShortcutsDialog", u"Action", None))
    # retranslateUi

