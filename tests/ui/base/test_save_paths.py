"""Save dialogs suggest a place beside the person's files, never inside the program."""

from __future__ import annotations

from pathlib import Path

from reader.ui.base.sample import sample_pair
from reader.ui.base.save_paths import documents_folder, suggested_path


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


def test_a_new_project_is_named_after_the_pair_in_the_last_project_folder(tmp_path):
    from reader.ui.base.save_paths import file_name_of, project_path_suggestion

    books, projects = tmp_path / "downloads", tmp_path / "reading"
    books.mkdir()
    projects.mkdir()
    sources = (books / "ru.txt", books / "en.txt")
    assert project_path_suggestion("АННА КАРЕНИНА", str(projects), sources, ".preader") == str(
        projects / "Анна Каренина.preader")
    assert project_path_suggestion("Две части ↔ Two Parts", str(projects), sources, ".preader") == str(
        projects / "Две части – Two Parts.preader")
    first_time = Path(project_path_suggestion("Война и мир", "", sources, ".preader"))
    assert first_time == documents_folder() / "Война и мир.preader"  # not beside the books
    gone = Path(project_path_suggestion("", str(tmp_path / "gone"), sources, ".preader"))
    assert gone.parent == documents_folder() and gone.name == "ru.preader"  # no title: the original's name
    assert file_name_of('A: "B" / C?') == "A B C"


def test_save_project_proposes_the_pair_title_and_remembers_the_folder(qtbot, window, tmp_path):
    from tests.small_book import write_txt

    from ..helpers import wait_aligned

    assert window.open_pair(*write_txt(tmp_path))
    wait_aligned(qtbot, window.context)
    folder = tmp_path / "projects"
    folder.mkdir()
    window.context.settings.project_folder = str(folder)
    assert window.projects.suggested_save_path() == str(folder / "Две Части.preader")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    window.projects.ask_save_path = lambda: str(elsewhere / "mine.preader")
    assert window.projects.save()
    assert window.context.settings.project_folder == str(elsewhere)  # the next project goes there too
    assert window.projects.suggested_save_path() == str(elsewhere / "mine.preader")  # Save As: beside itself
