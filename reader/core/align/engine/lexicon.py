"""The bundled Russian→English lexicon, keyed by Snowball stems on both sides.

Built by ``tools/build_lexicon.py`` from Müller's English–Russian dictionary (see
``resources/lexicon/README.md``). Loaded once, lazily, on first use.
"""

from __future__ import annotations

import functools
import gzip
import threading
from pathlib import Path

from reader.core.resources import resource_path

#: letters of an English stem that make its matching key
WORD_KEY = 6


def word_key(en_stem: str) -> str:
    """The key of an English stem: its first WORD_KEY letters, so derived words meet."""
    return en_stem[:WORD_KEY]


LEXICON_FILE = ("lexicon", "ru-en.tsv.gz")


class Lexicon:
    """Russian Snowball stem → English Snowball stems (best translations first)."""

    def __init__(self, table: dict[str, str]) -> None:
        self._table = table
        self._cache: dict[str, tuple[str, ...]] = {}

    def __len__(self) -> int:
        return len(self._table)

    def __contains__(self, ru_stem: str) -> bool:
        return ru_stem in self._table

    def translations(self, ru_stem: str) -> tuple[str, ...]:
        """English stems for a Russian stem; a stem unknown as such is tried one letter shorter."""
        found = self._cache.get(ru_stem)
        if found is None:
            raw = self._table.get(ru_stem)
            if raw is None and len(ru_stem) > 5:
                raw = self._table.get(ru_stem[:-1])
            found = tuple(raw.split(" ")) if raw else ()
            self._cache[ru_stem] = found
        return found

    def english_keys(self) -> set[str]:
        """The matching keys (see :func:`word_key`) of every English stem the lexicon holds."""
        stems: set[str] = set()  # each distinct stem once
        for raw in self._table.values():
            stems.update(raw.split(" "))
        return {word_key(stem) for stem in stems}

    @classmethod
    def read(cls, path: Path) -> Lexicon:
        """Read a lexicon file (gzipped lines ``ru_stem<TAB>en_stem en_stem …``)."""
        with gzip.open(path, "rt", encoding="utf-8") as stream:
            text = stream.read()
        table = dict(line.split("\t", 1) for line in text.splitlines() if "\t" in line)
        return cls(table)


_lock = threading.Lock()


@functools.cache
def _load_default() -> Lexicon:
    return Lexicon.read(resource_path(*LEXICON_FILE))


def default_lexicon() -> Lexicon:
    """The bundled lexicon (read on first call, then shared)."""
    with _lock:
        return _load_default()
