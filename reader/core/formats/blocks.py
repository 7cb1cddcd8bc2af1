"""What a format reader produces: raw paragraph blocks with hints, before classification."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.core.document import Kind
from reader.core.formats.budget import active_budget


@dataclass
class Block:
    """One raw paragraph as a format reader found it."""

    text: str
    #: heading level (1 = top) when the format marks the block as a heading, 0 otherwise
    level: int = 0
    #: a kind the format itself states (e.g. a figure caption in HTML), None to let rules decide
    kind: Kind | None = None

    def __post_init__(self) -> None:
        budget = active_budget()  # every block a reader makes is charged to the file being read
        if budget is not None:
            budget.charge("paragraphs", 1)
            budget.charge("characters", len(self.text))


@dataclass
class Extracted:
    """Everything a format reader found in a file."""

    blocks: list[Block]
    title: str = ""
    encoding: str | None = None
    notices: list[str] = field(default_factory=list)
    #: plain text without markup: headlines are found by rules (short first line, title case)
    plain: bool = False
