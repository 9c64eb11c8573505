"""Date expressions resolved to (date, precision), against a reference date where relative."""
import datetime as dt

from newsfacts.dates import infer_reference, resolve_date

REF = dt.date(2024, 10, 10)  # a Thursday


def test_explicit_dates_need_no_reference():
    assert resolve_date("October 3, 2024", None) == (dt.date(2024, 10, 3), "day")
    assert resolve_date("3 October 2024", None) == (dt.date(2024, 10, 3), "day")
    assert resolve_date("March 2024", None) == (dt.date(2024, 3, 1), "month")
    assert resolve_date("in 2001", None) == (dt.date(2001, 1, 1), "year")


def test_partial_month_takes_the_latest_year_not_after_the_reference():
    assert resolve_date("July", REF) == (dt.date(2024, 7, 1), "month")
    assert resolve_date("in December", REF) == (dt.date(2023, 12, 1), "month")
    assert resolve_date("June 30", dt.date(2005, 7, 5)) == (dt.date(2005, 6, 30), "day")


def test_relative_expressions_resolve_against_the_reference():
    assert resolve_date("today", REF) == (REF, "day")
    assert resolve_date("yesterday", REF) == (dt.date(2024, 10, 9), "day")
    assert resolve_date("the day before", REF) == (dt.date(2024, 10, 9), "day")
    assert resolve_date("on Friday", REF) == (dt.date(2024, 10, 4), "day")
    assert resolve_date("on Monday", dt.date(2005, 11, 7)) == (dt.date(2005, 11, 7), "day")
    assert resolve_date("last month", REF) == (dt.date(2024, 9, 1), "month")
    assert resolve_date("earlier this year", REF) == (dt.date(2024, 1, 1), "year")
    assert resolve_date("last year", REF) == (dt.date(2023, 1, 1), "year")


def test_relative_expressions_without_reference_give_no_date():
    assert resolve_date("in July", None) is None
    assert resolve_date("on Friday", None) is None
    assert resolve_date("last month", None) is None


def test_no_date_where_there_is_no_clue():
    assert resolve_date("recently", REF) is None
    assert resolve_date("", REF) is None


def test_reference_inferred_from_the_latest_explicit_date():
    ref = infer_reference(["July", "October 3, 2024", "March 2024", "June 5, 2024"])
    assert ref == dt.date(2024, 10, 3)
    assert resolve_date("in July", ref) == (dt.date(2024, 7, 1), "month")
    assert infer_reference(["July", "last week"]) is None
