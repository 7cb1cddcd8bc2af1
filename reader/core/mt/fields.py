"""Checks for the values of package metadata and index entries that reach a file name or an address.

Language codes, versions and package codes become parts of file and folder names; links become
addresses to fetch. Each is checked here before it is used: a short, plain value of the expected
shape, no NUL or control characters, and only ``http``/``https`` addresses.
"""

from __future__ import annotations

import re
import urllib.parse
from typing import TypeGuard

_CODE = re.compile(r"[a-z]{2,3}")
#: "1.9", "1.0.2", "2.0rc1", "1.9-post1": digits first, at most four numeric parts and a short tag
_VERSION = re.compile(r"[0-9]{1,6}(?:\.[0-9]{1,6}){0,3}(?:[-+._]?[0-9A-Za-z]{1,16})?")
_PACKAGE_CODE = re.compile(r"[0-9A-Za-z][0-9A-Za-z._+-]{0,63}")
MAX_VERSION_LENGTH = 32
MAX_URL_LENGTH = 2048
MAX_NAME_LENGTH = 200
ALLOWED_SCHEMES = ("http", "https")


def is_language_code(value: object) -> TypeGuard[str]:
    """Whether ``value`` is a 2–3 letter lower-case language code such as "ru"."""
    return isinstance(value, str) and _CODE.fullmatch(value) is not None


def is_version(value: object) -> TypeGuard[str]:
    """Whether ``value`` is a package version such as "1.9" (digits first, short, no odd characters)."""
    return isinstance(value, str) and len(value) <= MAX_VERSION_LENGTH and _VERSION.fullmatch(value) is not None


def is_package_code(value: object) -> TypeGuard[str]:
    """Whether ``value`` can name a package file or folder ("translate-ru_en", "translate-ru_en-1_9")."""
    return isinstance(value, str) and _PACKAGE_CODE.fullmatch(value) is not None and ".." not in value


def is_plain_text(value: object, limit: int = MAX_NAME_LENGTH) -> TypeGuard[str]:
    """Whether ``value`` is a string of at most ``limit`` characters without control characters."""
    return (isinstance(value, str) and len(value) <= limit
            and not any(ord(c) < 32 or ord(c) == 127 for c in value))


def url_problem(url: object) -> str | None:
    """Why ``url`` cannot be downloaded from (None when it is a plain http or https address)."""
    if not isinstance(url, str):
        return f"a link is not text ({type(url).__name__})"
    if len(url) > MAX_URL_LENGTH:
        return f"a link is {len(url)} characters long (at most {MAX_URL_LENGTH})"
    if not is_plain_text(url, MAX_URL_LENGTH) or " " in url:
        return "a link holds spaces or control characters"
    try:
        parts = urllib.parse.urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 -- raises ValueError for a port that is not a number
    except ValueError as error:
        return f"a link is malformed ({error})"
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        return f"{parts.scheme or 'no'} scheme in {url[:80]!r} (only http and https are used)"
    if not host:
        return f"a link has no host: {url[:80]!r}"
    return None
