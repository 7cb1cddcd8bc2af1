"""Markdown: headings, paragraphs, lists, quotes and code; inline markup removed."""

from __future__ import annotations

import re

from reader.core.formats.blocks import Block, Extracted
from reader.core.formats.encoding import decode
from reader.core.formats.txt import _NEWLINES

_ATX = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)\s*$")
_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+")
_QUOTE = re.compile(r"^\s*>\s?")
_FENCE = re.compile(r"^\s*(```|~~~)")
_RULE = re.compile(r"^ {0,3}(?:[-*_]\s*){3,}$")
_INLINE = [
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), ""),            # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),          # links
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),         # reference links
    (re.compile(r"`([^`]+)`"), r"\1"),                      # code
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # strong
    (re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])"), r"\2"),  # emphasis
    (re.compile(r"<[^>\n]+>"), ""),                         # inline HTML tags
]


def strip_inline(text: str) -> str:
    """Text without Markdown inline markup."""
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return text.strip()


def markdown_blocks(text: str) -> list[Block]:
    """The blocks of a Markdown text."""
    blocks: list[Block] = []
    lines: list[str] = []
    fence = None

    def flush(level: int = 0):
        if lines:
            joined = " ".join(line.strip() for line in lines)
            blocks.append(Block(strip_inline(joined) if fence is None else joined, level=level))
            lines.clear()

    for line in _NEWLINES.sub("\n", text).split("\n"):
        if fence is not None:
            if line.strip().startswith(fence):
                fence = None
            elif line.strip():
                blocks.append(Block(line.rstrip()))
            continue
        if _FENCE.match(line):
            flush()
            fence = _FENCE.match(line).group(1)
            continue
        if not line.strip() or _RULE.match(line) and not lines:
            flush()
            continue
        heading = _ATX.match(line)
        if heading:
            flush()
            blocks.append(Block(strip_inline(heading.group(2)), level=len(heading.group(1))))
            continue
        setext = _SETEXT.match(line)
        if setext and lines:
            flush(1 if setext.group(1)[0] == "=" else 2)
            continue
        if _ITEM.match(line):
            flush()
            line = _ITEM.sub("", line, count=1)
        line = _QUOTE.sub("", line)
        lines.append(line)
    flush()
    return [b for b in blocks if b.text]


def read(data: bytes) -> Extracted:
    """Read a Markdown file."""
    text, encoding = decode(data)
    return Extracted(markdown_blocks(text), encoding=encoding)
