"""A machine translation of one paragraph: what the window shows, copies, exports and a project keeps."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.core.mt.label import machine_translation_marker
from reader.core.sides import Side, other_side


@dataclass(frozen=True)
class MachineTranslation:
    """A machine translation of a paragraph (or a text), never to be mistaken for original text.

    ``package`` (the package's folder name, e.g. ``translate-ru_en-1_9``) and ``version`` with the source
    text are its key in the translation cache. A project may store one without its text (the cache has it).
    """

    text: str
    #: the model's name for people, e.g. "Argos ru→en 1.9" ("" in projects written before it was stored)
    model_label: str
    package: str = ""
    version: str = ""
    #: the side (language) of the translated text: "ru" or "en" in a pair; the translate command may
    #: translate other languages
    side: str = Side.RU
    #: whether it came from the on-disk cache (not part of what it is)
    cached: bool = field(default=False, compare=False)

    @property
    def target(self) -> str:
        """The language it is in: the other side of the pair."""
        return other_side(self.side) if self.side in tuple(Side) else ""

    @property
    def model(self) -> str:
        """The model's name as shown: the label, or for an older project's translation its package and version."""
        return self.model_label or f"{self.package} {self.version}".strip()

    @property
    def marker(self) -> str:
        """The label put before the text wherever it leaves the window (copy, export)."""
        return machine_translation_marker(self.model)

    def marked_text(self) -> str:
        """The text with its machine-translation marker in front."""
        return f"{self.marker} {self.text}"
