"""HTML: a self-contained page with the pair side by side, escaped text, highlights as <mark> with notes."""

from __future__ import annotations

from html.parser import HTMLParser

from reader.core.export.common import ExportOptions
from reader.core.export.html import export_html, html_page

from small_book import read_book, write_fb2


class _Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.marks, self._in_mark = [], [], False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "mark":
            self._in_mark = True
            self.marks.append(["", dict(attrs)])

    def handle_endtag(self, tag):
        if tag == "mark":
            self._in_mark = False

    def handle_data(self, data):
        if self._in_mark:
            self.marks[-1][0] += data


def test_page(tmp_path, annotated):
    annotated.en.paragraphs[3].text = "It is <script>alert(1)</script> open & signed."
    page = export_html(annotated, tmp_path / "pair.html").read_text(encoding="utf-8")
    parser = _Collect()
    parser.feed(page)
    assert "<script>" not in page and "&lt;script&gt;" in page and "&amp; signed" in page
    assert not any(tag in ("link", "img", "script") or "src" in attrs for tag, attrs in parser.tags)
    marks = {text: attrs for text, attrs in parser.marks}
    assert set(marks) == {"Президент", "the General Assembly", "Convention"}
    assert marks["Президент"]["title"] == "Кто именно?"
    assert "#a5d8ff" in marks["the General Assembly"]["style"]
    assert 'id="note-2"' in page and "Link: The report split this paragraph in two" in page
    assert "[Machine translation — translate-ru_en 1.9]" in page
    assert page.count("<tr><td") == 5  # one table row per link or unpaired paragraph


def test_overlapping_highlights_and_interleaved(annotated):
    from reader.core.project.annotations import Annotation

    annotated.annotations.add(Annotation("ru", 1, 4, 20, note="overlap"))
    page = html_page(annotated, ExportOptions(layout="interleaved"))
    parser = _Collect()
    parser.feed(page)
    assert [text for text, _ in parser.marks][:3] == ["През", "идент", " России под"]
    assert page.count('<td class="en">') == 5


class _Contents(HTMLParser):
    """The table of contents as nested lists of (link target, text), and every element id of the page."""

    def __init__(self):
        super().__init__()
        self.ids, self.headings, self.stack, self.href = set(), {}, [], None
        self.tree: list = []
        self._heading = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag in ("h2", "h3") and "id" in attrs:
            self._heading = (tag, attrs["id"])
        if tag == "ol":  # a list opens the children of the entry before it
            self.stack.append(self.stack[-1][-1][2] if self.stack else self.tree)
        if tag == "a" and self.stack:
            self.href = attrs["href"]

    def handle_endtag(self, tag):
        if tag == "ol":
            self.stack.pop()
        if tag in ("h2", "h3"):
            self._heading = None

    def handle_data(self, data):
        if self.href is not None:
            self.stack[-1].append((self.href, data, []))
            self.href = None
        elif self._heading is not None:
            self.headings[self._heading[1]] = (self._heading[0], data)


def test_a_book_has_contents_and_headings_by_depth(tmp_path):
    page = export_html(read_book(write_fb2(tmp_path)), tmp_path / "book.html").read_text(encoding="utf-8")
    parser = _Contents()
    parser.feed(page)
    assert [text for _, text, _ in parser.tree] == ["ЧАСТЬ ПЕРВАЯ — PART ONE", "ЧАСТЬ ВТОРАЯ — PART TWO"]
    assert [text for _, text, _ in parser.tree[1][2]] == ["I — Chapter 1", "II — Chapter 2", "III — Chapter 3"]
    for href, text, chapters in parser.tree:
        assert parser.headings[href[1:]] == ("h2", text.split(" — ")[0])  # every entry leads to its heading
        for chapter_href, chapter, _ in chapters:
            assert parser.headings[chapter_href[1:]] == ("h3", chapter.split(" — ")[0])
    assert page.count('<tr class="part">') == 2
