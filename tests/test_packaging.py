"""The package layout: Qt-free core, every package listed in pyproject, resources shipped."""

from __future__ import annotations

import subprocess
import sys

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10, which the project supports: the same parser as a package
    import tomli as tomllib

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
        "from reader.ui.base.sample import sample_pair\n"
        "font = resource_path('fonts', 'DejaVuSans.ttf')\n"
        f"assert font.is_file() and str(font).startswith({str(site)!r}), font\n"
        "assert resource_path('lexicon', 'ru-en.tsv.gz').is_file()\n"
        "ru, en = sample_pair()\n"
        f"assert str(ru).startswith({str(site)!r}), ru\n"
        "print('ok')\n"
    )
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


# --- the desktop application: entry, metainfo, MIME type, icons, install-desktop -----------------

DESKTOP = REPO / "resources" / "desktop"
APP_ID = "io.github.parallelreader.ParallelReader"


def _tool(name: str) -> str:
    import shutil

    import pytest

    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed")
    return path


def test_desktop_entry_is_valid():
    result = subprocess.run([_tool("desktop-file-validate"), str(DESKTOP / f"{APP_ID}.desktop")],
                            capture_output=True, text=True)
    assert result.returncode == 0 and "error" not in result.stdout, result.stdout + result.stderr


def test_metainfo_is_valid_and_shows_the_screenshots():
    import xml.etree.ElementTree as ET

    path = DESKTOP / f"{APP_ID}.metainfo.xml"
    result = subprocess.run([_tool("appstreamcli"), "validate", "--no-net", str(path)], capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    root = ET.parse(path).getroot()
    assert root.findtext("id") == APP_ID and root.find("launchable").text == f"{APP_ID}.desktop"
    shots = [image.text.rsplit("/", 1)[1] for image in root.iter("image")]
    assert shots and all((REPO / "docs" / "screenshots" / name).is_file() for name in shots)


def test_icons_have_their_sizes():
    import struct
    import xml.etree.ElementTree as ET

    icons = REPO / "resources" / "icons"
    assert ET.parse(icons / f"{APP_ID}.svg").getroot().tag.endswith("svg")
    sizes = []
    for png in sorted(icons.glob(f"*/{APP_ID}.png")):
        header = png.read_bytes()[:24]
        assert header[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = struct.unpack(">II", header[16:24])
        assert f"{width}x{height}" == png.parent.name
        sizes.append(width)
    assert {16, 32, 48, 64, 128, 256} <= set(sizes)


def test_mime_type_claims_preader_files(tmp_path):
    import shutil

    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(DESKTOP / f"{APP_ID}.mime.xml", packages / f"{APP_ID}.xml")
    import os

    result = subprocess.run([_tool("update-mime-database"), str(tmp_path / "mime")], capture_output=True, text=True,
                            env=dict(os.environ, XDG_DATA_HOME=str(tmp_path)))
    assert result.returncode == 0 and not result.stderr, result.stderr
    assert "application/x-parallel-reader-project:*.preader" in (tmp_path / "mime" / "globs").read_text()
    entry = (DESKTOP / f"{APP_ID}.desktop").read_text()
    assert "application/x-parallel-reader-project;" in entry


def _run_reader(*args: str, env: dict, **kwargs):
    return subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True, text=True, cwd=REPO,
                          env=env, timeout=kwargs.pop("timeout", 120), **kwargs)


def test_install_desktop_for_the_user_and_start_from_the_entry(tmp_path):
    """install-desktop writes the entry, icons, metainfo and MIME type; its Exec command starts the program."""
    import os
    import shlex

    data = tmp_path / "data"
    env = dict(os.environ, XDG_DATA_HOME=str(data), PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    installed = _run_reader("install-desktop", env=env)
    assert installed.returncode == 0, installed.stderr
    entry = data / "applications" / f"{APP_ID}.desktop"
    for path in (entry, data / "metainfo" / f"{APP_ID}.metainfo.xml", data / "mime" / "packages" / f"{APP_ID}.xml",
                 data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
                 data / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png"):
        assert path.is_file(), path
    import shutil

    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout
    [exec_line] = [line for line in entry.read_text().splitlines() if line.startswith("Exec=")]
    command = shlex.split(exec_line.removeprefix("Exec="))
    assert command[-1] == "%F"
    shot = tmp_path / "started.png"
    started = subprocess.run(command[:-1] + ["--screenshot", str(shot)], capture_output=True, text=True, env=env,
                             cwd=tmp_path, timeout=120)
    assert started.returncode == 0 and shot.stat().st_size > 10_000, started.stderr
    removed = _run_reader("uninstall-desktop", env=env)
    assert removed.returncode == 0 and "Removed" in removed.stdout
    assert not entry.exists() and not list((data / "icons").rglob("*.png"))


def test_no_display_is_named_instead_of_qt_abort(tmp_path):
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(REPO)
    result = _run_reader(env=env, timeout=60)
    assert result.returncode == 1  # Qt itself aborts: 134
    assert "No display to open a window on" in result.stderr and "--screenshot" in result.stderr


LDD_WITH_TWO_MISSING = """\
\tlinux-vdso.so.1 (0x00007f5449104000)
\tlibQt6XcbQpa.so.6 => PYSIDE/Qt/lib/libQt6XcbQpa.so.6 (0x00007f5449036000)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f5448f4c000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-util.so.1 => /lib/x86_64-linux-gnu/libxcb-util.so.1 (0x00007f5448f44000)
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
"""


def test_missing_xcb_libraries_are_named(tmp_path):
    """What ldd said for Qt's xcb plugin on a minimal Debian (captured there): the program names the two
    missing libraries and their packages, where Qt blamed libxcb-cursor0 and aborted."""
    import os

    fake = tmp_path / "bin"
    fake.mkdir()
    (fake / "ldd").write_text("#!/bin/sh\ncat <<'EOF'\n" + LDD_WITH_TWO_MISSING + "EOF\n")
    (fake / "ldd").chmod(0o755)
    env = dict(os.environ, PATH=f"{fake}:{os.environ['PATH']}", DISPLAY=":987", QT_QPA_PLATFORM="xcb",
               PYTHONPATH=str(REPO))
    result = _run_reader(env=env, timeout=60)
    assert result.returncode == 1
    assert "needs libraries that are not installed: libxcb-icccm.so.4, libxcb-keysyms.so.1." in result.stderr
    assert "apt-get install libxcb-icccm4 libxcb-keysyms1" in result.stderr
    assert "libxcb-cursor" not in result.stderr


def test_window_icon(qapp):
    from reader.ui.base.app_icon import application_icon

    icon = application_icon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} >= {16, 32, 48, 256}
