"""Work-around for reference-count bugs of some PySide6 builds on Python < 3.12.

PySide6 6.12 on CPython 3.11 returns ``None`` from every C++ ``void`` method without taking a
reference to it, so each call (``fmt.setBottomMargin(…)``, ``widget.update()``, …) drops one
reference to ``None``; emitting a ``bool`` signal to Python slots drops references to ``True`` or
``False`` the same way. After a few thousand calls CPython aborts with "deallocating None"
(or "True or False"). Python 3.12 made these singletons immortal (PEP 683), which is why the bugs
do not show there. When a bug is detected, this module gives the singletons the same
immortality by raising their reference counts far out of reach. Imported by :mod:`reader.ui`
before any widget exists.
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 48  # references added: more than any program run can drop


def void_calls_drop_none() -> bool:
    """Whether calling a void Qt method lowers the reference count of None."""
    from PySide6.QtCore import QPoint

    point = QPoint()
    before = sys.getrefcount(None)
    for _ in range(100):
        point.setX(1)
    return sys.getrefcount(None) <= before - 100


def bool_signals_drop_bools() -> bool:
    """Whether emitting a bool signal to a Python callable lowers the reference count of True."""
    from PySide6.QtCore import QObject, Signal

    class Probe(QObject):
        fired = Signal(bool)

    probe = Probe()
    probe.fired.connect(lambda value: None)
    before = sys.getrefcount(True)
    for _ in range(100):
        probe.fired.emit(True)
    return sys.getrefcount(True) <= before - 50


def _reserve(obj) -> None:
    refcount = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt is PyObject's first field
    if refcount.value < RESERVE:
        refcount.value += RESERVE


def make_singletons_immortal() -> list[str]:
    """Apply the work-around where this Python and PySide6 need it; return what was protected."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return []
    protected = []
    if void_calls_drop_none():
        _reserve(None)
        protected.append("None")
    if bool_signals_drop_bools():
        _reserve(True)
        _reserve(False)
        protected += ["True", "False"]
    return protected


APPLIED = make_singletons_immortal()
