"""The tuning values reach their stages through ``AlignOptions.params`` alone (a sweep changes no module)."""

from __future__ import annotations

import dataclasses

from reader.core.align import AlignContext, AlignOptions, AlignParams, align_documents
from reader.core.align.engine.chapters import plan_book
from reader.core.align.engine.params import ChapterParams, ConfidenceParams, SearchParams, TokenWeights
from reader.core.document import Kind
from reader.core.segment import make_document

RU = ["Президент Франции Эммануэль Макрон прилетел в Берлин в понедельник.",
      "Макрон и канцлер Германии обсудили поставки газа и цены на электричество.",
      "Следующая встреча лидеров пройдет в Париже в декабре."]
EN = ["French President Emmanuel Macron arrived in Berlin on Monday.",
      "Macron and the German chancellor discussed gas supplies and electricity prices.",
      "The next meeting of the leaders will take place in Paris in December."]


def _align(params: AlignParams, **options):
    return align_documents(make_document(RU, "ru"), make_document(EN, "en"), AlignOptions(params=params, **options))


def test_the_confidence_map_comes_from_the_options():
    assert all(link.score > 0.9 for link in _align(AlignParams()).links)
    flat = _align(AlignParams(confidence=ConfidenceParams(slope=0.0)))
    assert [link.score for link in flat.links] == [0.5, 0.5, 0.5]


def test_the_search_costs_come_from_the_options():
    search_only = {"follow_sentences": False, "fill_by_length": False}  # the later passes could link them again
    assert len(_align(AlignParams(), **search_only).links) == 3
    expensive = AlignParams(search=dataclasses.replace(SearchParams(), link_cost=100.0))
    assert _align(expensive, **search_only).links == []


def test_a_book_plan_needs_as_many_anchors_as_the_options_say():
    texts = ["ЧАСТЬ ПЕРВАЯ", "I", RU[0], "II", RU[1]], ["PART ONE", "I", EN[0], "II", EN[1]]
    kinds = [Kind.HEADING, Kind.HEADING, Kind.BODY, Kind.HEADING, Kind.BODY]
    ru, en = make_document(texts[0], "ru", kinds=kinds), make_document(texts[1], "en", kinds=kinds)
    for anchors, planned in ((2, True), (4, False)):
        params = AlignParams(chapters=ChapterParams(min_anchors=anchors))
        context = AlignContext.build(ru, en, AlignOptions(params=params))
        assert (plan_book(context, ru.alignable_indices(), en.alignable_indices()) is not None) is planned


def test_the_weight_of_each_token_kind_comes_from_the_options():
    ru, en = make_document(RU, "ru"), make_document(EN, "en")
    for names in (1.3, 0.0):
        params = AlignParams(weights=TokenWeights(name=names))
        features = AlignContext.build(ru, en, AlignOptions(params=params)).en_features[0]
        weightless = {kind for kind, weight in zip(features.kinds, features.weights, strict=True) if weight == 0}
        assert ("name" in weightless) is (names == 0.0) and "word" not in weightless
