"""Weighted review scores, application scores and the ranking of a call."""

from __future__ import annotations

import itertools
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diaspora_grants.domain.scoring import (
    CriterionWeight,
    Ranked,
    application_score,
    rank_applications,
    weighted_review_score,
)

D = Decimal

# Relevance 40% out of 5, capacity 30% out of 10, value for money 30% out of 5.
CRITERIA = (
    CriterionWeight(1, D(40), D(5)),
    CriterionWeight(2, D(30), D(10)),
    CriterionWeight(3, D(30), D(5)),
)


def test_weighted_score_by_hand() -> None:
    # (40 x 4/5 + 30 x 5/10 + 30 x 3/5) / 100 x 100 = 32 + 15 + 18 = 65
    assert weighted_review_score(CRITERIA, {1: D(4), 2: D(5), 3: D(3)}) == D("65.00")


def test_weighted_score_with_uneven_weights_rounds_to_cents() -> None:
    criteria = (CriterionWeight(1, D(2), D(3)), CriterionWeight(2, D(1), D(3)))
    # (2 x 1/3 + 1 x 2/3) / 3 x 100 = (4/3) / 3 x 100 = 44.44...
    assert weighted_review_score(criteria, {1: D(1), 2: D(2)}) == D("44.44")


def test_unscored_criterion_counts_as_zero() -> None:
    # Only capacity scored at its maximum: 30 x 10/10 / 100 x 100 = 30
    assert weighted_review_score(CRITERIA, {2: D(10)}) == D("30.00")


def test_full_and_empty_marks() -> None:
    assert weighted_review_score(CRITERIA, {1: D(5), 2: D(10), 3: D(5)}) == D("100.00")
    assert weighted_review_score(CRITERIA, {}) == D("0.00")


def test_no_criteria_gives_no_score() -> None:
    assert weighted_review_score((), {1: D(3)}) is None


def test_application_score_is_the_mean_of_counted_reviews() -> None:
    assert application_score([D("65.00"), D("100.00")]) == D("82.50")


def test_recused_reviews_count_for_nothing() -> None:
    # A recused review is None: it must neither add to the mean nor dilute it as a zero would.
    assert application_score([D("65.00"), None, D("100.00")]) == D("82.50")
    assert application_score([None, None]) is None
    assert application_score([]) is None


def test_ranking_shares_ranks_on_ties_and_leaves_unscored_last() -> None:
    ranked = rank_applications({10: D(70), 11: D(90), 12: D(70), 13: None, 14: D(50), 15: None})
    assert ranked == [
        Ranked(11, D(90), 1),
        Ranked(10, D(70), 2),
        Ranked(12, D(70), 2),
        Ranked(14, D(50), 4),
        Ranked(13, None, None),
        Ranked(15, None, None),
    ]


def test_ranking_of_nothing_is_empty() -> None:
    assert rank_applications({}) == []


@st.composite
def criteria_and_scores(draw: st.DrawFn) -> tuple[list[CriterionWeight], dict[int, Decimal]]:
    count = draw(st.integers(min_value=1, max_value=6))
    criteria = []
    scores = {}
    for criterion_id in range(count):
        weight = draw(st.decimals(min_value=D("0.01"), max_value=D(1000), places=2))
        maximum = draw(st.integers(min_value=1, max_value=100))
        criteria.append(CriterionWeight(criterion_id, weight, D(maximum)))
        if draw(st.booleans()):
            scores[criterion_id] = draw(st.decimals(min_value=0, max_value=maximum, places=2))
    return criteria, scores


@given(criteria_and_scores())
def test_weighted_score_always_within_0_and_100(
    case: tuple[list[CriterionWeight], dict[int, Decimal]],
) -> None:
    criteria, scores = case
    score = weighted_review_score(criteria, scores)
    assert score is not None
    assert D(0) <= score <= D(100)


@given(criteria_and_scores(), st.data())
def test_raising_one_score_never_lowers_the_weighted_score(
    case: tuple[list[CriterionWeight], dict[int, Decimal]], data: st.DataObject
) -> None:
    criteria, scores = case
    target = data.draw(st.sampled_from(criteria))
    before = scores.get(target.criterion_id, D(0))
    higher = data.draw(st.decimals(min_value=before, max_value=target.max_score, places=2))
    raised = {**scores, target.criterion_id: higher}
    low, high = weighted_review_score(criteria, scores), weighted_review_score(criteria, raised)
    assert low is not None and high is not None
    assert high >= low


@given(st.dictionaries(st.integers(1, 500), st.none() | st.decimals(0, 100, places=2), max_size=30))
def test_ranking_keeps_every_application_and_orders_by_score(scores: dict[int, Decimal | None]) -> None:
    ranked = rank_applications(scores)

    assert sorted(r.application_id for r in ranked) == sorted(scores)
    scored = [r for r in ranked if r.score is not None]
    assert all(r.rank is None for r in ranked[len(scored) :])
    for earlier, later in itertools.pairwise(scored):
        assert earlier.score is not None and later.score is not None and earlier.rank and later.rank
        assert earlier.score >= later.score
        assert (earlier.rank == later.rank) == (earlier.score == later.score)
    # A rank says how many scored better: 1 + the number of strictly higher scores.
    for r in scored:
        assert r.rank == 1 + sum(
            1 for o in scored if o.score is not None and r.score is not None and o.score > r.score
        )


@pytest.mark.parametrize("recused", [0, 1, 3])
def test_mean_ignores_any_number_of_recusals(recused: int) -> None:
    assert application_score([D(40), *([None] * recused), D(60)]) == D("50.00")
