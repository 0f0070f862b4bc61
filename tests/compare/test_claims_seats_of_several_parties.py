"""A results story: one report lists every party's seats in one sentence, others tell one
party's seats each. The same claim is printed once (two pivots that take the same best
matches made two equal rows), and one party's seats are no `other figure` for another
party's (`The Green Front won 31 seats` / `His Union Party also won 62 of the 101 seats`).
Invented text."""

from __future__ import annotations

from dossier_support import article

from newsgraph.compare.bundle import StoryBundle
from newsgraph.compare.dossier import assemble

_TEXTS = (
    "In the election to the Assembly, the Union Party won 62 of the 101 seats, the Green "
    "Front 31 seats and the Rural Bloc 8 seats. Turnout was 58.2 per cent.",
    "President Oren Hale has won a second term. Mr Hale's Union Party also strengthened its "
    "hold on the Assembly, winning 62 of the 101 seats, five more than in 2019. The Green "
    "Front won 31 seats and the Rural Bloc eight.",
    "Hale, 58, thanked his supporters. His Union Party also won 62 of the 101 seats in parliament.",
    "Hale's Union Party won 62 of the 101 seats in the Assembly. Turnout was 58.2%.",
)


def _dossier() -> dict:
    arts = [article("abcd"[n], f"Outlet {n}", t) for n, t in enumerate(_TEXTS)]
    story = {"id": "s-1", "title": "t", "articles": [a["id"] for a in arts], "wire_copies": []}
    return assemble(StoryBundle(story, arts, []))


def test_each_shared_claim_is_listed_once():
    shared = _dossier()["shared"]
    ids = [g["id"] for g in shared]
    assert len(ids) == len(set(ids))
    members = [tuple(sorted((s["article"], s["start"]) for s in g["spans"])) for g in shared]
    assert len(members) == len(set(members))


def test_seats_of_another_party_are_no_other_figure():
    for g in _dossier()["shared"]:
        texts = [s["text"] for s in g["spans"]]
        others = [d["text"] for d in g["differs"]]
        green = any(t.startswith("The Green Front") for t in texts)
        union = any("Union Party" in t and "Green" not in t for t in others)
        assert not (green and union), (texts, others)


def test_two_stars_with_the_same_partners_give_one_row():
    from newsgraph.compare.claims import agreeing, split

    texts = {
        "a": "Turnout was 61 per cent in the vote on Sunday.",
        "b": "Turnout in Sunday's vote was 64 per cent, officials said.",
        "c": "Turnout was 58.4 per cent in Sunday's vote.",
        "d": "Turnout in the Sunday vote was 58.4 per cent.",
    }
    sents = split([{"id": k, "text": t} for k, t in texts.items()], {k: k for k in texts})
    at = {s.article: n for n, s in enumerate(sents)}
    # `align`'s stars: two pivots, each taking the same best matches in two other reports
    stars = [[at["a"], at["c"], at["d"]], [at["b"], at["c"], at["d"]]]
    rows, _ = agreeing(sents, stars)
    assert sorted(map(sorted, rows)) == sorted([[at["a"]], [at["b"]], sorted([at["c"], at["d"]])])
