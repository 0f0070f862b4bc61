"""Quote extraction on one long invented article, beside its parse, at half and full size.

    .venv/bin/python bench/quotes_long.py [--chars 50000] [--rounds 2]

Linear work doubles from half to full size; work that rescans the document per quotation
quadruples. The article is written here (invented people and places): quotations with
speakers named in full, by surname and by pronoun, and groups that speak.
"""

from __future__ import annotations

import argparse
import random
import time

from newsgraph.analyse.nlp import load_nlp
from newsgraph.analyse.quotes import extract_quotes

FIRST = "Tomas Elna Orvald Mira Kasper Linnea Joren Saska Veit Anouk".split()
LAST = "Brenn Halden Ruiz Vey Korsh Marrow Quill Stenvik Talo Ushe".split()
PLACES = "Saltvik Orvane Velmar Quistro Brisa Kellport Dunmere Ashvale Norvik Selmar".split()
DEMONYMS = "Velorian Ostran Kestrian Valmoran Norvikan".split()


def paragraph(rng: random.Random) -> str:
    who, where = f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(PLACES)
    dem = rng.choice(DEMONYMS)
    return rng.choice(
        [
            f'"We will not stop at {where}," said {who}, who spoke there on Tuesday. '
            f'"The {dem} defence ministry must answer."',
            f"{who} arrived in {where}. He told reporters the {dem} foreign ministry had "
            'failed. "It is over," she said.',
            f"Workers at {where} port struck again. {who.split()[1]}'s posts drew replies. "
            '"Enough," she wrote.',
            f"The {dem} government said it would talk near {where}. Officials in {where} said "
            "nothing was agreed.",
        ]
    )


def article(chars: int, seed: int = 0) -> str:
    rng = random.Random(seed)
    out: list[str] = []
    while sum(len(p) + 2 for p in out) < chars:
        out.append(paragraph(rng))
    return "\n\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, default=50_000)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    nlp = load_nlp()
    nlp.max_length = max(nlp.max_length, 2 * args.chars)
    for size in (args.chars // 2, args.chars):
        text = article(size)
        start = time.perf_counter()
        doc = nlp(text)
        parse = time.perf_counter() - start
        best = float("inf")
        for _ in range(args.rounds):
            start = time.perf_counter()
            quotes = extract_quotes(doc)
            best = min(best, time.perf_counter() - start)
        print(
            f"{len(text):,} characters: parse {parse:.1f} s, extract_quotes {best:.2f} s "
            f"({best / parse:.1%} of the parse), {len(quotes)} quotes"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
