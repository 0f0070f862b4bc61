"""Session 13: metadata of pre-scraped text in other languages, and institutions as publishers.

All texts here are invented for these tests.
"""

from __future__ import annotations

from newsgraph.extract.textclean import clean_text

# one paragraph a line, as a scrape prints them
FRENCH = (
    "La Gazette du Rivage\n"
    "Le port de Kerlann rouvre après trois jours de tempête\n\n"
    "Par Maëlle Tanguy\n"
    "lundi 3 mars 2025\n\n"
    "Le port de Kerlann a rouvert lundi matin après trois jours de fermeture à cause de la "
    "tempête qui a frappé la côte. Les pêcheurs ont pu reprendre la mer dès l'aube, selon la "
    "capitainerie.\n\n"
    "Les dégâts sont importants sur les quais, a indiqué le maire, qui demande une aide de "
    "l'État pour réparer les installations avant la saison.\n"
)

SPANISH = (
    "Heraldo de Valmora\n"
    "El puerto de Valmora reabre tras el temporal\n\n"
    "Por Lucía Ortega Brenes\n"
    "3 de marzo de 2025\n\n"
    "El puerto de Valmora reabrió el lunes por la mañana tras tres días cerrado por el "
    "temporal que azotó la costa. Los pescadores pudieron volver al mar al amanecer, según la "
    "autoridad.\n\n"
    "Los daños en los muelles son importantes, dijo el alcalde, que pidió ayuda al Gobierno "
    "para reparar las instalaciones antes del verano.\n"
)

MINISTRY = (
    "Ministry of Foreign Affairs of Veloria\n"
    "Home > Press room > Statements\n"
    "Print this page   Share\n\n"
    "Statement on the detention of two fishing boats\n\n"
    "Monday 3 March 2025\n\n"
    "The ministry has summoned the ambassador of Karst over the detention of two fishing boats "
    "near the island of Orm. The boats were in Velorian waters and their crews must be released "
    "at once.\n\n"
    "Talks are expected to continue next week, the ministry said in a statement on Monday.\n"
)


def test_french_date_line_is_read_and_removed() -> None:
    got = clean_text(FRENCH, select_body=False)
    assert got.published == "2025-03-03"
    assert "lundi 3 mars" not in got.text


def test_spanish_date_line_is_read() -> None:
    got = clean_text(SPANISH, select_body=False)
    assert got.published == "2025-03-03"
    assert "de marzo" not in got.text


def test_outlet_line_over_the_headline_in_another_language() -> None:
    fr = clean_text(FRENCH, select_body=False)
    assert fr.outlet == "La Gazette du Rivage"
    assert fr.title == "Le port de Kerlann rouvre après trois jours de tempête"
    assert not fr.text.startswith("La Gazette")
    es = clean_text(SPANISH, select_body=False)
    assert es.outlet == "Heraldo de Valmora"
    assert es.title == "El puerto de Valmora reabre tras el temporal"


def test_byline_loses_the_languages_word_for_by() -> None:
    assert clean_text(FRENCH, select_body=False).byline == "Maëlle Tanguy"
    assert clean_text(SPANISH, select_body=False).byline == "Lucía Ortega Brenes"


def test_a_headline_with_a_year_is_no_date_line() -> None:
    from newsgraph.extract.metadata import date_line_in

    assert date_line_in("Le budget 2025 augmente de 3 pour cent", "fr") is None
    assert date_line_in("2025", "fr") is None
    assert date_line_in("lundi 3 mars 2025", None) is None
    assert date_line_in("lundi 3 mars 2025", "fr") == "2025-03-03"


def test_institution_header_gives_the_whole_institution() -> None:
    """An outlet's name inside an institution's ("Foreign Affairs" in a ministry's name) is no
    outlet: the publisher is the whole institution (fixed in `outlets.mention_pattern`)."""
    for select_body in (True, False):
        got = clean_text(MINISTRY, select_body=select_body)
        assert got.outlet == "Ministry of Foreign Affairs of Veloria"


def test_english_text_keeps_its_head_rules() -> None:
    """The other-language reading never applies to English text (its own rules decide)."""
    english = SPANISH.replace("3 de marzo de 2025", "Monday 3 March 2025")
    assert clean_text(english).published == "2025-03-03"


def test_outlet_inside_an_institution_name_in_the_footer_is_no_outlet() -> None:
    """A rights line naming an institution whose name holds an outlet's ("(c) Foreign Affairs
    Ministry of X"): the publisher is the whole institution, not the magazine."""
    text = MINISTRY.replace("Ministry of Foreign Affairs of Veloria\n", "")
    footer = "\n(c) 2025 Foreign Affairs Ministry of Veloria | Contact the press office\n"
    assert clean_text(text + footer).outlet == "Foreign Affairs Ministry of Veloria"


def test_told_an_institution_is_no_outlet_vote() -> None:
    """'told Foreign Affairs Committee members' is a hearing, not an interview by a magazine."""
    text = MINISTRY.replace("Ministry of Foreign Affairs of Veloria\n", "").replace(
        "the ministry said in a statement", "the minister told Foreign Affairs Committee members"
    )
    assert clean_text(text).outlet != "Foreign Affairs"
