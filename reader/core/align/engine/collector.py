"""Python's cycle collector paused around work that allocates millions of small objects and no cycles.

The collector's full passes walk every live object; in the aligner (features, candidate groups, links)
and in writing an alignment out they took about an eighth of the time, and freed nothing.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_pause_lock = threading.Lock()
_pauses = 0
_was_enabled = False


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off for the duration (and on again after, if it was on; nested and
    concurrent uses count). The aligner makes no reference cycles but allocates millions of small
    objects, and the collector's passes over everything alive took about an eighth of a novel's time."""
    global _pauses, _was_enabled
    with _pause_lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                gc.enable()
