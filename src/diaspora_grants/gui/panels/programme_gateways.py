"""A programme's indicators, reporting periods and targets as undo sees them: each adapter gives
one kind of record of one programme the shape of a plain service (create, get, update, delete
with the version read), so the house's undo commands drive them like any other record.

An indicator's own age bands and a unit's worth are set by their own service calls; the adapter
makes them one save with the indicator, in one unit of work, so a refusal leaves nothing half done.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal

from ...domain.errors import ConflictError, DuplicateError, FieldProblem, NotFoundError, ValidationError
from ...services.indicators import IndicatorInput, IndicatorView
from ...services.inputs import input_of
from ...services.periods import PeriodView
from ...services.programmes import ProgrammeInput, ProgrammeView
from ...services.registry import Services
from ...services.results import TargetView


@dataclass(frozen=True, kw_only=True)
class IndicatorDraft(IndicatorInput):
    """The indicator's form: its fields, the age bands its results may use (empty: all of the
    programme's) and what one unit is worth."""

    age_bands: tuple[str, ...] = ()
    unit_value: Decimal | None = None
    unit_value_currency: str | None = None


class Indicators:
    entity = "indicator"

    def __init__(self, services: Services, programme_id: int) -> None:
        self.services, self.programme_id = services, programme_id

    def create(self, data: IndicatorDraft) -> IndicatorView:
        with self.services.unit_of_work() as uow:
            view = uow.indicators.create(self.programme_id, input_of(data, IndicatorInput))
            return _with_extras(uow, view, data)

    def get(self, record_id: int) -> IndicatorView:
        return self.services.indicators.get(record_id)

    def update(self, record_id: int, data: IndicatorDraft, *, expected_version: int) -> IndicatorView:
        with self.services.unit_of_work() as uow:
            view = uow.indicators.update(
                record_id, input_of(data, IndicatorInput), expected_version=expected_version
            )
            return _with_extras(uow, view, data)

    def delete(self, record_id: int, *, expected_version: int) -> None:
        self.services.indicators.delete(record_id, expected_version=expected_version)


def _with_extras(uow: Services, view: IndicatorView, data: IndicatorDraft) -> IndicatorView:
    if view.age_bands != data.age_bands:
        view = uow.indicators.set_age_bands(view.id, data.age_bands, expected_version=view.version)
    if (view.unit_value, view.unit_value_currency) != (data.unit_value, data.unit_value_currency):
        view = uow.indicators.set_unit_value(
            view.id, data.unit_value, data.unit_value_currency, expected_version=view.version
        )
    return view


@dataclass(frozen=True, kw_only=True)
class PeriodDraft:
    label: str
    start_date: dt.date | None
    end_date: dt.date | None


class Periods:
    entity = "period"

    def __init__(self, services: Services, programme_id: int) -> None:
        self.periods, self.programme_id = services.periods, programme_id

    def create(self, data: PeriodDraft) -> PeriodView:
        return self.periods.create(self.programme_id, data.label, data.start_date, data.end_date)  # type: ignore[arg-type]

    def get(self, record_id: int) -> PeriodView:
        return self.periods.get(record_id)

    def update(self, record_id: int, data: PeriodDraft, *, expected_version: int) -> PeriodView:
        return self.periods.update(
            record_id,
            data.label,
            data.start_date,  # type: ignore[arg-type]
            data.end_date,  # type: ignore[arg-type]
            expected_version=expected_version,
        )

    def delete(self, record_id: int, *, expected_version: int) -> None:
        self.periods.delete(record_id, expected_version=expected_version)


@dataclass(frozen=True, kw_only=True)
class TargetDraft:
    indicator_id: int | None
    #: None: the whole programme.
    project_id: int | None = None
    #: None: the life of the award.
    period_id: int | None = None
    value: Decimal | None = None


class Targets:
    """A target is set for one scope (indicator, project or not, period or not); an edit changes
    its value, and a target for another scope is another target."""

    entity = "target"

    def __init__(self, services: Services, programme_id: int) -> None:
        self.results, self.programme_id = services.results, programme_id

    def create(self, data: TargetDraft) -> TargetView:
        indicator_id = _chosen_indicator(data)
        if self._same_scope(data) is not None:
            raise DuplicateError(
                FieldProblem(
                    "indicator", "already has a target for this project and period; edit that one instead"
                )
            )
        return self.results.set_target(indicator_id, _value(data), data.project_id, data.period_id)

    def get(self, record_id: int) -> TargetView:
        for target in self.results.find_targets(programme_id=self.programme_id):
            if target.id == record_id:
                return target
        raise NotFoundError("target", f"#{record_id}")

    def update(self, record_id: int, data: TargetDraft, *, expected_version: int) -> TargetView:
        current = self.get(record_id)
        if current.version != expected_version:
            raise ConflictError("target", f"#{record_id}", None, None)
        if (current.indicator_id, current.project_id, current.period_id) != (
            data.indicator_id,
            data.project_id,
            data.period_id,
        ):
            raise ValidationError.single(
                "indicator", "a target keeps its indicator, project and period; add another target instead"
            )
        return self.results.set_target(current.indicator_id, _value(data), data.project_id, data.period_id)

    def delete(self, record_id: int, *, expected_version: int) -> None:
        self.results.delete_target(record_id, expected_version=expected_version)

    def _same_scope(self, data: TargetDraft) -> TargetView | None:
        for target in self.results.find_targets(indicator_id=data.indicator_id):
            if (target.project_id, target.period_id) == (data.project_id, data.period_id):
                return target
        return None


def _chosen_indicator(data: TargetDraft) -> int:
    if data.indicator_id is None:
        raise ValidationError.single("indicator", "is required")
    return data.indicator_id


def _value(data: TargetDraft) -> Decimal:
    if data.value is None:
        raise ValidationError.single("target", "is required")
    return data.value


@dataclass(frozen=True)
class ProgrammeContents:
    """What a programme's deletion takes with it and its undo puts back, by the ids they had."""

    indicators: tuple[tuple[int, IndicatorDraft], ...]
    periods: tuple[tuple[int, PeriodDraft], ...]
    targets: tuple[TargetDraft, ...]
    headline_id: int | None


class Programmes:
    """Programmes, with their indicators, reporting periods and targets kept on deletion and put
    back by its undo (under new ids, which ``moved(kind, old, new)`` is told of)."""

    entity = "programme"

    def __init__(self, services: Services, moved: Callable[[str, int, int], None]) -> None:
        self.services, self._moved = services, moved

    def create(self, data: ProgrammeInput) -> ProgrammeView:
        # The headline indicator is named again once the indicators are back (restore).
        return self.services.programmes.create(replace(data, headline_indicator_id=None))

    def get(self, record_id: int) -> ProgrammeView:
        return self.services.programmes.get(record_id)

    def update(self, record_id: int, data: ProgrammeInput, *, expected_version: int) -> ProgrammeView:
        return self.services.programmes.update(record_id, data, expected_version=expected_version)

    def delete(self, record_id: int, *, expected_version: int) -> None:
        self.services.programmes.delete(record_id, expected_version=expected_version)

    def keep(self, programme_id: int) -> ProgrammeContents:
        services = self.services
        return ProgrammeContents(
            indicators=tuple(
                (i.id, input_of(i, IndicatorDraft)) for i in services.indicators.find(programme_id)
            ),
            periods=tuple((p.id, input_of(p, PeriodDraft)) for p in services.periods.find(programme_id)),
            targets=tuple(
                input_of(t, TargetDraft) for t in services.results.find_targets(programme_id=programme_id)
            ),
            headline_id=services.programmes.get(programme_id).headline_indicator_id,
        )

    def restore(self, programme_id: int, kept: ProgrammeContents) -> None:
        with self.services.unit_of_work() as uow:
            indicators = {old: Indicators(uow, programme_id).create(d).id for old, d in kept.indicators}
            periods = {old: Periods(uow, programme_id).create(d).id for old, d in kept.periods}
            for target in kept.targets:
                period = periods.get(target.period_id) if target.period_id is not None else None
                uow.results.set_target(indicators[_chosen_indicator(target)], _value(target), None, period)
            if kept.headline_id in indicators:
                programme = uow.programmes.get(programme_id)
                headline = replace(
                    input_of(programme, ProgrammeInput), headline_indicator_id=indicators[kept.headline_id]
                )
                uow.programmes.update(programme_id, headline, expected_version=programme.version)
        for kind, mapping in (("indicator", indicators), ("reporting period", periods)):
            for old, new in mapping.items():
                self._moved(kind, old, new)
