"""Turning a Document into a QTextDocument: one block per paragraph, book-like typography."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat

from reader.core.document import Document, Kind, Paragraph

#: QTextBlock.userState() of blocks that are not paragraphs of the document (e.g. machine translations)
EXTRA_STATE = -2
LINE_HEIGHT = 140  # percent
LINE_SEPARATOR = "\u2028"  # keeps paragraph text on one block without changing its length

SERIF_FAMILIES = ["Noto Serif", "DejaVu Serif", "Liberation Serif", "Georgia", "Times New Roman"]


def reading_font(family: str, size: int) -> QFont:
    """The body font: ``family`` if set, else a serif that covers Cyrillic and Latin."""
    font = QFont()
    if family:
        font.setFamilies([family, *SERIF_FAMILIES])
    else:
        font.setFamilies(SERIF_FAMILIES)
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSize(size)
    return font


#: prefix of the keys of the extra blocks showing machine translations, ``mt:SIDE:INDEX`` (put in by the
#: translation feature, read by the words feature)
MT_PREFIX = "mt:"


@dataclass
class ExtraParagraph:
    """A block shown among a column's paragraphs that is not part of the text (e.g. a machine translation)."""

    after: int  # paragraph index it follows; -1 = before the first paragraph
    text: str
    label: str


def display_text(text: str) -> str:
    """Paragraph text as put in its block: each line break becomes a line separator (same length)."""
    return text.replace("\n", LINE_SEPARATOR).replace("\r", LINE_SEPARATOR)


def block_format(paragraph: Paragraph, em: float) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setLineHeight(LINE_HEIGHT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    fmt.setBottomMargin(em * 0.75)
    if paragraph.kind == Kind.HEADING:
        fmt.setTopMargin(em * 0.5)
        fmt.setHeadingLevel(max(1, min(6, paragraph.level or 1)))
    fmt.setProperty(QTextFormat.Property.UserProperty, paragraph.kind.value)
    return fmt


#: text sizes relative to the body: headings of the first level and below it, meta text and labels
LARGEST, LARGER, SMALLER = 1.5, 1.2, 0.8


def char_format(paragraph: Paragraph, muted: QColor, size: float) -> QTextCharFormat:
    """The character format of ``paragraph`` for a body font of ``size`` points.

    Sizes are given in points, not as Qt's relative size adjustment: the column's layout
    (reader.ui.view.column_layout) lays blocks out from their formats, which Qt resolves only for its own layout."""
    fmt = QTextCharFormat()
    if paragraph.kind == Kind.HEADING:
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setFontPointSize(size * (LARGEST if (paragraph.level or 1) <= 1 else LARGER))
    elif not paragraph.kind.alignable:  # meta, caption, duplicate: greyed and smaller
        fmt.setForeground(muted)
        fmt.setFontPointSize(size * SMALLER)
        if paragraph.kind == Kind.CAPTION:
            fmt.setFontItalic(True)
    return fmt


def extra_formats(extra: ExtraParagraph, em: float, text_color: QColor, background: QColor, size: float):
    """Block and character formats of an extra paragraph (label, then text in italics)."""
    block = QTextBlockFormat()
    block.setLineHeight(LINE_HEIGHT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    block.setBottomMargin(em * 0.75)
    block.setBackground(background)
    block.setLeftMargin(em * 0.4)
    block.setRightMargin(em * 0.4)
    label = QTextCharFormat()
    label.setForeground(text_color)
    label.setFontWeight(QFont.Weight.Bold)
    label.setFontPointSize(size * SMALLER)
    body = QTextCharFormat()
    body.setForeground(text_color)
    body.setFontItalic(True)
    return block, label, body


def insert_extra(cursor: QTextCursor, extra: ExtraParagraph, em: float, text_color: QColor,
                 background: QColor, *, new_block: bool, size: float) -> None:
    """Insert ``extra`` at ``cursor`` as its own block marked with EXTRA_STATE (body font of ``size`` points)."""
    block_fmt, label_fmt, body_fmt = extra_formats(extra, em, text_color, background, size)
    if new_block:
        cursor.insertBlock(block_fmt, body_fmt)
    else:
        cursor.setBlockFormat(block_fmt)
    cursor.block().setUserState(EXTRA_STATE)
    if extra.label:
        cursor.insertText(extra.label + LINE_SEPARATOR, label_fmt)
    cursor.insertText(display_text(extra.text), body_fmt)


def build_text_document(document: Document, font: QFont, muted: QColor, extras: list[ExtraParagraph],
                        machine_text: QColor, machine_background: QColor) -> QTextDocument:
    """A read-only QTextDocument with one block per paragraph (userState = paragraph index)."""
    text_document = QTextDocument()
    text_document.setUndoRedoEnabled(False)
    text_document.setDefaultFont(font)
    text_document.setDocumentMargin(0)
    size = font.pointSizeF() if font.pointSizeF() > 0 else font.pixelSize() * 72 / 96
    em = float(size * 96 / 72)
    before: dict[int, list[ExtraParagraph]] = {}
    for extra in extras:
        before.setdefault(extra.after, []).append(extra)
    cursor = QTextCursor(text_document)
    cursor.beginEditBlock()
    first = True
    for extra in before.get(-1, []):
        insert_extra(cursor, extra, em, machine_text, machine_background, new_block=not first, size=size)
        first = False
    for paragraph in document.paragraphs:
        bfmt, cfmt = block_format(paragraph, em), char_format(paragraph, muted, size)
        if first:
            cursor.setBlockFormat(bfmt)
            cursor.setBlockCharFormat(cfmt)
            first = False
        else:
            cursor.insertBlock(bfmt, cfmt)
        cursor.block().setUserState(paragraph.index)
        cursor.insertText(display_text(paragraph.text), cfmt)
        for extra in before.get(paragraph.index, []):
            insert_extra(cursor, extra, em, machine_text, machine_background, new_block=True, size=size)
    cursor.endEditBlock()
    return text_document
