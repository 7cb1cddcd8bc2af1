"""The installed Argos translation packages: list, install from a file, remove.

Packages live in argostranslate's own package folder (``ARGOS_PACKAGES_DIR`` honoured), so packages
installed with argostranslate's tools are found and ours are found by them.

Installation checks the file first (:mod:`reader.core.mt.archive`), extracts it into a staging folder
beside the package folder, loads its model once there and moves it into place in one rename: a
damaged file leaves the installed packages untouched. It does not call ``argostranslate.package.install_from_path``, which extracts
without checks straight into the package folder and then imports ``argostranslate.translate``
(spaCy, Stanza, torch: about 7 s here, and an error where those are missing); it holds
argostranslate's package lock instead, so both never work on the folder at the same time.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from reader.core.errors import TranslationError
from reader.core.mt.archive import (CheckedPackage, InvalidPackageError, PackageMetadata, check_package_file,
                                    extract_checked, parse_metadata)
from reader.core.mt.locations import argos_locations, argos_package_api


@dataclass(frozen=True)
class InstalledPackage:
    """One translation package in the package folder."""

    name: str  # the package's folder name, e.g. "translate-ru_en-1_9"
    path: Path
    metadata: PackageMetadata
    size: int  # bytes on disk

    @property
    def from_code(self) -> str:
        return self.metadata.from_code

    @property
    def to_code(self) -> str:
        return self.metadata.to_code

    @property
    def version(self) -> str:
        return self.metadata.version

    @property
    def label(self) -> str:
        """A short name for people and for marking translations: "Argos ru→en 1.9"."""
        return f"Argos {self.from_code}→{self.to_code} {self.version}"


def packages_dir() -> Path:
    """The folder argostranslate installs packages into (from the current environment)."""
    return argos_locations().packages_dir


def _folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def read_installed(path: Path) -> InstalledPackage:
    """Read one installed package folder; raise InvalidPackageError if it is not a usable translation package."""
    try:
        data = json.loads((path / "metadata.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise InvalidPackageError(f"unreadable metadata.json ({error}).", path=str(path)) from error
    metadata = parse_metadata(data, str(path))
    if not (path / "model" / "model.bin").is_file():
        raise InvalidPackageError("the model (model/model.bin) is missing.", path=str(path))
    return InstalledPackage(name=path.name, path=path, metadata=metadata, size=_folder_size(path))


def installed_packages() -> list[InstalledPackage]:
    """The usable translation packages installed, sorted by language pair and version.

    Folders that are not translation packages (argostranslate's sentence-splitting packages, broken
    folders) are left out.
    """
    folder = packages_dir()
    found = []
    if folder.is_dir():
        for path in sorted(folder.iterdir()):
            if path.is_dir() and not path.name.startswith("."):
                try:
                    found.append(read_installed(path))
                except InvalidPackageError:
                    continue
    return sorted(found, key=lambda p: (p.from_code, p.to_code, version_key(p.version), p.name))


def version_key(version: str) -> tuple:
    """A sort key that orders versions numerically ("1.10" after "1.9")."""
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part)
                 for part in version.replace("-", ".").replace("_", ".").split("."))


def find_package(src: str, tgt: str) -> InstalledPackage | None:
    """The newest installed package translating ``src`` into ``tgt``, or None."""
    matching = [p for p in installed_packages() if (p.from_code, p.to_code) == (src, tgt)]
    return matching[-1] if matching else None


def _package_lock():
    """argostranslate's lock for changes to the package folder."""
    return argos_package_api().package_lock


def _forget_argos_language_cache() -> None:
    """Clear argostranslate's cached language list if its translate module was loaded by someone."""
    translate = sys.modules.get("argostranslate.translate")
    if translate is not None and hasattr(translate, "get_installed_languages"):
        translate.get_installed_languages.cache_clear()


def _check_loads(folder: Path, where: str) -> None:
    """Load an extracted package's model and tokenizer once; InvalidPackageError if they cannot be loaded.

    A zip can be sound while the model inside is damaged or of another kind: it is refused before it
    replaces anything.
    """
    from reader.core.mt.availability import require_mt
    from reader.core.mt.engine import Translator

    require_mt()  # its own message and hint when the extra is missing
    try:
        Translator(read_installed(folder))
    except InvalidPackageError as error:
        raise InvalidPackageError(str(error).removeprefix(f"{folder}: "), path=where) from error
    except TranslationError as error:
        cause = error.__cause__ or error
        raise InvalidPackageError(f"its model cannot be loaded ({cause}).", path=where) from error


def install_package_file(path: str | Path) -> InstalledPackage:
    """Check and install an ``.argosmodel`` file; replace an installed package of the same name.

    Raises InvalidPackageError (nothing changed) for a corrupt or unsafe file.
    """
    checked: CheckedPackage = check_package_file(path)
    target_dir = packages_dir()
    with _package_lock():
        target_dir.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{target_dir.name}-installing-", dir=target_dir.parent))
        try:
            extracted = extract_checked(checked, staging / "new")
            _check_loads(extracted, str(path))
            final, old = target_dir / checked.folder, staging / "old"
            if final.exists():
                os.replace(final, old)
            try:
                os.replace(extracted, final)
            except OSError:
                if old.exists() and not final.exists():
                    os.replace(old, final)  # put the installed package back
                raise
        except OSError as error:
            raise TranslationError(f"The package could not be installed into {target_dir} ({error}).",
                                   path=str(path)) from error
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        _forget_argos_language_cache()
    return read_installed(final)


def remove_package(name: str) -> InstalledPackage:
    """Remove the installed package whose folder is ``name``; return what was removed."""
    for package in installed_packages():
        if package.name == name:
            with _package_lock():
                try:
                    shutil.rmtree(package.path)
                except OSError as error:
                    raise TranslationError(f"The package {name} could not be removed ({error}).") from error
                _forget_argos_language_cache()
            return package
    names = ", ".join(p.name for p in installed_packages()) or "none"
    raise TranslationError(f"No installed translation package is called {name!r} (installed: {names}).",
                           hint="See the names with: python -m reader models list")
