"""Product review 12 on claims: what a correction replaced is no claim of its report (what it
says instead is), and two sentences sharing a speaker's name and title share no claim."""

from __future__ import annotations

from dossier_support import article as _art

from newsgraph.compare.bundle import StoryBundle
from newsgraph.compare.dossier import assemble

PEOPLE = [
    {"id": "person:voss", "name": "Lena Voss", "type": "PERSON"},
    {"id": "person:ruiz", "name": "Ana Ruiz", "type": "PERSON"},
    {"id": "gpe:velmar", "name": "Velmar", "type": "GPE"},
]
FILLER = "\n\nFishing quotas topped the agenda of the meeting in Orsa."


def _dossier(x: str, y: str) -> dict:
    a = _art("a", "Orsa Courier", x)
    b = _art("b", "Kelmor Daily", y)
    story = {"id": "s-a", "title": "t", "articles": [a["id"], b["id"]], "wire_copies": []}
    return assemble(StoryBundle(story, [a, b], [], [], PEOPLE))


def _shared(x: str, y: str) -> list[list[str]]:
    return [[s["text"] for s in c["spans"]] for c in _dossier(x, y)["shared"]]


def _claims(x: str, y: str) -> list[str]:
    d = _dossier(x, y)
    return [s["text"] for c in d["shared"] for s in c["spans"]] + [
        c["text"] for cs in d["unique"].values() for c in cs
    ]


def test_a_corrected_figure_is_no_claim_and_the_correction_is():
    x = (
        "Coast guard patrols seized 40 trawlers off the Velmar banks on Monday.\n\n"
        "Correction: An earlier version of this article said the coast guard had seized 40 "
        "trawlers. The coast guard seized 52 trawlers. We regret the error."
    )
    y = "Coast guard patrols seized 40 trawlers off the Velmar banks on Monday."
    got = _claims(x, y)
    assert got.count(y) == 1  # only the other report says 40
    assert "The coast guard seized 52 trawlers." in got
    assert not any(s for c in _dossier(x, y)["shared"] for s in c["spans"] if "40" in s["text"])


def test_a_corrected_day_and_name_are_no_claims():
    x = (
        "The Orsa ferry sank off the Velmar coast on Thursday.\n\n"
        "Harbour master Lena Voss said the quay would reopen next week.\n\n"
        "Correction: The ferry sank on Friday, not Thursday as an earlier version of this "
        "article said. An earlier version also misidentified the harbour master as Lena Voss. "
        "The harbour master is Ana Ruiz."
    )
    y = "Fishing crews in Orsa returned to port as the storm passed."
    got = _claims(x, y)
    assert not any("Thursday" in t or "Lena Voss" in t for t in got)
    assert "The ferry sank on Friday" in got
    assert "The harbour master is Ana Ruiz." in got


def test_guard_a_sentence_the_correction_leaves_stays_a_claim():
    x = (
        "Coast guard patrols seized 40 trawlers off the Velmar banks on Monday.\n\n"
        "The crews of the trawlers were taken to Orsa harbour for questioning.\n\n"
        "Correction: An earlier version of this article said the coast guard had seized 40 "
        "trawlers. The coast guard seized 52 trawlers."
    )
    y = "Fishing crews in Orsa returned to port as the storm passed."
    assert any("taken to Orsa harbour" in t for t in _claims(x, y))


def test_a_shared_speaker_and_title_with_no_shared_content_is_no_shared_claim():
    """Review 12: the judge's pre-verdict `would deliver its verdict on Friday` is not the
    verdict-day sentence of the same judge, though both give her name, title and `verdict`."""
    x = (
        "The Orsa court heard closing arguments in the harbour fraud trial on Monday.\n\n"
        "Presiding judge Lena Voss said the court would deliver its verdict on Friday."
    )
    y = (
        "A court in Orsa on Friday jailed the former harbour chief for fraud.\n\n"
        '"The defendant betrayed the trust of every fisherman in Velmar," presiding judge Lena '
        "Voss said as she read the verdict."
    )
    assert not any(any("betrayed" in t for t in row) for row in _shared(x, y))


def test_guard_one_claim_told_under_two_titles_stays_shared():
    """The lawyer's appeal told twice, titled alike once: still one shared claim."""
    x = "Defence lawyer Ana Ruiz said her client would appeal." + FILLER
    y = (
        "His lawyer Ana Ruiz told reporters outside the courthouse that the defence would "
        "appeal to the Supreme Court." + FILLER
    )
    assert any(any("her client would appeal" in t for t in row) for row in _shared(x, y))


def test_a_second_claim_riding_on_a_shared_sentence_is_the_reports_own():
    """Review 11: `… "half of the old town is gone" and that the town's water supply had been
    cut` shares its quotation with another report; the water supply is this report's own
    claim, and so is `240 of them seriously` after a shared injured count."""
    x = (
        'Mayor Oren Tallis said "half of the old town is gone" after the quake.\n\n'
        "Officials said 1,900 people had been injured across Velmar."
    )
    y = (
        'Mayor Oren Tallis told reporters that "half of the old town is gone" and that the '
        "town's water supply had been cut.\n\n"
        "Officials said 1,900 people had been injured across Velmar, 240 of them seriously."
    )
    d = _dossier(x, y)
    own = [c for c in d["unique"]["b" * 16] if c.get("part_of")]
    assert [c["text"] for c in own] == [
        "the town's water supply had been cut.",
        "240 of them seriously.",
    ]
    assert all(y[c["start"] : c["end"]] == c["text"] for c in own)
    assert not d["unique"]["a" * 16]
