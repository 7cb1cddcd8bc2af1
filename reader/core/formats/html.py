"""HTML: headings and paragraphs; scripts, styles and navigation dropped; nothing is fetched."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from reader.core.document import Kind
from reader.core.errors import MalformedDocumentError
from reader.core.formats.blocks import Block, Extracted
from reader.core.formats.budget import current_budget
from reader.core.formats.encoding import decode

#: elements whose content is not reading text
SKIPPED = frozenset("script style noscript template svg math nav iframe object embed canvas button select "
                    "option textarea head menu".split())
#: elements that end one block of text and start another
BLOCKS = frozenset("p div h1 h2 h3 h4 h5 h6 li dt dd blockquote pre figcaption caption tr table ul ol dl "
                   "section article header footer aside main address hr body figure center details "
                   "summary fieldset legend".split())
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_SPACE = re.compile(r"[ \t\r\n\f\u00a0\u200b]+")
_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w-]+)", re.IGNORECASE)


#: elements a new list item, definition or row ends (with what lies open inside them), and the elements
#: that bound the search for one (an <li> in a nested <ul> does not end the outer list's item)
_ITEM_ENDS = {"li": ({"li"}, {"ul", "ol", "menu", "table"}), "dt": ({"dt", "dd"}, {"dl", "table"}),
              "dd": ({"dt", "dd"}, {"dl", "table"}), "tr": ({"tr"}, {"table"})}
#: block elements that end an open <p> (a paragraph cannot hold them)
_ENDS_PARAGRAPH = BLOCKS - {"caption", "tr", "body"}
_HEADING = {f"h{n}": n for n in range(1, 7)}


class _BlockParser(HTMLParser):
    """Collects text blocks from HTML, keeping heading levels and captions.

    The open block elements are a stack with counts beside it, so each tag costs the same however deep
    the document is; the depth is checked against the reading budget.
    """

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.title = ""
        self._in_title = False
        self._skip_tag = ""  # the element whose content is being skipped, and how many of it are open
        self._skip_depth = 0
        self._open: list[str] = []
        self._count: dict[str, int] = {}
        self._levels: list[int] = []  # heading levels among the open elements
        self._parts: list[str] = []
        self._cell = False
        self._budget = current_budget()

    def _push(self, tag: str) -> None:
        self._open.append(tag)
        self._budget.check("depth", len(self._open))
        self._count[tag] = self._count.get(tag, 0) + 1
        if tag in _HEADING:
            self._levels.append(_HEADING[tag])

    def _pop(self) -> str:
        tag = self._open.pop()
        self._count[tag] -= 1
        if tag in _HEADING:
            self._levels.pop()
        return tag

    def _is_open(self, tag: str) -> bool:
        return self._count.get(tag, 0) > 0

    def _flush(self):
        text = "".join(self._parts)
        self._parts = []
        if not text:
            return
        level = self._levels[-1] if self._levels else 0
        kind = Kind.CAPTION if self._is_open("figcaption") or self._is_open("caption") else None
        pre = self._is_open("pre")
        for line in text.split("\n"):
            line = line.strip() if pre else _SPACE.sub(" ", line).strip()
            if line:
                self.blocks.append(Block(line, level=level, kind=kind))

    def _close_implied(self, tag: str) -> None:
        """End what a new ``tag`` ends without an end tag: an open <p>, the previous list item or row."""
        if tag in _ENDS_PARAGRAPH and self._open and self._open[-1] == "p":
            self._pop()
        if tag in _ITEM_ENDS:
            ended, bounds = _ITEM_ENDS[tag]
            for position in range(len(self._open) - 1, -1, -1):
                open_tag = self._open[position]
                if open_tag in ended:
                    while len(self._open) > position:
                        self._pop()
                    break
                if open_tag in bounds:
                    break

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "title":
            self._in_title = True
        if self._skip_depth:
            if tag == self._skip_tag and tag not in _VOID:
                self._skip_depth += 1
            return
        hidden = "hidden" in attributes or attributes.get("role") == "navigation" \
            or attributes.get("aria-hidden") == "true"
        if tag in SKIPPED or hidden:
            if tag not in _VOID:
                self._skip_tag, self._skip_depth = tag, 1
            return
        if tag == "br":
            self._parts.append("\n")
        elif tag in ("td", "th"):
            if self._cell:
                self._parts.append(" | ")
            self._cell = True
        elif tag in BLOCKS:
            self._flush()
            if tag == "tr":
                self._cell = False
            self._close_implied(tag)
            if tag not in _VOID:
                self._push(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        if self._skip_depth:
            if tag == self._skip_tag:
                self._skip_depth -= 1
            return
        if tag in BLOCKS and self._is_open(tag):
            self._flush()
            while self._pop() != tag:
                pass

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        elif not self._skip_depth:
            self._parts.append(data)

    def close(self):
        super().close()
        self._flush()


#: how a markup opening ends; one that never ends is text
_SECTION_ENDS = {"<!--": "-->", "<![": "]]>"}


def defuse_markup(text: str) -> str:
    """``text`` with every ``<`` that opens nothing written as ``&lt;``: one with another ``<`` before its ``>``
    (or no ``>`` at all), and a comment or CDATA section that is never closed.

    Python's HTMLParser looks from each such ``<`` to the next ``>`` (or the end of the text): a run of them
    ("<a<a<a…", "</</</…", "<!--" without "-->") made it quadratic. A tag or a closed comment reads as before.
    """
    parts: list[str] = []
    done = 0  # text[:done] is in parts
    ends: dict[str, int] = {}  # the next end of each kind of section (-1: there is none left)
    next_gt = text.find(">")
    lt = text.find("<")
    while lt != -1:
        following = text.find("<", lt + 1)
        opening = next((o for o in _SECTION_ENDS if text.startswith(o, lt)), None)
        if opening is not None:
            closing = _SECTION_ENDS[opening]
            end = ends.get(opening)
            if end is None or end != -1 and end < lt + len(opening):
                end = ends[opening] = text.find(closing, lt + len(opening))
            if end != -1:  # a closed section: the parser does not look inside it, nor does this
                lt = text.find("<", end + len(closing))
                continue
        else:
            if next_gt != -1 and next_gt < lt:
                next_gt = text.find(">", lt + 1)
            if next_gt != -1 and (following == -1 or next_gt < following):
                lt = following
                continue
        parts.append(text[done:lt])
        parts.append("&lt;")
        done = lt + 1
        lt = following
    if not parts:
        return text
    parts.append(text[done:])
    return "".join(parts)


def html_blocks(text: str) -> tuple[list[Block], str]:
    """The text blocks and the <title> of an HTML (or XHTML) text."""
    parser = _BlockParser()
    try:
        parser.feed(defuse_markup(text))
        parser.close()
    except (AssertionError, ValueError, IndexError) as error:
        raise MalformedDocumentError(f"this HTML is damaged beyond reading ({error})") from None
    return parser.blocks, _SPACE.sub(" ", parser.title).strip()


def decode_html(data: bytes) -> tuple[str, str]:
    """HTML bytes as text: the declared charset if it works, else detection."""
    declared = _CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii", "replace")
        try:
            return data.decode(name), name.lower()
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data)


def read(data: bytes) -> Extracted:
    """Read an HTML file."""
    text, encoding = decode_html(data)
    if "<" not in text[:100_000]:
        raise MalformedDocumentError("this HTML file holds no markup at all; open it as .txt instead")
    blocks, title = html_blocks(text)
    return Extracted(blocks, title=title, encoding=encoding)
