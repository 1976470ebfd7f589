"""The EU-funded RDPP North Africa programme in Egypt: the "Living Together" clickfunding campaign."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

PROGRAMME_CODE = "RDPP-NA-EG"
PROJECT_CODE = "EG-LT-01"

#: The campaign's partners, as described publicly (a start-up, an award-winning initiative, a
#: foundation, a cultural institute); their names here are placeholders.
CAMPAIGN_PARTNERS = (
    ("Living Together start-up partner", "private sector"),
    ("Living Together award-winning initiative", "other"),
    ("Living Together foundation partner", "NGO"),
    ("Living Together cultural institute", "other"),
)

#: Engagement is not reach: these indicators count clicks and points, never people.
ENGAGEMENT = (
    # code, name, unit, counting, first three days, first week (cumulative for points), target
    ("CAMP-VIEWS", "Campaign views", "views", "non-cumulative", 176000, None, None),
    ("CAMP-LIKES", "Campaign likes", "likes", "non-cumulative", 16000, None, None),
    ("CAMP-SHARES", "Campaign shares", "shares", "non-cumulative", 3000, None, None),
    ("CAMP-COMMENTS", "Campaign comments", "comments", "non-cumulative", 2000, None, None),
    (
        "CAMP-POINTS",
        "Clickfunding points raised (1 EGP per point)",
        "points",
        "cumulative",
        312000,
        486000,
        1000000,
    ),
)

PERIODS = (
    ("Launch days 1-3", dt.date(2022, 6, 1), dt.date(2022, 6, 3)),
    ("Launch days 4-7", dt.date(2022, 6, 4), dt.date(2022, 6, 7)),
)

PROGRAMME_START, PROGRAMME_END = dt.date(2022, 1, 1), dt.date(2022, 12, 31)
GRANT_EUR = Decimal(150000)
SDG_GOALS = ("4", "10", "17")
