"""Safe access to untrusted archives and XML: size and path checks, no entities, no network."""

from __future__ import annotations

import io
import posixpath
import struct
import zipfile
import zlib
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as safe_et
from defusedxml import DefusedXmlException

from reader.core.errors import MalformedDocumentError, UnsafeArchiveError

#: what the zipfile module raises on damaged archives
ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, struct.error, OSError, ValueError, EOFError,
              NotImplementedError, RuntimeError, KeyError, IndexError, OverflowError)
MAX_ENTRIES = 20_000
MAX_UNCOMPRESSED = 1024 * 1024 * 1024  # 1 GiB in all
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
    if total > MAX_UNCOMPRESSED:
        raise UnsafeArchiveError(f"this {what} archive expands to {total // (1024 * 1024)} MB, "
                                 "more than the reader accepts")
    return archive


def read_entry(archive: zipfile.ZipFile, name: str, what: str) -> bytes:
    """The bytes of one archive entry; a missing or damaged entry is a MalformedDocumentError."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        raise MalformedDocumentError(f"this {what} file is damaged: it lacks {name!r}") from None
    try:
        with archive.open(info) as stream:
            data = stream.read(info.file_size + 1)
    except ZIP_ERRORS as error:
        raise MalformedDocumentError(f"this {what} file is damaged: cannot read {name!r} ({error})") from None
    if len(data) > info.file_size:
        raise UnsafeArchiveError(f"this {what} archive lies about the size of {name!r}")
    return data


def find_entry(archive: zipfile.ZipFile, name: str) -> str | None:
    """The archive's spelling of ``name`` (compared case-insensitively), or None."""
    wanted = name.lower()
    for entry in archive.namelist():
        if entry.lower() == wanted:
            return entry
    return None


def parse_xml(data: bytes, what: str) -> Element:
    """Parse untrusted XML (no entities, no external references); damage is a MalformedDocumentError."""
    try:
        return safe_et.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as error:
        raise MalformedDocumentError(f"this {what} file uses XML features the reader refuses ({error})") \
            from None
    except (ParseError, ValueError, LookupError, UnicodeError) as error:
        raise MalformedDocumentError(f"this {what} file is damaged (its XML does not parse: {error})") \
            from None


def local(tag: object) -> str:
    """An XML tag without its namespace (``{ns}p`` → ``p``); comments and such give ''."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""
