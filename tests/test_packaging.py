"""The package layout: Qt-free core, every package listed in pyproject, resources shipped."""

from __future__ import annotations

import subprocess
import sys
import tomllib

from conftest import REPO


def test_core_imports_no_qt():
    """Importing every core module must not pull in PySide6."""
    code = (
        "import importlib, pkgutil, sys, reader.core as core\n"
        "for m in pkgutil.walk_packages(core.__path__, 'reader.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "import reader.cli\n"
        "bad = sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6')))\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_package_is_listed_in_pyproject():
    """pyproject lists packages explicitly (reader.resources is mapped), so a new package must be added there."""
    listed = set(tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(REPO).parts) for p in (REPO / "reader").rglob("__init__.py")}
    assert found | {"reader.resources"} == listed


def test_resources_found_in_the_installed_layout(tmp_path):
    """In a wheel, resources/ sits inside the package as reader/resources: fonts, lexicon and seeds are found there."""
    import shutil

    site = tmp_path / "site"
    shutil.copytree(REPO / "reader", site / "reader", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "resources", site / "reader" / "resources")
    code = (
        "import reader\n"
        "from reader.core.resources import resource_path\n"
        "from reader.ui.sample import sample_pair\n"
        "font = resource_path('fonts', 'DejaVuSans.ttf')\n"
        "assert font.is_file() and str(font).startswith(%r), font\n"
        "assert resource_path('lexicon', 'ru-en.tsv.gz').is_file()\n"
        "ru, en = sample_pair()\n"
        "assert str(ru).startswith(%r), ru\n"
        "print('ok')\n"
    ) % (str(site), str(site))
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True,
                            env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(site), "HOME": str(tmp_path)})
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stdout + result.stderr


def test_seeds_have_a_readme():
    """seeds/ explains what the sample files are and where they come from, naming every one of them."""
    readme = (REPO / "seeds" / "README.md").read_text(encoding="utf-8")
    samples = sorted(p.name for p in (REPO / "seeds").glob("*.txt"))
    assert len(samples) == 2
    for name in samples:
        assert f"`{name}`" in readme
