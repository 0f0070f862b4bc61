"""The pipeline's promises beyond the CLI: an analysis error never loses the article."""

from __future__ import annotations

import ferry_strike
import pytest

import newsgraph.analyse as analyse
from newsgraph.pipeline import ingest
from newsgraph.records import RawItem
from newsgraph.store import Store

TEXT = (
    "The harbour authority said on Tuesday that the port of Portavel would reopen on Friday "
    "after repairs to two cranes damaged in last week's storm."
)


def test_analysis_error_stores_the_article_and_warns(tmp_path, monkeypatch):
    def broken(article, doc):
        raise RuntimeError("component exploded")

    monkeypatch.setitem(analyse._REGISTRY, "quotes", broken)
    warnings = []
    raw = RawItem(source="a.txt", kind="text", content=TEXT.encode())
    with Store(tmp_path / "n.db") as store:
        summary = ingest(store, [raw], on_warning=warnings.append)
        assert summary.ingested == 1 and summary.failed == 0
        assert "stored as 1 report (1 not analysed: an error)" in summary.line()
        [warning] = warnings
        assert warning.source == "a.txt" and "component exploded" in warning.reason
        article = store.get_article(raw.id)
        assert article.text.startswith("The harbour authority")
        assert "component exploded" in article.metadata["analysis_error"]


def _host_pair() -> tuple[RawItem, RawItem]:
    """A page whose outlet has a name, and a scraped text from its host known only by its URL."""
    page = RawItem(
        source="p.json#1",
        kind="text",
        content=b"First report text " * 10,
        fields={"url": "https://www.harbour-times.example/a", "outlet": "Harbour Times"},
        container="jsonl",
    )
    scraped = RawItem(
        source="s.txt",
        kind="text",
        content=(TEXT + "\n\nOriginal url:\n\n<https://harbour-times.example/b>\n").encode(),
    )
    return page, scraped


@pytest.mark.parametrize("order", [1, -1], ids=["page first", "scraped text first"])
def test_outlet_known_only_by_host_takes_the_name_its_pages_give(tmp_path, order):
    page, scraped = _host_pair()
    with Store(tmp_path / "n.db") as store:
        ingest(store, [page, scraped][::order])
        assert store.get_article(scraped.id).outlet == "Harbour Times"


def test_a_later_run_names_an_outlet_stored_under_its_host(tmp_path):
    """The name reaches articles stored in an earlier run, so the order of runs does not matter."""
    page, scraped = _host_pair()
    with Store(tmp_path / "n.db") as store:
        ingest(store, [scraped])
        assert store.get_article(scraped.id).outlet == "harbour-times.example"
        ingest(store, [page])
        assert store.get_article(scraped.id).outlet == "Harbour Times"


# -- page versions: insertion order, stubs, reprocess --------------------------------------------

FERRY, FERRY_URL = ferry_strike.PARAS, ferry_strike.URL


def _version(text: str, name: str, url: str = FERRY_URL, **fields: str) -> RawItem:
    fields = {"url": url, "outlet": "Quillon Courier", "title": "Ferry crews strike", **fields}
    return RawItem(source=f"{name}.json#1", kind="text", content=text.encode(), fields=fields)


def _statuses(store: Store) -> dict[str, tuple[str, str | None]]:
    return {a.id: (a.status, a.metadata.get("version_of")) for a in store.iter_articles()}


def _story_members(store: Store) -> set[frozenset[str]]:
    return {frozenset(r["articles"]) for r in store.story_records()}


def test_stub_rule():
    from newsgraph.pipeline import is_stub

    assert is_stub(150, 600)  # a teaser of a full report
    assert is_stub(500, 1200)  # text a fraction of the later one's
    assert not is_stub(600, 150) and not is_stub(600, 600)
    assert not is_stub(900, 1200)  # an update that adds a paragraph: the first stays
    # a change of a few characters around the 400-character line is no new report
    assert not is_stub(399, 401) and not is_stub(380, 560)
    assert is_stub(150, 350) and not is_stub(150, 340)  # and a tiny page needs 200 more


@pytest.mark.parametrize("order", [1, -1], ids=["teaser first", "full text first"])
def test_a_teaser_stored_first_gives_way_to_the_full_text(tmp_path, order):
    """Whichever comes first, the full text is the report and the teaser its version; both
    stay stored with their raw input, once each."""
    from newsgraph.pipeline import SUPERSEDED, group_stored

    teaser = _version(FERRY[0], "teaser")
    full = _version("\n\n".join(FERRY), "full")
    other = _version(
        "\n\n".join(FERRY[:3]), "other", "https://brasket.example/ferry", outlet="Brasket Post"
    )
    with Store(tmp_path / "n.db") as store:
        summary = ingest(store, [*[teaser, full][::order], other])
        group_stored(store, summary)
        assert summary.ingested == 3 and summary.versions == 1
        assert _statuses(store) == {
            full.id: ("analysed", None),
            teaser.id: (SUPERSEDED, full.id),
            other.id: ("analysed", None),
        }
        assert all(store.get_raw(i) is not None for i in (teaser.id, full.id, other.id))
        assert store.quotes(article_id=teaser.id) == []
        assert store.event_records(article_ids=[teaser.id]) == []
        members = {a for r in store.story_records() for a in r["articles"]}
        assert teaser.id not in members and {full.id, other.id} <= members
        assert store.counts()["articles"] == 3


def test_a_stub_replaced_passes_on_its_versions(tmp_path):
    """A re-save of the teaser (a version of it) becomes a version of the full text too."""
    from newsgraph.pipeline import SUPERSEDED

    teaser = _version(FERRY[0], "teaser")
    resave = _version(FERRY[0] + " (Updated.)", "resave")
    full = _version("\n\n".join(FERRY), "full")
    with Store(tmp_path / "n.db") as store:
        first = ingest(store, [teaser, resave])
        assert _statuses(store)[resave.id] == (SUPERSEDED, teaser.id)
        later = ingest(store, [full])
        assert later.demoted == [teaser.id]
        assert _statuses(store) == {
            full.id: ("analysed", None),
            teaser.id: (SUPERSEDED, full.id),
            resave.id: (SUPERSEDED, full.id),
        }
        assert first.ingested + later.ingested == 3


def test_a_takeover_is_one_transaction(tmp_path, monkeypatch):
    """Storing the fuller version and demoting its stub are one transaction: a crash between
    them leaves the stub the report (the fuller version not stored), never both analysed."""
    import newsgraph.group.run as group_run
    from newsgraph.pipeline import SUPERSEDED, group_stored

    teaser = _version(FERRY[0], "teaser")
    full = _version("\n\n".join(FERRY), "full")
    with Store(tmp_path / "n.db") as store:
        group_stored(store, ingest(store, [teaser]))
        [story] = store.story_records()
        with monkeypatch.context() as m:

            def crash(self, article_id):
                raise KeyboardInterrupt("killed mid-takeover")

            m.setattr(Store, "_clear_analysis", crash)
            with pytest.raises(KeyboardInterrupt):
                ingest(store, [full])
        assert _statuses(store) == {teaser.id: ("analysed", None)}
        assert store.story_of(teaser.id) == story["id"]
        # The run again: the full text takes the teaser's place in its story, no regrouping.
        monkeypatch.setattr(group_run, "regroup", lambda store: pytest.fail("regrouped"))
        summary = ingest(store, [full])
        assert summary.demoted == [teaser.id]
        group_stored(store, summary)
        assert _statuses(store) == {
            teaser.id: (SUPERSEDED, full.id),
            full.id: ("analysed", None),
        }
        assert store.story_of(full.id) == story["id"] and store.story_of(teaser.id) is None
        state = store.grouping_state()
        members = [m for s in state["stories"] for m in s["members"]]
        assert full.id in members and teaser.id not in members


def test_two_analysed_versions_of_a_page_are_repaired(tmp_path, monkeypatch):
    """A store left with a stub and its fuller version both analysed (a run killed between
    the two steps before they were one transaction) is repaired by the next run."""
    import newsgraph.pipeline as pipeline
    from newsgraph.pipeline import SUPERSEDED, group_stored

    teaser = _version(FERRY[0], "teaser")
    full = _version("\n\n".join(FERRY), "full")
    copy = _version("\n\n".join(FERRY) + "\n\nThe editors added a line.", "copy")
    with Store(tmp_path / "n.db") as store:
        group_stored(store, ingest(store, [teaser]))
        with monkeypatch.context() as m:
            m.setattr(pipeline, "page_key", lambda *args, **kw: None)
            ingest(store, [full])  # stored, not grouped: the crashed run's state
        summary = ingest(store, [copy])
        group_stored(store, summary)
        assert _statuses(store) == {
            teaser.id: (SUPERSEDED, full.id),
            full.id: ("analysed", None),
            copy.id: (SUPERSEDED, full.id),
        }
        assert _story_members(store) == {frozenset([full.id])}


def _two_versions_later_first_by_id() -> tuple[RawItem, RawItem]:
    """Two versions of one page of about the same length, the second with the smaller id
    (ids are content hashes: insertion order is not id order)."""
    for n in range(100):
        a = _version("\n\n".join(FERRY) + f"\n\nFirst edition {n}.", "a")
        b = _version("\n\n".join(FERRY) + f"\n\nSecond edition {n}.", "b")
        if b.id < a.id:
            return a, b
    raise AssertionError("no such pair")


def test_the_first_version_is_the_first_stored_not_the_smallest_id(tmp_path, monkeypatch):
    """A store from before page versions holds two analysed versions of a page: a later run
    and `reprocess` take the one stored first as the report."""
    import newsgraph.pipeline as pipeline
    from newsgraph.pipeline import SUPERSEDED, reprocess

    a, b = _two_versions_later_first_by_id()
    third = _version("\n\n".join(FERRY) + "\n\nThird edition.", "c")
    with Store(tmp_path / "n.db") as store:
        with monkeypatch.context() as m:
            m.setattr(pipeline, "page_key", lambda *args, **kw: None)  # no versions yet
            ingest(store, [a, b])
        ingest(store, [third])
        assert _statuses(store)[third.id] == (SUPERSEDED, a.id)
        reprocess(store, [b.id, a.id, third.id])
        assert _statuses(store) == {
            a.id: ("analysed", None),
            b.id: (SUPERSEDED, a.id),
            third.id: (SUPERSEDED, a.id),
        }


def test_an_old_store_is_numbered_in_insertion_order(tmp_path):
    """Migration 9 numbers the articles of a store made before it in rowid order."""
    import sqlite3

    from newsgraph.store.dialect import SCHEMA_TABLE
    from newsgraph.store.migrations import MIGRATIONS

    a, b = _two_versions_later_first_by_id()
    path = tmp_path / "old.db"
    db = sqlite3.connect(path, isolation_level=None)
    db.executescript(SCHEMA_TABLE)
    for version, description, sql in MIGRATIONS[:8]:  # a store of schema 8
        db.executescript(sql)
        db.execute("INSERT INTO schema_migrations VALUES (?, ?, '')", (version, description))
    for item, published in ((a, "2026-03-05T09:00:00-05:00"), (b, None)):
        db.execute(
            "INSERT INTO articles (id, source, kind, url, outlet, title, published, status, "
            "extractor, text, pipeline_version, ingested_at) VALUES (?, ?, 'text', ?, "
            "'Quillon Courier', 'Ferry crews strike', ?, 'analysed', 'plain', ?, '0', "
            "'2026-03-05T10:00:00+00:00')",
            (item.id, item.source, FERRY_URL, published, item.content.decode()),
        )
    db.close()
    with Store(path) as store:
        assert store.schema_version >= 9
        assert store.insertion_order() == [a.id, b.id]
        utc = dict(store.db.execute("SELECT id, published_utc FROM articles").fetchall())
        assert utc == {a.id: "2026-03-05T14:00:00Z", b.id: None}


def _snapshot(db: str) -> dict:
    with Store(db) as store:
        return {
            "articles": _statuses(store),
            "stories": _story_members(store),
            "quotes": sorted(article for _, article, _ in store.all_quotes()),
            "events": sorted(e["article"] for e in store.event_records()),
            "entities": sorted(
                (r["id"], len(r["mentions"])) for r in store.entity_records() if r["mentions"]
            ),
            "counts": store.counts(),
        }


def test_reprocess_ends_where_a_fresh_analyse_does(tmp_path, monkeypatch):
    """A store whose pages were not settled into versions (made before page versions, or by
    an older rule) is, after `newsgraph reprocess`, what analysing its inputs afresh gives:
    the teaser out of the stories, the full text in, the same stories and counts."""
    import json

    from click.testing import CliRunner

    import newsgraph.pipeline as pipeline
    from newsgraph.cli import main

    def record(text: str, url: str, outlet: str, published: str) -> str:
        fields = {"title": "Ferry crews strike", "published": published}
        return json.dumps({"text": text, "url": url, "outlet": outlet, **fields})

    src = tmp_path / "in.jsonl"
    lines = [
        record(FERRY[0], FERRY_URL, "Quillon Courier", "2026-03-02T08:00:00+01:00"),
        record("\n\n".join(FERRY), FERRY_URL, "Quillon Courier", "2026-03-02T09:00:00+01:00"),
        record("\n\n".join(FERRY[:3]), "https://brasket.example/f", "Brasket Post", "2026-03-02"),
        record("\n\n".join(FERRY[:2]), FERRY_URL, "Quillon Courier", "2026-03-02T11:00:00+01:00"),
    ]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    runner = CliRunner()
    old, fresh = str(tmp_path / "old.db"), str(tmp_path / "fresh.db")
    with monkeypatch.context() as m:
        m.setattr(pipeline, "page_key", lambda *args, **kw: None)  # a store before versions
        assert runner.invoke(main, ["ingest", str(src), "--db", old]).exit_code == 0
    before = _snapshot(old)
    assert {s for s, _ in before["articles"].values()} == {"analysed"}
    done = runner.invoke(main, ["reprocess", "--db", old])
    assert done.exit_code == 0, done.output
    assert runner.invoke(main, ["ingest", str(src), "--db", fresh]).exit_code == 0
    after, expected = _snapshot(old), _snapshot(fresh)
    assert after == expected
    assert "stories regrouped" in done.stderr
    assert sorted(s for s, _ in after["articles"].values()).count("superseded") == 2
    # reprocess again changes nothing
    assert runner.invoke(main, ["reprocess", "--db", old]).exit_code == 0
    assert _snapshot(old) == expected


def test_reprocess_of_a_few_articles_regroups_nothing(tmp_path, monkeypatch):
    """Reprocessing some articles costs what they cost: they keep their stories, a demoted
    one leaves its story and its page's current version joins one, with no full regroup."""
    import newsgraph.group.run as group_run
    import newsgraph.pipeline as pipeline
    from newsgraph.pipeline import SUPERSEDED, group_stored, reprocess

    teaser = _version(FERRY[0], "teaser")
    full = _version("\n\n".join(FERRY), "full")
    other = _version(
        "\n\n".join(FERRY[:3]), "other", "https://brasket.example/ferry", outlet="Brasket Post"
    )
    with Store(tmp_path / "n.db") as store:
        with monkeypatch.context() as m:
            m.setattr(pipeline, "page_key", lambda *args, **kw: None)  # a store before versions
            group_stored(store, ingest(store, [teaser, other, full]))
        story = store.story_of(other.id)
        monkeypatch.setattr(group_run, "regroup", lambda store: pytest.fail("regrouped"))
        summary = reprocess(store, [teaser.id, other.id])
        assert not summary.regrouped and summary.failed == 0
        assert _statuses(store)[teaser.id] == (SUPERSEDED, full.id)
        assert store.story_of(teaser.id) is None
        assert store.story_of(other.id) == story and store.story_of(full.id) is not None


def test_page_key_takes_the_host_as_the_outlet_namer_does():
    from newsgraph.extract.outlets import host_of
    from newsgraph.pipeline import page_key

    for url in (
        "https://WWW.Quillon.example./2026/ferry",
        "<https://quillon.example/2026/ferry>",
        "quillon.example/2026/ferry",
    ):
        key = page_key(url, None)
        assert key is not None and key[0] == host_of(url) == "quillon.example", url
        assert key[1] == "quillon.example/2026/ferry", url
    assert page_key("not a url at all", None) is None


def test_a_verbatim_copy_from_another_outlet_is_a_second_report(tmp_path):
    """One agency text republished word for word by two outlets is two reports (a wire copy),
    not a duplicate: the copy gets an id of its own from its outlet and URL. The same record
    read again, in this run or a later one, is still a duplicate, and reprocess keeps the ids."""
    import json

    from click.testing import CliRunner

    from newsgraph.cli import main

    text = "\n\n".join(FERRY)

    def record(outlet: str, url: str) -> str:
        return json.dumps({"text": text, "url": url, "outlet": outlet, "title": "Ferry strike"})

    src = tmp_path / "in.jsonl"
    src.write_text(
        "\n".join(
            [
                record("Quillon Courier", FERRY_URL),
                record("Brasket Post", "https://brasket.example/ferry"),
                record("Quillon Courier", FERRY_URL),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "n.db")
    runner = CliRunner()
    first = runner.invoke(main, ["ingest", str(src), "--db", db])
    assert first.exit_code == 0, first.output
    assert "2 ingested, 1 skipped as duplicates" in first.stderr
    with Store(db) as store:
        ids = sorted(a.id for a in store.iter_articles())
        outlets = sorted(store.get_article(i).outlet for i in ids)
        [story] = {store.story_of(i) for i in ids}
        assert story is not None
    assert outlets == ["Brasket Post", "Quillon Courier"]
    exported = runner.invoke(main, ["export", "--format", "json", "--db", db])
    [exported_story] = json.loads(exported.stdout)["stories"]
    assert [sorted(pair) for pair in exported_story["wire_copies"]] == [ids]
    again = runner.invoke(main, ["ingest", str(src), "--db", db])
    assert "0 ingested, 3 skipped as duplicates" in again.stderr
    assert runner.invoke(main, ["reprocess", "--db", db]).exit_code == 0
    with Store(db) as store:
        assert sorted(a.id for a in store.iter_articles()) == ids


def test_a_navigation_only_html_page_is_refused_and_the_batch_goes_on(tmp_path):
    nav = RawItem(
        source="menu.html",
        kind="html",
        content=b"<html><head><title>Blank</title></head><body><nav>Home</nav></body></html>",
    )
    good = RawItem(source="port.txt", kind="text", content=TEXT.encode())
    with Store(tmp_path / "n.db") as store:
        summary = ingest(store, [nav, good])
        assert [(f.source, f.reason) for f in summary.failures] == [
            ("menu.html", "no article text left after removing page furniture")
        ]
        assert [a.source for a in store.iter_articles()] == ["port.txt"]


# -- an outlet known only by its host: one label per host -----------------------------------------

#: An invented site that names itself nowhere: no site name, no masthead, no copyright line.
_WHARF = [
    "The wharf board of Tessamere said on Monday that the eastern berths would stay shut until "
    "the end of the month while divers inspected the piles under the old fish market.",
    "Board member Ilvane Corrow said the inspection had found cracks in four piles, and that "
    "the ferries to Dunmarra would use the western berths in the meantime.",
    "Traders at the fish market said the closure would cost them their busiest weeks of the "
    "year, and asked the board to open a temporary landing stage on the beach.",
]


def _wharf_items(host: str) -> list[RawItem]:
    """Three reports of one invented site with no name: an HTML page on the `www.` host whose
    title ends with that host (an extractor takes it as the site's name), an HTML page on its
    mobile host, and a pre-scraped text giving its URL on the bare host."""
    paras = "".join(f"<p>{p}</p>" for p in _WHARF)
    page = (
        "<html><head><title>{t}</title></head>"
        "<body><article><h1>{h}</h1>{p}</article></body></html>"
    )
    berths, divers = "Tessamere berths stay shut", "Divers find cracks under the fish market"
    return [
        RawItem(
            source="berths.html",
            kind="html",
            content=page.format(t=f"{berths} - www.{host}", h=berths, p=paras).encode(),
            fields={"url": f"https://www.{host}/harbour/berths-stay-shut"},
        ),
        RawItem(
            source="divers.html",
            kind="html",
            content=page.format(t=divers, h=divers, p=paras.replace("Monday", "Tuesday")).encode(),
            fields={"url": f"https://m.{host}/harbour/divers-find-cracks"},
        ),
        RawItem(
            source="market.txt",
            kind="text",
            content=(
                "Fish market fears closure\n\n"
                + "\n\n".join(_WHARF[::-1])
                + f"\n\nOriginal url:\n\n<https://{host}/harbour/fish-market-fears>\n"
            ).encode(),
        ),
    ]


def _outlets(store: Store) -> dict[str, str]:
    return {a.source: a.outlet for a in store.iter_articles()}


def test_an_unnamed_outlet_is_its_host_on_every_page(tmp_path):
    """HTML pages and a pre-scraped text of one host that names itself nowhere are one outlet
    under one label, the host as a user reads it in the URL: lower case, without `www.`, `m.`
    or `amp.` (an edition of the same site), in the store and so in every listing."""
    import json

    from click.testing import CliRunner

    from newsgraph.cli import main

    host = "tessamere-wharf.example"
    db = tmp_path / "n.db"
    with Store(db) as store:
        ingest(store, _wharf_items(host))
        assert _outlets(store) == dict.fromkeys(["berths.html", "divers.html", "market.txt"], host)
    runner = CliRunner()
    listing = runner.invoke(main, ["articles", "--db", str(db)])
    assert listing.exit_code == 0, listing.output
    assert f"www.{host}" not in listing.stdout and f"m.{host}" not in listing.stdout
    exported = json.loads(
        runner.invoke(main, ["export", "--format", "json", "--db", str(db)]).stdout
    )
    assert {a["outlet"] for a in exported["articles"]} == {host}


@pytest.mark.parametrize("order", [1, -1], ids=["named page last", "named page first"])
def test_a_name_one_page_gives_reaches_every_page_of_its_host(tmp_path, order):
    """Once one page of the host names the outlet, all of the host's articles show that name,
    whichever form of the host (`www.`, `m.`, bare) they came from and whenever it came."""
    host = "tessamere-wharf.example"
    named = RawItem(
        source="named.json#1",
        kind="text",
        content=(
            "Berths reopen early\n\n" + " ".join(_WHARF) + " The board thanked the divers."
        ).encode(),
        fields={
            "url": f"https://amp.{host}/harbour/berths-reopen",
            "outlet": "Tessamere Wharfside",
        },
        container="jsonl",
    )
    with Store(tmp_path / "n.db") as store:
        ingest(store, [*_wharf_items(host), named][::order])
        assert set(_outlets(store).values()) == {"Tessamere Wharfside"}


def test_a_host_label_is_the_host_as_a_user_reads_it():
    from newsgraph.pipeline import host_label, outlet_host, page_key

    url = "https://WWW2.Tessamere-Wharf.example/harbour/a"
    assert (
        outlet_host(url)
        == outlet_host("amp.tessamere-wharf.example/b")
        == "tessamere-wharf.example"
    )
    assert host_label(None, url) == "tessamere-wharf.example"
    for given in ("www.Tessamere-Wharf.example", "https://m.tessamere-wharf.example/"):
        assert host_label(given, url) == "tessamere-wharf.example", given
    assert host_label("Tessamere Wharfside", url) == "Tessamere Wharfside"
    assert host_label(None, "https://m.example/a") == "m.example"  # no site left without `m.`
    assert host_label(None, "http://localhost/a") is None
    assert page_key(url) == page_key("https://m.tessamere-wharf.example/harbour/a")


def test_a_store_written_before_names_its_hosts_in_every_spelling(tmp_path):
    """Articles a store holds under an old spelling of their host (`www.`, another case) are
    never taken for a name, and take the outlet's name when a page gives it."""
    host = "tessamere-wharf.example"
    items = _wharf_items(host)
    with Store(tmp_path / "n.db") as store:
        ingest(store, items)
        for item, old in zip(items, [f"www.{host}", f"M.{host}", f"WWW.{host}"], strict=True):
            store.db.execute("UPDATE articles SET outlet = ? WHERE id = ?", (old, item.id))
    named = RawItem(
        source="named.json#1",
        kind="text",
        content=("Berths reopen early\n\n" + " ".join(_WHARF[:2])).encode(),
        fields={"url": f"https://{host}/harbour/berths-reopen", "outlet": "Tessamere Wharfside"},
        container="jsonl",
    )
    with Store(tmp_path / "n.db") as store:
        ingest(store, [named])
        assert set(_outlets(store).values()) == {"Tessamere Wharfside"}


def test_the_run_report_says_what_the_cli_says(tmp_path):
    """Code review 10: the run report printed the old `(not counted)` line while the CLI
    printed the plainer one; both now come from `RunSummary.line`."""
    from newsgraph.pipeline import RunSummary
    from newsgraph.report import write_report

    summary = RunSummary(ingested=3, duplicates=1, versions=1, not_analysed=1)
    line = summary.line()
    assert line.startswith("3 ingested, 1 skipped as duplicates (already stored)")
    assert "stored as 2 reports (1 not analysed: not English), 1 version of a page" in line
    assert "not counted" not in line
    with Store(tmp_path / "r.db") as store:
        written = write_report(store, tmp_path / "out", summary)
    report = next(p for p in written if p.suffix == ".md").read_text(encoding="utf-8")
    assert f"This run: {line}." in report


def test_an_entitys_roles_are_listed_once_whatever_their_case(tmp_path):
    """Code review 10: roles were made distinct per article, but the store's entity
    records (the export) still listed `Mediator` and `mediator` side by side when two
    stored rows of one entity (two articles, or a store written before) differ in case."""
    import json

    text = "\n\n".join(ferry_strike.PARAS)
    with Store(tmp_path / "roles.db") as store:
        ingest(store, [_version(text, "a")])
        key, article, idx = store.db.execute(
            "SELECT entity_key, article_id, idx FROM article_entities ORDER BY entity_key LIMIT 1"
        ).fetchone()
        store.db.execute(
            "UPDATE article_entities SET roles = ? WHERE article_id = ? AND idx = ?",
            (json.dumps(["Mediator", "mediator", "harbour pilot"]), article, idx),
        )
        store.db.commit()
        (record,) = [r for r in store.entity_records() if r["id"] == key]
        assert record["roles"] == ["harbour pilot", "mediator"]


def test_the_run_report_lists_a_linked_speaker_under_the_entitys_name():
    """Product review 11: a quote linked across articles to a person's full name, whose own
    article names the speaker by surname only (`Corvin told …`), made a second row in "Who
    said what" beside the full name."""
    from newsgraph.report import _who_said_what

    person = {"id": "person:ilse-dravnik", "name": "Ilse Dravnik"}
    quotes = [
        {"article": "a", "label": "quote", "speaker": {"entity": person["id"], "name": n}}
        for n in ("Ilse Dravnik", "Dravnik")
    ]
    quotes.append({"article": "b", "label": "quote", "speaker": {"entity": None, "name": "Tollis"}})
    doc = {
        "articles": [{"id": "a", "outlet": "Portavel Star"}, {"id": "b", "outlet": None}],
        "entities": [person],
        "quotes": quotes,
    }
    rows = [line for line in _who_said_what(doc, {"a", "b"}) if line.startswith("| ")]
    assert rows[2:] == ["| Ilse Dravnik | 2 | Portavel Star |", "| Tollis | 1 | (unknown outlet) |"]


def test_reprocess_exports_what_a_fresh_ingest_exports(tmp_path):
    """Product review 11: reprocessing linked against the stored keys of the old run, which
    knew every later article, so a name typed ORG in the first article (no cue there) joined
    the LOC key a later article gave it (`org:lowmarch` into `loc:lowmarch`, 34 -> 33
    entities), while a fresh ingest kept both. Reprocessing the whole store now links from
    nothing, in the stored order, as the fresh run did."""
    import json
    import shutil

    from click.testing import CliRunner

    from newsgraph.cli import main

    texts = [
        "The Ostmere Dairy Board said on Thursday that milk prices would rise, a day after the "
        'merger was announced.\n\n"We will put fresh cheese on every table from Dunmarch to '
        'Ostmere," chief executive Lena Moss said on Wednesday.',
        "Two dairy firms agreed on Wednesday to merge, creating the largest cheese maker in "
        'Dunmarch.\n\n"We will put fresh cheese on every table from Dunmarch to the sea," Lena '
        "Moss said.",
    ]
    src = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"text": t, "url": f"https://p{i}.example/a", "outlet": f"Paper {i}"})
        for i, t in enumerate(texts)
    ]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    runner = CliRunner()
    fresh, again = str(tmp_path / "fresh.db"), str(tmp_path / "again.db")
    assert runner.invoke(main, ["ingest", str(src), "--db", fresh]).exit_code == 0
    shutil.copy(fresh, again)
    done = runner.invoke(main, ["reprocess", "--db", again])
    assert done.exit_code == 0, done.output
    exported = [runner.invoke(main, ["export", "--db", db]).output for db in (fresh, again)]
    keys = [sorted(e["id"] for e in json.loads(x)["entities"]) for x in exported]
    assert keys[0] == keys[1]
    assert exported[0] == exported[1]
