"""Reading the Argos package index in its published format, and refusing what would reach a file name unchecked."""

from __future__ import annotations

import json
import time

import pytest

from reader.core.mt.index import MAX_INDEX_SIZE, PackageIndexError, json_depth, parse_index

#: three entries as the published argospm-index writes them (an ipfs link, the "ifps" typo it has, and an
#: sbd package of the older index format)
PUBLISHED = """[
    {"package_version": "1.9", "argos_version": "1.9", "from_code": "ru", "from_name": "Russian",
     "to_code": "en", "to_name": "English",
     "links": ["https://argos-net.com/v1/translate-ru_en-1_9.argosmodel"], "code": "translate-ru_en"},
    {"package_version": "1.3", "argos_version": "1.5", "from_code": "en", "from_name": "English",
     "to_code": "da", "to_name": "Danish",
     "links": ["https://argos-net.com/v1/translate-en_da-1_3.argosmodel",
               "ifps://QmRmYhBKr4FMgZ2fSYrf8ZRpjdyLRdattzm6tbj5z2wN8X"], "code": "translate-en_da"},
    {"package_version": "1.0", "argos_version": "1.0", "from_codes": ["en"], "type": "sbd",
     "links": ["ipfs://QmV5bmf8iqKpoGoyuTzEppaSWdceuW6zgiePaUr5ThPCpW"], "code": "sbd-en"}
]"""


def test_published_format():
    entries, problems = parse_index(PUBLISHED.encode())
    assert problems == []
    ru_en, en_da = entries  # the sbd package is not a translation package
    assert (ru_en.from_code, ru_en.to_code, ru_en.version, ru_en.code) == ("ru", "en", "1.9", "translate-ru_en")
    assert ru_en.file_name == "translate-ru_en-1_9.argosmodel" and ru_en.size is None and ru_en.sha256 is None
    assert en_da.links == ("https://argos-net.com/v1/translate-en_da-1_3.argosmodel",)
    assert en_da.refused_links == ("ifps scheme in 'ifps://QmRmYhBKr4FMgZ2fSYrf8ZRpjdyLRdattzm6tbj5z2wN8X' "
                                   "(only http and https are used)",)


@pytest.mark.parametrize("change, reason", [
    ({"package_version": "1.9\x00"}, "package_version is not a version"),
    ({"from_code": "ru/../../x"}, "from_code is not a 2–3 letter language code"),
    ({"code": "../translate"}, "code cannot name a file"),
    ({"links": "https://example.invalid/x"}, "links is not a list"),
    ({"size": -1}, "size is not a positive number of bytes"),
    ({"size": True}, "size is not a positive number of bytes"),
    ({"sha256": "abc"}, "sha256 is not 64 hexadecimal digits"),
    ({"to_name": "x" * 500}, "a name or argos_version is not short plain text"),
])
def test_bad_entries_are_left_out_with_the_reason(change, reason):
    entry = dict(json.loads(PUBLISHED)[0], **change)
    entries, problems = parse_index(json.dumps([entry, json.loads(PUBLISHED)[1]]).encode())
    assert [e.code for e in entries] == ["translate-en_da"]
    assert problems == [f"entry 1: {reason}" + problems[0].split(reason, 1)[1]]


@pytest.mark.parametrize("data, message", [
    (b"[" * 100_000 + b"]" * 100_000, "nested 100000 levels deep"),
    (b"{\"a\": 1}", "not a list of packages"),
    (b"\xff\xfe", "not valid JSON"),
    (b"[" + b"1," * 10_001 + b"1]", "lists 10002 packages"),
])
def test_unusable_index(data, message):
    with pytest.raises(PackageIndexError, match=message):
        parse_index(data)


def test_size_cap():
    with pytest.raises(PackageIndexError, match=f"at most {MAX_INDEX_SIZE}"):
        parse_index(b" " * (MAX_INDEX_SIZE + 1))


def test_depth_is_counted_outside_strings_in_linear_time():
    assert json_depth(b'[{"a": "[[[[\\"[[[", "b": [1, {"c": []}]}]') == 5
    started = time.perf_counter()
    assert json_depth(b"[" * (2 * 1024 ** 2)) == 2 * 1024 ** 2
    assert time.perf_counter() - started < 5
