"""The Argos package index (argospm-index ``index.json``): read and checked without argostranslate.

The published index is a JSON list of entries such as::

    {"package_version": "1.9", "argos_version": "1.9", "from_code": "ru", "from_name": "Russian",
     "to_code": "en", "to_name": "English", "code": "translate-ru_en",
     "links": ["https://…/translate-ru_en-1_9.argosmodel"]}

with an optional ``type`` ("translate" when absent; "sbd" for sentence-boundary packages). Two
optional keys are honoured when an index gives them: ``size`` (bytes of the package file) and
``sha256`` (its checksum). The whole file is bounded (size, nesting depth, number of entries); an
entry whose fields would reach a file name or address unchecked is left out with the reason, and
links other than ``http``/``https`` (the published index also lists ``ipfs://`` ones) are not used.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from reader.core.errors import TranslationError
from reader.core.mt.fields import (is_language_code, is_package_code, is_plain_text, is_version,
                                   url_problem)

#: the published index is about 32 KB; a hostile server may send gigabytes
MAX_INDEX_SIZE = 4 * 1024 ** 2
#: a list of entries holding lists of links: depth 3; a little room for extra keys
MAX_DEPTH = 8
MAX_ENTRIES = 10_000
MAX_LINKS = 16
_SHA256 = re.compile(r"[0-9a-fA-F]{64}")


class PackageIndexError(TranslationError):
    """The package index is unusable (too large, too deep, not JSON, not a list)."""


@dataclass(frozen=True)
class IndexEntry:
    """One translation package the index offers."""

    from_code: str
    to_code: str
    version: str
    links: tuple[str, ...]  # http(s) addresses only, in the index's order
    code: str = ""
    from_name: str = ""
    to_name: str = ""
    argos_version: str = ""
    size: int | None = None
    sha256: str | None = None
    refused_links: tuple[str, ...] = ()  # why the other links are not used

    @property
    def file_name(self) -> str:
        """The name the downloaded file gets: ``translate-ru_en-1_9.argosmodel``."""
        code = self.code or f"translate-{self.from_code}_{self.to_code}"
        return f"{code}-{self.version.replace('.', '_')}.argosmodel"


def json_depth(data: bytes) -> int:
    """The deepest nesting of ``[`` and ``{`` in a JSON text (strings skipped), in one linear pass."""
    depth = deepest = 0
    in_string = escaped = False
    for byte in data:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in (0x5B, 0x7B):
            depth += 1
            deepest = max(deepest, depth)
        elif byte in (0x5D, 0x7D):
            depth -= 1
    return deepest


def _entry(data: dict) -> IndexEntry:
    """One checked entry; ValueError saying what is wrong."""
    for key in ("from_code", "to_code"):
        if not is_language_code(data.get(key)):
            raise ValueError(f"{key} is not a 2–3 letter language code: {str(data.get(key))[:40]!r}")
    version = data.get("package_version")
    if not is_version(version):
        raise ValueError(f"package_version is not a version: {str(version)[:40]!r}")
    code = data.get("code", "")
    if code and not is_package_code(code):
        raise ValueError(f"code cannot name a file: {str(code)[:40]!r}")
    texts = {key: data.get(key, "") for key in ("from_name", "to_name")}
    argos_version = data.get("argos_version", "")
    if not all(is_plain_text(v) for v in texts.values()) or (argos_version and not is_version(argos_version)):
        raise ValueError("a name or argos_version is not short plain text")
    links = data.get("links", [])
    if not isinstance(links, list) or len(links) > MAX_LINKS:
        raise ValueError(f"links is not a list of at most {MAX_LINKS} addresses")
    good: list[str] = []
    refused: list[str] = []
    for link in links:
        problem = url_problem(link)
        (refused if problem else good).append(problem or link)
    size = data.get("size")
    if size is not None and (not isinstance(size, int) or isinstance(size, bool) or size <= 0):
        raise ValueError(f"size is not a positive number of bytes: {str(size)[:40]!r}")
    sha256 = data.get("sha256")
    if sha256 is not None and not (isinstance(sha256, str) and _SHA256.fullmatch(sha256)):
        raise ValueError("sha256 is not 64 hexadecimal digits")
    return IndexEntry(from_code=data["from_code"], to_code=data["to_code"], version=version, links=tuple(good),
                      code=code, argos_version=argos_version, size=size,
                      sha256=sha256.lower() if sha256 else None, refused_links=tuple(refused), **texts)


def parse_index(data: bytes, where: str = "the Argos package index") -> tuple[list[IndexEntry], list[str]]:
    """The translation entries of an index file and, for each entry left out, why.

    Raises PackageIndexError when the file as a whole is unusable.
    """
    if len(data) > MAX_INDEX_SIZE:
        raise PackageIndexError(f"{where} is {len(data)} bytes (at most {MAX_INDEX_SIZE}): refused.")
    depth = json_depth(data)
    if depth > MAX_DEPTH:
        raise PackageIndexError(f"{where} is nested {depth} levels deep (at most {MAX_DEPTH}): refused.")
    try:
        items = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise PackageIndexError(f"{where} is not valid JSON ({str(error)[:200]}).") from error
    if not isinstance(items, list):
        raise PackageIndexError(f"{where} is not a list of packages.")
    if len(items) > MAX_ENTRIES:
        raise PackageIndexError(f"{where} lists {len(items)} packages (at most {MAX_ENTRIES}): refused.")
    entries, problems = [], []
    for number, item in enumerate(items, 1):
        if not isinstance(item, dict):
            problems.append(f"entry {number} is not an object")
            continue
        if item.get("type", "translate") != "translate":
            continue  # sentence-boundary and other packages: not translation models
        try:
            entries.append(_entry(item))
        except ValueError as error:
            problems.append(f"entry {number}: {error}")
    return entries, problems
