"""A second process for a book's chapters, so that a long book is aligned on two cores.

The chapters of a book are searched on their own (see ``reader.core.align.engine.chapters``): each
is searched once, the word pairs all of them teach are pooled, and each is searched again with
them. A helper process reads the English document's features while the caller reads the Russian
one's, and takes a share of the chapters: it is sent their Russian paragraphs and features,
searches them, sends back the word pairs they taught, is sent the pooled pairs, searches again
and sends back the chapters' links (with their sentences and differences). The links are the
same as one process finds: the helper runs the same code on the same features. This module is
the caller's end and the packing of what is sent; ``reader.core.align.book_helper`` the helper's.

The helper is an interpreter of its own (``python -m reader.core.align.book_helper``) talking
pickles over its standard input and output, so it is safe to start from any thread. Whatever
goes wrong with it (it cannot start, dies, answers nonsense, takes far too long), the caller
drops it and does its chapters itself. ``PARALLEL_READER_ALIGN_PROCESSES=1`` keeps everything in one
process.
"""

from __future__ import annotations

import dataclasses
import os
import pickle
import select
import subprocess
import sys
import threading
import time
from array import array
from collections.abc import Callable
from dataclasses import dataclass

from typing import Any

from reader.core.document import Document, Paragraph, Source, Span

#: environment variable: how many processes a book's alignment may use (1: no helper)
PROCESSES_ENV = "PARALLEL_READER_ALIGN_PROCESSES"
#: a book smaller than this (alignable paragraphs of both sides) is not worth a second process
MIN_PARAGRAPHS = 1500
#: the helper's answer may take this long (seconds) before it is given up and its chapters done here
ANSWER_TIMEOUT = 120.0
#: how often waiting for the helper looks whether the caller cancelled (seconds)
POLL = 0.05


class WorkerFailed(Exception):
    """The helper process could not do its part (its chapters are then aligned in this process)."""


def wanted(paragraphs: int, processes: int | None = None) -> bool:
    """Whether a book of this many alignable paragraphs (both sides) is aligned with a helper process:
    ``processes`` 2 or more says yes, 1 no; None decides by the environment variable PROCESSES_ENV (a
    number), else by the machine's cores and the size of the book (MIN_PARAGRAPHS)."""
    if getattr(sys, "frozen", False):  # a bundled application: no interpreter to start
        return False
    if processes is not None:
        return processes >= 2
    setting = os.environ.get(PROCESSES_ENV, "").strip()
    try:
        processes = int(setting) if setting else min(2, os.cpu_count() or 1)
    except ValueError:
        processes = 1
    return processes >= 2 and paragraphs >= MIN_PARAGRAPHS


@dataclass
class Job:
    """What the helper needs for its chapters: the paragraphs and features of each side's chapters (see
    ``pack``), the chapters as (Russian, English) paragraph lists, the options, and the English words of
    the lexicon (for ``differences``, so the helper need not read the lexicon)."""

    #: the AlignOptions (not named here: the aligner imports this module)
    options: Any
    english_words: frozenset[str]
    sizes: tuple[int, int]
    ru: tuple
    #: None: the helper read the English side itself (see ``english_request``)
    en: tuple | None
    stretches: list[tuple[list[int], list[int]]]


#: the columns of ParagraphFeatures that hold one value of a few (shared) values per token, sent as tables
#: of the values and a code per token
_SHARED_COLUMNS = ("idents", "keys", "kinds", "texts", "weights")


def pack(document, features_of: dict, indices: list[int]) -> tuple:
    """Some paragraphs of a document and their features, packed for sending (see ``pack_paragraphs`` and
    ``pack_features``)."""
    return pack_paragraphs(document, indices), pack_features(features_of, indices)


def unpack(language: str, size: int, packed: tuple) -> tuple[Document, dict]:
    """The document and the features of a ``pack``."""
    paragraphs, features = packed
    return unpack_paragraphs(language, size, paragraphs), unpack_features(paragraphs[0], features)


def pack_paragraphs(document, indices: list[int]) -> tuple:
    """Of some paragraphs, what the helper needs: their texts, kinds and how many sentences each has."""
    paragraphs = [document.paragraphs[i] for i in indices]
    return (list(indices), [p.text for p in paragraphs], [p.kind for p in paragraphs],
            array("i", [len(p.sentences) for p in paragraphs]))


#: the sentences of a paragraph as the helper sees them: only how many there are counts there
_SENTENCE = Span(0, 0)
#: what the helper holds in place of a paragraph it does not need
BLANK = Paragraph(-1, "")


def unpack_paragraphs(language: str, size: int, packed: tuple) -> Document:
    """A document of ``size`` paragraphs holding those of a ``pack_paragraphs`` at their places (blank
    ones elsewhere), each with as many (empty) sentences as it has."""
    indices, texts, kinds, counts = packed
    held = [BLANK] * size
    for k, index in enumerate(indices):
        held[index] = Paragraph(index, texts[k], kinds[k], sentences=[_SENTENCE] * counts[k])
    return Document(language, "", Source(None, "text"), held)


def pack_features(features_of: dict, indices: list[int]) -> tuple:
    """The features of some paragraphs, packed for sending: a table of the distinct values of each shared
    column and an array of codes into it, arrays for the rest. Pickling the objects themselves takes several
    times longer and, while it runs, about as much memory again as they hold."""
    tables: list[list] = [[] for _ in _SHARED_COLUMNS]
    codes = [array("i") for _ in _SHARED_COLUMNS]
    seen: list[dict[int, int]] = [{} for _ in _SHARED_COLUMNS]  # id of a value → its code
    starts, sentences, lengths = array("i"), array("i"), array("i")
    totals, chars = array("d"), array("q")
    masks, sentence_chars = [], []
    for index in indices:
        features = features_of[index]
        if len(features.weights) != len(features):
            raise ValueError(f"paragraph {index} is not weighed")
        for column, table, code, known in zip(_SHARED_COLUMNS, tables, codes, seen, strict=True):
            for value in getattr(features, column):
                found = known.get(id(value))
                if found is None:
                    found = known[id(value)] = len(table)
                    table.append(value)
                code.append(found)
        starts.extend(features.starts)
        sentences.extend(features.sentences)
        lengths.append(len(features))
        totals.append(features.total)
        chars.append(features.chars)
        masks.append(features.mt_mask)
        sentence_chars.append(features.sentence_chars)
    return tables, codes, starts, sentences, lengths, totals, chars, masks, sentence_chars


def unpack_features(indices: list[int], packed: tuple) -> dict:
    """Paragraph index → the features of a ``pack_features`` of these paragraphs."""
    from reader.core.align.engine.features import ParagraphFeatures

    tables, codes, starts, sentences, lengths, totals, chars, masks, sentence_chars = packed
    features_of = {}
    position = 0
    for k, index in enumerate(indices):
        end = position + lengths[k]
        columns = {column: [table[c] for c in code[position:end]]
                   for column, table, code in zip(_SHARED_COLUMNS, tables, codes, strict=True)}
        features_of[index] = ParagraphFeatures(**columns, starts=list(starts[position:end]),
                                               sentences=list(sentences[position:end]), total=totals[k],
                                               chars=chars[k], mt_mask=masks[k], sentence_chars=sentence_chars[k])
        position = end
    return features_of


def english_request(document, wanted: list[int], weights) -> tuple:
    """What the helper needs to read an English document's features itself while this process reads the
    Russian one's: its paragraphs, their sentence starts, which are aligned (they weigh the words) and
    the weights of the kinds of tokens (``params.TokenWeights``)."""
    indices = [p.index for p in document.paragraphs]
    starts = [[span.start for span in p.sentences] or [0] for p in document.paragraphs]
    return "english", len(document.paragraphs), pack_paragraphs(document, indices), starts, wanted, weights


#: a link as the helper sends it: ru, en, score, sentence links as (ru, en) pairs, ru_only, en_only
LinkRow = tuple[list[int], list[int], float, list[tuple[list, list]], list[str], list[str]]


class Worker:
    """The caller's end of a helper process (see the module doc); ``close`` ends it."""

    def __init__(self) -> None:
        self.process: subprocess.Popen | None = subprocess.Popen(
            [sys.executable, "-m", "reader.core.align.book_helper"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, env={**os.environ, PROCESSES_ENV: "1"})
        self.writer: threading.Thread | None = None
        self.broken = False

    def send(self, message) -> None:
        """Send one message, pickled straight into the pipe by a thread of its own (the helper reads it while
        this process goes on with its own chapters; no copy of the pickle is made); WorkerFailed if the
        helper is gone."""
        process = self._alive()
        self._wait_sent()
        if self.broken:
            self.close()
            raise WorkerFailed("the helper stopped reading")
        self.writer = threading.Thread(target=self._write, args=(process, message), daemon=True)
        self.writer.start()

    def _write(self, process: subprocess.Popen, message) -> None:
        try:
            pickle.dump(message, process.stdin, protocol=pickle.HIGHEST_PROTOCOL)  # type: ignore[arg-type]
            process.stdin.flush()  # type: ignore[union-attr]
        except (OSError, ValueError, pickle.PickleError):  # the helper died or was ended: the reader finds out
            self.broken = True

    def _wait_sent(self) -> None:
        if self.writer is not None:
            self.writer.join()
            self.writer = None

    def receive(self, cancelled: Callable[[], bool] | None = None):
        """The helper's next message. While waiting, ``cancelled()`` is asked now and then: if it says stop,
        the helper is ended and None returned. WorkerFailed if the helper dies, says it failed or takes
        longer than ANSWER_TIMEOUT."""
        process = self._alive()
        stream = process.stdout
        assert stream is not None
        deadline = time.monotonic() + ANSWER_TIMEOUT
        while not select.select([stream], [], [], POLL)[0]:
            if cancelled is not None and cancelled():
                self.close()
                return None
            if time.monotonic() > deadline or process.poll() is not None:
                self.close()
                raise WorkerFailed("no answer")
        try:
            message = pickle.load(stream)
        except Exception as error:  # a broken pipe, a half-written or foreign pickle: all mean the same here
            self.close()
            raise WorkerFailed(str(error)) from error
        if isinstance(message, tuple) and message[:1] == ("failed",):
            self.close()
            raise WorkerFailed(str(message[1:]))
        return message

    def close(self) -> None:
        """End the helper (at once if it is still working) and release its pipes."""
        process, self.process = self.process, None
        if process is None:
            return
        if process.poll() is None:
            process.kill()  # first: a write blocked on a full pipe fails once the helper is gone
        process.wait()
        self._wait_sent()
        for stream in (process.stdin, process.stdout):
            try:
                stream.close()  # type: ignore[union-attr]
            except OSError:
                pass

    def _alive(self) -> subprocess.Popen:
        if self.process is None:
            raise WorkerFailed("not running")
        return self.process


def start() -> Worker | None:
    """A new helper process, or None if none can be started."""
    try:
        return Worker()
    except OSError:
        return None


def make_job(context, stretches: list[tuple[list[int], list[int]]], english: bool = False) -> Job:
    """The job of the helper for these chapters of the context's pair (``english``: the helper read the
    English document's features itself, see ``english_request``)."""
    from reader.core.align.engine.differences import english_words

    ru_wanted = sorted({i for ru, _ in stretches for i in ru})
    en_wanted = sorted({j for _, en in stretches for j in en})
    options = dataclasses.replace(context.options, lexicon=None, ru_translations=None)  # used to build features only
    return Job(options, english_words(), (len(context.ru.paragraphs), len(context.en.paragraphs)),
               pack(context.ru, context.ru_features, ru_wanted),
               None if english else pack(context.en, context.en_features, en_wanted), stretches)


def link_row(link) -> LinkRow:
    """A link as the helper sends it back (plain lists: cheaper to send than the objects)."""
    return (link.ru, link.en, link.score, [(s.ru, s.en) for s in link.sentences], link.differences.ru_only,
            link.differences.en_only)


def row_link(row: LinkRow):
    """The link a ``link_row`` stands for."""
    from reader.core.align.model import Differences, Link, SentenceLink

    ru, en, score, sentences, ru_only, en_only = row
    return Link(ru, en, score=score, sentences=[SentenceLink(a, b) for a, b in sentences],
                differences=Differences(ru_only, en_only))
