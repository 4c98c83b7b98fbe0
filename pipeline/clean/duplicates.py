"""Exact and near-duplicate stories (the same wire copy republished), by MinHash LSH."""

from __future__ import annotations

import hashlib
import re

from datasketch import MinHash, MinHashLSH

_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, n: int = 5) -> set[bytes]:
    """Word n-grams of the lowercased text: robust to small edits and boilerplate left-overs."""
    words = _WORD.findall(text.lower())
    if len(words) < n:
        return {" ".join(words).encode()}
    return {" ".join(words[i : i + n]).encode() for i in range(len(words) - n + 1)}


class DuplicateIndex:
    """Streaming index: each new text is compared with all earlier ones, then added."""

    def __init__(self, threshold: float = 0.8, num_perm: int = 128) -> None:
        self.num_perm = num_perm
        self.lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self.exact: dict[str, str] = {}
        self.order: dict[str, int] = {}

    def check_and_add(self, article_id: str, text: str) -> str | None:
        """Return the id of the earlier copy of `text`, or None (and index it) if it is new."""
        digest = hashlib.sha1(" ".join(_WORD.findall(text.lower())).encode()).hexdigest()
        if digest in self.exact:
            return self.exact[digest]
        mh = MinHash(num_perm=self.num_perm, seed=1)
        mh.update_batch(list(shingles(text)))
        hits = self.lsh.query(mh)
        if hits:
            return min(hits, key=self.order.__getitem__)
        self.exact[digest] = article_id
        self.order[article_id] = len(self.order)
        self.lsh.insert(article_id, mh)
        return None
