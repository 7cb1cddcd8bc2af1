"""The helper process of a book's alignment (``python -m reader.core.align.book_helper``): the other
end of ``reader.core.align.engine.book_worker``, which starts it and says what it does.

It reads the English document's features if asked (while the caller reads the Russian one's), then
searches the chapters it is sent exactly as ``reader.core.align.aligner`` searches its own: first
search, the word pairs they teach sent back, the pooled pairs of the whole book taken, second search,
the links (with sentences and differences) sent back. Nothing but pickles goes to its standard output.
"""

from __future__ import annotations

import pickle
import sys

from reader.core.align import aligner
from reader.core.align.engine import book_worker, differences
from reader.core.align.engine.collector import collector_paused
from reader.core.align.engine.features import forget_words, paragraph_features
from reader.core.align.engine.learn import apply_pairs
from reader.core.align.engine.lexicon import Lexicon
from reader.core.document import Document


def _english(request: tuple) -> tuple[Document, dict]:
    """The document and features of an ``english_request`` (as ``AlignContext.build`` makes them)."""
    _, size, paragraphs, starts, wanted, weights = request
    document = book_worker.unpack_paragraphs("en", size, paragraphs)
    lexicon = Lexicon({})  # English words are read without it
    features = {index: paragraph_features(text, "en", lexicon, starts[k])
                for k, (index, text) in enumerate(zip(paragraphs[0], paragraphs[1], strict=True))}
    aligner.weigh(features, wanted, weights)
    forget_words()  # nothing more is tokenised here
    return document, features


def serve(read, write) -> None:
    """The helper's side: read a Job, send the pooled word pairs its chapters teach, read the pooled
    pairs of the whole book, send the links of each chapter (rows, chapter by chapter)."""
    job = pickle.load(read)
    english = None
    if isinstance(job, tuple) and job[:1] == ("english",):
        english = _english(job)
        document, features = english
        indices = [p.index for p in document.paragraphs]
        pickle.dump(book_worker.pack_features(features, indices), write, protocol=pickle.HIGHEST_PROTOCOL)
        write.flush()
        job = pickle.load(read)
    differences.use_english_words(job.english_words)
    options = job.options
    ru, ru_features = book_worker.unpack("ru", job.sizes[0], job.ru)
    if job.en is not None:
        en, en_features = book_worker.unpack("en", job.sizes[1], job.en)
    elif english is not None:  # only what its chapters hold is kept
        en, en_features = english
        english = None
        held = {j for _, en_part in job.stretches for j in en_part}
        en_features = {j: en_features[j] for j in held}
        en.paragraphs = [p if p.index in held else book_worker.BLANK for p in en.paragraphs]
    else:
        raise ValueError("no English side")
    stretches = job.stretches
    del job  # the packed tables and codes
    context = aligner.AlignContext(ru, en, options, ru_features, en_features)
    with collector_paused():
        steps = aligner.Steps()
        band = options.params.chapters.band
        searched = [aligner._first_search(context, ru_part, en_part, options, steps, band, keep=False)
                    for ru_part, en_part in stretches]
        learnt: dict[str, set[str]] = {}
        for found in searched:
            for ident, keys in found.learnt.items():
                learnt.setdefault(ident, set()).update(keys)
        pickle.dump(learnt, write, protocol=pickle.HIGHEST_PROTOCOL)
        write.flush()
        pooled = pickle.load(read)
        changed = apply_pairs(context, pooled) if pooled else set()
        rows = []
        searched.reverse()
        while searched:
            found = searched.pop()
            groups = aligner._search_learnt(context, found, options, changed)
            links = aligner._linked(context, found.ru, found.en, groups, options, steps)
            rows.append([book_worker.link_row(link) for link in links])
        pickle.dump(rows, write, protocol=pickle.HIGHEST_PROTOCOL)
        write.flush()


def main() -> int:
    """Run as the helper process (see ``serve``)."""
    read, write = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing but pickles on the pipe
    try:
        serve(read, write)
    except EOFError:
        return 0  # the caller went away
    except Exception as error:  # noqa: BLE001 (any failure is told to the caller, who then does the work itself)
        try:
            pickle.dump(("failed", repr(error)), write)
            write.flush()
        except OSError:
            pass
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
