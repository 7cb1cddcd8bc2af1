"""Helpers for window tests: waiting for the alignment, clicking paragraphs, in-memory documents."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from reader.core.align import Alignment, Link
from reader.core.document import Document, Kind
from reader.core.segment import make_document


def wait_aligned(qtbot, context, timeout: int = 60000) -> None:
    """Wait (in the event loop) until the background alignment has been applied."""
    qtbot.waitUntil(lambda: context.alignment is not None and not context.aligning, timeout=timeout)


def click_paragraph(qtbot, view, index: int, offset_x: int = 12) -> None:
    """Scroll paragraph ``index`` of ``view`` into sight and click inside its first line."""
    view.scroll_to_paragraphs([index])
    rect = view.paragraph_rect(index)
    pos = QPoint(int(rect.left() + offset_x), int(view.to_viewport_y(rect.top()) + 6))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def sentences(stem: str, count: int, n: int = 3) -> list[str]:
    return [" ".join(f"{stem} {i} sentence {k}." for k in range(n)) for i in range(count)]


def make_pair_docs(ru_count: int = 12, en_count: int = 10, meta_ru: tuple[int, ...] = ()) -> tuple[Document, Document]:
    """A Russian and an English document of plain numbered paragraphs."""
    ru_texts = [" ".join(f"Абзац {i}, предложение {k}." for k in range(4)) for i in range(ru_count)]
    kinds = [Kind.META if i in meta_ru else Kind.BODY for i in range(ru_count)]
    ru = make_document(ru_texts, "ru", title="Оригинал", kinds=kinds)
    en = make_document(sentences("Paragraph", en_count, 4), "en", title="Counterpart")
    return ru, en


def fixed_aligner(links: list[Link]):
    """An align function that returns ``links`` (to test the window apart from the real aligner)."""

    def align(ru, en, options=None, *, progress=None, cancelled=None):
        if progress:
            progress(1, 1)
        return Alignment(links=[Link(list(link.ru), list(link.en), link.score, link.origin, link.sentences,
                                     link.differences) for link in links])

    return align


def new_window(qtbot, settings_path):
    """A shown main window on its own settings file (a second start of the program reads the same file)."""
    from PySide6.QtCore import QSettings

    from reader.ui.base.context import Context
    from reader.ui.mainwindow import MainWindow
    from reader.ui.base.settings import Settings

    context = Context(Settings(QSettings(str(settings_path), QSettings.Format.IniFormat)))
    return shown(qtbot, MainWindow(context))


def shown(qtbot, window):
    """``window`` shown offscreen at a desktop size, closed by qtbot at the end of the test."""
    qtbot.addWidget(window)
    window.resize(1300, 860)
    window.show()
    qtbot.waitExposed(window)
    return window


def controller_shell(qtbot, context):
    """A small real window to build one feature controller over instead of the whole main window.

    It is a :class:`reader.ui.view.shell.ShellWindow` (the Shell the controllers take) with a real PairView, the
    window's menus and built-in actions (reader.ui.actions, nothing behind them), a status bar and dock
    areas; shown offscreen at a desktop size like the main window.
    """
    from reader.ui.base.actions import build_actions, build_menus
    from reader.ui.view.pairview import PairView
    from reader.ui.view.shell import ShellWindow

    shell = ShellWindow()
    shell.setMinimumSize(640, 420)  # as the main window: docks added later must not change it (a Qt warning)
    shell.context = context
    shell.pair_view = PairView(context)
    shell.setCentralWidget(shell.pair_view)
    shell.action_map = build_actions(shell)
    shell.menus = build_menus(shell.menuBar(), shell.action_map)
    return shown(qtbot, shell)
