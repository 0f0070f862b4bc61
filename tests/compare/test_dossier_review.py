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
from newsgraph.compare.notices import corrections
from newsgraph.compare.render import carried_by, render_html, render_markdown, when
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


# 7. Product review 9: correction notices, one date format, wire copies in shared-claim
# headings, and commanders of armed groups outside the state.

CORRECTED = (
    "Correction: An earlier version of this article gave the wrong day for the signing. The "
    "accord was signed on Friday.\n\n" + OWN
)


@pytest.mark.parametrize(
    ("text", "notice", "kind"),
    [
        (CORRECTED, CORRECTED.split("\n")[0], "correction"),
        (
            OWN + " An earlier version of this story misnamed the Portavel harbour master.",
            "An earlier version of this story misnamed the Portavel harbour master.",
            "correction",
        ),
        (
            OWN + "\n\n(This report has been updated to include a statement from the council.)",
            "(This report has been updated to include a statement from the council.)",
            "update",
        ),
        (
            "CLARIFICATION — The quota figures are for the northern banks only.\n\n" + OWN,
            "CLARIFICATION — The quota figures are for the northern banks only.",
            "correction",
        ),
        (
            "Update (May 11): Ruiz has since left for Vesper.\n\n" + OWN,
            "Update (May 11): Ruiz has since left for Vesper.",
            "update",
        ),
        (
            "[Editor's note: Names of the crew have been withheld.]\n\n" + OWN,
            "[Editor's note: Names of the crew have been withheld.]",
            "note",
        ),
        (
            "Editor's note, May 11: We added the council's reply.\n\n" + OWN,
            "Editor's note, May 11: We added the council's reply.",
            "update",
        ),
        (
            OWN + "\n\nThe Vesper Daily regrets the error.",
            "The Vesper Daily regrets the error.",
            "correction",
        ),
    ],
)
def test_a_correction_or_update_notice_is_found_with_its_span(text, notice, kind):
    [found] = corrections(text)
    assert (found["text"], found["kind"]) == (notice, kind)
    assert text[found["start"] : found["end"]] == notice


@pytest.mark.parametrize(
    "text",
    [
        "Updated: 11 May 2025, 14:05 GMT\n\n" + OWN,
        "Updated 11 May 2025\n\n" + OWN,
        OWN + "\n\nThe minister said the correction of the quotas would take a year.",
        OWN + "\n\nThe council said this report has been revised twice since March.",
        OWN + '\n\n"This report was amended in committee," Ruiz said.',
        "Updates to the quota plan — the council said on Monday it would wait.\n\n" + OWN,
        "".join(
            f"Update: the {n} quay opens in {m}.\n\n"
            for n, m in [("north", "May"), ("east", "June"), ("west", "July")]
        ),
    ],
)
def test_a_time_stamp_or_news_about_a_correction_is_no_notice(text):
    assert corrections(text) == []


def test_coverage_says_a_report_was_corrected():
    fixed = _art("v", "Vesper Daily", CORRECTED, "2025-05-10", title="Accord signed")
    other = _art("p", "Portavel Post", OWN, "2025-05-10T09:30:00+00:00")
    d = assemble(_story([fixed, other]))
    by_id = {a["id"]: a for a in d["articles"]}
    [notice] = by_id["v" * 16]["corrections"]
    assert notice == {
        "kind": "correction",
        "text": CORRECTED.split("\n")[0],
        "start": 0,
        "end": len(CORRECTED.split("\n")[0]),
    }
    assert by_id["p" * 16]["corrections"] == []
    assert d["coverage"]["corrections"] == [
        {"article": "v" * 16, "outlet": "Vesper Daily", **notice}
    ]
    md = render_markdown(d)
    assert f"correction [{'v' * 8}:0-{notice['end']}]" in md
    assert "Vesper Daily (correction): Correction: An earlier version" in md
    html = render_html(d)
    assert f'href="#a-{"v" * 16}-0-{notice["end"]}"' in html
    assert f'id="a-{"v" * 16}-0-{notice["end"]}"' in html


def test_publication_times_have_one_format():
    assert when("2025-05-10") == "2025-05-10"
    assert when("2025-05-10T09:30:00+00:00") == "2025-05-10 09:30 UTC"
    assert when("2025-05-10T01:30:00+02:00") == "2025-05-09 23:30 UTC"
    assert when("2025-05-10T09:30:00Z") == "2025-05-10 09:30 UTC"
    assert when("2025-05-10T09:30") == "2025-05-10 09:30"  # no zone given: none claimed
    assert when(None) == "" and when("sometime in May") == "sometime in May"
    arts = [
        _art("a", "Vesper Daily", FIRST, "2025-05-08"),
        _art("b", "Ilvane Herald", SECOND, "2025-05-09T07:15:00+02:00"),
    ]
    d = assemble(_story(arts))
    md = render_markdown(d)
    assert "| 2025-05-09 05:15 UTC |" in md and "| 2025-05-08 |" in md
    assert "2025-05-08 to 2025-05-09 05:15 UTC" in md
    assert "T07:15" not in md
    html = render_html(d)
    assert "<td>2025-05-09 05:15 UTC</td>" in html and "T07:15" not in html


def test_shared_claim_headings_say_how_wire_copies_were_counted():
    d = _wire_story()
    [row] = [c for c in d["shared"] if len({s["article"] for s in c["spans"]}) == 3]
    assert row["reports"] == 2
    assert carried_by(row, d["articles"]) == "3 outlets (2 reports, 1 wire copy counted once)"
    md = render_markdown(d)
    assert "- 3 outlets (2 reports, 1 wire copy counted once):" in md
    assert "3 outlets (2 reports, 1 wire copy counted once)" in render_html(d)
    two = {"reports": 2, "spans": [{"article": "n" * 16}, {"article": "v" * 16}]}
    assert carried_by(two, d["articles"]) == "2 outlets (2 reports)"


@pytest.mark.parametrize(
    "roles",
    [
        ["commander of the front", "senior commander of the front"],
        ["front's commander in the north"],
        ["leader of the Kesh militia"],
        ["guerrilla commander"],
        ["rebel army commander"],
        ["commander of the Ashmoor Liberation Army"],
    ],
)
def test_commanders_of_armed_groups_outside_the_state_are_not_officials(roles):
    assert _kind("Rurik Ansel", roles, "Rurik Ansel") == "other"


@pytest.mark.parametrize(
    "roles", [["army commander"], ["commander at the front"], ["front-line commander"]]
)
def test_the_armys_commanders_are_officials_wherever_they_stand(roles):
    assert _kind("Rurik Ansel", roles, "Rurik Ansel") == "official"


def test_a_source_regretting_an_error_is_news_and_ends_no_paragraph():
    # `The airline regrets the error, a spokesman said` is news, not the outlet's notice
    news = (
        OWN + "\n\nThe airline regrets the error, a spokesman said, adding that 40 passengers "
        "had been rebooked. Regulators opened an inquiry into the Tarsk airport outage."
    )
    assert corrections(news) == []
    # the outlet's own first-person notice ends with its sentence
    own = OWN + "\n\nWe regret the error. Regulators opened an inquiry into the Tarsk outage."
    [found] = corrections(own)
    assert (found["text"], found["kind"]) == ("We regret the error.", "correction")


def test_a_notice_found_by_its_words_is_its_own_sentence():
    text = (
        OWN + " An earlier version of this story misnamed the harbour master. Ruiz said the "
        "trawlers would sail on Friday."
    )
    [found] = corrections(text)
    assert found["text"] == "An earlier version of this story misnamed the harbour master."
    assert text[found["start"] : found["end"]] == found["text"]
