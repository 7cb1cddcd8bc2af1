"""Settings persist and survive odd stored values."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from reader.ui.base.settings import MAX_RECENT, Settings


def test_round_trip(tmp_path, qapp):
    path = str(tmp_path / "s.ini")
    settings = Settings(QSettings(path, QSettings.Format.IniFormat))
    settings.font_size, settings.theme, settings.scroll_sync, settings.language = 15, "dark", False, "ru"
    settings.show_meta = False
    for i in range(MAX_RECENT + 3):
        settings.add_recent_pair(f"/a{i}.txt", f"/b{i}.txt")
    settings.add_recent_pair("/a3.txt", "/b3.txt")
    settings.sync()
    again = Settings(QSettings(path, QSettings.Format.IniFormat))
    assert (again.font_size, again.theme, again.scroll_sync, again.language, again.show_meta) == (15, "dark", False, "ru", False)
    assert again.recent_pairs()[0] == ("/a3.txt", "/b3.txt") and len(again.recent_pairs()) == MAX_RECENT
    assert again.last_pair() == ("/a3.txt", "/b3.txt")


def test_bad_values_fall_back(tmp_path, qapp):
    raw = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    raw.setValue("view/font_size", "huge")
    raw.setValue("view/theme", "purple")
    raw.setValue("files/recent", "not a pair")
    settings = Settings(raw)
    assert settings.font_size == 12 and settings.theme == "system" and settings.recent_pairs() == []
