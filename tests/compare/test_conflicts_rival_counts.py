"""One report's two sources' figures for one count are a conflict: a figure told back to the
sentence before (`put the number at more than 80`) or a count of a source that disputes the
report's figure (`The federation disputes the official toll`), even where the report's
correction withdrew that figure as its own. Invented text."""

from __future__ import annotations

from dossier_support import article as _art

from newsgraph.compare.bundle import StoryBundle
from newsgraph.compare.dossier import assemble

TOLD_BACK = (
    "Police detained 52 people after a march in Brenholt's Mill Square on Saturday night, the "
    "city police said. The Civic Watch, a monitoring group, put the number at more than 80."
    "\n\nThe square was quiet on Sunday."
)
DISPUTED = (
    "Nine workers were killed in Tuesday's fire at the Orlan textile mill, the labour ministry "
    "said.\n\nFire crews worked through the night.\n\nThe Mill Workers' Federation disputes the "
    "official toll. Its spokesman, Ivo Renn, said the federation had counted 13 dead, "
    "including two cleaners hired through an agency."
)
CORRECTION = (
    "\n\nCorrection: An earlier version of this article said 13 workers had died, citing the "
    "federation; the labour ministry puts the toll at nine."
)


def _numbers(*texts: str) -> list[list[tuple[str, str]]]:
    arts = [_art("abcdefgh"[n], f"Outlet {n}", t) for n, t in enumerate(texts)]
    story = {"id": "s-1", "title": "t", "articles": [a["id"] for a in arts], "wire_copies": []}
    d = assemble(StoryBundle(story, arts, []))
    return [
        [(v["outlet"], v["value"]) for v in c["values"]]
        for c in d["conflicts"]
        if c["kind"] == "number"
    ]


def test_a_figure_told_back_to_the_count_before_is_a_rival_figure():
    assert _numbers(TOLD_BACK) == [[("Outlet 0", "52"), ("Outlet 0", "80")]]


def test_a_disputing_sources_count_is_a_rival_figure():
    assert _numbers(DISPUTED) == [[("Outlet 0", "9"), ("Outlet 0", "13")]]


def test_a_correction_withdrawing_the_rival_figure_as_the_toll_keeps_the_dispute():
    assert _numbers(DISPUTED + CORRECTION) == [[("Outlet 0", "9"), ("Outlet 0", "13")]]


def test_a_figure_with_no_noun_after_no_single_count_is_no_side():
    text = (
        "Police detained 52 people and 12 cars were towed in Brenholt on Saturday night. The "
        "Civic Watch put the number at more than 80."
    )
    assert _numbers(text) == []


def test_a_sum_in_millions_told_back_is_no_rival_count():
    text = (
        "Floods killed 12 people in Orvel on Monday, officials said. Insurers put the figure "
        "at 40 million, the highest in a decade.\n\nRoads remain shut."
    )
    assert _numbers(text) == []


def test_an_earlier_events_toll_after_a_dispute_of_other_figures_is_no_rival_count():
    text = (
        "Nine workers were killed in Tuesday's fire at the Orlan textile mill, the labour "
        "ministry said.\n\nThe mill's owners have contested the inspectors' figures on overtime "
        "in court. Two workers were killed in a fire at the mill in March."
    )
    assert _numbers(text) == []
