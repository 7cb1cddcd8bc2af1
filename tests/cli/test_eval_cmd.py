"""``python -m reader eval`` on a slice of the development set (a regression floor)."""

from __future__ import annotations

import json
import re

from conftest import REPO, run_module

from reader.cli import main

SLICE = REPO / "tests" / "data" / "align-dev-slice.jsonl"
#: F1 floors on the slice (the aligner scores above these when the slice was taken)
FLOORS = {("parallel", "edge"): 0.99, ("comparable", "edge"): 0.97, ("comparable", "strict"): 0.95,
          ("comparable", "null"): 0.95, ("retold", "edge"): 0.85, ("retold", "null"): 0.75}


def test_eval_prints_scores_and_writes_predictions(tmp_path, capsys):
    predictions = tmp_path / "pred.jsonl"
    assert main(["eval", str(SLICE), "--predictions", str(predictions)]) == 0
    out = capsys.readouterr().out
    row = re.compile(r"^(\w+)\s+(edge|strict|null)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+\d+\s+\d+\s+\d+$", re.M)
    scores = {(m.group(1), m.group(2)): float(m.group(5)) for m in row.finditer(out)}
    assert len(scores) == 9
    for key, floor in FLOORS.items():
        assert scores[key] >= floor, key
    assert re.search(r"18 pairs aligned in [\d.]+ s", out)
    rows = [json.loads(line) for line in predictions.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 18
    assert set(rows[0]) == {"id", "variant", "links"}
    assert all(set(link) == {"ru", "en", "score"} for row in rows for link in row["links"])


def test_bad_set_is_a_clean_error(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"ru": "not a list"}\n', encoding="utf-8")
    result = run_module("eval", str(bad))
    assert result.returncode == 1
    assert "line 1" in result.stderr and "Traceback" not in result.stderr
