"""Exact and near-duplicate stories (the same wire copy republished), by MinHash LSH.

All articles are indexed first, then grouped: two articles belong to one story when
their texts are identical after folding, or when LSH proposes the pair and the MinHash
Jaccard estimate reaches the threshold. The earliest copy of each story (published date,
then input order) is the original; the others point to it with `duplicate_of`.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date
from functools import lru_cache
from typing import Any

from datasketch import LeanMinHash, MinHash, MinHashLSH

_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, n: int = 5) -> set[bytes]:
    """Word n-grams of the lowercased text: robust to small edits and boilerplate left-overs."""
    words = _WORD.findall(text.lower())
    if len(words) < n:
        return {" ".join(words).encode()}
    return {" ".join(words[i : i + n]).encode() for i in range(len(words) - n + 1)}


Fingerprint = tuple[str, list[int]]
SCHEME = "affine32"  # datasketch's permutation scheme; stored signatures are only comparable within one


@lru_cache(maxsize=4)
def _permutations(num_perm: int) -> Any:
    """The seeded permutations of a MinHash: drawing them anew for every article took a tenth of its fingerprint."""
    return MinHash(num_perm=num_perm, seed=1, scheme=SCHEME).permutations


def fingerprint(text: str, num_perm: int = 128) -> Fingerprint:
    """The SHA-1 of the folded words (exact copies) and the MinHash signature of the shingles (near copies)."""
    digest = hashlib.sha1(" ".join(_WORD.findall(text.lower())).encode()).hexdigest()
    full = MinHash(num_perm=num_perm, seed=1, scheme=SCHEME, permutations=_permutations(num_perm))
    full.update_batch(list(shingles(text)))
    return digest, full.hashvalues.tolist()


class DuplicateFinder:
    """Collect articles with `add`, then `duplicate_of` maps every later copy to its original."""

    def __init__(self, threshold: float = 0.8, num_perm: int = 128) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        self.lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self.exact: dict[str, str] = {}
        self.keys: dict[str, tuple[date, int]] = {}
        self.hashes: dict[str, LeanMinHash] = {}
        self.parent: dict[str, str] = {}

    def _find(self, a: str) -> str:
        while self.parent[a] != a:
            self.parent[a] = self.parent[self.parent[a]]
            a = self.parent[a]
        return a

    def _union(self, a: str, b: str) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            self.parent[max(ra, rb, key=self.keys.__getitem__)] = min(ra, rb, key=self.keys.__getitem__)

    def add(self, article_id: str, text: str, published: date | None = None) -> None:
        """Index one article; identical and near-identical earlier articles join its story."""
        self.add_fingerprint(article_id, fingerprint(text, self.num_perm), published)

    def add_fingerprint(self, article_id: str, fp: Fingerprint, published: date | None = None) -> None:
        """Index one article by its `fingerprint` (computed elsewhere, e.g. in a worker or a cache)."""
        self.keys[article_id] = (published or date.max, len(self.keys))
        self.parent[article_id] = article_id
        digest, hashvalues = fp
        if digest in self.exact:
            self._union(article_id, self.exact[digest])
            return
        self.exact[digest] = article_id
        mh = LeanMinHash(seed=1, hashvalues=hashvalues, scheme=SCHEME)
        for other in self.lsh.query(mh):
            if mh.jaccard(self.hashes[other]) >= self.threshold:
                self._union(article_id, other)
        self.hashes[article_id] = mh
        self.lsh.insert(article_id, mh)

    def clusters(self) -> list[list[str]]:
        """Stories with more than one copy, each original first."""
        groups: dict[str, list[str]] = {}
        for a in self.keys:
            groups.setdefault(self._find(a), []).append(a)
        return [sorted(g, key=self.keys.__getitem__) for g in groups.values() if len(g) > 1]

    def duplicate_of(self) -> dict[str, str]:
        """Every copy that is not the earliest of its story -> the earliest copy's id."""
        return {a: group[0] for group in self.clusters() for a in group[1:]}
