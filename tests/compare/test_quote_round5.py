"""Round 5 of the quote ledger: how outlets re-word and re-cut reported speech."""

from __future__ import annotations

from ledger_support import quote

from newsgraph.compare.quotes import group_quotes


def _groups(*records: dict) -> list[dict]:
    return group_quotes(list(records), {r["article"]: r["article"] for r in records}, {})


def _group_of(groups: list[dict], qid: str) -> set[str]:
    return next(set(g["quotes"]) for g in groups if qid in g["quotes"])


# -- a quote of several sentences, reported apart ------------------------------------------

STATEMENT = quote(
    "a1",
    "a",
    "The storm reached the coast before dawn. While two of them managed to escape, the ferry "
    "Norvik rescued the remaining four and carried them to the harbour.",
    speaker="Minister Ruiz",
)
FIRST = quote("b1", "b", "The storm reached the coast before dawn.", speaker="Minister Ruiz")


def test_one_sentence_of_a_quotation_found_in_a_longer_quote_is_a_wording_link() -> None:
    # Outlet b quotes the second sentence apart, with words of its own: too few of its words are
    # the reference's for a wording link on the whole quote, but the sentence is all in it.
    second = quote(
        "b2",
        "b",
        "While two of the fishing boats and their crews managed to escape, the ferry Norvik "
        "rescued the remaining four boats and carried them safely to the old harbour.",
        speaker="Minister Ruiz",
    )
    groups = _groups(STATEMENT, FIRST, second)
    assert _group_of(groups, "a1") == {"a1", "b1", "b2"}
    (group,) = [g for g in groups if len(g["quotes"]) > 1]
    assert {m["relation"] for m in group["members"][1:]} == {"variant"}


def test_a_short_sentence_is_no_evidence_alone() -> None:
    # `The storm reached the coast` is five words: not enough to link a longer quote on it.
    other = quote(
        "c1",
        "c",
        "The storm reached the coast and the ferry service to Norvik was cut for the whole day.",
        speaker="Minister Ruiz",
    )
    short = quote("a1", "a", "The storm reached the coast. Nobody was hurt on the islands at all.")
    assert _group_of(_groups(short, other), "c1") == {"c1"}


SUSPICIOUS = quote(
    "a1",
    "a",
    "The fire spread quickly through the depot, which is almost destroyed. It is being treated "
    "as potentially suspicious.",
    speaker="Norvik Police",
)
SPREAD = quote(
    "b1",
    "b",
    "The fire spread quickly through the depot, which is almost destroyed.",
    speaker="Norvik Police",
)


def test_an_article_reporting_two_sentences_apart_joins_both_to_the_statement() -> None:
    # Outlet b quotes the first sentence and reports the second in its own words elsewhere: two
    # quotes of one article, one statement, as the parts of a quotation split by its cue are.
    lede = quote(
        "b2",
        "b",
        "the blaze at the Norvik depot was being treated as potentially suspicious",
        kind="indirect",
        speaker="Norvik Police",
    )
    groups = _groups(SUSPICIOUS, SPREAD, lede)
    assert _group_of(groups, "a1") == {"a1", "b1", "b2"}


def test_two_quotes_of_one_article_on_one_sentence_stay_apart() -> None:
    # Both of outlet b's quotes report the first sentence: one is linked, as before.
    again = quote(
        "b2", "b", "the depot was almost destroyed", kind="indirect", speaker="Norvik Police"
    )
    groups = _groups(SUSPICIOUS, SPREAD, again)
    assert _group_of(groups, "a1") == {"a1", "b1"}


def test_a_sentence_with_a_phrase_of_its_own_is_a_variant_of_the_quotation() -> None:
    # `Tonight was` added before the first sentence, the second sentence cut: each quote is cut
    # where the other goes on, too short a common stretch for the overlap rule.
    full = quote(
        "a1",
        "a",
        "a quiet vigil that became a brawl. The young people of Norvik have nowhere to go.",
        speaker="Councillor Ruiz",
    )
    opening = quote(
        "b1",
        "b",
        "Tonight was just a quiet vigil that became a brawl",
        speaker="Councillor Ruiz",
    )
    (group,) = _groups(full, opening)
    assert [m["relation"] for m in group["members"][1:]] == ["variant"]


def test_a_clause_inside_another_statement_is_no_variant() -> None:
    # The sentence is whole in the other quote, but as the end of another statement.
    full = quote(
        "a1",
        "a",
        "The roof of the old mill collapsed. It is being treated as potentially suspicious.",
        speaker="Norvik Police",
    )
    other = quote(
        "b1",
        "b",
        "Officers and fire crews are at the scene of a large blaze at the old mill in Norvik, "
        "which is being treated as potentially suspicious.",
        speaker="Norvik Police",
    )
    groups = _groups(full, other)
    (group,) = [g for g in groups if len(g["quotes"]) > 1]
    assert [m["relation"] for m in group["members"][1:]] == ["paraphrase"]


def test_a_clause_retold_in_other_words_inside_reported_speech_is_a_paraphrase() -> None:
    # `was hit` / `and the intruder struck her`: more than a swapped phrase, between words both
    # reports share, and no content word in common: the reporter's own telling.
    one = quote(
        "a1",
        "a",
        "Ms Lind, who was waiting at the door of the Norvik office, was hit in the arm",
        kind="indirect",
        speaker="Inspector Ruiz",
    )
    other = quote(
        "b1",
        "b",
        "Clerk Anna Lind was waiting at the door of the Norvik office, and the intruder struck "
        "her in the arm",
        kind="indirect",
        speaker="Inspector Ruiz",
    )
    groups = _groups(one, other)
    (group,) = [g for g in groups if len(g["quotes"]) > 1]
    assert [m["relation"] for m in group["members"][1:]] == ["paraphrase"]


def test_a_short_phrase_swapped_inside_reported_speech_stays_a_variant() -> None:
    # `the` / `her left upper`: one phrase of at most four words, as before.
    one = quote(
        "a1",
        "a",
        "the clerk was waiting at the door of the Norvik office when she was hit in the arm",
        kind="indirect",
        speaker="Inspector Ruiz",
    )
    other = quote(
        "b1",
        "b",
        "the clerk was waiting at the door of the Norvik office when she was hit in her left "
        "upper arm",
        kind="indirect",
        speaker="Inspector Ruiz",
    )
    groups = _groups(one, other)
    (group,) = [g for g in groups if len(g["quotes"]) > 1]
    assert [m["relation"] for m in group["members"][1:]] == ["variant"]


def test_reported_speech_shifting_person_and_tense_aligns_with_the_quotation() -> None:
    # `We will rebuild our` / `they would rebuild their`: the words the report keeps, in order.
    from newsgraph.compare.quotes import Idf, link_score, prepare

    said = quote("a1", "a", "We will rebuild our depot and we will keep our drivers.", speaker=None)
    told = quote(
        "b1",
        "b",
        "they would rebuild their depot and they would keep their drivers",
        kind="indirect",
        speaker=None,
    )
    a, b = prepare(said, "a"), prepare(told, "b")
    assert link_score(a, b, Idf([a.keys, b.keys]))[1] == "wording"


def test_a_quotation_with_only_short_swaps_is_a_variant() -> None:
    # Three words or phrases swapped in ten: below the share a variant keeps and too short for a
    # common stretch, but the same words in the same order otherwise, nothing cut or added: one
    # quotation transcribed twice. (A third outlet's version links the two.)
    one = quote("a1", "a", "Within a minute or so, the whole wall was gone.", speaker="Mayor Ruiz")
    other = quote(
        "b1", "b", "Within one moment or so, the entire wall was lost.", speaker="Mayor Ruiz"
    )
    third = quote(
        "c1", "c", "Within a minute or so, the whole wall was lost.", speaker="Mayor Ruiz"
    )
    (group,) = _groups(one, other, third)
    assert group["members"][0]["quote"] == "a1"
    assert [m["relation"] for m in group["members"][1:]] == ["variant", "variant"]


def test_reported_speech_with_short_swaps_stays_a_paraphrase() -> None:
    # The same swaps in the reporter's sentence: told in other words (the round-4 rule).
    one = quote("a1", "a", "Within a minute or so, the whole wall was gone.", speaker="Mayor Ruiz")
    other = quote(
        "b1",
        "b",
        "within one moment or so, the entire wall was lost",
        kind="indirect",
        speaker="Mayor Ruiz",
    )
    third = quote(
        "c1", "c", "Within a minute or so, the whole wall was lost.", speaker="Mayor Ruiz"
    )
    (group,) = _groups(one, other, third)
    relations = {m["quote"]: m.get("relation") for m in group["members"]}
    assert relations == {"a1": "ref", "b1": "paraphrase", "c1": "variant"}


SEEK = "the mayor will seek to overturn the parking rules using the Norvik charter"
TRY = "she would try to repeal the parking regulations through the Norvik charter"


def test_one_named_speaker_reported_in_synonyms_is_a_paraphrase() -> None:
    # `seek` / `try`, `overturn` / `repeal`, `rules` / `regulations`: the reporter's words.
    one = quote("a1", "a", SEEK, kind="indirect", speaker="Mayor Ruiz")
    other = quote("b1", "b", TRY, kind="indirect", speaker="Mayor Ruiz")
    (group,) = _groups(one, other)
    assert [m["relation"] for m in group["members"][1:]] == ["paraphrase"]


def test_synonyms_link_nothing_when_the_speaker_is_unknown_and_two_words_are_shared() -> None:
    # With no speaker to go by, synonyms are folded only once three words are shared as written
    # (round 8; `SEEK` / `TRY` share `parking`, `Norvik` and `charter`, and now link).
    one = quote("a1", "a", SEEK, kind="indirect", speaker=None)
    other = quote(
        "b1", "b", "she would try to repeal the parking regulations in Norvik", "indirect", None
    )
    assert len(_groups(one, other)) == 2


def test_the_quotation_of_several_sentences_is_the_reference() -> None:
    # Outlet b quotes both sentences and reports the second in its lede; outlet c quotes a cut of
    # the first. The group holds two quotes of b; its reference is b's whole quotation.
    whole = quote(
        "b1",
        "b",
        "The bridge at Norvik will close in March for repairs. Ferries will run every hour until "
        "it reopens.",
        speaker="Minister Ruiz",
    )
    lede = quote(
        "b2",
        "b",
        "ferries would run every hour until the Norvik bridge reopened",
        kind="indirect",
        speaker="Minister Ruiz",
    )
    lede["start"], lede["end"] = 200, 200 + len(lede["text"])
    cut = quote("c1", "c", "The bridge at Norvik will close in March", speaker="Minister Ruiz")
    (group,) = _groups(whole, lede, cut)
    assert group["members"][0]["quote"] == "b1"
    assert set(group["quotes"]) == {"b1", "b2", "c1"}
