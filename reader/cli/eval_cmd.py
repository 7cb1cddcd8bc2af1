"""Measure the aligner on a set of gold pairs: edge, strict and null P/R/F1 per variant.

``python -m reader eval SET.jsonl [--predictions OUT.jsonl]``
"""

from __future__ import annotations

import argparse
import json

from reader.cli.align_cmd import write_text
from reader.core.align.evaluation.gold import evaluate, read_set


def register(parser: argparse.ArgumentParser) -> None:
    """Declare the arguments of ``eval``."""
    parser.add_argument("set", metavar="SET.jsonl", help="pairs with gold links, one JSON object a line")
    parser.add_argument("--predictions", metavar="OUT.jsonl", help="write the predicted links of every pair here")


def run(args: argparse.Namespace) -> int:
    """Align every pair of the set, print the scores, optionally write the predictions."""
    report = evaluate(list(read_set(args.set)))
    print(f"{'variant':<12}{'measure':<8}{'P':>7}{'R':>7}{'F1':>7}{'hits':>7}{'pred':>7}{'gold':>7}")
    for variant, scores in report.scores.items():
        for (measure, precision, recall, f1), counts in zip(scores.rows(), (scores.edge, scores.strict, scores.null), strict=True):
            print(f"{variant:<12}{measure:<8}{precision:>7.3f}{recall:>7.3f}{f1:>7.3f}"
                  f"{counts.hits:>7}{counts.predicted:>7}{counts.gold:>7}")
    pairs = len(report.predictions)
    print(f"{pairs} pairs aligned in {report.seconds:.2f} s")
    if args.predictions:
        write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in report.predictions), args.predictions)
    return 0
