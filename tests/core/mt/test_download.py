"""Downloading a package from an index served by a real HTTP server on 127.0.0.1, well and badly.

Every failure must leave no partial file in the downloads folder and the installed packages as they
were; every misbehaving server must be given up within a bounded time.
"""

from __future__ import annotations

import hashlib
import json
import time
from itertools import pairwise

import pytest

from argos_model import index_entry

from reader.core.errors import TranslationError
from reader.core.mt import download
from reader.core.mt.download import DownloadCancelled, DownloadError, TransferLimits, download_package
from reader.core.mt.index import MAX_INDEX_SIZE
from reader.core.mt.locations import argos_locations
from reader.core.mt.packages import installed_packages


@pytest.fixture
def short_limits(monkeypatch):
    """Transfer limits of a second, so stalled and slow servers are given up quickly."""
    monkeypatch.setattr(download, "LIMITS", TransferLimits(timeout=1.0, min_rate=2000.0, rate_window=1.0))


def offer(server, monkeypatch, data: bytes, mode: str = "whole", answer: dict | None = None, **entry_fields) -> str:
    """Serve ``data`` as the ru→en package (in ``mode``, with ``answer``'s status and headers) and an index
    offering it (with ``entry_fields``); point Argos at it."""
    link = server.serve("packages/translate-ru_en-0_0_1.argosmodel", data, mode, **(answer or {}))
    entry = dict(index_entry("ru", "en", links=[link]), **entry_fields)
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", server.serve_index([index_entry("de", "en"), entry]))
    return link


def nothing_left(before=()):
    """No partial download, no staging folder, and the installed packages as they were."""
    downloads = argos_locations().downloads_dir
    assert not downloads.exists() or list(downloads.iterdir()) == []
    packages = argos_locations().packages_dir
    assert not any("installing" in p.name for p in packages.parent.iterdir()) if packages.parent.exists() else True
    assert [p.name for p in installed_packages()] == list(before)


def test_download_with_progress(package_server, monkeypatch, mt_home, ru_en_package_file):
    data = ru_en_package_file.read_bytes()
    offer(package_server, monkeypatch, data, size=len(data), sha256=hashlib.sha256(data).hexdigest())
    seen = []
    package = download_package("ru", "en", progress=lambda done, total: seen.append((done, total)))
    assert (package.from_code, package.to_code, package.name) == ("ru", "en", "translate-ru_en-0_0_1")
    assert [p.name for p in installed_packages()] == [package.name]
    assert seen[-1] == (len(data), len(data)) and all(a <= b for (a, _), (b, _) in pairwise(seen))
    assert package_server.requests == ["/index.json", "/packages/translate-ru_en-0_0_1.argosmodel"]
    assert json.loads(argos_locations().local_index.read_text())[1]["code"] == "translate-ru_en"  # argostranslate's copy
    nothing_left([package.name])


def test_cancel_installs_nothing(package_server, monkeypatch, mt_home, ru_en_package_file):
    offer(package_server, monkeypatch, ru_en_package_file.read_bytes())
    calls = []
    with pytest.raises(DownloadCancelled):
        download_package("ru", "en", progress=lambda d, t: calls.append(d), cancelled=lambda: bool(calls))
    nothing_left()


def test_truncated_download(package_server, monkeypatch, installed_ru_en, ru_en_package_file):
    before = (installed_ru_en.path / "model" / "model.bin").read_bytes()
    offer(package_server, monkeypatch, ru_en_package_file.read_bytes(), "truncated")
    with pytest.raises(DownloadError, match="closed (after|early)"):
        download_package("ru", "en")
    nothing_left([installed_ru_en.name])
    assert (installed_ru_en.path / "model" / "model.bin").read_bytes() == before


def test_not_a_package(package_server, monkeypatch, mt_home):
    offer(package_server, monkeypatch, b"<html><body>Moved to a new site</body></html>")
    with pytest.raises(TranslationError, match="not a zip archive"):
        download_package("ru", "en")
    nothing_left()


def test_size_mismatch(package_server, monkeypatch, mt_home, ru_en_package_file):
    data = ru_en_package_file.read_bytes()
    offer(package_server, monkeypatch, data, size=len(data) + 10)
    with pytest.raises(DownloadError, match=f"has {len(data)} bytes, but the index says {len(data) + 10}"):
        download_package("ru", "en")
    nothing_left()


def test_larger_than_declared_is_refused_before_reading(package_server, monkeypatch, mt_home, ru_en_package_file):
    offer(package_server, monkeypatch, ru_en_package_file.read_bytes(), size=1000)
    with pytest.raises(DownloadError, match="offers 176 KB, more than the 1000 bytes expected"):
        download_package("ru", "en")
    nothing_left()


def test_endless_package_stops_at_declared_size(package_server, monkeypatch, mt_home):
    offer(package_server, monkeypatch, b"", "endless", size=300_000)
    started = time.monotonic()
    with pytest.raises(DownloadError, match="sent more than the .* expected; stopped"):
        download_package("ru", "en")
    assert time.monotonic() - started < 10
    nothing_left()


def test_checksum_mismatch(package_server, monkeypatch, mt_home, ru_en_package_file):
    offer(package_server, monkeypatch, ru_en_package_file.read_bytes(), sha256="0" * 64)
    with pytest.raises(DownloadError, match="does not match the checksum"):
        download_package("ru", "en")
    nothing_left()


def test_stalled_server_is_given_up(package_server, monkeypatch, short_limits, mt_home, ru_en_package_file):
    offer(package_server, monkeypatch, ru_en_package_file.read_bytes(), "stall")
    started = time.monotonic()
    with pytest.raises(DownloadError, match="stopped answering") as caught:
        download_package("ru", "en")
    assert time.monotonic() - started < 10
    assert "models install FILE" in caught.value.hint
    nothing_left()


def test_trickling_server_is_given_up(package_server, monkeypatch, short_limits, mt_home, ru_en_package_file):
    offer(package_server, monkeypatch, ru_en_package_file.read_bytes(), "trickle")
    started = time.monotonic()
    with pytest.raises(DownloadError, match="sends too slowly"):
        download_package("ru", "en")
    assert time.monotonic() - started < 10
    nothing_left()


def test_endless_index_stops_at_the_cap(package_server, monkeypatch, mt_home):
    package_server.serve("index.json", b"[" + b" " * 65536, "endless")
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", package_server.base)
    started = time.monotonic()
    with pytest.raises(DownloadError, match="sent more than the 4.0 MB expected"):
        download_package("ru", "en")
    assert time.monotonic() - started < 10
    assert not argos_locations().local_index.exists()
    assert MAX_INDEX_SIZE == 4 * 1024 ** 2


def test_ftp_link_is_refused_at_once(package_server, monkeypatch, mt_home):
    entry = index_entry("ru", "en", links=["ftp://127.0.0.1:9/translate-ru_en-0_0_1.argosmodel",
                                           "ipfs://QmV5bmf8iqKpoGoyuTzEppaSWdceuW6zgiePaUr5ThPCpW"])
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", package_server.serve_index([entry]))
    started = time.monotonic()
    with pytest.raises(DownloadError, match="no address that can be used .*ftp scheme.*ipfs scheme"):
        download_package("ru", "en")
    assert time.monotonic() - started < 2
    assert package_server.requests == ["/index.json"]
    nothing_left()


def test_redirect_to_ftp_is_refused(package_server, monkeypatch, mt_home):
    offer(package_server, monkeypatch, b"", "status",
          {"status": 302, "headers": {"Location": "ftp://127.0.0.1:9/translate-ru_en-0_0_1.argosmodel"}})
    started = time.monotonic()
    with pytest.raises(DownloadError, match="redirected to an address that is not used: ftp scheme"):
        download_package("ru", "en")
    assert time.monotonic() - started < 2
    nothing_left()


def test_server_error_is_reported(package_server, monkeypatch, mt_home):
    offer(package_server, monkeypatch, b"gone", "status", {"status": 410})
    with pytest.raises(DownloadError, match="answered 410"):
        download_package("ru", "en")
    nothing_left()


@pytest.mark.parametrize("version, reason", [("1.0\x00", "package_version is not a version"),
                                             ("9" * 300, "package_version is not a version"),
                                             ("../../etc", "package_version is not a version")])
def test_bad_version_in_the_index(package_server, monkeypatch, mt_home, version, reason):
    entry = dict(index_entry("ru", "en", links=[package_server.url("x.argosmodel")]), package_version=version)
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", package_server.serve_index([entry]))
    with pytest.raises(DownloadError, match=f"offers no ru→en translation package. Entries left out as "
                                            f"unusable: entry 1: {reason}"):
        download_package("ru", "en")
    assert package_server.requests == ["/index.json"]
    nothing_left()


def test_deeply_nested_index(package_server, monkeypatch, mt_home):
    package_server.serve("index.json", b"[" * 100_000 + b"]" * 100_000)
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", package_server.base)
    with pytest.raises(DownloadError, match="nested 100000 levels deep"):
        download_package("ru", "en")
    nothing_left()


def test_index_that_is_not_json(package_server, monkeypatch, mt_home):
    package_server.serve("index.json", b"<html>502 Bad Gateway</html>")
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", package_server.base)
    with pytest.raises(DownloadError, match="is not valid JSON"):
        download_package("ru", "en")


def test_pair_missing_from_index(package_server, monkeypatch, mt_home, ru_en_package_file):
    offer(package_server, monkeypatch, ru_en_package_file.read_bytes())
    with pytest.raises(TranslationError, match="offers no en→ru"):
        download_package("en", "ru")


def test_index_offers_another_pair_than_the_file(package_server, monkeypatch, mt_home, en_ru_package_file):
    offer(package_server, monkeypatch, en_ru_package_file.read_bytes())
    with pytest.raises(TranslationError, match="translates en→ru, not ru→en as the index said"):
        download_package("ru", "en")
    nothing_left()


def test_no_network_gives_clear_message(mt_home, no_network):
    with pytest.raises(TranslationError) as caught:
        download_package("ru", "en")
    message = str(caught.value)
    assert "Argos package index" in message and "no network connection" in message
    assert "models install FILE" in caught.value.hint
    assert any(a.startswith(("getaddrinfo", "create_connection", "socket.")) for a in no_network)
    assert installed_packages() == []
    assert not argos_locations().local_index.exists()
