"""Inference with an installed package's own CTranslate2 model and tokenizer.

Sentences come in already split (by the program's own splitter); each call is one
``translate_batch``. Needs only CTranslate2 and SentencePiece (argostranslate's tokenizer for
BPE packages) and never touches the network.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from reader.core.errors import TranslationError
from reader.core.mt.availability import import_mt_module
from reader.core.mt.installed import InstalledPackage

#: beam width: small for speed; beam search without sampling is deterministic
BEAM_SIZE = 2
#: most sentences (and tokens) handed to CTranslate2 in one batch
MAX_BATCH_TOKENS = 2048
#: CTranslate2's own upper bound for its default number of threads inside one translation
MAX_INTRA_THREADS = 4


def usable_cores() -> int:
    """How many CPU cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


def intra_threads(cores: int | None = None) -> int:
    """Threads CTranslate2 uses inside one translation: the usable cores less one, 1 to 4.

    One core is left to the window and the rest of the system. CTranslate2's default (0) takes
    every core up to four, and its OpenMP threads spin at a barrier after every step: on a
    two-core machine, as soon as anything else runs (the window painting, the program's own
    main thread, another program) one of the two is descheduled and the other spins. Measured on
    such a machine: ``translate_batch`` 4 to 15 times slower than with one thread, and erratic from
    one run to the next, with the synthetic model; no faster than one thread with a base-size
    Transformer (6 + 6 layers, 512 wide).
    """
    cores = usable_cores() if cores is None else cores
    return max(1, min(MAX_INTRA_THREADS, cores - 1))


class _SentencePieceTokenizer:
    def __init__(self, model_file: Path):
        spm = import_mt_module("sentencepiece")
        self._processor = spm.SentencePieceProcessor(model_file=str(model_file))

    def encode(self, sentence: str) -> list[str]:
        return self._processor.encode(sentence, out_type=str)

    def decode(self, tokens: list[str]) -> str:
        return self._processor.decode_pieces(tokens)


BPE_HINT = ("Packages tokenised with BPE (bpe.model) need argostranslate's tokenizer, without its heavy "
            "dependencies: pip install --no-deps argostranslate && pip install sacremoses")


def _load_tokenizer(package: InstalledPackage):
    if (package.path / "sentencepiece.model").is_file():
        return _SentencePieceTokenizer(package.path / "sentencepiece.model")
    try:  # light: Moses + subword-nmt BPE, no spaCy, Stanza or PyTorch
        from argostranslate.tokenizer import BPETokenizer
    except ImportError as error:
        raise TranslationError(f"The translation package {package.name} uses a BPE tokenizer, which needs "
                               f"argostranslate ({error}).", path=str(package.path), hint=BPE_HINT) from error
    return BPETokenizer(package.path / "bpe.model", package.from_code, package.to_code)


class Translator:
    """One loaded package, reusable and safe to call from any thread (calls are serialized)."""

    def __init__(self, package: InstalledPackage):
        ctranslate2 = import_mt_module("ctranslate2")
        self.package = package
        self._lock = threading.Lock()
        self.intra_threads = intra_threads()
        try:
            self.model = ctranslate2.Translator(str(package.path / "model"), device="cpu",
                                                inter_threads=1, intra_threads=self.intra_threads)
            self._tokenizer = _load_tokenizer(package)
        except TranslationError:
            raise
        except Exception as error:  # CTranslate2 reports a bad model as IndexError, RuntimeError…
            raise TranslationError(f"The translation package {package.name} cannot be loaded ({error}).",
                                   path=str(package.path),
                                   hint="Remove it and install it again: python -m reader models") from error
        self._prefix = package.metadata.target_prefix
        #: how many ``translate_batch`` calls and sentences this translator ran (for the benchmark)
        self.batches = 0
        self.sentences = 0

    def check_pair(self, src: str, tgt: str) -> None:
        """Raise TranslationError unless this package translates ``src`` into ``tgt``."""
        if (src, tgt) != (self.package.from_code, self.package.to_code):
            raise TranslationError(f"The package {self.package.name} translates {self.package.from_code}→"
                                   f"{self.package.to_code}, not {src}→{tgt}.")

    def translate_sentences(self, sentences: list[str]) -> list[str]:
        """Translate each sentence (one ``translate_batch`` call); empty sentences stay empty."""
        wanted = [i for i, s in enumerate(sentences) if s.strip()]
        results = [""] * len(sentences)
        if not wanted:
            return results
        with self._lock:
            tokens = [self._tokenizer.encode(sentences[i].strip()) for i in wanted]
            longest = max(len(t) for t in tokens)
            prefix = [[self._prefix] for _ in tokens] if self._prefix else None
            try:
                output = self.model.translate_batch(
                    tokens, target_prefix=prefix, beam_size=BEAM_SIZE, max_batch_size=MAX_BATCH_TOKENS,
                    batch_type="tokens", replace_unknowns=True, length_penalty=0.2,
                    max_decoding_length=min(512, 2 * longest + 16))
            except (RuntimeError, ValueError, IndexError) as error:
                raise TranslationError(f"Translation with {self.package.name} failed ({error}).") from error
            self.batches += 1
            self.sentences += len(tokens)
            for i, result in zip(wanted, output, strict=True):
                hypothesis = list(result.hypotheses[0])
                if self._prefix and hypothesis[:1] == [self._prefix]:
                    hypothesis = hypothesis[1:]
                results[i] = self._tokenizer.decode(hypothesis).strip()
        return results


_loaded: dict[tuple, Translator] = {}
_loaded_lock = threading.Lock()


def get_translator(package: InstalledPackage) -> Translator:
    """The Translator for ``package``, loaded once and reused (reloaded when the package changes)."""
    try:
        stamp = (package.path / "model" / "model.bin").stat().st_mtime_ns
    except OSError as error:
        raise TranslationError(f"The translation package {package.name} is gone ({error}).") from error
    key = (str(package.path), package.version, stamp)
    with _loaded_lock:
        translator = _loaded.get(key)
        if translator is None:
            for old in [k for k in _loaded if k[0] == key[0]]:
                del _loaded[old]
            translator = _loaded[key] = Translator(package)
        return translator
