"""Quality measures of an alignment against gold links: edge, strict and null precision/recall/F1."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Counts:
    """True positives, predicted and gold totals of one measure (summed over pairs)."""

    hits: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, predicted: set, gold: set) -> None:
        """Count one pair's predicted and gold items."""
        self.hits += len(predicted & gold)
        self.predicted += len(predicted)
        self.gold += len(gold)

    @property
    def precision(self) -> float:
        return self.hits / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.hits / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _edges(links) -> set[tuple[int, int]]:
    return {(i, j) for link in links for i in link["ru"] for j in link["en"]}


def _strict(links) -> set[tuple[tuple[int, ...], tuple[int, ...]]]:
    return {(tuple(sorted(link["ru"])), tuple(sorted(link["en"]))) for link in links if link["ru"] and link["en"]}


def _nulls(links, ru_count: int) -> set[int]:
    linked = {i for link in links if link["en"] for i in link["ru"]}
    return set(range(ru_count)) - linked


@dataclass
class Scores:
    """Edge, strict and null counts of a set of pairs."""

    edge: Counts
    strict: Counts
    null: Counts

    @classmethod
    def empty(cls) -> Scores:
        return cls(Counts(), Counts(), Counts())

    def add(self, predicted: list[dict], gold: list[dict], ru_count: int) -> None:
        """Add one pair: links as dicts with "ru" and "en" index lists."""
        self.edge.add(_edges(predicted), _edges(gold))
        self.strict.add(_strict(predicted), _strict(gold))
        self.null.add(_nulls(predicted, ru_count), _nulls(gold, ru_count))

    def rows(self) -> list[tuple[str, float, float, float]]:
        """(measure, precision, recall, F1) per measure."""
        return [(name, c.precision, c.recall, c.f1)
                for name, c in (("edge", self.edge), ("strict", self.strict), ("null", self.null))]
