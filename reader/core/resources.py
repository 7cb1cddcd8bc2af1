"""Access to bundled data (fonts, lexicon, licences) shipped as ``reader.resources``.

In an installed wheel the top-level ``resources/`` folder is the package ``reader.resources``;
in a source checkout (or an editable install) it is the folder beside the ``reader`` package.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

import reader


@functools.cache
def resources_root() -> Path:
    """The folder that holds the bundled resources."""
    try:
        return Path(str(resources.files("reader.resources")))
    except ModuleNotFoundError:
        return Path(reader.__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """A filesystem path to a bundled resource, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    return resources_root().joinpath(*parts)
