"""The Go to Paragraph bar (Ctrl+G): a number field under the columns, counted from 1.

A bar in the window rather than a dialog: the focus moves into its number at once, so digits typed
right after Ctrl+G land there (a new dialog window gets the keyboard only once the window manager
has activated it, and keys typed before that are lost).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QToolButton, QWidget

from reader.core.sides import Side


class GoToBar(QWidget):
    """Side and paragraph number (from 1, as the margin numbers; ``inspect`` and ``--select`` use the 0-based
    index, one less); Enter goes there, Esc closes."""

    #: go to (side, 0-based paragraph index)
    go = Signal(str, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("go_to_bar")
        self.counts = {"ru": 1, "en": 1}
        self.side = QComboBox()
        self.side.addItem(self.tr("Russian"), "ru")
        self.side.addItem(self.tr("English"), "en")
        self.number = QSpinBox()
        self.number.setObjectName("go_to_number")
        self.number.setMinimumWidth(120)
        label = QLabel(self.tr("&Paragraph:"))
        label.setBuddy(self.number)
        button = QPushButton(self.tr("&Go"))
        close = QToolButton()
        close.setText("✕")
        close.setToolTip(self.tr("Close (Esc)"))
        close.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        for widget in (label, self.number, self.side, button):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(close)
        self.side.currentIndexChanged.connect(self._update_range)
        self.number.lineEdit().returnPressed.connect(self.accept)
        button.clicked.connect(self.accept)
        close.clicked.connect(self.hide)
        self.hide()

    def open_at(self, side: str, index: int, counts: dict[str, int]) -> None:
        """Show the bar proposing paragraph ``index`` (0-based) of ``side``; the number takes the focus."""
        self.counts = dict(counts)
        self.side.setCurrentIndex(0 if Side(side) is Side.RU else 1)
        self._update_range()
        self.number.setValue(index + 1)
        self.show()
        self.number.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.number.selectAll()

    def _update_range(self) -> None:
        count = max(1, self.counts.get(self.side.currentData(), 1))
        self.number.setRange(1, count)
        self.number.setSuffix(self.tr(" of {count}").format(count=count))

    def target(self) -> tuple[str, int]:
        """The side and the 0-based index of the paragraph chosen."""
        return self.side.currentData(), self.number.value() - 1

    def accept(self) -> None:
        self.number.interpretText()
        self.hide()
        self.go.emit(*self.target())

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)
