"""The programme's own award from the donor, its variance threshold, and variance explanations.

Part of ProgrammeService (a mixin): the award is a property of the programme, and explanations are
written per indicator and period (no period: the life of award) or per over-spent budget line.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import BudgetLine, Indicator, Period, Programme, ProgrammeAward, Project, VarianceExplanation
from ..db.models.reporting import DEFAULT_VARIANCE_THRESHOLD
from ..domain import validation as v
from ..domain.errors import FieldProblem, ValidationError
from ..domain.wording import QT_TRANSLATE_NOOP, say
from .base import Service, assign, check_version

__all__ = ["DEFAULT_VARIANCE_THRESHOLD", "AwardInput", "AwardView", "ExplanationView", "ProgrammeReporting"]

MAX_EXPLANATION = 4_000


@dataclass(frozen=True, kw_only=True)
class AwardInput:
    """Money in the programme's currency; rates as fractions (0.07 = 7%)."""

    amount: Decimal | None = None
    funds_received: Decimal | None = None
    funds_received_on: dt.date | None = None
    subgrants: Decimal | None = None
    direct_costs: Decimal | None = None
    indirect_rate: Decimal | None = None
    variance_threshold: Decimal = DEFAULT_VARIANCE_THRESHOLD
    #: Humanitarian aid (IATI's humanitarian flag) and the emergency's GLIDE number (EP-2020-000012-001).
    humanitarian: bool = False
    emergency_glide: str | None = None


@dataclass(frozen=True, kw_only=True)
class AwardView(AwardInput):
    programme_id: int
    currency: str
    #: 0 while nothing was saved: the defaults are shown.
    version: int
    updated_by: str | None = None

    @property
    def id(self) -> int:
        """The award is the programme's: edit dialogs address it by the programme's id."""
        return self.programme_id


@dataclass(frozen=True, kw_only=True)
class ExplanationView:
    id: int
    programme_id: int
    text: str
    version: int
    indicator_id: int | None = None
    indicator_code: str | None = None
    #: None with an indicator: the life of award.
    period_id: int | None = None
    period_label: str | None = None
    budget_line_id: int | None = None
    budget_line_code: str | None = None
    project_code: str | None = None


_AWARD_FIELDS = tuple(f.name for f in fields(AwardInput))


class ProgrammeReporting(Service):
    """Award and variance explanations of a programme (mixed into ProgrammeService)."""

    def award(self, programme_id: int) -> AwardView:
        with self._read() as session:
            programme = self._get(session, Programme, programme_id, "programme")
            return _award_view(programme, _award_of(session, programme_id))

    def set_award(self, programme_id: int, data: AwardInput, *, expected_version: int) -> AwardView:
        """Save the award; `expected_version` 0 when none was saved yet."""
        values = _validated_award(data)
        with self._write() as session:
            programme = self._get(session, Programme, programme_id, "programme")
            award = _award_of(session, programme_id)
            if award is None:
                award = ProgrammeAward(programme_id=programme_id, **values)
                session.add(award)
            else:
                check_version(award, expected_version, "award")
                assign(award, values)
            session.flush()
            return _award_view(programme, award)

    def variance_explanations(self, programme_id: int) -> list[ExplanationView]:
        with self._read() as session:
            self._get(session, Programme, programme_id, "programme")
            query = (
                select(VarianceExplanation)
                .where(VarianceExplanation.programme_id == programme_id)
                .order_by(VarianceExplanation.id)
            )
            return [_explanation_view(e) for e in session.scalars(query)]

    def explain_indicator(
        self, indicator_id: int, period_id: int | None, text: str
    ) -> ExplanationView | None:
        """Set (or with an empty text remove) the explanation of an indicator's variance in a period;
        `period_id` None explains the life-of-award variance. Returns None once removed."""
        with self._write() as session:
            indicator = self._get(session, Indicator, indicator_id, "indicator")
            if period_id is not None:
                period = self._get(session, Period, period_id, "period")
                if period.programme_id != indicator.programme_id:
                    raise ValidationError.single(
                        "period",
                        say(QT_TRANSLATE_NOOP("Core", "choose a period of the indicator's programme")),
                    )
            found = session.scalar(
                select(VarianceExplanation).where(
                    VarianceExplanation.indicator_id == indicator_id,
                    VarianceExplanation.period_id.is_(None)
                    if period_id is None
                    else VarianceExplanation.period_id == period_id,
                )
            )
            return _save_explanation(
                session,
                found,
                text,
                {
                    "programme_id": indicator.programme_id,
                    "indicator_id": indicator_id,
                    "period_id": period_id,
                },
            )

    def explain_budget_line(self, budget_line_id: int, text: str) -> ExplanationView | None:
        """Set (or with an empty text remove) why a budget line is over-spent."""
        with self._write() as session:
            line = self._get(session, BudgetLine, budget_line_id, "budget line")
            project = session.get(Project, line.project_id)
            assert project is not None
            found = session.scalar(
                select(VarianceExplanation).where(VarianceExplanation.budget_line_id == budget_line_id)
            )
            return _save_explanation(
                session, found, text, {"programme_id": project.programme_id, "budget_line_id": budget_line_id}
            )


def _save_explanation(
    session: Session, found: VarianceExplanation | None, text: str, key: dict[str, Any]
) -> ExplanationView | None:
    cleaned = v.clean(text)
    v.raise_if_any([v.max_length_of("explanation", cleaned, MAX_EXPLANATION)])
    if cleaned is None:
        if found is not None:
            session.delete(found)
        return None
    if found is None:
        found = VarianceExplanation(text=cleaned, **key)
        session.add(found)
    else:
        assign(found, {"text": cleaned})
    session.flush()
    return _explanation_view(found)


def _award_of(session: Session, programme_id: int) -> ProgrammeAward | None:
    return session.scalar(select(ProgrammeAward).where(ProgrammeAward.programme_id == programme_id))


def _validated_award(data: AwardInput) -> dict[str, Any]:
    values = {name: getattr(data, name) for name in _AWARD_FIELDS}
    for name in (
        "amount",
        "funds_received",
        "subgrants",
        "direct_costs",
        "indirect_rate",
        "variance_threshold",
    ):
        if values[name] is not None and not isinstance(values[name], Decimal):
            values[name] = Decimal(str(values[name]))
    threshold = values["variance_threshold"]
    rate = values["indirect_rate"]
    v.raise_if_any(
        [
            v.not_negative("award amount", values["amount"]),
            v.not_negative("funds received", values["funds_received"]),
            v.not_negative("sub-grants", values["subgrants"]),
            v.not_negative("direct costs", values["direct_costs"]),
            None
            if rate is None or (0 <= rate <= 1 and rate == rate.quantize(Decimal("0.0001")))
            else FieldProblem(
                "indirect rate",
                say(
                    QT_TRANSLATE_NOOP("Core", "give a rate between 0% and 100%, to two decimals of a percent")
                ),
            ),
            FieldProblem("variance threshold", say(QT_TRANSLATE_NOOP("Core", "is required")))
            if threshold is None
            else None
            if 0 < threshold < 1 and threshold == threshold.quantize(Decimal("0.0001"))
            else FieldProblem(
                "variance threshold",
                say(QT_TRANSLATE_NOOP("Core", "give a share between 0% and 100%, e.g. 10%")),
            ),
            FieldProblem(
                "funds received on",
                say(QT_TRANSLATE_NOOP("Core", "give the date the funds received were counted")),
            )
            if values["funds_received"] is not None and values["funds_received_on"] is None
            else None,
            _glide_problem(values),
        ]
    )
    return values


GLIDE = re.compile(r"[A-Z]{2}-\d{4}-\d{6}-[A-Z0-9]{3}")


def _glide_problem(values: dict[str, Any]) -> FieldProblem | None:
    glide = v.clean(values["emergency_glide"])
    values["emergency_glide"] = glide.upper() if glide else None
    if glide is None:
        return None
    if not values["humanitarian"]:
        return FieldProblem(
            "emergency",
            say(QT_TRANSLATE_NOOP("Core", "only humanitarian aid answers an emergency; tick humanitarian")),
        )
    if not GLIDE.fullmatch(glide.upper()):
        return FieldProblem(
            "emergency",
            say(
                QT_TRANSLATE_NOOP("Core", "'{glide}' is not a GLIDE number such as EP-2020-000012-001"),
                glide=glide,
            ),
        )
    return None


def _award_view(programme: Programme, award: ProgrammeAward | None) -> AwardView:
    if award is None:
        return AwardView(programme_id=programme.id, currency=programme.currency, version=0)
    return AwardView(
        **{name: getattr(award, name) for name in _AWARD_FIELDS},
        programme_id=programme.id,
        currency=programme.currency,
        version=award.version,
        updated_by=award.updated_by,
    )


def _explanation_view(e: VarianceExplanation) -> ExplanationView:
    line = e.budget_line
    project = line.project if line is not None else None
    return ExplanationView(
        id=e.id,
        programme_id=e.programme_id,
        text=e.text,
        version=e.version,
        indicator_id=e.indicator_id,
        indicator_code=e.indicator.code if e.indicator is not None else None,
        period_id=e.period_id,
        period_label=e.period.label if e.period is not None else None,
        budget_line_id=e.budget_line_id,
        budget_line_code=line.code if line is not None else None,
        project_code=project.code if project is not None else None,
    )
