"""``--screenshot OUT.png``: open the window offscreen, wait for the alignment, select, save a picture."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer

from reader.ui.mainwindow import MainWindow

TIMEOUT_MS = 180_000


class ScreenshotJob(QObject):
    """Waits (in the event loop) until the alignment is shown, selects a paragraph, grabs the window."""

    def __init__(self, window: MainWindow, out: str, select: tuple[str, int] | None, on_done):
        super().__init__(window)
        self.window = window
        self.out = out
        self.target = select
        self.on_done = on_done
        self._started = False
        window.context.alignment_changed.connect(self._check)
        QTimer.singleShot(TIMEOUT_MS, self._timeout)

    def _check(self) -> None:
        context = self.window.context
        if self._started or context.aligning or context.alignment is None:
            return
        self._started = True
        QTimer.singleShot(0, self._select)

    def _select(self) -> None:
        if self.target is not None:
            side, index = self.target
            count = len(self.window.context.documents()[side])
            if not 0 <= index < count:
                print(f"error: --select {side}:{index}: the {side} text has {count} paragraphs", file=sys.stderr)
                self.on_done(2)
                return
            self.window.pair_view.select(side, index)
            self.window.pair_view.view(side).setFocus()
        QTimer.singleShot(100, self._save)

    def _save(self) -> None:
        if self.window.grab().save(self.out, "PNG"):
            self.on_done(0)
        else:
            print(f"error: cannot write {self.out}", file=sys.stderr)
            self.on_done(1)

    def _timeout(self) -> None:
        if self._started:
            return
        print("error: the alignment did not finish in time", file=sys.stderr)
        self.on_done(3)
