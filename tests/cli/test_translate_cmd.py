"""``python -m reader translate`` in a subprocess."""

from __future__ import annotations

import subprocess
import sys

from conftest import REPO, run_module


def test_translate_argument_and_stdin(installed_ru_en):
    first = run_module("translate", "--from", "ru", "--to", "en", "Я читаю книгу. Он пишет письмо.")
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip()
    assert "[Machine translation — Argos ru→en 0.0.1]" in first.stderr
    again = run_module("translate", "--from", "ru", "--to", "en", "-", input="Я читаю книгу. Он пишет письмо.")
    assert again.returncode == 0 and again.stdout == first.stdout  # deterministic (and now from the cache)


def test_no_package_for_the_pair(mt_home, en_ru_package_file):
    run_module("models", "install", str(en_ru_package_file))
    result = run_module("translate", "--from", "ru", "--to", "en", "Привет.")
    assert result.returncode == 1
    assert "No Russian→English translation package (ru→en) is installed" in result.stderr
    assert "models download --from ru --to en" in result.stderr
    assert run_module("translate", "--from", "en", "--to", "ru", "Hello.").returncode == 0


def test_missing_extra(installed_ru_en):
    code = ("import sys\nsys.modules['ctranslate2'] = None\nfrom reader.cli import main\n"
            "sys.exit(main(['translate', 'Привет.']))")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "not installed (missing: ctranslate2)" in result.stderr
    assert 'pip install ".[mt]"' in result.stderr
