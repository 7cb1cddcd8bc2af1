"""Machine translation in the window, with the synthetic Argos package installed in a temporary folder."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCursor

from argos_model import write_local_index
from reader.core.align import Link
from reader.core.mt.packages import install_package_file
from reader.core.segment import make_document
from reader.ui.view import render
from reader.core.session import ReadingSession

from ..helpers import fixed_aligner, make_pair_docs, wait_aligned

LABEL = "[Machine translation — Argos ru→en 0.0.1]"
#: Russian 2 and 4 and English 4 have no counterpart
LINKS = [Link([0], [0]), Link([1], [1]), Link([3], [2]), Link([5], [3])]


@pytest.fixture
def shell(shell):
    """The small shell (not the whole window) with a TranslationController as ``shell.translation``."""
    from reader.ui.translation.controller import TranslationController

    shell.translation = TranslationController(shell)
    return shell


def open_pair(qtbot, window, links=LINKS):
    """Show a 6 × 5 pair with ``links`` in ``window`` (the whole window or the shell); its TranslationController."""
    ru, en = make_pair_docs(6, 5)
    window.context.aligner = fixed_aligner(links)
    window.context.set_pair(ReadingSession(ru, en))
    wait_aligned(qtbot, window.context)
    return window.translation


def wait_translated(qtbot, controller, *keys):
    qtbot.waitUntil(lambda: all(k in controller.context.translations for k in keys) and not controller.runner.busy,
                    timeout=30000)
    controller.refresh_display()


def test_translate_paragraph_without_counterpart(qtbot, installed_ru_en, shell):
    controller = open_pair(qtbot, shell)
    shell.pair_view.select("ru", 1)
    assert not controller.actions["translate"].isEnabled()
    assert "has a counterpart" in controller.actions["translate"].toolTip()
    shell.pair_view.select("ru", 2)
    action = controller.actions["translate"]
    assert action.isEnabled() and action.shortcut().toString() == "Ctrl+T"
    assert action in shell.menus["tools"].actions()
    action.trigger()
    assert not action.isEnabled() and "being translated" in action.toolTip()
    wait_translated(qtbot, controller, ("ru", 2))
    translation = shell.context.translations[("ru", 2)]
    assert translation.text and not translation.cached and translation.model_label == "Argos ru→en 0.0.1"
    en_view = shell.pair_view.view("en")
    extra = en_view.extra_paragraphs()["mt:ru:2"]
    assert extra == render.ExtraParagraph(shell.pair_view.insertion_point("ru", 2), translation.text, LABEL)
    assert extra.after == 1  # right after the English counterpart of Russian 1
    blocks = [en_view.document().findBlockByNumber(n) for n in range(en_view.document().blockCount())]
    [block] = [b for b in blocks if b.userState() == render.EXTRA_STATE]
    assert block.text().startswith(LABEL) and block.text().endswith(translation.text)
    fragments = [it.fragment() for it in block]
    [body] = [f for f in fragments if translation.text in f.text()]
    assert body.charFormat().fontItalic()  # styled apart from the source text
    assert en_view.paragraph_count() == 5  # the translation is not a paragraph of the English text
    assert not action.isEnabled() and "already translated" in action.toolTip()
    controller.translate("ru", 2)  # already translated: no new job, the status bar says why
    assert not controller.runner.busy
    assert "already translated" in shell.statusBar().currentMessage()


def test_copy_and_export_carry_the_marker(qtbot, installed_ru_en, window, tmp_path):
    controller = open_pair(qtbot, window)
    controller.translate("ru", 2)
    wait_translated(qtbot, controller, ("ru", 2))
    text = window.context.translations[("ru", 2)].text
    en_view = window.pair_view.view("en")
    block = next(en_view.document().findBlockByNumber(n) for n in range(en_view.document().blockCount())
                 if en_view.document().findBlockByNumber(n).userState() == render.EXTRA_STATE)
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + len(LABEL) + 1 + 2)  # inside the translation, past its label
    cursor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
    en_view.setTextCursor(cursor)
    assert en_view.createMimeDataFromSelection().text() == f"{LABEL}\n{text[2:]}"
    en_view.selectAll()
    copied = en_view.createMimeDataFromSelection().text()
    assert f"{LABEL}\n{text}" in copied and "Paragraph 0 sentence 0." in copied

    from html import escape

    from reader.core.export.formats import export

    out = export("html", window.exports.export_input(), tmp_path / "pair.html")
    assert f'<span class="label">{escape(LABEL)}</span>{escape(text)}' in out.read_text(encoding="utf-8")


def test_reopened_pair_shows_cached_translations_at_once(qtbot, installed_ru_en, shell):
    controller = open_pair(qtbot, shell)
    controller.translate_all()
    wait_translated(qtbot, controller, ("ru", 2), ("ru", 4))
    first = dict(shell.context.translations)
    open_pair(qtbot, shell)
    assert not controller.runner.busy
    assert {k: v.text for k, v in shell.context.translations.items()} == {k: v.text for k, v in first.items()}
    assert all(t.cached for t in shell.context.translations.values())
    qtbot.waitUntil(lambda: set(shell.pair_view.view("en").extra_paragraphs()) == {"mt:ru:2", "mt:ru:4"})


def test_translate_all_progress_and_cancel(qtbot, installed_ru_en, shell):
    controller = open_pair(qtbot, shell)
    action = controller.actions["translate_all"]
    assert action.isEnabled() and action.shortcut().toString() == "Ctrl+Shift+T"
    action.trigger()
    assert controller.status.isVisible() and "Translating 2 paragraphs" in controller.status.label.text()
    controller.status.cancel_button.click()
    assert not controller.status.isVisible() and not controller.runner.busy
    qtbot.wait(300)  # results already on their way are dropped
    assert shell.context.translations == {}
    assert action.isEnabled()
    action.trigger()
    wait_translated(qtbot, controller, ("ru", 2), ("ru", 4))
    assert not controller.status.isVisible()
    assert not action.isEnabled()  # nothing left to translate
    assert "No passage without counterpart" in action.toolTip()


def test_english_paragraph_translates_into_russian(qtbot, installed_ru_en, en_ru_package_file, shell):
    install_package_file(en_ru_package_file)
    controller = shell.translation
    controller.refresh_packages()
    open_pair(qtbot, shell)
    controller.translate("en", 4)
    wait_translated(qtbot, controller, ("en", 4))
    extra = shell.pair_view.view("ru").extra_paragraphs()["mt:en:4"]
    assert extra.label == "[Machine translation — Argos en→ru 0.0.1]"
    assert extra.after == 5


def test_context_menu_offers_translate(qtbot, installed_ru_en, shell):
    open_pair(qtbot, shell)
    view = shell.pair_view.view("ru")
    view.scroll_to_paragraphs([2])
    rect = view.paragraph_rect(2)
    menu = view.build_context_menu(QPoint(int(rect.left() + 10), int(view.to_viewport_y(rect.top()) + 5)))
    [action] = [a for a in menu.actions() if a.text() == "Translate Paragraph"]
    assert action.isEnabled()
    action.trigger()
    wait_translated(qtbot, shell.translation, ("ru", 2))
    menu.deleteLater()


def test_no_package_disables_with_a_hint(qtbot, mt_home, shell):
    controller = open_pair(qtbot, shell)
    shell.pair_view.select("ru", 2)
    assert not controller.actions["translate"].isEnabled()
    assert "No Russian→English translation package" in controller.actions["translate"].toolTip()
    assert not controller.actions["translate_all"].isEnabled()
    assert "Translation Models" in controller.actions["translate_all"].toolTip()
    assert not controller.actions["improve_alignment"].isEnabled()
    assert controller.actions["models"].isEnabled()
    view = shell.pair_view.view("ru")  # the greyed context-menu entry names its reason in its own text
    view.scroll_to_paragraphs([2])
    rect = view.paragraph_rect(2)
    menu = view.build_context_menu(QPoint(int(rect.left() + 10), int(view.to_viewport_y(rect.top()) + 5)))
    [action] = [a for a in menu.actions() if a.text().startswith("Translate Paragraph")]
    assert action.text() == "Translate Paragraph (no translation model installed)" and not action.isEnabled()
    assert "No Russian→English translation package" in action.statusTip()
    menu.deleteLater()


@pytest.fixture
def without_extra(monkeypatch, mt_home):
    """The ``mt`` extra as if not installed: importing CTranslate2 fails."""
    monkeypatch.setitem(sys.modules, "ctranslate2", None)


def test_without_extra_actions_say_how_to_enable(qtbot, without_extra, shell):
    from reader.ui.translation.models_dialog import ModelsDialog

    controller = open_pair(qtbot, shell)
    shell.pair_view.select("ru", 2)
    for name in ("translate", "translate_all", "improve_alignment"):
        assert not controller.actions[name].isEnabled()
        assert 'pip install "parallel-reader[mt]"' in controller.actions[name].toolTip()
    dialog = ModelsDialog(shell.context.thread_pool, shell)
    assert "not installed" in dialog.info.text() and "pip install" in dialog.info.text()
    assert not dialog.install_button.isEnabled() and not any(b.isEnabled() for b in dialog.download_buttons.values())


def test_improve_alignment_reruns_aligner_with_translations(qtbot, installed_ru_en, shell):
    controller = open_pair(qtbot, shell)
    seen = []
    aligner = fixed_aligner(LINKS)

    def recording(ru, en, options=None, **kwargs):
        seen.append(options)
        return aligner(ru, en, options, **kwargs)

    shell.context.aligner = recording
    assert controller.actions["improve_alignment"].isEnabled()
    controller.actions["improve_alignment"].trigger()
    qtbot.waitUntil(lambda: bool(seen) and seen[-1] is not None, timeout=30000)
    wait_aligned(qtbot, shell.context)
    translations = seen[-1].ru_translations
    assert sorted(translations) == list(range(6)) and all(translations.values())
    open_pair(qtbot, shell)  # a new pair does not inherit the old pair's translations
    assert shell.context.align_options.ru_translations is None


def test_models_dialog_install_remove(qtbot, mt_home, ru_en_package_file, shell):
    from reader.ui.translation.models_dialog import ModelsDialog

    dialog = ModelsDialog(shell.context.thread_pool, shell)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0
    with qtbot.waitSignal(dialog.packages_changed, timeout=30000):
        dialog.install_file(str(ru_en_package_file))
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "translate-ru_en-0_0_1"
    assert dialog.table.item(0, 0).text() == "ru → en" and "Installed" in dialog.message.text()
    dialog.table.selectRow(0)
    assert dialog.remove_button.isEnabled()
    with qtbot.waitSignal(dialog.packages_changed, timeout=30000):
        dialog.remove("translate-ru_en-0_0_1")
    assert dialog.table.rowCount() == 0


def test_models_dialog_bad_file_and_no_network(qtbot, mt_home, tmp_path, monkeypatch, shell):
    from reader.ui.translation.models_dialog import ModelsDialog

    dialog = ModelsDialog(shell.context.thread_pool, shell)
    qtbot.addWidget(dialog)
    bad = tmp_path / "bad.argosmodel"
    bad.write_bytes(b"not a zip")
    dialog.install_file(str(bad))
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30000)
    assert "not a zip archive" in dialog.message.text()
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", "http://127.0.0.1:9/")
    dialog.download("ru", "en")
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30000)
    assert "no network connection" in dialog.message.text() and "models install FILE" in dialog.message.text()


def test_models_dialog_download_from_index(qtbot, mt_home, tmp_path, monkeypatch, ru_en_package_file, shell):
    from reader.ui.translation.models_dialog import ModelsDialog

    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", write_local_index(tmp_path / "index", ru_en_package_file))
    dialog = ModelsDialog(shell.context.thread_pool, shell)
    qtbot.addWidget(dialog)
    dialog.packages_changed.connect(shell.translation.refresh_packages)
    with qtbot.waitSignal(dialog.packages_changed, timeout=30000):
        dialog.download("ru", "en")
    assert dialog.table.rowCount() == 1
    assert ("ru", "en") in shell.translation.packages


def test_models_dialog_cancel_download(qtbot, mt_home, tmp_path, monkeypatch, ru_en_package_file, shell):
    from reader.ui.translation.models_dialog import ModelsDialog

    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", write_local_index(tmp_path / "index", ru_en_package_file))
    dialog = ModelsDialog(shell.context.thread_pool, shell)
    qtbot.addWidget(dialog)
    dialog.download("ru", "en")
    assert dialog.cancel_button.isVisibleTo(dialog)
    assert dialog.task is not None and not dialog.install_button.isEnabled()  # one job at a time
    assert not any(button.isEnabled() for button in dialog.download_buttons.values())
    dialog.cancel()
    assert dialog.task is None and dialog.message.text() == "Cancelled."
    assert dialog.install_button.isEnabled()
    shell.context.thread_pool.waitForDone(10000)
    qtbot.wait(50)
    assert dialog.table.rowCount() == 0 and dialog.message.text() == "Cancelled."


def test_opening_another_pair_drops_the_running_job(qtbot, installed_ru_en, shell):
    controller = open_pair(qtbot, shell)
    controller.translate_all()
    assert controller.runner.busy
    ru = make_document(["Другой текст.", "Совсем другой абзац.", "И ещё один."], "ru")  # not in the cache
    en = make_document(["Another text."], "en")
    shell.context.aligner = fixed_aligner([Link([0], [0])])
    shell.context.set_pair(ReadingSession(ru, en))
    assert not controller.runner.busy and not controller.status.isVisible()
    wait_aligned(qtbot, shell.context)
    shell.context.thread_pool.waitForDone(10000)
    qtbot.wait(100)  # anything the old job still sent has been delivered (and dropped)
    assert shell.context.translations == {}
    assert shell.pair_view.view("en").extra_paragraphs() == {}


def test_keyboard_shortcut_translates_selected(qtbot, installed_ru_en, shell):
    from PySide6.QtCore import Qt

    controller = open_pair(qtbot, shell)
    view = shell.pair_view.view("ru")
    shell.activateWindow()
    view.setFocus()
    shell.pair_view.select("ru", 4)
    qtbot.keyClick(view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    wait_translated(qtbot, controller, ("ru", 4))
    assert "mt:ru:4" in shell.pair_view.view("en").extra_paragraphs()


def test_translation_saved_in_project_and_reopened(qtbot, installed_ru_en, window, tmp_path):
    from pairs import write_texts

    ru_path, en_path = write_texts(tmp_path)
    assert window.open_pair(ru_path, en_path)
    wait_aligned(qtbot, window.context)
    assert window.context.links.link_of("ru", 4) is None  # "Этот абзац есть только в оригинале…"
    window.translation.translate("ru", 4)
    wait_translated(qtbot, window.translation, ("ru", 4))
    made = window.context.translations[("ru", 4)]
    path = tmp_path / "reading.preader"
    window.projects.ask_save_path = lambda: str(path)
    window.projects.actions["save"].trigger()

    # With the model removed (as the models dialog does it), only the project file can bring it back.
    from reader.core.mt.packages import remove_package

    remove_package(installed_ru_en.name)
    window.translation.refresh_packages()
    window.open_pair(ru_path, en_path)
    wait_aligned(qtbot, window.context)
    assert ("ru", 4) not in window.context.translations
    with qtbot.waitSignal(window.projects.project_opened, timeout=30000):
        window.projects.open_path(path)
    restored = window.context.translations[("ru", 4)]
    assert (restored.text, restored.model_label, restored.package, restored.version) == \
        (made.text, "Argos ru→en 0.0.1", made.package, "0.0.1")
    assert made.package.startswith("translate-ru_en")

    # exported from the project file (as 'reader export PROJECT' does): labelled as in the window's export
    from reader.core.export.formats import shown_translations
    from reader.core.project.session import open_project

    from_project = shown_translations(open_project(path))[("ru", 4)]
    from_window = window.exports.export_input().translations[("ru", 4)]
    assert from_project == from_window and from_project.model == "Argos ru→en 0.0.1"


def test_label_in_the_russian_interface(qtbot, qapp, installed_ru_en, shell):
    from reader.ui.base.i18n import install_translations

    translators = install_translations(qapp, "ru")
    try:
        controller = open_pair(qtbot, shell)
        controller.translate("ru", 2)
        wait_translated(qtbot, controller, ("ru", 2))
        extra = shell.pair_view.view("en").extra_paragraphs()["mt:ru:2"]
        assert extra.label == "[Машинный перевод — Argos ru→en 0.0.1]"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
