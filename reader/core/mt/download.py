"""Downloading a translation package from the Argos package index, with progress and cancel.

argostranslate.package describes the index and its packages; the transfers themselves use urllib
here, because argostranslate's own ``update_package_index`` swallows network errors (and
``get_available_packages`` then recurses until it crashes) and its ``download`` has neither progress
nor cancel. The downloaded file is checked and installed like any other package file.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path
from typing import Callable

from reader.core.errors import TranslationError
from reader.core.mt.locations import argos_locations, argos_package_api
from reader.core.mt.packages import InstalledPackage, install_package_file, version_key
from reader.core.safewrite import put_in_place, temp_beside

TIMEOUT = 30  # seconds without data before a transfer gives up
_CHUNK = 256 * 1024
USER_AGENT = "ArgosTranslate"

OFFLINE_HINT = ("Check the network connection and try again, or download the .argosmodel file on another "
                "computer (from the Argos Translate package index) and install it with: "
                "python -m reader models install FILE")


class DownloadCancelled(TranslationError):
    """The person cancelled a download; nothing was installed."""


def _fetch(url: str, target: Path, what: str, progress: Callable[[int, int], None] | None,
           cancelled: Callable[[], bool] | None) -> None:
    """Stream ``url`` into ``target`` (written to a temporary file first, then renamed)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = temp_beside(target)
    try:
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
        with open(partial, "wb") as sink, urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            total = int(response.headers.get("Content-Length") or 0)
            done = 0
            while chunk := response.read(_CHUNK):
                if cancelled is not None and cancelled():
                    raise DownloadCancelled(f"The download of {what} was cancelled.")
                sink.write(chunk)
                done += len(chunk)
                if progress is not None:
                    progress(done, max(total, done))
        put_in_place(partial, target)
    except (urllib.error.URLError, OSError, ValueError) as error:
        reason = getattr(error, "reason", None) or error
        raise TranslationError(f"Could not download {what} from {url}: no network connection or the server "
                               f"cannot be reached ({reason}).", hint=OFFLINE_HINT) from error
    finally:
        partial.unlink(missing_ok=True)


def update_index(progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> None:
    """Download the Argos package index to where argostranslate keeps it."""
    where = argos_locations()
    _fetch(where.index_url, where.local_index, "the Argos package index", progress, cancelled)


def available_packages(src: str, tgt: str) -> list:
    """Translation packages for ``src``→``tgt`` in the downloaded index (argostranslate AvailablePackage)."""
    package_api = argos_package_api()
    if not argos_locations().local_index.is_file():
        return []
    try:
        found = package_api.get_available_packages()
    except (ValueError, TypeError, AttributeError) as error:
        raise TranslationError(f"The downloaded Argos package index is unreadable ({error}).") from error
    return [p for p in found if getattr(p, "type", "translate") == "translate"
            and (p.from_code, p.to_code) == (src, tgt) and p.links]


def download_package(src: str, tgt: str, progress: Callable[[int, int], None] | None = None,
                     cancelled: Callable[[], bool] | None = None) -> InstalledPackage:
    """Fetch the index, download the newest ``src``→``tgt`` package, check and install it.

    Raises TranslationError with a clear message without a network, DownloadCancelled when cancelled.
    """
    package_api = argos_package_api()
    update_index(None, cancelled)
    candidates = available_packages(src, tgt)
    if not candidates:
        raise TranslationError(f"The Argos package index offers no {src}→{tgt} translation package.")
    chosen = max(candidates, key=lambda p: version_key(str(p.package_version)))
    where = argos_locations()
    filename = f"{package_api.argospm_package_name(chosen)}-{chosen.package_version}.argosmodel"
    target = where.downloads_dir / filename.replace("/", "_")
    error: TranslationError | None = None
    for url in chosen.links:
        try:
            _fetch(url, target, f"the {src}→{tgt} package", progress, cancelled)
            break
        except DownloadCancelled:
            raise
        except TranslationError as failure:
            error = failure
    else:
        raise error or TranslationError(f"The {src}→{tgt} package has no download address.")
    try:
        if cancelled is not None and cancelled():
            raise DownloadCancelled(f"The download of the {src}→{tgt} package was cancelled.")
        return install_package_file(target)
    finally:
        target.unlink(missing_ok=True)
