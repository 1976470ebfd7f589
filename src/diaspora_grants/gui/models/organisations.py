"""The partners table: one row per organisation."""

from __future__ import annotations

from typing import ClassVar

from ...services.organisations import ContactView, OrganisationView
from ..colours import DUE_DILIGENCE_COLOURS, DUE_DILIGENCE_TEXT
from ..iso_names import country_name
from ..labels import QT_TRANSLATE_NOOP, label_of
from .table_model import Column, RowTableModel


def _countries(codes: tuple[str, ...]) -> str:
    return ", ".join(country_name(c) for c in codes)


class OrganisationTableModel(RowTableModel[OrganisationView]):
    COL_NAME, COL_ACRONYM, COL_TYPE, COL_HQ, COL_OPERATES, COL_DD, COL_EXPIRY, COL_RISK = range(8)
    COLUMNS: ClassVar = (
        Column[OrganisationView](QT_TRANSLATE_NOOP("Columns", "Name"), lambda o: o.name),
        Column[OrganisationView](QT_TRANSLATE_NOOP("Columns", "Acronym"), lambda o: o.acronym),
        Column[OrganisationView](QT_TRANSLATE_NOOP("Columns", "Type"), lambda o: o.type),
        Column[OrganisationView](
            QT_TRANSLATE_NOOP("Columns", "Headquarters"),
            lambda o: country_name(o.hq_country) if o.hq_country else None,
        ),
        Column[OrganisationView](
            QT_TRANSLATE_NOOP("Columns", "Operates in"), lambda o: _countries(o.operating_countries)
        ),
        Column[OrganisationView](
            QT_TRANSLATE_NOOP("Columns", "Due diligence"),
            lambda o: o.dd_status,
            text=lambda o: (
                f"{label_of(o.dd_status)} ({DUE_DILIGENCE_TEXT[o.dd_state]})"
                if o.dd_state in ("expiring", "expired")
                else label_of(o.dd_status)
            ),
            colour=lambda o: DUE_DILIGENCE_COLOURS.get(o.dd_state),
        ),
        Column[OrganisationView](
            QT_TRANSLATE_NOOP("Columns", "DD expiry"),
            lambda o: o.dd_expiry,
            colour=lambda o: DUE_DILIGENCE_COLOURS.get(o.dd_state),
        ),
        Column[OrganisationView](QT_TRANSLATE_NOOP("Columns", "Risk"), lambda o: o.risk_rating),
    )


class ContactTableModel(RowTableModel[ContactView]):
    COL_NAME, COL_ROLE, COL_EMAIL, COL_PHONE = range(4)
    COLUMNS: ClassVar = (
        Column[ContactView](QT_TRANSLATE_NOOP("Columns", "Name"), lambda c: c.name),
        Column[ContactView](QT_TRANSLATE_NOOP("Columns", "Role"), lambda c: c.role),
        Column[ContactView](QT_TRANSLATE_NOOP("Columns", "E-mail"), lambda c: c.email),
        Column[ContactView](QT_TRANSLATE_NOOP("Columns", "Phone"), lambda c: c.phone),
    )
