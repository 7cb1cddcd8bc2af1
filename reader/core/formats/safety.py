"""Safe access to untrusted archives and XML: size and path checks, no entities, no network."""

from __future__ import annotations

import io
import posixpath
import struct
import zipfile
import zlib
from xml.etree.ElementTree import Element, TreeBuilder

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from reader.core.errors import MalformedDocumentError, UnsafeArchiveError
from reader.core.formats.budget import Budget, current_budget

#: what the zipfile module raises on damaged archives
ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, struct.error, OSError, ValueError, EOFError,
              NotImplementedError, RuntimeError, KeyError, IndexError, OverflowError)
MAX_ENTRIES = 20_000
MAX_RATIO = 250  # uncompressed size over compressed size, per large entry


def open_zip(data: bytes, what: str) -> zipfile.ZipFile:
    """``data`` as a zip archive, checked for entry count, total size and unsafe paths."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except ZIP_ERRORS as error:
        raise MalformedDocumentError(f"this {what} file is damaged (not a readable zip archive: {error})") \
            from None
    if len(infos) > MAX_ENTRIES:
        raise UnsafeArchiveError(f"this {what} archive has {len(infos)} entries, more than {MAX_ENTRIES}")
    total = 0
    for info in infos:
        name = info.filename.replace("\\", "/")
        if name.startswith("/") or ".." in posixpath.normpath(name).split("/") or ":" in name.split("/")[0]:
            raise UnsafeArchiveError(f"this {what} archive has an entry outside its folder: {info.filename!r}")
        total += info.file_size
        if info.file_size > 10 * 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise UnsafeArchiveError(f"this {what} archive has an entry that expands {info.filename!r} "
                                     "to an unreasonable size (a zip bomb?)")
    current_budget().check("unpacked", total)  # what it says it holds; what is read is counted as it is read
    return archive


def read_entry(archive: zipfile.ZipFile, name: str, what: str) -> bytes:
    """The bytes of one archive entry; a missing or damaged entry is a MalformedDocumentError.

    Every read is charged to the reading budget (an entry read twice counts twice), and no more than
    the budget has left is ever unpacked.
    """
    try:
        info = archive.getinfo(name)
    except KeyError:
        raise MalformedDocumentError(f"this {what} file is damaged: it lacks {name!r}") from None
    budget = current_budget()
    wanted = min(info.file_size, budget.remaining("unpacked")) + 1
    try:
        with archive.open(info) as stream:
            data = stream.read(wanted)
    except ZIP_ERRORS as error:
        raise MalformedDocumentError(f"this {what} file is damaged: cannot read {name!r} ({error})") from None
    if len(data) > info.file_size:
        raise UnsafeArchiveError(f"this {what} archive lies about the size of {name!r}")
    budget.charge("unpacked", len(data))
    return data


def find_entry(archive: zipfile.ZipFile, name: str) -> str | None:
    """The archive's spelling of ``name`` (compared case-insensitively), or None."""
    wanted = name.lower()
    for entry in archive.namelist():
        if entry.lower() == wanted:
            return entry
    return None


class _BudgetedBuilder:
    """A tree builder that charges every element to the reading budget and refuses nesting beyond its depth."""

    def __init__(self, budget: Budget):
        self._builder = TreeBuilder()  # the C tree builder: compact elements
        self._budget = budget
        self._depth = 0

    def start(self, tag, attrib):
        self._depth += 1
        self._budget.check("depth", self._depth)
        self._budget.charge("elements", 1)
        return self._builder.start(tag, attrib)

    def end(self, tag):
        self._depth -= 1
        return self._builder.end(tag)

    def data(self, data):
        return self._builder.data(data)

    def close(self):
        return self._builder.close()


def parse_xml(data: bytes, what: str) -> Element:
    """Parse untrusted XML (no entities, no external references) within the reading budget (elements,
    depth); damage is a MalformedDocumentError."""
    parser = DefusedXMLParser(target=_BudgetedBuilder(current_budget()), forbid_dtd=False, forbid_entities=True,
                              forbid_external=True)
    try:
        parser.feed(data)
        return parser.close()
    except DefusedXmlException as error:
        raise MalformedDocumentError(f"this {what} file uses XML features the reader refuses ({error})") \
            from None
    except (SyntaxError, ValueError, LookupError, UnicodeError) as error:
        raise MalformedDocumentError(f"this {what} file is damaged (its XML does not parse: {error})") \
            from None


def local(tag: object) -> str:
    """An XML tag without its namespace (``{ns}p`` → ``p``); comments and such give ''."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""
