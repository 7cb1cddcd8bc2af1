"""Access to bundled data (fonts, lexicon, licences, the sample pair).

In an installed wheel the top-level ``resources/`` folder of the repository is the folder
``reader/resources``; in a source checkout (or an editable install) it is the folder beside the
``reader`` package.
"""

from __future__ import annotations

import functools
from pathlib import Path

import reader


@functools.cache
def resources_root() -> Path:
    """The folder that holds the bundled resources."""
    package = Path(reader.__file__).resolve().parent
    installed = package / "resources"
    return installed if installed.is_dir() else package.parent / "resources"


def resource_path(*parts: str) -> Path:
    """A filesystem path to a bundled resource, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    return resources_root().joinpath(*parts)
