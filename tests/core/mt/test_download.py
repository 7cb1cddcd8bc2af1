"""Downloading a package from the package index: without a network, from a local index, and cancelled."""

from __future__ import annotations

import pytest

from argos_model import write_local_index

from reader.core.errors import TranslationError
from reader.core.mt.download import DownloadCancelled, download_package
from reader.core.mt.locations import argos_locations
from reader.core.mt.packages import installed_packages


def test_no_network_gives_clear_message(mt_home, no_network):
    with pytest.raises(TranslationError) as caught:
        download_package("ru", "en")
    message = str(caught.value)
    assert "Argos package index" in message and "no network connection" in message
    assert "models install FILE" in caught.value.hint
    assert any(a.startswith(("getaddrinfo", "create_connection", "socket.")) for a in no_network)
    assert installed_packages() == []
    assert not argos_locations().local_index.exists()


def _local_index(tmp_path, monkeypatch, package_file):
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", write_local_index(tmp_path / "index", package_file))


def test_download_from_index_with_progress(tmp_path, monkeypatch, mt_home, ru_en_package_file, no_network):
    _local_index(tmp_path, monkeypatch, ru_en_package_file)
    seen = []
    package = download_package("ru", "en", progress=lambda done, total: seen.append((done, total)))
    assert (package.from_code, package.to_code) == ("ru", "en")
    assert [p.name for p in installed_packages()] == [package.name]
    assert seen[-1] == (ru_en_package_file.stat().st_size,) * 2
    assert list(argos_locations().downloads_dir.iterdir()) == []  # the download is deleted once installed
    assert no_network == []


def test_cancel_installs_nothing(tmp_path, monkeypatch, mt_home, ru_en_package_file):
    _local_index(tmp_path, monkeypatch, ru_en_package_file)
    with pytest.raises(DownloadCancelled):
        download_package("ru", "en", cancelled=lambda: True)
    assert installed_packages() == []
    downloads = argos_locations().downloads_dir
    assert not downloads.exists() or list(downloads.iterdir()) == []


def test_pair_missing_from_index(tmp_path, monkeypatch, mt_home, ru_en_package_file):
    _local_index(tmp_path, monkeypatch, ru_en_package_file)
    with pytest.raises(TranslationError, match="offers no en→ru"):
        download_package("en", "ru")


def test_broken_download_is_refused(tmp_path, monkeypatch, mt_home):
    fake = tmp_path / "fake.argosmodel"
    fake.write_bytes(b"not a zip at all")
    _local_index(tmp_path, monkeypatch, fake)
    with pytest.raises(TranslationError, match="not a zip archive"):
        download_package("ru", "en")
    assert installed_packages() == []
