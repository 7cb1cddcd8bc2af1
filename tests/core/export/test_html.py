"""HTML: a self-contained page with the pair side by side, escaped text, highlights as <mark> with notes."""

from __future__ import annotations

from html.parser import HTMLParser

from reader.core.export.common import ExportOptions
from reader.core.export.html import export_html, html_page


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

    annotated.annotations.append(Annotation("ru", 1, 4, 20, note="overlap"))
    page = html_page(annotated, ExportOptions(layout="interleaved"))
    parser = _Collect()
    parser.feed(page)
    assert [text for text, _ in parser.marks][:3] == ["През", "идент", " России под"]
    assert page.count('<td class="en">') == 5
