# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'preferences_dialog.ui'
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
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QSizePolicy, QStackedWidget, QVBoxLayout, QWidget)

class Ui_PreferencesDialog(object):
    def setupUi(self, PreferencesDialog):
        if not PreferencesDialog.objectName():
            PreferencesDialog.setObjectName(u"PreferencesDialog")
        PreferencesDialog.resize(720, 480)
        self.rootLayout = QVBoxLayout(PreferencesDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setSpacing(12)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.pageList = QListWidget(PreferencesDialog)
        self.pageList.setObjectName(u"pageList")
        self.pageList.setMinimumSize(QSize(180, 0))
        self.pageList.setMaximumSize(QSize(220, 16777215))
        self.pageList.setStyleSheet(u"QListWidget::item { padding: 6px 8px; }")

        self.bodyLayout.addWidget(self.pageList)

        self.pageStack = QStackedWidget(PreferencesDialog)
        self.pageStack.setObjectName(u"pageStack")

        self.bodyLayout.addWidget(self.pageStack)


        self.rootLayout.addLayout(self.bodyLayout)

        self.appliedLabel = QLabel(PreferencesDialog)
        self.appliedLabel.setObjectName(u"appliedLabel")
        self.appliedLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.appliedLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.appliedLabel)

        self.buttonBox = QDialogButtonBox(PreferencesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.rootLayout.addWidget(self.buttonBox)


        self.retranslateUi(PreferencesDialog)

        QMetaObject.connectSlotsByName(PreferencesDialog)
    # setupUi

    def retranslateUi(self, PreferencesDialog):
        PreferencesDialog.setWindowTitle(QCoreApplication.translate("PreferencesDialog", u"Preferences \u2014 Responder", None))
#if QT_CONFIG(accessibility)
        self.pageList.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Preference pages", None))
#endif // QT_CONFIG(accessibility)
        self.appliedLabel.setText(QCoreApplication.translate("PreferencesDialog", u"Changes take effect at once.", None))
    # retranslateUi

