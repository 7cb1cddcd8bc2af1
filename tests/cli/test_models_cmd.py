"""``python -m reader models list|install|remove|download`` in a subprocess."""

from __future__ import annotations

import subprocess
import sys

from conftest import REPO, run_module


def test_install_list_remove(mt_home, ru_en_package_file):
    empty = run_module("models", "list")
    assert empty.returncode == 0 and "No translation packages installed" in empty.stdout
    installed = run_module("models", "install", str(ru_en_package_file))
    assert installed.returncode == 0, installed.stderr
    assert "Installed translate-ru_en-0_0_1 (ru → en, version 0.0.1)" in installed.stdout
    listed = run_module("models", "list")
    assert listed.returncode == 0
    [line] = listed.stdout.splitlines()
    assert line.split("\t")[:3] == ["ru → en", "translate-ru_en-0_0_1", "0.0.1"]
    assert line.split("\t")[4] == str(mt_home / "translate-ru_en-0_0_1")
    removed = run_module("models", "remove", "translate-ru_en-0_0_1")
    assert removed.returncode == 0 and "Removed translate-ru_en-0_0_1" in removed.stdout
    assert not (mt_home / "translate-ru_en-0_0_1").exists()


def test_corrupt_file_fails_cleanly(mt_home, tmp_path):
    bad = tmp_path / "broken.argosmodel"
    bad.write_bytes(b"definitely not a zip")
    result = run_module("models", "install", str(bad))
    assert result.returncode == 1
    assert "not a zip archive" in result.stderr and "Traceback" not in result.stderr


def test_remove_unknown(mt_home):
    result = run_module("models", "remove", "nothing-here")
    assert result.returncode == 1 and "No installed translation package is called" in result.stderr
    assert "hint: See the names with: python -m reader models list" in result.stderr


def test_download_without_network_says_so(mt_home, monkeypatch):
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", "http://127.0.0.1:9/")  # a closed port: refused at once
    result = run_module("models", "download", "--from", "ru", "--to", "en")
    assert result.returncode == 1
    assert "no network connection" in result.stderr and "Traceback" not in result.stderr
    assert "models install FILE" in result.stderr


def test_missing_extra(mt_home, ru_en_package_file):
    code = ("import sys\nsys.modules['ctranslate2'] = None\nfrom reader.cli import main\n"
            f"sys.exit(main(['models', 'install', {str(ru_en_package_file)!r}]))")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "Machine translation is not available" in result.stderr
    assert 'pip install "parallel-reader[mt]"' in result.stderr
