"""The HXL hashtags and attributes our files use: the standard's where one exists, ours otherwise.

STANDARD_* are the core hashtags and attributes offered by the HXL standard's own hashtag chooser
(HXLStandard/hxl-hashtag-chooser, hxl-knowledge-base.json, commit c3509e8, 2021-09-21), which
follows the HXL 1.1 dictionary. Where the standard has nothing for what we publish, the hashtag
starts with #x_ (HXL's convention for custom hashtags) or the attribute is listed in CUSTOM_* with
the reason; `tag_problems` says what else a tag uses.
"""

from __future__ import annotations

import re

STANDARD_HASHTAGS = frozenset(
    [
        "access",
        "activity",
        "adm1",
        "adm2",
        "adm3",
        "adm4",
        "adm5",
        "affected",
        "beneficiary",
        "capacity",
        "cause",
        "channel",
        "contact",
        "country",
        "crisis",
        "currency",
        "date",
        "description",
        "event",
        "frequency",
        "geo",
        "group",
        "impact",
        "indicator",
        "inneed",
        "item",
        "loc",
        "meta",
        "modality",
        "need",
        "org",
        "output",
        "population",
        "reached",
        "region",
        "respondee",
        "sector",
        "service",
        "severity",
        "status",
        "subsector",
        "targeted",
        "value",
    ]
)
STANDARD_ATTRIBUTES = frozenset(
    [
        "abducted",
        "activity",
        "adolescents",
        "adults",
        "asylum",
        "bool",
        "budget",
        "c_eur",
        "c_gbp",
        "c_usd",
        "camp",
        "children",
        "cluster",
        "code",
        "dest",
        "disbursement",
        "displaced",
        "elderly",
        "elev",
        "email",
        "end",
        "expenditure",
        "f",
        "facility",
        "funding",
        "hh",
        "i",
        "i_ar",
        "i_en",
        "i_es",
        "i_fr",
        "i_pt",
        "i_sw",
        "id",
        "idps",
        "impl",
        "incoming",
        "ind",
        "infants",
        "injured",
        "killed",
        "lat",
        "latlon",
        "lon",
        "m",
        "market",
        "name",
        "num",
        "occurred",
        "origin",
        "outgoing",
        "pct",
        "phone",
        "prog",
        "programme",
        "project",
        "refugees",
        "reported",
        "reporting",
        "source",
        "start",
        "transfer",
        "type",
        "url",
        "v_iso2",
        "v_iso3",
        "v_pcodes",
        "value",
    ]
)
#: Attributes the standard does not have, and why we need them.
CUSTOM_ATTRIBUTES = {
    "sex_unknown": "people whose sex was not recorded (kept apart, as on the IPTT)",
    "age_unknown": "people whose age was not recorded (kept apart, as on the IPTT)",
    "new": "of which reached for the first time in the period",
    "disabled": "persons with disabilities",
    "est": "an estimate (media audiences)",
    "v_dac": "OECD DAC 5-digit purpose codes, named like the standard's v_iso2 / v_pcodes vocabularies",
    "method": "how duplicates were removed",
    "counted": "whether the overlap rule counts the row in the headline",
    "counting": "how a metric's periods add up (running total or per period)",
    "sdg": "UN Sustainable Development Goals",
    "target": "the target of an indicator",
    "c_local": "the amount in the local currency named in #currency",
}
#: Age-band attributes of bands other than HXL's children / adults / elderly (e.g. +age_0_4).
AGE_BAND = re.compile(r"age_[0-9a-z_]+")
#: Currency attributes follow the standard's c_xxx pattern (c_usd, c_eur, c_egp ...).
CURRENCY = re.compile(r"c_[a-z]{3}")


def tag_problems(tag: str) -> list[str]:
    """What in a tag is neither the standard's nor a declared custom hashtag or attribute."""
    hashtag, *attributes = tag.lstrip("#").split("+")
    problems = []
    if hashtag not in STANDARD_HASHTAGS and not hashtag.startswith("x_"):
        problems.append(f"{tag}: #{hashtag} is not an HXL hashtag and not custom (#x_...)")
    for attribute in attributes:
        known = (
            attribute in STANDARD_ATTRIBUTES
            or attribute in CUSTOM_ATTRIBUTES
            or AGE_BAND.fullmatch(attribute)
            or CURRENCY.fullmatch(attribute)
        )
        if not known:
            problems.append(f"{tag}: +{attribute} is neither an HXL attribute nor a declared one")
    return problems
