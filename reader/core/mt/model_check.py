"""Checking that a ``model.bin`` is laid out as a CTranslate2 model before CTranslate2 loads it.

CTranslate2 trusts the file: it allocates each variable by the shape it reads (a crafted shape asks
for terabytes) and reports a missing variable with an ``IndexError``. This walks the layout that
``ctranslate2.specs.model_spec`` writes — binary version, spec name and revision, then each
variable's name, shape, type and bytes, then the aliases — and checks that every size agrees with
the shape and fits in the file. Without reading the weights: a seek past each one.
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import BinaryIO

#: binary versions CTranslate2 has written (1 to 6 as of CTranslate2 4.x)
MAX_BINARY_VERSION = 6
MAX_VARIABLES = 100_000
MAX_RANK = 8
MAX_NAME = 1024
#: bytes per item of the type ids 0–5 (float32, int8, int16, int32, float16, bfloat16)
_ITEM_SIZES = (4, 1, 2, 4, 2, 2)
#: the first bytes of model.bin read from inside an archive, before anything is extracted
PREFIX_SIZE = 64 * 1024


class ModelLayoutError(ValueError):
    """The file is not laid out as a CTranslate2 model."""


class _EndOfPrefix(Exception):
    """The prefix read so far was consistent; the rest of the file was not given."""


class _Reader:
    def __init__(self, stream: BinaryIO, size: int, *, prefix_only: bool):
        self.stream, self.size, self.prefix_only, self.position = stream, size, prefix_only, 0

    def take(self, count: int) -> bytes:
        if self.position + count > self.size:
            raise ModelLayoutError(f"the file ends at byte {self.size}, but its layout goes on past it")
        data = self.stream.read(count)
        if len(data) < count:
            if self.prefix_only:
                raise _EndOfPrefix
            raise ModelLayoutError("the file is shorter than it says")
        self.position += count
        return data

    def skip(self, count: int) -> None:
        if self.position + count > self.size:
            raise ModelLayoutError(f"a variable of {count} bytes at byte {self.position} runs past the end of "
                                   f"the file ({self.size} bytes)")
        if self.prefix_only:
            raise _EndOfPrefix
        self.stream.seek(count, 1)
        self.position += count

    def number(self, fmt: str) -> int:
        return struct.unpack("<" + fmt, self.take(struct.calcsize(fmt)))[0]

    def string(self, what: str) -> str:
        length = self.number("H")
        if not 1 <= length <= MAX_NAME:
            raise ModelLayoutError(f"{what} has an impossible length ({length})")
        raw = self.take(length)
        if raw[-1:] != b"\x00" or b"\x00" in raw[:-1]:
            raise ModelLayoutError(f"{what} is not a terminated name")
        try:
            text = raw[:-1].decode("utf-8")
        except UnicodeDecodeError as error:
            raise ModelLayoutError(f"{what} is not text") from error
        if not text.isprintable():
            raise ModelLayoutError(f"{what} holds control characters")
        return text


def _walk(reader: _Reader) -> int:
    version = reader.number("I")
    if not 1 <= version <= MAX_BINARY_VERSION:
        raise ModelLayoutError(f"binary version {version} (a CTranslate2 model has 1 to {MAX_BINARY_VERSION})")
    if version >= 2:
        reader.string("the model's spec name")
        reader.number("I")  # spec revision: CTranslate2 checks it itself
    count = reader.number("I")
    if not 1 <= count <= MAX_VARIABLES:
        raise ModelLayoutError(f"{count} variables (a model has 1 to {MAX_VARIABLES})")
    for _ in range(count):
        name = reader.string("a variable name")
        rank = reader.number("B")
        if rank > MAX_RANK:
            raise ModelLayoutError(f"variable {name!r} has {rank} dimensions")
        items = 1
        for _ in range(rank):
            items *= reader.number("I")
        if version >= 4:
            type_id = reader.number("B")
            if type_id >= len(_ITEM_SIZES):
                raise ModelLayoutError(f"variable {name!r} has an unknown type ({type_id})")
            item_size, size = _ITEM_SIZES[type_id], reader.number("I")
        else:
            item_size = reader.number("B")
            if item_size not in (1, 2, 4):
                raise ModelLayoutError(f"variable {name!r} has items of {item_size} bytes")
            size = reader.number("I") * item_size
        if size != items * item_size:
            raise ModelLayoutError(f"variable {name!r} holds {size} bytes, but its shape needs {items * item_size}")
        reader.skip(size)
    if version >= 3:
        for _ in range(reader.number("I")):
            reader.string("an alias")
            reader.string("an aliased variable")
    return version


def check_model_stream(stream: BinaryIO, size: int, *, prefix_only: bool = False) -> None:
    """Raise ModelLayoutError unless ``stream`` (``size`` bytes) is laid out as a CTranslate2 model.

    With ``prefix_only`` the stream may end early (the first bytes of an archive entry): what is
    there is checked, up to the first variable's weights.
    """
    reader = _Reader(stream, size, prefix_only=prefix_only)
    try:
        _walk(reader)
    except _EndOfPrefix:
        return
    if reader.position != size:
        raise ModelLayoutError(f"{size - reader.position} bytes follow the end of the model")


def check_model_file(path: Path) -> None:
    """Raise ModelLayoutError unless the file at ``path`` is laid out as a CTranslate2 model."""
    with open(path, "rb") as stream:
        check_model_stream(stream, path.stat().st_size)
