"""Gaps in a translation closed by length, where the words gave no evidence (Gale and Church).

In a faithful translation nearly every paragraph has a counterpart, and the length of a
paragraph predicts the length of its translation well: the English text runs ``c`` times the
Russian one, give or take ``s·√length``. Where the searches leave a stretch of body paragraphs
unlinked on both sides between two links (short dialogue lines, words the lexicon does not know),
the stretch is aligned by length alone (1:1, 2:1, 1:2 or left out), as the classic aligners do.
Such links are marked weak (a low confidence), so a person can check them (F7).

Only a pair that behaves like a translation is filled: most of both texts linked already, and
lengths that follow the fitted model closely. In a retelling, an unlinked stretch is usually
real (a passage the report left out, background it added), and stays unlinked.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass

from reader.core.align.engine.params import LengthParams
from reader.core.align.model import Link
from reader.core.document import Document, Kind


@dataclass(frozen=True)
class LengthModel:
    """English length ≈ ``ratio`` × Russian length, with spread ``spread`` × √(Russian length)."""

    ratio: float
    spread: float

    def z(self, ru_chars: int, en_chars: int) -> float:
        """How many spreads ``en_chars`` lies from the length ``ru_chars`` predicts."""
        ru_chars = max(1, ru_chars)
        return (en_chars - self.ratio * ru_chars) / (self.spread * math.sqrt(ru_chars))


def fit_lengths(links: list[Link], ru: Document, en: Document, params: LengthParams) -> LengthModel | None:
    """The length model of a pair from its confident 1:1 links, None if there are too few."""
    lengths = [(len(ru.paragraphs[link.ru[0]].text), len(en.paragraphs[link.en[0]].text)) for link in links
               if len(link.ru) == 1 and len(link.en) == 1 and link.score >= params.fit_score
               and ru.paragraphs[link.ru[0]].kind is Kind.BODY]
    lengths = [(r, e) for r, e in lengths if r and e]
    if len(lengths) < params.min_fit:
        return None
    ratio = statistics.median(e / r for r, e in lengths)
    spread = 1.4826 * statistics.median(abs(e - ratio * r) / math.sqrt(r) for r, e in lengths)
    return LengthModel(ratio, max(spread, params.min_spread))


def _body(document: Document, indices: list[int]) -> list[int]:
    return [i for i in indices if document.paragraphs[i].kind is Kind.BODY]


def translation_like(links: list[Link], ru: Document, en: Document, ru_indices: list[int],
                     en_indices: list[int], model: LengthModel | None, params: LengthParams) -> bool:
    """Whether the pair behaves like a translation (see the module's docstring)."""
    if model is None or model.spread > params.max_spread:
        return False
    ru_body, en_body = _body(ru, ru_indices), _body(en, en_indices)
    ru_linked = {i for link in links for i in link.ru}
    en_linked = {j for link in links for j in link.en}
    return bool(ru_body and en_body) and \
        sum(i in ru_linked for i in ru_body) >= params.linked_share * len(ru_body) and \
        sum(j in en_linked for j in en_body) >= params.linked_share * len(en_body)


def unlinked_stretches(links: list[Link], ru_indices: list[int], en_indices: list[int]) -> list[tuple[list[int], list[int]]]:
    """The stretches of unlinked paragraphs on both sides between two consecutive links (in Russian
    order; a stretch whose English bounds cross is skipped)."""
    ru_owner = {i: link for link in links for i in link.ru}
    en_linked = {j for link in links for j in link.en}
    stretches = []
    run: list[int] = []
    en_before = -1
    for i in ru_indices + [None]:
        link = ru_owner.get(i) if i is not None else None
        if i is not None and link is None:
            run.append(i)
            continue
        if run:
            en_after = min(link.en) if link is not None else math.inf
            en_run = [j for j in en_indices if en_before < j < en_after and j not in en_linked]
            if en_run:
                stretches.append((run, en_run))
            run = []
        if link is not None:
            en_before = max(en_before, max(link.en))
    return stretches


def align_by_length(ru_lengths: list[int], en_lengths: list[int], model: LengthModel,
                    params: LengthParams) -> list[tuple[list[int], list[int], float]]:
    """The best 1:1, 2:1 and 1:2 groups (positions, and |z|) of two runs of paragraphs by length alone;
    paragraphs that fit nothing stay out."""
    max_z, merge_penalty = params.max_z, params.merge_penalty
    n, m = len(ru_lengths), len(en_lengths)
    best = [[-math.inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for a in range(n + 1):
        for b in range(m + 1):
            here = best[a][b]
            if here == -math.inf:
                continue
            for da, db in ((1, 1), (2, 1), (1, 2), (1, 0), (0, 1)):
                if a + da > n or b + db > m:
                    continue
                gain, z = 0.0, 0.0
                if da and db:
                    z = abs(model.z(sum(ru_lengths[a:a + da]), sum(en_lengths[b:b + db])))
                    if z > max_z:
                        continue
                    gain = (max_z ** 2 - z ** 2) / 2 - (merge_penalty if da + db > 2 else 0.0)
                if here + gain > best[a + da][b + db]:
                    best[a + da][b + db] = here + gain
                    back[a + da][b + db] = (da, db, z)
    groups = []
    a, b = n, m
    while a or b:
        step = back[a][b]
        assert step is not None  # every cell on the way back from (n, m) was reached by a step
        da, db, z = step
        if da and db:
            groups.append((list(range(a - da, a)), list(range(b - db, b)), z))
        a, b = a - da, b - db
    return groups[::-1]


def fill_by_length(links: list[Link], ru: Document, en: Document, ru_indices: list[int],
                   en_indices: list[int], params: LengthParams) -> list[Link]:
    """New links (by length) for the unlinked body paragraphs of a translation-like pair."""
    model = fit_lengths(links, ru, en, params)
    if model is None or not translation_like(links, ru, en, ru_indices, en_indices, model, params):
        return []
    added = []
    for ru_run, en_run in unlinked_stretches(links, ru_indices, en_indices):
        ru_run, en_run = _body(ru, ru_run), _body(en, en_run)
        if not ru_run or not en_run or len(ru_run) > params.max_gap or len(en_run) > params.max_gap:
            continue
        groups = align_by_length([len(ru.paragraphs[i].text) for i in ru_run],
                                 [len(en.paragraphs[j].text) for j in en_run], model, params)
        for ru_part, en_part, z in groups:
            score = round(params.score * (1 - z / (2 * params.max_z)), 3)
            added.append(Link([ru_run[p] for p in ru_part], [en_run[q] for q in en_part], score=score))
    return added
