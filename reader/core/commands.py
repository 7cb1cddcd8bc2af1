"""Undoable edits: commands with ``do``/``undo`` on a stack (alignment edits, annotation edits)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol


class Command(Protocol):
    """An edit that can be done and undone exactly. ``do`` may raise a ReaderError to refuse the edit."""

    text: str  # shown in Edit ▸ Undo <text>

    def do(self) -> None: ...

    def undo(self) -> None: ...


class CommandStack:
    """A linear undo/redo history. Listeners are called after every change."""

    def __init__(self, limit: int = 1000):
        self._done: list[Command] = []
        self._undone: list[Command] = []
        self._limit = limit
        self._clean_index = 0
        self._listeners: list[Callable[[], None]] = []

    def subscribe(self, listener: Callable[[], None]) -> None:
        """Call ``listener()`` after every push, undo, redo or clear."""
        self._listeners.append(listener)

    def _changed(self) -> None:
        for listener in list(self._listeners):
            listener()

    def push(self, command: Command) -> None:
        """Do ``command`` and record it. If ``do`` raises, nothing is recorded."""
        command.do()
        if self._clean_index > len(self._done):
            self._clean_index = -1  # the saved state was undone and can no longer be reached
        self._done.append(command)
        self._undone.clear()
        if len(self._done) > self._limit:
            del self._done[0]
            self._clean_index -= 1
        self._changed()

    def undo(self) -> None:
        """Undo the last done command, if any."""
        if self._done:
            command = self._done.pop()
            command.undo()
            self._undone.append(command)
            self._changed()

    def redo(self) -> None:
        """Redo the last undone command, if any."""
        if self._undone:
            command = self._undone.pop()
            command.do()
            self._done.append(command)
            self._changed()

    def clear(self) -> None:
        """Forget the whole history (e.g. when another pair is opened)."""
        self._done.clear()
        self._undone.clear()
        self._clean_index = 0
        self._changed()

    def can_undo(self) -> bool:
        return bool(self._done)

    def can_redo(self) -> bool:
        return bool(self._undone)

    def undo_text(self) -> str:
        return self._done[-1].text if self._done else ""

    def redo_text(self) -> str:
        return self._undone[-1].text if self._undone else ""

    def set_clean(self) -> None:
        """Mark the current state as saved."""
        self._clean_index = len(self._done)
        self._changed()

    def is_clean(self) -> bool:
        """Whether the state equals the last saved one."""
        return self._clean_index == len(self._done)
