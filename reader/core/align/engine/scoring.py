"""The confidence of a link: a logistic map of how much of the group's words found a counterpart."""

from __future__ import annotations

import math

from reader.core.align.engine.params import ConfidenceParams


def confidence(group, params: ConfidenceParams) -> float:
    """A probability-like score in [0, 1] for a searched group (higher: more likely right)."""
    value = 1.0 / (1.0 + math.exp(-params.slope * (group.coverage - params.midpoint)))
    return round(value, 3)
