"""Product review 9: the dossier of a story read back from a JSON export (`dossier
--from-export`) is the dossier built from the database, field by field. An invented story
(text written for this test): two outlets' first-day reports, an agency's text and a site's
copy of it, and an outlet's second-day page scraped twice (the longer re-scrape, carrying a
correction, replaces the first version)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.compare.bundle import bundle_from_export, load_bundle
from newsgraph.export.contract import build_document
from newsgraph.store import Store

# `Varnholm`, named in the agency's text and the re-scrape, is a place an event names and no
# quote's speaker: the export path once left such entities out of the bundle, so the claim
# matcher did not set the name aside and aligned the two sentences from the export alone.
DAY1_COURIER = (
    "KELMORA — Negotiators for Ostravel and the fighters of the Ashen Ridge Front opened talks "
    "in Kelmora on Monday, the first meeting of the two sides in a year.\n\n"
    '"We have come to listen, not to lecture," said Teodor Brask, the spokesman for the '
    "Ostravel government.\n\n"
    "Defence Minister Hana Vell met the front's envoys at the old customs house, the spokesman "
    "said.\n\n"
    "The fighting has killed at least 60 people since January, according to the Kelmora Red "
    "Cross.\n\n"
    "Mediator Dagny Holt said she expected the talks to last three days."
)
DAY1_HERALD = (
    "KELMORA, April 7 — Envoys of the Ostravel government and the Ashen Ridge Front sat down in "
    "Kelmora on Monday for talks on a truce.\n\n"
    "Government spokesman Teodor Brask said the delegation had come to listen.\n\n"
    '"Their guns spoke while their envoys packed," said Rurik Ansel, a commander of the Ashen '
    "Ridge Front.\n\n"
    "More than 55 people have died in the fighting, a local hospital official said."
)
AGENCY = (
    "KELMORA, April 8 (LNA) - Ostravel and the Ashen Ridge Front agreed on Tuesday to a truce "
    "that will take effect at midnight on Wednesday, mediator Dagny Holt said.\n\n"
    '"This is a truce, not yet a peace," Holt told reporters in Kelmora.\n\n'
    "Teodor Brask, the government spokesman, said the army would keep its word.\n\n"
    "Fighters of the front will pull back 12 kilometres from the Tessen ridge under the deal.\n\n"
    "Artillery shelled Varnholm overnight, officials said.\n\n"
    "The fighting has killed 62 people, the Kelmora Red Cross said."
)
DAY2_FIRST = (
    "KELMORA, April 8 — Ostravel's government and the Ashen Ridge Front agreed a truce on "
    "Tuesday evening, mediator Dagny Holt said. The truce will begin at midnight on Thursday.\n\n"
    "Fighters of the front will pull back 10 kilometres from the Tessen ridge."
)
DAY2_RESCRAPE = (
    "Correction: An earlier version of this article said the truce would begin at midnight on "
    "Thursday. It begins at midnight on Wednesday.\n\n"
    "KELMORA, April 8 — Ostravel's government and the Ashen Ridge Front agreed a truce on "
    "Tuesday evening, mediator Dagny Holt said. The truce will begin at midnight on "
    "Wednesday.\n\n"
    "Fighters of the front will pull back 12 kilometres from the Tessen ridge, according to a "
    "copy of the deal seen by the Courier.\n\n"
    '"This is a truce, not yet a peace," Holt said. "Both sides must now keep it."\n\n'
    "Teodor Brask, the government spokesman, said the army would keep its word.\n\n"
    "Rurik Ansel, the front's commander in the south, said his men would not fire first.\n\n"
    "Varnholm was shelled through the night, officials said.\n\n"
    "Residents of Kelmora greeted the news with caution, and the market stayed shut."
)


def _record(rid: str, outlet: str, title: str, url: str, when: str, text: str, **kw: Any):
    return {
        "id": rid,
        "title": title,
        "url": url,
        "outlet": outlet,
        "byline": kw.get("byline", f"{outlet} staff"),
        "published": when,
        "text": text,
    }


DAY2_URL = "https://varncourier.example/world/2031/04/08/truce-agreed-ostravel"
DAY2_TITLE = "Truce agreed in Ostravel after two days of talks"
FIRST_RUN = [
    _record(
        "courier-1",
        "The Varn Courier",
        "Ostravel and the Ashen Ridge Front open talks in Kelmora",
        "https://varncourier.example/world/2031/04/07/talks-open",
        "2031-04-07",
        DAY1_COURIER,
        byline="Ilka Soren",
    ),
    _record(
        "herald-1",
        "Osterby Herald",
        "Truce talks begin as the front accuses the army",
        "https://osterbyherald.example/news/truce-talks-begin",
        "2031-04-07T10:15:00+02:00",
        DAY1_HERALD,
        byline="Mattis Grell",
    ),
    _record(
        "lna-1",
        "Lirran News Agency",
        "Ostravel and the Ashen Ridge Front agree a truce",
        "https://lirran-news.example/2031/04/08/truce-agreed",
        "2031-04-08T09:00:00+00:00",
        AGENCY,
        byline="LNA staff",
    ),
    _record(
        "gazette-1",
        "Coldwater Gazette",
        "Guns to fall silent in Kelmora at midnight",
        "https://coldwatergazette.example/world/guns-to-fall-silent",
        "2031-04-08T11:30:00+00:00",
        AGENCY,
        byline="Lirran News Agency",
    ),
    _record("courier-2", "The Varn Courier", DAY2_TITLE, DAY2_URL, "2031-04-08", DAY2_FIRST),
]
SECOND_RUN = [
    _record("courier-2b", "The Varn Courier", DAY2_TITLE, DAY2_URL, "2031-04-08", DAY2_RESCRAPE)
]


def _jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def run(*args: str):
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module")
def truce(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The articles analysed into a database in two runs, its export, and the dossiers of
    each story from both (the grouper makes one story of each day)."""
    tmp = tmp_path_factory.mktemp("truce")
    db = str(tmp / "n.db")
    first, later = _jsonl(tmp / "first.jsonl", FIRST_RUN), _jsonl(tmp / "later.jsonl", SECOND_RUN)
    run("analyze", str(first), "--out", str(tmp / "o1"), "--db", db)
    run("analyze", str(later), "--out", str(tmp / "o2"), "--db", db)
    export = tmp / "export.json"
    run("export", "--format", "json", "-o", str(export), "--db", db)
    doc = json.loads(export.read_text(encoding="utf-8"))
    titles = {a["id"]: a["title"] for a in doc["articles"]}
    [story] = [s for s in doc["stories"] if DAY2_TITLE in {titles[i] for i in s["articles"]}]
    dossiers = {
        s["id"]: (
            json.loads(run("dossier", s["id"], "--format", "json", "--db", db).output),
            json.loads(
                run("dossier", s["id"], "--format", "json", "--from-export", str(export)).output
            ),
        )
        for s in doc["stories"]
    }
    return {"db": db, "doc": doc, "story": story, "dossiers": dossiers}


def test_the_story_has_a_wire_copy_and_a_replaced_version(truce):
    doc, story = truce["doc"], truce["story"]
    assert len(story["wire_copies"]) == 1
    assert len(story["articles"]) >= 3
    versions = [a for a in doc["articles"] if (a["metadata"] or {}).get("version_of")]
    assert [a["text"] for a in versions] == [DAY2_FIRST]  # the first scrape, replaced
    assert versions[0]["id"] not in story["articles"]
    day2 = [a for a in doc["articles"] if a["id"] in story["articles"] and a["url"] == DAY2_URL]
    assert [a["text"] for a in day2] == [DAY2_RESCRAPE]
    # every article but the replaced version is in a story
    assert sum(len(s["articles"]) for s in doc["stories"]) == len(doc["articles"]) - 1


def test_the_bundles_from_the_database_and_the_export_are_equal(truce):
    with Store(truce["db"]) as store:
        doc = build_document(store)
        for s in truce["doc"]["stories"]:
            from_db = load_bundle(store, s["id"])
            from_export = bundle_from_export(truce["doc"], s["id"])
            for name in ("story", "articles", "quotes", "events", "entities"):
                assert getattr(from_export, name) == getattr(from_db, name), (s["id"], name)
            assert bundle_from_export(doc, s["id"]) == from_db


def test_the_dossier_from_an_export_equals_the_databases_field_by_field(truce):
    for sid, (from_db, from_export) in truce["dossiers"].items():
        assert list(from_export) == list(from_db)
        for field in from_db:
            assert from_export[field] == from_db[field], (sid, field)


def test_an_export_dossier_takes_an_article_id_as_the_database_does(truce, tmp_path):
    export = tmp_path / "e.json"
    export.write_text(json.dumps(truce["doc"]), encoding="utf-8")
    article = truce["story"]["articles"][0]
    by_article = json.loads(
        run("dossier", article[:10], "--format", "json", "--from-export", str(export)).output
    )
    assert by_article == truce["dossiers"][truce["story"]["id"]][1]


def test_the_replacing_version_is_shown_corrected(truce):
    dossier = truce["dossiers"][truce["story"]["id"]][0]
    [day2] = [a for a in dossier["articles"] if a["url"] == DAY2_URL]
    [notice] = day2["corrections"]
    assert notice["kind"] == "correction"
    assert day2["text"][notice["start"] : notice["end"]] == notice["text"]
    assert (
        notice["text"].startswith("Correction: An earlier version")
        and "Wednesday" in notice["text"]
    )
    assert dossier["coverage"]["corrections"] == [
        {"article": day2["id"], "outlet": "The Varn Courier", **notice}
    ]
    others = [a for a in dossier["articles"] if a["id"] != day2["id"]]
    assert all(a["corrections"] == [] for a in others)


def test_the_fronts_commander_is_no_official(truce):
    kinds = {
        src["kind"]
        for from_db, _ in truce["dossiers"].values()
        for row in from_db["sources_cited"]
        for src in row["sources"]
        if src["name"] == "Rurik Ansel"
    }
    assert kinds == {"other"}
