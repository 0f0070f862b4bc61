"""A short line over a non-English headline is the outlet only with evidence that it names one
(`textclean._outlet_evidence`): a section label or kicker has the same shape. Invented text."""

from __future__ import annotations

import pytest

from newsgraph.extract.textclean import clean_text

FRENCH = (
    "{top}\n"
    "Le port de Kerlonne rouvre après trois jours de grève des dockers\n\n"
    "Par Aurèle Quintin\n"
    "mardi 4 mars 2025\n\n"
    "Le port de Kerlonne a rouvert mardi matin après trois jours de grève des dockers. Les "
    "premiers navires ont pu accoster dès l'aube, selon la capitainerie du port.\n\n"
    "Les syndicats ont obtenu une hausse des salaires de quatre pour cent, a indiqué le "
    "directeur du port, qui espère un retour à la normale avant la fin de la semaine.\n"
)
GERMAN = (
    "{top}\n"
    "Hafenstreik legt den Containerterminal von Brelsund lahm\n\n"
    "Von Katrin Olbers\n"
    "Dienstag, 4. März 2025\n\n"
    "Der Streik der Hafenarbeiter hat am Dienstag den Containerterminal von Brelsund fast "
    "vollständig lahmgelegt. Nach Angaben der Hafenverwaltung warten zwölf Schiffe auf der "
    "Reede.\n\n"
    "Die Gewerkschaft fordert sechs Prozent mehr Lohn, die Betreiber bieten bisher drei.\n"
)
FOOTER = "\n© 2025 {name}. Tous droits réservés.\n"


@pytest.mark.parametrize("kicker", ["Économie", "Grève des dockers", "Le Port"])
def test_a_french_kicker_is_no_outlet_but_still_furniture(kicker: str) -> None:
    got = clean_text(FRENCH.format(top=kicker), select_body=False)
    assert got.outlet is None
    assert got.title == "Le port de Kerlonne rouvre après trois jours de grève des dockers"
    assert got.text.startswith("Le port de Kerlonne a rouvert")


@pytest.mark.parametrize("kicker", ["Hafenstreik", "Der Hafenstreik"])
def test_a_german_kicker_is_no_outlet(kicker: str) -> None:
    assert clean_text(GERMAN.format(top=kicker), select_body=False).outlet is None


@pytest.mark.parametrize(
    "name", ["L'Écho de Kerlonne", "Le Phare de Kerlonne", "Brelsunder Hafenzeitung"]
)
def test_a_paper_shaped_name_is_the_outlet(name: str) -> None:
    assert clean_text(FRENCH.format(top=name), select_body=False).outlet == name


def test_a_name_the_rights_line_repeats_is_the_outlet() -> None:
    plain = FRENCH.format(top="Kerlonne Matin")
    assert clean_text(plain, select_body=False).outlet is None
    got = clean_text(plain + FOOTER.format(name="Kerlonne Matin"), select_body=False)
    assert got.outlet == "Kerlonne Matin"
