"""The context runs the aligner in the background, drops stale results and reports failures."""

from __future__ import annotations

import threading

from reader.core.align import Alignment, Link
from reader.core.errors import AlignmentError
from reader.core.session import ReadingSession

from ..helpers import make_pair_docs, wait_aligned


def test_new_pair_cancels_and_drops_the_running_alignment(qtbot, context):
    release = threading.Event()
    seen_cancel = []

    def slow(ru, en, options=None, *, progress=None, cancelled=None):
        release.wait(10)
        seen_cancel.append(cancelled())
        return Alignment([Link([0], [0], 0.1)])

    context.aligner = slow
    ru, en = make_pair_docs(3, 3)
    context.set_pair(ReadingSession(ru, en))
    assert context.aligning and context.alignment is None

    def fast(ru, en, options=None, *, progress=None, cancelled=None):
        progress(1, 1)
        return Alignment([Link([1], [1], 0.9)])

    context.aligner = fast
    second_ru, second_en = make_pair_docs(3, 3)
    with qtbot.waitSignal(context.alignment_changed, timeout=10000):
        context.set_pair(ReadingSession(second_ru, second_en))
    wait_aligned(qtbot, context)
    assert context.pair.ru is second_ru
    assert context.alignment.links[0].ru == [1]
    release.set()
    context.thread_pool.waitForDone(10000)
    qtbot.wait(50)  # let a (stale) queued result arrive, if any
    assert seen_cancel == [True]
    assert context.alignment.links[0].ru == [1]


def test_failure_is_reported(qtbot, context):
    def broken(ru, en, options=None, *, progress=None, cancelled=None):
        raise AlignmentError("no way", hint="try again")

    context.aligner = broken
    with qtbot.waitSignal(context.alignment_failed, timeout=10000) as blocker:
        context.set_pair(ReadingSession(*make_pair_docs(2, 2)))
    assert blocker.args[0] == "no way\ntry again"
    assert not context.aligning and context.alignment is None


def test_commands_reindex_the_alignment(qtbot, context):
    context.set_pair(ReadingSession(*make_pair_docs(3, 3)), align=False)
    context.set_alignment(Alignment([Link([0], [0])]))

    class AddLink:
        text = "link"

        def do(self):
            context.alignment.links.append(Link([1], [2]))

        def undo(self):
            context.alignment.links.pop()

    with qtbot.waitSignal(context.alignment_changed):
        context.commands.push(AddLink())
    assert context.links.counterparts("ru", 1) == [2]
    context.commands.undo()
    assert context.links.counterparts("ru", 1) == []
