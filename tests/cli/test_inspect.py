"""Tests for ``python -m reader inspect``."""

from __future__ import annotations

import json

from conftest import REPO, run_module


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


def test_output_cut_short_by_the_reader_is_no_error(tmp_path):
    """``inspect … | head`` stops quietly: no BrokenPipeError traceback when the pipe closes early."""
    import os
    import subprocess
    import sys

    book = tmp_path / "long.txt"
    book.write_text("\n\n".join(f"Paragraph {i} of a long English book, read and printed." for i in range(4000)),
                    encoding="utf-8")  # its JSON is far larger than a pipe's buffer
    env = dict(os.environ, PYTHONPATH=str(REPO))
    process = subprocess.Popen([sys.executable, "-m", "reader", "inspect", "--json", str(book)], cwd=REPO,
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout.read(100).startswith(b'{"language": "en"')
    process.stdout.close()
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=120) != 0
    assert "Traceback" not in stderr and "BrokenPipe" not in stderr, stderr
