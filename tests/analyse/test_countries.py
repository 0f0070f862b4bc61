"""Country resolution and offline geocoding."""

from __future__ import annotations

import datetime as dt
import gzip
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph.analyse import countries
from newsgraph.analyse.countries import (
    Actor,
    ActorCode,
    agent_sectors,
    country_name,
    find_cues,
    geocode,
    lookup,
    pick_code,
    resolve_actor,
    resolve_country,
)

TOOLS = Path(__file__).resolve().parents[2] / "tools"


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


# -- Phoenix actor and agent dictionaries ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Nouri al-Maliki", "IRQ"),  # an office holder only the dictionaries know
        ("Evo Morales", "BOL"),
        ("President Ellen Johnson Sirleaf", "LBR"),
        ("Boko Haram gunmen", "NGA"),  # an armed group
        ("the DEA", "USA"),  # a national institution, an acronym matched in capitals
        ("a Kenya-based charity", "KEN"),
        ("Nagorno Karabakh", "AZE"),  # hyphens and spaces alike
    ],
)
def test_dictionary_actors(text: str, iso3: str) -> None:
    assert resolve_country(text) == iso3


def test_every_reading_of_a_form_is_kept() -> None:
    # Our own row and the dictionary's both name Hezbollah; leaving ours out finds theirs.
    assert lookup("Hezbollah")[1] == "org"
    assert lookup("Hezbollah", ("actor",)) == ("LBN", "actor")
    assert resolve_country("Hezbollah", ("actor",)) == "LBN"


def test_office_dates_pick_the_code() -> None:
    # Ban Ki-moon: South Korean minister until 2006, UN Secretary-General from 2007.
    assert resolve_actor("Ban Ki-moon", "2005-06-01") == Actor("KOR", ("GOV", "BUS"))
    assert resolve_actor("Ban Ki-moon", dt.date(2010, 1, 1)).country == "UNO"
    assert resolve_country("Ban Ki-moon", date="2010-01-01") == "KOR"  # ISO countries only
    assert resolve_actor("Angela Merkel", "1995-01-01").sectors[:1] == ("ELI",)
    assert resolve_actor("Angela Merkel", "2010-01-01").sectors[:1] == ("GOV",)


def test_pick_code_rules() -> None:
    codes = (
        ActorCode("AAAGOV", "20000101", "20041231"),
        ActorCode("AAAELI"),
        ActorCode("IGOUNO", "20050101", ""),
    )
    assert pick_code(codes, "20020101").code == "AAAGOV"  # the range that holds the day
    assert pick_code(codes, "19900101").code == "AAAELI"  # else the undated default
    assert pick_code(codes).code == "IGOUNO"  # no date: the office still held
    assert pick_code(codes, countries_only=True).code == "AAAELI"
    assert ActorCode("IGOEUREEC").country == "EUR" and ActorCode("IGOBUSIMF").country == "IGO"
    assert ActorCode("RUSGOVMIL").sectors == ("GOV", "MIL")


def test_international_organisations_are_actors_not_countries() -> None:
    assert resolve_actor("the European Union").country == "EUR"
    assert resolve_actor("UN Security Council").country == "UNO"
    assert resolve_country("the European Union") is None


def test_agent_sectors() -> None:
    assert resolve_actor("Chinese soldiers") == Actor("CHN", ("MIL",))
    assert agent_sectors("riot police and farmers") == ["COP", "AGR"]
    assert resolve_actor("Tehran").sectors == ("GOV",)
    assert resolve_actor("The police", context="officers in Mexico") == Actor("MEX", ("COP",))


def test_other_spellings_of_office_holders() -> None:
    # The dictionaries spell them Alyaksandr Lukashenka, Mahinda Rajapakse, Boyko Borissov.
    holder = ("holder",)
    assert resolve_country("Alexander Lukashenko", holder) == "BLR"
    assert resolve_country("Mahinda Rajapaksa", holder) == "LKA"
    assert resolve_country("Prime Minister Boyko Borisov", holder) == "BGR"
    # Given name and first surname of a three-word Spanish name.
    assert resolve_country("Diego Molano", holder) == "COL"
    # Common names stay unresolved.
    for name in ("Jennifer Walker", "Sarah Miller", "Ortwin Falk", "Karen Jones"):
        assert resolve_country(name, holder) is None


def test_dictionaries_load_lazily() -> None:
    code = (
        "import newsgraph.analyse.countries as c; "
        "assert c._actors.cache_info().currsize == 0; "
        "assert c._table.cache_info().currsize == 0"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_shipped_dictionary_has_its_licence() -> None:
    data = Path(countries.__file__).with_name("data")
    assert (data / "actors.tsv.gz").exists()
    licence = (data / "actors.LICENSE").read_text(encoding="utf-8")
    assert "MIT License" in licence and "Open Event Data" in licence


def _build_tool():
    spec = importlib.util.spec_from_file_location("actors_build", TOOLS / "actors_build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    return build


def test_build_tool_reads_tabari_format(tmp_path: Path) -> None:
    build = _build_tool()
    (tmp_path / "x.txt").write_text(
        "# comment\n"
        "ORTWIN_VALDEMAR_  # a person\n"
        "+PRESIDENT_VALDEMAR\n"
        "\t[RUSELI 700101-991231]\n"
        "\t[RUSGOV >000101]\n"
        "KSV_POLICE_ [KSVCOP]\n",
        encoding="utf-8",
    )
    entries = build.parse(tmp_path / "x.txt")
    assert entries[0][0] == ["ORTWIN_VALDEMAR_", "PRESIDENT_VALDEMAR"]
    iso = {"RUS", "XKX"}
    assert build._codes(" ".join(entries[0][1]), iso) == [
        "RUSELI:19700101-19991231",
        "RUSGOV:20000101-",
    ]
    assert build._codes(" ".join(entries[1][1]), iso) == ["XKXCOP"]  # CAMEO KSV is ISO XKX
    assert build._form("U.N._SECRETARY_GENERAL", "igo") == "u.n. secretary general"
    assert build._form("THE_DEA_", "actor") == "DEA"  # an institution's acronym
    assert build._form("SISI_", "holder") == "sisi"  # a name, matched from a capital


def test_shipped_dictionary_is_the_build_of_the_sources() -> None:
    build = _build_tool()
    if not build.SOURCE.exists():
        pytest.skip(f"{build.SOURCE} not found (the Phoenix dictionaries, ../shared)")
    with gzip.open(build.OUT, "rt", encoding="utf-8") as f:
        shipped = f.read()
    assert shipped == "\n".join(build.build(build.SOURCE)) + "\n"


def test_dictionary_words_inside_longer_names_are_no_cues() -> None:
    # Phoenix lists `Foundation` as a US group; inside another name it is just a word.
    assert resolve_country("Heinrich Böll Foundation") is None
    assert resolve_country("the Senate") is None  # a sector noun, no one country's
    assert resolve_country("The Knesset") == "ISR"
