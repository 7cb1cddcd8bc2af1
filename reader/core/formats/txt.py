"""Plain text: paragraphs separated by blank lines, hard-wrapped lines joined."""

from __future__ import annotations

import re

from reader.core.formats.blocks import Block, Extracted
from reader.core.formats.encoding import decode

_NEWLINES = re.compile(r"\r\n|\r|\u2028|\u2029|\x0c|\x85")
#: lines no longer than this can be a hard-wrapped paragraph (longer lines are whole paragraphs)
MAX_WRAP_WIDTH = 120
MIN_WRAP_WIDTH = 30


def _indent_groups(lines: list[str]) -> list[list[str]]:
    """The lines of a block grouped into paragraphs that start at an indented line
    (when the block is not all indented)."""
    indented = [line[:1].isspace() for line in lines]
    all_indented = all(indented)
    groups: list[list[str]] = []
    for line, indent in zip(lines, indented, strict=True):
        if not groups or (indent and not all_indented):
            groups.append([])
        groups[-1].append(line.strip())
    return groups


def _is_wrapped(groups: list[list[str]]) -> bool:
    """Whether the lines of a block look like paragraphs wrapped at a fixed width."""
    lines = [line for group in groups for line in group]
    if len(lines) < 2 or len(lines) == len(groups):
        return False
    width = max(len(line) for line in lines)
    if not MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH:
        return False
    return all(len(line) >= 0.55 * width for group in groups for line in group[:-1])


def split_paragraphs(text: str) -> list[str]:
    """The paragraphs of a plain text.

    Blank lines separate paragraphs; a block of hard-wrapped lines is joined into one
    paragraph, any other block (lines of very different or long lengths) reads one
    paragraph per line, and so does a text without blank lines.
    """
    lines = _NEWLINES.sub("\n", text).split("\n")
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            blocks[-1].append(line.rstrip())
        elif blocks[-1]:
            blocks.append([])
    blocks = [block for block in blocks if block]
    if len(blocks) <= 1:
        return [line.strip() for block in blocks for line in block]
    paragraphs: list[str] = []
    for block in blocks:
        groups = _indent_groups(block)
        if _is_wrapped(groups):
            paragraphs.extend(" ".join(group) for group in groups)
        else:
            paragraphs.extend(line.strip() for line in block)
    return [p for p in paragraphs if p]


def read(data: bytes) -> Extracted:
    """Read a plain-text file."""
    text, encoding = decode(data)
    return Extracted([Block(p) for p in split_paragraphs(text)], encoding=encoding, plain=True)
