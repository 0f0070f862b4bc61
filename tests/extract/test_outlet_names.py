"""Outlet names come from the article's own input and one outlet has one name (session 7)."""

from extract_support import BODY as _BODY
from extract_support import SEA_WALL

from newsgraph.extract.html import extract_html
from newsgraph.extract.outlets import site_name
from newsgraph.extract.textclean import clean_text
from newsgraph.pipeline import ingest
from newsgraph.records import RawItem
from newsgraph.store import Store


def test_acronym_with_generic_word_is_the_acronym():
    assert site_name("TRV News") == site_name("TRV") == "TRV"
    assert site_name("TRV Online") == "TRV"
    assert site_name("Harbour News") == "Harbour News"  # not an acronym: kept whole


def test_masthead_names_the_outlet_when_the_host_spells_it():
    raw = (
        "TRV - Tessaly Radio Voice\n"
        "English | Deutsch\n"
        "Council closes ferry pier for four months of repairs\n"
        "Original url: https://www.trv.example/local/2025/04/02/ferry-pier\n\n" + _BODY
    )
    assert clean_text(raw).outlet == "TRV"


def test_masthead_without_url_needs_a_menu_after_it():
    page = "Skip to content\nThe Harbourline Gazette\nHome | Local | Sport\n"
    page += "Council closes ferry pier\n\n"
    assert clean_text(page + _BODY).outlet == "The Harbourline Gazette"
    # a first line with no navigation around it is not taken for a masthead
    bare = "The Harbourline Gazette\nCouncil closes ferry pier\n\n"
    assert clean_text(bare + _BODY).outlet is None


def test_a_masthead_names_the_outlet_before_its_host():
    # the host spells the name without its article
    page = (
        "The Kestrow Ledger\nHome | World | Sport\n\nCouncil closes ferry pier\n\n"
        + _BODY
        + "\nSource: https://www.kestrowledger.example/local/2026/ferry-pier\n"
    )
    assert clean_text(page).outlet == "The Kestrow Ledger"
    # a host that does not spell it: a publication's name over a menu still names the outlet
    page = page.replace("kestrowledger.example", "kl-news.example")
    assert clean_text(page).outlet == "The Kestrow Ledger"
    # a section label over the menu is no masthead
    section = page.replace("The Kestrow Ledger\n", "World News\n", 1)
    assert clean_text(section).outlet == "kl-news.example"
    # nothing on the page names it: the host does
    bare = "Council closes ferry pier\n\n" + _BODY + "\nSource: https://www.kl-news.example/a\n"
    assert clean_text(bare).outlet == "kl-news.example"


def _raw(url: str, **fields: str) -> RawItem:
    return RawItem(source=url, kind="text", content=_BODY.encode(), fields={"url": url, **fields})


def test_a_skipped_duplicate_renames_no_stored_outlet(tmp_path):
    """A second input with the same text is a duplicate: its site name (from its own fields)
    must not rename the outlet of the article already stored under the bare host."""
    first = _raw("https://www.harbourwatch.example/a")
    again = _raw("https://www.harbourwatch.example/a", outlet="Harbourwatch Daily")
    with Store(tmp_path / "n.db") as store:
        summary = ingest(store, [first, again])  # one batch: neither is stored when drawn
        assert (summary.ingested, summary.duplicates) == (1, 1)
        assert store.urls_and_outlets() == [(first.fields["url"], "harbourwatch.example")]
        summary = ingest(store, [again])  # a later run skips it before extraction
        assert summary.duplicates == 1
        assert store.urls_and_outlets() == [(first.fields["url"], "harbourwatch.example")]


def test_an_outlet_learned_later_reaches_earlier_articles(tmp_path):
    bare = _raw("https://www.harbourwatch.example/a")
    named = RawItem(
        source="b",
        kind="text",
        content=(_BODY + "\nA second article.\n").encode(),
        fields={"url": "https://www.harbourwatch.example/b", "outlet": "Harbourwatch Daily"},
    )
    with Store(tmp_path / "n.db") as store:
        ingest(store, [bare, named])
        assert {o for _, o in store.urls_and_outlets()} == {"Harbourwatch Daily"}


def test_wire_agencies_come_from_the_outlet_table():
    from newsgraph.compare.sourcing import kind_of
    from newsgraph.extract.outlets import is_agency

    assert is_agency("AFP") and is_agency("the Associated Press") and is_agency("Canadian Press")
    assert not is_agency("Harbour Times") and not is_agency(None)
    assert kind_of("Canadian Press", "", None) == "agency"  # was `media` (not on a short list)
    assert kind_of("TASS", "", None) == "state media"  # state media are checked first


def _page(title: str, heading: str, top: str = "", byline: str = "", foot: str = "") -> str:
    paras = "".join(f"<p>{p}</p>" for p in SEA_WALL.split("\n\n"))
    return (
        f"<html><head><title>{title}</title></head><body>{top}<article><h1>{heading}</h1>"
        f"{byline}{paras}</article>{foot}</body></html>"
    )


def test_the_title_suffix_names_an_html_page_without_a_site_name():
    head = "Harbour council backs sea wall repairs"
    # a publication's name after the headline, also printed as a masthead and in the byline
    page = _page(
        f"{head} - Brackenmoor Monitor",
        head,
        top='<div class="masthead">Brackenmoor Monitor</div>',
        byline='<div class="meta">By Brackenmoor Monitor staff | Tuesday</div>',
    )
    assert extract_html(page).outlet == "Brackenmoor Monitor"
    # a page-given name before the host trafilatura falls back to when a URL is known
    assert extract_html(page, url="https://www.brackenmoor.example/a").outlet == (
        "Brackenmoor Monitor"
    )
    # any separator; a name without a publication noun when the page prints it again
    plain = _page(f"{head} | Fellwick Voices", head, foot="<footer>© 2026 Fellwick Voices</footer>")
    assert extract_html(plain).outlet == "Fellwick Voices"
    # ... or when the host spells it
    bare = _page(f"{head} :: Fellwick Voices", head)
    assert extract_html(bare).outlet is None
    assert extract_html(bare, url="https://fellwickvoices.example/a").outlet == "Fellwick Voices"


def test_the_page_site_name_wins_over_the_title_suffix():
    head = "Harbour council backs sea wall repairs"
    page = _page(f"{head} - Brackenmoor Monitor", head).replace(
        "<head>", '<head><meta property="og:site_name" content="Brackenmoor Evening Post">'
    )
    assert extract_html(page).outlet == "Brackenmoor Evening Post"


def test_a_dash_inside_the_headline_names_no_outlet():
    for head in ("Sea wall talks resume - and fail", "Sea Wall Talks Resume - Then Fail Again"):
        page = _page(head, head, top="<div>Then Fail Again</div>")
        assert extract_html(page).outlet is None
        with_url = extract_html(page, url="https://www.brackenmoor.example/a")
        assert with_url.outlet == "brackenmoor.example"
    # a title-cased tail the page never vouches for is no site name either
    page = _page("Sea wall repairs - Council Votes Yes", "Sea wall repairs approved")
    assert extract_html(page).outlet is None
