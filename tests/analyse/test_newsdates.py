from datetime import date
from pathlib import Path

import pytest

from newsgraph.analyse.newsdates import ResolvedDate, parse_published, resolve_date, weekday_date

THURSDAY = date(2031, 3, 13)  # a Thursday


@pytest.mark.parametrize(
    ("expr", "future", "iso", "precision"),
    [
        ("on Thursday", False, "2031-03-13", "day"),  # same weekday: the publication day
        ("Thursday", True, "2031-03-13", "day"),
        ("on Wednesday", False, "2031-03-12", "day"),  # most recent past
        ("Friday", False, "2031-03-07", "day"),
        ("on Friday", True, "2031-03-14", "day"),  # planned: the coming one
        ("last Thursday", False, "2031-03-06", "day"),
        ("next Thursday", False, "2031-03-20", "day"),
        ("Wednesday night", False, "2031-03-12", "day"),
        ("yesterday", False, "2031-03-12", "day"),
        ("tomorrow", True, "2031-03-14", "day"),
        ("three days ago", False, "2031-03-10", "day"),
        ("last month", False, "2031-02", "month"),
        ("next month", True, "2031-04", "month"),
        ("earlier this week", False, "2031-W11", "week"),
        ("last week", False, "2031-W10", "week"),
        ("in early February", False, "2031-02", "month"),
        ("in November", False, "2030-11", "month"),  # a later month name: last year's
        ("in November", True, "2031-11", "month"),
        ("last year", False, "2030", "year"),
        ("in 2019", False, "2019", "year"),
        ("March 2, 2030", False, "2030-03-02", "day"),
        ("2029-12-31", False, "2029-12-31", "day"),
        ("Feb. 3", False, "2031-02-03", "day"),
        ("June 2024", False, "2024-06", "month"),
    ],
)
def test_resolve(expr, future, iso, precision):
    assert resolve_date(expr, THURSDAY, future=future) == ResolvedDate(iso, precision)


@pytest.mark.parametrize("expr", ["", "for three hours", "the past", "a long time"])
def test_no_date(expr):
    assert resolve_date(expr, THURSDAY) is None


def test_weekday_convention_every_day():
    # past: within the last 7 days, same weekday is the day itself; future: within the next 7
    for wd in range(7):
        past = weekday_date(wd, THURSDAY)
        fut = weekday_date(wd, THURSDAY, future=True)
        assert past.weekday() == wd and 0 <= (THURSDAY - past).days <= 6
        assert fut.weekday() == wd and 0 <= (fut - THURSDAY).days <= 6


def test_parse_published():
    assert parse_published("2031-03-13T10:00:00+00:00") == THURSDAY
    assert parse_published("2031-03-13") == THURSDAY
    assert parse_published("yesterday-ish") is None
    assert parse_published(None) is None


_CASES = Path(__file__).with_name("data") / "newsdates_cases.tsv"


def _written_cases() -> list[dict[str, str]]:
    lines = [x for x in _CASES.read_text(encoding="utf-8").splitlines() if not x.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, x.split("\t"), strict=True)) for x in lines[1:] if x.strip()]


def test_written_case_file_is_well_formed():
    rows = _written_cases()
    assert len(rows) >= 100
    for row in rows:
        assert row["expression"] in row["sentence"]
        assert row["tense"] in ("past", "future")
        assert row["precision"] in ("day", "week", "month", "year")


@pytest.mark.parametrize(
    "row",
    [r for r in _written_cases() if r["category"] != "holiday"],  # holidays: not handled
    ids=lambda r: f"{r['published']}-{r['tense']}-{r['expression']}",
)
def test_written_news_dates(row):
    got = resolve_date(
        row["expression"], date.fromisoformat(row["published"]), future=row["tense"] == "future"
    )
    assert got == ResolvedDate(row["expected"], row["precision"])


@pytest.mark.parametrize(
    "expr,published,future,iso",
    [
        ("until Friday", "2025-03-06", False, "2025-03-07"),  # a summit running until Friday
        ("till Monday", "2025-03-06", False, "2025-03-10"),
        ("until April", "2025-03-08", False, "2025-04"),
        ("in April", "2025-03-08", True, "2025-04"),  # conditional / future: this year's April
        ("on Thursday", "2025-03-05", True, "2025-03-06"),  # "would table a motion on Thursday"
    ],
)
def test_forward_pointing_expressions(expr, published, future, iso):
    got = resolve_date(expr, date.fromisoformat(published), future=future)
    assert got is not None and got.iso == iso
