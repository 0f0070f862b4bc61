"""Round-1 extraction rules held to their cases (codereview21a items 5, 7, 9, 10): an all-caps
headline's hyphenated first word is no wire slug (`POLL-TAX RIOTS ...`); a short headline over a
date line under a masthead is the headline, not a section line; a dateline credits a masthead only
with its whole name (`Kesh` is no credit of a kicker `Région Kesh`); a trip `at the invitation of`
someone is the writer's disclosure only when the writer or the bylined person made it."""

import pytest

from newsgraph.extract.genre import alert_label
from newsgraph.extract.textclean import clean_text, closing_credit

# -- 5: an all-caps headline ------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "FEATURE-LENGTH DOCUMENTARY ON DORN TAKES ORSA AWARD",
        "POLL-TAX PROTESTS SPREAD TO THREE MORE TOWNS",
        "UPDATE-WEARY USERS SWITCH PHONES, SURVEY FINDS",
    ],
)
def test_an_all_caps_headline_keeps_its_hyphenated_word(title):
    assert alert_label(title) == (None, title)


@pytest.mark.parametrize(
    ("title", "label", "rest"),
    [
        ("FEATURE-Life on the last ferry to Orsa", "FEATURE", "Life on the last ferry to Orsa"),
        (
            "UPDATE 2-Selm council backs the harbour plan",
            "UPDATE 2",
            "Selm council backs the harbour plan",
        ),
    ],
)
def test_a_wire_slug_before_a_written_headline_is_still_its_label(title, label, rest):
    assert alert_label(title) == (label, rest)


# -- 7: a short headline under a foreign masthead -----------------------------------------------

BODY = (
    "La mairie de Selm a voté jeudi la fermeture de la piscine municipale pour deux ans de "
    "travaux, a annoncé le maire dans un communiqué.\n\n"
    "Les nageurs du club local s'entraîneront pendant ce temps dans la commune voisine, où un "
    "bus sera mis à disposition chaque soir.\n\n"
    "Le chantier doit commencer au printemps, selon les services techniques de la ville."
)


def test_a_short_headline_over_the_date_line_is_the_title():
    text = f"Tribune Selmoise\n\nLa piscine ferme\n\njeudi 12 février 2026\n\n{BODY}"
    got = clean_text(text, select_body=False)
    assert got.title == "La piscine ferme"
    assert got.outlet == "Tribune Selmoise"


def test_a_section_line_over_a_longer_headline_is_still_a_section():
    text = (
        "Le Héraut de Selm\n\nSport\n\njeudi 12 février 2026\n\n"
        f"La piscine municipale de Selm fermera deux ans pour travaux\n\n{BODY}"
    )
    got = clean_text(text, select_body=False)
    assert got.title == "La piscine municipale de Selm fermera deux ans pour travaux"
    assert got.outlet == "Le Héraut de Selm"


# -- 9: a dateline's credit names the whole masthead -------------------------------------------

KICKER = (
    "{kicker}\n\nLa piscine municipale de Varn fermera deux ans pour travaux\n\n"
    "jeudi 12 février 2026\n\n"
    "VARN, {credit} - La mairie a voté jeudi la fermeture de la piscine municipale pour deux "
    "ans de travaux, a annoncé le maire.\n\n"
    "Les nageurs du club s'entraîneront pendant ce temps dans la commune voisine.\n\n"
    "Le chantier doit commencer au printemps, selon les services techniques."
)


@pytest.mark.parametrize(("kicker", "credit"), [("Pays de Varn", "Varn"), ("Haute Orsa", "Orsa")])
def test_a_place_in_the_dateline_credits_no_kicker_holding_it(kicker, credit):
    got = clean_text(KICKER.format(kicker=kicker, credit=credit), select_body=False)
    assert got.outlet is None


@pytest.mark.parametrize(
    ("kicker", "credit"),
    [("Suara Varn Raya", "Suara Varn Raya"), ("Harian Suara Varn", "Suara Varn")],
)
def test_a_dateline_crediting_the_masthead_names_the_outlet(kicker, credit):
    got = clean_text(KICKER.format(kicker=kicker, credit=credit), select_body=False)
    assert got.outlet == kicker


# -- 10: a trip at someone's invitation ---------------------------------------------------------

INVITED = "Tomas K. Berg travelled to Varn at the invitation of Governor Lise Holm."


@pytest.mark.parametrize(
    "line", [INVITED, "Tomas Berg travelled to Varn at the invitation of the Varn city council."]
)
def test_an_invited_trip_without_a_byline_is_the_storys(line):
    assert not closing_credit(line, None)
    text = (
        "Varn opens its new bridge\n\n"
        "The new bridge over the Varn river opened on Friday after four years of building, the "
        "city council said.\n\n"
        "About 20,000 cars a day are expected to cross it, cutting the trip to the port by "
        "half.\n\n"
        f"{line}"
    )
    got = clean_text(text, select_body=True)
    assert line in got.text
    assert not any(r.reason == "sign-off" for r in got.removals)


@pytest.mark.parametrize("byline", ["By Tomas Berg", "By Tomas K. Berg"])
def test_an_invited_trip_by_the_bylined_writer_is_a_disclosure(byline):
    assert closing_credit(INVITED, byline)


def test_an_invited_trip_by_the_writer_is_a_disclosure():
    assert closing_credit("The reporter travelled to Varn at the invitation of the council.", None)


def test_a_paid_trip_without_a_byline_is_still_a_disclosure():
    assert closing_credit("Tomas K. Berg travelled to Varn as a guest of the Varn Tourism Board.")
