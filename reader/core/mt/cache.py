"""An on-disk cache of machine translations, keyed by package name, package version and exact source text.

Reopening a pair shows its translations at once; a new package version finds nothing cached and
translates afresh. SQLite in WAL mode, one connection per thread, so it is safe to use from the window
and from worker threads at the same time.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

from reader.core.errors import TranslationError
from reader.core.userdirs import user_cache_dir

_SCHEMA = """
CREATE TABLE IF NOT EXISTS translations (
    package TEXT NOT NULL,
    version TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    created REAL NOT NULL,
    PRIMARY KEY (package, version, source)
)
"""


_SETUP_LOCK = threading.Lock()


def default_cache_path() -> Path:
    """Where the translation cache lives by default."""
    return user_cache_dir() / "translations.sqlite3"


class TranslationCache:
    """Cached translations in one SQLite file."""

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path is not None else default_cache_path()
        self._local = threading.local()

    def _connection(self) -> sqlite3.Connection:
        connection = getattr(self._local, "connection", None)
        if connection is None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                # switching to WAL answers "database is locked" at once, without waiting, while another
                # thread does the same: connections are set up one at a time
                with _SETUP_LOCK:
                    connection = sqlite3.connect(self.path, timeout=10)
                    connection.execute("PRAGMA journal_mode=WAL")
                    # no disk flush at each commit (a power cut may lose the last translations, which
                    # are only redone): a flush per batch cost a third of the pipeline's own time
                    connection.execute("PRAGMA synchronous=NORMAL")
                    connection.execute(_SCHEMA)
                    connection.commit()
            except (sqlite3.Error, OSError) as error:
                raise TranslationError(f"The translation cache cannot be opened ({error}).", path=str(self.path),
                                       hint="Delete the file; it only holds translations that can be redone.") \
                    from error
            self._local.connection = connection
        return connection

    def get(self, package: str, version: str, source: str) -> str | None:
        """The cached translation of ``source`` by that package version, or None."""
        try:
            row = self._connection().execute(
                "SELECT target FROM translations WHERE package=? AND version=? AND source=?",
                (package, version, source)).fetchone()
        except (sqlite3.Error, TranslationError):
            return None  # a broken cache only costs time
        return row[0] if row else None

    def put(self, package: str, version: str, source: str, target: str) -> None:
        """Store a translation (replacing an older one for the same key)."""
        self.put_many(package, version, [(source, target)])

    def put_many(self, package: str, version: str, pairs: list[tuple[str, str]]) -> None:
        """Store several (source, translation) pairs in one transaction."""
        now = time.time()
        try:
            connection = self._connection()
            with connection:
                connection.executemany("INSERT OR REPLACE INTO translations VALUES (?, ?, ?, ?, ?)",
                                       [(package, version, source, target, now) for source, target in pairs])
        except (sqlite3.Error, TranslationError):
            pass  # a full disk or a locked file must not stop translating

    def count(self, package: str | None = None) -> int:
        """How many translations are cached (for one package name, or all)."""
        sql, args = "SELECT COUNT(*) FROM translations", []
        if package is not None:
            sql, args = sql + " WHERE package=?", [package]
        return self._connection().execute(sql, args).fetchone()[0]

    def close(self) -> None:
        """Close this thread's connection."""
        connection = getattr(self._local, "connection", None)
        if connection is not None:
            connection.close()
            self._local.connection = None
