"""An HTML pull quote (a `pull-quote` / `pullquote` element, a quotation set in a figure) that
repeats a sentence of the body is furniture: removed with a reason, one quote left, the
speaker's. One the body does not repeat stays (invented text)."""

from __future__ import annotations

import pytest

from newsgraph.extract.html import extract_html

QUOTE = "We lost the boats, but we still have the harbour and each other"
PARAS = [
    "Storm surges flooded the fishing quarter of Port Selm overnight, sinking a dozen boats at "
    "their moorings and cutting power to several hundred homes near the harbour.",
    f"\u201c{QUOTE},\u201d said Marta Selic, who has fished from the quay for thirty years, as "
    "neighbours pumped water out of her kitchen on Tuesday morning.",
    "The council said it would open the school hall as a shelter and asked residents not to "
    "drive through the flooded streets until the water had gone down.",
]


def _page(pull: str) -> str:
    body = f"<p>{PARAS[0]}</p>{pull}<p>{PARAS[1]}</p><p>{PARAS[2]}</p>"
    return (
        "<html><head><title>Storm floods Port Selm</title></head><body><article>"
        f"<h1>Storm floods Port Selm</h1>{body}</article></body></html>"
    )


@pytest.mark.parametrize(
    "pull",
    [
        f'<blockquote class="pull-quote"><p>\u201c{QUOTE}.\u201d</p></blockquote>',
        f'<aside class="pullquote"><p>"{QUOTE}"</p></aside>',
        f"<figure><blockquote><p>\u201c{QUOTE}\u201d</p></blockquote></figure>",
        f'<div class="article__quote--pull"><p>{QUOTE}</p></div>',
    ],
)
def test_a_pull_quote_repeating_the_body_is_furniture(pull):
    got = extract_html(_page(pull))
    assert got.text.count("still have the harbour") == 1
    assert "Marta Selic" in got.text
    assert any(r.reason == "pull quote" and QUOTE in r.text for r in got.removals)


def test_a_pull_quote_the_body_does_not_repeat_stays():
    other = "The sea took in one night what we built in forty years"
    got = extract_html(_page(f'<blockquote class="pull-quote"><p>"{other}"</p></blockquote>'))
    assert other in got.text
    assert not any(r.reason == "pull quote" for r in got.removals)


def test_a_plain_blockquote_repeating_the_body_is_not_read_as_a_pull_quote():
    got = extract_html(_page(f"<blockquote><p>\u201c{QUOTE}.\u201d</p></blockquote>"))
    assert not any(r.reason == "pull quote" for r in got.removals)
