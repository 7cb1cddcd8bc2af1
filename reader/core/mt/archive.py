"""Checking an ``.argosmodel`` file before anything is extracted, and extracting only what was checked.

A package is a zip archive with exactly one top-level folder holding ``metadata.json``,
``model/model.bin`` (a CTranslate2 model) and ``sentencepiece.model`` or ``bpe.model``.
"""

from __future__ import annotations

import json
import re
import stat
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from reader.core.errors import TranslationError

#: what zipfile raises for damaged, encrypted or exotic archives
_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, RuntimeError,
               NotImplementedError)

#: limits against archives that expand to an unreasonable size (real packages are 100–300 MB)
MAX_TOTAL_SIZE = 2 * 1024 ** 3
MAX_ENTRIES = 10_000
MAX_METADATA_SIZE = 1024 ** 2

_CODE = re.compile(r"^[a-z]{2,3}$")
_VERSION = re.compile(r"^[0-9A-Za-z][0-9A-Za-z._+-]{0,31}$")
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
        if not isinstance(value, str) or not _CODE.match(value):
            raise InvalidPackageError(f"metadata.json has no valid {key} (a 2–3 letter language code): "
                                      f"{value!r}.", path=where)
    version = data.get("package_version")
    if not isinstance(version, str) or not _VERSION.match(version):
        raise InvalidPackageError(f"metadata.json has no valid package_version: {version!r}.", path=where)
    texts = {key: data.get(key, "") for key in ("from_name", "to_name", "target_prefix")}
    for key, value in texts.items():
        if not isinstance(value, str) or len(value) > 200:
            raise InvalidPackageError(f"metadata.json has an invalid {key}: {value!r}.", path=where)
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
            names = {info.filename.rstrip("/"): _check_name(info, where) for info in entries}
            tops = {parts.parts[0] for parts in names.values()}
            files = {str(p) for info, p in zip(entries, names.values()) if not info.is_dir()}
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
    except _ZIP_ERRORS as error:
        raise InvalidPackageError(f"the archive is damaged ({error}).", path=where) from error
    return CheckedPackage(path=path, folder=folder, metadata=metadata, entries=tuple(entries), size=size)


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
