"""The alignment model: links between groups of Russian and English paragraphs."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Origin(str, enum.Enum):
    """Who made a link. Re-alignment keeps ``CONFIRMED`` and ``MANUAL`` links as fixed anchors."""

    AUTO = "auto"
    CONFIRMED = "confirmed"
    MANUAL = "manual"


SIDES = ("ru", "en")


@dataclass
class SentenceLink:
    """Sentences of a linked group that correspond. Each item is ``(paragraph index, sentence index)``."""

    ru: list[tuple[int, int]]
    en: list[tuple[int, int]]


@dataclass
class Differences:
    """Numbers, dates and names present on one side of a link and missing from the other."""

    ru_only: list[str] = field(default_factory=list)
    en_only: list[str] = field(default_factory=list)


@dataclass
class Link:
    """One or more Russian paragraphs joined with one or more English paragraphs.

    ``ru`` and ``en`` are sorted paragraph indices (the indices ``inspect`` shows), both non-empty.
    ``score`` is a confidence in [0, 1].
    """

    ru: list[int]
    en: list[int]
    score: float = 1.0
    origin: Origin = Origin.AUTO
    sentences: list[SentenceLink] = field(default_factory=list)
    differences: Differences = field(default_factory=Differences)

    def side(self, side: str) -> list[int]:
        """The paragraph indices of ``side`` ("ru" or "en")."""
        return self.ru if side == "ru" else self.en

    @property
    def fixed(self) -> bool:
        """Whether re-alignment must keep this link as it is."""
        return self.origin in (Origin.CONFIRMED, Origin.MANUAL)


@dataclass
class Alignment:
    """All links of a pair. A paragraph in no link has no counterpart.

    ``no_counterpart`` holds paragraphs a person marked as having none; the aligner respects it.
    """

    links: list[Link] = field(default_factory=list)
    no_counterpart: dict[str, set[int]] = field(default_factory=lambda: {"ru": set(), "en": set()})

    def link_of(self, side: str, index: int) -> Link | None:
        """The link that contains paragraph ``index`` of ``side``, or None."""
        for link in self.links:
            if index in link.side(side):
                return link
        return None

    def index(self) -> dict[str, dict[int, Link]]:
        """Paragraph index → link, per side (build once when many look-ups follow)."""
        table: dict[str, dict[int, Link]] = {"ru": {}, "en": {}}
        for link in self.links:
            for side in SIDES:
                for i in link.side(side):
                    table[side][i] = link
        return table

    def sorted_links(self) -> list[Link]:
        """Links in Russian reading order."""
        return sorted(self.links, key=lambda link: (link.ru[0], link.en[0]))
