"""An amendment line (`This article was amended on 3 May 2031. An earlier caption said …`) is
one correction notice: the sentence after the amendment that tells what an earlier caption,
headline or version said is about the text, no claim and no quote."""

from __future__ import annotations

from dossier_support import article
from test_dossier_review8 import _dossier

from newsgraph.compare.notices import about_the_text, corrections

GALLERY = (
    "Crowds gathered by the pier at dawn as the ferry was towed in.\n\n"
    "This article was amended on 3 May 2031. An earlier caption said the pylon in image 2 was "
    "near Orsk; it is near Velm. The ferry resumed its crossings on Friday.\n"
)


def test_the_earlier_caption_sentence_belongs_to_the_amendment_notice():
    (notice,) = corrections(GALLERY)
    assert notice["kind"] == "correction"
    assert notice["text"] == (
        "This article was amended on 3 May 2031. An earlier caption said the pylon in image 2 "
        "was near Orsk; it is near Velm."
    )


def test_an_earlier_caption_or_headline_speaks_of_the_text():
    assert about_the_text("An earlier caption said the pylon was near Orsk.")
    assert about_the_text("The original headline misnamed the ferry.")
    assert not about_the_text("An earlier ferry said to be near Orsk sank.")


def test_the_earlier_caption_is_no_claim_of_the_report():
    d = _dossier([article("a", "Velm Post", GALLERY)])
    texts = [c["text"] for cs in d["unique"].values() for c in cs]
    assert texts == [
        "Crowds gathered by the pier at dawn as the ferry was towed in.",
        "The ferry resumed its crossings on Friday.",
    ]
