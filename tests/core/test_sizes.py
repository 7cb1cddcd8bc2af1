"""Byte counts for people, and comparisons that never read "0.0 MB, more than 0.0 MB"."""

from __future__ import annotations

import pytest

from reader.core.sizes import format_size, format_sizes


@pytest.mark.parametrize(("size", "text"), [
    (0, "0 bytes"), (1, "1 byte"), (1023, "1023 bytes"), (1024, "1 KB"), (180 * 1024, "180 KB"),
    (96_900_000, "92.4 MB"), (3 * 1024 ** 3 // 2, "1.50 GB")])
def test_format_size(size, text):
    assert format_size(size) == text


def test_sizes_that_round_alike_are_given_in_bytes():
    assert format_sizes(3300, 1048) == ["3 KB", "1 KB"]
    assert format_sizes(1100, 1048) == ["1,100 bytes", "1,048 bytes"]
    assert format_sizes(200 * 2 ** 20 + 5, 200 * 2 ** 20) == ["209,715,205 bytes", "209,715,200 bytes"]
    assert format_sizes(2048, 2048) == ["2 KB", "2 KB"]  # equal sizes may look equal
