"""Furniture that looks like content (invented pages): related-story teaser cards are no photo
gallery; a post's author is its embed signature, not words before a handle it mentions; a
`click-to-tweet` pull quote is no embedded post."""

from newsgraph.extract.html import extract_html

STORY = (
    "<p>A fire destroyed the old grain store in Vellby on Monday night, the county fire service "
    "said. Nobody was hurt.</p>"
    "<p>Crews from four stations fought the blaze for five hours before it was under control "
    "shortly after dawn on Tuesday.</p>"
    "<p>The store, built in 1902, had stood empty for a decade. Police said the cause was not "
    "yet known and had opened an inquiry.</p>"
)
TEASERS = [
    "Vellby council votes to shut two libraries as visitor numbers fall for a sixth year",
    "Ferry crews in Ostrand walk out over pay for the third time this winter, union says",
    "Police seek witnesses after a tanker tips over on the hill road near Brask",
    "Weather: freezing fog expected across the east of the country from Friday morning",
]


def _story_with_teasers(container: str) -> str:
    cards = "".join(
        f'<figure class="card"><img src="/t/{k}.jpg" alt=""><figcaption>{t}</figcaption></figure>'
        for k, t in enumerate(TEASERS)
    )
    return (
        "<html><head><title>Fire destroys Vellby grain store</title></head><body><article>"
        f"<h1>Fire destroys Vellby grain store</h1>{STORY}</article>"
        f"{container.format(cards=cards)}</body></html>"
    )


def test_related_teaser_cards_are_not_gallery_captions():
    for container in (
        '<aside class="related"><h2>More from the Vellby Post</h2>{cards}</aside>',
        '<div class="more-stories">{cards}</div>',
    ):
        got = extract_html(_story_with_teasers(container))
        for teaser in TEASERS:
            assert teaser not in got.text, container
        assert got.text.startswith("A fire destroyed the old grain store")


def _page(embed: str) -> str:
    return (
        "<html><head><title>Mayor praises fire crews</title></head><body><article>"
        "<h1>Mayor praises fire crews</h1>"
        "<p>The mayor of Vellby thanked the town's firefighters on Tuesday after a night in which "
        "the old grain store burned but its roof and walls were saved.</p>"
        f"{embed}"
        "<p>The county fire service said its crews had been called at ten o'clock and stayed "
        "until shortly after dawn, when the last of the flames were out.</p>"
        "<p>Police said the cause of the fire was not yet known and that an inquiry had been "
        "opened on Tuesday morning.</p></article></body></html>"
    )


MENTION = "Proud of the @VellbyFire crews who saved the grain store roof in the night."
SIGNED = (
    '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">'
    f"{MENTION}</p>&mdash; Greta Holm (@GretaHolm) "
    '<a href="https://x.example/GretaHolm/status/7">March 3, 2026</a></blockquote>'
)


def test_post_author_is_its_signature_not_words_before_a_mentioned_handle():
    got = extract_html(_page(SIGNED))
    assert f"\u201c{MENTION}\u201d Greta Holm" in got.text.split("\n\n")
    assert "\u201d Proud of the" not in got.text


PULL_WORDS = "We will rebuild the store, stone by stone, whatever it costs."
PULL = (
    '<blockquote class="pullquote click-to-tweet">'
    f"<p>{PULL_WORDS}</p><p>Mayor Lene Dahl</p>"
    '<a class="share-link" href="#">Tweet this @VellbyPost</a></blockquote>'
)


def test_click_to_tweet_pull_quote_is_no_embedded_post():
    got = extract_html(_page(PULL))
    assert f"\u201c{PULL_WORDS}" not in got.text
    assert not [r for r in got.removals if r.reason == "embedded post"]
