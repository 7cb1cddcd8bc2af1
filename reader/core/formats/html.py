"""HTML: headings and paragraphs; scripts, styles and navigation dropped; nothing is fetched."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from reader.core.document import Kind
from reader.core.errors import MalformedDocumentError
from reader.core.formats.blocks import Block, Extracted
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


class _BlockParser(HTMLParser):
    """Collects text blocks from HTML, keeping heading levels and captions."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.title = ""
        self._in_title = False
        self._skip: list[str] = []
        self._open: list[str] = []
        self._parts: list[str] = []
        self._cell = False

    def _flush(self):
        text = "".join(self._parts)
        self._parts = []
        level = next((int(t[1]) for t in reversed(self._open) if re.fullmatch(r"h[1-6]", t)), 0)
        kind = Kind.CAPTION if any(t in ("figcaption", "caption") for t in self._open) else None
        pre = "pre" in self._open
        for line in text.split("\n"):
            line = line.strip() if pre else _SPACE.sub(" ", line).strip()
            if line:
                self.blocks.append(Block(line, level=level, kind=kind))

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "title":
            self._in_title = True
        hidden = "hidden" in attributes or attributes.get("role") == "navigation" \
            or attributes.get("aria-hidden") == "true"
        if self._skip or tag in SKIPPED or hidden:
            if tag not in _VOID:
                self._skip.append(tag)
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
            if tag in ("p", "li", "dt", "dd", "tr") and self._open and self._open[-1] == tag:
                self._open.pop()  # an implicitly closed <p>, <li>…
            if tag not in _VOID:
                self._open.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        if self._skip:
            if tag in self._skip:
                while self._skip.pop() != tag:
                    pass
            return
        if tag in BLOCKS and tag in self._open:
            self._flush()
            while self._open.pop() != tag:
                pass

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        elif not self._skip:
            self._parts.append(data)

    def close(self):
        super().close()
        self._flush()


def html_blocks(text: str) -> tuple[list[Block], str]:
    """The text blocks and the <title> of an HTML (or XHTML) text."""
    parser = _BlockParser()
    try:
        parser.feed(text)
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
