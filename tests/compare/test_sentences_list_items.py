"""The items of a plain-text list are one sentence each: a line break before a list item
(`2. …`, `- …`, `• …`) ends the sentence before it, though the item before has no stop
(`1. Ana Lind, 34, journalist, Orlin`), and a bullet is no word of its item (invented text)."""

from __future__ import annotations

from newsgraph.compare.text import sentences

RELEASED = (
    "The following citizens were released (name, age, home town):\n\n"
    "1. Ana Lind, 34, journalist, Orlin\n"
    "2. Ivo Rask, 51, engineer, Tessany\n"
    "3. Eva Berg, 28, aid worker, Kaldor\n\n"
    "All of them will be examined at the Orlin hospital."
)
BULLETS = (
    "What we know so far:\n"
    "- Twelve citizens aged 19 to 70 were freed on Monday\n"
    "• Three men flew home to Velask.\n"
    "The plane landed at 5 p.m. on Monday."
)


def _texts(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences(text)]


def test_each_numbered_item_is_a_sentence_without_the_next_number() -> None:
    got = _texts(RELEASED)
    assert "Ana Lind, 34, journalist, Orlin" in got
    assert "Ivo Rask, 51, engineer, Tessany" in got
    assert "Eva Berg, 28, aid worker, Kaldor" in got


def test_each_bullet_is_a_sentence_without_its_bullet() -> None:
    assert _texts(BULLETS) == [
        "What we know so far:",
        "Twelve citizens aged 19 to 70 were freed on Monday",
        "Three men flew home to Velask.",
        "The plane landed at 5 p.m. on Monday.",
    ]


def test_a_dash_inside_a_line_ends_nothing() -> None:
    text = "The crew - all 24 of them - stayed\naboard, and the ship - a tanker - sailed on."
    assert _texts(text) == [text]
