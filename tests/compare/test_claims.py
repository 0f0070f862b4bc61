"""Shared and unique claims on invented articles: a claim's polarity and what it says are
judged on the clause that makes it, not on a relative clause about one of its participants."""

from __future__ import annotations

import pytest
from dossier_support import article as _art

from newsgraph.compare.bundle import StoryBundle
from newsgraph.compare.claims import negated
from newsgraph.compare.dossier import assemble
from newsgraph.compare.render import anchor, render_html, render_markdown

PEOPLE = [
    {"id": "person:voss", "name": "Lena Voss", "type": "PERSON"},
    {"id": "person:ruiz", "name": "Ana Ruiz", "type": "PERSON"},
    {"id": "gpe:velmar", "name": "Velmar", "type": "GPE"},
]


def _shared(x: str, y: str) -> list[list[str]]:
    a = _art("a", "Orsa Courier", x + "\n\nFishing quotas topped the agenda of the meeting.")
    b = _art("b", "Kelmor Daily", y + "\n\nThe harbour was closed to visitors for the day.")
    story = {"id": "s-a", "title": "t", "articles": [a["id"], b["id"]], "wire_copies": []}
    d = assemble(StoryBundle(story, [a, b], [], [], PEOPLE))
    return [[s["text"] for s in c["spans"]] for c in d["shared"]]


def test_a_negation_in_a_relative_clause_does_not_negate_the_claim():
    x = "Lena Voss, who did not attend last year, opened the harbour talks in Orsa on Monday."
    y = "Lena Voss opened the harbour talks in Orsa on Monday."
    assert _shared(x, y) == [[x, y]]


def test_a_negated_main_clause_still_negates_the_claim():
    x = "Lena Voss, who chaired the talks last year, did not open the harbour talks in Orsa."
    y = "Lena Voss, who chaired the talks last year, opened the harbour talks in Orsa."
    assert _shared(x, y) == []


def test_polarity_of_reported_clauses_and_negative_arguments():
    texts = [
        "The minister, who did not attend last year, opened the talks.",
        "Police did not arrest anyone during the rally, a police spokesman said.",
        "No agreement was signed on Thursday.",
        "Nothing was agreed, officials said.",
        "The talks, which did not start until noon, ended without a deal.",
        "The talks ended with no deal.",
        "The talks ended with a deal.",
    ]
    assert negated(texts) == [False, True, True, True, True, True, False]


def test_a_quoted_negative_fragment_and_a_later_sentence_negate_the_claim():
    """`"Not now," he said`: `not` hangs on `now`, not on the verb of saying; and a claim text
    the parser reads as two sentences is judged on both."""
    texts = [
        "“Not now,” the Varholm minister said.",
        '"Never again," the Varholm minister said on Monday.',
        '"Absolutely," the Varholm minister said on Monday.',
        "The talks in Varholm went well yesterday. Nothing was agreed on the tariffs.",
    ]
    assert negated(texts) == [True, True, False, True]


def test_without_a_model_the_word_rule_stands_in_and_says_so_once(monkeypatch, caplog):
    """No spaCy model: a negative word negates the whole sentence, and one log line says the
    dossier fell back (users of --from-export on a machine without the model should know)."""
    import newsgraph.analyse.nlp as nlp
    from newsgraph.compare import claims

    def missing():
        raise RuntimeError("model not installed")

    monkeypatch.setattr(nlp, "load_nlp", missing)
    monkeypatch.setattr(claims, "_WARNED", False)
    text = "The minister, who did not attend last year, opened the talks in Velmar."
    with caplog.at_level("WARNING"):
        assert claims.clauses([text]) == [(True, [])]
        assert claims.clauses([text]) == [(True, [])]
    assert [r.getMessage() for r in caplog.records if "no spaCy model" in r.getMessage()] == [
        "claims: no spaCy model (model not installed); negation judged on whole sentences"
    ]


def _unique(x: str, y: str) -> list[str]:
    a = _art("a", "Orsa Courier", x)
    b = _art("b", "Kelmor Daily", y)
    story = {"id": "s-a", "title": "t", "articles": [a["id"], b["id"]], "wire_copies": []}
    d = assemble(StoryBundle(story, [a, b], [], [], PEOPLE))
    return [c["text"] for cs in d["unique"].values() for c in cs]


def test_a_correction_notice_is_no_claim_of_its_own():
    x = (
        "Lena Voss opened the harbour talks in Orsa on Monday.\n\n"
        "Correction: An earlier version of this article misstated the number of trawlers "
        "seized near Velmar in March."
    )
    y = "Lena Voss opened the harbour talks in Orsa on Monday."
    assert not any("trawlers" in t for t in _unique(x, y))


def test_guard_news_of_a_correction_stays_a_claim():
    # guard: a sentence that reports a correction as news is no notice about the text
    x = (
        "Lena Voss opened the harbour talks in Orsa on Monday.\n\n"
        "The port authority of Velmar published a correction to its figures for seized trawlers."
    )
    y = "Lena Voss opened the harbour talks in Orsa on Monday."
    assert any("trawlers" in t for t in _unique(x, y))


def test_a_source_regretting_an_error_keeps_its_claims():
    x = (
        "Lena Voss opened the harbour talks in Orsa on Monday.\n\n"
        "The ferry line regrets the error, a spokesman said, adding that 40 passengers had "
        "been rebooked. Regulators opened an inquiry into the Velmar quay outage."
    )
    y = "Lena Voss opened the harbour talks in Orsa on Monday."
    got = _unique(x, y)
    assert any("40 passengers" in t for t in got)
    assert any("Velmar quay outage" in t for t in got)


def test_a_live_blog_update_is_still_a_claim():
    x = (
        "Lena Voss opened the harbour talks in Orsa on Monday.\n\n"
        "Update, 3pm: The death toll has risen to 40, officials in Velmar say.\n\n"
        "Update: Police say 12 people were killed when the Velmar quay collapsed."
    )
    y = "Lena Voss opened the harbour talks in Orsa on Monday."
    got = _unique(x, y)
    assert any("risen to 40" in t for t in got)
    assert any("12 people were killed" in t for t in got)


def test_guard_an_update_about_the_text_is_no_claim():
    # guard: an update notice's sentence about the article itself stays out of the claims
    x = (
        "Lena Voss opened the harbour talks in Orsa on Monday.\n\n"
        "Update: This story has been updated to include a statement from the Velmar council."
    )
    y = "Lena Voss opened the harbour talks in Orsa on Monday."
    assert not any("Velmar council" in t for t in _unique(x, y))


def _dossier(*arts: dict) -> dict:
    story = {"id": "s-a", "title": "t", "articles": [a["id"] for a in arts], "wire_copies": []}
    return assemble(StoryBundle(story, list(arts), [], [], PEOPLE))


def test_aligned_sentences_with_other_figures_are_not_one_shared_claim():
    """Two reports give turnout as 58 percent, a third as 54.5 percent: the 58 is shared by
    the two, the 54.5 is the third's own claim, and each record points at the other figure
    (review 10: the 54.5 was listed as shared with a 58 as well as a conflict)."""
    a = _art(
        "a",
        "Orsa Courier",
        "Turnout in Sunday's referendum was 58 percent, according to the election board.\n\n"
        "Fishing quotas topped the agenda of the meeting.",
    )
    b = _art(
        "b",
        "Kelmor Daily",
        "Turnout in Sunday's vote was 58 percent.\n\nThe harbour was closed to visitors.",
    )
    c = _art(
        "c",
        "Vesk Herald",
        "Velmar's election board declared the result on Thursday. Turnout in the referendum was "
        "54.5 percent, the election board said.",
    )
    d = _dossier(a, b, c)
    rows = [sorted(s["article"][0] for s in r["spans"]) for r in d["shared"]]
    assert rows == [["a", "b"]]
    assert [s["text"] for s in d["shared"][0]["differs"]] == [
        "Turnout in the referendum was 54.5 percent, the election board said."
    ]
    (own,) = [x for x in d["unique"]["c" * 16] if "54.5" in x["text"]]
    assert [s["article"][0] for s in own["differs"]] and all(
        "58 percent" in s["text"] for s in own["differs"]
    )
    assert {(c["kind"], c["about"]) for c in d["conflicts"]} >= {("number", "percent turnout")}


def test_the_dossiers_show_the_other_figures_beside_a_claim_escaped_and_linked():
    """Review 11: `differs` was in the export only. The HTML and the Markdown dossier show,
    beside a shared or a unique claim, the other reports' sentences giving other figures,
    each linked to its span, article text escaped."""
    a = _art(
        "a", "Orsa Courier", "Turnout in the <b>referendum</b> was 58 percent, officials said."
    )
    b = _art("b", "Kelmor Daily", "Turnout in the referendum was 58 percent.")
    c = _art(
        "c", "Vesk Herald", "Turnout in the <b>referendum</b> was 54.5 percent, officials said."
    )
    d = _dossier(a, b, c)
    (row,) = d["shared"]
    (other,) = row["differs"]
    html = render_html(d)
    assert "54.5 percent" in html.split('id="shared"')[1].split('id="unique"')[0]
    assert "<b>referendum</b>" not in html and "&lt;b&gt;referendum&lt;/b&gt;" in html
    target = anchor(other["article"], other["start"], other["end"])
    assert f'href="#{target}"' in html and f'id="{target}"' in html
    (own,) = d["unique"]["c" * 16]
    mine = anchor(
        own["differs"][0]["article"], own["differs"][0]["start"], own["differs"][0]["end"]
    )
    unique = html.split('id="unique"')[1].split('id="conflicts"')[0]
    assert f'href="#{mine}"' in unique
    md = render_markdown(d)
    shared_md = md.split("## Claims several reports share")[1].split("## Claims only one")[0]
    ref = f"[{other['article'][:8]}:{other['start']}-{other['end']}]"
    assert "54.5 percent" in shared_md and ref in shared_md
    unique_md = md.split("## Claims only one report makes")[1].split("## Conflicts")[0]
    assert "58 percent" in unique_md.split("### Vesk Herald")[1]


def test_guard_aligned_sentences_with_the_same_figure_stay_shared():
    a = _art(
        "a",
        "Orsa Courier",
        "Turnout in Sunday's referendum was 58 percent, according to the election board.",
    )
    b = _art("b", "Kelmor Daily", "Turnout in Sunday's vote was 58 percent.")
    c = _art("c", "Vesk Herald", "Velmar's election board declared the result on Thursday.")
    d = _dossier(a, b, c)
    assert [len(r["spans"]) for r in d["shared"]] == [2] and d["shared"][0]["differs"] == []


def test_a_standfirst_restating_its_lede_is_no_claim_of_its_own():
    """A standfirst (`Guards detain 40 as rallies ... widen`) restates its article's first
    sentence in fewer words; paired on those few words with another report's different claim
    (a photographer detained while covering the rallies), it took that report's own claim out
    of `unique` (review 10)."""
    a = _art(
        "a",
        "Orsa Courier",
        "Guards detain 40 as rallies over Velmar's contested ballot widen\n\n"
        "Guards detained 40 people overnight in Brisk as rallies over the contested ballot "
        "widened to four more towns, the interior ministry said on Monday.\n\n"
        "Fishing quotas topped the agenda of the meeting.",
    )
    lede = (
        "Guards in Brisk detained a Kelmor Daily photographer, Ana Ruiz, for two hours on Monday "
        "as she covered rallies against the contested ballot in Velmar's referendum."
    )
    b = _art("b", "Kelmor Daily", lede + "\n\nThe harbour was closed to visitors for the day.")
    d = _dossier(a, b)
    shared = [s["text"] for r in d["shared"] for s in r["spans"]]
    assert lede not in shared
    assert lede in [x["text"] for x in d["unique"]["b" * 16]]
    texts = shared + [x["text"] for x in d["unique"]["a" * 16]]
    assert not [t for t in texts if t.startswith("Guards detain 40")]


def test_guard_a_headline_that_restates_nothing_stays_a_claim():
    a = _art(
        "a",
        "Orsa Courier",
        "Velmar board orders recount in two districts\n\n"
        "Fishing quotas topped the agenda of the meeting on Monday.",
    )
    b = _art("b", "Kelmor Daily", "The harbour was closed to visitors for the day.")
    d = _dossier(a, b)
    assert "Velmar board orders recount in two districts" in [
        x["text"] for x in d["unique"]["a" * 16]
    ]


def test_a_headline_and_standfirst_restating_each_other_keep_their_claim():
    """A headline and a standfirst that restate each other (and no sentence of the body) are
    the article's only statement of its claim: each restating the other dropped both, and the
    claim vanished (code review 11)."""
    headline = "Ferry crews in Dunmarra reject new rota from harbour board"
    a = _art(
        "a",
        "Orsa Courier",
        headline + "\n\nFerry crews in Dunmarra reject the latest rota from the harbour board\n\n"
        "The crews will meet on Friday. Ferries are waiting at the quay.",
    )
    b = _art("b", "Kelmor Daily", "The harbour was closed to visitors for the day.")
    d = _dossier(a, b)
    texts = [s["text"] for r in d["shared"] for s in r["spans"]]
    texts += [x["text"] for x in d["unique"]["a" * 16]]
    assert headline in texts


def test_guard_sentences_agreeing_on_one_figure_are_not_cut_by_another():
    """`29 of 34 passes for 364 yards` / `his first 17 passes ... 364 yards`: one game's figures
    in common; the 17 passes is another fact, not a different figure for the same one."""
    a = _art(
        "a",
        "Orsa Courier",
        "Dace Morrow completed 29 of 34 passes for 364 yards in the Pellow Gulls' win.\n\n"
        "Fishing quotas topped the agenda of the meeting.",
    )
    b = _art(
        "b",
        "Kelmor Daily",
        "Dace Morrow completed his first 17 passes and threw for 364 yards in the Pellow Gulls' "
        "win.\n\nThe harbour was closed to visitors for the day.",
    )
    d = _dossier(a, b)
    assert [len(r["spans"]) for r in d["shared"]] == [2] and d["shared"][0]["differs"] == []


def test_a_live_blogs_stamps_and_greetings_are_no_claims():
    """Review 11: a live blog's `Updated at 15.31 BST`, `Good morning` and `Welcome to our live
    coverage` lines were claims, and an entry's clock time glued to its headline was part of
    the claim. The stamp and the greeting are cut off, the welcome line dropped."""
    a = _art(
        "a",
        "Orsa Courier",
        "16:40 BST\nRescue teams reach the flooded valley of Dremmin\n\nUpdated at 16.52 BST\n\n"
        "09:00 BST\nGood morning\nWelcome to our live coverage of the floods in Dremmin. "
        "Yesterday the river rose by two metres in six hours.",
    )
    b = _art("b", "Kelmor Daily", "The harbour was closed to visitors for the day.")
    d = _dossier(a, b)
    texts = [c["text"] for c in d["unique"]["a" * 16]]
    assert texts == [
        "Rescue teams reach the flooded valley of Dremmin",
        "Yesterday the river rose by two metres in six hours.",
    ]


@pytest.mark.parametrize(
    ("entry", "claim"),
    [
        # a stamp with no zone: the headline's first word is no zone (`Death` was cut)
        ("16:40\nDeath toll in Dremmin rises to 41", "Death toll in Dremmin rises to 41"),
        (
            "09:05 EAT Rescue teams reach the valley of Dremmin",
            "Rescue teams reach the valley of Dremmin",
        ),
        # a sentence opening with a price is no stamp
        (
            "10.30 euros a litre was the price of fuel in Dremmin",
            "10.30 euros a litre was the price of fuel in Dremmin",
        ),
    ],
)
def test_a_live_blog_stamp_is_cut_with_a_time_zone_only(entry, claim):
    """Final read, session 11: the stamp took any two-to-five-letter word after the clock for
    its zone and any letter for a capital, cutting a headline's first word; a zone is one of
    `extract.dates.TIME_ZONES`, the shared list, and the next word must be capitalised."""
    a = _art("a", "Orsa Courier", entry)
    b = _art("b", "Kelmor Daily", "The harbour was closed to visitors for the day.")
    texts = [c["text"] for c in _dossier(a, b)["unique"]["a" * 16]]
    assert texts == [claim]


def test_a_quotes_second_sentence_sharing_no_word_is_not_paired_with_its_paraphrase():
    """Review 11: `"Half of the quay is gone. We will rebuild it plank by plank."` is one quote
    grouped with two reports' `half of the quay had been destroyed`; its second sentence, which
    shares no word with them, was paired with them as a second 3-report shared claim."""
    from ledger_support import quote

    def q(qid: str, art: dict, said: str, kind: str) -> dict:
        rec = quote(qid, art["id"], said, kind=kind, speaker="Ivo Marren")
        rec["start"] = art["text"].index(said)
        rec["end"] = rec["start"] + len(said)
        return rec

    said = "Half of the quay is gone. We will rebuild it plank by plank."
    a = _art("a", "Orsa Courier", f'Mayor Ivo Marren told reporters: "{said}"')
    b = _art("b", "Kelmor Daily", "Mayor Ivo Marren said half of the quay had been destroyed.")
    c = _art(
        "c",
        "Vesk Herald",
        'Mayor Ivo Marren told reporters that "half of the quay is gone" and that the ferry was '
        "cancelled.",
    )
    quotes = [
        q("qa", a, said, "direct"),
        q("qb", b, "half of the quay had been destroyed", "indirect"),
        q("qc", c, "half of the quay is gone", "mixed"),
    ]
    story = {"id": "s-a", "title": "t", "articles": [x["id"] for x in (a, b, c)], "wire_copies": []}
    d = assemble(StoryBundle(story, [a, b, c], quotes, [], PEOPLE))
    rows = [[s["text"] for s in r["spans"]] for r in d["shared"]]
    # the quote's two sentences are one claim (text.sentences): no row of its second alone
    assert not [r for r in rows if any("plank" in t and "Half" not in t for t in r)]
    assert [r for r in rows if any("Half of the quay is gone" in t for t in r)], rows
