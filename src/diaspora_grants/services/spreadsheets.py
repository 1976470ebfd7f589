"""Spreadsheets that go out to be filled or kept: partner results templates and the data workbook.

The queries are here; the layout is in reporting (results_template, data_workbook); reading them
back in is the importer's.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import Indicator, Period, Programme, Project, Result
from ..domain.enums import UNKNOWN_AGE_BAND
from ..domain.errors import NotFoundError, ValidationError
from ..domain.wording import QT_TRANSLATE_NOOP, say
from ..reporting.data_format import ALL_SHEETS
from ..reporting.data_workbook import write_data_workbook
from ..reporting.results_template import (
    FigureKey,
    StoredFigure,
    TemplateData,
    TemplateIndicator,
    TemplateInfo,
    write_template,
)
from ..reporting.template_language import TemplateLanguage, language_of
from . import data_rows
from .award_rows import AWARD_ROWS
from .base import Service
from .narrative_rows import NARRATIVE_ROWS
from .programmes import ProgrammeService

__all__ = ["SpreadsheetService", "TemplateInfo"]


class SpreadsheetService(Service):
    entity = "spreadsheet"

    def write_results_template(
        self, project_code: str, period_label: str, out: Path | str, language: str = "en"
    ) -> TemplateInfo:
        """Write the results template of one project and period to `out` (atomically), in the
        partner's language: "en", "fr" or "ar"."""
        return write_template(self.template_data(project_code, period_label, language), Path(out))

    def template_data(self, project_code: str, period_label: str, language: str = "en") -> TemplateData:
        chosen = _language(language)
        with self._read() as session:
            project = self._get_by(session, Project, "project", code=project_code)
            programme: Programme = project.programme
            try:
                period = self._get_by(
                    session, Period, "period", programme_id=programme.id, label=period_label
                )
            except NotFoundError:
                raise ValidationError.single(
                    "period",
                    say(
                        QT_TRANSLATE_NOOP("Core", "programme {code} has no period '{value}'"),
                        code=programme.code,
                        value=period_label.strip(),
                    ),
                ) from None
            indicators = session.scalars(
                select(Indicator)
                .where(Indicator.programme_id == programme.id)
                .order_by(Indicator.position, Indicator.id)
            )
            return TemplateData(
                programme_code=programme.code,
                programme_name=programme.name,
                project_id=project.id,
                project_code=project.code,
                project_title=project.title,
                period_id=period.id,
                period_label=period.label,
                period_start=period.start_date,
                period_end=period.end_date,
                indicators=tuple(
                    TemplateIndicator(i.id, i.code, i.name, i.unit, i.disaggregated) for i in indicators
                ),
                locations=tuple(
                    (loc.id, loc.name)
                    for loc in sorted(project.locations, key=lambda x: (x.name.casefold(), x.name))
                ),
                population_groups=tuple(programme.population_groups),
                age_bands=(*programme.age_bands, UNKNOWN_AGE_BAND),
                existing=_figures(session, project.id, period.id),
                language=chosen,
                narrative=self._partner_narrative(project.id, period.id),
            )

    def _partner_narrative(self, project_id: int, period_id: int) -> dict[str, str]:
        return dict(ProgrammeService(self.context).partner_narrative(project_id, period_id).sections)

    def write_data_workbook(self, out: Path | str, programme_code: str | None = None) -> dict[str, int]:
        """Every record (of all programmes, or of one) on a sheet per entity, keyed by natural keys;
        returns the number of rows per sheet."""
        with self._read() as session:
            programme_ids = None
            if programme_code is not None:
                programme_ids = {self._get_by(session, Programme, "programme", code=programme_code).id}
            scope = data_rows.Scope.load(session, programme_ids)
            rows = {**data_rows.ROWS, **AWARD_ROWS, **NARRATIVE_ROWS}
            sheets = ((spec, rows[spec.name](session, scope)) for spec in ALL_SHEETS)
            return write_data_workbook(Path(out), sheets)


def _language(code: str) -> TemplateLanguage:
    try:
        return language_of(code)
    except ValueError as error:
        raise ValidationError.single("language", str(error)) from None


def _figures(session: Session, project_id: int, period_id: int) -> dict[FigureKey, StoredFigure]:
    found = {}
    for r in session.scalars(
        select(Result).where(Result.project_id == project_id, Result.period_id == period_id)
    ):
        key = (r.indicator_id, r.location_id, r.population_group, r.sex.value if r.sex else None, r.age_band)
        found[key] = StoredFigure(r.value, r.source, r.note)
    return found
