"""Reviews of applications: a score per criterion, conflict-of-interest recusal, and the call's ranking."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ..db.base import utcnow
from ..db.models import Application, Call, Criterion, Review, ReviewScore
from ..domain import validation as v
from ..domain.enums import ApplicationStatus
from ..domain.errors import DuplicateError, FieldProblem, ValidationError, WorkflowError
from ..domain.result_cells import NOT_A_NUMBER
from ..domain.scoring import CriterionWeight, application_score, rank_applications, weighted_review_score
from ..domain.wording import QT_TRANSLATE_NOOP, say
from .base import Service, assign, check_version

#: Reviewing happens between eligibility screening and the decision.
REVIEWABLE = frozenset({ApplicationStatus.ELIGIBLE, ApplicationStatus.SHORTLISTED})

#: Applications out of the competition keep their score on record but take no rank.
UNRANKED = frozenset({ApplicationStatus.WITHDRAWN, ApplicationStatus.INELIGIBLE})

_SCORE_STEP = Decimal("0.01")


@dataclass(frozen=True, kw_only=True)
class ReviewInput:
    application_id: int
    reviewer: str
    #: Criterion id -> score within 0..that criterion's maximum; a criterion left out counts as 0.
    scores: Mapping[int, Decimal] = field(default_factory=dict)
    comment: str | None = None
    #: A recused reviewer's review stays on record but counts for nothing.
    conflict_of_interest: bool = False
    conflict_note: str | None = None


@dataclass(frozen=True, kw_only=True)
class ReviewView(ReviewInput):
    id: int
    version: int
    updated_at: dt.datetime
    updated_by: str | None
    call_id: int
    application_title: str
    #: 0-100; None when the reviewer is recused.
    weighted_score: Decimal | None


@dataclass(frozen=True, kw_only=True)
class RankedApplicationView:
    application_id: int
    organisation_id: int
    organisation_name: str
    title: str
    status: ApplicationStatus
    score: Decimal | None
    rank: int | None
    review_count: int
    recused_count: int


@dataclass(frozen=True)
class Standing:
    """Where an application stands in its call: its score, rank and how many reviews made it."""

    score: Decimal | None
    rank: int | None
    review_count: int
    recused_count: int
    #: How many applications of the same call hold a rank: "2 of 5" reads within the call.
    ranked_in_call: int = 0


class ReviewService(Service):
    entity = "review"

    def find(
        self, *, application_id: int | None = None, call_id: int | None = None, reviewer: str | None = None
    ) -> list[ReviewView]:
        query = (
            select(Review)
            .join(Application)
            .options(selectinload(Review.scores), selectinload(Review.application))
            .order_by(Review.application_id, func.lower(Review.reviewer))
        )
        if application_id is not None:
            query = query.where(Review.application_id == application_id)
        if call_id is not None:
            query = query.where(Application.call_id == call_id)
        if reviewer:
            query = query.where(func.lower(Review.reviewer) == reviewer.strip().lower())
        with self._read() as session:
            reviews = list(session.scalars(query))
            weights = _criteria_weights(session, {r.application.call_id for r in reviews})
            return [_view(r, weights.get(r.application.call_id, [])) for r in reviews]

    def get(self, review_id: int) -> ReviewView:
        with self._read() as session:
            return self._view_of(session, self._get(session, Review, review_id))

    def create(self, data: ReviewInput) -> ReviewView:
        """A review is written while its application is eligible or shortlisted."""
        return self._insert(data, history=False)

    def record(self, data: ReviewInput) -> ReviewView:
        """Enter a review as an earlier record has it (a data workbook): it was written while the
        application was under review, which it may no longer be."""
        return self._insert(data, history=True)

    def _insert(self, data: ReviewInput, *, history: bool) -> ReviewView:
        with self._write() as session:
            application = self._get(session, Application, data.application_id, "application")
            if not history:
                _check_reviewable(application)
            values, scores = _validated(session, data, application)
            _check_reviewer_free(session, application.id, values["reviewer"], None)
            review = Review(application_id=application.id, **values)
            review.scores = [ReviewScore(criterion_id=c, score=s) for c, s in scores.items()]
            session.add(review)
            session.flush()
            return self._view_of(session, review)

    def update(self, review_id: int, data: ReviewInput, *, expected_version: int) -> ReviewView:
        with self._write() as session:
            review = self._get(session, Review, review_id)
            check_version(review, expected_version, self.entity)
            if data.application_id != review.application_id:
                raise ValidationError.single(
                    "application",
                    say(
                        QT_TRANSLATE_NOOP(
                            "Core", "a review cannot move to another application; write a new review there"
                        )
                    ),
                )
            values, scores = _validated(session, data, review.application)
            same_scores = {s.criterion_id: Decimal(s.score) for s in review.scores} == scores
            if same_scores and all(getattr(review, name) == value for name, value in values.items()):
                return self._view_of(session, review)  # saving what is there rewrites no review
            _check_reviewable(review.application)
            _check_reviewer_free(session, review.application_id, values["reviewer"], review_id)
            assign(review, values)
            if _replace_scores(session, review, scores):
                # Scores live in their own rows; touching the review gives it a new version, so a
                # reviewer editing an old copy of the scores gets a conflict instead of overwriting.
                review.updated_at = utcnow()
            session.flush()
            return self._view_of(session, review)

    def delete(self, review_id: int, *, expected_version: int) -> None:
        with self._write() as session:
            review = self._get(session, Review, review_id)
            check_version(review, expected_version, self.entity)
            _check_reviewable(review.application)
            session.delete(review)

    def ranking(self, call_id: int) -> list[RankedApplicationView]:
        """The call's applications, best score first; tied scores share a rank, unscored come last."""
        with self._read() as session:
            self._get(session, Call, call_id, "call")
            applications = {
                a.id: a
                for a in session.scalars(
                    select(Application)
                    .where(Application.call_id == call_id)
                    .options(selectinload(Application.organisation))
                )
            }
            standings = call_standings(session, [call_id])

            def order(a: Application) -> tuple[bool, bool, int, int]:
                rank = standings[a.id].rank
                return (a.status in UNRANKED, rank is None, rank or 0, a.id)

            return [_ranked_view(a, standings[a.id]) for a in sorted(applications.values(), key=order)]

    def _view_of(self, session: Session, review: Review) -> ReviewView:
        call_id = review.application.call_id
        return _view(review, _criteria_weights(session, {call_id}).get(call_id, []))


def call_standings(session: Session, call_ids: Iterable[int]) -> dict[int, Standing]:
    """Score, rank and review counts of every application of these calls, keyed by application id."""
    call_ids = set(call_ids)
    if not call_ids:
        return {}
    weights = _criteria_weights(session, call_ids)
    applications = list(
        session.scalars(
            select(Application)
            .where(Application.call_id.in_(call_ids))
            .options(selectinload(Application.reviews).selectinload(Review.scores))
        )
    )
    scores: dict[int, Decimal | None] = {}
    counts: dict[int, tuple[int, int]] = {}
    for a in applications:
        review_scores = [_weighted(r, weights.get(a.call_id, [])) for r in a.reviews]
        scores[a.id] = application_score(review_scores)
        counts[a.id] = (len(a.reviews), sum(1 for r in a.reviews if r.conflict_of_interest))
    ranks: dict[int, int | None] = {}
    ranked: dict[int, int] = {}
    for call_id in call_ids:
        in_call = [a for a in applications if a.call_id == call_id]
        call_ranks = {r.application_id: r.rank for r in rank_applications(_rankable_scores(in_call, scores))}
        ranks.update(call_ranks)
        ranked[call_id] = sum(1 for rank in call_ranks.values() if rank is not None)
    return {
        a.id: Standing(scores[a.id], ranks.get(a.id), counts[a.id][0], counts[a.id][1], ranked[a.call_id])
        for a in applications
    }


def _rankable_scores(
    applications: Iterable[Application], scores: Mapping[int, Decimal | None]
) -> dict[int, Decimal | None]:
    return {a.id: scores[a.id] for a in applications if a.status not in UNRANKED}


def _criteria_weights(session: Session, call_ids: set[int]) -> dict[int, list[CriterionWeight]]:
    weights: dict[int, list[CriterionWeight]] = {c: [] for c in call_ids}
    if not call_ids:
        return weights
    for c in session.scalars(select(Criterion).where(Criterion.call_id.in_(call_ids))):
        weights[c.call_id].append(CriterionWeight(c.id, Decimal(c.weight), Decimal(c.max_score)))
    return weights


def _weighted(review: Review, weights: list[CriterionWeight]) -> Decimal | None:
    if review.conflict_of_interest:
        return None
    return weighted_review_score(weights, {s.criterion_id: Decimal(s.score) for s in review.scores})


def _check_reviewable(application: Application) -> None:
    if application.status not in REVIEWABLE:
        raise WorkflowError(
            say(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "application '{title}' is {status}; reviews are written, changed or "
                    "removed only while an application is eligible or shortlisted",
                ),
                title=application.title,
                status=application.status,
            )
        )


def _validated(
    session: Session, data: ReviewInput, application: Application
) -> tuple[dict[str, object], dict[int, Decimal]]:
    values: dict[str, object] = {
        "reviewer": v.clean(data.reviewer),
        "comment": v.clean(data.comment),
        "conflict_of_interest": bool(data.conflict_of_interest),
        "conflict_note": v.clean(data.conflict_note),
    }
    criteria = {
        c.id: c for c in session.scalars(select(Criterion).where(Criterion.call_id == application.call_id))
    }
    problems: list[FieldProblem | None] = [v.required("reviewer", data.reviewer, max_length=120)]
    if not criteria:
        problems.append(
            FieldProblem(
                "scores",
                say(
                    QT_TRANSLATE_NOOP(
                        "Core", "the call has no criteria yet; add its criteria before reviewing"
                    )
                ),
            )
        )
    scores: dict[int, Decimal] = {}
    for criterion_id, raw in data.scores.items():
        criterion = criteria.get(criterion_id)
        if criterion is None:
            problems.append(
                FieldProblem(
                    "scores",
                    say(
                        QT_TRANSLATE_NOOP(
                            "Core", "criterion #{criterion_id} is not a criterion of this application's call"
                        ),
                        criterion_id=criterion_id,
                    ),
                )
            )
            continue
        problem = _score_problem(criterion, raw)
        problems.append(problem)
        if problem is None:
            scores[criterion_id] = Decimal(raw)
    v.raise_if_any(problems)
    return values, scores


def _score_problem(criterion: Criterion, raw: Decimal) -> FieldProblem | None:
    label = f"score for {criterion.name}"
    try:
        score = Decimal(raw)
    except (TypeError, ValueError, ArithmeticError):
        return FieldProblem(label, say(NOT_A_NUMBER, value=raw))
    if not score.is_finite() or score < 0 or score > criterion.max_score:
        return FieldProblem(
            label,
            say(
                QT_TRANSLATE_NOOP("Core", "({raw}) must be between 0 and {max_score}"),
                raw=raw,
                max_score=criterion.max_score,
            ),
        )
    if score != score.quantize(_SCORE_STEP):
        return FieldProblem(
            label, say(QT_TRANSLATE_NOOP("Core", "({raw}) may have at most two decimals"), raw=raw)
        )
    return None


def _check_reviewer_free(session: Session, application_id: int, reviewer: object, own_id: int | None) -> None:
    clash = session.scalar(
        select(Review.id).where(
            Review.application_id == application_id,
            func.lower(Review.reviewer) == str(reviewer).lower(),
            Review.id != (own_id or 0),
        )
    )
    if clash is not None:
        raise DuplicateError(
            FieldProblem(
                "reviewer",
                say(
                    QT_TRANSLATE_NOOP(
                        "Core", "{reviewer} has already reviewed this application; edit that review"
                    ),
                    reviewer=reviewer,
                ),
            )
        )


def _replace_scores(session: Session, review: Review, wanted: dict[int, Decimal]) -> bool:
    """Make the review's scores exactly `wanted`; True when anything changed."""
    changed = False
    existing = {s.criterion_id: s for s in review.scores}
    for criterion_id, score in wanted.items():
        row = existing.pop(criterion_id, None)
        if row is None:
            review.scores.append(ReviewScore(criterion_id=criterion_id, score=score))
            changed = True
        elif Decimal(row.score) != score:
            row.score = score
            changed = True
    for gone in existing.values():
        review.scores.remove(gone)
        changed = True
    return changed


def _view(r: Review, weights: list[CriterionWeight]) -> ReviewView:
    return ReviewView(
        application_id=r.application_id,
        reviewer=r.reviewer,
        scores={s.criterion_id: Decimal(s.score) for s in sorted(r.scores, key=lambda s: s.criterion_id)},
        comment=r.comment,
        conflict_of_interest=r.conflict_of_interest,
        conflict_note=r.conflict_note,
        id=r.id,
        version=r.version,
        updated_at=r.updated_at,
        updated_by=r.updated_by,
        call_id=r.application.call_id,
        application_title=r.application.title,
        weighted_score=_weighted(r, weights),
    )


def _ranked_view(a: Application, standing: Standing) -> RankedApplicationView:
    return RankedApplicationView(
        application_id=a.id,
        organisation_id=a.organisation_id,
        organisation_name=a.organisation.name,
        title=a.title,
        status=a.status,
        score=standing.score,
        rank=standing.rank,
        review_count=standing.review_count,
        recused_count=standing.recused_count,
    )
