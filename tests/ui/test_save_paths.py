"""Save dialogs suggest a place beside the person's files, never inside the program."""

from __future__ import annotations

from pathlib import Path

from reader.ui.sample import sample_pair
from reader.ui.save_paths import documents_folder, suggested_path


def test_beside_the_original_named_after_it(tmp_path):
    ru, en = tmp_path / "story.ru.txt", tmp_path / "report.en.txt"
    assert suggested_path((ru, en), None, ".preader") == str(tmp_path / "story.preader")
    assert suggested_path((str(ru), str(en)), None, ".pdf") == str(tmp_path / "story.pdf")


def test_beside_the_saved_project(tmp_path):
    project = tmp_path / "work" / "reading.preader"
    assert suggested_path((tmp_path / "a.txt", tmp_path / "b.txt"), project, ".pdf") == str(project.with_suffix(".pdf"))


def test_never_into_the_built_in_sample(qapp):
    sample = sample_pair()
    path = Path(suggested_path(sample, None, ".pdf"))
    assert path.parent == documents_folder()
    assert path.name == "putin-un-cybercrime-convention.pdf"
    assert sample[0].parent not in path.parents


def test_without_files(qapp):
    assert Path(suggested_path(None, None, ".preader")).parent == documents_folder()


def test_never_one_of_the_sources(tmp_path):
    """Exporting book.pdf to PDF (or article.html to HTML) must not suggest writing over the original."""
    ru, en = tmp_path / "book.pdf", tmp_path / "article.html"
    assert suggested_path((ru, en), None, ".pdf") == str(tmp_path / "book.parallel.pdf")
    assert suggested_path((ru, en), None, ".tsv") == str(tmp_path / "book.tsv")
    assert suggested_path((ru, en), tmp_path / "article.preader", ".html") == str(tmp_path / "article.parallel.html")
