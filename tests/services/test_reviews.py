"""Reviews: scores within each criterion's range, recusal, one review per reviewer, and the call's ranking."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import Row, select

from diaspora_grants.db.engine import Database
from diaspora_grants.db.models import AuditEntry
from diaspora_grants.domain.enums import ApplicationStatus, AuditAction, CallStatus, DueDiligenceStatus
from diaspora_grants.domain.errors import ConflictError, DuplicateError, ValidationError, WorkflowError
from diaspora_grants.services.applications import ApplicationInput, ApplicationView
from diaspora_grants.services.calls import CallInput, CallView, CriterionInput
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.programmes import ProgrammeInput
from diaspora_grants.services.registry import Services
from diaspora_grants.services.reviews import ReviewInput

A = ApplicationStatus
D = Decimal

ROUTE_TO: dict[ApplicationStatus, tuple[ApplicationStatus, ...]] = {
    A.RECEIVED: (),
    A.ELIGIBLE: (A.ELIGIBLE,),
    A.INELIGIBLE: (A.INELIGIBLE,),
    A.SHORTLISTED: (A.ELIGIBLE, A.SHORTLISTED),
    A.SELECTED: (A.ELIGIBLE, A.SHORTLISTED, A.SELECTED),
    A.REJECTED: (A.ELIGIBLE, A.REJECTED),
    A.WITHDRAWN: (A.WITHDRAWN,),
}


class Panel:
    """A call with three weighted criteria: relevance 40% /5, capacity 30% /10, value for money 30% /5."""

    def __init__(self, services: Services, reference: str = "EOI-2022-01") -> None:
        self.services = services
        programme = services.programmes.find()
        programme_id = (
            programme[0].id
            if programme
            else services.programmes.create(
                ProgrammeInput(
                    code="BHA-DIASPORA",
                    name="Diaspora partners in COVID-19 response",
                    start_date=dt.date(2022, 1, 1),
                    end_date=dt.date(2023, 3, 31),
                )
            ).id
        )
        call = services.calls.create(
            CallInput(reference=reference, title="COVID-19 response", programme_id=programme_id)
        )
        call = services.calls.set_criteria(
            call.id,
            [
                CriterionInput(name="Relevance", weight=D(40), max_score=5),
                CriterionInput(name="Capacity", weight=D(30), max_score=10),
                CriterionInput(name="Value for money", weight=D(30), max_score=5),
            ],
            expected_version=call.version,
        )
        self.call: CallView = services.calls.change_status(
            call.id, CallStatus.OPEN, expected_version=call.version
        )
        self.relevance, self.capacity, self.value = (c.id for c in self.call.criteria)

    def application(self, organisation: str, status: ApplicationStatus = A.ELIGIBLE) -> ApplicationView:
        org = self.services.organisations.create(
            OrganisationInput(name=organisation, dd_status=DueDiligenceStatus.CLEARED)
        )
        app = self.services.applications.create(
            ApplicationInput(
                call_id=self.call.id,
                organisation_id=org.id,
                received_date=dt.date(2022, 3, 1),
                title=f"{organisation} plan",
            )
        )
        for step in ROUTE_TO[status]:
            app = self.services.applications.decide(
                app.id, step, "panel minute", expected_version=app.version
            )
        return app

    def review(
        self, app: ApplicationView | int, reviewer: str, r: str, c: str, v: str, **extra: Any
    ) -> ReviewInput:
        return ReviewInput(
            application_id=app if isinstance(app, int) else app.id,
            reviewer=reviewer,
            scores={self.relevance: D(r), self.capacity: D(c), self.value: D(v)},
            **extra,
        )


@pytest.fixture
def panel(services: Services) -> Panel:
    return Panel(services)


def test_weighted_score_of_a_review(services: Services, panel: Panel) -> None:
    app = panel.application("Pontes Ricerche e Interventi")

    review = services.reviews.create(panel.review(app, "Leila", "4", "5", "3", comment="solid plan"))

    # 40 x 4/5 + 30 x 5/10 + 30 x 3/5 = 32 + 15 + 18 = 65 out of 100
    assert review.weighted_score == D("65.00")
    assert review.scores == {panel.relevance: D(4), panel.capacity: D(5), panel.value: D(3)}
    assert (review.call_id, review.application_title, review.updated_by) == (
        panel.call.id,
        "Pontes Ricerche e Interventi plan",
        "tester",
    )


def test_application_score_is_the_mean_of_reviews_and_a_recused_one_counts_for_nothing(
    services: Services, panel: Panel
) -> None:
    app = panel.application("Pontes Ricerche e Interventi")
    services.reviews.create(panel.review(app, "Leila", "4", "5", "3"))  # 65
    services.reviews.create(panel.review(app, "Marco", "5", "10", "5"))  # 100
    # Full marks from a reviewer who declared a conflict: had it counted, the mean would be 88.33.
    recused = services.reviews.create(
        panel.review(
            app, "Yusuf", "5", "10", "5", conflict_of_interest=True, conflict_note="former board member"
        )
    )

    assert recused.weighted_score is None
    view = services.applications.get(app.id)
    assert (view.score, view.review_count, view.recused_count) == (D("82.50"), 3, 1)


def test_ranking_with_ties_recusal_and_unscored_applications(services: Services, panel: Panel) -> None:
    sams = panel.application("Syrian American Medical Society", A.SHORTLISTED)
    pontes = panel.application("Pontes Ricerche e Interventi")
    ftcr = panel.application("FTCR")
    genesis = panel.application("Genesis Entrepreneurship Trust")
    unreviewed = panel.application("Citizens Initiative")
    screened_out = panel.application("Late Comers Association", A.INELIGIBLE)
    services.reviews.create(panel.review(sams, "Leila", "5", "10", "5"))  # 100
    services.reviews.create(panel.review(sams, "Marco", "4", "5", "3"))  # 65 -> mean 82.50
    services.reviews.create(panel.review(pontes, "Leila", "4", "5", "3"))  # 65
    # The recused reviewer's zeros must not drag Pontes down to 32.50 below Genesis.
    services.reviews.create(panel.review(pontes, "Yusuf", "0", "0", "0", conflict_of_interest=True))
    services.reviews.create(panel.review(ftcr, "Leila", "3", "10", "3.5"))  # 24 + 30 + 21 = 75
    services.reviews.create(panel.review(ftcr, "Marco", "2", "5", "2.5"))  # 16 + 15 + 15 = 46 -> 60.50
    services.reviews.create(panel.review(genesis, "Leila", "5", "5", "0"))  # 40 + 15 = 55
    services.reviews.create(panel.review(genesis, "Marco", "3", "10", "2"))  # 24 + 30 + 12 = 66 -> 60.50

    ranking = services.reviews.ranking(panel.call.id)

    assert [(r.organisation_name, r.score, r.rank) for r in ranking] == [
        ("Syrian American Medical Society", D("82.50"), 1),
        ("Pontes Ricerche e Interventi", D("65.00"), 2),
        ("FTCR", D("60.50"), 3),
        ("Genesis Entrepreneurship Trust", D("60.50"), 3),
        ("Citizens Initiative", None, None),
        ("Late Comers Association", None, None),
    ]
    by_id = {r.application_id: r for r in ranking}
    assert (by_id[pontes.id].review_count, by_id[pontes.id].recused_count) == (2, 1)
    assert by_id[sams.id].status == A.SHORTLISTED
    assert by_id[screened_out.id].status == A.INELIGIBLE
    assert by_id[unreviewed.id].review_count == 0
    # The application views agree with the ranking.
    assert {a.id: (a.score, a.rank) for a in services.applications.find(call_id=panel.call.id)} == {
        r.application_id: (r.score, r.rank) for r in ranking
    }


def test_withdrawn_application_keeps_its_score_but_loses_its_rank(services: Services, panel: Panel) -> None:
    leader = panel.application("Syrian American Medical Society")
    second = panel.application("FTCR")
    services.reviews.create(panel.review(leader, "Leila", "5", "10", "5"))
    services.reviews.create(panel.review(second, "Leila", "4", "5", "3"))

    services.applications.withdraw(leader.id, "merged with another bid", expected_version=leader.version)

    ranking = services.reviews.ranking(panel.call.id)
    assert [(r.organisation_name, r.score, r.rank) for r in ranking] == [
        ("FTCR", D("65.00"), 1),
        ("Syrian American Medical Society", D("100.00"), None),
    ]


def test_ranking_is_per_call(services: Services, panel: Panel) -> None:
    other = Panel(services, "EOI-2022-02")
    services.reviews.create(panel.review(panel.application("FTCR"), "Leila", "1", "1", "1"))
    services.reviews.create(other.review(other.application("Citizens Initiative"), "Leila", "5", "10", "5"))

    assert [(r.organisation_name, r.rank) for r in services.reviews.ranking(panel.call.id)] == [("FTCR", 1)]


def test_score_outside_its_criterion_range_is_refused(services: Services, panel: Panel) -> None:
    app = panel.application("FTCR")
    for scores, field, message in [
        (("6", "5", "3"), "score for Relevance", "between 0 and 5"),
        (("4", "10.01", "3"), "score for Capacity", "between 0 and 10"),
        (("4", "5", "-1"), "score for Value for money", "between 0 and 5"),
        (("4", "5", "2.555"), "score for Value for money", "two decimals"),
        (("NaN", "5", "3"), "score for Relevance", "between 0 and 5"),
    ]:
        with pytest.raises(ValidationError, match=message) as error:
            services.reviews.create(panel.review(app, "Leila", *scores))
        assert [p.field for p in error.value.problems] == [field]
    assert services.reviews.find(application_id=app.id) == []


def test_boundary_scores_are_accepted(services: Services, panel: Panel) -> None:
    app = panel.application("FTCR")
    assert services.reviews.create(panel.review(app, "Leila", "0", "0", "0")).weighted_score == D("0.00")
    assert services.reviews.create(panel.review(app, "Marco", "5", "10", "5")).weighted_score == D("100.00")


def test_criterion_of_another_call_is_refused(services: Services, panel: Panel) -> None:
    other = Panel(services, "EOI-2022-02")
    app = panel.application("FTCR")
    with pytest.raises(ValidationError, match="not a criterion of this application's call"):
        services.reviews.create(
            ReviewInput(application_id=app.id, reviewer="Leila", scores={other.relevance: D(3)})
        )


def test_call_without_criteria_cannot_be_reviewed(services: Services, panel: Panel) -> None:
    # A call opens only with its criteria; one recorded as open by an older workbook may have none.
    call = services.calls.record(
        CallInput(reference="EOI-BARE", title="No criteria", programme_id=panel.call.programme_id),
        CallStatus.OPEN,
    )
    org = services.organisations.create(OrganisationInput(name="FTCR"))
    app = services.applications.create(
        ApplicationInput(
            call_id=call.id, organisation_id=org.id, received_date=dt.date(2022, 3, 1), title="Plan"
        )
    )
    app = services.applications.decide(app.id, A.ELIGIBLE, None, expected_version=app.version)
    with pytest.raises(ValidationError, match="add its criteria before reviewing"):
        services.reviews.create(ReviewInput(application_id=app.id, reviewer="Leila"))


def test_one_review_per_reviewer_per_application(services: Services, panel: Panel) -> None:
    app = panel.application("FTCR")
    services.reviews.create(panel.review(app, "Leila Haddad", "4", "5", "3"))
    with pytest.raises(DuplicateError, match="already reviewed"):
        services.reviews.create(panel.review(app, " leila haddad ", "1", "1", "1"))
    services.reviews.create(
        panel.review(panel.application("Citizens Initiative"), "Leila Haddad", "1", "1", "1")
    )
    assert len(services.reviews.find(reviewer="LEILA HADDAD")) == 2


def test_reviews_only_while_eligible_or_shortlisted(services: Services, panel: Panel) -> None:
    for status in (A.RECEIVED, A.INELIGIBLE, A.REJECTED, A.SELECTED, A.WITHDRAWN):
        app = panel.application(f"Association {status}", status)
        with pytest.raises(WorkflowError, match="only while an application is eligible or shortlisted"):
            services.reviews.create(panel.review(app, "Leila", "4", "5", "3"))
    assert services.reviews.find() == []


def test_review_is_frozen_once_the_application_is_decided(services: Services, panel: Panel) -> None:
    app = panel.application("FTCR", A.SHORTLISTED)
    review = services.reviews.create(panel.review(app, "Leila", "4", "5", "3"))
    services.applications.decide(app.id, A.SELECTED, "ranked first", expected_version=app.version)

    with pytest.raises(WorkflowError):
        services.reviews.update(
            review.id, panel.review(app, "Leila", "1", "1", "1"), expected_version=review.version
        )
    with pytest.raises(WorkflowError):
        services.reviews.delete(review.id, expected_version=review.version)
    assert services.reviews.get(review.id).weighted_score == D("65.00")


def test_update_changes_scores_and_a_stale_copy_is_refused(services: Services, panel: Panel) -> None:
    app = panel.application("FTCR")
    review = services.reviews.create(panel.review(app, "Leila", "4", "5", "3"))

    updated = services.reviews.update(
        review.id,
        ReviewInput(
            application_id=app.id, reviewer="Leila", scores={panel.relevance: D(5), panel.capacity: D(10)}
        ),
        expected_version=review.version,
    )

    # Value for money left out counts as zero: 40 + 30 = 70
    assert updated.weighted_score == D("70.00")
    assert updated.scores == {panel.relevance: D(5), panel.capacity: D(10)}
    assert updated.version == review.version + 1
    with pytest.raises(ConflictError):
        services.reviews.update(
            review.id, panel.review(app, "Leila", "1", "1", "1"), expected_version=review.version
        )
    assert services.reviews.get(review.id).weighted_score == D("70.00")


def test_review_cannot_move_to_another_application(services: Services, panel: Panel) -> None:
    app, other = panel.application("FTCR"), panel.application("Citizens Initiative")
    review = services.reviews.create(panel.review(app, "Leila", "4", "5", "3"))
    with pytest.raises(ValidationError, match="cannot move to another application"):
        services.reviews.update(
            review.id, panel.review(other, "Leila", "4", "5", "3"), expected_version=review.version
        )


def test_delete_removes_the_review_from_the_score(services: Services, panel: Panel) -> None:
    app = panel.application("FTCR")
    services.reviews.create(panel.review(app, "Leila", "4", "5", "3"))
    low = services.reviews.create(panel.review(app, "Marco", "0", "0", "0"))
    assert services.applications.get(app.id).score == D("32.50")

    services.reviews.delete(low.id, expected_version=low.version)

    assert services.applications.get(app.id).score == D("65.00")
    assert [r.reviewer for r in services.reviews.find(call_id=panel.call.id)] == ["Leila"]


def audit_actions(database: Database, table: str) -> list[Row[Any]]:
    with database.session(user="auditor", write=False) as session:
        return list(
            session.execute(
                select(
                    AuditEntry.action,
                    AuditEntry.record_id,
                    AuditEntry.field,
                    AuditEntry.old_value,
                    AuditEntry.new_value,
                )
                .where(AuditEntry.table_name == table)
                .order_by(AuditEntry.id)
            )
        )


def test_each_review_change_leaves_audit_rows(services: Services, panel: Panel, database: Database) -> None:
    app = panel.application("FTCR")
    review = services.reviews.create(panel.review(app, "Leila", "4", "5", "3"))
    review = services.reviews.update(
        review.id,
        panel.review(app, "Leila", "4", "6", "3", comment="capacity proven"),
        expected_version=review.version,
    )
    services.reviews.delete(review.id, expected_version=review.version)

    reviews = audit_actions(database, "reviews")
    assert [(r.action, r.field) for r in reviews] == [
        (AuditAction.INSERT, None),
        (AuditAction.UPDATE, "comment"),
        (AuditAction.DELETE, None),
    ]
    assert "Leila" in (reviews[0].new_value or "")
    assert reviews[1].new_value == "capacity proven"
    scores = audit_actions(database, "review_scores")
    assert [r.action for r in scores].count(AuditAction.INSERT) == 3
    assert [(r.field, r.old_value, r.new_value) for r in scores if r.action == AuditAction.UPDATE] == [
        ("score", "5", "6")
    ]
    assert [r.action for r in scores].count(AuditAction.DELETE) == 3
