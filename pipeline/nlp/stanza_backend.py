"""Optional stanza backend: stanza's Indonesian tokenize/pos/lemma/depparse inside spaCy.

For users who have stanza's Indonesian models on disk. Nothing is downloaded at run
time: when the package or the models are missing, loading stops with one line saying
how to get them. The shipped NER model then runs on stanza's tokens.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.config import JejakError

PROCESSORS = "tokenize,pos,lemma,depparse"


class StanzaTokenizer:
    """A spaCy tokenizer that runs a stanza Pipeline and copies its annotation onto the Doc."""

    def __init__(self, snlp: Any, vocab: Vocab) -> None:
        self.snlp = snlp
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        sentences = self.snlp(text).sentences if text.strip() else []
        words, spaces, pos, lemmas, heads, deps, starts = [], [], [], [], [], [], []
        tokens = [(sent, tok) for sent in sentences for tok in sent.tokens]
        offset = 0
        for k, (sent, tok) in enumerate(tokens):
            word = tok.words[0]
            first_in_sent = tok is sent.tokens[0]
            if first_in_sent:
                offset = len(words)
            nxt = tokens[k + 1][1].start_char if k + 1 < len(tokens) else len(text)
            words.append(text[tok.start_char:tok.end_char])
            spaces.append(nxt > tok.end_char and text[tok.end_char] == " ")
            pos.append(word.upos or "X")
            lemmas.append(word.lemma or words[-1])
            heads.append(offset + word.head - 1 if word.head else len(words) - 1)
            deps.append("ROOT" if word.deprel == "root" else word.deprel or "dep")
            starts.append(first_in_sent)
        if not words:
            return Doc(self.vocab, words=[text] if text else [], spaces=[False] if text else [])
        return Doc(self.vocab, words=words, spaces=spaces, pos=pos, lemmas=lemmas, heads=heads, deps=deps,
                   sent_starts=starts)


def load_stanza(params: dict[str, Any]) -> Language:
    """A spaCy pipeline whose tokens, POS, lemmas, parse and sentences come from stanza."""
    try:
        import stanza
        from stanza.resources.common import DEFAULT_MODEL_DIR
    except ImportError:
        raise JejakError("nlp.backend is 'stanza' but stanza is not installed: pip install 'jejak[stanza]'") from None
    model_dir = Path(params.get("stanza_dir") or DEFAULT_MODEL_DIR).expanduser()
    if not (model_dir / "id").is_dir():
        raise JejakError(f"stanza's Indonesian models are not in {model_dir / 'id'}: on a machine with internet run "
                         f"python -c \"import stanza; stanza.download('id', model_dir='{model_dir}')\" and copy the folder "
                         f"here, or set nlp.stanza_dir")
    snlp = stanza.Pipeline(lang="id", dir=str(model_dir), processors=PROCESSORS, download_method=None,
                           use_gpu=False, logging_level="WARN")
    nlp = spacy.blank("id")
    nlp.tokenizer = StanzaTokenizer(snlp, nlp.vocab)
    return nlp
