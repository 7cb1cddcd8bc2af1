"""Tests for HTML and Markdown files."""

from __future__ import annotations

from reader.core.document import Kind
from reader.core.formats import load_document

PAGE = """<!DOCTYPE html><html><head><meta charset="windows-1251"><title>Новости дня</title>
<style>p { color: red }</style><script>document.write("Скрипт")</script>
<link rel="stylesheet" href="http://example.invalid/x.css"></head>
<body><nav><a href="/">Главная</a> <a href="/news">Новости</a></nav>
<h1>Конвенция подписана</h1>
<p>Президент России назвал подписание конвенции <b>историческим</b>&nbsp;событием.</p>
<p>Конвенция призвана противостоять преступлениям.<p>Абзац без закрывающего тега.
<figure><img src="http://example.invalid/a.jpg"><figcaption>Фото с церемонии</figcaption></figure>
<table><tr><th>Страна</th><th>Дата</th></tr><tr><td>Россия</td><td>2025</td></tr></table>
<ul><li>Первый пункт</li><li>Второй пункт</ul><div hidden>Скрытый текст</div>
</body></html>"""


def test_html(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(PAGE.encode("cp1251"))
    document = load_document(path)
    assert document.title == "Новости дня" and document.language == "ru"
    assert document.source.encoding == "windows-1251"
    texts = [p.text for p in document.paragraphs]
    assert texts == ["Конвенция подписана",
                     "Президент России назвал подписание конвенции историческим событием.",
                     "Конвенция призвана противостоять преступлениям.", "Абзац без закрывающего тега.",
                     "Фото с церемонии", "Страна | Дата", "Россия | 2025", "Первый пункт", "Второй пункт"]
    kinds = [p.kind for p in document.paragraphs]
    assert kinds[0] is Kind.HEADING and document.paragraphs[0].level == 1
    assert kinds[4] is Kind.CAPTION
    assert "Скрипт" not in " ".join(texts) and "Главная" not in " ".join(texts)


def test_htm_extension_and_utf8(tmp_path):
    path = tmp_path / "page.htm"
    path.write_text("<p>The first paragraph of the page.</p><p>A second one, with a<br>line break.</p>",
                    encoding="utf-8")
    assert [p.text for p in load_document(path).paragraphs] == [
        "The first paragraph of the page.", "A second one, with a", "line break."]


def test_markdown(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text("# The Title\n\nSome *emphasis* and **strong** text with a [link](http://example.invalid)\n"
                    "wrapped onto a second line.\n\n## Section\n\n- first item\n- second item\n\n"
                    "> a quoted line\n\n```\ncode stays\n```\n\nSetext Heading\n==============\n", encoding="utf-8")
    document = load_document(path)
    assert [(p.text, p.kind, p.level) for p in document.paragraphs] == [
        ("The Title", Kind.HEADING, 1),
        ("Some emphasis and strong text with a link wrapped onto a second line.", Kind.BODY, 0),
        ("Section", Kind.HEADING, 2), ("first item", Kind.BODY, 0), ("second item", Kind.BODY, 0),
        ("a quoted line", Kind.BODY, 0), ("code stays", Kind.BODY, 0), ("Setext Heading", Kind.HEADING, 1)]
    assert document.source.format == "md" and document.title == "The Title"
