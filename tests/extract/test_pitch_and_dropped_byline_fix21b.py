"""A reported appeal is news, not the site's pitch; a side column's teaser byline is not the
article's (session 21, second fixes)."""

from newsgraph.extract.html import extract_html
from newsgraph.extract.textclean import closing_pitch

_BODY = [
    "The harbour board of Tessby voted on Tuesday to close the north quay for six weeks of "
    "repairs, moving the ferry to the south pier from the start of May.",
    "Engineers found cracks in three of the quay's oldest pillars during a survey last "
    "winter, the board's chair, Mira Osk, told the meeting.",
    "Fishing crews will keep their berths on the east wall, and the board said it would pay "
    "for a shuttle bus between the town square and the south pier.",
]


def _page(paras: list[str], before: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (
        "<html><head><title>Tessby closes north quay for repairs</title></head><body>"
        f"{before}<article><h1>Tessby closes north quay for repairs</h1>{body}</article>"
        "</body></html>"
    )


def test_reported_appeal_at_the_end_stays():
    appeal = (
        "Gifts to the lifeboat fund dropped by half in March, and the crew's coxswain said "
        "please give what you can at the harbour office."
    )
    readers = "The ferry's captain said readers like you had written to him for years."
    ext = extract_html(_page([*_BODY, appeal, readers]))
    assert appeal in ext.text
    assert readers in ext.text
    assert not closing_pitch(appeal)
    assert not closing_pitch(readers)


def test_site_pitch_to_the_reader_still_goes():
    pitch = "Local news needs readers like you. Please donate today to keep it going."
    letter = "Sign up today for our morning letter from the harbour."
    assert closing_pitch(pitch)
    assert closing_pitch(letter)
    ext = extract_html(_page([*_BODY, pitch]))
    assert pitch not in ext.text
    assert "boilerplate" in [r.reason for r in ext.removals if r.text == pitch]


def test_teaser_byline_in_a_side_column_is_not_the_articles():
    side = (
        '<aside class="latest"><h3>Latest</h3><ul><li><a href="/bus">Bus fares to rise</a>'
        "<p>By Ola Vik | 9 April 2031 | Transport</p></li></ul></aside>"
    )
    ext = extract_html(_page(_BODY, before=side))
    assert ext.byline is None
    assert "metadata: byline" not in [r.reason for r in ext.removals]
