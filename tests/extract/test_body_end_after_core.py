"""The body ends at the first run of furniture after the article's confident core (a share row,
an author box, a menu), even when lines the line model is unsure of (a product list, another
post's blurbs) after it would outweigh that run; furniture the core prints too (an ad slot
between sections) is no end, and furniture between confident paragraphs is crossed. Text
written for these tests."""

from __future__ import annotations

from collections import Counter

import pytest
from extract_support import PARAS, article

from newsgraph.extract import linescore, textclean
from newsgraph.extract.textclean import clean_text

TAIL = [
    f"Compare gym memberships in {town} and the other towns of the northern valley"
    for town in (
        "Eastfield Westbrook Northvale Southport Kingsley Ashby Brampton Carlow Dunmore "
        "Elmstead Fairhaven Glenwood Hollins Ivybridge Juniper Kestrel Lindale Millbrook"
    ).split()
]
END = ["Contact Us", "YouTube"]  # two navigation lines in a row


def _body(raw: str, probs: dict[str, float], monkeypatch) -> list[str]:
    """The body `_select_body` chooses when the line model gives each line `probs[text]`."""

    def fake(seq, counts: Counter) -> list[float | None]:
        return [None if ln.reason is not None else probs[ln.text] for ln in seq]

    monkeypatch.setattr(linescore, "probabilities", fake)
    lines = textclean._apply_rules(raw).lines
    cand, seq = textclean._candidates(lines)
    return [ln.text for ln in textclean._select_body(lines, cand, seq)]


@pytest.fixture
def probs() -> dict[str, float]:
    """Confident article paragraphs, a list the model is unsure of (P 0.5)."""
    return {**dict.fromkeys(PARAS, 0.95), **dict.fromkeys(TAIL, 0.5)}


def test_unsure_lines_after_a_furniture_run_do_not_extend_the_body(probs, monkeypatch):
    raw = "\n\n".join([*PARAS, *END, *TAIL])
    assert _body(raw, probs, monkeypatch) == list(PARAS)


def test_furniture_the_core_prints_too_is_no_end(probs, monkeypatch):
    # the same two lines between the paragraphs: part of the layout, not the article's end
    raw = "\n\n".join([*PARAS[:2], *END, *PARAS[2:], *END, *TAIL])
    assert _body(raw, probs, monkeypatch) == [*PARAS, *TAIL]


def test_furniture_between_confident_paragraphs_is_crossed(probs, monkeypatch):
    raw = "\n\n".join([*PARAS[:2], *END, *PARAS[2:]])
    assert _body(raw, probs, monkeypatch) == list(PARAS)


def test_a_news_article_with_a_share_row_inside_is_kept_whole():
    paras = [
        *PARAS,
        "Residents who live along the wall said they would go to the meeting, and several of "
        "them asked the council to publish the engineers' full report before it decides.",
    ]
    raw = "\n\n".join([*paras[:3], *END, *paras[3:]])
    assert clean_text(raw).text == article(paras)
