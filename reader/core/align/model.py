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
    #: parts of split paragraphs (see ``Units``): paragraph index → the sentence indices this link
    #: holds of it. A paragraph of ``ru``/``en`` without an entry is held whole.
    ru_sentences: dict[int, list[int]] = field(default_factory=dict)
    en_sentences: dict[int, list[int]] = field(default_factory=dict)

    def side(self, side: str) -> list[int]:
        """The paragraph indices of ``side`` ("ru" or "en")."""
        return self.ru if side == "ru" else self.en

    def side_sentences(self, side: str) -> dict[int, list[int]]:
        """Paragraph → held sentence indices for the parts of split paragraphs on ``side``."""
        return self.ru_sentences if side == "ru" else self.en_sentences

    @property
    def fixed(self) -> bool:
        """Whether re-alignment must keep this link as it is."""
        return self.origin in (Origin.CONFIRMED, Origin.MANUAL)


@dataclass
class Units:
    """How one side's paragraphs are cut into alignment units, where a person changed the default.

    By default every paragraph is one unit. ``merged`` lists groups of consecutive paragraph indices
    (at least two each) that align as one unit: a link holding one member holds them all.
    ``split`` maps a paragraph index to the sorted sentence indices where a new unit starts
    (each strictly inside the paragraph): its parts may be linked separately, through the
    ``ru_sentences``/``en_sentences`` of links. The displayed text never changes.
    """

    merged: list[list[int]] = field(default_factory=list)
    split: dict[int, list[int]] = field(default_factory=dict)

    def is_default(self) -> bool:
        """Whether every paragraph is its own unit."""
        return not self.merged and not self.split


@dataclass
class Alignment:
    """All links of a pair. A paragraph in no link has no counterpart.

    ``no_counterpart`` holds paragraphs a person marked as having none; the aligner respects it.
    ``units`` holds each side's merged and split paragraphs (see ``Units``).
    """

    links: list[Link] = field(default_factory=list)
    no_counterpart: dict[str, set[int]] = field(default_factory=lambda: {"ru": set(), "en": set()})
    units: dict[str, Units] = field(default_factory=lambda: {"ru": Units(), "en": Units()})

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
