"""One meaning of cancelling: long work stops by raising Cancelled, having changed and written nothing."""

from __future__ import annotations

import json

import pytest

from pairs import write_texts
from reader.core.align import AlignContext, align_documents
from reader.core.align.editing.realign import plan_realign, whole_window
from reader.core.cancel import Cancelled, stop_if_cancelled
from reader.core.errors import ExportError, InputError, TranslationError
from reader.core.export.common import ExportCancelled
from reader.core.export.formats import export
from reader.core.formats import LoadCancelled
from reader.core.mt.download import DownloadCancelled
from reader.core.pair import load_pair
from reader.core.project.session import open_project
from reader.core.textsearch import iter_matches


def test_every_module_cancel_is_a_cancelled_and_keeps_its_module_error():
    for error, module_error in ((ExportCancelled, ExportError), (LoadCancelled, InputError),
                                (DownloadCancelled, TranslationError)):
        assert issubclass(error, Cancelled) and issubclass(error, module_error)
    stop_if_cancelled(None)
    stop_if_cancelled(lambda: False)
    with pytest.raises(Cancelled, match="stopped"):
        stop_if_cancelled(lambda: True, "stopped")


def test_long_work_raises_cancelled_instead_of_an_empty_or_partial_result(tmp_path):
    session = load_pair(*write_texts(tmp_path))
    with pytest.raises(Cancelled):  # the aligner gave an empty alignment
        align_documents(session.ru, session.en, cancelled=lambda: True)
    session.alignment = align_documents(session.ru, session.en)
    documents = session.documents.as_dict()
    with pytest.raises(Cancelled):  # re-aligning gave a refusal
        plan_realign(session.alignment, documents, whole_window(documents),
                     AlignContext.build(session.ru, session.en), cancelled=lambda: True)
    with pytest.raises(Cancelled):  # a search stopped with what it had found
        list(iter_matches(session.ru, "ru", "о", cancelled=lambda: True, every=1))
    out = tmp_path / "pair.tsv"
    with pytest.raises(Cancelled):
        export("tsv", session, out, cancelled=lambda: True)
    assert not out.exists()


def test_a_cancelled_project_opening_raises_and_leaves_the_file(tmp_path):
    ru_path, en_path = write_texts(tmp_path)
    path = tmp_path / "hand.preader"
    path.write_text(json.dumps({"format": "parallel-reader-project", "version": 1,
                                "original": {"path": ru_path.name}, "counterpart": {"path": en_path.name}}),
                    encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(Cancelled):  # links to compute: the opening stops instead of giving a pair without any
        open_project(path, cancelled=lambda: True)
    assert path.read_bytes() == before
