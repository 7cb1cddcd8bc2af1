"""Tests for the archive and XML safety checks."""

from __future__ import annotations

import io
import zipfile

import pytest
from builders import zip_bytes

from reader.core.errors import MalformedDocumentError, UnsafeArchiveError, WorkLimitError
from reader.core.formats import safety


def test_path_traversal_refused():
    for name in ("../evil.xml", "/abs/evil.xml", "a/../../evil.xml", "C:/evil.xml"):
        with pytest.raises(UnsafeArchiveError, match="outside"):
            safety.open_zip(zip_bytes({name: "x"}), "EPUB")


def test_zip_bomb_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("content.xml", b"\0" * (20 * 1024 * 1024))
    with pytest.raises(UnsafeArchiveError, match="unreasonable"):
        safety.open_zip(buffer.getvalue(), "ODT")


def test_too_many_entries(monkeypatch):
    monkeypatch.setattr(safety, "MAX_ENTRIES", 5)
    with pytest.raises(UnsafeArchiveError, match="entries"):
        safety.open_zip(zip_bytes({f"f{i}": "x" for i in range(6)}), "EPUB")


def test_total_size(monkeypatch):
    monkeypatch.setenv("PARALLEL_READER_MAX_UNPACKED_MB", str(10 / 1024 / 1024))
    with pytest.raises(WorkLimitError, match="unpacks to more than 10 bytes") as info:
        safety.open_zip(zip_bytes({"a": "x" * 20}), "DOCX")
    assert "PARALLEL_READER_MAX_UNPACKED_MB" in info.value.hint


def test_not_a_zip():
    with pytest.raises(MalformedDocumentError, match="not a readable zip"):
        safety.open_zip(b"PK\x03\x04garbage", "DOCX")


def test_xml_external_entity_refused():
    with pytest.raises(MalformedDocumentError, match="refuses"):
        safety.parse_xml(b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "http://example.invalid/">]>'
                         b"<x>&e;</x>", "FB2")


def test_local_name():
    assert safety.local("{urn:x}p") == "p" and safety.local("p") == "p" and safety.local(None) == ""
