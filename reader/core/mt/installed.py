"""An installed translation package: its folder, metadata and size (the record the engine and the
package folder share; kept apart from :mod:`reader.core.mt.packages` so the engine does not import the
installer, which loads the engine to check a package)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reader.core.mt.archive import PackageMetadata


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
