"""Where the aligner's time goes on the development novel, phase by phase, without a profiler's overhead.

    python bench/align_phases.py [--copies N]

Reads ``bench/data/book-dev`` (each side ``N`` times over, as ``align_bench.py --book`` does), aligns it
and writes the JSON as ``python -m reader align`` does, with a timer around each phase of the aligner
(CPU seconds, so that other work on a shared machine does not count; calls; a phase called inside another is counted in both). Prints the phases and the
process's CPU time and peak memory.
"""

from __future__ import annotations

import argparse
import importlib
import os
import resource
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BOOK = REPO / "bench" / "data" / "book-dev"

#: (module, attribute) of each timed phase; a class method as "Class.method"
PHASES = [
    ("reader.core.pair", "load_pair"),
    ("reader.core.align.aligner", "AlignContext.build"),
    ("reader.core.align.engine.chapters", "plan_book"),
    ("reader.core.align.engine.window", "windows"),
    ("reader.core.align.aligner", "AlignContext.matches"),
    ("reader.core.align.aligner", "AlignContext.key_masks"),
    ("reader.core.align.engine.search", "Scorer.__init__"),
    ("reader.core.align.engine.features", "ParagraphFeatures.unit"),
    ("reader.core.align.engine.search", "candidate_groups"),
    ("reader.core.align.engine.search", "best_chain"),
    ("reader.core.align.engine.search", "fill_gaps"),
    ("reader.core.align.engine.search", "attach_members"),
    ("reader.core.align.engine.search", "add_crossings"),
    ("reader.core.align.engine.learn", "learn_pairs"),
    ("reader.core.align.engine.learn", "apply_pairs"),
    ("reader.core.align.engine.sentences", "align_sentences"),
    ("reader.core.align.engine.differences", "link_differences"),
    ("reader.core.align.engine.lengths", "fill_by_length"),
    ("reader.core.export.alignment_json", "to_json"),
]

spent: dict[str, float] = defaultdict(float)
calls: dict[str, int] = defaultdict(int)


def _timed(name: str, function):
    def wrapper(*args, **kwargs):
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[name] += time.process_time() - started
            calls[name] += 1
    return wrapper


def install() -> None:
    """Wrap every phase where it is defined and wherever it was imported by name."""
    modules = [importlib.import_module(m) for m in {m for m, _ in PHASES}]
    for module_name, attribute in PHASES:
        module = importlib.import_module(module_name)
        if "." in attribute:
            owner_name, method = attribute.split(".")
            owner = getattr(module, owner_name)
            original = owner.__dict__[method]
            if isinstance(original, classmethod):
                setattr(owner, method, classmethod(_timed(attribute, original.__func__)))
            else:
                setattr(owner, method, _timed(attribute, original))
            continue
        original = getattr(module, attribute)
        wrapped = _timed(attribute, original)
        for other in modules + [sys.modules[n] for n in list(sys.modules) if n.startswith("reader.")]:
            if getattr(other, attribute, None) is original:
                setattr(other, attribute, wrapped)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=1)
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    import reader.core.align.aligner as aligner
    import reader.core.export.alignment_json as alignment_json
    import reader.core.pair as pair_module

    install()
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for name in ("anna-karenina.parts1-4.ru.txt", "anna-karenina.parts1-4.en.txt"):
            path = Path(folder) / name
            path.write_text("\n\n".join([(BOOK / name).read_text(encoding="utf-8")] * args.copies), encoding="utf-8")
            paths.append(path)
        started, cpu = time.perf_counter(), time.process_time()
        pair = pair_module.load_pair(*paths)
        alignment = aligner.align_documents(pair.ru, pair.en)
        alignment_json.to_json(alignment, pair.ru, pair.en)
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(f"{'phase':<26}{'cpu s':>8}{'calls':>9}")
    for _module, attribute in PHASES:
        print(f"{attribute:<26}{spent[attribute]:>8.3f}{calls[attribute]:>9}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'all (read+align+json)':<26}{cpu:>8.3f}   wall {wall:.3f} s, peak {peak:.0f} MB, load {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
