"""Installing, listing and removing packages in argostranslate's package folder."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile

import pytest

from reader.core.errors import TranslationError
from reader.core.mt.packages import (find_package, install_package_file, installed_packages, packages_dir,
                                     remove_package, version_key)


def test_install_list_remove(mt_home, ru_en_package_file):
    assert installed_packages() == []
    package = install_package_file(ru_en_package_file)
    assert package.path == mt_home / "translate-ru_en-0_0_1"
    assert (package.path / "model" / "model.bin").is_file()
    [listed] = installed_packages()
    assert (listed.from_code, listed.to_code, listed.name, listed.version) == ("ru", "en", package.name, "0.0.1")
    assert listed.size > 100_000
    assert listed.label == "Argos ru→en 0.0.1"
    assert find_package("ru", "en") == listed
    assert find_package("en", "ru") is None
    removed = remove_package(package.name)
    assert removed.name == package.name
    assert installed_packages() == [] and not package.path.exists()


def test_no_staging_left_behind(mt_home, ru_en_package_file):
    install_package_file(ru_en_package_file)
    assert sorted(p.name for p in mt_home.parent.iterdir() if "installing" in p.name) == []


def test_reinstall_replaces(installed_ru_en, ru_en_package_file):
    (installed_ru_en.path / "stale.txt").write_text("left from the old copy")
    again = install_package_file(ru_en_package_file)
    assert again.path == installed_ru_en.path
    assert not (again.path / "stale.txt").exists()
    assert len(installed_packages()) == 1


def test_installed_without_argostranslate(mt_home, ru_en_package_file):
    """Install, list, load and translate with argostranslate unimportable: the [mt] extra alone suffices."""
    code = ("import sys\nsys.modules['argostranslate'] = None\n"
            "from reader.core.mt.packages import install_package_file, installed_packages\n"
            "from reader.core.mt.service import translate_paragraphs\n"
            f"install_package_file({str(ru_en_package_file)!r})\n"
            "print([p.name for p in installed_packages()], bool(translate_paragraphs(['Привет.'], 'ru', 'en')[0].text))\n"
            "print(sorted(m for m, v in sys.modules.items() if v is not None and m.split('.')[0] in ('argostranslate', 'torch', 'stanza', 'spacy')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["['translate-ru_en-0_0_1'] True", "[]"]


def test_a_package_unzipped_as_argostranslate_does_is_found(mt_home, ru_en_package_file):
    """argostranslate installs by extracting the archive into the package folder: such a folder is ours too."""
    mt_home.mkdir(parents=True)
    with zipfile.ZipFile(ru_en_package_file) as archive:
        archive.extractall(mt_home)
    [package] = installed_packages()
    assert (package.name, package.version, package.metadata.from_name) == ("translate-ru_en-0_0_1", "0.0.1", "Russian")
    assert (package.path / "stanza").is_dir() and (package.path / "README.md").is_file()  # present, ignored


def test_argostranslate_sees_the_same_packages(installed_ru_en):
    """Where argostranslate is installed, its own package listing finds what we installed."""
    pytest.importorskip("argostranslate.package")
    code = ("import argostranslate.package as p\n"
            "print([(x.from_code, x.to_code, str(x.package_path)) for x in p.get_installed_packages()])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            env=dict(os.environ))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == repr([("ru", "en", str(installed_ru_en.path))])


def test_package_dir_follows_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "a"))
    assert packages_dir() == tmp_path / "a"
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "b"))
    assert packages_dir() == tmp_path / "b"


def test_package_dir_from_argos_settings_file(tmp_path, monkeypatch):
    monkeypatch.delenv("ARGOS_PACKAGES_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert packages_dir() == tmp_path / "data" / "argos-translate" / "packages"
    settings = tmp_path / "config" / "argos-translate" / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_text(json.dumps({"ARGOS_PACKAGES_DIR": str(tmp_path / "mine")}))
    assert packages_dir() == tmp_path / "mine"


def test_broken_and_foreign_folders_are_skipped(installed_ru_en):
    (installed_ru_en.path.parent / "junk").mkdir()
    sbd = installed_ru_en.path.parent / "sbd-package"
    sbd.mkdir()
    (sbd / "metadata.json").write_text(json.dumps({"type": "sbd", "package_version": "1.0"}))
    assert [p.name for p in installed_packages()] == [installed_ru_en.name]


def test_newest_version_wins(installed_ru_en):
    newer = installed_ru_en.path.parent / "translate-ru_en-0_0_10"
    shutil.copytree(installed_ru_en.path, newer)
    metadata = json.loads((newer / "metadata.json").read_text())
    (newer / "metadata.json").write_text(json.dumps(dict(metadata, package_version="0.0.10")))
    assert find_package("ru", "en").name == "translate-ru_en-0_0_10"
    assert version_key("1.10") > version_key("1.9") > version_key("1.1")


def test_remove_unknown_name(installed_ru_en):
    with pytest.raises(TranslationError, match="translate-ru_en-0_0_1") as caught:
        remove_package("translate-xx_yy-1_0")
    assert "models list" in caught.value.hint
    assert installed_ru_en.path.exists()


def test_damaged_model_in_a_sound_zip_replaces_nothing(tmp_path, mt_home, installed_ru_en, ru_en_package_file):
    from reader.core.mt.archive import InvalidPackageError
    from reader.core.mt.service import translate_paragraphs

    from .test_archive import rewrite

    def damaged(entries):
        for info, data in entries:
            yield info, (b"not a CTranslate2 model" * 50 if info.filename.endswith("model/model.bin") else data)

    bad = rewrite(ru_en_package_file, tmp_path / "bad.argosmodel", damaged)
    model = installed_ru_en.path / "model" / "model.bin"
    before = model.read_bytes()
    with pytest.raises(InvalidPackageError, match="not a usable translation model") as caught:
        install_package_file(bad)
    assert str(bad) in str(caught.value)
    assert model.read_bytes() == before  # the installed package of the same name is untouched
    assert translate_paragraphs(["Привет."], "ru", "en")[0].text
    assert [p.name for p in mt_home.parent.iterdir() if "installing" in p.name] == []


def test_failed_move_puts_the_installed_package_back(monkeypatch, installed_ru_en, ru_en_package_file):
    from reader.core.mt import packages

    real_replace, moves = packages.os.replace, []

    def replace(source, target):  # the disk refuses the second move (new copy into place)
        moves.append(target)
        if len(moves) == 2:
            raise OSError(28, "No space left on device")
        real_replace(source, target)

    monkeypatch.setattr(packages.os, "replace", replace)
    with pytest.raises(TranslationError, match="could not be installed.*No space left"):
        install_package_file(ru_en_package_file)
    assert [p.name for p in installed_packages()] == [installed_ru_en.name]
    assert (installed_ru_en.path / "model" / "model.bin").is_file()
