"""The installed Argos translation packages: list, install from a file, remove.

Packages live in argostranslate's own package folder (``ARGOS_PACKAGES_DIR`` honoured), so packages
installed with argostranslate's tools are found and ours are found by them.

Installation checks the file first (:mod:`reader.core.mt.archive`), extracts it into a staging folder
beside the package folder, checks the model's layout and loads it once there, and moves it into place
in one rename: a damaged file leaves the installed packages untouched. argostranslate is not needed
(its ``install_from_path`` extracts without checks straight into the package folder); the folder's
lock (:mod:`reader.core.mt.folder_lock`) keeps installs and removals from overlapping.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import threading
from pathlib import Path

from reader.core.errors import TranslationError
from reader.core.mt.archive import (CheckedPackage, InvalidPackageError, check_package_file,
                                    extract_checked, parse_metadata)
from reader.core.mt.folder_lock import package_folder_lock
from reader.core.mt.installed import InstalledPackage
from reader.core.mt.locations import argos_locations
from reader.core.mt.model_check import ModelLayoutError, check_model_file


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


def _forget_argos_language_cache() -> None:
    """Clear argostranslate's cached language list if its translate module was loaded by someone."""
    translate = sys.modules.get("argostranslate.translate")
    if translate is not None and hasattr(translate, "get_installed_languages"):
        translate.get_installed_languages.cache_clear()


#: digests of model folders that loaded and translated here (a package installed again is not probed again)
_probed: set[tuple] = set()
_probed_lock = threading.Lock()


def _probe_key(folder: Path) -> tuple:
    import hashlib

    digest = hashlib.sha256()
    for file in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(file.relative_to(folder).as_posix().encode())
        with open(file, "rb") as stream:
            while chunk := stream.read(1024 * 1024):
                digest.update(chunk)
    return (digest.hexdigest(),)


def _check_loads(folder: Path, where: str) -> None:
    """Check an extracted package's model layout, load it and translate a word; InvalidPackageError if
    any of that fails ("not a usable translation model").

    A zip can be sound while the model inside is garbage, damaged or of another kind: it is refused
    before it replaces anything.
    """
    from reader.core.mt.availability import require_mt
    from reader.core.mt.engine import Translator

    require_mt()  # its own message and hint when the extra is missing
    package = read_installed(folder)
    try:
        check_model_file(folder / "model" / "model.bin")
    except ModelLayoutError as error:
        raise InvalidPackageError(f"not a usable translation model: model/model.bin is not a CTranslate2 model "
                                  f"({error}).", path=where) from error
    key = _probe_key(folder)
    with _probed_lock:
        if key in _probed:
            return
    try:
        Translator(package).translate_sentences(["Test."])
    except InvalidPackageError as error:
        raise InvalidPackageError(str(error).removeprefix(f"{folder}: "), path=where) from error
    except TranslationError as error:
        cause = error.__cause__ or error
        raise InvalidPackageError(f"not a usable translation model: its model cannot be loaded ({cause}).",
                                  path=where) from error
    with _probed_lock:
        _probed.add(key)


def install_package_file(path: str | Path, expected_pair: tuple[str, str] | None = None) -> InstalledPackage:
    """Check and install an ``.argosmodel`` file; replace an installed package of the same name.

    Raises InvalidPackageError (nothing changed) for a corrupt or unsafe file, or one that does not
    translate ``expected_pair`` when that is given.
    """
    checked: CheckedPackage = check_package_file(path)
    pair = (checked.metadata.from_code, checked.metadata.to_code)
    if expected_pair is not None and pair != tuple(expected_pair):
        raise InvalidPackageError(f"the file translates {pair[0]}→{pair[1]}, not {expected_pair[0]}→"
                                  f"{expected_pair[1]} as the index said.", path=str(path))
    target_dir = packages_dir()
    with package_folder_lock(target_dir):
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
            with package_folder_lock(packages_dir()):
                try:
                    shutil.rmtree(package.path)
                except OSError as error:
                    raise TranslationError(f"The package {name} could not be removed ({error}).") from error
                _forget_argos_language_cache()
            return package
    names = ", ".join(p.name for p in installed_packages()) or "none"
    raise TranslationError(f"No installed translation package is called {name!r} (installed: {names}).",
                           hint="See the names with: python -m reader models list")
