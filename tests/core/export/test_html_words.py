"""The HTML export's word correspondences: matched words of a row share a class, and the page's style marks
them while the pointer is on one of them; read back from the written page."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from faithful_pair import EN_PARAGRAPH, RU_PARAGRAPH
from reader.core.align.model import Alignment, Link
from reader.core.export.common import ExportOptions
from reader.core.session import ReadingSession
from reader.core.mt.translation import MachineTranslation
from reader.core.export.html import export_html, html_page
from reader.core.project.annotations import Annotation
from reader.core.segment import make_document

WORDS = ExportOptions(word_links=True)


class _Words(HTMLParser):
    """Per <tbody>: the text of each word span with its pair classes and the column (td class) it is in; and
    the whole text of the table cells."""

    def __init__(self):
        super().__init__()
        self.bodies: list[list[tuple[str, str, set[str]]]] = []
        self.cell_text = ""
        self._column = None
        self._span: list | None = None
        self._depth = 0
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "tbody":
            self.bodies.append([])
        elif tag == "td":
            self._column = attrs.get("class")
        elif tag == "style":
            self._in_style = True
        elif tag == "span" and "w" in (attrs.get("class") or "").split():
            self._span = [self._column, "", set(attrs["class"].split()) - {"w"}]

    def handle_endtag(self, tag):
        if tag == "span" and self._span is not None:
            self.bodies[-1].append(tuple(self._span))
            self._span = None
        elif tag == "td":
            self._column = None
            self.cell_text += "\n"
        elif tag == "style":
            self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.styles.append(data)
        if self._span is not None:
            self._span[1] += data
        if self._column is not None:
            self.cell_text += data


def _read(page: str) -> _Words:
    parser = _Words()
    parser.feed(page)
    return parser


def _faithful(**kwargs) -> ReadingSession:
    ru, en = make_document([RU_PARAGRAPH], "ru"), make_document([EN_PARAGRAPH], "en")
    return ReadingSession(ru, en, Alignment(links=[Link([0], [0])]), **kwargs)


def _counterparts(words, word: str) -> list[str]:
    """The words of the other column sharing a class with ``word`` (in the same row)."""
    for column, text, classes in words:
        if text == word:
            return [t for c, t, k in words if c != column and k & classes]
    raise AssertionError(f"{word} is in no word span")


def test_counterparts_share_a_class_both_ways(tmp_path):
    page = export_html(_faithful(), tmp_path / "pair.html", WORDS).read_text(encoding="utf-8")
    parsed = _read(page)
    [words] = parsed.bodies
    for ru_word, en_words in (("Гуцан", ["Gutsan"]), ("Ханое", ["Hanoi"]), ("историческое", ["historic"]),
                              ("генпрокурор", ["Prosecutor", "General"]), ("2019", ["2019"])):
        assert _counterparts(words, ru_word) == en_words, ru_word
    assert sorted(_counterparts(words, "2019")) == ["2019"] and sorted(_counterparts(words, "Prosecutor")) == ["генпрокурор"]
    assert _counterparts(words, "году") == ["2019"]
    # the style has a rule for every class the page uses, and the marking works through :has (no script)
    used = {k for _, _, classes in words for k in classes}
    style = "".join(parsed.styles)
    assert all(f"tbody:has(.{k}:hover) .{k}" in style for k in used)
    assert "<script" not in page
    # the words are only wrapped: the text is the same as without word links
    plain = _read(html_page(_faithful()))
    assert parsed.cell_text == plain.cell_text and plain.bodies == [[]]
    assert "tbody:has" not in html_page(_faithful())


def test_each_row_is_its_own_body_also_interleaved():
    ru = make_document(["Гуцан приехал в Ханой.", "Вчера Гуцан подписал конвенцию."], "ru")
    en = make_document(["Gutsan came to Hanoi.", "Yesterday Gutsan signed the convention."], "en")
    data = ReadingSession(ru, en, Alignment(links=[Link([0], [0]), Link([1], [1])]))
    for layout in ("side-by-side", "interleaved"):
        parsed = _read(html_page(data, ExportOptions(layout=layout, word_links=True)))
        assert len(parsed.bodies) == 2, layout
        first, second = parsed.bodies
        assert _counterparts(first, "Ханой") == ["Hanoi"] and _counterparts(second, "конвенцию") == ["convention"]
        assert {c for c, _, _ in first} == {"ru", "en"}  # both columns of a link in one body


def test_a_machine_translation_and_a_highlight():
    ru = make_document(["Первый абзац.", RU_PARAGRAPH], "ru")
    en = make_document(["First paragraph."], "en")
    note = Annotation("ru", 1, RU_PARAGRAPH.index("Гуцан"), RU_PARAGRAPH.index("Гуцан") + 3, note="кто?")
    data = ReadingSession(ru, en, Alignment(links=[Link([0], [0])]), [note],
                       {("ru", 1): MachineTranslation(EN_PARAGRAPH, "Argos ru→en 1.9", side="ru")})
    page = html_page(data, WORDS)
    parsed = _read(page)
    translated = parsed.bodies[1]
    assert _counterparts(translated, "Ханое") == ["Hanoi"]
    # the highlight cuts the word: both pieces carry its class, inside and outside the <mark>
    pieces = [(text, classes) for column, text, classes in translated if column == "ru" and text in ("Гуц", "ан")]
    assert [t for t, _ in pieces] == ["Гуц", "ан"] and pieces[0][1] == pieces[1][1]
    assert re.search(r'<mark[^>]*><span class="w [^"]+">Гуц</span></mark><span class="w [^"]+">ан</span>', page)


def test_a_row_without_counterpart_has_no_word_spans():
    ru = make_document(["Первый абзац.", "Этот абзац есть только в оригинале."], "ru")
    en = make_document(["First paragraph."], "en")
    parsed = _read(html_page(ReadingSession(ru, en, Alignment(links=[Link([0], [0])])), WORDS))
    assert len(parsed.bodies) == 2 and parsed.bodies[1] == []


def test_the_command_line_asks_for_them(tmp_path, seed_paths):
    from conftest import run_module

    out = tmp_path / "pair.html"
    result = run_module("export", str(seed_paths[0]), str(seed_paths[1]), "--word-links", "--quiet", "-o", str(out))
    assert result.returncode == 0, result.stderr
    parsed = _read(out.read_text(encoding="utf-8"))
    assert any(_counterparts(words, "2019") == ["2019"] for words in parsed.bodies if any(t == "2019" for _, t, _ in words))
    plain = tmp_path / "plain.html"
    assert run_module("export", str(seed_paths[0]), str(seed_paths[1]), "--quiet", "-o", str(plain)).returncode == 0
    assert "tbody:has" not in plain.read_text(encoding="utf-8")
