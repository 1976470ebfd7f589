"""Hostile text for the fuzz tests: right-to-left scripts, emoji, formulas, huge and blank strings."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

#: Letters of several scripts, with bidi controls, combining marks and emoji between them.
SCRIPTS = (
    "abcXYZ019 -_.,'&/"
    "مرحبا بالعالم منظمة"  # Arabic
    "שלום עולם"  # Hebrew
    "ܫܠܡܐ"  # Syriac
    "\u200f\u200e\u202b\u202c\u2066\u2069"  # RTL/LTR marks and isolates
    "éñüçß\u0301"
    "中文日本語한국어"
    "😀🇸🇳👩‍👩‍👧‍👦🏳️‍🌈"
    "=+-@\t\r\n"
)

#: Text without control characters that a workbook cannot hold (the real files' limits).
words = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=40
) | st.text(alphabet=SCRIPTS, max_size=60)
huge = st.builds(
    lambda piece, times: piece * times,
    st.sampled_from(["x", "مرحبا ", "😀", "=1+1 "]),
    st.integers(300, 40_000),
)
formulas = st.sampled_from(
    ["=1+1", '=HYPERLINK("http://x","y")', "@SUM(1)", "+1", "-1", "\t=1", "=cmd|' /C calc'!A0"]
)
hostile_text = words | huge | formulas | st.just("") | st.just("   ")
optional_text = st.none() | hostile_text

hostile_decimals = st.one_of(
    st.decimals(allow_nan=True, allow_infinity=True, places=None),
    st.sampled_from([Decimal("NaN"), Decimal("-1"), Decimal("-0.01"), Decimal("1e30"), Decimal("sNaN")]),
    st.decimals(min_value=0, max_value=10**12, places=2),
)
