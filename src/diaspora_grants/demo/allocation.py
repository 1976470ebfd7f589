"""Split a whole number into parts by weights so that the parts add up exactly."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal


def allocate(total: int, weights: Sequence[Decimal]) -> list[int]:
    """Largest-remainder split: the disaggregation cells always sum to the location's total."""
    weight_sum = sum(weights, Decimal(0))
    exact = [Decimal(total) * w / weight_sum for w in weights]
    parts = [int(x) for x in exact]
    shortfall = total - sum(parts)
    by_remainder = sorted(range(len(weights)), key=lambda i: (exact[i] - parts[i], -i), reverse=True)
    for i in by_remainder[:shortfall]:
        parts[i] += 1
    return parts
