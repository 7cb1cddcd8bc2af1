"""The text a column shows: the QTextDocument built from a Document, with extra (non-source) blocks such as
machine translations between the paragraphs (the content layer of :class:`reader.ui.view.column.ColumnView`)."""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextDocument

from reader.ui.view import render
from reader.ui.view.column_layout import ColumnLayout
from reader.ui.view.column_marks import ColumnMarks
from reader.ui.base.theme import Colors


class ColumnText(ColumnMarks):
    """A column whose text document is rebuilt from its Document and extra paragraphs (font, colours, extras)."""

    def __init__(self, side: str, parent=None):
        super().__init__(side, parent)
        self._extras: dict[str, render.ExtraParagraph] = {}
        self._text_document: QTextDocument | None = None

    def set_reading_font(self, font) -> None:
        """Change the body font (the document is rebuilt, scroll position kept by paragraph)."""
        self._font = font
        anchor = self.first_visible_paragraph()
        self._rebuild()
        if anchor is not None:
            self.scroll_to_y(self.paragraph_extent([anchor])[0])

    def set_colors(self, colors: Colors) -> None:
        self.colors = colors
        self._rebuild()

    def _rebuild(self) -> None:
        scroll = self.verticalScrollBar().value()
        document = self.document_model
        if document is None:
            empty = render.QTextDocument(self)
            empty.setDocumentLayout(ColumnLayout(empty))
            old, self._text_document = self._text_document, empty
            self.setDocument(empty)
            if old is not None:
                old.deleteLater()
            self._block_numbers = []
            return
        text_document = render.build_text_document(
            document, self._font, self.colors.muted_text, list(self._extras.values()),
            self.colors.machine_text, self.colors.machine_background)
        text_document.setParent(self)
        text_document.setDocumentLayout(ColumnLayout(text_document))
        # paragraphs, margins and hidden paragraphs before the text is shown: it is laid out once, at its width
        self._index_blocks(text_document)
        self._margin = -1.0
        self._apply_margins(text_document)
        self._apply_visibility(text_document)
        old, self._text_document = self._text_document, text_document
        self.setDocument(text_document)
        if old is not None:
            old.deleteLater()
        text_document.documentLayout().documentSizeChanged.connect(self._on_size_changed)
        self._apply_margins()
        self._layers.rebuild()  # the selections' cursors pointed into the old document
        self._apply_layers()
        self.scroll_to_y(scroll)
        self.geometry_changed.emit()

    def _index_blocks(self, text_document) -> None:
        count = len(self.document_model.paragraphs) if self.document_model else 0
        numbers = [0] * count
        block = text_document.begin()
        while block.isValid():
            state = block.userState()
            if 0 <= state < count:
                numbers[state] = block.blockNumber()
            block = block.next()
        self._block_numbers = numbers

    def set_extra_paragraph(self, key: str, after: int, text: str, label: str) -> None:
        """Show ``text`` (labelled ``label``) as a block after paragraph ``after`` (-1: at the top).

        Extra paragraphs (e.g. machine translations) are styled apart, are never selectable
        as paragraphs, and survive font and theme changes. The same ``key`` replaces the text.
        """
        self._extras[key] = render.ExtraParagraph(after, text, label)
        self._rebuild_keeping_place()

    def replace_extra_paragraphs(self, prefix: str, extras: dict[str, render.ExtraParagraph]) -> None:
        """Replace all extra paragraphs whose key starts with ``prefix`` by ``extras`` (in order, one rebuild)."""
        kept = {key: extra for key, extra in self._extras.items() if not key.startswith(prefix)}
        self._extras = {**kept, **extras}
        self._rebuild_keeping_place()

    def _rebuild_keeping_place(self) -> None:
        anchor = self.first_visible_paragraph()
        offset = 0.0
        if anchor is not None:
            offset = self.paragraph_extent([anchor])[0] - self.verticalScrollBar().value()
        self._rebuild()
        if anchor is not None:
            self.scroll_to_y(self.paragraph_extent([anchor])[0] - offset)

    def remove_extra_paragraph(self, key: str) -> None:
        if self._extras.pop(key, None) is not None:
            self._rebuild()

    def extra_paragraphs(self) -> dict[str, render.ExtraParagraph]:
        return dict(self._extras)

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 - Qt override
        """The selection as plain text; text copied from an extra block always starts with its label
        (so a machine translation is never pasted as if it were the source)."""
        cursor = self.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        parts = []
        block = self.document().findBlock(start)
        while block.isValid() and block.position() < end:
            begin = block.position()
            low, high = max(start, begin) - begin, min(end, begin + block.length() - 1) - begin
            text = block.text()[low:high]
            if block.userState() == render.EXTRA_STATE:
                label, separator, body = block.text().partition(render.LINE_SEPARATOR)
                if separator:  # the label line, then the selected part of the body
                    skip = len(label) + 1
                    text = f"{label}\n{body[max(0, low - skip):max(0, high - skip)]}"
            parts.append(text.replace(render.LINE_SEPARATOR, "\n"))
            block = block.next()
        mime = QMimeData()
        mime.setText("\n".join(parts))
        return mime
