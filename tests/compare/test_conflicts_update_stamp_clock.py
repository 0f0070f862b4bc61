"""An update stamp told on the 12-hour clock (`UPDATED at 2.05pm:`) is that afternoon's time:
its figure comes after a report published at 13:00 that day, so a toll rising from one to the
other is an update, not a conflict; `2.05am` stays before it. Variants of the stamp (`Update:
14:05 -`) are cut off the claim too. Invented text."""

from __future__ import annotations

from claims_support import claim_texts
from dossier_support import number_conflicts as _tolls

PLACE = "in the blast at the Fenwick quarry on Friday"
LATER = (
    f"{{stamp}} The quarry owner now says eleven workers were killed {PLACE}.\n\nThe site is shut."
)
EARLY = f"Nine workers were killed {PLACE}, the quarry owner said.\n\nThe site is shut."


def _shown(stamp: str) -> list[tuple[str, object, list[str]]]:
    got = _tolls(
        ("Quarry Herald", "2031-05-09T12:30:00+00:00", LATER.format(stamp=stamp)),
        ("Fenwick Evening", "2031-05-09T13:00:00+00:00", EARLY),
    )
    return [(c["about"], c.get("update"), [v["value"] for v in c["values"]]) for c in got]


def test_an_afternoon_stamp_on_the_12_hour_clock_orders_its_figure():
    assert _shown("UPDATED at 2.05pm:") == [
        ("people killed (updated over time)", True, ["9", "11"])
    ]


def test_a_morning_stamp_on_the_12_hour_clock_stays_before():
    got = _shown("UPDATED at 2.05am:")
    assert [(a, u, sorted(v)) for a, u, v in got] == [("people killed", None, ["11", "9"])]


def test_stamp_variants_are_cut_off_the_claim():
    for stamp in ("Update: 14:05 -", "UPDATE, 2.05 p.m.:"):
        got = claim_texts(LATER.format(stamp=stamp))
        assert f"The quarry owner now says eleven workers were killed {PLACE}." in got, stamp
