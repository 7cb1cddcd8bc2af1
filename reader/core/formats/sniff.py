"""Telling what a file's bytes are, whatever its name says."""

from __future__ import annotations

import io
import zipfile

_TEXT_CONTROL = set(range(0, 9)) | {11} | set(range(14, 32)) | {127}


def sniff(data: bytes) -> str:
    """One of "pdf", "zip", "xml", "binary" or "text" (which includes HTML and Markdown)."""
    head = data[:2048]
    if head.lstrip()[:5] == b"%PDF-" or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "zip"
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        body = head[3:] if head.startswith(b"\xef\xbb\xbf") else b""
        return "xml" if body.lstrip().startswith(b"<?xml") and b"FictionBook" in data[:4096] else "text"
    if b"\x00" in head:
        even, odd = head[0::2].count(0), head[1::2].count(0)
        if max(even, odd) > len(head) // 4 and min(even, odd) < len(head) // 50:
            return "text"  # UTF-16 without a byte-order mark
        return "binary"
    control = sum(1 for byte in head if byte in _TEXT_CONTROL)
    if control > max(2, len(head) // 100):
        return "binary"
    if head.lstrip().startswith(b"<?xml") and b"FictionBook" in data[:4096]:
        return "xml"
    return "text"


def zip_format(data: bytes) -> str | None:
    """The format of a zip archive by its entries (epub, docx, odt, fb2zip), or None."""
    from reader.core.formats.safety import ZIP_ERRORS

    try:
        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    except ZIP_ERRORS:
        return None
    if "word/document.xml" in names:
        return "docx"
    if "META-INF/container.xml" in names:
        return "epub"
    if "content.xml" in names:
        return "odt"
    if any(name.lower().endswith(".fb2") for name in names):
        return "fb2zip"
    return None
