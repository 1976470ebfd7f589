"""Write docs/examples/narrative-final-report.pdf: the demo programme's final report as a reporting
officer would send it (narrative written, variances explained), with PNG renders of its first pages.

    PYTHONPATH=src python scripts/narrative_example.py [--out docs/examples] [--pages 4]

Needs pdftoppm (poppler-utils) for the PNG pages. Prints how long the PDF took.
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import tempfile
import time
from pathlib import Path

from diaspora_grants.db.engine import Database
from diaspora_grants.db.migrate import upgrade_to_head
from diaspora_grants.demo.loader import load_demo
from diaspora_grants.services.context import ServiceContext
from diaspora_grants.services.narratives import NarrativeInput, OutcomeInput
from diaspora_grants.services.registry import Services

BHA = "BHA-DIASPORA-2022"
SECTIONS = {
    "executive_summary": (
        "Between January 2022 and March 2023 six diaspora organisations reached 1,565,000 people "
        "directly in Lebanon, Tunisia and Zimbabwe, above the target of 1,500,000, and an estimated "
        "2,450,000 more through media content. 444,000 children were vaccinated in rural areas, 24 "
        "classrooms were rebuilt and 4,450 people were trained in media literacy.\n"
        "Partners spent 1,390,404 USD of the 1,580,000 USD awarded to them; the last tranches were paid "
        "after the final reports were accepted."
    ),
    "context": (
        "COVID-19 left rural districts with low vaccination rates and schools closed for months. In "
        "Lebanon the currency crisis raised the price of fuel and transport; in Zimbabwe the vaccine "
        "supply improved from mid-2022. The programme worked with municipalities and health "
        "directorates in each country."
    ),
    "challenges": (
        "Fuel shortages in Akkar and Baalbek-Hermel delayed the mobile vaccination teams by three "
        "weeks; the partner rented generators and worked on weekends to catch up.\n"
        "Supplies cost more than planned everywhere: the over-spent supply lines were covered by "
        "savings on staff and approved by the programme manager."
    ),
    "lessons_learned": (
        "Diaspora organisations reached communities that international agencies did not: their "
        "local committees knew the villages. Agreeing the counting of people with each partner at the "
        "start kept the figures comparable."
    ),
    "accountability": (
        "Each project had a complaints line and a feedback box at every site; 312 pieces of feedback "
        "were received, mostly about waiting times, and vaccination hours were extended in response."
    ),
    "psea": (
        "All partner staff and volunteers signed the code of conduct and were trained on protection "
        "from sexual exploitation and abuse; reporting channels were posted at every site. No case "
        "was reported."
    ),
    "risks": "None remain for this programme: it has ended. Equipment was handed over to the municipalities.",
    "next_period": (
        "A report on coordination between humanitarian actors and diaspora organisations follows the "
        "closing event of 25 January 2023 in Tunis."
    ),
}
OUTCOMES = (
    (
        "Communities recover from COVID-19 with vaccination and safe schools",
        "Vaccination teams reached 444,000 children in Akkar, Baalbek-Hermel, Manicaland and "
        "Mashonaland East; 24 classrooms reopened in Matabeleland South and Masvingo.\n"
        "Au Liban, la Society for the Advancement of Science and Technology in the Arab World "
        "(جمعية النهوض بالعلوم والتكنولوجيا في العالم العربي) a coordonné les équipes mobiles.",
        ("BHA-1", "BHA-4", "BHA-5", "BHA-6"),
    ),
    (
        "People tell reliable information from misinformation",
        "4,450 people were trained in media literacy in Beirut, Mount Lebanon, Tunis, Kairouan and "
        "Gafsa; the Fédération des Tunisiens pour une Citoyenneté des deux Rives (FTCR) ran the "
        "sessions in Tunisia. 3,900 young people completed youth development activities.",
        ("BHA-2", "BHA-3", "BHA-7", "BHA-8"),
    ),
)
EXPLANATIONS = {
    "BHA-2": "Radio partners broadcast the campaign twice as often as planned, at no extra cost.",
    "BHA-3": "Trainings in Gafsa were cut short by the summer heat; the last sessions were held online.",
    "BHA-5": "Health directorates asked for a second round of vaccination in the same villages.",
    "BHA-6": "The second round doubled the doses administered.",
}
SUPPLIES = "Supplies cost more after the currency crisis; covered by savings on staff, approved on 2022-11-15."


def write_narrative(services: Services) -> int:
    programme_id = services.programmes.find_id(BHA)
    assert programme_id is not None
    periods = [p.id for p in services.periods.find(programme_id)]
    indicators = {i.code: i.id for i in services.indicators.find(programme_id)}
    outcomes = tuple(
        OutcomeInput(title=title, text=text, indicator_ids=tuple(indicators[c] for c in codes))
        for title, text, codes in OUTCOMES
    )
    services.programmes.save_narrative(
        programme_id, periods[0], periods[-1], NarrativeInput(sections=SECTIONS, outcomes=outcomes),
        expected_version=0,
    )  # fmt: skip
    for code, text in EXPLANATIONS.items():
        services.programmes.explain_indicator(indicators[code], None, text)
    for project in services.projects.find(programme_id=programme_id):
        for line in services.finance.budget_lines(project.id):
            if line.code == "SUP":
                services.programmes.explain_budget_line(line.id, SUPPLIES)
    return programme_id


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("docs/examples"))
    parser.add_argument("--pages", type=int, default=4)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        database = Database(f"sqlite:///{Path(folder) / 'demo.sqlite'}")
        upgrade_to_head(database)
        context = ServiceContext(
            database=database, user="Amira Haddad", documents_dir=Path(folder), today=lambda: dt.date(2023, 5, 15)
        )
        services = Services(context)
        load_demo(services)
        programme_id = write_narrative(services)
        pdf = args.out / "narrative-final-report.pdf"
        started = time.perf_counter()
        result = services.exports.write_narrative_report(
            programme_id, dt.date(2022, 1, 1), dt.date(2023, 3, 31), pdf, report_type="final",
            prepared_by="Amira Haddad, programme manager", annex="BHA-DIASPORA-2022-donor-final.xlsx",
        )  # fmt: skip
        seconds = time.perf_counter() - started
        database.dispose()
    print(f"wrote {pdf} ({result.rows} pages, {pdf.stat().st_size:,} bytes) in {seconds:.2f} s")
    prefix = args.out / "narrative-page"
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-l", str(args.pages), str(pdf), str(prefix)], check=True)
    for png in sorted(args.out.glob("narrative-page-*.png")):
        number = int(png.stem.rsplit("-", 1)[1])
        png.rename(args.out / f"narrative-page-{number}.png")


if __name__ == "__main__":
    main()
