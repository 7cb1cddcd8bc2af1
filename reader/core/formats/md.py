"""Markdown: headings, paragraphs, lists, quotes and code; inline markup removed."""

from __future__ import annotations

import re

from reader.core.formats.blocks import Block, Extracted
from reader.core.formats.encoding import decode
from reader.core.formats.txt import _NEWLINES

#: an ATX heading's opening: the text and its optional closing hashes are taken apart without a pattern
_ATX = re.compile(r" {0,3}(#{1,6})(?:[ \t]|$)")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)\s*$")
_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+")
_QUOTE = re.compile(r"^\s*>\s?")
_FENCE = re.compile(r"^\s*(```|~~~)")
_RULE = re.compile(r"^ {0,3}(?:[-*_]\s*){3,}$")
#: inline markup with a pattern each; no part of a pattern can run past the next bracket or delimiter of its
#: own kind, so an unclosed one costs a look as far as the next, never to the end of the text (linear time)
_INLINE = [
    (re.compile(r"!\[([^\[\]]*)\]\([^()]*\)"), ""),          # images
    (re.compile(r"\[([^\[\]]+)\]\([^()]*\)"), r"\1"),        # links
    (re.compile(r"\[([^\[\]]+)\]\[[^\[\]]*\]"), r"\1"),      # reference links
    (re.compile(r"`([^`]+)`"), r"\1"),                      # code
]
_HTML_TAG = re.compile(r"<[^<>\n]+>")                      # inline HTML tags
_STRONG = re.compile(r"\*\*|__")
_EMPHASIS = re.compile(r"[*_]")


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _strip_delimiters(text: str, delimiters: re.Pattern, single: bool) -> str:
    """``text`` without the emphasis delimiters that pair up (each closer with the nearest opener of its kind).

    A delimiter opens before a non-space and closes after one; a single ``*``/``_`` must also not touch a
    word (or another ``*``) on its outer side, so ``snake_case`` keeps its underscores.
    """
    openers: dict[str, list[tuple[int, int]]] = {}
    removed: list[tuple[int, int]] = []
    for match in delimiters.finditer(text):
        start, end = match.span()
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        can_open = not after.isspace() and not (single and (_is_word(before) or before == "*"))
        can_close = not before.isspace() and not (single and (_is_word(after) or after == "*"))
        stack = openers.setdefault(match.group(0), [])
        if can_close and stack:
            removed.extend((stack.pop(), (start, end)))
        elif can_open:
            stack.append((start, end))
    if not removed:
        return text
    removed.sort()
    parts, position = [], 0
    for start, end in removed:
        parts.append(text[position:start])
        position = end
    parts.append(text[position:])
    return "".join(parts)


def strip_inline(text: str) -> str:
    """Text without Markdown inline markup."""
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    text = _strip_delimiters(text, _STRONG, single=False)
    text = _strip_delimiters(text, _EMPHASIS, single=True)
    return _HTML_TAG.sub("", text).strip()


def _atx_text(line: str, opening: re.Match) -> str:
    """An ATX heading's text: after the opening hashes, without the closing ones (``## Title ##``)."""
    text = line[opening.end():].strip()
    bare = text.rstrip("#")
    if not bare:
        return ""
    return bare.rstrip() if bare != text and bare[-1] in " \t" else text


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
        if opening := _FENCE.match(line):
            flush()
            fence = opening.group(1)
            continue
        if not line.strip() or _RULE.match(line) and not lines:
            flush()
            continue
        heading = _ATX.match(line)
        if heading:
            flush()
            blocks.append(Block(strip_inline(_atx_text(line, heading)), level=len(heading.group(1))))
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
