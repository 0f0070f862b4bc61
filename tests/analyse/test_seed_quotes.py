"""The seeds' quotations with their speakers, as a reader lists them (../shared/seeds)."""

from __future__ import annotations

import pytest

from newsgraph.analyse.quotes import extract_quotes
from newsgraph.extract import clean_text

# (fragment of the content, kind, speaker name, addressee name or None, via or None)
DW = [
    ("The two leaders discussed", "indirect", None, None, None),  # "according to media reports"
    ('"balanced" approach', "mixed", "Vladimir Putin", None, None),
    ('Chinese "concerns"', "mixed", "Vladimir Putin", None, None),
    ('knew "no limits', "mixed", "Xi Jinping", None, None),
    ("We understand your questions", "direct", "Vladimir Putin", None, None),
    ('"Moscow-Beijing tandem"', "mixed", "Vladimir Putin", None, "TASS"),
    # An evaluative cue with no quoted words reports its target, as PolNeAR annotates it.
    ("the United States", "indirect", "Vladimir Putin", None, None),  # "criticizing"
    ("Attempts to create a unipolar world", "direct", "Vladimir Putin", None, None),
    ("we adhere to the principle of one China", "direct", "Vladimir Putin", None, None),
    ("China is willing to make efforts", "direct", "Xi Jinping", "Vladimir Putin", None),
    ("a meeting between Xi", "indirect", "US government", None, None),  # "has criticized"
    ("This is not the time", "direct", "John Kirby", None, None),
    ("Tehran had signed a memorandum", "indirect", None, None, None),  # never named
    ("The relationship between countries", "direct", "Ebrahim Raisi", None, None),
    ("The Americans think", "direct", "Ebrahim Raisi", None, None),
    ('developing\u00a0"positively', "mixed", "Vladimir Putin", None, None),
    ("The SCO offers a real alternative", "direct", "Yuri Ushakov", None, None),
    ("All members of the SCO", "direct", "Yuri Ushakov", None, None),
    ('"against the background', "mixed", "Yuri Ushakov", None, None),
    ("highly\u00a0symbolic value", "indirect", "Andrew Small", "DW", None),
    ("It means [Xi]", "direct", "Andrew Small", None, None),
]
MT = [
    ("their strategic ties", "indirect", "Vladimir Putin and Xi Jinping", None, None),  # hailing
    ("China is willing to make efforts", "direct", "Xi Jinping", "Vladimir Putin", None),
    ("each other's core interests", "mixed", "Xi Jinping", None, "Chinese state broadcaster CCTV"),
    ("Attempts to create a unipolar world", "direct", "Vladimir Putin", None, None),
    ("We highly appreciate the balanced position", "direct", "Vladimir Putin", "Xi Jinping", None),
    ("We adhere to the principle of one China", "direct", "Vladimir Putin", None, None),
    ('"alternative"', "mixed", "Kremlin", None, None),
    ('"developing positively', "mixed", "Vladimir Putin", None, None),
    ('relationship "stronger', "mixed", "Ebrahim Raisi", "Vladimir Putin", None),
    ("The Americans think", "direct", "Ebrahim Raisi", None, None),
    ('"serious support', "mixed", "Alexander Lukashenko", None, "state news agency Belta"),
    ("Xi would also meet Erdogan on Friday", "indirect", "Chinese state media", None, None),
    ('"no-limits" relationship', "mixed", None, None, None),  # "they": never named as a speaker
    ("warships were on a joint patrol", "indirect", "Defense Ministry in Moscow", None, None),
    ('"share a vision', "mixed", "Ned Price", None, None),
    ('"international peace', "mixed", "Taiwan's foreign ministry", None, None),
]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("000_6ae991318aee8f7d.txt", DW),
        ("002_78853b16a3a298c3.txt", MT),
    ],
)
def test_seed_quotes(seeds_dir, nlp, name, expected):
    text = clean_text((seeds_dir / name).read_text(encoding="utf-8")).text
    found = [q for q in extract_quotes(nlp(text)) if q.label == "quote"]
    for fragment, kind, speaker, addressee, via in expected:
        hits = [q for q in found if fragment in q.text]
        assert len(hits) == 1, (fragment, [q.text[:50] for q in found])
        q = hits[0]
        assert (q.kind, q.speaker_name, q.addressee_name, q.via) == (
            kind,
            speaker,
            addressee,
            via,
        ), fragment
    # Nothing else is attributed: every quote found is one a reader lists.
    assert len(found) == len(expected)
