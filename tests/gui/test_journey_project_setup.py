"""Journey (b): a programme manager sets up a new project in the app, through the widgets only:
two locations, three budget lines, two tranches approved and paid, an expenditure in TND refused
for a missing rate, the rate added from the message and the expenditure saved, a report submitted.

Only the project itself is created beforehand (the award that makes it is journey (a))."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from diaspora_grants.domain.enums import ProjectStatus, RequirementStatus, TrancheStatus
from diaspora_grants.gui import interaction
from diaspora_grants.gui.main_window import MainWindow
from diaspora_grants.gui.pages.projects_page import ProjectsPage
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.programmes import ProgrammeInput
from diaspora_grants.services.projects import ProjectInput
from diaspora_grants.services.registry import Services

D = Decimal


@pytest.fixture
def project_id(services: Services) -> int:
    programme = services.programmes.create(
        ProgrammeInput(
            code="BHA-2022",
            name="Diaspora BHA",
            start_date=dt.date(2022, 1, 1),
            end_date=dt.date(2023, 3, 31),
        )
    )
    partner = services.organisations.create(
        OrganisationInput(name="Syrian American Medical Society", acronym="SAMS")
    )
    return services.projects.create(
        ProjectInput(
            code="LB-VAX-01",
            title="Rural vaccination",
            programme_id=programme.id,
            partner_id=partner.id,
            country="LB",
            status=ProjectStatus.IMPLEMENTATION,
            grant_amount=D(250000),
            planned_start=dt.date(2022, 5, 1),
            planned_end=dt.date(2023, 2, 28),
        )
    ).id


@pytest.fixture
def page(window: MainWindow, project_id: int) -> ProjectsPage:
    shown = window.show_page("projects")
    assert isinstance(shown, ProjectsPage)
    shown.refresh()
    shown.select_id(project_id)
    return shown


def save(dialog: object) -> None:
    dialog.ok_button.click()  # type: ignore[attr-defined]
    assert not dialog.isVisible(), dialog.general_problem.text()  # type: ignore[attr-defined]


def add_locations(page: ProjectsPage, qtbot: QtBot) -> None:
    panel = page.locations
    page.tabs.setCurrentWidget(panel)
    panel.new_button.click()
    dialog = panel.dialog
    picker = dialog.widgets["name"]
    qtbot.keyClicks(picker.lineEdit(), "Akkar")
    assert dialog.widgets["admin1_code"].text().startswith("LB-AK")
    qtbot.keyClicks(dialog.widgets["pcode"], "LB13")
    save(dialog)

    panel.new_button.click()
    dialog = panel.dialog
    picker = dialog.widgets["name"]
    picker.setCurrentIndex(picker.findData("LB-JL"))  # chosen from the country's list
    qtbot.keyClicks(dialog.widgets["pcode"], "TN15")  # a slip: another country's P-code
    dialog.ok_button.click()
    row = dialog.form.row("p-code")
    assert dialog.isVisible() and row is not None and row.is_marked()
    assert "does not start with LB" in row.message.text()
    dialog.widgets["pcode"].clear()
    qtbot.keyClicks(dialog.widgets["pcode"], "LB15")
    save(dialog)
    assert page.tabs.tabText(page.tabs.indexOf(panel)) == "Locations (2)"


def add_budget(page: ProjectsPage, qtbot: QtBot) -> None:
    panel = page.budget
    page.tabs.setCurrentWidget(panel)
    for code, category, amount in (
        ("PER", "Personnel", "60000"),
        ("ACT", "Activities", "150000"),
        ("SUP", "Supplies", "40000"),
    ):
        panel.new_button.click()
        dialog = panel.dialog
        qtbot.keyClicks(dialog.widgets["code"], code)
        qtbot.keyClicks(dialog.widgets["category"], category)
        qtbot.keyClicks(dialog.widgets["original_amount"], amount)
        save(dialog)


def add_tranches(page: ProjectsPage, qtbot: QtBot) -> None:
    panel = page.tranches
    page.tabs.setCurrentWidget(panel)
    for planned, amount in ((dt.date(2022, 5, 15), "100000"), (dt.date(2022, 8, 15), "100000")):
        panel.new_button.click()
        dialog = panel.dialog
        dialog.widgets["planned_date"].set_value(planned)
        qtbot.keyClicks(dialog.widgets["planned_amount"], amount)
        save(dialog)
    for row in range(2):
        panel.table.selectRow(row)
        assert panel.approve_button.isEnabled() and panel.approve_button.property("primary")
        assert not panel.pay_button.isEnabled()
        assert "Record payment: tranche" in panel.note.text() and "approve it first" in panel.note.text()
        panel.approve_button.click()
        assert panel.pay_button.isEnabled() and panel.pay_button.property("primary")
        panel.pay_button.click()
        payment = panel.payment_dialog
        payment.actual_date.set_value(dt.date(2022, 5, 20) if row == 0 else dt.date(2022, 8, 22))
        payment.ok_button.click()
        assert not payment.isVisible()


def add_expenditure_in_dinars(page: ProjectsPage, qtbot: QtBot) -> None:
    panel = page.expenditure
    page.tabs.setCurrentWidget(panel)
    panel.new_button.click()
    dialog = panel.dialog
    dialog.widgets["spent_on"].set_value(dt.date(2022, 7, 20))
    qtbot.keyClicks(dialog.widgets["amount"], "9150")
    dialog.widgets["currency"].set_value("TND")
    dialog.widgets["budget_line_id"].setCurrentIndex(
        dialog.widgets["budget_line_id"].findText("SUP – Supplies")
    )
    dialog.ok_button.click()

    assert dialog.isVisible() and dialog.rate_problem.isVisible()
    assert "no exchange rate for TND against USD in 2022-07" in dialog.rate_message.text()
    assert dialog.add_rate_button.text() == "Add the TND rate for 2022-07…"
    dialog.add_rate_button.click()
    rate = panel.rate_dialog
    assert rate is not None and rate.isVisible()
    assert (rate.widgets["currency"].value(), rate.widgets["base_currency"].value()) == ("TND", "USD")
    assert rate.widgets["month"].value() == dt.date(2022, 7, 1)
    qtbot.keyClicks(rate.widgets["units_per_base"], "3.05")
    save(rate)
    assert not dialog.isVisible(), "the expenditure is saved once its rate is there"


def submit_a_report(page: ProjectsPage, qtbot: QtBot) -> None:
    panel = page.requirements
    page.tabs.setCurrentWidget(panel)
    panel.new_button.click()
    dialog = panel.dialog
    qtbot.keyClicks(dialog.widgets["title"], "Quarterly report 2022-Q3")
    dialog.widgets["due_date"].set_value(dt.date(2022, 10, 31))
    save(dialog)
    panel.table.selectRow(0)
    assert not panel.accept_button.isEnabled() and "mark it submitted first" in panel.note.text()
    panel.submit_button.click()
    step = panel.step_dialog
    assert step is not None and step.day.value() == dt.date(2022, 9, 15)
    step.ok_button.click()
    assert panel.accept_button.isEnabled()


def test_a_new_project_is_set_up_entirely_in_the_app(
    window: MainWindow,
    page: ProjectsPage,
    qtbot: QtBot,
    services: Services,
    project_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(interaction, "confirm", lambda _w, _t, question, **_k: asked.append(question) or True)

    add_locations(page, qtbot)
    add_budget(page, qtbot)
    add_tranches(page, qtbot)
    add_expenditure_in_dinars(page, qtbot)
    submit_a_report(page, qtbot)

    project = services.projects.get(project_id)
    assert [(loc.name, loc.admin1_code, loc.pcode) for loc in project.locations] == [
        ("Akkar", "LB-AK", "LB13"),
        ("Mount Lebanon", "LB-JL", "LB15"),
    ]
    lines = services.finance.budget_lines(project_id)
    assert [(b.code, b.original_amount) for b in lines] == [
        ("ACT", D(150000)),
        ("PER", D(60000)),
        ("SUP", D(40000)),
    ]
    tranches = services.finance.tranches(project_id)
    assert [(t.number, t.status, t.actual_date, t.actual_amount) for t in tranches] == [
        (1, TrancheStatus.PAID, dt.date(2022, 5, 20), D(100000)),
        (2, TrancheStatus.PAID, dt.date(2022, 8, 22), D(100000)),
    ]
    assert all("not undone with Undo" in question for question in asked) and len(asked) == 2
    [spent] = services.finance.expenditures(project_id)
    assert (spent.amount, spent.currency, spent.budget_line_code) == (D(9150), "TND", "SUP")
    [rate] = services.exchange_rates.find(currency="TND")
    assert (rate.month, rate.units_per_base) == (dt.date(2022, 7, 1), D("3.05"))
    [report] = services.requirements.find(project_id=project_id)
    assert (report.status, report.submitted_on) == (RequirementStatus.SUBMITTED, dt.date(2022, 9, 15))
    # The summary above the tabs follows: paid, spent in dollars at July's rate.
    assert page.summary["Disbursed"].text().startswith("200,000.00 USD paid")
    assert page.summary["Spent"].text().startswith("3,000.00 USD")
    assert page.summary["Where"].text() == "Lebanon: Akkar, Mount Lebanon"
