"""Code review 12: a full story that ends on an ellipsis is an article (only a short or
summary-repeating one is a cut teaser); a label with no sentence (`Photo gallery`) is no
article. All texts are invented."""

from __future__ import annotations

from pathlib import Path

from test_feeds_review12 import rss, rss_item

from newsgraph.ingest import IngestOptions, iter_inputs
from newsgraph.records import IngestSkip, RawItem

FULL = (
    "<p>The harbour authority of Orven said on Monday that the damaged pier would reopen "
    "within three weeks, after divers finished their inspection of the pilings.</p>"
    "<p>Engineers had warned last month that the storm surge could have cracked the concrete "
    "base, which would have closed the pier for most of the summer season.</p>"
    "<p>Asked whether the fleet would be paid for its lost weeks, the harbour master paused. "
    "The answer, he said, would come when the money did...</p>"
)


def _run(tmp_path: Path, *items: str) -> list:
    path = tmp_path / "post.rss"
    path.write_text(rss(*items), encoding="utf-8")
    return list(iter_inputs([str(path)], IngestOptions()))


def test_a_full_story_ending_on_an_ellipsis_is_an_article(tmp_path):
    [item] = _run(tmp_path, rss_item(1, FULL, description="The pier reopens."))
    assert isinstance(item, RawItem), item
    assert b"when the money did..." in item.content


def test_an_ellipsis_still_cuts_a_short_or_summary_text(tmp_path):
    lede = "The harbour authority of Orven said on Monday that the damaged pier would reopen"
    found = _run(
        tmp_path,
        rss_item(1, f"<p>{lede} within three weeks...</p>"),  # short
        # long, but the summary's words cut where the summary was
        rss_item(2, FULL.replace("<p>", "<p>" + lede + " ", 1), description=lede + "..."),
    )
    assert all(isinstance(r, IngestSkip) for r in found), found
    assert all(r.reason.endswith('content cut off ("..." at the end), a teaser') for r in found)


def test_a_label_with_no_sentence_is_no_article(tmp_path):
    [skip] = _run(tmp_path, rss_item(1, "<p>Photo gallery</p>"))
    assert isinstance(skip, IngestSkip), skip
    assert skip.reason == 'entry 1 ("Story 1"): no article text (2 words, no sentence)'


def test_a_one_sentence_brief_is_still_an_article(tmp_path):
    brief = "<p>The Orven council approved the budget on Tuesday, the mayor said.</p>"
    [item] = _run(tmp_path, rss_item(1, brief))
    assert isinstance(item, RawItem)
