"""The confidence of a link: a logistic map of how much of the group's words found a counterpart."""

from __future__ import annotations

import math

#: logistic slope and midpoint over the coverage of a group (fitted once on the development set)
SLOPE = 12.0
MIDPOINT = 0.22


def confidence(group) -> float:
    """A probability-like score in [0, 1] for a searched group (higher: more likely right)."""
    value = 1.0 / (1.0 + math.exp(-SLOPE * (group.coverage - MIDPOINT)))
    return round(value, 3)
