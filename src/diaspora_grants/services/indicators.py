"""Indicators of a programme: what is measured, how its periods roll up, and whether it counts people."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import Any

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from ..db.models import Indicator, Programme, Result
from ..domain import codes
from ..domain import validation as v
from ..domain.enums import UNKNOWN_AGE_BAND, Counting, Direction, Measure, Reach, ResultLevel, ResultStatus
from ..domain.errors import DuplicateError, FieldProblem, ValidationError, WorkflowError
from ..domain.result_cells import value_problem
from ..domain.wording import QT_TRANSLATE_NOOP, say
from .base import Service, assign, check_version


@dataclass(frozen=True, kw_only=True)
class IndicatorInput:
    code: str
    name: str
    definition: str | None = None
    unit: str | None = None
    measure: Measure = Measure.NUMBER
    result_level: ResultLevel = ResultLevel.OUTPUT
    sector: str | None = None
    counting: Counting = Counting.NON_CUMULATIVE
    reach: Reach = Reach.NONE
    direction: Direction = Direction.INCREASE
    baseline_value: Decimal | None = None
    baseline_date: dt.date | None = None
    loa_target: Decimal | None = None
    means_of_verification: str | None = None
    disaggregated: bool = True


@dataclass(frozen=True, kw_only=True)
class IndicatorView(IndicatorInput):
    id: int
    programme_id: int
    position: int
    version: int
    updated_at: dt.datetime
    updated_by: str | None
    #: True when the programme names this indicator as the one its people-reached headline uses.
    is_headline: bool
    #: The age bands its results may use; empty: every band of the programme (set_age_bands).
    age_bands: tuple[str, ...] = ()
    #: What one unit is worth (1 EGP per point), for reports to convert it (set_unit_value).
    unit_value: Decimal | None = None
    unit_value_currency: str | None = None

    @property
    def counts_people(self) -> bool:
        return self.reach != Reach.NONE and self.measure == Measure.NUMBER


_INPUT_FIELDS = tuple(f.name for f in fields(IndicatorInput))
#: Changing these once results are approved would silently change figures already given to the donor.
_FIGURE_FIELDS = {"counting": "counting", "measure": "measure", "reach": "reach"}


class IndicatorService(Service):
    entity = "indicator"

    def find(self, programme_id: int) -> list[IndicatorView]:
        with self._read() as session:
            programme = self._get(session, Programme, programme_id, "programme")
            query = (
                select(Indicator)
                .where(Indicator.programme_id == programme_id)
                .order_by(Indicator.position, Indicator.id)
            )
            return [_view(i, programme) for i in session.scalars(query)]

    def get(self, indicator_id: int) -> IndicatorView:
        with self._read() as session:
            indicator = self._get(session, Indicator, indicator_id)
            return _view(indicator, indicator.programme)

    def find_id(self, programme_id: int, code: str) -> int | None:
        with self._read() as session:
            return session.scalar(
                select(Indicator.id).where(
                    Indicator.programme_id == programme_id, func.lower(Indicator.code) == code.strip().lower()
                )
            )

    def get_by_code(self, programme_id: int, code: str) -> IndicatorView:
        with self._read() as session:
            indicator = self._get_by(session, Indicator, self.entity, programme_id=programme_id, code=code)
            return _view(indicator, indicator.programme)

    def create(self, programme_id: int, data: IndicatorInput) -> IndicatorView:
        values = _validated(data)
        with self._write() as session:
            programme = self._get(session, Programme, programme_id, "programme")
            _check_code_free(session, programme_id, values["code"], None)
            last = session.scalar(
                select(func.max(Indicator.position)).where(Indicator.programme_id == programme_id)
            )
            indicator = Indicator(programme_id=programme_id, position=(last or 0) + 1, **values)
            session.add(indicator)
            session.flush()
            return _view(indicator, programme)

    def update(self, indicator_id: int, data: IndicatorInput, *, expected_version: int) -> IndicatorView:
        values = _validated(data)
        with self._write() as session:
            indicator = self._get(session, Indicator, indicator_id)
            check_version(indicator, expected_version, self.entity)
            _check_code_free(session, indicator.programme_id, values["code"], indicator_id)
            _check_figures_unchanged(session, indicator, values)
            assign(indicator, values)
            session.flush()
            return _view(indicator, indicator.programme)

    def delete(self, indicator_id: int, *, expected_version: int) -> None:
        with self._write() as session:
            indicator = self._get(session, Indicator, indicator_id)
            check_version(indicator, expected_version, self.entity)
            if _has_results(session, indicator_id):
                raise WorkflowError(
                    say(
                        QT_TRANSLATE_NOOP(
                            "Core",
                            "indicator {code} has results; delete its results first, so that no "
                            "reported figure disappears by accident",
                        ),
                        code=indicator.code,
                    )
                )
            programme = indicator.programme
            if programme.headline_indicator_id == indicator_id:
                programme.headline_indicator_id = None
            session.delete(indicator)

    def set_age_bands(
        self, indicator_id: int, age_bands: Sequence[str], *, expected_version: int
    ) -> IndicatorView:
        """Restrict the age bands results may be entered in (an indicator of young people has no
        60+); none: every band of the programme. Refused while results sit in a band left out."""
        with self._write() as session:
            indicator = self._get(session, Indicator, indicator_id)
            check_version(indicator, expected_version, self.entity)
            programme = indicator.programme
            wanted = [b.strip() for b in age_bands if b.strip()]
            unknown = [b for b in wanted if b not in programme.age_bands]
            if unknown:
                raise ValidationError.single(
                    "age bands",
                    say(
                        QT_TRANSLATE_NOOP("Core", "{value}: not an age band of the programme ({value2})"),
                        value=", ".join(unknown),
                        value2=", ".join(programme.age_bands),
                    ),
                )
            bands = tuple(b for b in programme.age_bands if b in wanted)
            if bands and bands != tuple(programme.age_bands):
                _check_no_results_outside(session, indicator, bands)
            assign(indicator, {"age_bands": bands if bands != tuple(programme.age_bands) else ()})
            session.flush()
            return _view(indicator, programme)

    def set_unit_value(
        self, indicator_id: int, value: Decimal | None, currency: str | None, *, expected_version: int
    ) -> IndicatorView:
        """What one unit of the indicator is worth, e.g. 1 EGP per clickfunding point; None: nothing."""
        code = (currency or "").strip().upper() or None
        v.raise_if_any(
            [
                v.not_negative("unit value", value),
                codes.check_currency("currency", code) if value is not None else None,
                FieldProblem(
                    "currency", say(QT_TRANSLATE_NOOP("Core", "give the currency of the unit value"))
                )
                if value is not None and code is None
                else None,
            ]
        )
        with self._write() as session:
            indicator = self._get(session, Indicator, indicator_id)
            check_version(indicator, expected_version, self.entity)
            assign(
                indicator, {"unit_value": value, "unit_value_currency": code if value is not None else None}
            )
            session.flush()
            return _view(indicator, indicator.programme)

    def reorder(self, programme_id: int, indicator_ids: Sequence[int]) -> list[IndicatorView]:
        """Put the programme's indicators in the given order (the order of reports and of the
        default headline). Every indicator of the programme must be listed once."""
        with self._write() as session:
            programme = self._get(session, Programme, programme_id, "programme")
            indicators = {
                i.id: i
                for i in session.scalars(select(Indicator).where(Indicator.programme_id == programme_id))
            }
            if sorted(indicator_ids) != sorted(indicators):
                raise ValidationError.single(
                    "order",
                    say(
                        QT_TRANSLATE_NOOP(
                            "Core", "list every indicator of the programme exactly once, and no other"
                        )
                    ),
                )
            for position, indicator_id in enumerate(indicator_ids, start=1):
                assign(indicators[indicator_id], {"position": position})
            session.flush()
            return [_view(indicators[i], programme) for i in indicator_ids]


def _validated(data: IndicatorInput) -> dict[str, Any]:
    values = {name: getattr(data, name) for name in _INPUT_FIELDS}
    for name in ("code", "name", "definition", "unit", "sector", "means_of_verification"):
        values[name] = v.clean(values[name])
    for name in ("baseline_value", "loa_target"):
        # Callers may pass whole numbers as int; the column and the rules work in Decimal.
        if values[name] is not None and not isinstance(values[name], Decimal):
            values[name] = Decimal(str(values[name]))
    problems: list[FieldProblem | None] = [
        v.required("code", values["code"], max_length=40),
        v.required("name", values["name"], max_length=400),
        v.max_length_of("unit", values["unit"], 60),
        v.max_length_of("sector", values["sector"], 120),
        *(
            None if values[name] is None else _figure_problem(label, values[name], data.measure)
            for name, label in (("baseline_value", "baseline value"), ("loa_target", "life-of-award target"))
        ),
    ]
    if data.reach != Reach.NONE and data.measure != Measure.NUMBER:
        problems.append(
            FieldProblem(
                "reach",
                say(
                    QT_TRANSLATE_NOOP(
                        "Core", "a percentage cannot count people; use reach none or measure number"
                    )
                ),
            )
        )
    if data.counting == Counting.UNIQUE_PEOPLE and data.measure != Measure.NUMBER:
        problems.append(
            FieldProblem(
                "counting",
                say(QT_TRANSLATE_NOOP("Core", "unique people are counted as a number, not a percentage")),
            )
        )
    v.raise_if_any(problems)
    return values


def _figure_problem(label: str, value: Decimal, measure: Measure) -> FieldProblem | None:
    problem = value_problem(value, measure)
    return FieldProblem(label, problem) if problem else None


def _check_code_free(session: Session, programme_id: int, code: str, own_id: int | None) -> None:
    clash = session.scalar(
        select(Indicator.id).where(
            Indicator.programme_id == programme_id,
            func.lower(Indicator.code) == code.lower(),
            Indicator.id != (own_id or 0),
        )
    )
    if clash is not None:
        raise DuplicateError(
            FieldProblem(
                "code",
                say(
                    QT_TRANSLATE_NOOP("Core", "the programme already has an indicator with code '{code}'"),
                    code=code,
                ),
            )
        )


def _has_results(session: Session, indicator_id: int, status: ResultStatus | None = None) -> bool:
    query = select(Result.id).where(Result.indicator_id == indicator_id)
    if status is not None:
        query = query.where(Result.status == status)
    return bool(session.scalar(select(exists(query))))


def _check_figures_unchanged(session: Session, indicator: Indicator, values: dict[str, Any]) -> None:
    changed = [label for name, label in _FIGURE_FIELDS.items() if getattr(indicator, name) != values[name]]
    if changed and _has_results(session, indicator.id, ResultStatus.APPROVED):
        raise WorkflowError(
            say(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "indicator {code} has approved results: changing its {value} would "
                    "silently change figures already reported to the donor; create a new "
                    "indicator instead",
                ),
                code=indicator.code,
                value=" and ".join(changed),
            )
        )
    if indicator.disaggregated != values["disaggregated"] and _has_results(session, indicator.id):
        raise WorkflowError(
            say(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "indicator {code} has results entered {value} disaggregation; delete "
                    "them before changing whether it is disaggregated",
                ),
                code=indicator.code,
                value="with" if indicator.disaggregated else "without",
            )
        )


def _check_no_results_outside(session: Session, indicator: Indicator, bands: tuple[str, ...]) -> None:
    outside = session.scalar(
        select(func.count())
        .select_from(Result)
        .where(
            Result.indicator_id == indicator.id,
            Result.age_band.is_not(None),
            Result.age_band.not_in([*bands, UNKNOWN_AGE_BAND]),
        )
    )
    if outside:
        raise WorkflowError(
            say(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "indicator {code} has {outside} result cells in the age bands left "
                    "out; move or delete them first",
                ),
                code=indicator.code,
                outside=outside,
            )
        )


def _view(indicator: Indicator, programme: Programme) -> IndicatorView:
    return IndicatorView(
        **{name: getattr(indicator, name) for name in _INPUT_FIELDS},
        id=indicator.id,
        programme_id=indicator.programme_id,
        position=indicator.position,
        version=indicator.version,
        updated_at=indicator.updated_at,
        updated_by=indicator.updated_by,
        is_headline=programme.headline_indicator_id == indicator.id,
        age_bands=tuple(indicator.age_bands),
        unit_value=indicator.unit_value,
        unit_value_currency=indicator.unit_value_currency,
    )
