"""Country resolution and offline geocoding."""

from __future__ import annotations

import pytest

from newsgraph.analyse.countries import country_name, find_cues, geocode, resolve_country


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Russian", "RUS"),
        ("Moscow", "RUS"),
        ("Kremlin", "RUS"),
        ("the Kremlin", "RUS"),
        ("Tehran", "IRN"),
        ("TEHRAN", "IRN"),
        ("Taiwan", "TWN"),
        ("U.S.", "USA"),
        ("US", "USA"),
        ("American", "USA"),
        ("Americans", "USA"),
        ("Washington", "USA"),
        ("White House", "USA"),
        ("Great Britain", "GBR"),
        ("Erdoğan", "TUR"),
        ("Côte d'Ivoire", "CIV"),
        ("Russian President Vladimir Putin", "RUS"),
        ("Iranian President Ebrahim Raisi", "IRN"),
        ("Taiwan's foreign ministry", "TWN"),
        ("Taiwan’s foreign ministry", "TWN"),
        ("Russia’s ambassador to Poland", "RUS"),
        ("a US destroyer", "USA"),
        ("four Saudi men", "SAU"),
        ("Kyiv police", "UKR"),
        ("Minsk police station", "BLR"),
    ],
)
def test_resolve_country(text: str, iso3: str) -> None:
    assert resolve_country(text) == iso3


@pytest.mark.parametrize("text", ["us", "Harbour", "the talks", "Mr. Ortwin Falk", ""])
def test_no_country(text: str) -> None:
    assert resolve_country(text) is None


def test_town_ending_a_name_is_no_cue() -> None:
    # A city name as a surname (Valencia) does not tie a person to Venezuela or Spain.
    assert resolve_country("Sen. Ortwin Valencia") is None


def test_acronyms_match_case_sensitively() -> None:
    assert [c.iso3 for c in find_cues("a US senator")] == ["USA"]
    assert find_cues("tell us more") == []


def test_country_names_are_plain() -> None:
    assert country_name("RUS") == "Russia"
    assert country_name("USA") == "United States"


def test_geocode_prefers_exact_then_story_then_population() -> None:
    iso3, lat, lon = geocode("Samarkand")
    assert iso3 == "UZB" and 39 < lat < 40.5 and 66 < lon < 68
    assert geocode("Paris")[0] == "FRA"
    # A story's country wins among comparable places, not over a capital 80 times larger.
    assert geocode("Paris", {"USA"})[0] == "FRA"
    assert geocode("Springfield", {"USA"})[0] == "USA"
    assert geocode("Asia") is None
    assert geocode("Nowhereville Upon Zed") is None
