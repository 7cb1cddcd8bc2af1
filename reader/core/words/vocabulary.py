"""The words a person looked up or noted while reading, kept in the project and exported for Anki.

An entry keeps the word as it stands, its lemma (with stress where the dictionary has it), the sense
the person kept, the sentence it came from and the counterpart sentence, where it is (side,
paragraph, offsets) and when it was added. ``export_text`` writes the list as TSV or CSV that Anki
imports as it is (UTF-8, a header of ``#`` lines naming the separator and the columns, fields
quoted where they hold the separator, a quote or a line break); ``read_export`` reads such a file
back.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from collections.abc import Iterable, Iterator

from reader.core.safewrite import write_text

#: the columns of an export, in order (``docs/project-format.md`` describes them)
COLUMNS = ("word", "lemma", "sense", "sentence", "counterpart_sentence", "counterpart", "language", "paragraph",
           "added", "tags")
#: how an entry came into the list
KINDS = ("looked-up", "noted")
SEPARATORS = {"tsv": "\t", "csv": ","}
#: Anki's names of the separators in a file header
ANKI_SEPARATORS = {"tsv": "tab", "csv": "comma"}
TAG = "parallel-reader"


def _timestamp() -> str:
    from reader.core.project.annotations import timestamp

    return timestamp()


@dataclass
class VocabularyEntry:
    """One word a person looked up or noted."""

    word: str
    lemma: str
    sense: str
    side: str  # the word's side, "ru" or "en"
    paragraph: int
    start: int
    end: int
    #: the sentence the word stands in, and its counterpart sentence(s) on the other side
    sentence: str = ""
    counterpart_sentence: str = ""
    #: the counterpart words of the word in the link
    counterpart: str = ""
    kind: str = "looked-up"
    added: str = field(default_factory=_timestamp)
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])

    def key(self) -> tuple:
        """What makes two entries the same word to learn: its side, lemma and sense."""
        return (self.side, self.lemma.lower(), self.sense.lower())


class Vocabulary:
    """An ordered list of vocabulary entries (the project keeps it; the window edits it with undo)."""

    def __init__(self, entries: Iterable[VocabularyEntry] = ()) -> None:
        self._entries: list[VocabularyEntry] = list(entries)

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[VocabularyEntry]:
        return iter(self._entries)

    def __getitem__(self, index: int) -> VocabularyEntry:
        return self._entries[index]

    def find(self, entry: VocabularyEntry) -> VocabularyEntry | None:
        """The entry already kept for the same word and sense, or None."""
        wanted = entry.key()
        return next((e for e in self._entries if e.key() == wanted), None)

    def add(self, entry: VocabularyEntry) -> bool:
        """Add an entry at the end unless the same word and sense is kept already; whether it was added."""
        if self.find(entry) is not None:
            return False
        self._entries.append(entry)
        return True

    def insert(self, index: int, entry: VocabularyEntry) -> None:
        """Put an entry back at ``index`` (undo of a removal)."""
        self._entries.insert(index, entry)

    def remove(self, entry_id: str) -> tuple[int, VocabularyEntry] | None:
        """Remove the entry with ``entry_id``; its former index and itself (for undo), or None."""
        for index, entry in enumerate(self._entries):
            if entry.id == entry_id:
                del self._entries[index]
                return index, entry
        return None


def entry_to_dict(entry: VocabularyEntry) -> dict[str, Any]:
    """One entry as the project file stores it."""
    return dataclasses.asdict(entry)


def entry_from_dict(data: dict[str, Any]) -> VocabularyEntry:
    """An entry from project data (checked by the project schema first; only ``word``, ``side`` and
    ``paragraph`` are required: the lemma defaults to the word, the offsets to the paragraph's start)."""
    known = {f.name for f in dataclasses.fields(VocabularyEntry)}
    values = {k: v for k, v in data.items() if k in known and v is not None}
    values.setdefault("lemma", values["word"])
    values.setdefault("sense", "")
    values.setdefault("start", 0)
    values.setdefault("end", values["start"] + len(values["word"]))
    return VocabularyEntry(**values)


def _row(entry: VocabularyEntry) -> list[str]:
    tags = f"{TAG} {entry.side}"
    values = {"word": entry.word, "lemma": entry.lemma, "sense": entry.sense, "sentence": entry.sentence,
              "counterpart_sentence": entry.counterpart_sentence, "counterpart": entry.counterpart,
              "language": entry.side, "paragraph": str(entry.paragraph), "added": entry.added, "tags": tags}
    return [" ".join(values[c].split()) if c != "tags" else values[c] for c in COLUMNS]


def export_text(vocabulary: Iterable[VocabularyEntry], fmt: str = "tsv") -> str:
    """The entries as Anki-ready TSV or CSV (``fmt``: "tsv" or "csv")."""
    if fmt not in SEPARATORS:
        raise ValueError(f"unknown vocabulary format {fmt!r} (tsv or csv)")
    out = io.StringIO()
    out.write(f"#separator:{ANKI_SEPARATORS[fmt]}\n#html:false\n#columns:{SEPARATORS[fmt].join(COLUMNS)}\n"
              f"#tags column:{len(COLUMNS)}\n")
    writer = csv.writer(out, delimiter=SEPARATORS[fmt], quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    for entry in vocabulary:
        writer.writerow(_row(entry))
    return out.getvalue()


def export_file(vocabulary: Iterable[VocabularyEntry], path: str | Path, fmt: str | None = None) -> Path:
    """Write the export to ``path`` safely (format from ``fmt`` or the suffix, .tsv/.txt or .csv)."""
    path = Path(path)
    fmt = fmt or ("csv" if path.suffix.lower() == ".csv" else "tsv")
    write_text(path, export_text(vocabulary, fmt))
    return path


def read_export(text: str) -> list[dict[str, str]]:
    """The rows of an export (as written by :func:`export_text`), keyed by column."""
    lines = text.splitlines(keepends=True)
    separator, columns = "\t", list(COLUMNS)
    body: list[str] = []
    for line in lines:
        if line.startswith("#") and not body:
            name, _, value = line[1:].strip().partition(":")
            if name == "separator":
                separator = {"tab": "\t", "comma": ",", "semicolon": ";"}.get(value.lower(), value)
            elif name == "columns":
                columns = value.split(separator)
            continue
        body.append(line)
    # a row of a hand-edited file may have fewer or more cells than columns: it keeps those that have both
    return [dict(zip(columns, row, strict=False)) for row in csv.reader(io.StringIO("".join(body)), delimiter=separator)]
