"""Check that a change to the aligner leaves its output unchanged, byte for byte.

    python bench/same_output.py save DIR     # before the change: write the reference outputs to DIR
    python bench/same_output.py check DIR    # after it: compare, print what differs, exit 1 if anything does

The outputs: ``python -m reader align`` JSON of the development novel (``bench/data/book-dev``) and of
the sample pair (``seeds/``), the figures of ``python -m reader eval`` on the news dev set (its
timing line left out), and the novel's alignment searched as one stretch, without its chapters (the
anchor band of long spans). Each runs in its own process, as a user would run it.
"""

from __future__ import annotations

import difflib
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
#: relative to the checkout (each case runs there), so that two checkouts' outputs compare
BOOK = Path("bench") / "data" / "book-dev"
SEEDS = Path("seeds")

CASES = {
    "book-dev.json": ["align", str(BOOK / "anna-karenina.parts1-4.ru.txt"), str(BOOK / "anna-karenina.parts1-4.en.txt")],
    "sample.json": ["align", str(SEEDS / "putin-un-cybercrime-convention.ru.txt"),
                    str(SEEDS / "putin-un-cybercrime-convention.en.txt")],
    "eval.txt": ["eval", str(Path("bench") / "data" / "align-dev.jsonl")],
    # the novel searched as one stretch (no chapters): the anchor band of long spans
    "book-dev-whole.json": ["-c", "import sys; from reader.core.pair import load_pair; "
                            "from reader.core.align import AlignOptions, align_documents; "
                            "from reader.core.export.alignment_json import to_json; pair = load_pair(sys.argv[1], sys.argv[2]); "
                            "sys.stdout.write(to_json(align_documents(pair.ru, pair.en, AlignOptions(book=False)), "
                            "pair.ru, pair.en))",
                            str(BOOK / "anna-karenina.parts1-4.ru.txt"), str(BOOK / "anna-karenina.parts1-4.en.txt")],
}


def output(name: str) -> str:
    """The output of one case, timing lines removed."""
    command = CASES[name] if CASES[name][0] == "-c" else ["-m", "reader", *CASES[name]]
    text = subprocess.run([sys.executable, *command], cwd=REPO, capture_output=True, text=True, check=True).stdout
    if name == "eval.txt":
        text = "".join(line for line in text.splitlines(keepends=True) if " aligned in " not in line)
    return text


def main() -> int:
    if len(sys.argv) != 3 or sys.argv[1] not in ("save", "check"):
        print(__doc__)
        return 2
    folder = Path(sys.argv[2])
    folder.mkdir(parents=True, exist_ok=True)
    differs = 0
    for name in CASES:
        text = output(name)
        if sys.argv[1] == "save":
            (folder / name).write_text(text, encoding="utf-8")
            print(f"saved {name}: {len(text):,} characters")
            continue
        reference = (folder / name).read_text(encoding="utf-8")
        if text == reference:
            print(f"same  {name}")
            continue
        differs += 1
        print(f"DIFFERS {name}")
        diff = difflib.unified_diff(reference.splitlines(), text.splitlines(), "before", "after", lineterm="", n=1)
        for number, line in enumerate(diff):
            if number >= 40:
                print("  …")
                break
            print(f"  {line}")
    return 1 if differs else 0


if __name__ == "__main__":
    sys.exit(main())
