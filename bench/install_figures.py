"""Install figures: size and time of a fresh virtual environment for ``.``, ``.[mt]`` and ``-e .[test]``.

Each spec gets its own new venv and one timed ``pip install`` (wheels come from pip's cache when it
has them: run twice for the cached figure). Also lists any heavy package that should not be there.

    python bench/mt_bench.py --install [--repo PATH]
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SPECS = (".", ".[mt]", "-e .[test]")
#: what argostranslate's dependency tree used to bring
HEAVY = ("torch", "nvidia", "triton", "spacy", "stanza", "onnxruntime", "minisbd", "argostranslate")


def folder_size(path: Path) -> int:
    """Bytes of all regular files under ``path`` (symlinks not followed)."""
    total = 0
    for root, _, files in os.walk(path):
        for name in files:
            file = Path(root) / name
            if not file.is_symlink():
                total += file.stat().st_size
    return total


def measure(repo: Path, spec: str, work: Path) -> tuple[float, int, list[str]]:
    """(seconds of pip install, bytes of the venv, heavy packages found) for one spec in a new venv."""
    venv = work / spec.replace(" ", "").replace(".", "dot").replace("[", "_").replace("]", "")
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", *spec.split()]
    start = time.perf_counter()
    subprocess.run(pip, cwd=repo, check=True, capture_output=True)
    seconds = time.perf_counter() - start
    listed = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "list", "--format=freeze"],
                            capture_output=True, text=True, check=True).stdout.lower()
    heavy = sorted({line.split("==")[0] for line in listed.splitlines() if line.startswith(HEAVY)})
    return seconds, folder_size(venv), heavy


def install_figures(repo: Path) -> None:
    """Print the size and install time of a fresh venv for each spec."""
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="install-bench-") as work:
        base = None
        for spec in SPECS:
            seconds, size, heavy = measure(repo, spec, Path(work))
            base = size if base is None else base
            extra = f", {(size - base) / 1e6:+.0f} MB over '.'" if spec != "." else ""
            print(f"pip install {spec:12s} {seconds:6.1f} s  {size / 1e6:6.0f} MB{extra}"
                  f"  heavy: {', '.join(heavy) or 'none'}")
    print(f"(load average before: {load:.2f}; goal for -e .[test]: <= 700 MB, <= 60 s with cached wheels)")
