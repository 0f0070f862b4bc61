"""The learned title ranker (extract/titlescore.py) on pages written for these tests."""

import pytest
from extract_support import SEA_WALL

from newsgraph.extract import titlescore
from newsgraph.extract.textclean import clean_text

_BODY = SEA_WALL


def test_weights_cover_known_features_only():
    _, weights = titlescore._weights()
    assert len(weights) == len(titlescore.NAMES)
    assert any(weights)


def test_headline_above_byline_beats_section_label_and_kicker():
    raw = (
        "Harbour Weekly\n\nNEWS\n\nLocal politics\n\n"
        "Harbour council votes to repair the old sea wall before winter\n\n"
        f"By Mara Quill\n\nMarch 8, 2025\n\n{_BODY}"
    )
    ext = clean_text(raw)
    assert ext.title == "Harbour council votes to repair the old sea wall before winter"
    assert ext.byline == "Mara Quill"


def test_title_echo_with_site_tail_is_stripped():
    raw = (
        "Council votes to repair the sea wall | Harbour Weekly\n\nHarbour Weekly\n\n"
        "Home | World | Business | Sport\n\nCouncil votes to repair the sea wall\n\n"
        f"{_BODY}"
    )
    assert clean_text(raw).title == "Council votes to repair the sea wall"


def test_no_headline_gives_no_title_from_the_body():
    ext = clean_text(_BODY)
    assert ext.title is None
    assert ext.text == _BODY


def test_echo_features_count_only_what_matches_a_candidate():
    # the page's lines are keyed only when their first word starts a candidate's key: the
    # counts read for the candidates are those of keying every line
    from newsgraph.extract import textclean as tc

    raw = (
        "Council votes to repair the sea wall | Harbour Weekly\n\nHarbour Weekly\n\n"
        "Local politics\n\nLocal politics\n\nLocal politics\n\n"
        "Council votes to repair the sea wall\n\nMarch 8, 2025\n\n"
        f"{_BODY}\n\nCouncil votes to repair the sea wall"
    )
    lines = tc._apply_rules(raw).lines
    cand, seq = tc._candidates(lines)
    body = tc._select_body(lines, cand, seq)
    head_idx = body[0].idx
    cands = titlescore.candidates(lines, head_idx)
    rows = titlescore.features(cands, lines, head_idx, body, None)
    col = {n: titlescore.NAMES.index(n) for n in ("echo", "echo_tail", "repeated")}
    by_text = {ln.text: row for ln, row in zip(cands, rows, strict=True)}
    headline = by_text["Council votes to repair the sea wall"]
    assert headline[col["echo"]] == 1.0 and headline[col["echo_tail"]] == 0.0
    assert headline[col["repeated"]] == 0.0  # twice bare (once with its tail): an echo, no label
    tailed = by_text["Council votes to repair the sea wall | Harbour Weekly"]
    assert tailed[col["echo_tail"]] == 1.0
    assert by_text["Local politics"][col["repeated"]] == 1.0
    assert titlescore._head_key("Council votes | Harbour Weekly") == "council votes"
    assert titlescore._head_key("Council votes", "council votes") == "council votes"


_STRIKE = (
    "Harbour workers in Saltmere walked out on Monday morning after talks over shift pay broke "
    "down late on Sunday, leaving dozens of cargo ships waiting outside the port.\n\n"
    "The Saltmere Dockers Union said about 3,000 members had joined the strike and that pickets "
    "would stay at the gates until the port authority returned to the table.\n\n"
    '"We have asked for the same pay for the night shift that the day shift gets, nothing '
    'more," said union secretary Mira Kalvo, speaking outside the main gate.\n\n'
    "The port authority said in a statement that its offer was fair and that it had already "
    "raised wages twice in the past two years.\n\n"
    "Shipping agents said the queue of vessels could reach forty by the end of the week if the "
    "dispute was not settled."
)


def _strike_page(head: str) -> str:
    return (
        "Skip to content\nHarbour Ledger\nNews | Business | Sport | Opinion | Subscribe\n"
        f"{head}\nBy Anton Mirele\nMarch 9, 2026\n\n{_STRIKE}\n\n"
        "Share this article: Facebook | X | Email\n(c) 2026 Harbour Ledger. All rights reserved.\n"
    )


@pytest.mark.parametrize(
    "head",
    [
        # a standfirst with no full stop under the headline (review 8: the standfirst won)
        "Business\nSaltmere dockers strike over night shift pay\n"
        "Union promises pickets 'at every gate, every night' until the port pays",
        "Saltmere dockers strike over night shift pay\n"
        "Pickets will stay at the gates until the port authority returns to the table",
        "Business\nSaltmere Dockers Strike Over Night Shift Pay\n"
        "Pickets will stay at the gates until the port authority returns to the table",
        # a standfirst ending with a full stop, a kicker above the headline
        "LABOUR\nSaltmere dockers strike over night shift pay\n"
        "Thousands walked out after talks broke down, leaving ships queueing outside the port.",
    ],
)
def test_headline_beats_its_standfirst(head):
    title = clean_text(_strike_page(head)).title
    assert title.lower() == "saltmere dockers strike over night shift pay"


def test_kicker_over_a_headline_is_not_taken_for_it():
    # a four-word series label over the headline starts it: a kicker, not a headline
    head = (
        "Harbour Ledger Port Diary\nHarbour Ledger Port Diary: dockers strike over night shift pay"
    )
    title = clean_text(_strike_page(head)).title
    assert title == "Harbour Ledger Port Diary: dockers strike over night shift pay"


def test_url_slug_names_the_headline():
    # the ranker alone takes the standfirst over this three-word headline (too short for the
    # standfirst rule); the slug of the article's URL spells the headline
    head = (
        "Saltmere dockers strike\n"
        "Union promises pickets 'at every gate, every night' until the port pays"
    )
    raw = "Original url: https://harbourledger.example/business/saltmere-dockers-strike\n"
    assert clean_text(raw + _strike_page(head)).title == "Saltmere dockers strike"
    assert titlescore._slug_words("https://x.example/a/b-c-d.html?x=1") == ["b", "c", "d"]
    assert titlescore._slug_words("https://x.example/2026/03/09/") == []


def test_a_long_headline_that_opens_the_body_is_a_candidate():
    """A headline of 70 characters or more with ordinary words reads as prose by its length,
    and the body may start at it; with no sentence end it is a heading, and still a candidate
    for the title (session 11: the candidates stopped at it, and a menu label won)."""
    headline = "What the harbour council decided about the old sea wall and why it matters to you"
    raw = (
        "Skip to content\nHarbour Weekly\nHome\nNews\nCoastal Life\nAbout Us\nContact Us\n"
        f"{headline}\n{_BODY}\n"
    )
    assert clean_text(raw).title == headline
