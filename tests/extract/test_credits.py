"""Credits (extract/credits.py): one definition each of the rights notice, the sign-off and the
dateline, with the parts each caller reads. Text written for these tests."""

from __future__ import annotations

import pytest

from newsgraph.extract.credits import (
    COPYRIGHT_HOLDER,
    COPYRIGHT_LINE,
    DATELINE,
    RIGHTS_IN_SENTENCE,
    RIGHTS_NOTICE,
    SIGNOFF,
    credit_list,
)

# -- rights -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "© 2025 Harbour Times. All rights reserved.",
        "Harbour Times © 2025",
        "Photo: © Coastline Images",
        "(c) 2024 Lakeside Media Group",
        "Copyright Lakeside Media 2024",
        "All rights reserved.",
    ],
)
def test_a_furniture_line_about_rights(line):
    assert COPYRIGHT_LINE.match(line)


def test_a_rights_line_needs_the_mark_near_its_start():
    assert not COPYRIGHT_LINE.match("The council said " + "x" * 90 + " under copyright rules.")
    assert not COPYRIGHT_LINE.match("The council reserved all rights to appeal.")


@pytest.mark.parametrize(
    "para",
    [
        "Copyright 2025 Harbour Times. Republished with permission.",
        "Copyright © Harbour Times",
        "© Lakeside Media. All rights reserved.",
        "(c) 2025 Lakeside Media",
        "This article is republished with permission from the Harbour Times.",
        "Reproduced with the kind permission of Lakeside Media.",
        "Published here under licence from the Harbour Times.",
        "Excerpt. © Reprinted by permission. All rights reserved.",
    ],
)
def test_a_closing_paragraph_that_is_a_notice(para):
    assert RIGHTS_NOTICE.match(para)


@pytest.mark.parametrize(
    "para",
    [
        "Copyright holders say the new rules leave them no say over reprints.",
        "The mill has produced textiles under licence from a Lakeside firm since 2019.",
        "(c) the council's reply, which came late.",
    ],
)
def test_prose_is_no_notice(para):
    """A paragraph opening with the bare word, or goods made under licence, is prose."""
    assert not RIGHTS_NOTICE.match(para)


def test_a_sentence_carrying_a_notice():
    assert RIGHTS_IN_SENTENCE.search("Text and photos © Harbour Times.")
    assert RIGHTS_IN_SENTENCE.search("Copyright 2025 Lakeside Media.")
    assert RIGHTS_IN_SENTENCE.search("Other marks are used with permission.")
    assert not RIGHTS_IN_SENTENCE.search("Copyright reform was debated on Monday.")
    assert not RIGHTS_IN_SENTENCE.search("The parts are produced under licence in Lakeside.")


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("© 2025 Harbour Times. All rights reserved.", "Harbour Times"),
        ("Copyright © 1998-2025 Lakeside Press Agency, Inc.", "Lakeside Press Agency"),
        ("Copyright 2024, Coastal Wire Service", "Coastal Wire Service"),
        ("(c) Harbour Times | Privacy", "Harbour Times"),
        ("Copyright Lakeside Media all rights reserved", "Lakeside Media"),
    ],
)
def test_the_holder_a_notice_names(line, holder):
    assert COPYRIGHT_HOLDER.search(line).group("holder") == holder


def test_copyrighted_is_no_mark():
    m = COPYRIGHT_HOLDER.search("Copyrighted material © 2025 Harbour Times.")
    assert m.group("holder") == "Harbour Times"


# -- sign-offs --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "initials", "credits"),
    [
        ("ab/cd (XNA, ZPA)", "ab/cd", "XNA, ZPA"),
        ("ab/cd", "ab/cd", None),
        ("xy, zz", "xy, zz", None),
        ("(AP)", None, "AP"),
        ("(with Reuters)", None, "Reuters"),
        ("ab/cd  (XNA)", "ab/cd", "XNA"),
        ("ab,cde/fg\u00a0(AP, XNA)", "ab,cde/fg", "AP, XNA"),  # a no-break space
    ],
)
def test_signoff_parts(line, initials, credits):
    m = SIGNOFF.fullmatch(line)
    assert m is not None
    assert (m.group("initials"), m.group("credits")) == (initials, credits)


def test_with_is_kept_apart():
    assert SIGNOFF.match("(with Reuters)").group("with") == "with "


@pytest.mark.parametrize("line", ["", "ab", "The talks ended (AP) on Monday.", "AB/CD (XNA)"])
def test_no_signoff(line):
    assert SIGNOFF.fullmatch(line) is None


def test_signoffs_in_a_tail():
    tail = "The talks resume on Friday.\nab/cd (XNA)\n(with ZPA)\n"
    assert SIGNOFF.search("ab/cd\n(XNA)").group("credits") is None  # one line each
    assert [m.group("credits") for m in SIGNOFF.finditer(tail)] == ["XNA", "ZPA"]


def test_credit_list():
    assert credit_list("AP, AFP") == ["AP", "AFP"]
    assert credit_list("XNA/dpa") == ["XNA", "dpa"]
    assert credit_list("Reuters and AP") == ["Reuters", "AP"]
    assert credit_list("Agence Lakeside-Presse") == ["Agence Lakeside-Presse"]
    assert credit_list("updated") == []  # a lower-case word is no credit
    assert credit_list("Reuters staff") == []
    assert credit_list(None) == []


# -- datelines --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("para", "places", "rest", "agency"),
    [
        ("LYON — The mayor said", "LYON", None, None),
        ("PORT CITY, March 6 (XNA) - The talks", "PORT CITY", ", March 6", "XNA"),
        ("NORTH BAY/SOUTH BAY, Ruritania — Ferries", "NORTH BAY/SOUTH BAY", ", Ruritania", None),
        ("NORTH BAY / SOUTH BAY (AP) -- Ferries", "NORTH BAY / SOUTH BAY", None, "AP"),
        ("PORT CITY, Ruritania (AP, AFP) — The", "PORT CITY", ", Ruritania", "AP, AFP"),
        ("ST. ANNE'S (Harbour Wire) – Boats", "ST. ANNE'S", None, "Harbour Wire"),
        ("LYON\u00a0(XNA)\u00a0— The mayor", "LYON", None, "XNA"),
    ],
)
def test_dateline_parts(para, places, rest, agency):
    m = DATELINE.match(para)
    assert m is not None
    assert (m.group("places"), m.group("rest"), m.group("agency")) == (places, rest, agency)


@pytest.mark.parametrize(
    "para",
    ["Lyon — The mayor said", "THE talks went on", "LYON\u2014no space", "PORT CITY said so."],
)
def test_no_dateline(para):
    assert DATELINE.match(para) is None


def test_a_dateline_opens_a_paragraph_anywhere_in_the_text():
    text = "Ferry talks\n\nPORT CITY, March 6 (XNA) — The talks"
    assert [credit_list(m.group("agency")) for m in DATELINE.finditer(text)] == [["XNA"]]
