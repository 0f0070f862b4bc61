"""Dossier behaviours outside the quote ledger, on invented articles: conflicts pair only
mentions of one occurrence, wire copies' claims are listed once, notices about the text are not
claims, agencies are found where they are credited, party and civil-society leaders are not
officials, and two articles of one outlet are told apart."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.compare.bundle import StoryBundle
from newsgraph.compare.claims import is_boilerplate
from newsgraph.compare.dossier import agencies, assemble
from newsgraph.compare.render import render_html, render_markdown
from newsgraph.compare.sourcing import kind_of


def _art(aid: str, outlet: str, text: str, published: str, **kw: Any) -> dict[str, Any]:
    return {
        "id": aid * 16,
        "outlet": outlet,
        "title": kw.get("title", f"{outlet} report"),
        "byline": kw.get("byline"),
        "published": published,
        "url": None,
        "metadata": kw.get("metadata", {}),
        "text": text,
    }


def _person(key: str, name: str) -> dict[str, Any]:
    return {"entity": f"person:{key}", "name": name}


def _event(eid: str, art: dict, sentence: str, date: str, trigger: str) -> dict[str, Any]:
    start = art["text"].index(sentence)
    return {
        "id": eid,
        "type": "consult",
        "mode": "meeting",
        "place": None,
        "date": date,
        "date_text": None,
        "date_precision": "day",
        "status": "happened",
        "article": art["id"],
        "start": start,
        "end": start + len(sentence),
        "trigger": trigger,
        "event_key": f"consult|person:ruiz+person:brenn|{date}",
        "actors": [_person("ruiz", "Ana Ruiz")],
        "targets": [_person("brenn", "Tomas Brenn")],
        "mentions": [{"start": start, "end": start + len(sentence)}],
    }


def _story(arts: list[dict], events: list[dict] | None = None, wire=()) -> StoryBundle:
    story = {
        "id": "s-" + arts[0]["id"],
        "title": arts[0]["title"],
        "articles": [a["id"] for a in arts],
        "wire_copies": [list(p) for p in wire],
    }
    return StoryBundle(story, arts, [], events or [], [])


# 1. Conflicts: a second meeting is another occurrence, not a disputed date.

FIRST = (
    "President Ana Ruiz and Prime Minister Tomas Brenn held their first talks on the Norvik "
    "fisheries accord in Portavel on Thursday, officials said."
)
SECOND = (
    "President Ana Ruiz and Prime Minister Tomas Brenn met again in Portavel on Friday and "
    "signed the Norvik fisheries accord, a day after their first talks."
)
OTHER_DAY = (
    "President Ana Ruiz and Prime Minister Tomas Brenn held their first talks on the Norvik "
    "fisheries accord in Portavel on Wednesday, officials said."
)


def _dates(first: str, second: str, d1: str, d2: str) -> list[dict]:
    a = _art("a", "Vesper Daily", first + "\n\nThe accord covers the northern banks.", "2025-05-10")
    b = _art("b", "Ilvane Herald", second + "\n\nFishermen welcomed the news.", "2025-05-10")
    evs = [_event("e1", a, first, d1, "held"), _event("e2", b, second, d2, "met")]
    d = assemble(_story([a, b], evs))
    return [c for c in d["conflicts"] if c["kind"] == "date"]


def test_a_second_meeting_a_day_later_is_not_a_date_conflict():
    assert _dates(FIRST, SECOND, "2025-05-08", "2025-05-09") == []


def test_one_meeting_told_on_two_days_is_still_a_date_conflict():
    (c,) = _dates(FIRST, OTHER_DAY, "2025-05-08", "2025-05-07")
    assert sorted(v["value"] for v in c["values"]) == ["2025-05-07", "2025-05-08"]


# 2 and 3. Wire copies: one text's claims are listed once; notices are not claims.

WIRE = (
    "PORTAVEL, Ilvane (NPA) — Ana Ruiz and Tomas Brenn signed the Norvik fisheries accord on "
    "Friday after two days of talks.\n\n"
    "The harbour authority will publish its first catch report in the autumn.\n\n"
    "Vesper fishermen say the quotas remain far too low for the northern banks."
)
NOTICE = "\n\nCopyright 2025 Norvik Press Agency. Republished with permission."
OWN = (
    "Ana Ruiz and Tomas Brenn signed the Norvik fisheries accord on Friday after two days of "
    "talks in Portavel.\n\nThe council refused permission for a new quay at Portavel last year."
)


def _wire_story() -> dict:
    agency = _art("n", "Norvik Press Agency", WIRE, "2025-05-09", byline="Norvik Press Agency")
    copy = _art("p", "Portavel Post", WIRE + NOTICE, "2025-05-09T12:00", byline="NPA")
    own = _art("v", "Vesper Daily", OWN, "2025-05-10", byline="Tomas Kell")
    return assemble(_story([agency, copy, own], wire=[(agency["id"], copy["id"])]))


def test_a_claim_of_one_wire_text_is_listed_once_with_its_republishers():
    d = _wire_story()
    listed = [
        (aid, c) for aid, cs in d["unique"].items() for c in cs if "catch report" in c["text"]
    ]
    assert len(listed) == 1, listed
    aid, c = listed[0]
    assert aid == "n" * 16  # the agency's own text
    assert [x["article"] for x in c["copies"]] == ["p" * 16]
    md = render_markdown(d)
    assert md.count("first catch report in the autumn") == 1


def test_copyright_and_republication_lines_are_not_claims():
    d = _wire_story()
    texts = [c["text"] for cs in d["unique"].values() for c in cs]
    texts += [s["text"] for c in d["shared"] for s in c["spans"]]
    assert not any("Copyright" in t or "Republished" in t for t in texts), texts
    assert any("refused permission for a new quay" in t for t in texts)  # news, not a notice


def test_an_initials_sign_off_is_not_a_claim():
    text = OWN + "\n\ntk/ar (NPA, VNS)"
    d = assemble(_story([_art("v", "Vesper Daily", text, "2025-05-10")]))
    assert not any("tk/ar" in c["text"] for c in d["unique"]["v" * 16])


# 4. Agencies credited, found by where a credit stands.


def test_agency_in_the_dateline_and_the_byline():
    art = _art("p", "Portavel Post", WIRE, "2025-05-09", byline="NPA")
    assert agencies(art) == ["NPA"]


def test_agency_named_in_full_and_by_its_initials_is_one_credit():
    art = _art("n", "Norvik Press Agency", WIRE, "2025-05-09", byline="Norvik Press Agency")
    assert agencies(art) == ["NPA"]


def test_agency_in_a_sign_off_and_a_closing_credit():
    signed = _art("v", "Vesper Daily", OWN + "\n\ntk/ar (NPA, VNS)", "2025-05-10")
    assert agencies(signed) == ["NPA", "VNS"]
    closing = _art("v", "Vesper Daily", OWN + " — VNS", "2025-05-10")
    assert agencies(closing) == ["VNS"]


def test_agency_named_in_a_by_line():
    art = _art("v", "Vesper Daily", OWN, "2025-05-10", byline="Tomas Brenn, Ilvane News Agency")
    assert agencies(art) == ["Ilvane News Agency"]


def test_no_agency_where_none_is_credited():
    text = "PORTAVEL — " + OWN + "\n\nThe talks resume in June (weather permitting)."
    art = _art("v", "Vesper Daily", text, "2025-05-10", byline="Tomas Kell")
    assert agencies(art) == []


# 5. Sourcing: officials hold state office; party and civil-society leaders are not officials.


def _kind(words: str, roles: list[str], name: str = "Ana Ruiz") -> str:
    return kind_of(name, words, {"id": "person:x", "type": "PERSON", "roles": roles})


def test_opposition_and_farmers_leaders_are_not_officials():
    assert _kind("Opposition leader Ana Ruiz", ["Opposition leader"]) == "other"
    assert _kind("Ana Ruiz", ["Ilvane farmers' leader"]) == "other"
    assert _kind("Ana Ruiz", ["president of the Norvik fishermen's union"]) == "other"


def test_state_office_holders_and_bodies_are_officials():
    assert _kind("Prime Minister Tomas Brenn", ["Prime Minister"], "Tomas Brenn") == "official"
    assert _kind("Ana Ruiz", ["party leader", "Vesper Prime Minister"]) == "official"
    assert _kind("Ana Ruiz", ["Ilvane President"]) == "official"
    assert kind_of(None, "Norvik city officials", None) == "official"
    assert kind_of(None, "the head of state", None) == "official"
    assert kind_of("Portavel Ministry of Fisheries", "the ministry", None) == "official"


# 6. Two articles of one outlet are told apart.


def test_two_articles_of_one_outlet_have_their_own_headings():
    one = _art("a", "Vesper Daily", FIRST, "2025-05-08", title="Ruiz and Brenn open talks")
    two = _art("b", "Vesper Daily", SECOND, "2025-05-09", title="Ruiz and Brenn sign accord")
    d = assemble(_story([one, two]))
    md = render_markdown(d)
    heads = [ln for ln in md.splitlines() if ln.startswith("### ")]
    assert len(heads) == 2 and len(set(heads)) == 2, heads
    assert any("2025-05-08" in h for h in heads) and any("2025-05-09" in h for h in heads)
    html = render_html(d)
    assert "Vesper Daily, 2025-05-08" in html and "Vesper Daily, 2025-05-09" in html
    assert d["articles"][0]["outlet"] == "Vesper Daily"  # the JSON keeps the outlet as stored


def test_same_day_articles_of_one_outlet_are_told_apart_by_title():
    one = _art("a", "Vesper Daily", FIRST, "2025-05-08", title="Ruiz and Brenn open talks")
    two = _art("b", "Vesper Daily", SECOND, "2025-05-08", title="Accord signed in Portavel")
    heads = [ln for ln in render_markdown(assemble(_story([one, two]))).splitlines()]
    heads = [h for h in heads if h.startswith("### ")]
    assert len(set(heads)) == 2 and any("Accord signed" in h for h in heads), heads


def test_credit_lines_are_notices_but_reporting_by_an_outlet_is_news():
    credit = "Reporting by Tomas Brenn in Portavel; Editing by Ana Ruiz"
    news = "Reporting by the Vesper Daily showed that the quotas had been cut twice since 2020."
    text = OWN + "\n\n" + news + "\n\n" + credit
    d = assemble(_story([_art("v", "Vesper Daily", text, "2025-05-10")]))
    texts = [c["text"] for c in d["unique"]["v" * 16]]
    assert news in texts and credit not in texts


def test_a_writer_after_a_closing_dash_is_no_agency():
    art = _art("v", "Vesper Daily", OWN + " — Tomas Kell", "2025-05-10", byline="Tomas Kell")
    assert agencies(art) == []


def test_a_wire_claim_is_highlighted_in_its_republications():
    html = render_html(_wire_story())
    start = WIRE.index("The harbour authority")
    assert f'id="a-{"p" * 16}-{start}-' in html  # the copy's span has its anchor


def test_the_unique_list_links_a_wire_claim_in_each_copy():
    html = render_html(_wire_story())
    unique = html[html.index('id="unique"') : html.index('id="conflicts"')]
    start = WIRE.index("The harbour authority")
    assert f'href="#a-{"p" * 16}-{start}-' in unique and "Portavel Post" in unique


@pytest.mark.parametrize(
    "sentence",
    [
        "The court said the copyright claim against the Portavel studio had no merit.",
        "Follow us, the protesters chanted as Ruiz walked past.",
    ],
)
def test_news_sentences_about_copyright_or_following_are_claims(sentence):
    assert not is_boilerplate(sentence, 0, len(sentence))


@pytest.mark.parametrize(
    ("words", "roles"),
    [
        ("an anti-government activist", []),
        ("a volleyball court owner", []),
        ("a court reporter for the Vesper Daily", []),
    ],
)
def test_office_words_inside_other_words_make_no_official(words, roles):
    assert _kind(words, roles) != "official"


def test_a_newspaper_named_press_is_no_agency():
    art = _art("d", "Norvik Free Press", OWN + "\n\n© 2025 Norvik Free Press", "2025-05-10")
    art["byline"] = "Ana Ruiz, Norvik Free Press"
    assert agencies(art) == []


def test_a_court_as_the_head_of_its_phrase_is_official():
    assert _kind("the supreme court", []) == "official"
