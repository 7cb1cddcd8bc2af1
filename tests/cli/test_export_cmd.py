"""``python -m reader export`` in a subprocess: a pair of files, a hand-written project, bad projects."""

from __future__ import annotations

import json

from defusedxml import ElementTree as SafeET
from pypdf import PdfReader

from conftest import run_module
from pairs import EN, RU, write_texts


def test_export_pair_of_files(tmp_path, seed_paths):
    out = tmp_path / "sample.pdf"
    result = run_module("export", *map(str, seed_paths), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    reader = PdfReader(out)
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Подписанная конвенция" in text and "The Convention is designed" in text
    tmx = tmp_path / "sample.tmx"
    assert run_module("export", *map(str, seed_paths), "-o", str(tmx)).returncode == 0  # format from the suffix
    assert SafeET.parse(tmx).getroot().get("version") == "1.4"


def test_export_hand_written_project(tmp_path):
    ru_path, en_path = write_texts(tmp_path)
    start = RU[2].index("Генеральной Ассамблеей")
    project = tmp_path / "reading.preader"
    project.write_text(json.dumps({
        "format": "parallel-reader-project", "version": 1,
        "original": {"path": ru_path.name}, "counterpart": {"path": en_path.name},
        "links": [{"ru": [i], "en": [i]} for i in range(5)],
        "annotations": [{"side": "ru", "paragraph": 2, "start": start, "end": start + 22, "note": "Когда?"}],
        "settings": {"layout": "interleaved"}}, ensure_ascii=False), encoding="utf-8")
    before = project.read_bytes()
    out = tmp_path / "out" / "reading.pdf"
    result = run_module("export", str(project), "--format", "pdf", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert project.read_bytes() == before  # exporting never rewrites the project
    page = PdfReader(out).pages[0]
    (highlight,) = [a.get_object() for a in page["/Annots"] if a.get_object()["/Subtype"] == "/Highlight"]
    assert highlight["/Contents"] == "Когда?"
    tsv = tmp_path / "reading.tsv"
    assert run_module("export", str(project), "--format", "tsv", "-o", str(tsv)).returncode == 0
    assert tsv.read_text(encoding="utf-8").count("\n") == 6
    assert EN[4] in tsv.read_text(encoding="utf-8")


def test_bad_project_clear_error_untouched(tmp_path):
    project = tmp_path / "newer.preader"
    project.write_text(json.dumps({"format": "parallel-reader-project", "version": 99,
                                   "original": {"path": "a"}, "counterpart": {"path": "b"}}), encoding="utf-8")
    before = project.read_bytes()
    result = run_module("export", str(project), "-o", str(tmp_path / "x.pdf"))
    assert result.returncode == 1
    assert "newer version" in result.stderr and "Traceback" not in result.stderr
    assert project.read_bytes() == before and not (tmp_path / "x.pdf").exists()
    missing = run_module("export", str(tmp_path / "nothing.preader"), "-o", str(tmp_path / "x.pdf"))
    assert missing.returncode == 1 and "no such file" in missing.stderr


def test_export_pair_given_the_wrong_way_round(tmp_path, seed_paths):
    out = tmp_path / "pair.tsv"
    result = run_module("export", str(seed_paths[1]), str(seed_paths[0]), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "other way round" in result.stderr
    assert out.read_text(encoding="utf-8").splitlines()[1].startswith("1\t0,3\t")


def test_export_never_replaces_a_source_file(tmp_path):
    ru_path, en_path = write_texts(tmp_path)
    before = ru_path.read_bytes()
    result = run_module("export", str(ru_path), str(en_path), "--format", "tsv", "-o", str(ru_path))
    assert result.returncode == 1 and "one of the files being exported" in result.stderr
    result = run_module("export", str(ru_path), str(en_path), "--format", "tsv", "--force", "-o", str(ru_path))
    assert result.returncode == 1 and "the original itself" in result.stderr and "Traceback" not in result.stderr
    assert ru_path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([ru_path.name, en_path.name])


def test_export_refuses_to_replace_a_file_without_force(tmp_path, seed_paths):
    out = tmp_path / "notes.tsv"
    out.write_text("my own notes\n", encoding="utf-8")
    result = run_module("export", *map(str, seed_paths), "-o", str(out))
    assert result.returncode == 1 and "already exists" in result.stderr and "--force" in result.stderr
    assert out.read_text(encoding="utf-8") == "my own notes\n"
    result = run_module("export", *map(str, seed_paths), "--force", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8").startswith("ru_ids\t")
