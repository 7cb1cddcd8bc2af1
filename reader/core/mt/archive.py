"""Checking an ``.argosmodel`` file before anything is extracted, and extracting only what was checked.

A package is a zip archive with exactly one top-level folder holding ``metadata.json``,
``model/model.bin`` (a CTranslate2 model) and ``sentencepiece.model`` or ``bpe.model``.
"""

from __future__ import annotations

import io
import json
import re
import stat
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from reader.core.errors import TranslationError
from reader.core.mt.fields import is_language_code, is_plain_text, is_version
from reader.core.mt.model_check import PREFIX_SIZE, ModelLayoutError, check_model_stream

#: what zipfile raises for damaged, encrypted or exotic archives
_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, RuntimeError,
               NotImplementedError)

#: limits against archives that expand to an unreasonable size (real packages are 100–300 MB)
MAX_TOTAL_SIZE = 2 * 1024 ** 3
MAX_ENTRIES = 10_000
MAX_METADATA_SIZE = 1024 ** 2
#: an entry over this size may expand at most MAX_RATIO times its compressed size (a model compresses
#: to about 90% of its size, a tokenizer to about half: a zip bomb of zeros to a thousandth)
RATIO_FROM_SIZE = 16 * 1024 ** 2
MAX_RATIO = 50

_FOLDER = re.compile(r"^[0-9A-Za-z][0-9A-Za-z._+-]{0,127}$")
_CHUNK = 1024 * 1024


class InvalidPackageError(TranslationError):
    """A file is not a usable Argos translation package; nothing was installed."""

    hint = "Use an .argosmodel translation package from the Argos Translate package index."


@dataclass(frozen=True)
class PackageMetadata:
    """What ``metadata.json`` of a translation package says."""

    from_code: str
    to_code: str
    version: str
    from_name: str = ""
    to_name: str = ""
    target_prefix: str = ""


@dataclass(frozen=True)
class CheckedPackage:
    """An archive that passed every check: its folder name, metadata and the entries to extract."""

    path: Path
    folder: str
    metadata: PackageMetadata
    entries: tuple[zipfile.ZipInfo, ...]
    size: int


def parse_metadata(data: object, where: str) -> PackageMetadata:
    """Check the contents of a package's ``metadata.json`` and return them, or raise InvalidPackageError."""
    if not isinstance(data, dict):
        raise InvalidPackageError("metadata.json does not hold a JSON object.", path=where)
    kind = data.get("type", "translate")
    if kind != "translate":
        raise InvalidPackageError(f"this is a {kind!r} package, not a translation package.", path=where)
    for key in ("from_code", "to_code"):
        value = data.get(key)
        if not is_language_code(value):
            raise InvalidPackageError(f"metadata.json has no valid {key} (a 2–3 letter language code): "
                                      f"{str(value)[:40]!r}.", path=where)
    version = data.get("package_version")
    if not is_version(version):
        raise InvalidPackageError(f"metadata.json has no valid package_version: {str(version)[:40]!r}.",
                                  path=where)
    texts = {key: data.get(key, "") for key in ("from_name", "to_name", "target_prefix")}
    for key, value in texts.items():
        if not is_plain_text(value):
            raise InvalidPackageError(f"metadata.json has an invalid {key}: {str(value)[:40]!r}.", path=where)
    return PackageMetadata(from_code=data["from_code"], to_code=data["to_code"], version=version, **texts)


def _check_name(info: zipfile.ZipInfo, where: str) -> PurePosixPath:
    name = info.filename
    bad = (name.startswith(("/", "\\")) or "\\" in name or "\x00" in name or re.match(r"^[A-Za-z]:", name))
    parts = PurePosixPath(name).parts
    if bad or not parts or any(part in ("..", ".") for part in parts):
        raise InvalidPackageError(f"unsafe entry {name!r} (absolute path or '..'): refused.", path=where)
    kind = stat.S_IFMT(info.external_attr >> 16) if info.create_system == 3 else 0  # Unix-made entries only
    if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
        raise InvalidPackageError(f"entry {name!r} is a link or special file: refused.", path=where)
    return PurePosixPath(name)


def check_package_file(path: str | Path) -> CheckedPackage:
    """Check an ``.argosmodel`` file without extracting anything; raise InvalidPackageError if unusable."""
    path = Path(path)
    where = str(path)
    if path.is_dir():
        raise InvalidPackageError("this is a folder, not a package: installing expects an .argosmodel file.", path=where)
    if not path.is_file():
        raise InvalidPackageError("no such file.", path=where)
    if not zipfile.is_zipfile(path):
        raise InvalidPackageError("not an Argos package: the file is not a zip archive.", path=where)
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
            if len(entries) > MAX_ENTRIES:
                raise InvalidPackageError(f"the archive has {len(entries)} entries (at most {MAX_ENTRIES}).",
                                          path=where)
            paths = [_check_name(info, where) for info in entries]
            if len(set(paths)) != len(paths):
                twice = next(str(path) for n, path in enumerate(paths) if path in paths[:n])
                raise InvalidPackageError(f"the entry {twice!r} appears twice in the archive: refused.", path=where)
            tops = {path.parts[0] for path in paths}
            files = {str(path) for info, path in zip(entries, paths, strict=True) if not info.is_dir()}
            if len(tops) != 1 or next(iter(tops)) in files:
                raise InvalidPackageError("an Argos package holds exactly one top-level folder; this archive "
                                          f"has {len(tops)} top-level entries.", path=where)
            folder = next(iter(tops))
            if not _FOLDER.match(folder):
                raise InvalidPackageError(f"unusable package folder name {folder!r}.", path=where)
            size = sum(info.file_size for info in entries)
            if size > MAX_TOTAL_SIZE:
                raise InvalidPackageError(f"the archive expands to {size} bytes (limit {MAX_TOTAL_SIZE}).",
                                          path=where)
            if f"{folder}/metadata.json" not in files:
                raise InvalidPackageError("metadata.json is missing.", path=where)
            if f"{folder}/model/model.bin" not in files:
                raise InvalidPackageError("the CTranslate2 model (model/model.bin) is missing.", path=where)
            if not {f"{folder}/sentencepiece.model", f"{folder}/bpe.model"} & files:
                raise InvalidPackageError("the tokenizer (sentencepiece.model or bpe.model) is missing.",
                                          path=where)
            meta_info = archive.getinfo(f"{folder}/metadata.json")
            if meta_info.file_size > MAX_METADATA_SIZE:
                raise InvalidPackageError("metadata.json is unreasonably large.", path=where)
            try:
                data = json.loads(archive.read(meta_info).decode("utf-8"))
            except (UnicodeDecodeError, ValueError) as error:
                raise InvalidPackageError(f"metadata.json is not valid JSON ({error}).", path=where) from error
            metadata = parse_metadata(data, where)
            for info in entries:
                if info.file_size > RATIO_FROM_SIZE and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                    raise InvalidPackageError(f"entry {info.filename!r} expands {info.file_size // max(info.compress_size, 1)} "
                                              f"times (a zip bomb?): refused.", path=where)
            _check_model_prefix(archive, archive.getinfo(f"{folder}/model/model.bin"), where)
    except _ZIP_ERRORS as error:
        raise InvalidPackageError(f"the archive is damaged ({error}).", path=where) from error
    return CheckedPackage(path=path, folder=folder, metadata=metadata, entries=tuple(entries), size=size)


def _check_model_prefix(archive: zipfile.ZipFile, info: zipfile.ZipInfo, where: str) -> None:
    """Refuse a model.bin whose first bytes are not a CTranslate2 model's, before anything is extracted."""
    with archive.open(info) as stream:
        prefix = stream.read(PREFIX_SIZE)
    try:
        check_model_stream(io.BytesIO(prefix), info.file_size, prefix_only=True)
    except ModelLayoutError as error:
        raise InvalidPackageError(f"not a usable translation model: model/model.bin is not a CTranslate2 model "
                                  f"({error}).", path=where) from error


def extract_checked(package: CheckedPackage, target: Path) -> Path:
    """Extract a checked package's entries under ``target``; return the package folder written there.

    Writes never exceed the sizes that were checked; a damaged entry raises InvalidPackageError.
    """
    where = str(package.path)
    try:
        with zipfile.ZipFile(package.path) as archive:
            for info in package.entries:
                destination = target.joinpath(*PurePosixPath(info.filename).parts)
                if info.is_dir():
                    destination.mkdir(parents=True, exist_ok=True)
                    continue
                destination.parent.mkdir(parents=True, exist_ok=True)
                written = 0
                with archive.open(info) as source, open(destination, "xb") as sink:
                    while chunk := source.read(_CHUNK):
                        written += len(chunk)
                        if written > info.file_size:
                            raise InvalidPackageError(f"entry {info.filename!r} is larger than declared.",
                                                      path=where)
                        sink.write(chunk)
    except _ZIP_ERRORS as error:
        raise InvalidPackageError(f"the archive could not be extracted ({error}).", path=where) from error
    return target / package.folder
