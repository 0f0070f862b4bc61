"""A photo gallery's captions are its content: on a page that is mostly figures they become
body paragraphs, in page order, without their `Photo: Name/Agency` credit (listed as an image
credit); an article's few figures stay furniture (invented pages)."""

from newsgraph.extract.html import extract_html

CAPTIONS = [
    "Fishing boats sit on the mud of the drained harbour at Osterby on Tuesday. The harbour "
    "master said 31 boats could not leave.",
    "A volunteer fills sandbags beside the old customs house.",
    '"We have never seen the water this low," said Nils Berg, 64, who has fished here since 1979.',
    "Workers inspect the cracked lock gate that drained the harbour.",
]
CREDITS = [
    "Photo: Ana Sol/Baltpix",
    "Photo: Ben Ek/Pool",
    "Photo: Ana Sol/Baltpix",
    "Photo: Kai Ro",
]


def _figures(n: int) -> str:
    return "".join(
        f'<figure><img src="/i/{k}.jpg" alt=""><figcaption>{c} {r}</figcaption></figure>\n'
        for k, (c, r) in enumerate(list(zip(CAPTIONS, CREDITS, strict=True))[:n])
    )


def _gallery() -> str:
    return (
        "<html><head><title>In pictures: Osterby harbour runs dry</title></head><body>\n"
        '<nav><a href="/">Home</a> <a href="/photos">Photos</a></nav>\n'
        '<article class="gallery">\n<h1>In pictures: Osterby harbour runs dry</h1>\n'
        '<p class="standfirst">A broken lock gate emptied the harbour at Osterby overnight, '
        "stranding the town's fishing fleet on the mud, where it will stay until engineers can "
        "close the gate again.</p>\n"
        "<p>Editor's note: Some of these pictures were taken from a drone with the permission "
        "of the harbour authority.</p>\n"
        f"{_figures(4)}"
        "<p>This article was amended on 3 June 2026 to correct the name of the harbour master."
        "</p>\n</article>\n<footer><p>© Harbour Weekly 2026</p></footer>\n</body></html>"
    )


def test_gallery_captions_are_body_without_credits():
    got = extract_html(_gallery())
    for caption in CAPTIONS:
        assert caption in got.text
    assert "Photo:" not in got.text and "Baltpix" not in got.text
    paras = got.text.split("\n\n")
    assert paras[0].startswith("A broken lock gate")  # the standfirst first, in page order
    assert paras.index(CAPTIONS[0]) == 2  # after the standfirst and the editor's note
    assert paras[-1].startswith("This article was amended")


def test_gallery_credits_are_listed_as_image_credits():
    got = extract_html(_gallery())
    credits = [r.text for r in got.removals if r.reason == "image credit"]
    assert credits == CREDITS
    assert not [r for r in got.removals if r.reason == "figure caption"]


ARTICLE = (
    "The harbour authority said on Wednesday that repairs to the lock gate at Osterby would take "
    "at least three weeks, and that the fishing fleet would be moved to the deep-water quay at "
    "Tarnvik in the meantime. Engineers found that a hinge had cracked after years of corrosion."
)


def test_article_figures_stay_furniture():
    paras = "".join(f"<p>{ARTICLE} Paragraph {k} adds more detail.</p>\n" for k in range(6))
    page = (
        "<html><head><title>Lock gate repairs to take weeks</title></head><body><article>"
        f"<h1>Lock gate repairs to take weeks</h1>{paras}{_figures(3)}</article></body></html>"
    )
    got = extract_html(page)
    assert CAPTIONS[1] not in got.text
