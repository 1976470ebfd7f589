"""Weighted review scores and the ranking of the applications of a call."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

HUNDRED = Decimal(100)


@dataclass(frozen=True, slots=True)
class CriterionWeight:
    criterion_id: int
    weight: Decimal
    max_score: Decimal


def weighted_review_score(
    criteria: Sequence[CriterionWeight], scores: Mapping[int, Decimal]
) -> Decimal | None:
    """sum(weight x score / maximum) / sum(weight) x 100, on a 0-100 scale.

    A criterion left unscored counts as zero: a reviewer who skips a criterion gives it nothing,
    which keeps partial reviews from outranking complete ones.
    """
    total_weight = sum((c.weight for c in criteria), Decimal(0))
    if total_weight == 0:
        return None
    earned = sum(
        (c.weight * scores.get(c.criterion_id, Decimal(0)) / c.max_score for c in criteria if c.max_score),
        Decimal(0),
    )
    return (earned / total_weight * HUNDRED).quantize(Decimal("0.01"))


def application_score(review_scores: Iterable[Decimal | None]) -> Decimal | None:
    """Mean of the non-recused reviews' weighted scores; None when nobody could review it."""
    counted = [s for s in review_scores if s is not None]
    if not counted:
        return None
    return (sum(counted, Decimal(0)) / len(counted)).quantize(Decimal("0.01"))


@dataclass(frozen=True, slots=True)
class Ranked:
    application_id: int
    score: Decimal | None
    rank: int | None


def rank_applications(scores: Mapping[int, Decimal | None]) -> list[Ranked]:
    """Highest score first; equal scores share a rank (1, 2, 2, 4); unscored come last, unranked."""
    scored = sorted(((s, a) for a, s in scores.items() if s is not None), key=lambda p: (-p[0], p[1]))
    ranked: list[Ranked] = []
    previous: Decimal | None = None
    rank = 0
    for position, (score, application_id) in enumerate(scored, start=1):
        if score != previous:
            rank = position
            previous = score
        ranked.append(Ranked(application_id, score, rank))
    ranked.extend(Ranked(a, None, None) for a, s in sorted(scores.items()) if s is None)
    return ranked
