"""A vote's tally is compared whatever words tell it: `by 13 votes in favour to 1 against`,
`Fourteen of the council's 15 members voted for`, `by 31 votes to 9`, `Thirty-five members
voted for the plan and nine against` are `vote for` / `vote against` facts. A plain count of
votes (`won 5,000 votes`) is left as it was read. Invented text."""

from __future__ import annotations

from dossier_support import number_conflicts as _conflicts


def _numbers(*texts: str) -> list[tuple[str, list[str]]]:
    told = [(f"Outlet {n}", "2031-03-06", t) for n, t in enumerate(texts)]
    return sorted((c["about"], sorted(v["value"] for v in c["values"])) for c in _conflicts(*told))


def test_votes_in_favour_and_members_voting_for_are_one_tally():
    got = _numbers(
        "The harbour council adopted the dredging plan for Osk by 13 votes in favour to 1 "
        "against, with 1 abstention, on Thursday.",
        "Fourteen of the harbour council's 15 members voted for the dredging plan for Osk on "
        "Thursday.",
    )
    assert ("vote for", ["13", "14"]) in got


def test_votes_to_and_members_against_are_one_tally():
    got = _numbers(
        "The Osk assembly passed the ferry levy by 31 votes to 9, with 4 abstentions, on Thursday.",
        "Thirty-five members of the Osk assembly voted for the ferry levy on Thursday and nine "
        "against.",
    )
    assert ("vote for", ["31", "35"]) in got
    assert ("vote against", ["9"]) not in got  # both say nine against: no conflict
