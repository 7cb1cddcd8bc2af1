"""The log file: records of the program's loggers, rotation, an unwritable place, tracebacks."""

from __future__ import annotations

import logging
import os
import sys

import pytest

from reader.core import logs


@pytest.fixture
def log_file(tmp_path):
    path = tmp_path / "logs" / "parallel-reader.log"
    yield path
    logs.stop_logging()


def test_records_of_the_programs_loggers_reach_the_file(log_file):
    assert logs.start_logging("9.9", log_file) == log_file
    logging.getLogger("reader.core.align").info("aligned %d links", 12)
    logging.getLogger("elsewhere").warning("not ours")
    logs.stop_logging()
    text = log_file.read_text(encoding="utf-8")
    assert "Parallel Reader 9.9 started: Python" in text
    assert "INFO reader.core.align: aligned 12 links" in text
    assert "not ours" not in text
    assert text.rstrip().endswith("Parallel Reader stopped")


def test_starting_twice_keeps_one_file(log_file, tmp_path):
    logs.start_logging("1", log_file)
    assert logs.start_logging("1", tmp_path / "other.log") == log_file
    logging.getLogger("reader").info("once")
    assert log_file.read_text(encoding="utf-8").count("once") == 1
    assert not (tmp_path / "other.log").exists()


def test_the_file_is_rotated_and_bounded(log_file):
    logs.start_logging("1", log_file, max_bytes=2_000)
    for n in range(400):
        logging.getLogger("reader.x").info("line %d %s", n, "x" * 40)
    logs.stop_logging()
    files = sorted(p.name for p in log_file.parent.iterdir())
    assert files == ["parallel-reader.log", "parallel-reader.log.1", "parallel-reader.log.2"]
    assert all(p.stat().st_size <= 2_100 for p in log_file.parent.iterdir())
    assert "line 399" in log_file.read_text(encoding="utf-8")


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root writes anywhere")
def test_an_unwritable_place_leaves_stderr_only(tmp_path, capsys):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        assert logs.start_logging("1", locked / "sub" / "a.log") is None
    finally:
        locked.chmod(0o700)
    assert "cannot be written" in capsys.readouterr().err


def test_an_unwritable_file_leaves_stderr_only(tmp_path, capsys):
    folder = tmp_path / "a-folder.log"
    folder.mkdir()  # a folder where the file should be: opening it fails even for root
    assert logs.start_logging("1", folder) is None
    assert "logging to the terminal only" in capsys.readouterr().err
    assert logs._log_files() == []


def test_an_uncaught_exception_is_logged_with_its_traceback(log_file):
    logs.start_logging("1", log_file)
    try:
        raise ValueError("broken state")
    except ValueError:
        logs.log_exception(*sys.exc_info())
    logs.stop_logging()
    text = log_file.read_text(encoding="utf-8")
    assert "ERROR reader: uncaught ValueError: broken state" in text
    assert "Traceback (most recent call last)" in text and 'raise ValueError("broken state")' in text


def test_the_environment_names_another_file(tmp_path, monkeypatch):
    monkeypatch.setenv("PARALLEL_READER_LOG", str(tmp_path / "mine.log"))
    assert logs.log_path() == tmp_path / "mine.log"
    monkeypatch.delenv("PARALLEL_READER_LOG")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    if sys.platform.startswith("linux"):
        assert logs.log_path() == tmp_path / "data" / "parallel-reader" / "parallel-reader.log"
