"""Translating paragraphs with the installed package for a language pair, through the cache.

This is what the window, the command line and the aligner use::

    translate_paragraphs(texts, "ru", "en", progress, cancelled) -> [MachineTranslation, ...]
"""

from __future__ import annotations

from collections.abc import Callable

from reader.core.cancel import stop_if_cancelled
from reader.core.errors import TranslationError
from reader.core.mt.availability import require_mt
from reader.core.mt.cache import TranslationCache
from reader.core.mt.engine import get_translator
from reader.core.mt.packages import InstalledPackage, find_package
from reader.core.mt.translation import MachineTranslation

#: sentences gathered into one ``translate_batch`` call after the first paragraph (which goes alone,
#: so the first result shows quickly)
BATCH_SENTENCES = 32

LANGUAGE_NAMES = {"ru": "Russian", "en": "English"}


class NoPackageError(TranslationError):
    """No installed package translates the wanted language pair."""


def require_package(src: str, tgt: str) -> InstalledPackage:
    """The installed package for ``src``→``tgt``; NoPackageError saying how to get one if there is none."""
    require_mt()
    package = find_package(src, tgt)
    if package is None:
        pair = (f"{LANGUAGE_NAMES[src]}→{LANGUAGE_NAMES[tgt]} translation package ({src}→{tgt})"
                if src in LANGUAGE_NAMES and tgt in LANGUAGE_NAMES else f"{src}→{tgt} translation package")
        raise NoPackageError(f"No {pair} is installed.",
                             hint=f"Download one with: python -m reader models download --from {src} --to {tgt} "
                                  "(needs the network), or install an .argosmodel file with: "
                                  "python -m reader models install FILE")
    return package


def split_for_translation(text: str, language: str) -> list[str]:
    """The sentences of ``text`` as the program's splitter finds them (whole text if it finds none)."""
    from reader.core.segment import split_sentences

    sentences = [text[s.start:s.end] for s in split_sentences(text, language)]
    sentences = [s for s in sentences if s.strip()]
    return sentences or ([text] if text.strip() else [])


def translate_paragraphs(texts: list[str], src: str, tgt: str,
                         progress: Callable[[int, int], None] | None = None,
                         cancelled: Callable[[], bool] | None = None, *,
                         cache: TranslationCache | None = None,
                         on_result: Callable[[int, MachineTranslation], None] | None = None,
                         package: InstalledPackage | None = None,
                         batch_sentences: int = BATCH_SENTENCES) -> list[MachineTranslation]:
    """Translate paragraphs one after another; return one MachineTranslation per text.

    Cached translations come back at once; the others are split into sentences and translated in
    batches of about ``batch_sentences`` (the first paragraph alone, so it shows quickly).
    ``on_result(index, translation)`` is called as each one is ready, ``progress(done, total)`` after
    each paragraph. When ``cancelled()`` turns true, Cancelled is raised (the translations ``on_result``
    heard of are in the cache).
    """
    package = package or require_package(src, tgt)
    translator = get_translator(package)
    translator.check_pair(src, tgt)
    cache = cache if cache is not None else TranslationCache()
    results: list[MachineTranslation | None] = [None] * len(texts)
    pending: list[tuple[int, list[str]]] = []
    done = 0

    def emit(index: int, text: str, cached: bool) -> None:
        nonlocal done
        result = results[index] = MachineTranslation(text, package.label, package.name, package.version, src,
                                                     cached=cached)
        done += 1
        if on_result is not None:
            on_result(index, result)
        if progress is not None:
            progress(done, len(texts))

    def flush() -> None:
        flat = translator.translate_sentences([s for _, sentences in pending for s in sentences])
        start, done_texts = 0, []
        for _, sentences in pending:
            done_texts.append(" ".join(t for t in flat[start:start + len(sentences)] if t))
            start += len(sentences)
        cache.put_many(package.name, package.version, [(texts[i], t) for (i, _), t in zip(pending, done_texts, strict=True)])
        for (index, _), text in zip(pending, done_texts, strict=True):
            emit(index, text, False)
        pending.clear()

    first = True
    for index, text in enumerate(texts):
        stop_if_cancelled(cancelled, "The translation was cancelled.")
        hit = cache.get(package.name, package.version, text)
        if hit is not None:
            emit(index, hit, True)
            continue
        pending.append((index, split_for_translation(text, src)))
        if first or sum(len(s) for _, s in pending) >= batch_sentences:
            flush()
            first = False
    if pending:
        stop_if_cancelled(cancelled, "The translation was cancelled.")
        flush()
    return [result for result in results if result is not None]  # every one, unless cancelled (raised)


def translate_text(text: str, src: str, tgt: str, **kwargs) -> MachineTranslation:
    """Translate one text (blank-line separated paragraphs stay paragraphs)."""
    paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n")]
    paragraphs = [p for p in paragraphs if p]
    done = translate_paragraphs(paragraphs, src, tgt, **kwargs)
    label = done[0].model_label if done else require_package(src, tgt).label
    package, version = (done[0].package, done[0].version) if done else ("", "")
    return MachineTranslation("\n\n".join(r.text for r in done), label, package, version, src,
                              cached=all(r.cached for r in done))
