"""Quote grouping rules on small hand-made records (no parser needed)."""

from __future__ import annotations

from ledger_support import quote

from newsgraph.compare.quotes import group_quotes


def q(qid: str, article: str, text: str, kind: str = "direct", speaker: str | None = "A"):
    return quote(qid, article, text, kind, speaker)


def groups(*records: dict, wire: dict[str, str] | None = None) -> list[dict]:
    report_of = {r["article"]: r["article"] for r in records} | (wire or {})
    return group_quotes(list(records), report_of, {})


def only_group(gs: list[dict]) -> dict:
    multi = [g for g in gs if len(g["members"]) > 1]
    assert len(multi) == 1, gs
    return multi[0]


def member(g: dict, qid: str) -> dict:
    return next(m for m in g["members"] if m["quote"] == qid)


QUOTE = "We will reopen the port next week if the storm has passed, and not before"


def test_quote_marks_case_and_trailing_punctuation_are_the_same_words():
    g = only_group(
        groups(
            q("1", "a", QUOTE + "."),
            q(
                "2",
                "b",
                "we will reopen the port next week if the storm has passed, and not before,",
            ),
        )
    )
    assert g["relation"] == "same"


def test_internal_punctuation_and_spelling_make_a_variant_without_a_flag():
    text = "Our friends in the U.S. and in Europe have offered help, but the answer is ours"
    g = only_group(
        groups(q("1", "a", text), q("2", "b", text.replace("U.S.", "US").replace(", but", ". But")))
    )
    assert g["relation"] == "variant"
    m = next(m for m in g["members"] if m["relation"] == "variant")
    assert m["flags"] == []
    assert any(op["op"] == "spelling" for op in m["diff"])


def test_swapped_word_negation_number_and_cut_condition_are_flagged():
    base = q("1", "a", QUOTE)
    swapped = q("2", "b", QUOTE.replace("reopen", "close"))
    negated = q("3", "c", QUOTE.replace("We will reopen", "We will not reopen"))
    number = q(
        "4", "d", "We will reopen 12 berths next week if the storm has passed, and not before"
    )
    base12 = q(
        "5", "e", "We will reopen 21 berths next week if the storm has passed, and not before"
    )
    cut = q("6", "f", "We will reopen the port next week")

    def flags_of(other: dict) -> str:
        g = only_group(groups(base, other))
        return " ".join(f for m in g["members"] for f in m["flags"])

    assert "word swapped: reopen -> close" in flags_of(swapped)
    assert "negation" in flags_of(negated)
    assert "condition cut" in flags_of(cut)
    g = only_group(groups(number, base12))
    assert any("number changed" in f for m in g["members"] for f in m["flags"])


def test_a_plain_cut_is_a_variant_but_not_flagged():
    full = q("1", "a", "The talks were long. We found a way forward and we will keep to it")
    cut = q("2", "b", "We found a way forward and we will keep to it")
    g = only_group(groups(full, cut))
    assert g["relation"] == "variant"
    assert member(g, "2")["flags"] == []


def test_indirect_speech_of_the_same_statement_is_a_paraphrase():
    direct = q("1", "a", "Kestria wants a balanced approach that protects our fishermen")
    indirect = q(
        "2", "b", "Kestria wanted a balanced approach that protected its fishermen", "indirect"
    )
    g = only_group(groups(direct, indirect))
    assert g["relation"] == "paraphrase"


def test_two_different_statements_of_one_speaker_stay_apart():
    a = q("1", "a", "The harbour will reopen on Monday after repairs to the northern quay")
    b = q("2", "b", "Fishing quotas for the coming season will be announced in the spring")
    assert all(len(g["members"]) == 1 for g in groups(a, b))
    assert {g["relation"] for g in groups(a, b)} == {"single"}


def test_same_words_from_different_speakers_link_as_an_attribution_conflict():
    a = q("1", "a", QUOTE, speaker="Mayor Rafael Solano")
    b = q("2", "b", QUOTE, speaker="Governor Ana Ruiz")
    g = only_group(groups(a, b))
    assert g["attribution_conflict"]


def test_shared_topic_words_alone_do_not_make_a_paraphrase_of_a_mixed_quote():
    a = q("1", "a", 'support for the port knew "no limits"', "mixed")
    b = q("2", "b", 'the port was ready to support "each other\'s core interests"', "mixed")
    assert all(len(g["members"]) == 1 for g in groups(a, b))


def test_wire_copies_count_as_one_report():
    a, b = q("1", "a", QUOTE), q("2", "b", QUOTE)
    g = only_group(groups(a, b, wire={"a": "a", "b": "a"}))
    assert g["reports"] == 1 and g["relation"] == "same"


def test_output_is_deterministic():
    recs = [q(str(i), f"a{i % 3}", f"{QUOTE} {i % 2}") for i in range(6)]
    assert groups(*recs) == groups(*reversed(recs))


def test_speaker_names_across_outlets_are_compared_by_surname_and_spelling():
    a = q("1", "a", QUOTE, speaker="Bettie Page")
    b = q("2", "b", QUOTE.replace("next week", "soon"), speaker="Ms Page")
    c = q("3", "c", QUOTE, speaker="Jon Owen")
    d = q("4", "d", QUOTE, speaker="John Owen")
    assert not only_group(groups(a, b))["attribution_conflict"]
    assert not only_group(groups(c, d))["attribution_conflict"]


def test_loose_links_do_not_chain_two_statements_of_one_article():
    # Article "a" has two different statements; "b" paraphrases one and shares words with both.
    a1 = q("1", "a", "The fire was treated as suspicious and as potential arson", "direct")
    a2 = q("2", "a", "Nobody was hurt in the fire at the church on Friday night", "direct")
    b = q("3", "b", "the church fire on Friday was potential arson and nobody was hurt", "indirect")
    gs = groups(a1, a2, b)
    assert not any({"1", "2"} <= set(g["quotes"]) for g in gs)


def test_tokeniser_spacing_and_quote_mark_placement_are_the_same_words():
    a = q("1", "a", 'It’ s official: I’ m staying, and they asked for "total privacy", and')
    b = q("2", "b", "It's official: I'm staying, and they asked for \"total privacy,\" and")
    assert only_group(groups(a, b))["relation"] == "same"


def test_reported_speech_that_keeps_the_words_is_a_variant_whatever_the_kind():
    # An extractor may read a quotation as reported speech; the words decide the relation.
    full = q("1", "a", "The fire has progressed rapidly through the store, which is nearly gone")
    cut = q("2", "b", "the fire has progressed rapidly through the store", "indirect")
    g = only_group(groups(full, cut))
    assert member(g, "2")["relation"] == "variant"


def test_a_quoted_fragment_in_the_reporters_frame_is_a_paraphrase_of_the_quotation():
    direct = q("1", "a", "Decisions about the strait cannot be taken behind closed doors")
    mixed = q("2", "b", "decisions about the strait “cannot be taken behind closed doors”", "mixed")
    g = only_group(groups(direct, mixed))
    assert member(g, "2")["relation"] == "paraphrase"


def test_a_person_and_an_organisation_are_not_an_attribution_conflict():
    # `Associated Press` relaying a governor's words, or a company and its spokesperson.
    a = q("1", "a", QUOTE, speaker="Bill Harlow")
    b = q("2", "b", QUOTE, speaker="Associated Press")
    a["speaker"]["entity"] = "person:bill-harlow"
    b["speaker"]["entity"] = "org:associated-press"
    assert not only_group(groups(a, b))["attribution_conflict"]
    c = q("3", "c", QUOTE, speaker="Ana Ruiz")
    c["speaker"]["entity"] = "person:ana-ruiz"
    assert only_group(groups(a, c))["attribution_conflict"]
