"""`the star`, `the legend`, `the icon` are epithets for the salient person, preferring the
one whose descriptor they fit (a singer, a footballer) over a nearer person introduced
otherwise (an interviewer)."""

import pytest
from quote_support import only, quotes


@pytest.mark.parametrize("epithet", ["star", "legend", "icon"])
def test_the_star_is_the_one_singer_the_article_is_about(nlp, epithet):
    text = (
        "Pop singer Lysa Kormand announced on Monday that she would leave the stage after a "
        "final tour of Ostley this summer.\n\n"
        f'"I have sung for thirty years and my voice needs a rest," the {epithet} said.'
    )
    assert only(quotes(nlp, text), "voice").speaker_name == "Lysa Kormand"


@pytest.mark.parametrize("epithet", ["star", "legend", "icon"])
def test_the_star_is_the_singer_not_the_interviewer(nlp, epithet):
    text = (
        "Tomas Varga interviewed the singer Ana Ruiz at her home on Monday. "
        f'"I never planned to sing," the {epithet} said.'
    )
    assert only(quotes(nlp, text), "never planned").speaker_name == "Ana Ruiz"


def test_the_legend_is_the_footballer_named_first(nlp):
    text = (
        "Reporter Ivo Marlen met former striker Pavel Droun at the Kessby ground on Friday. "
        "Marlen asked about the final of 1998.\n\n"
        '"We should have won that night," the legend said.'
    )
    assert only(quotes(nlp, text), "won that night").speaker_name == "Pavel Droun"
