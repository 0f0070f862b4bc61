"""Code review 12: two unlike heading pairs between paragraphs are two teasers (each upper
heading dropped as before); pairs that share a shape are a guide's section titles."""

# ruff: noqa: E501 - the fixtures are scraped lines, as long as real ones

from __future__ import annotations

from extract_support import PARAS, article

from newsgraph.extract.textclean import clean_text

TEASERS = [
    (
        "Storm damage closes three ferry lines across the bay",
        "Ferries cancelled as winds hit coast",
    ),
    ("Mayor Brenn faces questions over the budget shortfall", "Council split on new tax plan"),
]


def _raw(pairs: list[tuple[str, str]]) -> str:
    parts = [article(PARAS[:1])]
    for (upper, lower), para in zip(pairs, PARAS[1:], strict=False):
        parts += [upper, lower, para]
    parts.append(article(PARAS[len(pairs) + 1 :]))
    return "\n\n".join(parts)


def test_two_unlike_heading_pairs_are_two_teasers():
    ext = clean_text(_raw(TEASERS))
    for upper, lower in TEASERS:
        assert upper not in ext.text
        assert f"\n\n{lower}\n\n" in ext.text
    assert sorted(r.text for r in ext.removals if r.reason == "teaser") == sorted(
        u for u, _ in TEASERS
    )


def test_guard_two_pairs_of_one_shape_are_a_guides_sections():
    pairs = [
        ("Cafe Marlin serves the best harbour breakfast", "Where to find it: Pier Road"),
        ("The old ferry house now bakes bread daily", "Where to find it: Ferry Lane"),
    ]
    ext = clean_text(_raw(pairs))
    for upper, lower in pairs:
        assert f"\n\n{upper}\n\n" in ext.text
        assert f"\n\n{lower}\n\n" in ext.text
