"""Random and mutilated bytes under every extension: only documented ReaderErrors come out."""

from __future__ import annotations

import functools

import crafted
from builders import EN_PARAGRAPHS, RU_PARAGRAPHS, docx_bytes, epub_bytes, fb2_bytes, odt_bytes, pdf_bytes, \
    zip_bytes
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.errors import ReaderError
from reader.core.formats import EXTENSIONS, load_document


@functools.cache
def valid_files() -> dict[str, bytes]:
    """A real, readable file for every extension."""
    text = "\n\n".join(RU_PARAGRAPHS)
    fb2 = fb2_bytes("Книга", [("Глава", RU_PARAGRAPHS)], "windows-1251")
    html = "<html><head><title>T</title></head><body><h1>H</h1>" + \
        "".join(f"<p>{p}</p>" for p in EN_PARAGRAPHS) + "</body></html>"
    files = {
        ".txt": text.encode("cp1251"), ".text": text.encode("utf-16"),
        ".md": ("# Title\n\n" + "\n\n".join(EN_PARAGRAPHS)).encode(),
        ".markdown": ("Title\n=====\n\n" + "\n\n".join(RU_PARAGRAPHS)).encode("koi8-r"),
        ".html": html.encode(), ".htm": html.encode(), ".xhtml": html.encode(),
        ".epub": epub_bytes([("Глава", RU_PARAGRAPHS)]),
        ".fb2": fb2, ".fb2.zip": zip_bytes({"b.fb2": fb2}), ".fbz": zip_bytes({"b.fb2": fb2}),
        ".docx": docx_bytes("T", "H", RU_PARAGRAPHS, [["a", "b"]]),
        ".odt": odt_bytes("T", "H", RU_PARAGRAPHS, [["a", "b"]]),
        ".pdf": pdf_bytes(EN_PARAGRAPHS, header="Header"),
    }
    assert set(files) == set(EXTENSIONS)
    return files


def test_valid_files_read(tmp_path):
    for suffix, data in valid_files().items():
        path = tmp_path / f"file{suffix}"
        path.write_bytes(data)
        assert load_document(path).paragraphs, suffix


#: the crafted hostile families, small (a thousandth of the attack's size or less), as seeds to mutilate
SEED_SCALE = 0.0005


@functools.cache
def crafted_files() -> dict[str, tuple[str, bytes]]:
    """Every crafted family at a small size: family → (file name, bytes)."""
    return {name: make(SEED_SCALE) for name, make in crafted.FAMILIES.items()}


@functools.cache
def seed_files() -> dict[str, bytes]:
    """The valid files (by extension) and the crafted ones (by family)."""
    return {**valid_files(), **{name: data for name, (_, data) in crafted_files().items()}}


def test_crafted_seeds_are_small():
    assert all(len(data) < 600_000 for data in seed_files().values())


@st.composite
def mutilated(draw):
    suffix = draw(st.sampled_from(sorted(EXTENSIONS) + [".bin", ""]))
    source = draw(st.sampled_from(sorted(seed_files())))
    if source in crafted.FAMILIES and draw(st.booleans()):  # the crafted file under its own name
        suffix = "." + crafted_files()[source][0].split(".", 1)[1]
    data = bytearray(seed_files()[source])
    how = draw(st.sampled_from(["flip", "truncate", "splice", "random", "insert"]))
    if how == "flip":
        for _ in range(draw(st.integers(1, 20))):
            position = draw(st.integers(0, len(data) - 1))
            data[position] = draw(st.integers(0, 255))
    elif how == "truncate":
        data = data[:draw(st.integers(0, len(data)))]
    elif how == "splice":
        start = draw(st.integers(0, len(data)))
        data[start:start + draw(st.integers(0, 500))] = b""
    elif how == "insert":
        position = draw(st.integers(0, len(data)))
        data[position:position] = draw(st.binary(min_size=1, max_size=200))
    else:
        data = bytearray(draw(st.binary(max_size=3000)))
    return suffix, bytes(data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mutilated())
def test_only_reader_errors(tmp_path, case):
    suffix, data = case
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    try:
        document = load_document(path)
    except ReaderError as error:
        assert str(error)
    else:
        assert document.paragraphs
