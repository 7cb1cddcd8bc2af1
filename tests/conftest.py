"""Test-wide set-up: Qt offscreen, and no test touches the user's real settings or data folders."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Qt must run offscreen, and this must be set before any QApplication exists.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from argos_model import build_package

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SEED_RU = SEEDS / "putin-un-cybercrime-convention.ru.txt"
SEED_EN = SEEDS / "putin-un-cybercrime-convention.en.txt"


@pytest.fixture(autouse=True, scope="session")
def _isolated_user_dirs(tmp_path_factory):
    """Point every per-user folder (settings, caches, Argos packages) at a temporary one."""
    home = tmp_path_factory.mktemp("home")
    saved = {k: os.environ.get(k) for k in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME",
                                            "ARGOS_PACKAGES_DIR", "PARALLEL_READER_HOME")}
    os.environ["HOME"] = str(home)
    os.environ["XDG_DATA_HOME"] = str(home / "data")
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    os.environ["XDG_CACHE_HOME"] = str(home / "cache")
    os.environ["ARGOS_PACKAGES_DIR"] = str(home / "argos-packages")
    yield home
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@pytest.fixture
def umask():
    """A function that sets the process umask for the rest of the test (the old one comes back after it)."""
    old = os.umask(0o022)
    os.umask(old)
    yield os.umask
    os.umask(old)


@pytest.fixture
def seed_paths() -> tuple[Path, Path]:
    """The built-in sample pair: (Russian original, English report)."""
    return SEED_RU, SEED_EN


def run_module(*args: str, **kwargs):
    """Run ``python -m reader ARGS`` in a subprocess with the test environment; return CompletedProcess."""
    import subprocess

    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True, text=True,
                          env=env, cwd=kwargs.pop("cwd", REPO), timeout=kwargs.pop("timeout", 300), **kwargs)


# --- the synthetic Argos packages and the local package server (machine translation in the core, the
# command line and the window) --------------------------------------------------------------------

@pytest.fixture
def package_server():
    """A real HTTP server on 127.0.0.1 for this test (see tests/package_server.py)."""
    from package_server import PackageServer

    server = PackageServer()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def ru_en_package_file(tmp_path_factory) -> Path:
    """A synthetic ru→en .argosmodel file (built once per test session)."""
    return build_package(tmp_path_factory.mktemp("argos-ru-en"), "ru", "en")


@pytest.fixture(scope="session")
def en_ru_package_file(tmp_path_factory) -> Path:
    """A synthetic en→ru .argosmodel file (built once per test session)."""
    return build_package(tmp_path_factory.mktemp("argos-en-ru"), "en", "ru")


@pytest.fixture
def mt_home(tmp_path, monkeypatch) -> Path:
    """An empty Argos package folder and translation cache of this test's own; returns the package folder."""
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "argos-packages"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "argos-packages"


@pytest.fixture
def installed_ru_en(mt_home, ru_en_package_file):
    """The synthetic ru→en package installed into this test's package folder."""
    from reader.core.mt.packages import install_package_file

    return install_package_file(ru_en_package_file)
