"""One pair being read, Qt-free: both documents and where they came from, the alignment, annotations,
machine translations and the aligner's prepared features of the pair.

Loading a pair (:func:`reader.core.pair.load_pair`) and opening a project
(:func:`reader.core.project.session.open_project`) give a ``ReadingSession``; the window shows one, and
saving a project, exporting and re-aligning read it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from reader.core.align.model import Alignment
from reader.core.document import Document
from reader.core.mt.translation import MachineTranslation
from reader.core.project.anchoring import AnchorReport
from reader.core.project.annotations import Annotation, AnnotationSet
from reader.core.sides import PerSide, Side
from reader.core.structure import book_title

if TYPE_CHECKING:
    from reader.core.align.aligner import AlignContext
    from reader.core.project.project import Project


@dataclass
class ReadingSession:
    """A Russian original and its English counterpart as they are read, with everything made on them."""

    ru: Document
    en: Document
    #: the links (None until the pair is aligned)
    alignment: Alignment | None = None
    annotations: AnnotationSet = field(default_factory=AnnotationSet)
    #: machine translations of paragraphs without counterpart: (side, paragraph) → translation
    translations: dict[tuple[str, int], MachineTranslation] = field(default_factory=dict)
    #: the files read, (Russian, English) as opened; None for documents made in memory
    paths: tuple[str, str] | None = None
    #: what loading reported to be told (files given the other way round, re-aligned, annotations to place…)
    notices: list[str] = field(default_factory=list)
    #: the files were given the wrong way round (English first) and were swapped
    swapped: bool = False
    #: the project it was opened from or saved as (None: a pair not saved as a project)
    project: Project | None = None
    #: opening a project: the sides whose source file changed since it was saved, and where their
    #: annotations went
    changed: list[str] = field(default_factory=list)
    anchoring: AnchorReport = field(default_factory=AnchorReport)
    #: the aligner's features of this pair (``reader.core.align.aligner.AlignContext``) and the align
    #: options they were built for: kept, so that re-aligning does not build them again
    _align_context: tuple[AlignContext, Any] | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.annotations, AnnotationSet):  # a list of annotations is accepted
            self.annotations = AnnotationSet(self.annotations)

    @property
    def documents(self) -> PerSide[Document]:
        """Both documents, per side."""
        return PerSide(self.ru, self.en)

    def document(self, side: str) -> Document:
        """The document of ``side``."""
        return self.ru if Side(side) is Side.RU else self.en

    def texts(self) -> PerSide[list[str]]:
        """Every paragraph's text, per side."""
        return self.documents.map(lambda document: [p.text for p in document.paragraphs])

    def title(self) -> str:
        """A title for the pair: the two documents' titles (a side whose title is only its first part's or
        chapter's heading is left out; with neither a real title, both as they are)."""
        titles = [book_title(document) for document in (self.ru, self.en)]
        if not any(titles):
            titles = [self.ru.title, self.en.title]
        return " — ".join(title for title in titles if title)

    # -- the aligner's prepared context ----------------------------------------------------------
    def keep_align_context(self, context: AlignContext, options: Any) -> None:
        """Keep the pair's aligner features, built for the align ``options`` (an AlignOptions or None)."""
        self._align_context = (context, options)

    def align_context(self, options: Any) -> AlignContext | None:
        """The kept aligner features if they were built for these ``options`` (the same object), else None."""
        if self._align_context is None or self._align_context[1] is not options:
            return None
        return self._align_context[0]

    def forget_align_context(self) -> None:
        """Drop the kept aligner features (the documents or options they were built from changed)."""
        self._align_context = None

    # -- a copy for work in the background ---------------------------------------------------------
    def snapshot(self) -> ReadingSession:
        """A copy that edits made meanwhile do not change: the same documents and alignment object, the
        annotations and translations as they are now (for an export or a save running in the background)."""
        return dataclasses.replace(self, annotations=AnnotationSet(list(self.annotations)),
                                   translations=dict(self.translations), notices=list(self.notices))

    def annotation_list(self) -> list[Annotation]:
        """The annotations, in their order."""
        return list(self.annotations)
