"""Near-duplicate detection: MinHash signatures of word shingles, indexed with LSH (datasketch).

Syndicated copies and re-published wire stories differ from the original in a header, a byline or
a few edited words; their word-shingle sets still overlap far more than two different reports do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

SHINGLE_WORDS = 4
# datasketch's 32-bit permutation scheme; stored signatures are its uint32 values.
SCHEME = "affine32"
_WORD = re.compile(r"\w+", re.UNICODE)
_APOSTROPHES = str.maketrans("", "", "'\u2019")  # "outfit's" and a scraped "outfits" shingle alike


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    words = _WORD.findall(text.casefold().translate(_APOSTROPHES))
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def signature(text: str, permutations: int) -> MinHash:
    minhash = MinHash(num_perm=permutations, scheme=SCHEME)
    minhash.update_batch(list(shingles(text)))
    return minhash


def to_bytes(minhash: MinHash) -> bytes:
    return minhash.hashvalues.astype(np.uint32).tobytes()


def from_bytes(data: bytes, permutations: int) -> MinHash | None:
    values = np.frombuffer(data, dtype=np.uint32)
    if len(values) != permutations:  # stored with another setting: cannot be compared
        return None
    return MinHash(num_perm=permutations, hashvalues=values, scheme=SCHEME)


@dataclass(frozen=True)
class Match:
    article_id: int
    similarity: float


class NearDuplicateIndex:
    """The signatures of the articles that others may copy (originals, not copies of copies)."""

    def __init__(self, threshold: float, permutations: int) -> None:
        self.threshold = threshold
        self.permutations = permutations
        self._lsh = MinHashLSH(threshold=threshold, num_perm=permutations)
        self._signatures: dict[int, MinHash] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def add(self, article_id: int, minhash: MinHash) -> None:
        if article_id not in self._signatures:
            self._lsh.insert(article_id, minhash)
            self._signatures[article_id] = minhash

    def best_match(self, minhash: MinHash) -> Match | None:
        """The most similar indexed article at or above the threshold (LSH candidates, then exact
        MinHash Jaccard estimate to drop LSH's false positives); ties go to the oldest article."""
        best: Match | None = None
        for candidate in self._lsh.query(minhash):
            similarity = float(minhash.jaccard(self._signatures[candidate]))
            if similarity < self.threshold:
                continue
            if best is None or (similarity, -candidate) > (best.similarity, -best.article_id):
                best = Match(candidate, similarity)
        return best
