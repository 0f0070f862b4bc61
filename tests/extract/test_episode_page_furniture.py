"""A podcast's or an interview's page prints furniture around its transcript: the series name
over the episode heading (the page title joins them: `The Harbour Hour, Ep. 48: …`), a
`Transcript` heading, a note that the transcript was edited, a pitch to subscribe. None of it
is the text; the turns are. Text invented."""

from __future__ import annotations

import pytest

from newsgraph.extract.html import extract_html
from newsgraph.extract.textclean import clean_text

TURNS = (
    "<p>LINA FOSK: Minister, how long will the ferry strike last, and what will the islands "
    "do for food in the meantime?</p>"
    "<p>MINISTER MAREK: We expect the crews back at work by Monday. Until then the navy will "
    "carry food, fuel and medicine to the three islands twice a day.</p>"
    "<p>LINA FOSK: The union says the government has not made a single offer since March.</p>"
    "<p>MINISTER MAREK: That is not true. We made two offers, and we will make a third one "
    "this week if the union comes back to the table.</p>"
)


def _page(series: str, heading: str, note: str, pitch: str) -> str:
    return (
        "<html><head><title>The Harbour Hour, Ep. 48: 'We made two offers' - the harbour "
        "minister on the ferry strike | Coast Radio</title></head><body><main>"
        f"<p class='series'>{series}</p><h1>{heading}</h1>"
        "<p>Host Lina Fosk speaks to Harbour Minister Ivo Marek about the strike that has cut "
        "the islands off from the mainland for nine days, and about the navy's supply runs.</p>"
        f"<h2>Transcript excerpt</h2><div class='transcript'>{TURNS}</div>"
        f"<p class='note'>{note}</p><p class='subscribe'>{pitch}</p></main></body></html>"
    )


PAGE = _page(
    "The Harbour Hour",
    "Ep. 48: 'We made two offers' - the harbour minister on the ferry strike",
    "This transcript has been edited for length and clarity.",
    "Subscribe to The Harbour Hour wherever you get your podcasts.",
)


def test_the_series_line_and_the_episode_heading_are_the_title():
    text = extract_html(PAGE).text
    assert not text.startswith("The Harbour Hour")
    assert "Ep. 48" not in text
    assert text.startswith("Host Lina Fosk speaks")


def test_transcript_heading_note_and_pitch_are_boilerplate():
    ext = extract_html(PAGE)
    for line in (
        "Transcript excerpt",
        "This transcript has been edited for length and clarity.",
        "Subscribe to The Harbour Hour wherever you get your podcasts.",
    ):
        assert line not in ext.text
        assert [r.reason for r in ext.removals if r.text == line] == ["boilerplate"]
    assert "MINISTER MAREK: That is not true." in ext.text


def test_the_same_lines_in_a_scraped_text():
    body = "\n\n".join(
        [
            "Host Lina Fosk speaks to Harbour Minister Ivo Marek about the strike that has cut "
            "the islands off from the mainland for nine days.",
            "Transcript excerpt",
            "LINA FOSK: Minister, how long will the ferry strike last?",
            "MINISTER MAREK: We expect the crews back at work by Monday, and until then the navy "
            "will carry food, fuel and medicine to the three islands twice a day.",
            "This interview has been edited and condensed.",
            "Listen to The Harbour Hour on Spotify or Apple Podcasts.",
        ]
    )
    ext = clean_text(body, select_body=False)
    assert "Transcript excerpt" not in ext.text
    assert "edited and condensed" not in ext.text
    assert "Spotify" not in ext.text
    assert "MINISTER MAREK: We expect" in ext.text


@pytest.mark.parametrize(
    "line",
    [
        "The transcript was released by the court on Monday.",
        "The interview was edited by the station before broadcast, the minister complained.",
        "The transcript has been edited to remove the names of the jurors, the judge said.",
        "Transcripts show the minister was warned twice.",
        "Follow us on the harbour app for the council's votes as they happen.",
    ],
)
def test_sentences_about_transcripts_are_no_furniture(line):
    from newsgraph.extract.textclean import episode_furniture

    assert not episode_furniture(line)
