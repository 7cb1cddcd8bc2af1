"""Checks on package files before anything is extracted: every kind of bad file gives its clear error."""

from __future__ import annotations

import json
import struct
import time
import warnings
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.mt import archive
from reader.core.mt.archive import InvalidPackageError, check_package_file
from reader.core.mt.packages import install_package_file, installed_packages

FOLDER = "translate-ru_en-0_0_1"


def rewrite(good: Path, out: Path, transform) -> Path:
    """Copy a package file, passing its list of (ZipInfo, bytes) through ``transform``."""
    with zipfile.ZipFile(good) as source:
        entries = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target, warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Duplicate name", UserWarning)  # a case writes one on purpose
        for info, data in transform(entries):
            target.writestr(info, data)
    return out


def with_metadata(change):
    def transform(entries):
        for info, data in entries:
            if info.filename.endswith("metadata.json"):
                data = change(json.loads(data))
                data = data if isinstance(data, bytes) else json.dumps(data).encode()
            yield info, data
    return transform


def renamed(old_to_new):
    def transform(entries):
        for info, data in entries:
            name = old_to_new(info.filename)
            if name is not None:
                yield zipfile.ZipInfo(name, info.date_time), data
    return transform


def symlink_added(entries):
    yield from entries
    link = zipfile.ZipInfo(f"{FOLDER}/model/evil")
    link.external_attr = (0o120777 << 16)
    yield link, b"/etc/passwd"


def duplicated(suffix):
    def transform(entries):
        for info, data in entries:
            yield info, data
            if info.filename.endswith(suffix):
                yield zipfile.ZipInfo(info.filename, info.date_time), b"the other copy"
    return transform


def updated(data, **changes):
    data.update(changes)
    return data


def with_model(data: bytes):
    """Replace model/model.bin with ``data``."""
    def transform(entries):
        for info, old in entries:
            yield info, (data if info.filename.endswith("model/model.bin") else old)
    return transform


def ct2_layout(variables: list[tuple[str, list[int], int, int]], *, spec: str = "TransformerSpec") -> bytes:
    """A model.bin laid out as CTranslate2 writes one (binary version 6): (name, shape, type id, bytes) each."""
    def text(value: str) -> bytes:
        return struct.pack("<H", len(value) + 1) + value.encode() + b"\x00"

    out = struct.pack("<I", 6) + text(spec) + struct.pack("<II", 1, len(variables))
    for name, shape, type_id, size in variables:
        out += text(name) + struct.pack("<B", len(shape)) + struct.pack(f"<{len(shape)}I", *shape)
        out += struct.pack("<BI", type_id, size) + b"\x01" * min(size, 4096)
    return out + struct.pack("<I", 0)


CASES = {
    "two top-level folders": (renamed(lambda n: n.replace(FOLDER, "other", 1) if n.endswith("README.md") else n),
                              "exactly one top-level folder"),
    "files at the top": (renamed(lambda n: n.split("/", 1)[1]), "exactly one top-level folder"),
    "path traversal": (renamed(lambda n: n.replace(f"{FOLDER}/README.md", f"{FOLDER}/../../evil.txt")),
                       "unsafe entry"),
    "absolute path": (renamed(lambda n: "/" + n), "unsafe entry"),
    "symlink": (symlink_added, "link or special file"),
    # two entries of one name: which one an extractor keeps is up to it, so neither is taken
    "duplicate entry": (duplicated("README.md"), "the entry 'translate-ru_en-0_0_1/README.md' appears twice"),
    "missing metadata": (renamed(lambda n: None if n.endswith("metadata.json") else n), "metadata.json is missing"),
    "metadata not json": (with_metadata(lambda d: b"{not json"), "not valid JSON"),
    "metadata not an object": (with_metadata(lambda d: [d]), "JSON object"),
    "wrong package type": (with_metadata(lambda d: updated(d, type="sbd")), "not a translation package"),
    "bad language code": (with_metadata(lambda d: updated(d, from_code="russian")), "from_code"),
    "missing target language": (with_metadata(lambda d: {k: v for k, v in d.items() if k != "to_code"}),
                                "to_code"),
    "missing version": (with_metadata(lambda d: {k: v for k, v in d.items() if k != "package_version"}),
                        "package_version"),
    "missing model": (renamed(lambda n: None if n.endswith("model.bin") else n), "model/model.bin"),
    "missing tokenizer": (renamed(lambda n: None if n.endswith("sentencepiece.model") else n), "tokenizer"),
    "version with a NUL byte": (with_metadata(lambda d: updated(d, package_version="1.0\x00")), "package_version"),
    "version of 300 characters": (with_metadata(lambda d: updated(d, package_version="1" * 300)), "package_version"),
    "version that is no version": (with_metadata(lambda d: updated(d, package_version="latest")), "package_version"),
    "name with control characters": (with_metadata(lambda d: updated(d, from_name="Rus\x1bsian")), "from_name"),
    "model of zeros": (with_model(bytes(200_000)), "not a usable translation model: model/model.bin is not a "
                                                   "CTranslate2 model (binary version 0"),
    "model of text": (with_model(b"not a CTranslate2 model" * 50), "not a usable translation model"),
    # a shape of 2^31 x 2^31 floats: CTranslate2 would try to allocate it before reading a byte
    "model asking for 16 EB": (with_model(ct2_layout([("encoder/embeddings_0/weight", [2 ** 31, 2 ** 31], 0, 64)])),
                               "holds 64 bytes, but its shape needs"),
    "model larger than its file": (with_model(ct2_layout([("encoder/embeddings_0/weight", [1 << 20], 1, 1 << 20)])),
                                   "runs past the end of the file"),
    # laid out correctly, but not the variables a Transformer needs: CTranslate2 raised IndexError here
    "model without its variables": (with_model(ct2_layout([("x", [4], 0, 16)])),
                                    "not a usable translation model: its model cannot be loaded"),
}


def test_good_package_passes(ru_en_package_file):
    checked = check_package_file(ru_en_package_file)
    assert checked.folder == FOLDER
    assert (checked.metadata.from_code, checked.metadata.to_code, checked.metadata.version) == ("ru", "en", "0.0.1")
    assert checked.size > 40_000


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_package_is_refused_and_nothing_changes(case, tmp_path, installed_ru_en, ru_en_package_file):
    transform, expected = CASES[case]
    bad = rewrite(ru_en_package_file, tmp_path / "bad.argosmodel", transform)
    before = sorted(p.relative_to(installed_ru_en.path.parent.parent)
                    for p in installed_ru_en.path.parent.parent.rglob("*"))
    with pytest.raises(InvalidPackageError) as caught:
        install_package_file(bad)
    assert expected in str(caught.value)
    assert str(bad) in str(caught.value)
    after = sorted(p.relative_to(installed_ru_en.path.parent.parent)
                   for p in installed_ru_en.path.parent.parent.rglob("*"))
    assert after == before  # nothing extracted, nothing left behind, the installed package untouched
    assert not (tmp_path.parent / "evil.txt").exists()
    assert [p.name for p in installed_packages()] == [FOLDER]


def test_zip_bomb_model_is_refused_before_extraction(tmp_path, installed_ru_en, ru_en_package_file):
    """A model.bin of 64 MB of zeros in 70 KB (the attack used 1.9 GB): refused from the archive's own figures."""
    bomb = tmp_path / "bomb.argosmodel"
    with zipfile.ZipFile(ru_en_package_file) as good, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED,
                                                                        compresslevel=1) as out:
        for info in good.infolist():
            if info.filename.endswith("model/model.bin"):
                with out.open(info.filename, "w", force_zip64=True) as stream:
                    for _ in range(16):
                        stream.write(bytes(4 << 20))
            else:
                out.writestr(info, good.read(info))
    assert bomb.stat().st_size < 1_000_000
    started = time.monotonic()
    with pytest.raises(InvalidPackageError, match="model/model.bin' expands [0-9]+ times \\(a zip bomb\\?\\): refused"):
        install_package_file(bomb)
    assert time.monotonic() - started < 2
    assert [p.name for p in installed_packages()] == [FOLDER]
    assert not any("installing" in p.name for p in installed_ru_en.path.parent.parent.iterdir())


def test_not_a_zip(tmp_path, mt_home):
    bad = tmp_path / "fake.argosmodel"
    bad.write_bytes(b"PK\x03\x04 this is not really a zip archive" * 10)
    with pytest.raises(InvalidPackageError, match="not a zip archive"):
        install_package_file(bad)
    assert not mt_home.exists() or not any(mt_home.iterdir())


def test_missing_file(tmp_path, mt_home):
    with pytest.raises(InvalidPackageError, match="no such file"):
        install_package_file(tmp_path / "nothing.argosmodel")


def test_a_folder_is_not_a_package(tmp_path, mt_home):
    folder = tmp_path / "translate-ru_en"
    folder.mkdir()
    with pytest.raises(InvalidPackageError, match="this is a folder, not a package: installing expects an .argosmodel file"):
        install_package_file(folder)


def test_truncated_zip(tmp_path, mt_home, ru_en_package_file):
    data = ru_en_package_file.read_bytes()
    bad = tmp_path / "cut.argosmodel"
    bad.write_bytes(data[: len(data) // 2] + data[-200:])
    with pytest.raises(InvalidPackageError):
        install_package_file(bad)
    assert installed_packages() == []


def test_size_limit(monkeypatch, ru_en_package_file):
    monkeypatch.setattr(archive, "MAX_TOTAL_SIZE", 100_000)
    with pytest.raises(InvalidPackageError, match="expands to"):
        check_package_file(ru_en_package_file)


def test_entry_count_limit(monkeypatch, ru_en_package_file):
    monkeypatch.setattr(archive, "MAX_ENTRIES", 3)
    with pytest.raises(InvalidPackageError, match="entries"):
        check_package_file(ru_en_package_file)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_mutilated_packages_give_only_the_documented_error(data, tmp_path_factory, ru_en_package_file):
    """Random damage to a package file: it either installs or fails with InvalidPackageError, nothing else."""
    from reader.core.mt.packages import install_package_file

    good = bytearray(ru_en_package_file.read_bytes())
    for _ in range(data.draw(st.integers(1, 8))):
        position = data.draw(st.integers(0, len(good) - 1))
        good[position] = data.draw(st.integers(0, 255))
    if data.draw(st.booleans()):
        good = good[: data.draw(st.integers(0, len(good)))]
    folder = tmp_path_factory.mktemp("mutilated")
    bad = folder / "bad.argosmodel"
    bad.write_bytes(bytes(good))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ARGOS_PACKAGES_DIR", str(folder / "packages"))
        try:
            install_package_file(bad)
        except InvalidPackageError:
            assert not (folder / "packages").exists() or not any((folder / "packages").iterdir())
