"""Downloading a translation package from the Argos package index, with progress and cancel.

The index is fetched into memory (at most :data:`reader.core.mt.index.MAX_INDEX_SIZE`), checked,
and written where argostranslate keeps its copy. A package is streamed into a temporary file beside
its target and checked and installed like any other package file. Every transfer is bounded: only
``http``/``https`` (redirects too), no more bytes than the index declares (or :data:`MAX_PACKAGE_SIZE`),
a read that waits longer than :attr:`TransferLimits.timeout` or a transfer slower than
:attr:`TransferLimits.min_rate` ends with a message, and a failed download leaves no file behind.
"""

from __future__ import annotations

import hashlib
import http.client
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reader.core.cancel import Cancelled
from reader.core.errors import TranslationError
from reader.core.mt.fields import url_problem
from reader.core.mt.index import MAX_INDEX_SIZE, IndexEntry, PackageIndexError, parse_index
from reader.core.mt.locations import argos_locations
from reader.core.mt.packages import InstalledPackage, install_package_file, version_key
from reader.core.safewrite import put_in_place, replacing, temp_beside
from reader.core.sizes import format_size

#: the largest package file downloaded when the index declares no size (real ones are 60–300 MB)
MAX_PACKAGE_SIZE = 1024 ** 3
_CHUNK = 256 * 1024
USER_AGENT = "ArgosTranslate"

INDEX_HINT = ("The index at ARGOS_PACKAGE_INDEX is damaged or is not an Argos package index. Point "
              "ARGOS_PACKAGE_INDEX at a good one, or install a downloaded .argosmodel file with: "
              "python -m reader models install FILE")
OFFLINE_HINT = ("Check the network connection and try again, or download the .argosmodel file on another "
                "computer (from the Argos Translate package index) and install it with: "
                "python -m reader models install FILE")


@dataclass(frozen=True)
class TransferLimits:
    """How long a transfer may wait and how slow it may be before it is given up."""

    timeout: float = 30.0  # seconds one read may wait for data
    min_rate: float = 1024.0  # bytes per second, averaged over ``rate_window``
    rate_window: float = 60.0  # seconds


#: the limits every download uses (tests replace it with shorter ones)
LIMITS = TransferLimits()


class DownloadCancelled(Cancelled, TranslationError):
    """The person cancelled a download; nothing was installed."""


class DownloadError(TranslationError):
    """A download failed (network, server, or a file that is not what the index said); nothing was installed."""


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follows redirects to http and https addresses only (urllib would also follow ftp)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        problem = url_problem(newurl)
        if problem:
            raise urllib.error.URLError(f"redirected to an address that is not used: {problem}")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_OPENER = urllib.request.build_opener(_HttpOnlyRedirects)


def _stream(url: str, sink, what: str, max_bytes: int, progress: Callable[[int, int], None] | None,
            cancelled: Callable[[], bool] | None, limits: TransferLimits) -> int:
    """Copy ``url`` into ``sink`` within the limits; return the number of bytes."""
    problem = url_problem(url)
    if problem:
        raise DownloadError(f"Could not download {what}: {problem}.")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    with _OPENER.open(request, timeout=limits.timeout) as response:
        declared = int(response.headers.get("Content-Length") or 0)
        if declared > max_bytes:
            raise DownloadError(f"Could not download {what}: the server offers {format_size(declared)}, more "
                                f"than the {format_size(max_bytes)} expected.")
        total = declared or max_bytes
        done, window = 0, [(time.monotonic(), 0)]
        while True:
            if cancelled is not None and cancelled():
                raise DownloadCancelled(f"The download of {what} was cancelled.")
            chunk = response.read1(_CHUNK)
            if not chunk:
                break
            done += len(chunk)
            if done > max_bytes:
                raise DownloadError(f"Could not download {what}: the server sent more than the "
                                    f"{format_size(max_bytes)} expected; stopped there.")
            sink(chunk)
            now = time.monotonic()
            window.append((now, done))
            while len(window) > 2 and now - window[1][0] >= limits.rate_window:
                window.pop(0)
            started, at = window[0]
            if now - started >= limits.rate_window and (done - at) / (now - started) < limits.min_rate:
                raise DownloadError(f"Could not download {what}: the server sends too slowly "
                                    f"({format_size(int(done - at))} in {now - started:.0f} s); stopped.")
            if progress is not None:
                progress(done, max(total, done))
        if declared and done < declared:
            raise DownloadError(f"Could not download {what}: the connection closed after "
                                f"{format_size(done)} of {format_size(declared)}.")
        return done


def _fetch(url: str, sink, what: str, max_bytes: int, progress=None, cancelled=None) -> int:
    """:func:`_stream` with every failure turned into a DownloadError that says what happened."""
    try:
        return _stream(url, sink, what, max_bytes, progress, cancelled, LIMITS)
    except TranslationError:
        raise
    except TimeoutError as error:
        raise DownloadError(f"Could not download {what} from {url}: the server stopped answering "
                            f"(nothing for {LIMITS.timeout:.0f} s).", hint=OFFLINE_HINT) from error
    except http.client.IncompleteRead as error:
        raise DownloadError(f"Could not download {what} from {url}: the connection closed early "
                            f"({format_size(len(error.partial))} received).") from error
    except urllib.error.HTTPError as error:
        raise DownloadError(f"Could not download {what} from {url}: the server answered {error.code} "
                            f"{error.reason}.", hint=OFFLINE_HINT) from error
    except (urllib.error.URLError, OSError, ValueError, http.client.HTTPException) as error:
        reason = getattr(error, "reason", None) or error
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise DownloadError(f"Could not download {what} from {url}: the server stopped answering "
                                f"(nothing for {LIMITS.timeout:.0f} s).", hint=OFFLINE_HINT) from error
        raise DownloadError(f"Could not download {what} from {url}: no network connection or the server "
                            f"cannot be reached ({reason}).", hint=OFFLINE_HINT) from error


def update_index(cancelled: Callable[[], bool] | None = None) -> tuple[list[IndexEntry], list[str]]:
    """Download and check the Argos package index, keep a copy where argostranslate keeps it.

    Returns its usable entries and, for each entry left out, why.
    """
    where = argos_locations()
    parts: list[bytes] = []
    _fetch(where.index_url, parts.append, "the Argos package index", MAX_INDEX_SIZE, None, cancelled)
    data = b"".join(parts)
    entries, problems = parse_index(data)
    try:
        where.local_index.parent.mkdir(parents=True, exist_ok=True)
        with replacing(where.local_index) as temp:
            temp.write_bytes(data)
    except OSError:
        pass  # the copy only serves argostranslate's tools; this download goes on without it
    return entries, problems


def choose_entry(entries: list[IndexEntry], src: str, tgt: str, problems: Sequence[str] = ()) -> IndexEntry:
    """The newest entry for ``src``→``tgt`` with an http(s) link; DownloadError saying why there is none
    (with the entries of the index that were left out, if any)."""
    matching = [e for e in entries if (e.from_code, e.to_code) == (src, tgt)]
    usable = [e for e in matching if e.links]
    if not usable:
        if matching:
            reasons = "; ".join(dict.fromkeys(r for e in matching for r in e.refused_links)) or "no links"
            raise DownloadError(f"The Argos package index offers the {src}→{tgt} package at no address that "
                                f"can be used ({reasons}).", hint=OFFLINE_HINT)
        left_out = (f" Entries left out as unusable: {'; '.join(problems[:3])}"
                    f"{f' (and {len(problems) - 3} more)' if len(problems) > 3 else ''}." if problems else "")
        raise DownloadError(f"The Argos package index offers no {src}→{tgt} translation package.{left_out}")
    return max(usable, key=lambda e: version_key(e.version))


def _fetch_into(url: str, path: Path, what: str, max_bytes: int, progress, cancelled) -> tuple[int, str]:
    """:func:`_fetch` into the file ``path``; return the bytes received and their sha256 (hex)."""
    digest = hashlib.sha256()
    with open(path, "wb") as out:
        def sink(chunk: bytes) -> None:
            out.write(chunk)
            digest.update(chunk)
        done = _fetch(url, sink, what, max_bytes, progress, cancelled)
    return done, digest.hexdigest()


def _download_file(entry: IndexEntry, target: Path, what: str, progress, cancelled) -> None:
    """Download ``entry`` into ``target`` (a temporary file first), checking size and checksum."""
    limit = entry.size or MAX_PACKAGE_SIZE
    error: TranslationError | None = None
    for url in entry.links:
        partial = temp_beside(target)
        try:
            done, sha256 = _fetch_into(url, partial, what, limit, progress, cancelled)
            if entry.size is not None and done != entry.size:
                raise DownloadError(f"The downloaded {what} has {done} bytes, but the index says {entry.size}: "
                                    "refused.")
            if entry.sha256 is not None and sha256 != entry.sha256:
                raise DownloadError(f"The downloaded {what} does not match the checksum the index gives "
                                    f"(sha256 {sha256[:16]}…, expected {entry.sha256[:16]}…): refused.")
            put_in_place(partial, target)
            return
        except DownloadCancelled:
            raise
        except DownloadError as failure:
            error = failure
        except OSError as failure:
            raise DownloadError(f"Could not save {what} in {target.parent} ({failure}).") from failure
        finally:
            partial.unlink(missing_ok=True)
    raise error or DownloadError(f"The index gives no address for {what}.")


def download_package(src: str, tgt: str, progress: Callable[[int, int], None] | None = None,
                     cancelled: Callable[[], bool] | None = None) -> InstalledPackage:
    """Fetch the index, download the newest ``src``→``tgt`` package, check and install it.

    Raises DownloadError (or another TranslationError) with a clear message without a network or
    for a bad index or file, DownloadCancelled when cancelled; in every case nothing is left behind.
    """
    try:
        entries, problems = update_index(cancelled)
        entry = choose_entry(entries, src, tgt, problems)
    except PackageIndexError as error:
        raise DownloadError(str(error), hint=INDEX_HINT) from error
    target = argos_locations().downloads_dir / entry.file_name
    what = f"the {src}→{tgt} package"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DownloadError(f"Could not create the download folder {target.parent} ({error}).") from error
    try:
        _download_file(entry, target, what, progress, cancelled)
        if cancelled is not None and cancelled():
            raise DownloadCancelled(f"The download of {what} was cancelled.")
        return install_package_file(target, expected_pair=(src, tgt))
    finally:
        target.unlink(missing_ok=True)
