"""Machine translation in the window: actions, background jobs, and translations shown as marked extra blocks.

A paragraph without counterpart can be translated into the other language; the translation
appears in the other column where the counterpart would stand, styled and labelled as machine
translation. Translations are kept in ``context.translations[(side, index)]``
(:class:`reader.core.mt.translation.MachineTranslation`) for copy, export and projects.
"""

from __future__ import annotations

import dataclasses
import time

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QProgressBar, QToolButton, QWidget

from reader.core.mt.availability import ENABLE_HINT, mt_available
from reader.core.mt.cache import TranslationCache
from reader.core.mt.packages import InstalledPackage, installed_packages
from reader.core.mt.service import LANGUAGE_NAMES, translate_paragraphs
from reader.ui.base.actions import build_action
from reader.core.mt.translation import MachineTranslation
from reader.ui.base import dialogs
from reader.ui.view import render
from reader.core.links import without_counterpart
from reader.core.sides import other_side
from reader.ui.translation.jobs import Job, JobRunner
from reader.ui.view.shell import Shell

#: least time between two redisplays while translations stream in (each rebuilds a column), seconds
REFRESH_INTERVAL = 0.5


def pair_name(src: str, tgt: str) -> str:
    """"Russian→English" for ("ru", "en")."""
    return f"{LANGUAGE_NAMES.get(src, src)}→{LANGUAGE_NAMES.get(tgt, tgt)}"


class TranslationStatus(QWidget):
    """Status-bar progress of the running translation job, with a Cancel button; hidden when idle."""

    def __init__(self, cancel, parent=None):
        super().__init__(parent)
        self.setObjectName("translation_status")
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(140)
        self.bar.setMaximumHeight(16)
        self.bar.setTextVisible(False)
        self.cancel_button = QToolButton()
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop translating"))
        self.cancel_button.clicked.connect(cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.label, self.bar, self.cancel_button):
            layout.addWidget(widget)
        self.hide()

    def show_progress(self, title: str, done: int, total: int) -> None:
        """("", 0, 0) hides the widget."""
        self.setVisible(total > 0)
        if total > 0:
            self.label.setText(title)
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))


class TranslationController(QObject):
    """Adds machine translation to a :class:`reader.ui.mainwindow.MainWindow`."""

    #: ``context.translations`` changed (a translation arrived, or the pair changed)
    translations_changed = Signal()

    def __init__(self, shell: Shell):
        super().__init__(shell.widget())
        self.shell = shell
        self.context = context = shell.context
        context.translations.clear()
        self.cache = TranslationCache()
        self.packages: dict[tuple[str, str], InstalledPackage] = {}
        self.available = False  # whether the mt extra is installed (checked with the packages)
        self.runner = JobRunner(context.thread_pool, self)
        self._pending: set[tuple[str, int]] = set()
        self._refresh_timer = QTimer(self, singleShot=True)
        self._refresh_timer.timeout.connect(self.refresh_display)
        self._last_refresh = self._refresh_cost = 0.0
        self.actions = self._build_actions()
        self.status = TranslationStatus(self.cancel)
        shell.add_status_widget(self.status)
        self.runner.result.connect(self._on_result)
        self.runner.progress.connect(self._on_progress)
        self.runner.failed.connect(self._on_failed)
        context.pair_opened.connect(self._on_pair_opened)
        context.alignment_changed.connect(self._on_alignment_changed)
        context.selection_changed.connect(lambda *_: self.update_actions())
        context.paragraph_context_menu_requested.connect(self._add_to_context_menu)
        self.refresh_packages()

    # -- actions -----------------------------------------------------------------------------
    def _build_actions(self) -> dict[str, QAction]:
        slots = {"translate": self.translate_selected, "translate_all": self.translate_all,
                 "improve_alignment": self.improve_alignment, "models": self.open_models_dialog}
        menu = self.shell.menu("tools")
        menu.addSeparator()
        menu.setToolTipsVisible(True)
        actions = {}
        for name, slot in slots.items():
            action = build_action(name, self.shell.widget())
            action.triggered.connect(lambda _=False, slot=slot: slot())
            menu.addAction(action)
            actions[name] = action
        return actions

    def _set_state(self, name: str, enabled: bool, why_not: str, tip: str) -> None:
        action = self.actions[name]
        action.setEnabled(enabled)
        action.setToolTip(tip if enabled else why_not)
        action.setStatusTip(action.toolTip())

    def _blocker(self, side: str, index: int) -> str:
        """What keeps paragraph ``index`` of ``side`` from being translated now ("" when nothing does)."""
        if not self.available:
            return "missing"
        if (side, other_side(side)) not in self.packages:
            return "package"
        if self.context.alignment is None or self.context.aligning:
            return "aligning"
        if self.context.links.link_of(side, index) is not None:
            return "linked"
        if (side, index) in self._pending:
            return "pending"
        if (side, index) in self.context.translations:
            return "done"
        return ""

    def paragraph_state(self, side: str, index: int) -> tuple[bool, str]:
        """Whether paragraph ``index`` of ``side`` can be translated now, and if not, why."""
        target = other_side(side)
        reasons = {
            "missing": self.tr("Machine translation is not installed. ") + ENABLE_HINT,
            "package": self.tr("No {pair} translation package is installed: add one in Tools ▸ Translation "
                               "Models…").format(pair=pair_name(side, target)),
            "aligning": self.tr("Wait until the alignment is done."),
            "linked": self.tr("This paragraph has a counterpart."),
            "pending": self.tr("This paragraph is being translated."),
            "done": self.tr("This paragraph is already translated: its machine translation is shown in "
                            "the other column."),
        }
        blocker = self._blocker(side, index)
        if blocker:
            return False, reasons[blocker]
        return True, self.tr("Translate this paragraph into {language} (machine translation, offline).").format(
            language=LANGUAGE_NAMES.get(target, target))

    def short_reason(self, side: str, index: int) -> str:
        """Why Translate Paragraph is greyed, in a few words for the menu ("" when it is not)."""
        return {"missing": self.tr("machine translation not installed"),
                "package": self.tr("no translation model installed"),
                "aligning": self.tr("wait for the alignment"), "linked": self.tr("has a counterpart"),
                "pending": self.tr("being translated"), "done": self.tr("already translated"),
                "": ""}[self._blocker(side, index)]

    def gaps(self) -> dict[str, list[int]]:
        """Paragraphs without counterpart and without translation, per side that has a package."""
        documents = self.context.documents()
        if not documents or self.context.alignment is None or self.context.aligning:
            return {}
        found = {}
        for side, document in documents.items():
            if (side, other_side(side)) in self.packages:
                todo = [i for i in without_counterpart(document, self.context.links, side)
                        if (side, i) not in self.context.translations and (side, i) not in self._pending]
                if todo:
                    found[side] = todo
        return found

    def update_actions(self) -> None:
        """Enable or disable the actions (with a tooltip that says why) for the current state."""
        available = self.available
        missing = self.tr("Machine translation is not installed. ") + ENABLE_HINT
        selected = self.shell.pair_view.selected() if self.context.pair else None
        if selected is None:
            ok, why = False, self.tr("Select a paragraph without counterpart first.") if available else missing
        else:
            ok, why = self.paragraph_state(*selected)
        self._set_state("translate", ok, why, why)
        if not available:
            for name in ("translate_all", "improve_alignment"):
                self._set_state(name, False, missing, missing)
            return
        if not self.packages:
            why = self.tr("No translation package is installed: add one in Tools ▸ Translation Models…")
        else:
            why = self.tr("No passage without counterpart is left to translate (or the alignment is still running).")
        self._set_state("translate_all", bool(self.gaps()), why,
                        self.tr("Translate every paragraph that has no counterpart, one after another."))
        has_ru_en = ("ru", "en") in self.packages
        self._set_state("improve_alignment", has_ru_en and self.context.pair is not None,
                        self.tr("Needs a Russian→English translation package (Tools ▸ Translation Models…)."),
                        self.tr("Translate the Russian paragraphs and align again using the translations."))

    def refresh_packages(self) -> None:
        """Re-read the installed packages (after the models dialog changed them)."""
        self.packages = {}
        self.available = mt_available()
        if self.available:
            for package in installed_packages():  # sorted: the newest version of a pair comes last
                self.packages[(package.from_code, package.to_code)] = package
        self._load_cached()
        self.update_actions()

    def _add_to_context_menu(self, side: str, index: int, menu: QMenu) -> None:
        ok, why = self.paragraph_state(side, index)
        menu.addSeparator()
        text = self.tr("Translate Paragraph")
        if not ok:  # a greyed entry says why in its own text (a tooltip on a disabled entry is easily missed)
            text = self.tr("Translate Paragraph ({reason})").format(reason=self.short_reason(side, index))
        action = menu.addAction(text, lambda: self.translate(side, index))
        action.setEnabled(ok)
        action.setToolTip(why)
        action.setStatusTip(why)
        menu.setToolTipsVisible(True)

    # -- translating -------------------------------------------------------------------------
    def translate_selected(self) -> None:
        selected = self.shell.pair_view.selected()
        if selected is not None:
            self.translate(*selected)

    def translate(self, side: str, index: int) -> None:
        """Translate one paragraph without counterpart in the background."""
        ok, why = self.paragraph_state(side, index)
        if not ok:
            self.shell.show_message(why, 8000)
            return
        self._submit(side, [index])

    def translate_all(self) -> None:
        """Translate every paragraph without counterpart (both sides that have a package)."""
        for side, indices in self.gaps().items():
            self._submit(side, indices)

    def _submit(self, side: str, indices: list[int]) -> None:
        document = self.context.documents()[side]
        by_index = {p.index: p for p in document.paragraphs}
        texts = [by_index[i].text for i in indices]
        target = other_side(side)
        package = self.packages[(side, target)]

        def work(progress, cancelled, emit):
            return translate_paragraphs(texts, side, target, progress, cancelled, package=package,
                                        on_result=lambda k, translation: emit(side, indices[k], translation))

        count = len(indices)
        title = (self.tr("Translating a paragraph ({pair})…") if count == 1 else
                 self.tr("Translating {count} paragraphs ({pair})…"))
        title = title.format(count=count, pair=pair_name(side, target))
        self._pending.update((side, i) for i in indices)
        self.runner.submit(Job(title, work, owner=self.context.pair, size=count))
        self.update_actions()

    def cancel(self) -> None:
        """Stop the running and queued translation jobs."""
        self.runner.cancel_all()
        self._pending.clear()
        self.update_actions()

    @Slot(str, int, object)
    def _on_result(self, side: str, index: int, translation: MachineTranslation) -> None:
        if self.runner.current is None or self.runner.current.owner is not self.context.pair:
            return
        self._pending.discard((side, index))
        self.context.translations[(side, index)] = translation
        self.translations_changed.emit()
        self.schedule_refresh(throttle=self.runner.current.size > 1)

    def _on_progress(self, title: str, done: int, total: int) -> None:
        self.status.show_progress(title, done, total)
        if total == 0:
            self._pending.clear()
            self.update_actions()

    def _on_failed(self, error: Exception) -> None:
        self._pending.clear()
        self.update_actions()
        box = dialogs.error_box(self.shell.widget(), self.tr("Machine Translation Failed"), error)
        box.setObjectName("translation_error")
        box.open()

    # -- showing translations ----------------------------------------------------------------
    def desired_extras(self) -> dict[str, dict[str, render.ExtraParagraph]]:
        """Column side → extra block key → block, for every translation of a paragraph without counterpart."""
        wanted: dict[str, dict[str, render.ExtraParagraph]] = {"ru": {}, "en": {}}
        documents = self.context.documents()
        if not documents or self.context.alignment is None:
            return wanted
        for (side, index), translation in sorted(self.context.translations.items()):
            if self.context.links.link_of(side, index) is None and index < len(documents[side]):
                after = self.shell.pair_view.insertion_point(side, index)
                wanted[other_side(side)][f"{render.MT_PREFIX}{side}:{index}"] = render.ExtraParagraph(
                    after, translation.text, self.marker(translation))
        return wanted

    def marker(self, translation: MachineTranslation) -> str:
        """The label shown before a machine translation, in the interface language."""
        return self.tr("[Machine translation — {model}]").format(model=translation.model)

    def schedule_refresh(self, throttle: bool = False) -> None:
        """Redisplay soon; with ``throttle`` (translations streaming in) at most every REFRESH_INTERVAL."""
        if not self._refresh_timer.isActive():
            # long columns take long to rebuild: space redisplays so they take at most a fifth of the time
            interval = max(REFRESH_INTERVAL, 4 * self._refresh_cost)
            wait = interval - (time.monotonic() - self._last_refresh) if throttle else 0
            self._refresh_timer.start(max(0, int(wait * 1000)))

    def refresh_display(self) -> None:
        """Bring the columns' machine-translation blocks in line with ``context.translations``."""
        for side, wanted in self.desired_extras().items():
            view = self.shell.pair_view.view(side)
            current = {k: v for k, v in view.extra_paragraphs().items() if k.startswith(render.MT_PREFIX)}
            if current != wanted:
                start = time.monotonic()
                view.replace_extra_paragraphs(render.MT_PREFIX, wanted)
                self._last_refresh = time.monotonic()
                self._refresh_cost = self._last_refresh - start

    def _load_cached(self) -> None:
        """Show the cached translations of paragraphs without counterpart at once (no inference)."""
        found = False
        for side, indices in self.gaps().items():
            package = self.packages[(side, other_side(side))]
            by_index = {p.index: p for p in self.context.documents()[side].paragraphs}
            for index in indices:
                text = self.cache.get(package.name, package.version, by_index[index].text)
                if text is not None:
                    self.context.translations[(side, index)] = MachineTranslation(
                        text, package.label, package.name, package.version, side, cached=True)
                    found = True
        if found:
            self.translations_changed.emit()
        self.schedule_refresh()

    def _on_pair_opened(self) -> None:
        self.runner.cancel_all()
        self._pending.clear()
        self.context.translations.clear()
        options = self.context.align_options
        if options is not None and getattr(options, "ru_translations", None):
            self.context.align_options = dataclasses.replace(options, ru_translations=None)
        self.translations_changed.emit()
        self.update_actions()

    def _on_alignment_changed(self) -> None:
        self._load_cached()
        self.update_actions()

    # -- alignment with machine translation --------------------------------------------------
    def improve_alignment(self) -> None:
        """Translate the Russian paragraphs (background) and align again with them as an extra signal."""
        if self.context.pair is None or ("ru", "en") not in self.packages:
            return
        from reader.core.align import AlignOptions
        from reader.core.mt.alignment import ru_translations

        pair = self.context.pair

        def work(progress, cancelled, emit):
            return ru_translations(pair.ru, progress, cancelled)

        def done(translations: dict[int, str]) -> None:
            if self.context.pair is not pair:
                return
            options = self.context.align_options or AlignOptions()
            self.context.align_options = dataclasses.replace(options, ru_translations=translations)
            self.shell.show_message(
                self.tr("Aligning again with machine translations of {count} Russian paragraphs.").format(
                    count=len(translations)), 8000)
            self.context.start_alignment()

        self.runner.submit(Job(self.tr("Translating the Russian text for the aligner…"), work, done, owner=pair))

    def open_models_dialog(self) -> None:
        """Show the translation models dialog; re-read the packages when it closes."""
        from reader.ui.translation.models_dialog import ModelsDialog

        dialog = ModelsDialog(self.context.thread_pool, self.shell.widget())
        dialog.packages_changed.connect(self.refresh_packages)
        dialog.finished.connect(lambda _: self.refresh_packages())
        dialog.open()
