"""The PLOVER headlines bench (bench/plover_headlines.py): placeholder filling, the split and
sentence casing on headlines written for this test; no shared data."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import plover_headlines as H  # noqa: E402

TEMPLATE = "{country_1} Leader Scolds {country_2} Over Dam Plan in {city}"


def test_fill_is_deterministic_and_uses_distinct_invented_names():
    text = H.fill(TEMPLATE)
    assert text == H.fill(TEMPLATE)
    assert "{" not in text
    countries = [c for c in H.COUNTRIES if c in text]
    assert len(countries) == 2
    assert any(c in text for c in H.CITIES)


def test_sentence_case_keeps_names_and_acronyms():
    text = H.fill("{country_1} Asks UN To Send Monitors", sentence_case=True)
    assert text.endswith(" asks UN to send monitors")
    assert text.split(" ")[0] in H.COUNTRIES


def test_split_and_folds_follow_sha1_of_the_template():
    rows = [f"{{country_1}} Headline Number {i}" for i in range(200)]
    tuning = [r for r in rows if H.tuning(r)]
    assert 60 < len(tuning) < 140
    assert {H.fold(r) for r in tuning} == {0, 1}
    assert all(H.tuning(r) == (H.digest(r)[0] % 2 == 0) for r in rows)
