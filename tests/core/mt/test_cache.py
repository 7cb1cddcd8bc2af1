"""The on-disk translation cache."""

from __future__ import annotations

import subprocess
import sys
import threading

from reader.core.mt.cache import TranslationCache, default_cache_path


def test_roundtrip_and_keys(tmp_path):
    cache = TranslationCache(tmp_path / "t.sqlite3")
    assert cache.get("pkg", "1.0", "Привет.") is None
    cache.put("pkg", "1.0", "Привет.", "Hello.")
    assert cache.get("pkg", "1.0", "Привет.") == "Hello."
    assert cache.get("pkg", "1.1", "Привет.") is None  # a new model version invalidates
    assert cache.get("other", "1.0", "Привет.") is None
    assert cache.get("pkg", "1.0", "Привет. ") is None  # exact source text
    cache.put("pkg", "1.0", "Привет.", "Hi.")
    assert cache.get("pkg", "1.0", "Привет.") == "Hi."
    assert cache.count() == 1 and cache.count("pkg") == 1 and cache.count("other") == 0


def test_persists_across_instances(tmp_path):
    TranslationCache(tmp_path / "t.sqlite3").put("pkg", "1", "a", "b")
    assert TranslationCache(tmp_path / "t.sqlite3").get("pkg", "1", "a") == "b"


def test_default_location_follows_xdg(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert default_cache_path() == tmp_path / "parallel-reader" / "translations.sqlite3"
    TranslationCache().put("p", "1", "x", "y")
    assert default_cache_path().is_file()


def test_many_threads(tmp_path):
    cache = TranslationCache(tmp_path / "t.sqlite3")

    def work(n):
        for i in range(25):
            cache.put("pkg", "1", f"{n}-{i}", f"t{n}-{i}")
            assert cache.get("pkg", "1", f"{n}-{i}") == f"t{n}-{i}"
        cache.close()

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert cache.count() == 100


def test_unusable_location_only_costs_time(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    cache = TranslationCache(blocker / "t.sqlite3")
    cache.put("pkg", "1", "a", "b")
    assert cache.get("pkg", "1", "a") is None


def test_commits_survive_a_crash_without_a_flush_each(tmp_path):
    path = tmp_path / "t.sqlite3"
    code = ("import os, sys; from reader.core.mt.cache import TranslationCache; "
            "cache = TranslationCache(sys.argv[1]); cache.put('pkg', '1', 'a', 'b'); "
            "print(cache._connection().execute('PRAGMA synchronous').fetchone()[0]); os._exit(0)")
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "1"  # NORMAL: WAL commits are not flushed to disk one by one
    assert TranslationCache(path).get("pkg", "1", "a") == "b"  # the process died without closing
