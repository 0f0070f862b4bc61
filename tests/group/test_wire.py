"""Wire copies: agency text republished with a new headline, cuts, a moved paragraph."""

from __future__ import annotations

from newsgraph.group import StoryDoc, WireIndex, wire_copies

PARAS = [
    "PORT ELLIS (Wire One) — Dock workers at the port of Ellis walked out on Monday after talks "
    "with the harbour authority over night-shift pay broke down late on Sunday, halting the "
    "loading of grain ships for the first time since 2011.",
    "The Ellis Dockers' Union said about 1,400 members had joined the strike and that pickets "
    "would stay at the three main gates until the authority returned to the table with a new "
    "offer on overtime rates.",
    '"We have waited eight months for a serious proposal and we are done waiting," union '
    "secretary Mara Quist told reporters outside the north gate, where strikers lit braziers "
    "against the cold.",
    "The harbour authority said in a statement that its offer of a 6 percent rise over two "
    "years was fair and that it regretted the disruption to exporters during the harvest.",
    "Shipping agents said at least nine bulk carriers were waiting in the roads outside the "
    "port and that a long stoppage could push freight rates up across the region.",
    "The last strike at Ellis, in 2011, lasted eleven days and ended with a pay deal brokered "
    "by the labour ministry, which has not commented on the current dispute.",
    "Farmers' groups urged both sides to settle quickly, warning that grain stored at the "
    "terminal silos could spoil if loading did not resume within two weeks.",
    "Quist said the union was ready to meet the authority at any time but would not accept "
    "a deal that left night-shift crews worse off than day crews.",
]
ORIGINAL = StoryDoc("wire", "Ellis dockers strike over night-shift pay", "\n\n".join(PARAS), None)


def _copy(doc_id: str, title: str, paras: list[str]) -> StoryDoc:
    return StoryDoc(doc_id, title, "\n\n".join(paras), "2024-10-07")


def test_copy_with_new_headline_and_cut_paragraphs_is_found():
    curly = [p.replace('"', "\u201c", 1).replace('"', "\u201d", 1) for p in PARAS[:6]]
    copy = _copy("copy", "Port of Ellis at a standstill as dockers walk out", curly)
    assert wire_copies([ORIGINAL, copy]) == [("copy", "wire")]


def test_copy_with_intro_and_moved_paragraph_is_found():
    paras = PARAS[:]
    paras.insert(5, paras.pop(2))
    paras.insert(0, "Traffic backed up on the coast road on Monday as trucks were turned away.")
    copy = _copy("local", ORIGINAL.title, paras)
    assert wire_copies([copy, ORIGINAL]) == [("local", "wire")]


def test_own_report_of_the_same_event_is_not_a_copy():
    own = _copy(
        "own",
        "Ellis strike: what it means for grain exports",
        "Some 1,400 dock workers stopped work at Ellis on Monday in a row over night-shift pay. "
        "The union's Mara Quist said members had waited eight months for an offer. The "
        "authority's 6 percent offer over two years was rejected. Nine bulk carriers are "
        "queuing offshore, agents said, and farmers fear for grain in the silos. The previous "
        "strike, in 2011, lasted eleven days before the labour ministry brokered a deal.".split(
            "\n"
        ),
    )
    assert wire_copies([ORIGINAL, own]) == []
    copy = _copy("copy", "Dockers walk out at Ellis", PARAS[:5])
    assert wire_copies([ORIGINAL, own, copy]) == [("copy", "wire")]


def test_reports_sharing_one_long_quote_are_not_copies():
    a = StoryDoc("a", None, PARAS[0] + "\n\n" + PARAS[2] + "\n\n" + PARAS[4], None)
    b = StoryDoc("b", None, PARAS[5] + "\n\n" + PARAS[2] + "\n\n" + PARAS[6], None)
    assert wire_copies([a, b]) == []
    copy = StoryDoc("c", "Dockers walk out", a.text, None)  # a whole report shared: a copy
    assert [set(pair) for pair in wire_copies([a, b, copy])] == [{"a", "c"}]


def test_online_index_returns_earlier_copies_and_is_deterministic():
    copies = [_copy(f"c{i}", f"Headline {i}", PARAS[: 8 - i]) for i in range(3)]
    index = WireIndex()
    assert index.add(ORIGINAL) == []
    found = [index.add(c) for c in copies]
    assert found == [["wire"], ["c0", "wire"], ["c0", "c1", "wire"]]
    assert wire_copies([ORIGINAL, *copies]) == wire_copies([ORIGINAL, *copies])
