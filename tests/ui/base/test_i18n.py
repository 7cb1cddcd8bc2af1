"""Every text a module of the window marks for translation reaches the Russian interface in that module's own
context (the one its ``tr = translator("…")`` or ``QT_TRANSLATE_NOOP("…", …)`` names): read from the sources
with ast, looked up in resources/i18n/reader_ru.ts (what lupdate and tools/fix_ts_contexts.py made of them),
and a sample through the compiled reader_ru.qm."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

from conftest import REPO
from PySide6.QtCore import QCoreApplication

import reader.ui
from reader.ui.base.i18n import install_translations, translator


def marked_texts(path: Path) -> list[tuple[str, str, int]]:
    """(context, text, line) of each literal ``tr("…")`` of a module with ``tr = translator(CONTEXT)`` and of
    each ``QT_TRANSLATE_NOOP(CONTEXT, "…")``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    module_context = None
    for node in tree.body:
        if (isinstance(node, ast.Assign) and [getattr(t, "id", None) for t in node.targets] == ["tr"]
                and isinstance(node.value, ast.Call) and getattr(node.value.func, "id", None) == "translator"):
            module_context = node.value.args[0].value
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
            continue
        literals = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
        if node.func.id == "tr" and module_context and len(literals) == 1 == len(node.args):
            found.append((module_context, literals[0], node.lineno))
        elif node.func.id == "QT_TRANSLATE_NOOP" and len(literals) == 2:
            found.append((literals[0], literals[1], node.lineno))
    return found


def all_marked_texts() -> list[tuple[str, str, str]]:
    root = Path(reader.ui.__file__).parent
    return [(f"{path.relative_to(root)}:{line}", context, text) for path in sorted(root.rglob("*.py"))
            for context, text, line in marked_texts(path)]


def translated() -> set[tuple[str, str]]:
    """(context, text) of every finished translation of the .ts file."""
    root = ET.parse(REPO / "resources" / "i18n" / "reader_ru.ts").getroot()
    return {(context.findtext("name"), message.findtext("source")) for context in root.findall("context")
            for message in context.findall("message")
            if (message.findtext("translation") or "").strip() and message.find("translation").get("type") is None}


def test_the_sources_mark_texts_in_many_contexts():
    texts = all_marked_texts()
    assert len(texts) > 250
    assert len({context for _where, context, _text in texts}) > 15


def test_every_marked_text_is_translated_in_its_own_context():
    """A text two modules share belongs to both their contexts (the vocabulary panel's Export… button and the
    dictionary card's Russian once went untranslated, filed only under the other module's context)."""
    done = translated()
    untranslated = [f"{where} {context}: {text!r}" for where, context, text in all_marked_texts()
                    if (context, text) not in done]
    assert untranslated == []


def test_a_module_translator_reads_the_compiled_translations(qapp):
    translators = install_translations(qapp, "ru")
    try:
        assert translator("VocabularyPanel")("&Export…") == "&Экспорт…"
        assert translator("DictionaryPanel")("Russian") == QCoreApplication.translate("DictionaryPanel", "Russian")
        assert translator("DictionaryPanel")("Russian") != "Russian"
    finally:
        for installed in translators:
            qapp.removeTranslator(installed)
