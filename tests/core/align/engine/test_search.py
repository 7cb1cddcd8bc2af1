"""The search on small synthetic pairs: dropped, inserted, merged, split and swapped paragraphs."""

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.align import AlignOptions, align_documents
from reader.core.align.engine.features import Unit
from reader.core.align.engine.params import AlignParams, SearchParams
from reader.core.align.engine.search import Scorer, length_fit
from reader.core.align.engine.similarity import Match
from reader.core.segment import make_document


RU = [
    "Президент Франции Эммануэль Макрон прилетел в Берлин в понедельник.",
    "Макрон и канцлер Германии обсудили поставки газа и цены на электричество.",
    "По словам канцлера, правительство выделит 200 миллиардов евро на помощь семьям.",
    "Вечером лидеры посетили выставку современной живописи в центре города.",
    "Полиция перекрыла несколько улиц, и движение транспорта было ограничено.",
    "Следующая встреча лидеров пройдет в Париже в декабре.",
]
EN = [
    "French President Emmanuel Macron arrived in Berlin on Monday.",
    "Macron and the German chancellor discussed gas supplies and electricity prices.",
    "According to the chancellor, the government will allocate 200 billion euros to help families.",
    "In the evening the leaders visited an exhibition of modern painting in the city centre.",
    "Police closed several streets and traffic was restricted.",
    "The next meeting of the leaders will take place in Paris in December.",
]
OTHER_EN = "A powerful earthquake struck the coast of Chile, damaging a harbour and a fishing fleet."


def links(ru_texts, en_texts, **params):
    """The links of a pair as (ru, en) tuples, aligned with the given search parameters changed."""
    alignment = align_documents(make_document(ru_texts, "ru"), make_document(en_texts, "en"),
                                AlignOptions(params=AlignParams(search=SearchParams(**params))))
    return {(tuple(link.ru), tuple(link.en)) for link in alignment.links}


def test_translation_is_linked_one_to_one():
    assert links(RU, EN) == {((i,), (i,)) for i in range(6)}


def test_dropped_english_paragraph_leaves_russian_without_counterpart():
    en = EN[:2] + EN[3:]
    assert links(RU, en) == {((0,), (0,)), ((1,), (1,)), ((3,), (2,)), ((4,), (3,)), ((5,), (4,))}


def test_dropped_russian_paragraph():
    assert links(RU[:4] + RU[5:], EN) == {((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3,), (3,)), ((4,), (5,))}


def test_inserted_unrelated_english_paragraph_stays_unlinked():
    en = EN[:3] + [OTHER_EN] + EN[3:]
    assert links(RU, en) == {((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3,), (4,)), ((4,), (5,)), ((5,), (6,))}


def test_merged_english_paragraph_takes_two_russian_ones():
    en = EN[:1] + [EN[1] + " " + EN[2]] + EN[3:]
    assert links(RU, en) == {((0,), (0,)), ((1, 2), (1,)), ((3,), (2,)), ((4,), (3,)), ((5,), (4,))}


def test_split_english_paragraph_is_one_to_two():
    ru = RU[:1] + [RU[1] + " " + RU[2]] + RU[3:]
    assert links(ru, EN) == {((0,), (0,)), ((1,), (1, 2)), ((2,), (3,)), ((3,), (4,)), ((4,), (5,))}


def test_swapped_english_paragraphs_give_crossing_links():
    en = EN[:3] + [EN[4], EN[3]] + EN[5:]
    assert links(RU, en) == {((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3,), (4,)), ((4,), (3,)), ((5,), (5,))}


def test_empty_side_gives_no_links():
    assert links(RU, []) == set()
    assert links([], EN) == set()


def test_confidence_is_a_probability():
    alignment = align_documents(make_document(RU, "ru"), make_document(EN, "en"))
    assert all(0.0 <= link.score <= 1.0 for link in alignment.links)


def _units(lengths):
    return [Unit([1.0, 1.0], [0b11], chars) for chars in lengths]


def _full_pairs(count):
    return {(k, k): Match(0b11, 0b11) for k in range(count)}


def test_length_fit_of_a_translation_has_its_ratio_and_a_small_spread():
    ru = [100, 200, 400, 150, 300, 250]
    fit = length_fit(_full_pairs(6), _units(ru), _units([int(r * 1.1) for r in ru]), SearchParams(calibrate_share=0.5))
    assert fit is not None
    ratio, spread = fit
    assert abs(ratio - 1.1) < 0.01
    assert spread <= 0.5


def test_length_fit_of_a_retelling_has_a_large_spread():
    ru = [100, 200, 400, 150, 300, 250]
    fit = length_fit(_full_pairs(6), _units(ru), _units([300, 90, 800, 60, 600, 100]), SearchParams(calibrate_share=0.5))
    assert fit is not None and fit[1] > SearchParams().length_z_spread


def test_length_fit_needs_enough_well_matched_pairs():
    from reader.core.align.engine.search import length_fit
    pairs = _full_pairs(3) | {(3, 3): Match(0b01, 0b01), (4, 4): Match(0, 0b01)}
    assert length_fit(pairs, _units([100] * 5), _units([110] * 5), SearchParams(calibrate_share=0.6)) is None


def _bits(start, stop):
    return sum(1 << bit for bit in range(start, stop))


def test_russian_member_matching_one_english_sentence_joins_the_merge():
    # English: sentences of 10, 3 and 17 tokens; the first Russian paragraph matches the first
    # sentence, the second Russian one two words of the short middle sentence only
    en = [Unit([1.0] * 30, [_bits(0, 10), _bits(10, 13), _bits(13, 30)], 300)]
    ru = [Unit([1.0] * 10, [_bits(0, 10)], 100), Unit([1.0] * 6, [_bits(0, 6)], 60)]
    pairs = {(0, 0): Match(_bits(0, 10), _bits(0, 10)), (1, 0): Match(_bits(0, 2), _bits(10, 12))}
    strict = Scorer(pairs, ru, en, SearchParams(merge_sentence=0.0))
    assert strict.group((0, 1), (0,)).gain == float("-inf")
    assert Scorer(pairs, ru, en, SearchParams()).group((0, 1), (0,)).gain > 0


#: an idiom the lexicon cannot match word for word, and its English counterpart
IDIOM_RU, IDIOM_EN = "Дело в шляпе.", "It is in the bag."


def test_merged_member_the_lexicon_misses_joins_by_the_length_of_what_it_leaves_unexplained():
    # the English paragraph ends (or starts) with a sentence no member explains, as long as the
    # unlinked Russian paragraph next to the link: that paragraph is the missing member
    after = (RU[:2] + [IDIOM_RU] + RU[2:], EN[:1] + [EN[1] + " " + IDIOM_EN] + EN[2:], 2)
    before = (RU[:1] + [IDIOM_RU] + RU[1:], EN[:1] + [IDIOM_EN + " " + EN[1]] + EN[2:], 1)
    for ru, en, idiom in (after, before):
        assert ((1, 2), (1,)) in links(ru, en)
        without = links(ru, en, attach_slack=0.0)
        assert {p for link in without for p in link[0]} == set(range(7)) - {idiom}


def test_unexplained_sentence_of_another_length_attaches_nothing():
    # the idiom stays without counterpart when the English paragraph's extra sentence is far longer
    ru = RU[:2] + [IDIOM_RU] + RU[2:]
    en = EN[:1] + [EN[1] + " " + OTHER_EN + " " + OTHER_EN] + EN[2:]
    assert all(2 not in link[0] for link in links(ru, en))


#: a news item whose headline repeats its lead; the English kept only the lead (dev set, lenta.ru)
HEADLINE_RU = [
    "В Москве умерли 13 пациентов с коронавирусом",
    "В Москве за последние сутки умерли еще 13 пациентов с коронавирусом. Таким образом, общее число "
    "умерших в российской столице достигло 4411.",
]
HEADLINE_EN = ["13 more patients with the coronavirus have died in Moscow over the past twenty-four hours. "
               "Thus, the total number of deaths in the Russian capital has reached 4411."]


def test_headline_repeating_its_lead_is_not_merged_into_the_lead_link():
    assert links(HEADLINE_RU, HEADLINE_EN) == {((1,), (0,))}
    assert links(HEADLINE_RU, HEADLINE_EN, repeat_share=0.0) == {((0, 1), (0,))}


def _scorer(ru_texts, en_texts, **params):
    """The scorer of a whole pair as its search sees it."""
    from reader.core.align import AlignContext
    from reader.core.align.aligner import span_scorer

    ru, en = make_document(ru_texts, "ru"), make_document(en_texts, "en")
    context = AlignContext.build(ru, en, AlignOptions(params=AlignParams(search=SearchParams(**params))))
    return span_scorer(context, ru.alignable_indices(), en.alignable_indices())


def test_the_headline_merge_is_vetoed_and_the_breakdown_says_why():
    gain = _scorer(HEADLINE_RU, HEADLINE_EN).explain((0, 1), (0,))
    assert gain.total == float("-inf") and gain.veto == ("ru", 0, "repeats the words of the other members")
    assert "vetoed: ru member 0 repeats" in gain.describe()
    allowed = _scorer(HEADLINE_RU, HEADLINE_EN, repeat_share=0.0).explain((0, 1), (0,))
    assert allowed.veto is None and allowed.total > 0 and allowed.ru_merge < 0 == allowed.en_merge


def test_the_breakdown_of_every_candidate_adds_up_to_its_gain():
    from reader.core.align.engine.search import candidate_groups

    merged = [EN[0], EN[1] + " " + EN[2], EN[3], EN[4] + " " + EN[5]]
    for ru_texts, en_texts in ((RU, EN), (RU, merged), (merged, RU)):
        scorer = _scorer(ru_texts, en_texts)
        groups = candidate_groups(scorer) + [scorer.group((0,), (1,)), scorer.group((0, 1), (0,))]
        assert any(len(g.ru) > 1 or len(g.en) > 1 for g in groups)
        for group in groups:
            gain = scorer.explain(group.ru, group.en)
            assert gain.total == group.gain and (gain.ru_matched, gain.en_total) == (group.ru_matched, group.en_total)
            if gain.veto is None:
                terms = (gain.link, gain.ru_merge, gain.en_merge, gain.ru_coverage, gain.en_coverage, gain.length,
                         gain.length_fit)
                assert abs(sum(terms) - gain.total) < 1e-9


def test_headline_and_lead_both_translated_stay_one_to_one():
    english = ["13 patients with coronavirus have died in Moscow"] + HEADLINE_EN
    assert links(HEADLINE_RU, english) == {((0,), (0,)), ((1,), (1,))}


def test_merged_english_paragraph_moved_out_of_order_keeps_both_russian_members():
    # the merged paragraph moved to the end crosses three links: it is added as a crossing n:1 link
    en = [EN[0], EN[3], EN[4], EN[5], EN[1] + " " + EN[2]]
    assert links(RU, en) == {((0,), (0,)), ((1, 2), (4,)), ((3,), (1,)), ((4,), (2,)), ((5,), (3,))}


def test_a_one_line_paragraph_joins_a_merge_for_a_share_of_its_weight():
    # English: a sentence of 10 tokens and one of a single light token; the first Russian paragraph
    # matches the long sentence, a second one-word paragraph the short one: too little to pay a
    # whole merge_cost, enough to pay a share of its own weight
    en = [Unit([1.0] * 10 + [0.6], [_bits(0, 10), _bits(10, 11)], 110)]
    ru = [Unit([1.0] * 10, [_bits(0, 10)], 100), Unit([0.6], [_bits(0, 1)], 12)]
    pairs = {(0, 0): Match(_bits(0, 10), _bits(0, 10)), (1, 0): Match(_bits(0, 1), _bits(10, 11))}
    for params, merged_wins in ((SearchParams(merge_share=0.0), False), (SearchParams(), True)):
        scorer = Scorer(pairs, ru, en, params)
        assert (scorer.group((0, 1), (0,)).gain > scorer.group((0,), (0,)).gain) is merged_wins


def test_a_weak_pair_between_two_links_is_taken_in_a_gap_of_six():
    from reader.core.align.engine.search import best_chain, candidate_groups, fill_gaps

    count = 8  # links at both ends, a gap of six paragraphs a side between them
    units = [Unit([1.0] * 10, [_bits(0, 10)], 100) for _ in range(count)]
    pairs = {(0, 0): Match(_bits(0, 10), _bits(0, 10)), (count - 1, count - 1): Match(_bits(0, 10), _bits(0, 10)),
             (3, 4): Match(_bits(0, 3), _bits(0, 2)),  # weak: gains less than nothing, more than gap_gain
             (5, 2): Match(_bits(0, 1), _bits(0, 1))}  # too weak even there
    scorer = Scorer(pairs, units, [Unit([1.0] * 10, [_bits(0, 10)], 100) for _ in range(count)], SearchParams())
    assert SearchParams().gap_gain < scorer.group((3,), (4,)).gain < 0 and SearchParams().max_gap >= count - 2
    chain = best_chain(candidate_groups(scorer), count)
    assert [(g.ru, g.en) for g in chain] == [((0,), (0,)), ((7,), (7,))]
    filled = fill_gaps(chain, scorer, count, count)
    assert [(g.ru, g.en) for g in filled] == [((0,), (0,)), ((3,), (4,)), ((7,), (7,))]


@given(st.integers(min_value=0, max_value=2 ** 300 - 1))
@settings(max_examples=300, deadline=None)
def test_mask_weights_are_summed_bit_by_bit_in_increasing_order(mask):
    from reader.core.align.engine.similarity import mask_weight

    weights = [1 / (3 + k) + k * 1e-3 for k in range(300)]
    total = 0.0
    for bit in range(300):
        if mask >> bit & 1:
            total += weights[bit]
    assert mask_weight(mask, weights) == total


_KEYS = st.lists(st.lists(st.sampled_from("abcdefghij"), min_size=1, max_size=4).map(tuple), max_size=10)


@given(_KEYS, st.sets(st.sampled_from("abcdefghij")))
@settings(max_examples=200, deadline=None)
def test_key_masks_within_held_keys_are_the_full_masks_cut_to_them(keys, held):
    from reader.core.align.engine.similarity import key_masks, key_masks_within

    assert key_masks_within(keys, held) == {key: mask for key, mask in key_masks(keys).items() if key in held}
