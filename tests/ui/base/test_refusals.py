"""Why an alignment edit was refused, in the interface language."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from reader.core.align.editing import edit, realign
from reader.core.align import Alignment, Link
from reader.core.commands import CommandStack
from reader.core.errors import AlignmentError
from reader.core.segment import make_document
from reader.ui.base.refusals import CASES, REFUSALS, fields, refusal_text

#: sample values of every field a template may have
SAMPLE = {"side": "ru", "paragraph": 5, "at": 2, "first": 1, "last": 3, "count": 4, "sentences": [0, 1]}


def raised_templates(module) -> list[str]:
    """Every template ``module`` refuses an edit with (``refusal("…")`` or a class's ``refusal_reason``)."""
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    templates = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "AlignmentError":
            pytest.fail(f"{module.__name__} line {node.lineno}: an AlignmentError without a template")
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "refusal":
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                templates.append(first.value)
            elif not (isinstance(first, ast.Attribute) and first.attr == "refusal_reason"):
                pytest.fail(f"{module.__name__} line {node.lineno}: refusal() needs a literal template")
        if (isinstance(node, ast.Assign) and [getattr(t, "id", None) for t in node.targets] == ["refusal_reason"]
                and isinstance(node.value, ast.Constant) and node.value.value):
            templates.append(node.value.value)
    return templates


def field_names(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.fixture
def russian(qapp):
    from reader.ui.base.i18n import install_translations

    translators = install_translations(qapp, "ru")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def test_every_refusal_of_the_core_is_listed():
    templates = raised_templates(edit) + raised_templates(realign)
    assert len(templates) > 20
    assert set(templates) == set(REFUSALS), (sorted(set(templates) - set(REFUSALS)),
                                             sorted(set(REFUSALS) - set(templates)))
    assert all(field_names(template) <= set(SAMPLE) for template in REFUSALS)


def test_every_refusal_is_translated_into_russian(russian):
    from PySide6.QtCore import QCoreApplication

    for template in REFUSALS:
        translated = QCoreApplication.translate("Refusals", template)
        assert translated != template and re.search("[а-яё]", translated.lower()), template
        assert {name.split(":")[0] for name in field_names(translated)} == field_names(template), translated
        params = {key: SAMPLE[key] for key in field_names(template) | ({"side"} if "{paragraph" in template else set())}
        text = refusal_text(AlignmentError("English", template=template, params=params))
        assert text != "English" and text[0].isupper(), (template, text)
        assert not re.search("[A-Za-z]", text), text  # side and paragraph names are Russian too
    for side in ("ru", "en"):
        for case in CASES:
            assert re.search("[а-яё]", format(fields({"side": side, "paragraph": 3})["paragraph"], case))
            assert re.search("[а-яё]", format(fields({"side": side})["side"], case))


def pair() -> dict:
    ru = make_document(["Один.", "Первое предложение. Второе. Третье.", "Тоже одно."], "ru")
    en = make_document(["One.", "First sentence. Second. Third.", "Also one.", "Last."], "en")
    return {"ru": ru, "en": en}


def refused(command_factory) -> AlignmentError:
    """The error of a real refused edit on a small real pair (one of its paragraphs split)."""
    documents = pair()
    alignment = Alignment(links=[Link([0], [0]), Link([1], [1]), Link([2], [2, 3])])
    stack = CommandStack()
    stack.push(edit.SplitParagraph(alignment, documents, "ru", 1, 1))
    with pytest.raises(AlignmentError) as caught:
        stack.push(command_factory(alignment, documents))
    return caught.value


#: (a refused edit, its core message, the window's English and Russian text)
REFUSED_EDITS = [
    (lambda al, d: edit.MergeWithNext(al, d, "en", 3),
     "English paragraph 3 is the last one; there is nothing to merge it with.", None,
     "Английский абзац 3 — последний; его не с чем объединить."),
    (lambda al, d: edit.LinkParagraphs(al, d, ru=[9], en=[1]), "There is no Russian paragraph 9.", None,
     "Нет русского абзаца 9."),
    (lambda al, d: edit.LinkParagraphs(al, d, ru=[], en=[1]), "Select at least one Russian paragraph to link.", None,
     "Выберите для связывания хотя бы один русский абзац."),
    (lambda al, d: edit.SplitParagraph(al, d, "en", 2, 1),
     "English paragraph 2 has a single sentence and cannot be split.", None,
     "В английском абзаце 2 одно предложение; его нельзя разделить."),
    (lambda al, d: edit.SplitParagraph(al, d, "ru", 1, 0),
     "Russian paragraph 1 has 3 sentence(s); it can only be split before sentences 1 to 2.",
     "Russian paragraph 1 has 3 sentence(s); it can only be split before sentences 2 to 3.",
     "В русском абзаце 1 предложений: 3; его можно разделить только перед предложениями 2–3."),
    (lambda al, d: edit.SplitParagraph(al, d, "ru", 1, 1), "Russian paragraph 1 is already split before sentence 1.",
     "Russian paragraph 1 is already split before sentence 2.", "Русский абзац 1 уже разделён перед предложением 2."),
    (lambda al, d: edit.JoinParts(al, d, "ru", 1, 2), "Russian paragraph 1 is not split before sentence 2.",
     "Russian paragraph 1 is not split before sentence 3.", "Русский абзац 1 не разделён перед предложением 3."),
    (lambda al, d: edit.LinkParagraphs(al, d, ru=[edit.Unit((1,), (0, 1))], en=[1]),
     "Sentences [0, 1] are not whole parts of Russian paragraph 1.",
     "Sentences 1, 2 are not whole parts of Russian paragraph 1.",
     "Предложения 1, 2 не составляют целых частей русского абзаца 1."),
    (lambda al, d: edit.Unmerge(al, d, "ru", 0), "Russian paragraph 0 is not merged with another one.", None,
     "Русский абзац 0 не объединён с другим абзацем."),
]


@pytest.mark.parametrize("make, core, english, _russian", REFUSED_EDITS)
def test_real_refusals_in_english_number_sentences_as_the_split_dialog(qapp, make, core, english, _russian):
    error = refused(make)
    assert str(error) == core  # the command line's message keeps sentence indices
    assert refusal_text(error) == (english or core)


@pytest.mark.parametrize("make, _core, _english, russian_text", REFUSED_EDITS)
def test_real_refusals_in_russian(russian, make, _core, _english, russian_text):
    assert refusal_text(refused(make)) == russian_text


def test_an_error_without_a_template_or_with_a_broken_translation_shows_its_message(qapp):
    assert refusal_text(AlignmentError("Something else.")) == "Something else."
    broken = AlignmentError("English paragraph 2 is gone.", template="{paragraph:ablative} is gone.",
                            params={"side": "en", "paragraph": 2})
    assert refusal_text(broken) == "English paragraph 2 is gone."
