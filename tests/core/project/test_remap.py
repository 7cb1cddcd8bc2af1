"""Following paragraphs across an edit by fingerprint: hand-made links, marks and units move with their text."""

from __future__ import annotations

from pairs import EN, RU, make_doc, write_texts
from reader.core.align import Alignment, Link, Origin, Units
from reader.core.project.annotations import Annotation
from reader.core.project.remap import carry_over, fingerprint, paragraph_map
from reader.core.project.session import new_project, open_project
from reader.core.project.storage import load_project, save_project


def test_paragraph_map_follows_unchanged_text():
    old = [fingerprint(t) for t in ["a", "b", "c", "d"]]
    new = [fingerprint(t) for t in ["new", "a", "b", "c changed", "d"]]
    assert paragraph_map(old, new) == {0: 1, 1: 2, 3: 4}


def test_carry_over_keeps_hand_made_parts():
    alignment = Alignment(links=[Link([0], [0]), Link([1], [1], origin=Origin.MANUAL, ru_sentences={1: [0]}),
                                 Link([2], [2], origin=Origin.CONFIRMED)],
                          no_counterpart={"ru": {3}, "en": set()})
    alignment.units["ru"] = Units(merged=[[0, 1]], split={1: [1]})
    carried, lost = carry_over(alignment, {"ru": {0: 1, 1: 2, 3: 4}, "en": None})
    assert [(link.ru, link.en, link.origin) for link in carried.links] == [([2], [1], Origin.MANUAL)]
    assert carried.links[0].ru_sentences == {2: [0]}
    assert lost == 1  # the confirmed link held a paragraph whose text changed
    assert carried.no_counterpart == {"ru": {4}, "en": set()}
    assert carried.units["ru"].merged == [[1, 2]] and carried.units["ru"].split == {2: [1]}


def _keep_links(links):
    def align(ru, en, options=None, *, progress=None, cancelled=None):
        return Alignment(links=[Link(list(link.ru), list(link.en), 0.5) for link in links])
    return align


def test_manual_link_survives_a_changed_source(tmp_path):
    ru_path, en_path = write_texts(tmp_path)
    path = tmp_path / "p.preader"
    project = new_project(ru_path, en_path, project_path=path)
    project.alignment = Alignment(links=[Link([3], [4], 1.0, Origin.MANUAL)])
    project.annotations.add(Annotation("ru", 3, 0, 11, note="follows by fingerprint"))
    opened = open_project(project, documents=(make_doc(RU, "ru"), make_doc(EN, "en")))
    save_project(opened.project)
    assert load_project(path).fingerprints["ru"][3] == fingerprint(make_doc(RU, "ru").paragraphs[3].text)

    new_ru = [RU[0], "Вставленный абзац.", *RU[1:]]
    write_texts(tmp_path, new_ru, EN)
    fresh = [Link([0], [0]), Link([4], [3])]  # the aligner would put 4 elsewhere: the manual link wins
    reopened = open_project(path, documents=(make_doc(new_ru, "ru"), make_doc(EN, "en")),
                            aligner=_keep_links(fresh))
    links = {(tuple(link.ru), tuple(link.en)): link.origin for link in reopened.alignment.links}
    assert links == {((4,), (4,)): Origin.MANUAL, ((0,), (0,)): Origin.AUTO}
    (note,) = reopened.project.annotations
    assert (note.paragraph, note.start, note.end, note.unplaced) == (4, 0, 11, False)
    assert "keeping 1 hand-made link" in reopened.notices[0]
