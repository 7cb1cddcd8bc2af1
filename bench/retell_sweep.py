"""One parameter of the sentence-first pass swept over values: dev-set figures per variant and half.

    python bench/retell_sweep.py elsewhere_margin -1 0 0.5 1 1.5 2 3

For each value (the other parameters at their defaults) prints edge, strict and null F1 of every
variant on the whole set and on each half of ``bench/align_errors.py`` (CRC32 of the id), so a value
can be read off a plateau rather than a peak, and checked on the half it was not chosen on.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from align_errors import DEV, scores_by_half

from reader.core.align import AlignOptions
from reader.core.align.engine.params import AlignParams, RetellParams
from reader.core.align.evaluation.gold import evaluate


def _value(field: dataclasses.Field, text: str):
    return int(text) if field.type in (int, "int") else float(text)


def main() -> int:
    fields = {f.name: f for f in dataclasses.fields(RetellParams)}
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("field", choices=sorted(fields), help="the RetellParams field to sweep")
    parser.add_argument("values", nargs="+", help="the values to try")
    args = parser.parse_args()
    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    print(f"{args.field:<18}{'half':<6}" + "".join(f"{v:>22}" for v in ("parallel", "comparable", "retold")))
    for text in args.values:
        retell = dataclasses.replace(RetellParams(), **{args.field: _value(fields[args.field], text)})
        report = evaluate(rows, AlignOptions(params=AlignParams(retell=retell)))
        table = scores_by_half(rows, report.predictions)
        for name in ("all", "A", "B"):
            cells = []
            for variant in ("parallel", "comparable", "retold"):
                scores = table[(name, variant)]
                cells.append(f"{scores.edge.f1:.3f}/{scores.strict.f1:.3f}/{scores.null.f1:.3f}")
            print(f"{text:<18}{name:<6}" + "".join(f"{c:>22}" for c in cells), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
