"""The learned title ranker (extract/titlescore.py) on pages written for these tests."""

from newsgraph.extract import titlescore
from newsgraph.extract.textclean import clean_text

_BODY = (
    "The harbour council voted on Tuesday to repair the old sea wall before the winter storms, "
    "after a long debate about the cost of the work and the money left in the budget.\n\n"
    "Members said the repairs would start in the spring and take most of the year, and that "
    "the contractor would be chosen by the end of the month after a public tender.\n\n"
    "The mayor said the council had waited too long already and that the wall could not "
    "survive another season of high tides without the work the engineers had asked for."
)


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
