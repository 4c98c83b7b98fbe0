"""Exact and near-duplicate stories (the same wire copy republished), by MinHash LSH.

All articles are indexed first, then grouped: two articles belong to one story when
their texts are identical after folding, or when LSH banding proposes the pair and the
MinHash Jaccard estimate reaches the threshold. The earliest copy of each story (published date,
then input order) is the original; the others point to it with `duplicate_of`.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from datetime import date
from functools import lru_cache
from typing import Any

import numpy as np
from datasketch import MinHash, MinHashLSH

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
    """Collect articles with `add`, then `duplicate_of` maps every later copy to its original.

    The LSH step is datasketch's banding (`MinHashLSH`'s bands and rows for the threshold) done
    over all signatures at once with numpy: articles sharing a band are candidates, kept when
    their MinHash Jaccard estimate reaches the threshold. Indexing 20,000 signatures one by one in
    `MinHashLSH` took most of a re-run's duplicate pass.
    """

    def __init__(self, threshold: float = 0.8, num_perm: int = 128) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self.bands: list[tuple[int, int]] = list(lsh.hashranges)
        self.ids: list[str] = []
        self.keys: dict[str, tuple[date, int]] = {}
        self.first_of_digest: dict[str, int] = {}
        self.copy_of: dict[int, int] = {}  # exact copy -> first article with its digest
        self.signatures: list[np.ndarray] = []  # of the first article of each digest
        self.signed: list[int] = []
        self._parent: list[int] | None = None

    def add(self, article_id: str, text: str, published: date | None = None) -> None:
        """Index one article's text."""
        self.add_fingerprint(article_id, fingerprint(text, self.num_perm), published)

    def add_fingerprint(self, article_id: str, fp: Fingerprint, published: date | None = None) -> None:
        """Index one article by its `fingerprint` (computed elsewhere, e.g. in a worker or a cache)."""
        self.add_batch([article_id], [fp[0]], np.asarray([fp[1]], dtype=np.uint64), [published])

    def add_batch(self, article_ids: list[str], digests: list[str], signatures: np.ndarray,
                  published: list[date | None]) -> None:
        """Index articles in input order: their ids, digests, MinHash signatures (one row each) and dates."""
        self._parent = None
        for article_id, digest, signature, day in zip(article_ids, digests, signatures, published):
            i = len(self.ids)
            self.ids.append(article_id)
            self.keys[article_id] = (day or date.max, i)
            first = self.first_of_digest.setdefault(digest, i)
            if first != i:
                self.copy_of[i] = first
            else:
                self.signatures.append(signature)
                self.signed.append(i)

    def _pairs(self) -> Iterator[tuple[int, int]]:
        """Articles sharing a band of their signatures whose Jaccard estimate reaches the threshold."""
        if len(self.signed) < 2:
            return
        matrix = np.vstack(self.signatures)
        seen: set[tuple[int, int]] = set()
        for start, end in self.bands:
            band = np.ascontiguousarray(matrix[:, start:end]).view(np.dtype((np.void, 8 * (end - start)))).ravel()
            _, group, sizes = np.unique(band, return_inverse=True, return_counts=True)
            for g in np.flatnonzero(sizes > 1):
                members = np.flatnonzero(group == g)
                for x, a in enumerate(members):
                    for b in members[x + 1:]:
                        if (a, b) not in seen:
                            seen.add((a, b))
                            if np.count_nonzero(matrix[a] == matrix[b]) / self.num_perm >= self.threshold:
                                yield self.signed[a], self.signed[b]

    def _roots(self) -> list[int]:
        """Each article's story, as the index of its earliest copy (published date, then input order)."""
        if self._parent is None:
            parent = list(range(len(self.ids)))
            order = [self.keys[a] for a in self.ids]

            def find(a: int) -> int:
                while parent[a] != a:
                    parent[a] = parent[parent[a]]
                    a = parent[a]
                return a

            for a, b in [*self.copy_of.items(), *self._pairs()]:
                ra, rb = find(a), find(b)
                if ra != rb:
                    parent[max(ra, rb, key=order.__getitem__)] = min(ra, rb, key=order.__getitem__)
            self._parent = [find(a) for a in range(len(self.ids))]
        return self._parent

    def clusters(self) -> list[list[str]]:
        """Stories with more than one copy, each original first."""
        groups: dict[int, list[str]] = {}
        for a, root in zip(self.ids, self._roots()):
            groups.setdefault(root, []).append(a)
        return [sorted(g, key=self.keys.__getitem__) for g in groups.values() if len(g) > 1]

    def duplicate_of(self) -> dict[str, str]:
        """Every copy that is not the earliest of its story -> the earliest copy's id."""
        return {a: group[0] for group in self.clusters() for a in group[1:]}
