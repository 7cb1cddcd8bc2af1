"""``python -m reader --help``: the window's files and options, then the subcommands, without loading Qt."""

from __future__ import annotations

import subprocess
import sys

from conftest import REPO, run_module


def sections(text: str) -> dict[str, str]:
    """The help text by section title (a line ending in ':' at the left edge)."""
    found, title = {}, "usage"
    for line in text.splitlines():
        if line and not line[0].isspace() and line.endswith(":"):
            title = line[:-1]
            continue
        found[title] = found.get(title, "") + line + "\n"
    return found


def test_help_lists_the_window_options_and_the_subcommands():
    result = run_module("--help")
    assert result.returncode == 0, result.stderr
    parts = sections(result.stdout)
    assert "[FILE ...] [window options]" in parts["usage"] and "SUBCOMMAND" in parts["usage"]
    window = parts["window options"]
    for option in ("--screenshot OUT.png", "--select SIDE:N", "--lang {en,ru}", "--theme {system,light,dark}",
                   "--size WxH"):
        assert f"  {option}" in window, option
    assert ".preader" in parts["files (without a subcommand, the window opens them)"]
    for name in ("inspect", "align", "eval", "models", "translate", "export"):
        assert f"    {name} " in parts["subcommands"], name
    assert "--version" in parts["options"]
    assert run_module("-h").stdout == result.stdout


def test_help_does_not_load_qt():
    code = ("import sys\nfrom reader.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "print('PySide6' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert result.stdout.splitlines()[-1] == "False", result.stderr


def test_version():
    result = run_module("--version")
    assert result.returncode == 0 and result.stdout.startswith("Parallel Reader ")
