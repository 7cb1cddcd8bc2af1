"""A FictionBook file packed in a zip archive (.fb2.zip)."""

from __future__ import annotations

from reader.core.errors import MalformedDocumentError
from reader.core.formats import fb2
from reader.core.formats.blocks import Extracted
from reader.core.formats.safety import open_zip, read_entry


def read(data: bytes) -> Extracted:
    """Read the .fb2 book inside a zip archive."""
    archive = open_zip(data, "FB2 zip")
    names = [n for n in archive.namelist() if n.lower().endswith(".fb2")]
    if not names:
        raise MalformedDocumentError("this .fb2.zip archive holds no .fb2 file")
    return fb2.read(read_entry(archive, names[0], "FB2 zip"))
