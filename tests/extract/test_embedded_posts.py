"""An embedded social-media post (invented page): its words in quotation marks followed by its
author's display name, the form the quotes stage credits to that name; its handle, `Verified
account`, counters and date lines are furniture (`embedded post`)."""

from newsgraph.extract.html import extract_html

LEAD = (
    "Prime Minister Sven Arnesen took to social media on Tuesday evening to accuse Ostavia of "
    "the fire that closed the port of Dalsk, hours after his government did so formally."
)
AFTER = (
    "In Dalsk, where most of the quays reopened on Wednesday, the exchange was met with tired "
    "shrugs by dock workers who had lost two days of pay."
)
CLOSE = (
    "The harbour master said repairs to the burnt warehouse would take at least a month and "
    "that shipping companies had been told to expect delays until then."
)
POST = "The fire in Dalsk was set on orders from Tarlow. We will answer at a time of our choosing."


def _page(post_markup: str) -> str:
    return (
        "<html><head><title>Arnesen's post starts a war of words</title></head><body>\n"
        "<article>\n<h1>Arnesen's post starts a war of words</h1>\n"
        f"<p>{LEAD}</p>\n{post_markup}\n<p>{AFTER}</p>\n<p>{CLOSE}</p>\n"
        "</article>\n<footer><p>© Dalsk Daily 2026</p></footer>\n</body></html>"
    )


SITE_POST = (
    '<blockquote class="twitter-tweet">\n'
    '<div class="post-header"><span class="display-name">Sven Arnesen</span> '
    '<span class="handle">@SvenArnesen</span> '
    '<span class="verified">Verified account</span></div>\n'
    f'<p class="post-text">{POST}</p>\n'
    '<div class="post-meta">9:02 PM · Mar 3, 2026 · 880K Views</div>\n'
    '<div class="post-actions">8.1K Reposts 1,204 Quotes 22.5K Likes</div>\n'
    "</blockquote>"
)
EMBED_CODE = (
    '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">'
    f"{POST}</p>&mdash; Sven Arnesen (@SvenArnesen) "
    '<a href="https://x.example/SvenArnesen/status/1">March 3, 2026</a></blockquote>'
)


def test_site_rendered_post_is_quoted_with_its_display_name():
    got = extract_html(_page(SITE_POST))
    assert f"\u201c{POST}\u201d Sven Arnesen" in got.text.split("\n\n")
    for furniture in ("@SvenArnesen", "Verified account", "Reposts", "Views"):
        assert furniture not in got.text
    removed = {r.text for r in got.removals if r.reason == "embedded post"}
    assert "8.1K Reposts 1,204 Quotes 22.5K Likes" in removed


def test_embed_code_signature_names_the_author():
    got = extract_html(_page(EMBED_CODE))
    assert f"\u201c{POST}\u201d Sven Arnesen" in got.text.split("\n\n")
    assert "@SvenArnesen" not in got.text


def test_a_plain_blockquote_is_left_alone():
    got = extract_html(_page(f"<blockquote><p>{POST}</p></blockquote>"))
    assert "\u201c" not in got.text and POST in got.text
