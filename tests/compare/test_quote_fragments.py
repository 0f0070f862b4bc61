"""Mixed quotes: the speaker's own words inside the marks link across outlets' frames."""

from __future__ import annotations

from ledger_support import quote

from newsgraph.compare.quotes import group_quotes, quoted_spans


def q(qid: str, article: str, text: str, kind: str = "direct", speaker: str | None = "Ana Ruiz"):
    return quote(qid, article, text, kind, speaker)


def linked(*records: dict) -> bool:
    gs = group_quotes(list(records), {r["article"]: r["article"] for r in records}, {})
    return any(len(g["members"]) == len(records) for g in gs)


def test_quoted_spans_pair_straight_marks_and_start_inside_a_quotation():
    text = 'her offer to make an "exception" to the rule'
    assert [text[a:b] for a, b in quoted_spans(text)] == ["exception"]
    text = 'a full and lasting ban" on all night flights'
    assert [text[a:b] for a, b in quoted_spans(text)] == ["a full and lasting ban"]
    text = "she called it `` a full and lasting ban on night flights"
    assert [text[a:b] for a, b in quoted_spans(text)] == [
        " a full and lasting ban on night flights"
    ]


def test_a_mixed_quote_links_on_its_quoted_words_whatever_the_frame():
    direct = q(
        "1",
        "a",
        "We want a full and lasting ban on night flights over the city until the new runway opens.",
    )
    mixed = q(
        "2",
        "b",
        "The mayor's demand for \"a full and lasting ban on night flights over "
        'the city" angered the airlines',
        "mixed",
        speaker=None,
    )
    assert linked(direct, mixed)


def test_a_short_fragment_links_only_for_the_same_speaker():
    direct = q("1", "a", "The council is now the city's best recruiter for the opposition party.")
    mixed = q("2", "b", 'the mayor called the weekly paper "the city\'s best recruiter"', "mixed")
    assert linked(direct, mixed)
    mixed_unknown = q(
        "3",
        "c",
        'the mayor called the weekly paper "the city\'s best recruiter"',
        "mixed",
        speaker=None,
    )
    assert not linked(direct, mixed_unknown)


def test_names_and_interjections_in_a_fragment_are_no_evidence():
    direct = q("1", "a", "This puts the Clean Rivers Act at risk, and we will fight it.")
    mixed = q("2", "b", 'the rule strikes at the "heart of the Clean Rivers Act"', "mixed")
    assert not linked(direct, mixed)
    shout = q("3", "c", 'a man shouted "No, no, no!" at the driver', "mixed")
    other = q("4", "d", "No, no, no, I said, and walked away.")
    assert not linked(shout, other)


def test_an_articles_summary_joins_its_own_quotation_when_it_repeats_it_word_for_word():
    direct = q("1", "a", "Our harbour has run out of cold storage space, so we must act now.")
    summary = q("2", "a", 'the mayor said the harbour had "run out of cold storage space"', "mixed")
    other = q("3", "b", "Our harbour has run out of cold storage space, so we must act now")
    gs = group_quotes([direct, summary, other], {"a": "a", "b": "b"}, {})
    assert any(len(g["members"]) == 3 for g in gs)


def test_a_phrase_repeated_in_several_quotations_of_an_article_welds_nothing():
    one = q("1", "a", "He is the worst neighbour in the street, believe me.")
    two = q("2", "a", "I said it again: the worst neighbour in the street, and I mean it.")
    summary = q("3", "a", 'he called him "the worst neighbour in the street"', "mixed")
    gs = group_quotes([one, two, summary], {"a": "a"}, {})
    assert all(len(g["members"]) == 1 for g in gs)


def test_each_fragment_of_a_mixed_quote_is_compared_on_its_own():
    direct = q(
        "1",
        "a",
        "Under these rules, it looks like a lawful stop by the officers.",
        speaker="Bo Lind",
    )
    mixed = q(
        "2",
        "b",
        'there was "no sign of any breach of the guidelines" while Bo Lind said "it looks like a '
        'lawful stop by the officers" under these rules',
        "mixed",
        speaker="Bo Lind",
    )
    assert linked(direct, mixed)


def test_reports_of_an_unknown_speaker_that_tell_much_the_same_link():
    one = q(
        "1",
        "a",
        "volunteers cleared the larger flooded meadow after a storm, moving nine sheep as "
        "well as hay and fences",
        "indirect",
        speaker=None,
    )
    two = q(
        "2",
        "b",
        "local volunteers cleared the flooded meadows and moved hay, fences and two "
        "wooden ladders, and the nine young sheep",
        "indirect",
        speaker=None,
    )
    other = q("3", "c", "the flooded meadows were seen at dawn", "indirect", speaker=None)
    gs = group_quotes([one, two, other], {"a": "a", "b": "b", "c": "c"}, {})
    assert any({m["quote"] for m in g["members"]} == {"1", "2"} for g in gs)
    # a named speaker on both sides that differs: no link
    one["speaker"] = {"entity": "person:ann-lee", "name": "Ann Lee", "mention": None}
    two["speaker"] = {"entity": "person:bo-kim", "name": "Bo Kim", "mention": None}
    gs = group_quotes([one, two], {"a": "a", "b": "b"}, {})
    assert all(len(g["members"]) == 1 for g in gs)


def test_two_overlapping_cuts_of_one_passage_link_on_a_long_run():
    one = q(
        "1",
        "a",
        "She told us the plan was rushed, which is why the village will have to pay for the "
        "new sea wall over twenty years. I have no doubts.",
        speaker="Ann Lee",
    )
    two = q(
        "2",
        "b",
        "The plan of a council where nobody asked the fishermen stands, and she knows it: "
        "the village will have to pay for the new sea wall over twenty years",
        "indirect",
        speaker=None,
    )
    assert linked(one, two)


def test_a_speaker_name_run_on_into_the_next_words_is_the_same_speaker():
    from newsgraph.compare.quotes import prepare, speaker_match

    a = prepare(q("1", "a", "We will sell the boat.", speaker="Ann Lee Selling Off"), "a")
    b = prepare(q("2", "b", "We will sell the boat.", speaker="Ann Lee"), "b")
    c = prepare(q("3", "c", "We will sell the boat.", speaker="Bo Kim"), "c")
    for x in (a, b, c):
        x.record["speaker"]["entity"] = "person:" + x.record["speaker"]["name"].lower()
    assert speaker_match(a, b) == "same"
    assert speaker_match(a, c) == "differ"


def test_an_articles_report_of_its_own_quotation_joins_it():
    said = q(
        "1",
        "a",
        "The storm grew fast and the old mill then burned so hot that it was impossible to save",
        speaker="Ann Lee",
    )
    summary = q(
        "2",
        "a",
        "it was impossible to save the old mill because the storm grew so fast",
        "indirect",
        speaker="Ann Lee",
    )
    other = q("3", "a", "We will rebuild the mill next year", speaker="Ann Lee")
    for n, r in enumerate((said, summary, other)):  # one after the other in the article
        r["start"], r["end"] = 1000 * n, 1000 * n + len(r["text"])
    gs = group_quotes([said, summary, other], {"a": "a"}, {})
    assert any({m["quote"] for m in g["members"]} == {"1", "2"} for g in gs)
