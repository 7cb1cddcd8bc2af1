"""Detecting the optional ``mt`` extra, and the error when it is missing."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import REPO
from reader.core.errors import TranslationError
from reader.core.mt import availability


def _run(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120)


def test_extra_is_installed_here():
    assert availability.missing_modules() == []
    assert availability.mt_available()
    availability.require_mt()


def test_check_imports_nothing_heavy():
    result = _run("import sys\n"
                  "from reader.core.mt.availability import mt_available\n"
                  "assert mt_available()\n"
                  "print(sorted(m for m in sys.modules if m.split('.')[0] in "
                  "('argostranslate', 'ctranslate2', 'spacy', 'stanza', 'torch')))")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize("blocked", ["ctranslate2", "sentencepiece"])
def test_missing_extra_gives_clear_error(blocked):
    code = (f"import sys\nsys.modules[{blocked!r}] = None\n"
            "from reader.core.errors import TranslationError\n"
            "from reader.core.mt.availability import mt_available\n"
            "from reader.core.mt.service import translate_paragraphs\n"
            "assert not mt_available()\n"
            "try:\n"
            "    translate_paragraphs(['Привет.'], 'ru', 'en')\n"
            "except TranslationError as error:\n"
            "    print(error)\n    print(error.hint)\n")
    result = _run(code)
    assert result.returncode == 0, result.stderr
    message, hint = result.stdout.strip().splitlines()
    assert "not installed" in message and blocked in message
    assert 'pip install "parallel-reader[mt]"' in hint and 'pip install ".[mt]"' in hint


def test_import_failure_becomes_translation_error(monkeypatch):
    monkeypatch.setitem(sys.modules, "ctranslate2", None)
    with pytest.raises(TranslationError) as caught:
        availability.import_mt_module("ctranslate2")
    assert "pip install" in caught.value.hint
