"""Annotations of a pair: highlights, notes on paragraphs and notes on links, with undoable edits.

An annotation sits on one side (``"ru"`` or ``"en"``) of the pair, on a paragraph (the index that
``python -m reader inspect`` shows) and, for a highlight, on the character range ``[start, end)`` of
that paragraph's text. ``quote`` keeps the highlighted text so the annotation can be found again when
the source file changes. A link note has ``side == "link"``: it belongs to the link that holds
Russian paragraph ``paragraph`` (and English paragraph ``counterpart``).
"""

from __future__ import annotations

import dataclasses
import datetime
import uuid
from dataclasses import dataclass, field
from collections.abc import Callable, Iterable, Iterator

from reader.core.errors import ProjectError
from reader.core.sides import Side

SIDES = ("ru", "en", "link")

#: highlight colours offered by the window (name → colour); any "#rrggbb" is accepted
COLORS = {
    "yellow": "#ffe066",
    "green": "#b2f2bb",
    "blue": "#a5d8ff",
    "pink": "#fcc2d7",
}
DEFAULT_COLOR = COLORS["yellow"]


def new_id() -> str:
    """A fresh annotation id."""
    return uuid.uuid4().hex[:12]


def timestamp() -> str:
    """The current time as an ISO 8601 UTC string (seconds)."""
    return datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0).isoformat()


@dataclass
class Annotation:
    """A highlight (``start``/``end`` set), a paragraph note (no range) or a link note (``side == "link"``)."""

    side: str
    paragraph: int
    start: int | None = None
    end: int | None = None
    color: str | None = DEFAULT_COLOR
    note: str = ""
    quote: str = ""
    #: for a link note: the first English paragraph of the link when it was made
    counterpart: int | None = None
    id: str = field(default_factory=new_id)
    created: str = field(default_factory=timestamp)
    modified: str = ""
    #: the source changed and the annotation's text could not be found again; a person must place it
    unplaced: bool = False

    def __post_init__(self) -> None:
        if not self.modified:
            self.modified = self.created

    @property
    def kind(self) -> str:
        """``"link"``, ``"highlight"`` or ``"paragraph"``."""
        if self.side == "link":
            return "link"
        return "highlight" if self.start is not None and self.end is not None else "paragraph"

    @property
    def anchor_side(self) -> Side:
        """The side whose text anchors the annotation (a link note is anchored on its Russian paragraph)."""
        return Side.RU if self.side == "link" else Side(self.side)

    @property
    def span(self) -> tuple[int, int] | None:
        """A highlight's ``(start, end)``; None for a paragraph or link note."""
        if self.side == "link" or self.start is None or self.end is None:
            return None
        return self.start, self.end

    def validate(self, paragraph_counts: dict[str, int] | None = None) -> None:
        """Raise ProjectError if the annotation is not well formed (or out of range of the documents)."""
        if self.side not in SIDES:
            raise ProjectError(f"Annotation {self.id}: side must be one of ru, en, link (got {self.side!r}).")
        if not isinstance(self.paragraph, int) or self.paragraph < 0:
            raise ProjectError(f"Annotation {self.id}: paragraph must be a non-negative number.")
        if (self.start is None) != (self.end is None):
            raise ProjectError(f"Annotation {self.id}: give both start and end, or neither.")
        if self.start is not None and self.end is not None and not (0 <= self.start <= self.end):
            raise ProjectError(f"Annotation {self.id}: start and end must satisfy 0 <= start <= end.")
        if paragraph_counts is not None and not self.unplaced:
            count = paragraph_counts[self.anchor_side]
            if self.paragraph >= count:
                raise ProjectError(f"Annotation {self.id}: paragraph {self.paragraph} does not exist "
                                   f"(the {self.side} text has {count}).")

    def replaced(self, **changes) -> Annotation:
        """A copy with ``changes`` applied and ``modified`` updated."""
        changes.setdefault("modified", timestamp())
        return dataclasses.replace(self, **changes)


class AnnotationSet:
    """All annotations of a project, by id, in insertion order. Listeners hear every change."""

    def __init__(self, annotations: Iterable[Annotation] = ()):
        self._items: dict[str, Annotation] = {}
        self._listeners: list[Callable[[], None]] = []
        for annotation in annotations:
            self._insert(annotation)

    def subscribe(self, listener: Callable[[], None]) -> None:
        """Call ``listener()`` after every change."""
        self._listeners.append(listener)

    def _changed(self) -> None:
        for listener in list(self._listeners):
            listener()

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[Annotation]:
        return iter(list(self._items.values()))

    def __contains__(self, annotation_id: object) -> bool:
        return annotation_id in self._items

    def get(self, annotation_id: str) -> Annotation:
        """The annotation with this id (KeyError if there is none)."""
        return self._items[annotation_id]

    def _insert(self, annotation: Annotation, position: int | None = None) -> None:
        if annotation.id in self._items:
            raise ProjectError(f"Two annotations have the id {annotation.id!r}.")
        if position is None or position >= len(self._items):
            self._items[annotation.id] = annotation
        else:
            items = list(self._items.items())
            items.insert(position, (annotation.id, annotation))
            self._items = dict(items)

    def add(self, annotation: Annotation, position: int | None = None) -> None:
        """Add ``annotation`` (at ``position`` in insertion order, or at the end)."""
        self._insert(annotation, position)
        self._changed()

    def remove(self, annotation_id: str) -> tuple[Annotation, int]:
        """Remove an annotation; return it and its former position."""
        position = list(self._items).index(annotation_id)
        annotation = self._items.pop(annotation_id)
        self._changed()
        return annotation, position

    def replace(self, annotation: Annotation) -> Annotation:
        """Put ``annotation`` in place of the one with the same id; return the old one."""
        old = self._items[annotation.id]
        self._items[annotation.id] = annotation
        self._changed()
        return old

    def replace_all(self, annotations: Iterable[Annotation]) -> None:
        """Replace the whole content (e.g. after re-anchoring)."""
        self._items = {}
        for annotation in annotations:
            self._insert(annotation)
        self._changed()

    def on(self, side: str, paragraph: int) -> list[Annotation]:
        """The placed annotations on one paragraph of one side."""
        return [a for a in self._items.values() if a.side == side and a.paragraph == paragraph and not a.unplaced]

    def highlight_covering(self, side: str, paragraph: int, start: int, end: int) -> Annotation | None:
        """The placed highlight whose range holds ``start``..``end`` of the paragraph, or None; where several do,
        the narrowest (of equal ones the last added, which is drawn on top)."""
        covering = [(a, span[1] - span[0]) for a in self.on(side, paragraph)
                    if (span := a.span) is not None and span[0] <= start and end <= span[1]]
        narrowest = min(reversed(covering), key=lambda found: found[1], default=None)
        return narrowest[0] if narrowest is not None else None

    def unplaced(self) -> list[Annotation]:
        """Annotations that lost their place when a source changed and wait for a person to place them."""
        return [a for a in self._items.values() if a.unplaced]

    def in_reading_order(self, position: Callable[[str, int], float] | None = None) -> list[Annotation]:
        """All annotations in reading order: by row position (``position(side, paragraph)``), side, offset.

        Without ``position`` the paragraph index is the position. Unplaced annotations come last.
        """
        rank = {"link": 0, "ru": 1, "en": 2}

        def key(a: Annotation):
            where = position(a.anchor_side, a.paragraph) if position else a.paragraph
            return (a.unplaced, where, rank.get(a.side, 3), a.start if a.start is not None else -1, a.created)

        return sorted(self._items.values(), key=key)


# -- undoable edits --------------------------------------------------------------------------

def _describe(annotation: Annotation) -> str:
    return {"link": "link note", "highlight": "highlight", "paragraph": "paragraph note"}[annotation.kind]


class AddAnnotation:
    """Add an annotation (undo removes it)."""

    def __init__(self, annotations: AnnotationSet, annotation: Annotation):
        self.annotations = annotations
        self.annotation = annotation
        self.text = f"Add {_describe(annotation)}"

    def do(self) -> None:
        self.annotations.add(self.annotation)

    def undo(self) -> None:
        self.annotations.remove(self.annotation.id)


class EditAnnotation:
    """Change fields of an annotation (note, colour, range…); undo restores the previous version exactly."""

    def __init__(self, annotations: AnnotationSet, annotation_id: str, **changes):
        self.annotations = annotations
        self.before = annotations.get(annotation_id)
        self.after = self.before.replaced(**changes)
        self.text = "Edit note" if set(changes) == {"note"} else f"Edit {_describe(self.before)}"

    def do(self) -> None:
        self.annotations.replace(self.after)

    def undo(self) -> None:
        self.annotations.replace(self.before)


class DeleteAnnotation:
    """Delete an annotation; undo puts it back at its former position."""

    def __init__(self, annotations: AnnotationSet, annotation_id: str):
        self.annotations = annotations
        self.annotation = annotations.get(annotation_id)
        self.position = 0
        self.text = f"Delete {_describe(self.annotation)}"

    def do(self) -> None:
        self.annotation, self.position = self.annotations.remove(self.annotation.id)

    def undo(self) -> None:
        self.annotations.add(self.annotation, self.position)
