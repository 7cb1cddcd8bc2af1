"""Crafted hostile files end with a documented error or a reading, in linear time and within the budget.

Every family of ``crafted.py`` is written at a size that reads well under a second when parsing is
linear and takes minutes when it is not (or with a limit lowered so that the budget trips at a small
size). They are read in one child process under a generous timeout: a regression fails the test
instead of hanging the suite, and the last family the child started is named.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

import crafted
from conftest import REPO

#: family → (scale, limits set in the environment, the error class expected or None for a reading, words)
CASES = {
    "md-atx-spaces": (1.0, {}, None, ""),
    "md-strong-runs": (0.5, {}, None, ""),
    "md-emphasis-runs": (0.5, {}, None, ""),
    "md-brackets": (1.0, {}, None, ""),
    "html-sloppy-list": (1.0, {}, None, ""),
    "html-skipped-nesting": (1.0, {}, None, ""),
    "html-unclosed-markup": (1.0, {}, None, ""),
    "html-punycode": (1.0, {}, None, ""),
    "html-nested-divs": (1.0, {}, "WorkLimitError", "nested more than 500 deep"),
    "txt-dots": (1.0, {}, None, ""),
    "txt-shared-sentence": (0.15, {}, None, ""),
    "txt-chapter-headings": (0.2, {}, None, ""),
    "txt-indented-block": (1.0, {"PARALLEL_READER_MAX_PARAGRAPHS": "1000"}, "WorkLimitError",
                           "more than 1,000 paragraphs"),
    "txt-one-char-lines": (1.0, {}, "WorkLimitError", "more than 100,000 paragraphs"),
    "pdf-hyphenated-paragraph": (1.0, {}, None, ""),
    "pdf-huge-content-stream": (0.1, {"PARALLEL_READER_MAX_PDF_STREAM_MB": "4"}, "WorkLimitError",
                                "content stream of the PDF unpacks to more than 4.0 MB"),
    "pdf-many-pages": (0.1, {"PARALLEL_READER_MAX_PAGES": "1000"}, "WorkLimitError",
                       "10,000 pages, more than the limit of 1,000"),
    "epub-spine-repeat": (0.01, {"PARALLEL_READER_MAX_UNPACKED_MB": "64"}, "WorkLimitError",
                          "unpacks to more than 64.0 MB"),
    "docx-million-paragraphs": (0.05, {"PARALLEL_READER_MAX_ELEMENTS": "100000"}, "WorkLimitError",
                                "more than 100,000 XML or HTML elements"),
    "fb2-million-paragraphs": (0.05, {"PARALLEL_READER_MAX_PARAGRAPHS": "10000"}, "WorkLimitError",
                               "more than 10,000 paragraphs"),
    "fb2-deep": (0.1, {}, "WorkLimitError", "nested more than 500 deep"),
}

_CHILD = textwrap.dedent("""
    import json, os, sys, time
    from reader.core.errors import ReaderError
    from reader.core.formats import load_document
    for line in sys.stdin:
        name, path, limits = json.loads(line)
        os.environ.update(limits)
        print("start", name, flush=True)
        start = time.perf_counter()
        try:
            document = load_document(path)
            outcome = {"error": None, "message": "", "paragraphs": len(document.paragraphs)}
        except ReaderError as error:
            outcome = {"error": type(error).__name__, "message": str(error), "hint": error.hint}
        outcome["seconds"] = time.perf_counter() - start
        for key in limits:
            del os.environ[key]
        print("done", json.dumps([name, outcome]), flush=True)
""")


def test_every_family_has_a_case():
    assert set(CASES) == set(crafted.FAMILIES)


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    folder = tmp_path_factory.mktemp("crafted")
    lines = []
    for name, (scale, limits, _, _) in CASES.items():
        file_name, data = crafted.FAMILIES[name](scale)
        (folder / file_name).write_bytes(data)
        lines.append(json.dumps([name, str(folder / file_name), limits]))
    env = dict(os.environ, PYTHONPATH=str(REPO))
    child = subprocess.Popen([sys.executable, "-c", _CHILD], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=env, cwd=REPO)
    try:
        stdout, stderr = child.communicate("\n".join(lines) + "\n", timeout=240)
    except subprocess.TimeoutExpired:
        child.kill()
        stdout, _ = child.communicate()
        started = [line.split()[1] for line in stdout.splitlines() if line.startswith("start")]
        pytest.fail(f"reading the crafted files hangs: {started[-1] if started else '?'} did not end in 240 s")
    assert child.returncode == 0, stderr
    return dict(json.loads(line[5:]) for line in stdout.splitlines() if line.startswith("done"))


@pytest.mark.parametrize("name", sorted(CASES))
def test_crafted_family_ends_well(outcomes, name):
    _, limits, error, words = CASES[name]
    outcome = outcomes[name]
    assert outcome["error"] == error, outcome
    if error:
        assert words in outcome["message"], outcome
        if error == "WorkLimitError":  # the refusal says which variable raises the limit
            variable = next(iter(limits), "PARALLEL_READER_MAX_")
            assert variable in outcome["hint"], outcome
    else:
        assert outcome["paragraphs"] >= 1
    assert outcome["seconds"] < 30, outcome  # generous: linear parsing takes about a second at most here
