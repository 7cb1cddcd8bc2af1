"""Build a tiny, deterministic Argos Translate package (.argosmodel) for the tests and benchmarks.

The model has random weights: its output is nonsense, but it is a real CTranslate2 model with a
real SentencePiece tokenizer in the real Argos package layout, so install, load and inference run
for real. Needs only numpy, sentencepiece and ctranslate2 (no torch); takes about a second.

    python tests/argos_model.py OUT_DIR [--from ru --to en]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import zipfile
from pathlib import Path

NAMES = {"ru": "Russian", "en": "English"}


def _write_corpus(path: Path) -> None:
    ru = (["Я", "Он", "Она", "Мы", "Они", "Кошка", "Учитель", "Ребёнок"],
          ["читает", "пишет", "видит", "любит", "знает"],
          ["книгу", "письмо", "дом", "город", "новости", "конвенцию"],
          ["сегодня.", "вчера.", "утром.", "с радостью.", "!"])
    en = (["I", "He", "She", "We", "They", "The cat", "The teacher", "A child"],
          ["reads", "writes", "sees", "loves", "knows"],
          ["a book", "a letter", "the house", "the city", "the news", "the convention"],
          ["today.", "yesterday.", "in the morning.", "with joy.", "!"])
    rng = random.Random(0)
    lines = ["Привет, мир!", "Hello, world!", "Съешь же ещё этих мягких французских булок, да выпей чаю.",
             "The quick brown fox jumps over the lazy dog.", "ЁЖИК В ТУМАНЕ; ё, й, ъ, ь, э, ю, я. 2024 «»—"]
    for _ in range(200):
        lines.append(" ".join(rng.choice(part) for part in ru))
        lines.append(" ".join(rng.choice(part) for part in en))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _write_model(model_dir: Path, vocab: list[str]) -> None:
    import numpy as np
    from ctranslate2.specs import transformer_spec

    size, dim, ffn = len(vocab), 32, 64
    spec = transformer_spec.TransformerSpec.from_config(num_layers=(1, 1), num_heads=2)
    rng = np.random.default_rng(0)

    def weights(*shape):
        return (rng.standard_normal(shape) * 0.1).astype(np.float32)

    def norm(layer):
        layer.gamma, layer.beta = np.ones(dim, np.float32), np.zeros(dim, np.float32)

    def dense(layer, out_dim, in_dim):
        layer.weight, layer.bias = weights(out_dim, in_dim), np.zeros(out_dim, np.float32)

    enc, dec = spec.encoder, spec.decoder
    enc.embeddings[0].weight = weights(size, dim)
    norm(enc.layer_norm)
    dec.embeddings.weight = weights(size, dim)
    norm(dec.layer_norm)
    dense(dec.projection, size, dim)
    for layer in enc.layer + dec.layer:
        norm(layer.self_attention.layer_norm)
        dense(layer.self_attention.linear[0], 3 * dim, dim)  # fused Q, K, V
        dense(layer.self_attention.linear[1], dim, dim)
        norm(layer.ffn.layer_norm)
        dense(layer.ffn.linear_0, ffn, dim)
        dense(layer.ffn.linear_1, dim, ffn)
    for layer in dec.layer:  # cross-attention: Q, fused K/V, output
        norm(layer.attention.layer_norm)
        dense(layer.attention.linear[0], dim, dim)
        dense(layer.attention.linear[1], 2 * dim, dim)
        dense(layer.attention.linear[2], dim, dim)
    spec.register_source_vocabulary(vocab)
    spec.register_target_vocabulary(vocab)
    spec.validate()
    spec.optimize(quantization="int8")
    model_dir.mkdir()
    spec.save(str(model_dir))


def index_entry(src: str = "ru", tgt: str = "en", version: str = "0.0.1", links: list[str] | None = None) -> dict:
    """An entry as the published Argos index (argospm-index ``index.json``) writes one, every field it carries."""
    return {"package_version": version, "argos_version": "1.9", "from_code": src, "from_name": NAMES.get(src, src),
            "to_code": tgt, "to_name": NAMES.get(tgt, tgt),
            "links": links if links is not None else
            [f"https://example.invalid/v1/translate-{src}_{tgt}-{version.replace('.', '_')}.argosmodel"],
            "code": f"translate-{src}_{tgt}", "type": "translate"}


def _write_sentence_splitter(root: Path, src: str) -> None:
    """The ``stanza/`` folder older real packages bundle (read by argostranslate's Stanza splitter, not by us)."""
    tokenize = root / "stanza" / src / "tokenize"
    tokenize.mkdir(parents=True)
    (tokenize / "default.pt").write_bytes(b"PK\x03\x04 stanza tokenizer weights (placeholder: never read)")
    (root / "stanza" / "resources.json").write_text(json.dumps({src: {"default_processors": {"tokenize": "default"}}}))


def build_package(out: Path, src: str = "ru", tgt: str = "en", *, version: str = "0.0.1",
                  target_prefix: str | None = None) -> Path:
    """Write ``translate-SRC_TGT-VERSION.argosmodel`` into ``out`` and return its path.

    Laid out like a real package: ``metadata.json`` with every field an index entry carries, the
    CTranslate2 model, ``sentencepiece.model``, a ``stanza/`` sentence-splitter folder (ignored
    here) and a README.
    """
    import sentencepiece as spm

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    name = f"translate-{src}_{tgt}-{version.replace('.', '_')}"
    root = out / name
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir()
    corpus = out / "corpus.txt"
    _write_corpus(corpus)
    spm.SentencePieceTrainer.train(input=str(corpus), model_prefix=str(root / "sentencepiece"),
                                   vocab_size=256, character_coverage=1.0, model_type="unigram",
                                   hard_vocab_limit=False, minloglevel=2, num_threads=1)
    (root / "sentencepiece.vocab").unlink()
    processor = spm.SentencePieceProcessor(model_file=str(root / "sentencepiece.model"))
    _write_model(root / "model", [processor.id_to_piece(i) for i in range(processor.get_piece_size())])
    metadata = index_entry(src, tgt, version)
    if target_prefix:
        metadata["target_prefix"] = target_prefix
    (root / "metadata.json").write_text(json.dumps(metadata, indent=4), encoding="utf-8")
    _write_sentence_splitter(root, src)
    (root / "README.md").write_text(f"# {NAMES.get(src, src)} → {NAMES.get(tgt, tgt)}\n\n"
                                    "Synthetic test model with random weights. Not a translator.\n")
    path = out / f"{name}.argosmodel"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for file in sorted(root.rglob("*")):
            if file.is_file():
                archive.write(file, file.relative_to(out).as_posix())
    shutil.rmtree(root)
    corpus.unlink()
    return path



def write_local_index(folder: Path, package_file: Path, src: str = "ru", tgt: str = "en") -> str:
    """An Argos package index offering ``package_file``, served over HTTP on 127.0.0.1 (no network).

    Returns the index address to put into ``ARGOS_PACKAGE_INDEX``. A second, unreachable de→en
    entry checks that the right pair is chosen. ``folder`` names the index (one per test).
    """
    from package_server import shared_server

    server = shared_server()
    prefix = f"{Path(folder).parent.name}-{Path(folder).name}"
    link = server.serve(f"{prefix}/{Path(package_file).name}", Path(package_file).read_bytes())
    entry = index_entry(src, tgt, links=[link])
    other = dict(index_entry("de", tgt), links=["http://127.0.0.1:9/translate-de_en-0_0_1.argosmodel"])
    server.serve_index([other, entry], f"{prefix}/index.json")
    return server.url(prefix + "/")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--from", dest="src", default="ru")
    parser.add_argument("--to", dest="tgt", default="en")
    args = parser.parse_args()
    print(build_package(args.out, args.src, args.tgt))
