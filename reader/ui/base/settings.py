"""Typed access to the persisted settings (a QSettings made at start-up, never at import)."""

from __future__ import annotations

import json

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 10
#: pairs whose reading position is remembered (the least recently read are forgotten)
MAX_POSITIONS = 200


class Settings:
    """The window's persisted preferences. Tests pass a QSettings on a temporary INI file."""

    def __init__(self, qsettings: QSettings | None = None):
        self.qsettings = qsettings if qsettings is not None else QSettings()

    def _get(self, key: str, default, kind=None):
        value = self.qsettings.value(key, default)
        if kind is bool and isinstance(value, str):
            return value.lower() in ("true", "1", "yes")
        if kind is not None and value is not None:
            try:
                return kind(value)
            except (TypeError, ValueError):
                return default
        return value

    def _choice(self, key: str, allowed: tuple[str, ...]) -> str:
        """The stored value of ``key`` if it is one of ``allowed``, else the first of them (the default)."""
        value = self._get(key, allowed[0], str)
        return value if value in allowed else allowed[0]

    def _set(self, key: str, value) -> None:
        self.qsettings.setValue(key, value)

    # -- window ------------------------------------------------------------------------------
    def geometry(self) -> QByteArray | None:
        value = self.qsettings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, value: QByteArray) -> None:
        self._set("window/geometry", value)

    def docks(self) -> QByteArray | None:
        """Which side panels were open, where and how wide (QMainWindow.saveState)."""
        value = self.qsettings.value("window/docks")
        return value if isinstance(value, QByteArray) else None

    def set_docks(self, value: QByteArray) -> None:
        self._set("window/docks", value)

    def splitter(self) -> QByteArray | None:
        value = self.qsettings.value("window/splitter")
        return value if isinstance(value, QByteArray) else None

    def set_splitter(self, value: QByteArray) -> None:
        self._set("window/splitter", value)

    # -- reading -----------------------------------------------------------------------------
    @property
    def font_family(self) -> str:
        return self._get("view/font_family", "", str)

    @font_family.setter
    def font_family(self, value: str) -> None:
        self._set("view/font_family", value)

    @property
    def font_size(self) -> int:
        return max(6, min(48, self._get("view/font_size", 12, int)))

    @font_size.setter
    def font_size(self, value: int) -> None:
        self._set("view/font_size", int(value))

    @property
    def theme(self) -> str:
        """"system", "light" or "dark"."""
        return self._choice("view/theme", ("system", "light", "dark"))

    @theme.setter
    def theme(self, value: str) -> None:
        self._set("view/theme", value)

    @property
    def scroll_sync(self) -> bool:
        return self._get("view/scroll_sync", True, bool)

    @scroll_sync.setter
    def scroll_sync(self, value: bool) -> None:
        self._set("view/scroll_sync", bool(value))

    @property
    def show_meta(self) -> bool:
        """Whether meta, caption and duplicate paragraphs are shown (greyed)."""
        return self._get("view/show_meta", True, bool)

    @show_meta.setter
    def show_meta(self, value: bool) -> None:
        self._set("view/show_meta", bool(value))

    @property
    def show_differences(self) -> bool:
        """Whether numbers and names missing from the counterpart are marked in the text."""
        return self._get("view/show_differences", True, bool)

    @show_differences.setter
    def show_differences(self, value: bool) -> None:
        self._set("view/show_differences", bool(value))

    @property
    def show_numbers(self) -> bool:
        """Whether each paragraph's index is shown in the column margin (off until asked for)."""
        return self._get("view/paragraph_numbers", False, bool)

    @show_numbers.setter
    def show_numbers(self, value: bool) -> None:
        self._set("view/paragraph_numbers", bool(value))

    @property
    def export_word_links(self) -> bool:
        """Whether an HTML export shows which words render which on hover (on until turned off)."""
        return self._get("export/word_links", True, bool)

    @export_word_links.setter
    def export_word_links(self, value: bool) -> None:
        self._set("export/word_links", bool(value))

    @property
    def word_hover(self) -> bool:
        """Whether the word under the pointer shows its counterpart words (on until turned off)."""
        return self._get("view/word_hover", True, bool)

    @word_hover.setter
    def word_hover(self, value: bool) -> None:
        self._set("view/word_hover", bool(value))

    @property
    def vocabulary_format(self) -> str:
        """The last vocabulary export's format: "tsv" or "csv"."""
        return self._choice("export/vocabulary_format", ("tsv", "csv"))

    @vocabulary_format.setter
    def vocabulary_format(self, value: str) -> None:
        self._set("export/vocabulary_format", value)

    @property
    def weak_threshold(self) -> float:
        """Links scoring below this are "weak" for navigation and the gutter."""
        return self._get("view/weak_threshold", 0.6, float)

    @property
    def language(self) -> str:
        """UI language: "" (follow the system), "en" or "ru"."""
        return self._choice("ui/language", ("", "en", "ru"))

    @language.setter
    def language(self, value: str) -> None:
        self._set("ui/language", value)

    # -- export ------------------------------------------------------------------------------
    @property
    def export_format(self) -> str:
        """The format of the last export: "pdf", "tmx", "tsv" or "html"."""
        return self._choice("export/format", ("pdf", "tmx", "tsv", "html"))

    @export_format.setter
    def export_format(self, value: str) -> None:
        self._set("export/format", value)

    @property
    def export_layout(self) -> str:
        """The PDF/HTML layout of the last export: "side-by-side" or "interleaved"."""
        return self._choice("export/layout", ("side-by-side", "interleaved"))

    @export_layout.setter
    def export_layout(self, value: str) -> None:
        self._set("export/layout", value)

    @property
    def export_include_hidden(self) -> bool:
        """Whether the last export included metadata and duplicate paragraphs."""
        return self._get("export/include_hidden", False, bool)

    @export_include_hidden.setter
    def export_include_hidden(self, value: bool) -> None:
        self._set("export/include_hidden", bool(value))

    # -- files -------------------------------------------------------------------------------
    def recent_pairs(self) -> list[tuple[str, str]]:
        """Recently opened pairs, newest first."""
        raw = self.qsettings.value("files/recent", [])
        items = [raw] if isinstance(raw, str) else raw if isinstance(raw, list) else []  # one entry reads as a str
        pairs = []
        for item in items:
            parts = str(item).split("\n")
            if len(parts) == 2 and all(parts):
                pairs.append((parts[0], parts[1]))
        return pairs

    def add_recent_pair(self, first: str, second: str) -> None:
        """Put a pair at the front of the recent list and remember it as the last pair."""
        pairs = [p for p in self.recent_pairs() if p != (first, second)]
        pairs.insert(0, (first, second))
        self._set("files/recent", [f"{a}\n{b}" for a, b in pairs[:MAX_RECENT]])
        self._set("files/last", f"{first}\n{second}")

    def clear_recent_pairs(self) -> None:
        self._set("files/recent", [])

    def last_pair(self) -> tuple[str, str] | None:
        parts = str(self.qsettings.value("files/last", "")).split("\n")
        return (parts[0], parts[1]) if len(parts) == 2 and all(parts) else None

    def pair_position(self, key: str) -> dict | None:
        """The reading position remembered for the pair ``key`` (see reader.core.navigation), or None."""
        return self._positions().get(key)

    def set_pair_position(self, key: str, position: dict) -> None:
        """Remember where the pair ``key`` was read (the newest first; at most MAX_POSITIONS pairs)."""
        positions = self._positions()
        positions.pop(key, None)
        kept = [(key, position)] + list(positions.items())[:MAX_POSITIONS - 1]
        self._set("files/positions", json.dumps([[k, v] for k, v in kept], ensure_ascii=False))

    def _positions(self) -> dict[str, dict]:
        try:
            raw = json.loads(str(self.qsettings.value("files/positions", "[]")))
        except ValueError:
            return {}
        if not isinstance(raw, list):
            return {}
        return {item[0]: item[1] for item in raw
                if isinstance(item, list) and len(item) == 2 and isinstance(item[0], str) and isinstance(item[1], dict)}

    @property
    def project_folder(self) -> str:
        """The folder a project was last saved to or opened from ("" before the first)."""
        return self._get("files/project_folder", "", str)

    @project_folder.setter
    def project_folder(self, value: str) -> None:
        self._set("files/project_folder", value)

    @property
    def show_contents(self) -> bool:
        """Whether the contents panel is shown (View ▸ Contents)."""
        return self._get("view/contents", False, bool)

    @show_contents.setter
    def show_contents(self, value: bool) -> None:
        self._set("view/contents", bool(value))

    def sync(self) -> None:
        self.qsettings.sync()
