"""What every export shares: the output file (a new one as the umask allows, a replaced one keeps its mode,
a failed export leaves the old file)."""

from __future__ import annotations

import os
import stat

import pytest

from reader.core.export.common import ExportCancelled
from reader.core.export.pdf import export_pdf
from reader.core.export.tsv import export_tsv

posix_modes = pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")


@posix_modes
def test_a_new_export_gets_what_the_umask_allows(tmp_path, annotated, umask):
    umask(0o022)
    path = export_tsv(annotated, tmp_path / "pair.tsv")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o644
    umask(0o007)
    path = export_pdf(annotated, tmp_path / "pair.pdf")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o660


@posix_modes
def test_replacing_an_export_keeps_its_mode(tmp_path, annotated, umask):
    umask(0o022)
    path = tmp_path / "pair.pdf"
    path.write_bytes(b"an older export")
    os.chmod(path, 0o640)
    export_pdf(annotated, path)
    assert path.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o640


def test_a_failed_export_leaves_the_old_file(tmp_path, annotated):
    path = tmp_path / "pair.tsv"
    path.write_text("the earlier export\n", encoding="utf-8")
    with pytest.raises(ExportCancelled):
        export_tsv(annotated, path, cancelled=lambda: True)
    assert path.read_text(encoding="utf-8") == "the earlier export\n"
    assert os.listdir(tmp_path) == ["pair.tsv"]
