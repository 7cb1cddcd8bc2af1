"""Word pairs learnt from a pair's own confident links."""

from reader.core.align.aligner import AlignContext, AlignOptions, _search
from reader.core.align.engine.learn import apply_pairs, learn_pairs
from reader.core.segment import make_document

# "кракозябра" is in no dictionary; "gizmoid" neither: they always appear together
RU = ["Президент Франции прилетел в Берлин, кракозябра.", "Канцлер Германии обсудил цены на газ, кракозябра.",
      "Правительство выделит деньги семьям, кракозябра.", "Следующая встреча пройдет в Париже."]
EN = ["The French president arrived in Berlin, gizmoid.", "The German chancellor discussed gas prices, gizmoid.",
      "The government will give money to families, gizmoid.", "The next meeting will take place in Paris."]


def test_words_always_together_in_confident_links_are_learnt():
    ru, en = make_document(RU, "ru"), make_document(EN, "en")
    context = AlignContext.build(ru, en, AlignOptions(learn=False))
    indices = list(range(4))
    groups, _ = _search(context, indices, indices, context.options)
    learnt = learn_pairs(context, groups, indices, indices)
    ident = next(t.ident for t in context.ru_features[0].tokens if t.text == "кракозябра")
    gizmoid = next(t.keys[0] for t in context.en_features[0].tokens if t.text == "gizmoid")
    assert gizmoid in learnt[ident]
    assert apply_pairs(context, learnt) == {0, 1, 2}
    assert all(gizmoid in t.keys for f in context.ru_features.values() for t in f.tokens if t.text == "кракозябра")
    assert apply_pairs(context, learnt) == set()  # already there


def test_nothing_is_learnt_from_words_seen_once():
    ru, en = make_document(RU[:1] + RU[3:], "ru"), make_document(EN[:1] + EN[3:], "en")
    context = AlignContext.build(ru, en, AlignOptions(learn=False))
    groups, _ = _search(context, [0, 1], [0, 1], context.options)
    assert learn_pairs(context, groups, [0, 1], [0, 1]) == {}


def test_the_kept_key_masks_follow_the_learnt_keys():
    from reader.core.align.engine.similarity import key_masks

    ru, en = make_document(RU, "ru"), make_document(EN, "en")
    context = AlignContext.build(ru, en, AlignOptions(learn=False))
    indices = list(range(4))
    kept = context.key_masks("ru", indices, indices)  # as the search of these paragraphs asks for them
    groups, _ = _search(context, indices, indices, context.options)
    learnt = learn_pairs(context, groups, indices, indices)
    learnt[next(iter(learnt))].add("zzlearnt")  # a key no token has yet
    assert apply_pairs(context, learnt)
    assert context.key_masks("ru", indices, indices) is kept  # updated in place, not rebuilt
    held = set().union(*(context.en_features[j].keys_held() for j in indices)) | {"zzlearnt"}
    assert kept == [{key: mask for key, mask in key_masks(context.ru_features[i].keys).items() if key in held}
                    for i in indices]
    assert any("zzlearnt" in masks for masks in kept)
