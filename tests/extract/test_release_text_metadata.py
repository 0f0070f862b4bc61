"""A plain-text release through the text cleaner: its issuer is the outlet, its dateline the
date, its label no byline; a French article's masthead over its date line is its outlet
(invented text). `textclean._release_head`, the body dateline and `_masthead_over_headline`."""

from __future__ import annotations

from newsgraph.extract.textclean import clean_text

RELEASE = (
    "NATIONAL HARBOUR AUTHORITY OF TESSLAND\n"
    "PRESS RELEASE - FOR IMMEDIATE RELEASE\n\n"
    "Authority confirms reopening of the north quay\n\n"
    "TESSPORT, 17 November 2026 {dash} The National Harbour Authority today confirmed that the "
    "north quay of Tessport will reopen to container traffic on Monday after repairs to the storm "
    "wall were completed ahead of schedule.\n\n"
    '"The quay is safe and the cranes have been tested," said Director Oren Vask. "Shipping '
    'lines have been told to resume their schedules."\n\n'
    "The Authority thanked the port's workers for their patience during the closure, which began "
    "after the storm of 2 November.\n\n"
    "Media contact: Press Office, National Harbour Authority, Tessport\n"
)


def test_release_issuer_date_and_no_byline():
    for dash in ("-", "\u2013", "\u2014"):
        got = clean_text(RELEASE.format(dash=dash))
        assert got.outlet == "National Harbour Authority of Tessland"
        assert got.published == "2026-11-17"
        assert got.byline is None
        assert got.title == "Authority confirms reopening of the north quay"
        reasons = {r.text: r.reason for r in got.removals}
        assert reasons["PRESS RELEASE - FOR IMMEDIATE RELEASE"] == "metadata: label"


FRENCH = (
    "Le Courrier de Tessport\n"
    "Mardi 17 novembre 2026\n\n"
    "Le quai nord de Tessport rouvre lundi\n\n"
    "Par Lise Marrec\n\n"
    "L'autorité portuaire a confirmé mardi la réouverture du quai nord aux porte-conteneurs dès "
    "lundi, après la réparation du mur anti-tempête plus tôt que prévu. « Le quai est sûr », a "
    "déclaré son directeur, Oren Vask, devant les dockers réunis sur le port.\n"
)


def test_french_masthead_over_its_date_line():
    got = clean_text(FRENCH, select_body=False)
    assert got.outlet == "Le Courrier de Tessport"
    assert got.published == "2026-11-17"
    assert got.title == "Le quai nord de Tessport rouvre lundi"
