"""Translating paragraphs through the cache: splitting, batching, progress, cancel, errors, no network."""

from __future__ import annotations

import json
import shutil

import pytest

from reader.core.cancel import Cancelled
from reader.core.mt.cache import TranslationCache
from reader.core.mt.engine import get_translator
from reader.core.mt.packages import install_package_file
from reader.core.mt.service import NoPackageError, translate_paragraphs, translate_text
from reader.core.mt.translation import MachineTranslation

TWO_SENTENCES = "Я читаю книгу сегодня. Он пишет письмо вчера."
PARAGRAPHS = [TWO_SENTENCES, "Привет, мир!", "", "Кошка видит дом утром."]


def test_sentences_split_and_rejoined(installed_ru_en, record_batches):
    recorder = record_batches(get_translator(installed_ru_en))
    [result] = translate_paragraphs([TWO_SENTENCES], "ru", "en")
    [(tokens, _)] = recorder.calls
    assert len(tokens) == 2  # one translate_batch call with the paragraph's two sentences
    assert result == MachineTranslation(result.text, "Argos ru→en 0.0.1", "translate-ru_en-0_0_1", "0.0.1", "ru")
    assert not result.cached and result.target == "en"
    # the two sentence translations, joined by one space
    each = get_translator(installed_ru_en).translate_sentences(["Я читаю книгу сегодня.", "Он пишет письмо вчера."])
    assert result.text == " ".join(each)


def test_stable_and_cached_the_second_time(installed_ru_en, record_batches):
    recorder = record_batches(get_translator(installed_ru_en))
    first = translate_paragraphs(PARAGRAPHS, "ru", "en")
    assert [r.cached for r in first] == [False] * 4
    assert all(r.text for r in first[:2]) and first[2].text == "" and first[3].text
    calls = len(recorder.calls)
    assert TranslationCache().count(installed_ru_en.name) == 4
    second = translate_paragraphs(PARAGRAPHS, "ru", "en")
    assert [r.cached for r in second] == [True] * 4
    assert [r.text for r in second] == [r.text for r in first]
    assert len(recorder.calls) == calls  # no inference at all the second time


def test_new_model_version_invalidates_cache(installed_ru_en):
    translate_paragraphs(PARAGRAPHS[:2], "ru", "en")
    newer = installed_ru_en.path.parent / "translate-ru_en-0_0_2"
    shutil.copytree(installed_ru_en.path, newer)
    metadata = json.loads((newer / "metadata.json").read_text())
    (newer / "metadata.json").write_text(json.dumps(dict(metadata, package_version="0.0.2")))
    results = translate_paragraphs(PARAGRAPHS[:2], "ru", "en")
    assert [r.cached for r in results] == [False, False]
    assert results[0].model_label == "Argos ru→en 0.0.2"


def test_progress_results_and_cancel(installed_ru_en):
    seen, progress = [], []
    results = translate_paragraphs(PARAGRAPHS, "ru", "en", lambda d, t: progress.append((d, t)),
                                   on_result=lambda i, r: seen.append(i))
    assert progress == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert sorted(seen) == [0, 1, 2, 3] and seen[0] == 0
    asked, heard = [], []
    with pytest.raises(Cancelled):  # cancelled after the first paragraph: it was reported, the second was not made
        translate_paragraphs(["Мы знаем новости.", "Они любят город."], "ru", "en",
                             cancelled=lambda: asked.append(1) or len(asked) > 1, on_result=lambda i, r: heard.append(i))
    assert heard == [0]
    with pytest.raises(Cancelled):
        translate_paragraphs(PARAGRAPHS, "ru", "en", cancelled=lambda: True, on_result=lambda i, r: heard.append(i))
    assert heard == [0]
    assert results[0].marker == "[Machine translation — Argos ru→en 0.0.1]"
    assert results[0].marked_text().startswith("[Machine translation — Argos ru→en 0.0.1] ")


def test_translate_text_keeps_paragraphs(installed_ru_en):
    result = translate_text(f"{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}\n", "ru", "en")
    parts = result.text.split("\n\n")
    assert parts == [r.text for r in translate_paragraphs(PARAGRAPHS[:2], "ru", "en")]


def test_no_package_installed(mt_home):
    with pytest.raises(NoPackageError, match=r"No Russian→English translation package \(ru→en\)") as caught:
        translate_paragraphs(["Привет."], "ru", "en")
    assert "models download --from ru --to en" in caught.value.hint
    assert "models install FILE" in caught.value.hint
    with pytest.raises(NoPackageError, match=r"^No de→en translation package is installed\.$"):
        translate_paragraphs(["Hallo."], "de", "en")


def test_package_for_the_wrong_pair(mt_home, en_ru_package_file):
    install_package_file(en_ru_package_file)
    with pytest.raises(NoPackageError, match="ru→en"):
        translate_paragraphs(["Привет."], "ru", "en")
    [result] = translate_paragraphs(["The cat reads a book."], "en", "ru")
    assert result.text and result.model_label == "Argos en→ru 0.0.1"


def test_install_and_translate_never_touch_the_network(mt_home, ru_en_package_file, no_network):
    package = install_package_file(ru_en_package_file)
    results = translate_paragraphs(PARAGRAPHS, "ru", "en")
    assert results[0].text and results[0].model_label == package.label
    assert translate_text("Привет, мир!", "ru", "en").text
    assert no_network == []
