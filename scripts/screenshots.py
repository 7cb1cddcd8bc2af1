"""Render the README screenshots offscreen into docs/screenshots/ (the sample pair, light and dark).

    python scripts/screenshots.py [--out docs/screenshots]

Each picture is one run of ``python -m reader --screenshot``, so it shows exactly what the
program shows: the window after the alignment finished, with a paragraph selected as a click would.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from reader.ui.loader import load_pair_files  # noqa: E402
from reader.ui.sample import sample_pair  # noqa: E402

SELECT_PREFIX = "Подписанная конвенция"  # a Russian paragraph whose counterpart covers three of them


def shots(select: str, first: str) -> list[tuple[str, list[str]]]:
    """(file name, extra arguments) of every screenshot."""
    return [
        ("reader-light.png", ["--theme", "light", "--lang", "en", "--select", select]),
        ("reader-dark.png", ["--theme", "dark", "--lang", "en", "--select", select]),
        ("reader-russian-interface.png", ["--theme", "light", "--lang", "ru", "--select", first]),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(REPO / "docs" / "screenshots"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    ru, en = sample_pair()
    pair = load_pair_files(ru, en)
    index = next(p.index for p in pair.ru.paragraphs if p.text.lstrip().startswith(SELECT_PREFIX))
    status = 0
    settings_home = tempfile.TemporaryDirectory()  # default settings, never the person's own
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO), XDG_CONFIG_HOME=settings_home.name)
    for name, extra in shots(f"ru:{index}", f"ru:{pair.ru.alignable_indices()[0]}"):
        command = [sys.executable, "-m", "reader", str(ru), str(en), "--screenshot", str(out / name),
                   "--size", "1400x860", *extra]
        result = subprocess.run(command, env=env, cwd=REPO, capture_output=True, text=True, timeout=300)
        print(f"{name}: {'ok' if result.returncode == 0 else 'FAILED ' + result.stderr.strip()}")
        status = status or result.returncode
    settings_home.cleanup()
    return status


if __name__ == "__main__":
    sys.exit(main())
