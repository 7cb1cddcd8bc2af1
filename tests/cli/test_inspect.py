"""Tests for ``python -m reader inspect``."""

from __future__ import annotations

import json

from conftest import run_module


def test_json_of_russian_seed(seed_paths):
    result = run_module("inspect", str(seed_paths[0]), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert list(data) == ["language", "format", "encoding", "title", "paragraphs"]
    assert (data["language"], data["format"], data["encoding"]) == ("ru", "txt", "utf-8")
    assert data["paragraphs"][0] == {"index": 0, "kind": "meta", "text": "date 2025-10-25"}
    assert [p["kind"] for p in data["paragraphs"]].count("body") == 9
    assert "Президент" in result.stdout  # not escaped


def test_table_of_english_seed(seed_paths):
    result = run_module("inspect", str(seed_paths[1]))
    assert result.returncode == 0, result.stderr
    assert "Language: en" in result.stdout
    assert "caption" in result.stdout and "duplicate" in result.stdout


def test_bad_input(tmp_path):
    fake = tmp_path / "book.txt"
    fake.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    result = run_module("inspect", str(fake))
    assert result.returncode != 0
    assert "really a PDF document" in result.stderr
    assert "Traceback" not in result.stderr
    missing = run_module("inspect", str(tmp_path / "missing.epub"))
    assert missing.returncode != 0 and "no such file" in missing.stderr
