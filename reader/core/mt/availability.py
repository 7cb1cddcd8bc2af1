"""Whether the optional machine-translation extra is installed, checked without importing it."""

from __future__ import annotations

import importlib.util

from reader.core.errors import TranslationError

#: the modules the ``mt`` extra brings: CTranslate2 runs a package's model, SentencePiece its tokenizer
REQUIRED_MODULES = ("ctranslate2", "sentencepiece")

ENABLE_HINT = ('Install the optional extra: pip install "parallel-reader[mt]" '
               '(or, in a source checkout, pip install ".[mt]").')


def missing_modules() -> list[str]:
    """The modules of the ``mt`` extra that cannot be found (empty when the extra is installed).

    Looks the modules up without importing them (importing CTranslate2 takes a noticeable moment).
    """
    missing = []
    for name in REQUIRED_MODULES:
        try:
            found = importlib.util.find_spec(name) is not None
        except (ImportError, ValueError):
            found = False
        if not found:
            missing.append(name)
    return missing


def mt_available() -> bool:
    """Whether machine translation can be used at all (the ``mt`` extra is installed)."""
    return not missing_modules()


def require_mt() -> None:
    """Raise TranslationError, saying how to enable it, unless the ``mt`` extra is installed."""
    missing = missing_modules()
    if missing:
        raise TranslationError("Machine translation is not available: the optional extra is not "
                               f"installed (missing: {', '.join(missing)}).", hint=ENABLE_HINT)


def import_mt_module(name: str):
    """Import one module of the ``mt`` extra, turning an import failure into a TranslationError."""
    require_mt()
    try:
        return importlib.import_module(name)
    except ImportError as error:
        raise TranslationError(f"Machine translation is not available: {name} cannot be loaded ({error}).",
                               hint=ENABLE_HINT) from error
