"""A report in a language the analysis does not read joins a story on the things it shares
with it (`foreign_shared`), and a name of several words is one of them: a Spanish report on
two leaders' phone call does not join an English story on a refinery fire that names the
same two leaders in full. Invented text, invented names."""

from __future__ import annotations

from newsgraph.group import StoryDoc, rebuild, stories

FIRE = [
    StoryDoc(
        "e1",
        "Fuel prices climb after Dunmere refinery fire",
        "Fuel prices rose on Tuesday after a fire closed the Dunmere refinery. Traders said "
        "President Olek Varga and Chancellor Mira Lenholt would discuss supplies by phone. "
        "Diesel gained 6 percent in early trading.",
        "2026-05-12",
        "Coast Wire",
    ),
    StoryDoc(
        "e2",
        "Refinery blaze lifts diesel",
        "Diesel climbed on Tuesday after a blaze shut the Dunmere refinery. Analysts said Olek "
        "Varga and Mira Lenholt were expected to talk about supplies. Prices rose 6 percent.",
        "2026-05-12",
        "Daily Ledger",
    ),
]
OTHER = [
    StoryDoc(
        "s1",
        "Teachers strike in Harlow",
        "About 3,000 teachers in Harlow stopped work on Tuesday over pay. Their union leader, "
        "Pia Corran, said schools would stay shut.",
        "2026-05-12",
        "Coast Wire",
    ),
    StoryDoc(
        "s2",
        "Harlow schools shut by strike",
        "Schools in Harlow were shut on Tuesday as 3,000 teachers struck. Pia Corran told a "
        "rally the city had broken its promise.",
        "2026-05-12",
        "Daily Ledger",
    ),
]
CALL_ES = StoryDoc(
    "x1",
    "Varga y Lenholt hablan de la frontera",
    "El presidente Olek Varga habló el miércoles con la canciller Mira Lenholt sobre la "
    "frontera, informó el Palacio Norte. La llamada duró una hora.",
    "2026-05-13",
    "Diario Sur",
)


def test_two_full_names_do_not_attach_a_report_to_another_event() -> None:
    index = rebuild([*FIRE, *OTHER])
    before = index.stories()
    assert index.attach(CALL_ES) is None
    assert index.stories() == before


def test_a_name_of_several_words_counts_once() -> None:
    keys = {"n:olek", "n:varga", "n:mira", "n:lenholt", "d:1240"}
    feats = ["n:olek", "n:varga", "p:olek varga", "n:mira", "n:lenholt", "p:mira lenholt"]
    assert stories.foreign_shared(keys, feats) == 3
    assert stories.foreign_shared(keys, []) == 5
