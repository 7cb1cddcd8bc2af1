"""Where the aligner goes wrong on the development set: scores per half, misses by category.

    python bench/align_errors.py [--variant retold] [--show 5] [--half A|B]
    python bench/align_errors.py --split
    python bench/align_errors.py --why 2:1 [--variant comparable] [--half A]

Documents are split into two halves by id (A: even CRC32 of the id, B: odd), so a change can be
chosen on one half and confirmed on the other. Prints edge/strict/null F1 per variant for the
whole set and each half, then, per variant, the gold links that were missed, by category:

- ``partial``: the predicted link holding some of the gold link's edges lacks some members;
- ``null``: a gold 1:1 link whose Russian paragraph was left without counterpart;
- ``wrong``: the Russian paragraph was linked elsewhere;
and the false links: ``inserted`` (the English side has no gold counterpart at all) or ``other``.
With ``--show N`` prints up to N examples of each category.

``--why SHAPE`` (e.g. ``2:1``) prints, for every gold link of that shape, whether the aligner found it
(won) or not (lost), and why: what the gold group is worth to the search, term by term (link, merge,
coverage per side, length, length fit, vetoes; ``Scorer.explain``), beside what its rivals are worth: the
links predicted over its paragraphs (lost), or each member alone with the single paragraph (won). The
terms are the paragraph search's, with the word pairs it learnt; in a retold pair the links may follow
the sentences instead (``reader.core.align.engine.retell``).

``--split`` checks that the global parameters of the sentence-first pass generalise: each setting of
a small grid (``SPLIT_GRID``: the retelling threshold and the pass's costs) is run on the whole set,
and a setting is chosen on one half and measured on the other, both ways, by two rules: the setting
best on the half (mean of the comparable and retold edge, strict and null F1, parallel kept at 1.000;
among equals the one nearer the defaults), and the best of those sure to beat the defaults (better in
``SURE`` of the half's bootstrap resamples of documents; else the defaults). Prints, per rule and
direction, the setting chosen, its figures on the tuned half and on the held-out half, the held-out
half's own choice, and the shortfall of the held-out half against both: the target is 0.01 on every
figure (against the tuned half on the same setting, as the issue states it, and against its own best).
"""

from __future__ import annotations

import argparse
import json
import sys
import zlib
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.core.align import AlignContext, AlignOptions, align_spans
from reader.core.align.aligner import span_scorer
from reader.core.align.evaluation.gold import plain_document
from reader.core.align.evaluation.gold import evaluate
from reader.core.align.evaluation.metrics import Scores
from reader.core.align.engine.params import AlignParams, RetellParams

DEV = Path(__file__).resolve().parent / "data" / "align-dev.jsonl"


def half(doc_id: str) -> str:
    """The half a document belongs to ("A" or "B"), stable across runs."""
    return "AB"[zlib.crc32(doc_id.encode("utf-8")) % 2]


def scores_by_half(rows: list[dict], predictions: list[dict]) -> dict[tuple[str, str], Scores]:
    """Scores per (half, variant), half "all" for the whole set."""
    table: dict[tuple[str, str], Scores] = {}
    for row, predicted in zip(rows, predictions, strict=True):
        for name in ("all", half(row["id"])):
            table.setdefault((name, row["variant"]), Scores.empty()).add(predicted["links"], row["links"],
                                                                       len(row["ru"]))
    return table


def print_scores(table: dict[tuple[str, str], Scores]) -> None:
    """One line per variant and half: edge (P/R) F1, strict F1, null F1."""
    print(f"{'half':<5}{'variant':<12}{'edge F1 (P/R)':<22}{'strict':>8}{'null':>8}")
    for (name, variant), scores in sorted(table.items()):
        e, s, n = scores.edge, scores.strict, scores.null
        print(f"{name:<5}{variant:<12}{e.f1:.3f} ({e.precision:.3f}/{e.recall:.3f})  {s.f1:>8.3f}{n.f1:>8.3f}")


def categorise(row: dict, links: list[dict]) -> Counter:
    """Counts (and examples) of miss categories in one pair."""
    found: Counter = Counter()
    owner = {i: link for link in links for i in link["ru"]}
    gold_en = {j for link in row["links"] for j in link["en"]}
    predicted_edges = {(i, j) for link in links for i in link["ru"] for j in link["en"]}
    for link in row["links"]:
        edges = {(i, j) for i in link["ru"] for j in link["en"]}
        shape = f"{len(link['ru'])}:{len(link['en'])}"
        if edges <= predicted_edges:
            continue
        lost = len(edges - predicted_edges)
        if edges & predicted_edges:
            found[f"partial {shape}"] += lost
        elif all(i not in owner for i in link["ru"]):
            found[f"null {shape}"] += lost
        else:
            found[f"wrong {shape}"] += lost
    gold_edges = {(i, j) for link in row["links"] for i in link["ru"] for j in link["en"]}
    for link in links:
        bad = {(i, j) for i in link["ru"] for j in link["en"]} - gold_edges
        if bad:
            kind = "inserted" if not set(link["en"]) & gold_en else "other"
            found[f"false {kind}"] += len(bad)
    return found


#: the settings ``--split`` tries (every combination), around the defaults
SPLIT_GRID = {"trimmed": (0.15, 0.2, 0.25), "dominance": (-1.0, 1.0, 4.0), "explain_margin": (-1, 1, 2),
              "cross_gain": (2.0, 3.0), "pair_cost": (0.1, 0.3)}
TUNED = ("comparable", "retold")
VARIANTS = ("parallel", "comparable", "retold")


def _figures(table: dict[tuple[str, str], Scores], name: str) -> list[float]:
    """Edge, strict and null F1 of comparable then retold on one half."""
    return [c.f1 for variant in TUNED for c in (table[(name, variant)].edge, table[(name, variant)].strict,
                                                 table[(name, variant)].null)]


def _objective(table: dict[tuple[str, str], Scores], name: str) -> float:
    parallel = table.get((name, "parallel"))
    if parallel is not None and parallel.strict.f1 < 1.0:
        return float("-inf")
    figures = _figures(table, name)
    return sum(figures) / len(figures)


#: a setting other than the defaults is chosen on a half only where it beats them in this share of the
#: half's bootstrap resamples (documents drawn with replacement; every variant of an id together)
SURE = 0.95
RESAMPLES = 1000


def _counts(rows: list[dict], predictions: list[dict], names: list[str]):
    """Per document id: hits, predicted, gold of edge/strict/null per variant (numpy, ids × figures)."""
    import numpy as np

    index = {doc: k for k, doc in enumerate(names)}
    counts = np.zeros((len(names), len(VARIANTS), 3, 3), dtype=np.int64)
    for row, predicted in zip(rows, predictions, strict=True):
        scores = Scores.empty()
        scores.add(predicted["links"], row["links"], len(row["ru"]))
        for m, c in enumerate((scores.edge, scores.strict, scores.null)):
            counts[index[row["id"]], VARIANTS.index(row["variant"]), m] = (c.hits, c.predicted, c.gold)
    return counts


def _f1(summed):
    """F1 from summed (..., 3) hits/predicted/gold counts (as ``Counts.f1``)."""
    import numpy as np

    hits, predicted, gold = summed[..., 0], summed[..., 1], summed[..., 2]
    p = np.where(predicted > 0, hits / np.maximum(predicted, 1), 1.0)
    r = np.where(gold > 0, hits / np.maximum(gold, 1), 1.0)
    return np.where(p + r > 0, 2 * p * r / np.maximum(p + r, 1e-12), 0.0)


def _objectives(counts, weights):
    """Mean of the tuned figures for each weighting of the documents (weights: resamples × ids)."""
    import numpy as np

    summed = np.einsum("rd,dvmc->rvmc", weights, counts)
    tuned = [VARIANTS.index(v) for v in TUNED]
    return _f1(summed[:, tuned]).reshape(len(weights), -1).mean(axis=1)


def split(rows: list[dict]) -> int:
    """Tune the grid on each half, measure on the other (see the module's docstring)."""
    import itertools

    import numpy as np

    results = []
    ids = {name: sorted({row["id"] for row in rows if half(row["id"]) == name}) for name in "AB"}
    for values in itertools.product(*SPLIT_GRID.values()):
        setting = dict(zip(SPLIT_GRID, values, strict=True))
        report = evaluate(rows, AlignOptions(params=AlignParams(retell=RetellParams(**setting))))
        table = scores_by_half(rows, report.predictions)
        counts = {name: _counts([r for r in rows if half(r["id"]) == name],
                                [p for r, p in zip(rows, report.predictions, strict=True) if half(r["id"]) == name],
                                ids[name]) for name in "AB"}
        results.append((setting, table, counts))
        print(f"  {setting}: " + "  ".join(
            f"{name} " + "/".join(f"{f:.3f}" for f in _figures(table, name)) +
            f" par {table[(name, 'parallel')].strict.f1:.3f}" for name in "AB"), flush=True)
    header = "  ".join(f"{v[:4]} {m}" for v in TUNED for m in ("edge", "strict", "null"))
    default = RetellParams()
    nearness = [sum(value == getattr(default, key) for key, value in r[0].items()) for r in results]
    at_default = max(range(len(results)), key=nearness.__getitem__)  # the defaults (or the nearest setting)
    generator = np.random.default_rng(0)
    draws = {name: np.stack([np.bincount(generator.integers(0, len(ids[name]), len(ids[name])),
                                         minlength=len(ids[name])) for _ in range(RESAMPLES)]) for name in "AB"}

    def best(name: str) -> int:  # the highest mean on the half; ties go to the setting nearer the defaults
        return max(range(len(results)), key=lambda k: (round(_objective(results[k][1], name), 9), nearness[k]))

    def sure(name: str) -> int:  # the best of the settings that beat the defaults in SURE of the resamples
        base = _objectives(results[at_default][2][name], draws[name])
        better = [k for k in range(len(results)) if _objective(results[k][1], name) > float("-inf") and
                  np.mean(_objectives(results[k][2][name], draws[name]) > base) >= SURE]
        return max(better, key=lambda k: (round(_objective(results[k][1], name), 9), nearness[k]),
                   default=at_default)

    def row(label: str, figures: list[float], signed: bool = False) -> None:
        form = "+" if signed else ""
        print(f"{label:<26}" + "  ".join(f"{f:>{form}{len(h)}.3f}" for f, h in
                                         zip(figures, header.split("  "), strict=True)))

    worst = {"same setting": 0.0, "own best": 0.0}
    for rule, pick in (("best on the tuned half", best), (f"sure to beat the defaults ({SURE:.0%})", sure)):
        print(f"\n== choice: {rule}")
        for tuned, held in (("A", "B"), ("B", "A")):
            k, own = pick(tuned), pick(held)
            setting, table = results[k][0], results[k][1]
            on_tuned, on_held = _figures(table, tuned), _figures(table, held)
            held_best = _figures(results[own][1], held)
            print(f"tuned on {tuned}: {setting}")
            print(f"{'':<26}{header}")
            row(f"{tuned} (tuned)", on_tuned)
            row(f"{held} (held out)", on_held)
            row(f"{held} tuned on itself", held_best)
            same = [a - b for a, b in zip(on_tuned, on_held, strict=True)]
            own_gap = [a - b for a, b in zip(held_best, on_held, strict=True)]
            row("tuned - held out", same, True)
            row("held out's best - held out", own_gap, True)
            if pick is sure:
                worst["same setting"] = max(worst["same setting"], *same)
                worst["own best"] = max(worst["own best"], *own_gap)
    print(f"\nlargest shortfall of a held-out half (sure choice): against the tuned half "
          f"{worst['same setting']:.3f}, against its own best {worst['own best']:.3f} (target: 0.010)")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variant", default=None, help="only this variant for the miss categories")
    parser.add_argument("--show", type=int, default=0, help="examples to print per category")
    parser.add_argument("--half", choices=["A", "B"], default=None, help="only this half for the categories")
    parser.add_argument("--why", metavar="SHAPE", default=None,
                        help="for each gold link of this shape (e.g. 2:1): won or lost, and the gains of it and its rivals")
    parser.add_argument("--split", action="store_true", help="tune the sentence-first pass on each half, "
                        "measure on the other")
    args = parser.parse_args()
    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.split:
        return split(rows)
    report = evaluate(rows)
    if args.why:
        return why(rows, report.predictions, args.why, args.variant, args.half)
    print_scores(scores_by_half(rows, report.predictions))
    print(f"{len(rows)} pairs in {report.seconds:.2f} s\n")
    shown: Counter = Counter()
    totals: dict[str, Counter] = {}
    for row, predicted in zip(rows, report.predictions, strict=True):
        if (args.variant and row["variant"] != args.variant) or (args.half and half(row["id"]) != args.half):
            continue
        counts = categorise(row, predicted["links"])
        totals.setdefault(row["variant"], Counter()).update(counts)
        for category in counts:
            if shown[(row["variant"], category)] < args.show:
                shown[(row["variant"], category)] += 1
                _show(row, predicted["links"], category)
    for variant, counts in totals.items():
        print(f"{variant}: lost or false edges by category")
        for category, count in counts.most_common():
            print(f"  {category:<16}{count:>5}")
    return 0


def why(rows: list[dict], predictions: list[dict], shape: str, variant: str | None, half_name: str | None) -> int:
    """Every gold link of ``shape``: won or lost, with its gain and its rivals' term by term."""
    counts: Counter = Counter()
    for row, predicted in zip(rows, predictions, strict=True):
        gold = [link for link in row["links"] if f"{len(link['ru'])}:{len(link['en'])}" == shape]
        if not gold or (variant and row["variant"] != variant) or (half_name and half(row["id"]) != half_name):
            continue
        ru, en = plain_document(row["ru"], "ru"), plain_document(row["en"], "en")
        ru_indices, en_indices = ru.alignable_indices(), en.alignable_indices()
        context = AlignContext.build(ru, en)
        align_spans(ru, en, ru_indices, en_indices, context=context)  # the search, and what it learns
        scorer = span_scorer(context, ru_indices, en_indices)
        ru_at, en_at = {i: p for p, i in enumerate(ru_indices)}, {j: q for q, j in enumerate(en_indices)}

        def gain(ru_links, en_links, scorer=scorer, ru_at=ru_at, en_at=en_at):
            return scorer.explain(tuple(ru_at[i] for i in ru_links), tuple(en_at[j] for j in en_links))

        links = [(tuple(link["ru"]), tuple(link["en"])) for link in predicted["links"]]
        for link in gold:
            members, singles = tuple(link["ru"]), tuple(link["en"])
            won = (members, singles) in links
            counts["won" if won else "lost"] += 1
            print(f"--- {row['variant']} {row['id']} gold ru {list(members)} en {list(singles)}: "
                  f"{'won' if won else 'lost'}")
            print(f"  {'gold':<5} {'':<22} {gain(members, singles).describe()}")
            if won:  # what each member alone with the other side would have been worth
                rivals = [((i,), singles) for i in members] if len(singles) == 1 else [(members, (j,)) for j in singles]
            else:  # what the aligner linked over these paragraphs instead
                rivals = [(r, e) for r, e in links if set(r) & set(members) or set(e) & set(singles)]
                unlinked = sorted(set(members) - {i for r, _ in rivals for i in r})
                if unlinked:
                    print(f"  unlinked ru {unlinked}")
            for r, e in rivals:
                label = f"ru {list(r)} en {list(e)}"
                print(f"  {'rival' if won else 'took':<5} {label:<22} {gain(r, e).describe()}")
    print(f"{shape}: {counts['won']} won, {counts['lost']} lost")
    return 0


def _show(row: dict, links: list[dict], category: str) -> None:
    gold = sorted((link["ru"], link["en"]) for link in row["links"])
    predicted = sorted((link["ru"], link["en"]) for link in links)
    print(f"--- {row['variant']} {row['id']} [{category}]")
    print(f"  gold: {gold}")
    print(f"  pred: {predicted}")


if __name__ == "__main__":
    sys.exit(main())
