"""Wire copies: one agency text republished by several outlets, with edits.

Outlets re-headline agency copy, cut its last paragraphs, add a local intro, move a paragraph
and change quote marks. The body's word 5-grams (shingles) survive all of that except at the
edit points, so two copies share most of the shorter one's shingles; two reports of the same
event written separately share only quotes and stock phrases.

Candidates come from MinHash LSH over the shingle sets (no all-pairs comparison); each
candidate pair is then checked exactly: the share of the smaller text's shingles found in the
other (containment) must reach `min_containment`, and at least `min_shared` shingles must be
shared so that two very short items are not paired by one common sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from datasketch import MinHash, MinHashLSH
from unidecode import unidecode

from newsgraph.group.stories import StoryDoc

SHINGLE = 5
NUM_PERM = 128
LSH_THRESHOLD = 0.15  # Jaccard at which LSH starts returning candidates (a copy cut to
# half of the original has Jaccard 0.5; a short copy of a long text much less)
MIN_CONTAINMENT = 0.5
MIN_SHARED = 20

_WORD = re.compile(r"[a-z0-9]+")


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    """Word k-grams of the text, lowercased, accents and punctuation (quote marks) dropped."""
    words = _WORD.findall(unidecode(text).lower())
    return {" ".join(words[i : i + k]) for i in range(max(len(words) - k + 1, 0))}


def _minhash(sh: set[str]) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, seed=1)
    m.update_batch([s.encode() for s in sorted(sh)])
    return m


def containment(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


class WireIndex:
    """Online wire-copy detection: `add` returns the earlier articles the new one copies (or
    that copy it). Memory grows with the number of articles kept; `forget` drops one."""

    def __init__(
        self,
        threshold: float = LSH_THRESHOLD,
        min_containment: float = MIN_CONTAINMENT,
        min_shared: int = MIN_SHARED,
    ) -> None:
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.min_containment = min_containment
        self.min_shared = min_shared
        self._shingles: dict[str, set[str]] = {}

    def add(self, doc: StoryDoc) -> list[str]:
        if doc.id in self._shingles:
            return []
        sh = shingles(doc.text)
        found: list[str] = []
        if len(sh) >= self.min_shared:
            mh = _minhash(sh)
            for other in sorted(self.lsh.query(mh)):
                if self.is_copy(sh, self._shingles[other]):
                    found.append(other)
            self.lsh.insert(doc.id, mh)
        self._shingles[doc.id] = sh
        return found

    def is_copy(self, a: set[str], b: set[str]) -> bool:
        shared = len(a & b)
        return shared >= self.min_shared and shared / min(len(a), len(b)) >= self.min_containment

    def forget(self, doc_id: str) -> None:
        if self._shingles.pop(doc_id, None) is not None and doc_id in self.lsh:
            self.lsh.remove(doc_id)


def wire_copies(docs: Sequence[StoryDoc], **kwargs: float) -> list[tuple[str, str]]:
    """Near-duplicate pairs `(id_a, id_b)` with `id_a < id_b`, sorted."""
    index = WireIndex(**kwargs)  # type: ignore[arg-type]
    pairs: set[tuple[str, str]] = set()
    for doc in docs:
        for other in index.add(doc):
            pairs.add((min(doc.id, other), max(doc.id, other)))
    return sorted(pairs)
