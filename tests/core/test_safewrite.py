"""Safe writes: the old file or the whole new one, new files as the umask allows, replaced files keep their mode."""

from __future__ import annotations

import os
import stat

import pytest

from reader.core.safewrite import replacing, write_text

posix_modes = pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@posix_modes
@pytest.mark.parametrize(("mask", "expected"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_a_new_file_gets_what_the_umask_allows(tmp_path, umask, mask, expected):
    umask(mask)
    path = tmp_path / "out.txt"
    write_text(path, "новый текст\n")
    assert path.read_text(encoding="utf-8") == "новый текст\n"
    assert mode(path) == expected
    with open(tmp_path / "plain.txt", "w") as stream:  # what a plain open gives, for comparison
        stream.write("x")
    assert mode(tmp_path / "plain.txt") == expected


@posix_modes
@pytest.mark.parametrize("old_mode", [0o600, 0o640, 0o664, 0o444])
def test_a_replaced_file_keeps_its_mode(tmp_path, umask, old_mode):
    umask(0o022)
    path = tmp_path / "out.txt"
    path.write_text("old\n", encoding="utf-8")
    os.chmod(path, old_mode)
    write_text(path, "new\n")
    assert path.read_text(encoding="utf-8") == "new\n"
    assert mode(path) == old_mode
    assert os.listdir(tmp_path) == ["out.txt"]


@posix_modes
def test_the_temporary_file_is_never_more_open_than_the_file_it_replaces(tmp_path, umask):
    umask(0o000)
    path = tmp_path / "private.txt"
    path.write_text("secret\n", encoding="utf-8")
    os.chmod(path, 0o600)
    with replacing(path) as temp:
        assert mode(temp) == 0o600
        temp.write_text("still secret\n", encoding="utf-8")
    assert mode(path) == 0o600


def test_a_failure_mid_write_leaves_the_old_file(tmp_path):
    path = tmp_path / "out.txt"
    path.write_text("old and whole\n", encoding="utf-8")
    with pytest.raises(RuntimeError), replacing(path) as temp:
        with open(temp, "w", encoding="utf-8") as stream:
            stream.write("half of the new")
            raise RuntimeError("the writer failed")
    assert path.read_text(encoding="utf-8") == "old and whole\n"
    assert os.listdir(tmp_path) == ["out.txt"]  # no temporary file left behind


def test_a_missing_folder_is_an_error_and_leaves_nothing(tmp_path):
    with pytest.raises(FileNotFoundError):
        write_text(tmp_path / "missing" / "out.txt", "x")
    assert os.listdir(tmp_path) == []


def test_the_target_is_the_old_text_until_the_new_one_is_whole(tmp_path):
    path = tmp_path / "out.txt"
    previous = "a" * 100_000
    write_text(path, previous)
    for letter in "bcd":
        with replacing(path) as temp, open(temp, "w", encoding="utf-8") as stream:
            stream.write(letter * 50_000)
            stream.flush()
            assert path.read_text(encoding="utf-8") == previous
            stream.write(letter * 50_000)
        previous = letter * 100_000
        assert path.read_text(encoding="utf-8") == previous
