"""The document model shared by the aligner, the window, translation and export."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Kind(str, enum.Enum):
    """What a paragraph is. Kinds are marks, never deletions: every paragraph stays in the document."""

    HEADING = "heading"
    BODY = "body"
    META = "meta"  # dates, timestamps, bare years, site names, bylines
    CAPTION = "caption"
    DUPLICATE = "duplicate"  # a repeat of an earlier paragraph (web captures)

    @property
    def alignable(self) -> bool:
        """Whether the aligner considers paragraphs of this kind by default."""
        return self in (Kind.HEADING, Kind.BODY)


@dataclass(frozen=True)
class Span:
    """A half-open character range ``[start, end)`` in a paragraph's ``text``."""

    start: int
    end: int


@dataclass
class Paragraph:
    """One paragraph: its text exactly as in the source, a normalized form for matching, a kind and sentences."""

    index: int
    text: str
    kind: Kind = Kind.BODY
    normalized: str = ""
    sentences: list[Span] = field(default_factory=list)
    #: heading level (1 = top) for headings, 0 otherwise
    level: int = 0
    #: index of the paragraph this one repeats, for ``Kind.DUPLICATE``
    duplicate_of: int | None = None

    def sentence_texts(self) -> list[str]:
        """The text of each sentence, in order."""
        return [self.text[s.start:s.end] for s in self.sentences]


@dataclass
class Source:
    """Where a document came from."""

    path: str | None
    format: str  # "txt", "md", "html", "epub", "fb2", "docx", "odt", "pdf", or "text" for in-memory input
    encoding: str | None = None
    sha256: str | None = None


@dataclass
class Document:
    """A text in one language, read into ordered paragraphs."""

    language: str  # "ru" or "en"
    title: str
    source: Source
    paragraphs: list[Paragraph] = field(default_factory=list)
    #: things a person should know about how the file was read (e.g. a repaired encoding)
    notices: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.paragraphs)

    def alignable_indices(self) -> list[int]:
        """Indices of the paragraphs the aligner considers by default (headings and body text)."""
        return [p.index for p in self.paragraphs if p.kind.alignable]
