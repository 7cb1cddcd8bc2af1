"""Only regular files are read: devices, pipes, sockets and folders are refused at once, also behind a symlink."""

from __future__ import annotations

import os
import socket
import sys
import threading

import pytest

from reader.core.errors import FileChangedError, NotRegularFileError, WorkLimitError
from reader.core.formats import load_document
from reader.core.formats.budget import LIMITS, Budget

posix = pytest.mark.skipif(sys.platform == "win32", reason="devices, FIFOs and sockets of POSIX")


@posix
def test_a_device_is_refused_also_behind_a_symlink(tmp_path):
    link = tmp_path / "book.txt"
    link.symlink_to("/dev/zero")
    for path in ("/dev/zero", link):
        with pytest.raises(NotRegularFileError, match="this is a device, not a file"):
            load_document(path)


@posix
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path):
    pipe = tmp_path / "book.txt"
    os.mkfifo(pipe)
    result = []
    reader = threading.Thread(target=lambda: result.append(_error_of(pipe)), daemon=True)
    reader.start()
    reader.join(10)
    assert result and isinstance(result[0], NotRegularFileError) and "named pipe" in str(result[0])


@posix
def test_a_socket_and_a_folder_are_refused(tmp_path):
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(tmp_path / "s.txt"))
        with pytest.raises(NotRegularFileError, match="socket"):
            load_document(tmp_path / "s.txt")
    finally:
        server.close()
    with pytest.raises(NotRegularFileError, match="folder"):
        load_document(tmp_path)


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="Linux /proc")
def test_a_file_whose_content_is_not_its_size_is_reported():
    # /proc files are regular files that say they hold 0 bytes and then give more: as a file being written does
    with pytest.raises(FileChangedError, match="changed while it was read"):
        load_document("/proc/self/status")


def _error_of(path):
    try:
        load_document(path)
    except Exception as error:  # noqa: BLE001 - the test inspects whatever came out
        return error
    return None


def test_limits_come_from_the_environment_and_say_how_to_raise_them(monkeypatch):
    monkeypatch.setenv("PARALLEL_READER_MAX_PARAGRAPHS", "12")
    monkeypatch.setenv("PARALLEL_READER_MAX_UNPACKED_MB", "not a number")
    budget = Budget()
    assert budget.limit("paragraphs") == 12
    assert budget.limit("unpacked") == LIMITS["unpacked"].default  # a bad value leaves the default
    budget.charge("paragraphs", 12)
    with pytest.raises(WorkLimitError, match="more than 12 paragraphs") as info:
        budget.charge("paragraphs", 1)
    assert info.value.limit == "paragraphs"
    assert info.value.hint == "Set PARALLEL_READER_MAX_PARAGRAPHS to a larger number (now 12) to read it."


def test_a_raised_limit_lets_the_file_be_read(tmp_path, monkeypatch):
    path = tmp_path / "lines.txt"
    path.write_text("\n".join(f"Line {i}." for i in range(50)), encoding="utf-8")
    monkeypatch.setenv("PARALLEL_READER_MAX_PARAGRAPHS", "20")
    with pytest.raises(WorkLimitError, match="PARALLEL_READER_MAX_PARAGRAPHS|20 paragraphs"):
        load_document(path)
    monkeypatch.setenv("PARALLEL_READER_MAX_PARAGRAPHS", "50")
    assert len(load_document(path).paragraphs) == 50
