"""Thousands of problems of one kind read as one line with the rows they concern."""

from __future__ import annotations

from diaspora_grants.importing.problems import Problem, group_problems, problem_lines


def _missing_period(row: int, period: str = "2024-02") -> Problem:
    return Problem("Results", row, "Period", f"'{period}' does not exist", "add it on the Periods sheet")


def test_one_rule_broken_in_a_run_of_rows_is_one_line() -> None:
    problems = [_missing_period(row) for row in range(2_522, 5_042)]
    [group] = group_problems(problems)
    assert group.count == 2_520
    assert str(group) == (
        "Results, rows 2,522-5,041, column Period: '2024-02' does not exist (2,520 rows); "
        "add it on the Periods sheet"
    )


def test_different_rules_and_values_stay_apart_in_the_order_first_met() -> None:
    problems = [
        _missing_period(2),
        Problem("Results", 3, "Value", "is empty", "give the number"),
        _missing_period(4),
        _missing_period(5, "2024-03"),
        _missing_period(6),
    ]
    groups = group_problems(problems)
    assert [(g.column, g.message, g.rows) for g in groups] == [
        ("Period", "'2024-02' does not exist", (2, 4, 6)),
        ("Value", "is empty", (3,)),
        ("Period", "'2024-03' does not exist", (5,)),
    ]
    assert groups[0].row_ranges() == "2, 4, 6"


def test_scattered_rows_are_shortened_but_counted() -> None:
    problems = [_missing_period(row) for row in range(2, 2_000, 2)]
    [group] = group_problems(problems)
    text = group.row_ranges(limit=5)
    assert text == "2, 4, 6, 8, 10 and 994 more"
    assert group.count == 999


def test_whole_sheet_and_whole_file_problems_have_no_rows() -> None:
    problem = Problem("(file)", 0, "", "the file is not a workbook", "save it as .xlsx")
    [group] = group_problems([problem])
    assert str(group) == "(file): the file is not a workbook; save it as .xlsx"


def test_lines_are_capped_and_say_how_much_is_left_out() -> None:
    problems = [Problem("Results", n, "Value", f"message {n}", "fix") for n in range(2, 40)]
    lines = problem_lines(problems, limit=10)
    assert len(lines) == 11
    assert lines[-1] == "... and 28 more kinds of problem (38 problems in all); --json lists every one"
    assert problem_lines(problems[:3], limit=10) == [str(g) for g in group_problems(problems[:3])]
