"""The IATI Standard's own rules, applied to an activity file: its ruleset and its codelists.

The schema (XSD) says what may appear where; the Standard says more, in two published forms that
the IATI validator applies and that are shipped in `iati_data/` with their versions:
- the ruleset (IATI-Rulesets `rulesets/standard.json`): rules such as "percentages of recipient
  countries add up to 100" or "the actual start date is not in the future", each with its id;
- the codelists and the mapping of each attribute to its codelist (IATI-Codelists `mapping.xml`).

The rule kinds follow the ruleset's SPEC.rst and the validator's implementation (JS edition).
Two conditions need the IATI Registry and cannot be known offline: "NOT_EXISTING_ORG_ID(_PREFIX)"
(skip a rule when an identifier belongs to a registered publisher); the rule is applied anyway,
which is the stricter choice. A value whose codelist is not shipped is reported as unchecked.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib import resources
from typing import Any

from lxml import etree

XML_NS = {"xml": "http://www.w3.org/XML/1998/namespace"}


@dataclass(frozen=True)
class RuleOutcome:
    """One rule applied to one element: passed True/False, or None when it did not apply."""

    rule_id: str
    kind: str
    severity: str
    message: str
    passed: bool | None
    where: str


@cache
def _data(name: str) -> Any:
    text = resources.files("diaspora_grants.reporting").joinpath("iati_data", name).read_text("utf-8")
    return json.loads(text)


def ruleset() -> dict[str, Any]:
    return dict(_data("standard.json"))


def codelists() -> dict[str, Any]:
    return dict(_data("codelists.json"))


def _xpath(element: etree._Element, path: str) -> Any:
    return element.xpath(path, namespaces=XML_NS)


def _texts(element: etree._Element, paths: list[str]) -> list[str]:
    found: list[str] = []
    for path in paths:
        for match in _xpath(element, path):
            found.append(match.text or "" if isinstance(match, etree._Element) else str(match))
    return found


def _date(element: etree._Element, path: str, now: dt.datetime) -> dt.datetime | None:
    if path == "NOW":
        return now
    found = _xpath(element, path)
    if not found:
        return None
    text = str(found[0])
    try:
        return dt.datetime.fromisoformat(text[:19]) if "T" in text else dt.datetime.fromisoformat(text[:10])
    except ValueError:
        return None


class _Rule:
    """The rule kinds of the ruleset, each returning True/False, or None when it does not apply."""

    def __init__(
        self, element: etree._Element, case: dict[str, Any], now: dt.datetime, prefixes: frozenset[str]
    ):
        self.element, self.case, self.now, self.prefixes = element, case, now, prefixes
        self.texts = _texts(element, case.get("paths", []))

    def atleast_one(self) -> bool:
        return len(self.texts) >= 1

    def no_more_than_one(self) -> bool:
        return len(self.texts) <= 1

    def unique(self) -> bool:
        return len(self.texts) == len(set(self.texts))

    def no_spaces(self) -> bool:
        return all(text == text.strip() for text in self.texts)

    def regex_matches(self) -> bool:
        pattern = re.compile(self.case["regex"])
        return all(text == "" or pattern.search(text) for text in self.texts)

    def strict_sum(self) -> bool:
        try:
            total = sum((Decimal(text) for text in self.texts), Decimal(0))
        except InvalidOperation:
            return False
        return round(total, 4) == Decimal(str(self.case["sum"]))

    def range(self) -> bool:
        low, high = (
            Decimal(str(self.case.get("min", "-Infinity"))),
            Decimal(str(self.case.get("max", "Infinity"))),
        )
        try:
            return all(low <= Decimal(text) <= high for text in self.texts)
        except InvalidOperation:
            return False

    def startswith(self) -> bool:
        if self.case["prefix"] == ["ORG-ID-PREFIX"]:
            return all("-".join(text.split("-")[:2]) in self.prefixes for text in self.texts)
        starts = _texts(self.element, self.case["prefix"])
        separator = self.case.get("separator", "")
        return all(any(text.startswith(start + separator) for start in starts) for text in self.texts)

    def one_or_all(self) -> bool:
        if _xpath(self.element, self.case["one"]):
            return True
        every = self.case["all"]
        if every == "lang":
            return all(_xpath(n, "@xml:lang") for n in _xpath(self.element, "descendant::narrative"))
        if every == "sector":
            return all(_xpath(t, "sector") for t in _xpath(self.element, "transaction"))
        if every == "currency":
            paths = ("value", "forecast", "loan-status")
            return all(
                _xpath(v, "@currency") for p in paths for v in _xpath(self.element, f"descendant::{p}")
            )
        return True

    def if_then(self) -> bool:
        return (
            bool(_xpath(self.element, self.case["then"])) if _xpath(self.element, self.case["if"]) else True
        )

    def date_order(self) -> bool | None:
        less, more = (
            _date(self.element, self.case["less"], self.now),
            _date(self.element, self.case["more"], self.now),
        )
        return None if less is None or more is None else less <= more

    def date_now(self) -> bool | None:
        day = _date(self.element, self.case["date"], self.now)
        return None if day is None else day <= self.now

    def time_limit(self) -> bool | None:
        start, end = (
            _date(self.element, self.case["start"], self.now),
            _date(self.element, self.case["end"], self.now),
        )
        return None if start is None or end is None else (end - start).days <= 365


def _cases(rules: dict[str, Any], kind: str) -> Iterator[tuple[str, dict[str, Any]]]:
    for case in rules["cases"]:
        if kind != "loop":
            yield kind, case
            continue
        for sub_kind, sub in case["do"].items():
            for sub_case in sub["cases"]:
                yield "loop:" + sub_kind, {**sub_case, "_foreach": case["foreach"], "_subs": case["subs"]}


def check_ruleset(tree: etree._ElementTree, now: dt.datetime | None = None) -> list[RuleOutcome]:
    """Every rule of the Standard's ruleset applied to every element it concerns."""
    moment = now or dt.datetime.now()
    prefixes = frozenset(codelists()["codelists"]["OrganisationRegistrationAgency"]["codes"])
    outcomes: list[RuleOutcome] = []
    for context, kinds in ruleset().items():
        for element in tree.xpath(context):
            where = _where(element)
            for kind, rules in kinds.items():
                for name, case in _cases(rules, kind):
                    for passed, concrete in _apply(element, name, case, moment, prefixes):
                        info = concrete["ruleInfo"]
                        outcomes.append(
                            RuleOutcome(info["id"], name, info["severity"], info["message"], passed, where)
                        )
    return outcomes


def _apply(
    element: etree._Element, name: str, case: dict[str, Any], now: dt.datetime, prefixes: frozenset[str]
) -> Iterator[tuple[bool | None, dict[str, Any]]]:
    cases = [case]
    if name.startswith("loop:"):
        values = sorted({str(v) for v in _xpath(element, case["_foreach"])})
        cases = [_substituted(case, value) for value in values]
        name = name.removeprefix("loop:")
    for concrete in cases:
        if "condition" in concrete and not _xpath(element, concrete["condition"]):
            yield None, concrete
            continue
        yield getattr(_Rule(element, concrete, now, prefixes), name)(), concrete


def _substituted(case: dict[str, Any], value: str) -> dict[str, Any]:
    out = dict(case)
    for key in case["_subs"]:
        item = case[key]
        out[key] = (
            item.replace("$1", value) if isinstance(item, str) else [x.replace("$1", value) for x in item]
        )
    return out


@dataclass(frozen=True)
class CodeOutcome:
    path: str
    codelist: str
    value: str
    passed: bool | None  # None: the codelist is not shipped, so the value is unchecked
    where: str


def check_codelists(tree: etree._ElementTree) -> list[CodeOutcome]:
    """Every coded value against its codelist, by the Standard's mapping (with its conditions)."""
    data = codelists()
    lists = {name: frozenset(c["codes"]) for name, c in data["codelists"].items()}
    outcomes = []
    for rule in data["mapping"]:
        path = rule["path"].replace("//iati-activities/", "/iati-activities/", 1)
        *parent, last = path.split("/")
        for element in tree.xpath("/".join(parent) if last.startswith("@") or last == "text()" else path):
            if rule["condition"] and not _xpath(element, rule["condition"]):
                continue
            values = _xpath(element, last) if last.startswith("@") or last == "text()" else [element.text]
            for value in values:
                codes = lists.get(rule["codelist"])
                passed = None if codes is None else str(value) in codes
                outcomes.append(
                    CodeOutcome(rule["path"], rule["codelist"], str(value), passed, _where(element))
                )
    return outcomes


def _where(element: etree._Element) -> str:
    activity = next((a for a in element.iterancestors("iati-activity")), element)
    identifier = activity.findtext("iati-identifier") if activity.tag == "iati-activity" else None
    return f"{identifier or '?'}: {element.getroottree().getpath(element)}"
