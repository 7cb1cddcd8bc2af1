"""``python -m reader align``: output formats, files, errors."""

from __future__ import annotations

import csv
import json
import os
import stat

import defusedxml.ElementTree as ET
import pytest
from conftest import run_module

from reader.cli import main
from reader.core.export.tsv import COLUMNS


def test_json_of_the_sample_pair(seed_paths, capsys):
    assert main(["align", str(seed_paths[0]), str(seed_paths[1])]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["ru"]["path"].endswith(".ru.txt")
    assert data["ru"]["paragraphs"][0]["kind"] == "meta"
    assert {"index", "kind", "text"} == set(data["en"]["paragraphs"][0])
    links = data["links"]
    assert [(link["ru"], link["en"]) for link in links] == [([1], [0, 3]), ([2], [10]), ([3], [11]), ([4, 5, 6], [12])]
    for link in links:
        assert 0 <= link["score"] <= 1
        assert link["sentences"] and set(link["differences"]) == {"ru_only", "en_only"}


def test_tsv_and_tmx_to_a_file(seed_paths, tmp_path):
    out = tmp_path / "pair.tsv"
    assert main(["align", str(seed_paths[0]), str(seed_paths[1]), "--format", "tsv", "-o", str(out)]) == 0
    with open(out, encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream, delimiter="\t"))
    assert rows[0] == COLUMNS  # the export's layout (one TSV layout for both commands)
    assert [(row[0], row[1]) for row in rows[1:]] == [("1", "0,3"), ("2", "10"), ("3", "11"), ("4,5,6", "12")]
    out = tmp_path / "pair.tmx"
    assert main(["align", str(seed_paths[0]), str(seed_paths[1]), "--format", "tmx", "-o", str(out)]) == 0
    assert len(list(ET.parse(out).getroot().iter("tu"))) == 4


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_output_file_mode(seed_paths, tmp_path, umask):
    """A new output file as the umask allows (was always 0600); a replaced one keeps its mode."""
    umask(0o022)
    out = tmp_path / "pair.json"
    assert main(["align", str(seed_paths[0]), str(seed_paths[1]), "-o", str(out)]) == 0
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o644
    os.chmod(out, 0o664)
    assert main(["align", str(seed_paths[0]), str(seed_paths[1]), "--format", "tsv", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("\t".join(COLUMNS) + "\n")
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o664


def test_missing_file_is_a_clean_error(tmp_path, seed_paths):
    result = run_module("align", str(tmp_path / "nope.txt"), str(seed_paths[1]))
    assert result.returncode == 1
    assert "error:" in result.stderr and "Traceback" not in result.stderr


def test_files_the_wrong_way_round_are_swapped_with_a_notice(seed_paths, tmp_path):
    result = run_module("align", str(seed_paths[1]), str(seed_paths[0]), "--format", "tsv")
    assert result.returncode == 0, result.stderr
    assert "other way round" in result.stderr
    assert result.stdout.splitlines()[1].startswith("1\t0,3\t")  # the Russian paragraphs are on the ru side
    same = run_module("align", str(seed_paths[0]), str(seed_paths[0]))
    assert same.returncode == 1 and "both files are in Russian" in same.stderr and "Traceback" not in same.stderr
