"""Inference with the package's own CTranslate2 model and SentencePiece tokenizer."""

from __future__ import annotations

import json
import threading

import pytest

from argos_model import build_package
from reader.core.errors import TranslationError
from reader.core.mt.engine import Translator, get_translator, intra_threads, usable_cores
from reader.core.mt.packages import install_package_file

SENTENCES = ["Я читаю книгу.", "Он пишет письмо сегодня.", "Привет, мир!"]


def test_translates_deterministically(installed_ru_en, record_batches):
    translator = get_translator(installed_ru_en)
    recorder = record_batches(translator)
    first = translator.translate_sentences(SENTENCES)
    assert len(first) == 3 and all(first)
    assert first[0] != first[1]
    assert Translator(installed_ru_en).translate_sentences(SENTENCES) == first  # a fresh load gives the same
    [(tokens, options)] = recorder.calls
    assert len(tokens) == 3 and all(isinstance(t, str) for t in tokens[0])
    assert options["beam_size"] <= 4 and options["target_prefix"] is None


def test_blank_sentences_stay_blank(installed_ru_en, record_batches):
    translator = get_translator(installed_ru_en)
    recorder = record_batches(translator)
    assert translator.translate_sentences(["", "  "]) == ["", ""]
    assert recorder.calls == []
    out = translator.translate_sentences(["", SENTENCES[0]])
    assert out[0] == "" and out[1]


def test_loaded_once_and_reloaded_after_reinstall(installed_ru_en, ru_en_package_file):
    translator = get_translator(installed_ru_en)
    assert get_translator(installed_ru_en) is translator
    reinstalled = install_package_file(ru_en_package_file)
    assert get_translator(reinstalled) is not translator


def test_safe_from_several_threads(installed_ru_en):
    translator = get_translator(installed_ru_en)
    expected = translator.translate_sentences(SENTENCES)
    results, errors = [], []

    def work():
        try:
            results.append(translator.translate_sentences(SENTENCES))
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == [] and results == [expected] * 4


def test_wrong_pair_is_refused(installed_ru_en):
    translator = get_translator(installed_ru_en)
    translator.check_pair("ru", "en")
    with pytest.raises(TranslationError, match="translates ru→en, not en→ru"):
        translator.check_pair("en", "ru")


def test_target_prefix_is_forced_and_removed(tmp_path, mt_home, record_batches):
    import sentencepiece

    file = build_package(tmp_path / "prefixed", target_prefix="▁The")
    package = install_package_file(file)
    assert package.metadata.target_prefix == "▁The"
    translator = get_translator(package)
    recorder = record_batches(translator)
    [text] = translator.translate_sentences([SENTENCES[0]])
    [(tokens, options)] = recorder.calls
    assert options["target_prefix"] == [["▁The"]]
    hypothesis = recorder.outputs[0][0].hypotheses[0]
    assert hypothesis[0] == "▁The"
    processor = sentencepiece.SentencePieceProcessor(model_file=str(package.path / "sentencepiece.model"))
    assert text == processor.decode_pieces(hypothesis[1:]).strip()


def test_unloadable_model_gives_clear_error(installed_ru_en):
    (installed_ru_en.path / "model" / "model.bin").write_bytes(b"garbage")
    json.loads((installed_ru_en.path / "metadata.json").read_text())
    with pytest.raises(TranslationError, match="cannot be loaded"):
        Translator(installed_ru_en)


def test_threads_leave_a_core_to_the_window(installed_ru_en):
    assert [intra_threads(cores) for cores in (1, 2, 3, 4, 8, 64)] == [1, 1, 2, 3, 4, 4]
    assert Translator(installed_ru_en).intra_threads == intra_threads(usable_cores())
