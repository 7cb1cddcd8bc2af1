"""A book's chapters aligned with a helper process: the same links as one process, whatever happens to it."""

from __future__ import annotations

import os
import resource
import signal
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from conftest import REPO
from reader.core.align.engine import book_worker
from reader.core.align.aligner import FEATURE_STEPS, STEPS, AlignContext, AlignOptions, align_documents
from reader.core.cancel import Cancelled
from reader.core.pair import load_pair

SLICE = REPO / "tests" / "data"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="finds the helper through /proc")


@pytest.fixture(scope="module")
def book():
    pair = load_pair(SLICE / "book-slice.ru.txt", SLICE / "book-slice.en.txt")
    return pair.ru, pair.en


def _everything(alignment):
    return [(link.ru, link.en, link.score, [(s.ru, s.en) for s in link.sentences], link.differences.ru_only,
             link.differences.en_only) for link in alignment.links]


def _children() -> list[int]:
    """The processes this one started and has not waited for."""
    found = []
    for task in Path("/proc/self/task").iterdir():
        found += [int(pid) for pid in (task / "children").read_text().split()]
    return found


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


@pytest.fixture(scope="module")
def alone(book):
    """The book aligned in one process."""
    return _everything(align_documents(*book, AlignOptions(processes=1)))


def test_a_helper_process_gives_the_links_of_one_process(book, alone):
    before = _children_cpu()
    assert _everything(align_documents(*book, AlignOptions(processes=2))) == alone
    assert _children_cpu() > before  # a helper did work (and was waited for)
    assert _children() == []


def test_the_helper_works_for_an_alignment_run_from_a_thread(book, alone):
    with ThreadPoolExecutor(1) as pool:
        found = pool.submit(align_documents, *book, AlignOptions(processes=2)).result(timeout=120)
    assert _everything(found) == alone
    assert _children() == []


def _kill_helper_when(book, test) -> list:
    """The book aligned with a helper that is killed once ``test(done, total)`` is true of a progress report."""
    killed = []

    def progress(done: int, total: int) -> None:
        if not killed and test(done, total):
            for pid in _children():
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)

    found = _everything(align_documents(*book, AlignOptions(processes=2), progress=progress))
    assert killed
    assert _children() == []
    return found


def test_a_helper_killed_while_it_reads_the_english_side_leaves_it_to_this_process(book, alone):
    assert _kill_helper_when(book, lambda done, total: True) == alone


def test_a_helper_killed_during_the_first_searches_leaves_its_chapters_to_this_process(book, alone):
    assert _kill_helper_when(book, lambda done, total: done > FEATURE_STEPS * total // STEPS) == alone


def test_a_helper_killed_after_the_first_searches_leaves_its_chapters_to_this_process(book, alone):
    # past the first half of the searches: this process searches its chapters again, the helper its own
    assert _kill_helper_when(book, lambda done, total: done > 70 * total // STEPS) == alone


def test_cancelling_while_the_helper_works_ends_it(book):
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 3

    with pytest.raises(Cancelled):
        align_documents(*book, AlignOptions(processes=2), cancelled=cancelled)
    assert _children() == []


def test_a_helper_that_answers_nonsense_is_given_up(book):
    worker = book_worker.start()
    assert worker is not None
    worker.send("not a job")  # the helper fails on it and says so
    with pytest.raises(book_worker.WorkerFailed):
        worker.receive()
    assert worker.process is None
    assert _children() == []


def test_one_process_unless_the_book_is_long_and_the_machine_has_two_cores(monkeypatch):
    monkeypatch.setenv(book_worker.PROCESSES_ENV, "1")
    assert not book_worker.wanted(100_000)
    assert book_worker.wanted(10, processes=2)  # asked for in the options
    monkeypatch.setenv(book_worker.PROCESSES_ENV, "2")
    assert book_worker.wanted(book_worker.MIN_PARAGRAPHS)
    assert not book_worker.wanted(book_worker.MIN_PARAGRAPHS - 1)
    assert not book_worker.wanted(100_000, processes=1)


def test_a_packed_book_comes_back_as_it_was(book):
    ru, en = book
    context = AlignContext.build(ru, en)
    indices = [p.index for p in ru.paragraphs][10:60]
    document, features = book_worker.unpack("ru", len(ru.paragraphs), book_worker.pack(ru, context.ru_features, indices))
    assert features == {i: context.ru_features[i] for i in indices}
    assert [(p.index, p.text, p.kind, len(p.sentences)) for p in document.paragraphs if p.index >= 0] == \
        [(ru.paragraphs[i].index, ru.paragraphs[i].text, ru.paragraphs[i].kind, len(ru.paragraphs[i].sentences))
         for i in indices]
