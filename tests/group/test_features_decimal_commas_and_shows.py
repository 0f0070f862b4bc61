"""Story features: decimal-comma figures, a show's series and host names.

A foreign report writes `96,4` for the `96.4` of an English one; a podcast page prints its series
name and host on every episode. Texts written for these tests.
"""

from newsgraph.group.features import article_features, figure_value
from newsgraph.group.stories import StoryDoc, StoryIndex


def test_decimal_comma_is_a_point_and_thousands_comma_is_dropped() -> None:
    assert figure_value("96,4") == "96.4"
    assert figure_value("84,50") == "84.5"
    assert figure_value("96,00") == "96"
    assert figure_value("1,200") == "1200"
    assert figure_value("12,345,678") == "12345678"


def test_decimal_comma_figure_in_features() -> None:
    feats = article_features(None, "Wydatki mają wynieść 71,3 mld euro, a dochody 68,9 mld euro.")
    assert "d:71.3" in feats and "d:68.9" in feats
    assert "d:713" not in feats and "d:689" not in feats


ENGLISH = [
    (
        "a1",
        "Corvania's 2030 budget plans spending of 71.3 billion",
        "Finance minister Petra Ulm on Monday presented a budget with spending of 71.3 billion "
        "euros and revenue of 68.9 billion euros. A new levy on insurers is to raise 640 million "
        "euros a year, Ulm told the assembly in Sorvik.",
    ),
    (
        "a2",
        "Ulm's budget: 640 million from insurers, spending at 71.3 billion",
        "Petra Ulm, the finance minister, said the levy on insurers would raise 640 million "
        "euros. Spending is set at 71.3 billion euros against revenue of 68.9 billion, she said "
        "in Sorvik.",
    ),
]
FOREIGN = StoryDoc(
    "f1",
    "Budżet Korwanii: wydatki 71,3 mld euro",
    "Minister finansów Petra Ulm przedstawiła w poniedziałek budżet. Wydatki mają wynieść 71,3 mld "
    "euro, a dochody 68,9 mld euro. Opłata od ubezpieczycieli ma przynieść 640 mln euro rocznie.",
    "2030-10-07",
)


def test_foreign_article_with_decimal_commas_attaches_to_its_story() -> None:
    index = StoryIndex()
    sids = {index.add(StoryDoc(i, t, x, "2030-10-07")) for i, t, x in ENGLISH}
    assert len(sids) == 1
    # Petra Ulm, 640, 71.3 and 68.9: four shared (with `713` and `689` only two).
    assert index.attach(FOREIGN) == sids.pop()


PODCAST_TITLE = "The Quayside Hour, Ep. 57: 'We will reopen the bridge by spring' - the mayor"
PODCAST = (
    "Host Lotte Brem speaks to Mayor Ivan Sarro about the closed Kettle bridge.\n\n"
    "LOTTE BREM: Mayor, when will the bridge reopen?\n\n"
    "IVAN SARRO: By spring. The repairs cost 14 million.\n\n"
    "LOTTE BREM: Who pays for it?\n\n"
    "IVAN SARRO: The city and the port authority, half each.\n"
)


def test_show_series_name_and_host_leave_a_podcast_page() -> None:
    feats = article_features(PODCAST_TITLE, PODCAST)
    assert not any(f in feats for f in ("n:quayside", "n:hour", "p:quayside hour"))
    assert not any(f in feats for f in ("n:lotte", "n:brem", "p:lotte brem"))
    assert "n:sarro" in feats and "d:14" in feats  # the guest and his figure stay
    assert "d:57" not in feats


def test_host_of_a_tournament_in_a_report_stays_a_name() -> None:
    feats = article_features(None, "The final was awarded to host Corvania and its capital Sorvik.")
    assert "n:corvania" in feats
