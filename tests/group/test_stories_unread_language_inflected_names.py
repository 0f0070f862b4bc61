"""A report in a language written in another script, whose names are inflected (`Торвики`,
`Ольмарке`) and transliterated another way (`Khel'mstad` for `Helmstad`), joins its story on
the names it shares with it (`name_key`: transliteration variants folded, the ending cut), and
still joins no story of other names. Invented text, invented names."""

from __future__ import annotations

from newsgraph.group import StoryDoc, rebuild
from newsgraph.group.stories import name_key

FLOOD = [
    StoryDoc(
        "e1",
        "Torvik floods cut off Helmstad",
        "Floods in Torvik cut the road to Helmstad on Monday. Olmark's interior minister, "
        "Dagny Rusk, said 412 homes were evacuated. The Sarvel dam held.",
        "2026-03-02",
        "North Wire",
    ),
    StoryDoc(
        "e2",
        "Helmstad road closed as Torvik floods",
        "The road from Torvik to Helmstad was closed on Monday after floods. Dagny Rusk said "
        "412 homes in Olmark were emptied and the Sarvel dam was checked.",
        "2026-03-02",
        "Coast Daily",
    ),
]
OTHER = [
    StoryDoc(
        "s1",
        "Pay strike shuts Brannby port",
        "Dockers in Brannby stopped work on Monday over pay. Their union leader, Ivo Stenn, "
        "said the port would stay shut.",
        "2026-03-02",
        "North Wire",
    ),
    StoryDoc(
        "s2",
        "Brannby dockers strike",
        "The port of Brannby was shut on Monday as dockers struck. Ivo Stenn told a rally the "
        "owners had broken their promise.",
        "2026-03-02",
        "Coast Daily",
    ),
]
FLOOD_RU = StoryDoc(
    "x1",
    "Наводнение в Торвике отрезало Хельмстад",
    "Наводнение в Торвике отрезало дорогу в Хельмстад. Министр Ольмарка Дагни Руск сообщила, "
    "что эвакуированы 412 домов. Плотина Сарвела выдержала.",
    "2026-03-03",
    "Вестник",
)


def test_transliteration_variants_and_endings_are_one_name_key() -> None:
    assert name_key("khel'mstad") == name_key("helmstad")
    assert name_key("torvike") == name_key("torvik")
    assert name_key("ol'marka") == name_key("olmark")


def test_a_report_with_inflected_names_in_another_script_joins_its_story() -> None:
    index = rebuild([*FLOOD, *OTHER])
    flood = index.story_of("e1")
    assert index.attach(FLOOD_RU) == flood
    assert "x1" in index.stories()[flood]


def test_it_joins_no_story_of_other_names() -> None:
    index = rebuild(OTHER)
    before = index.stories()
    assert index.attach(FLOOD_RU) is None
    assert index.stories() == before
