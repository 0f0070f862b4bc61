"""A wire's slug before its headline (`FACTBOX-`, `UPDATE 2-`) leaves the stored title and is
kept as `metadata.alert`; a non-English text's masthead over a section line is read as its
outlet when its dateline names the paper, both lines furniture; a dateline closed by a colon
(`LOMARI: ...`) is read as one, a transcript's turn labels are not. Text invented."""

from __future__ import annotations

import pytest

from newsgraph.extract.credits import opening_dateline
from newsgraph.extract.dates import dateline_date
from newsgraph.extract.genre import alert_label
from newsgraph.extract.textclean import clean_text
from newsgraph.pipeline import articles_of
from newsgraph.records import RawItem

BODY = (
    "Leaders of the eight Harl basin states agreed on Wednesday to set up a grain reserve of "
    "500,000 tonnes, to be filled by the end of next year.\n\n"
    "The reserve will be held in three ports and released when prices rise by more than a "
    "fifth in a month, the summit's final statement said."
)


def _record(title: str) -> RawItem:
    fields = {"title": title, "language": "en"}
    return RawItem("wire.jsonl#1", "text", BODY.encode(), fields, container="jsonl")


# -- 9: a wire's slug ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "slug", "headline"),
    [
        (
            "FACTBOX-Key facts about the Harl grain reserve",
            "FACTBOX",
            "Key facts about the Harl grain reserve",
        ),
        (
            "UPDATE 2-Harl leaders agree on grain reserve",
            "UPDATE 2",
            "Harl leaders agree on grain reserve",
        ),
        (
            "EXCLUSIVE-Selm weighs a levy on grain exports",
            "EXCLUSIVE",
            "Selm weighs a levy on grain exports",
        ),
        (
            "ANALYSIS-Why the Harl reserve may come too late",
            "ANALYSIS",
            "Why the Harl reserve may come too late",
        ),
        (
            "REFILE-UPDATE 1-Harl leaders agree on reserve",
            "REFILE-UPDATE 1",
            "Harl leaders agree on reserve",
        ),
    ],
)
def test_a_wire_slug_leaves_the_title(title, slug, headline):
    assert alert_label(title) == (slug, headline)
    (article,) = articles_of(_record(title))
    assert article.title == headline
    assert article.metadata["alert"] == slug
    assert article.text == BODY


@pytest.mark.parametrize(
    "title",
    [
        "US-China grain talks resume in Selm",  # a compound of names, no slug
        "COVID-19 cases rise in the Harl basin",
        "Factbox-style guides are everywhere now",  # not in capitals
        "FACTBOX - Key facts about the reserve",  # spaced: no wire slug's shape
        "FACTBOX-Grain",  # too little headline after it
        "HARL-Selm grain talks resume",  # capitals, but no slug's word
    ],
)
def test_a_title_without_a_wire_slug_stays(title):
    assert alert_label(title) == (None, title)
    (article,) = articles_of(_record(title))
    assert article.title == title
    assert "alert" not in article.metadata


# -- 10: a masthead in another language over a section line ------------------------------------

FOREIGN = {
    "id": (
        "Harian Lintas Pos\nEkonomi\nKamis, 3 Desember 2026\n\n"
        "Pelabuhan Selm dibuka kembali setelah perbaikan dermaga selama tiga minggu\n\n"
        "Oleh Rina Wulandari\n\n"
        "SELM, Lintas Pos - Pelabuhan Selm dibuka kembali pada hari Kamis setelah perbaikan "
        "dermaga yang berlangsung selama tiga minggu, kata otoritas pelabuhan.\n\n"
        "Kapal pertama tiba pada pagi hari dengan muatan beras dan pupuk untuk para petani di "
        "wilayah itu, yang sudah lama menunggu pasokan tersebut.\n\n"
        "Otoritas pelabuhan mengatakan jadwal pelayaran akan kembali normal minggu depan."
    ),
    "fr": (
        "Le Veilleur de Selm\nÉconomie\njeudi 3 décembre 2026\n\n"
        "Le port de Selm rouvre après trois semaines de travaux sur le quai\n\n"
        "Par Claire Dumas\n\n"
        "SELM (Le Veilleur de Selm) - Le port de Selm a rouvert jeudi après trois semaines de "
        "travaux sur le quai principal, a annoncé l'autorité portuaire.\n\n"
        "Le premier navire est arrivé dans la matinée avec du riz et des engrais pour les "
        "agriculteurs de la région, qui attendaient ces livraisons depuis longtemps.\n\n"
        "L'autorité portuaire a indiqué que les horaires reprendraient la semaine prochaine."
    ),
    "es": (
        "Voz de Selm\nEconomía\njueves, 3 de diciembre de 2026\n\n"
        "El puerto de Selm reabre tras tres semanas de obras en el muelle principal\n\n"
        "Por Lucía Ferrer\n\n"
        "SELM, Voz de Selm - El puerto de Selm reabrió el jueves tras tres semanas de obras en "
        "el muelle principal, informó la autoridad portuaria.\n\n"
        "El primer barco llegó por la mañana con arroz y fertilizantes para los agricultores "
        "de la región, que esperaban esos envíos desde hacía semanas.\n\n"
        "La autoridad portuaria dijo que los horarios volverán a la normalidad la próxima semana."
    ),
}
OUTLETS = {"id": "Harian Lintas Pos", "fr": "Le Veilleur de Selm", "es": "Voz de Selm"}
SECTIONS = {"id": "Ekonomi", "fr": "Économie", "es": "Economía"}


@pytest.mark.parametrize("lang", sorted(FOREIGN))
def test_a_foreign_masthead_over_a_section_line_is_the_outlet(lang):
    got = clean_text(FOREIGN[lang], select_body=False)
    assert got.outlet == OUTLETS[lang]
    lines = got.text.splitlines()
    assert OUTLETS[lang] not in lines and SECTIONS[lang] not in lines
    removed = {r.text: r.reason for r in got.removals}
    assert removed[OUTLETS[lang]] == removed[SECTIONS[lang]] == "boilerplate"
    assert got.title.split()[0] in ("Pelabuhan", "Le", "El")


def test_a_foreign_masthead_no_line_names_is_furniture_but_no_outlet():
    text = FOREIGN["id"].replace("SELM, Lintas Pos - ", "SELM - ")
    got = clean_text(text, select_body=False)
    assert got.outlet is None
    assert "Harian Lintas Pos" not in got.text.splitlines()


def test_a_foreign_kicker_under_a_masthead_is_no_outlet_by_itself():
    text = FOREIGN["fr"].replace("SELM (Le Veilleur de Selm) - ", "SELM - ")
    text = text.replace("Le Veilleur de Selm\n", "Grève au port\n", 1)
    got = clean_text(text, select_body=False)
    assert got.outlet is None


# -- 11: a dateline closed by a colon -----------------------------------------------------------

LABELLED = (
    "Harl leaders agree on a grain reserve\n\nBy Ana Ruiz\n\nKey points\n\n"
    "LOMARI, 25 November 2026: The ministers of the eight Harl basin states agreed on "
    "Wednesday to set up a grain reserve of 500,000 tonnes by the end of next year.\n\n"
    "The reserve will be held in three ports and released when prices rise by more than a "
    "fifth in a month, the ministers said.\n\n"
    "The first 100,000 tonnes are due by the middle of next year, the final statement said.\n"
)


def test_a_colon_dateline_gives_its_date():
    got = clean_text(LABELLED, select_body=True)
    assert got.published == "2026-11-25"
    assert "LOMARI, 25 November 2026: The ministers" in got.text


@pytest.mark.parametrize(
    ("para", "places"),
    [
        ("LOMARI: The ministers met on Wednesday.", "LOMARI"),
        ("NEW SELM, 25 November 2026 (KPA): The ministers met.", "NEW SELM"),
        ("LOMARI — The ministers met on Wednesday.", "LOMARI"),
    ],
)
def test_a_colon_dateline_is_read(para, places):
    m = opening_dateline(para, para)
    assert m is not None and m["places"] == places


@pytest.mark.parametrize(
    "para",
    [
        "UPDATE: The ministers met again.",
        "KEY POINTS: The ministers met.",
        "EDITOR'S NOTE: This story was corrected.",
    ],
)
def test_a_label_in_capitals_is_no_dateline(para):
    assert opening_dateline(para, para) is None


def test_a_transcripts_turn_labels_are_no_datelines():
    text = (
        "DANA RUSU: We will not close the port this winter.\n\n"
        "LEO MARK: Why not, when the wall is failing?\n\n"
        "DANA RUSU: Because the town needs it, 11 March 2027: that is the answer."
    )
    first = text.split("\n\n")[0]
    assert opening_dateline(first, text) is None
    assert dateline_date(text.split("\n\n")[2], text) is None


def test_a_colon_dateline_needs_the_text_it_is_from():
    assert opening_dateline("LOMARI: The ministers met.") is None
    assert dateline_date("SELVIK, 17 November 2026: The commission met.") is None
    para = "SELVIK, 17 November 2026: The commission met."
    assert dateline_date(para, para) == "2026-11-17"
