"""Date expressions resolved to (date, precision), against a reference date where relative."""
import datetime as dt

import pytest

from newsfacts.dates import infer_reference, is_anaphoric, resolve_anaphoric, resolve_date, to_come

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


# ------------------------------------------------------------------ tense: which way a date without a year reads
def test_weekday_reads_forward_for_future_and_back_otherwise():
    assert resolve_date("Friday", REF, tense="future") == (dt.date(2024, 10, 11), "day")
    assert resolve_date("Friday", REF, tense="past") == (dt.date(2024, 10, 4), "day")
    assert resolve_date("Friday", REF) == (dt.date(2024, 10, 4), "day")
    assert resolve_date("Friday", REF, tense="present") == (dt.date(2024, 10, 4), "day")
    # the reference's own weekday: a week ahead for future tense, unless "this"
    assert resolve_date("on Thursday", REF, tense="future") == (dt.date(2024, 10, 17), "day")
    assert resolve_date("this Thursday", REF, tense="future") == (REF, "day")
    assert resolve_date("Thursday", REF, tense="past") == (REF, "day")


def test_explicit_last_and_next_outweigh_tense():
    assert resolve_date("next Monday", REF, tense="past") == (dt.date(2024, 10, 14), "day")
    assert resolve_date("last Monday", REF, tense="future") == (dt.date(2024, 10, 7), "day")
    assert resolve_date("Tuesday last week", REF) == (dt.date(2024, 10, 1), "day")
    assert resolve_date("Wednesday next week", REF) == (dt.date(2024, 10, 16), "day")


def test_month_reads_forward_for_future_and_back_otherwise():
    assert resolve_date("in March", REF, tense="future") == (dt.date(2025, 3, 1), "month")
    assert resolve_date("in March", REF, tense="past") == (dt.date(2024, 3, 1), "month")
    assert resolve_date("December", REF) == (dt.date(2023, 12, 1), "month")
    assert resolve_date("December", REF, tense="future") == (dt.date(2024, 12, 1), "month")
    # the reference month itself counts both ways
    assert resolve_date("October", REF, tense="future") == (dt.date(2024, 10, 1), "month")
    assert resolve_date("October", REF, tense="past") == (dt.date(2024, 10, 1), "month")


def test_last_this_next_month_name():
    assert resolve_date("last October", REF) == (dt.date(2023, 10, 1), "month")  # said in October: a year back
    assert resolve_date("last May", REF) == (dt.date(2024, 5, 1), "month")
    assert resolve_date("next March", REF) == (dt.date(2025, 3, 1), "month")
    assert resolve_date("this March", REF, tense="future") == (dt.date(2024, 3, 1), "month")


def test_day_of_month_reads_by_tense():
    assert resolve_date("October 20", REF, tense="past") == (dt.date(2023, 10, 20), "day")
    assert resolve_date("October 20", REF) == (dt.date(2024, 10, 20), "day")  # by default: the month's year
    assert resolve_date("October 3", REF, tense="future") == (dt.date(2025, 10, 3), "day")
    assert resolve_date("on the 5th of November", REF, tense="future") == (dt.date(2024, 11, 5), "day")
    assert resolve_date("November 5th", REF, tense="past") == (dt.date(2023, 11, 5), "day")


def test_tense_is_part_of_the_cache_key_and_is_checked():
    assert resolve_date("Monday", REF) != resolve_date("Monday", REF, tense="future")
    with pytest.raises(ValueError):
        resolve_date("Monday", REF, tense="later")


# ------------------------------------------------------------------ relative units
def test_next_year_and_month():
    assert resolve_date("next year", REF) == (dt.date(2025, 1, 1), "year")
    assert resolve_date("early next year", REF) == (dt.date(2025, 1, 1), "year")
    assert resolve_date("next month", REF) == (dt.date(2024, 11, 1), "month")
    assert resolve_date("late next month", dt.date(2024, 12, 2)) == (dt.date(2025, 1, 1), "month")


def test_month_or_day_with_a_relative_year():
    assert resolve_date("April last year", REF) == (dt.date(2023, 4, 1), "month")
    assert resolve_date("December of this year", REF) == (dt.date(2024, 12, 1), "month")
    assert resolve_date("June 9 next year", REF) == (dt.date(2025, 6, 9), "day")


def test_a_week_is_the_month_or_year_that_holds_it():
    assert resolve_date("this week", REF) == (dt.date(2024, 10, 1), "month")  # Oct 7-13
    assert resolve_date("last week", REF) == (dt.date(2024, 1, 1), "year")  # Sep 30 - Oct 6
    assert resolve_date("later next week", REF) == (dt.date(2024, 10, 1), "month")
    assert resolve_date("the past week", REF) == (dt.date(2024, 10, 1), "month")  # Oct 3-9
    assert resolve_date("this week", dt.date(2025, 1, 1)) is None  # Dec 30 - Jan 5
    assert resolve_date("two weeks ago", REF) == (dt.date(2024, 9, 1), "month")
    assert resolve_date("the next week", REF) is None  # the week after a time named elsewhere


def test_weekend_reads_back_unless_future():
    assert resolve_date("the weekend", dt.date(2024, 11, 4)) == (dt.date(2024, 11, 1), "month")  # Nov 2-3
    assert resolve_date("the weekend", dt.date(2024, 11, 21), tense="future") == (dt.date(2024, 11, 1), "month")
    assert resolve_date("the weekend", dt.date(2024, 11, 28), tense="future") == (dt.date(2024, 1, 1), "year")
    assert resolve_date("this weekend", dt.date(2022, 12, 31)) is None  # Dec 31 - Jan 1


def test_ago_counts_back_from_the_reference():
    assert resolve_date("three days ago", REF) == (dt.date(2024, 10, 7), "day")
    assert resolve_date("six months ago", REF) == (dt.date(2024, 4, 1), "month")
    assert resolve_date("some twenty years ago", REF) is None  # numbers past twelve only as digits
    assert resolve_date("nearly 20 years ago", REF) == (dt.date(2004, 1, 1), "year")
    assert resolve_date("more than two years ago", REF) is None  # an open bound


def test_anaphoric_expressions_give_no_date():
    for text in ("three days later", "two years earlier", "the previous year", "the following year",
                 "a year earlier", "the next month", "the next year"):
        assert resolve_date(text, REF) is None, text


# ------------------------------------------------------------------ parts of periods
def test_part_of_a_period_keeps_its_unit():
    assert resolve_date("the end of March", REF) == (dt.date(2024, 3, 1), "month")
    assert resolve_date("early December", REF, tense="future") == (dt.date(2024, 12, 1), "month")
    assert resolve_date("the first half of 2019", None) == (dt.date(2019, 1, 1), "year")
    assert resolve_date("the month of May", REF) == (dt.date(2024, 5, 1), "month")
    assert resolve_date("the end of the year", REF) == (dt.date(2024, 1, 1), "year")
    assert resolve_date("earlier in the week", REF) == (dt.date(2024, 10, 1), "month")


def test_the_end_of_the_year_in_past_tense_may_be_an_earlier_one():
    assert resolve_date("the end of the year", dt.date(2024, 2, 1), tense="past") is None


def test_quarters_are_the_year_that_holds_them():
    assert resolve_date("the first quarter of 2019", None) == (dt.date(2019, 1, 1), "year")
    assert resolve_date("Q3 2021", None) == (dt.date(2021, 1, 1), "year")
    assert resolve_date("the third quarter of last year", REF) == (dt.date(2023, 1, 1), "year")
    summer = dt.date(2024, 8, 15)
    assert resolve_date("the fourth quarter", summer) == (dt.date(2023, 1, 1), "year")
    assert resolve_date("the fourth quarter", summer, tense="future") == (dt.date(2024, 1, 1), "year")
    assert resolve_date("last quarter", dt.date(2024, 2, 10)) == (dt.date(2023, 1, 1), "year")


def test_seasons_within_a_year_and_not_winter():
    assert resolve_date("the summer of 2016", None) == (dt.date(2016, 1, 1), "year")
    assert resolve_date("last summer", REF) == (dt.date(2024, 1, 1), "year")
    assert resolve_date("last summer", dt.date(2024, 7, 1)) == (dt.date(2023, 1, 1), "year")
    assert resolve_date("the spring", dt.date(2024, 1, 20), tense="future") == (dt.date(2024, 1, 1), "year")
    assert resolve_date("winter 2019", None) is None
    assert resolve_date("this winter", REF) is None
    assert resolve_date("summer", REF) is None  # alone, mostly a modifier: "summer jobs"


def test_fiscal_years_and_decades_give_no_date():
    for text in ("fiscal 2019", "this fiscal year", "the 2019 fiscal year", "the first quarter of fiscal 2020",
                 "FY2021", "the 1990s", "the early 2000s"):
        assert resolve_date(text, REF) is None, text


# ------------------------------------------------------------------ ranges and layout
def test_a_range_is_the_month_or_year_that_holds_it():
    assert resolve_date("May 3-7", REF) == (dt.date(2024, 5, 1), "month")
    assert resolve_date("12 to 15 June 2011", None) == (dt.date(2011, 6, 1), "month")
    assert resolve_date("from March to June 2015", None) == (dt.date(2015, 1, 1), "year")
    assert resolve_date("between November and February", REF) is None
    assert resolve_date("2014-2016", None) is None
    assert resolve_date("2024-10-03", None) == (dt.date(2024, 10, 3), "day")


def test_space_before_the_comma_left_by_stripped_links():
    assert resolve_date("March 5 , 2019", None) == (dt.date(2019, 3, 5), "day")


def test_anaphoric_expressions_count_from_the_time_they_refer_back_to():
    march3 = (dt.date(2001, 3, 3), "day")
    assert resolve_anaphoric("the next day", march3) == (dt.date(2001, 3, 4), "day")
    assert resolve_anaphoric("later that evening", march3) == (dt.date(2001, 3, 3), "day")
    assert resolve_anaphoric("three days earlier", march3) == (dt.date(2001, 2, 28), "day")
    assert resolve_anaphoric("the following month", march3) == (dt.date(2001, 4, 1), "month")
    assert resolve_anaphoric("two years later", (dt.date(1999, 1, 1), "year")) == (dt.date(2001, 1, 1), "year")
    # never finer than what it counts from
    assert resolve_anaphoric("the next day", (dt.date(2001, 3, 1), "month")) is None
    # "next year" counts from now, "the next year" from the text's time
    assert not is_anaphoric("next year") and is_anaphoric("the next year")
    assert not is_anaphoric("a few days later")  # no count, no date
    # hours or minutes on are the same day, at a day's precision only
    assert resolve_anaphoric("hours later", march3) == (dt.date(2001, 3, 3), "day")
    assert resolve_anaphoric("45 minutes later", march3) == (dt.date(2001, 3, 3), "day")
    assert resolve_anaphoric("an hour earlier", march3) == (dt.date(2001, 3, 3), "day")
    assert resolve_anaphoric("hours later", (dt.date(2001, 3, 1), "month")) is None
    assert not is_anaphoric("hours after")  # 'hours after the vote' counts from what follows
    assert resolve_anaphoric("48 hours later", march3) == (dt.date(2001, 3, 5), "day")  # whole days of hours count


def test_earlier_or_later_this_week_is_the_part_of_the_week_before_or_after_the_reference():
    thursday = dt.date(2008, 5, 1)  # its week runs from Monday, April 28 to Sunday, May 4
    assert resolve_date("earlier this week", thursday) == (dt.date(2008, 4, 1), "month")
    assert resolve_date("later this week", thursday) == (dt.date(2008, 5, 1), "month")
    assert resolve_date("this week", thursday, tense="future") == (dt.date(2008, 5, 1), "month")
    assert resolve_date("this week", thursday) == (dt.date(2008, 1, 1), "year")  # both months: only the year


def test_a_decade_gives_no_year():
    for text in ("the 1970's", "the 1990s", "1990s", "in the late 1980's"):
        assert resolve_date(text, REF) is None, text
    # with no article a year's: "1990's elections", "2005's budget"
    assert resolve_date("1990's", REF) == (dt.date(1990, 1, 1), "year")
    assert resolve_date("2005's", REF) == (dt.date(2005, 1, 1), "year")


def test_counts_too_large_for_the_calendar_give_no_date():
    assert resolve_date("3000000 days ago", REF) is None
    assert resolve_anaphoric("3000000 days later", (REF, "day")) is None


def test_a_time_counted_forward_from_the_day_of_writing_is_to_come():
    for text in ("next week", "Next month", "later this week", "tomorrow morning", "in two weeks", "within a few days",
                 "the coming days", "early next year", "the end of next month", "next Tuesday"):
        assert to_come(text), text
    # counted from a time the text names, or not forward
    for text in ("the next day", "the following week", "later that day", "this week", "two weeks ago", "in 2005",
                 "last month", "earlier this week"):
        assert not to_come(text), text
