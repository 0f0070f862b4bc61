"""Product review 12 on conflicts: a report's correction notice replaces the figure its body
printed, so the conflict counts the corrected figure for that report."""

from __future__ import annotations

from typing import Any

from dossier_support import article as _art

from newsgraph.compare.bundle import StoryBundle
from newsgraph.compare.dossier import assemble

A = "Coast guard patrols seized 52 trawlers off the Velmar banks on Monday, the ministry said."
C = "The coast guard seized 40 trawlers off the Velmar banks on Monday, the ministry said."
B = (
    "Coast guard patrols seized 40 trawlers off the Velmar banks on Monday, the fisheries "
    "ministry said.\n\nThe crews were taken to Orsa harbour.\n\n"
    "Correction: An earlier version of this article said the coast guard had seized 40 "
    "trawlers. The coast guard seized 52 trawlers. We regret the error."
)


def _numbers(*arts: dict[str, Any]) -> list[dict[str, Any]]:
    story = {"id": "s-x", "title": "t", "articles": [a["id"] for a in arts], "wire_copies": []}
    d = assemble(StoryBundle(story, list(arts), [], [], []))
    return [c for c in d["conflicts"] if c["kind"] == "number"]


def test_a_corrected_figure_counts_for_its_report():
    """Body 40, correction 52: the report sides with the other 52, at the correction's
    figure, and notes the 40 it corrects; the conflict still shows 52 against 40."""
    arts = [_art("a", "Orsa Courier", A), _art("b", "Kelmor Daily", B), _art("c", "Tarn Post", C)]
    (c,) = _numbers(*arts)
    got = sorted((v["outlet"], v["value"]) for v in c["values"])
    assert got == [("Kelmor Daily", "52"), ("Orsa Courier", "52"), ("Tarn Post", "40")]
    (kelmor,) = [v for v in c["values"] if v["outlet"] == "Kelmor Daily"]
    assert kelmor["text"] == "52 trawlers" and B.index("seized 52") < kelmor["start"]
    assert kelmor["corrects"]["value"] == "40" and kelmor["corrects"]["start"] < B.index("\n")


def test_a_correction_ends_a_conflict_its_report_alone_made():
    """The only report that disagreed corrected itself: no conflict is left."""
    arts = [_art("a", "Orsa Courier", A), _art("b", "Kelmor Daily", B)]
    assert _numbers(*arts) == []


def test_guard_an_uncorrected_body_figure_still_conflicts():
    """Without the notice the same body figure is the report's own (40 against 52)."""
    body = B.split("\n\nCorrection")[0]
    arts = [_art("a", "Orsa Courier", A), _art("b", "Kelmor Daily", body)]
    (c,) = _numbers(*arts)
    assert sorted(v["value"] for v in c["values"]) == ["40", "52"]


def test_amendments_read_the_wrong_and_the_right_text():
    """A number, a day after `, not`, a name replaced by another; a pronoun is no new name."""
    from newsgraph.compare.notices import amendments  # new in review 12

    (n,) = amendments(B)
    assert n["changed"] == {"40"}
    assert [B[a:b] for a, b in n["new"]] == ["The coast guard seized 52 trawlers."]
    day = "The ferry sank on Thursday.\n\nCorrection: The ferry sank on Friday, not Thursday."
    (n,) = amendments(day)
    assert n["changed"] == {"thursday"}
    name = (
        "Harbour master Lena Voss reopened the quay.\n\nCorrection: An earlier version of this "
        "article misidentified the harbour master as Lena Voss. The harbour master is Ana Ruiz."
    )
    (n,) = amendments(name)
    assert n["changed"] == {"lena", "voss"}
    pronoun = (
        "Lena Voss was fined 300 crowns.\n\nCorrection: An earlier version of this article "
        "said Lena Voss was fined 300 crowns. She was fined 500 crowns."
    )
    (n,) = amendments(pronoun)
    assert n["changed"] == {"300"}
