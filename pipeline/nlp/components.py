"""spaCy components Jejak registers by name: paragraph sentence breaks and the gazetteer ruler."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

from pipeline import gazetteers

GAZETTEER_KEY = "gazetteer"


@Language.component("jejak_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break always ends a sentence: headlines and list items have no final stop."""
    for tok in doc[:-1]:
        if "\n" in tok.text_with_ws or (tok.is_space and "\n" in tok.text):
            doc[tok.i + 1].is_sent_start = True
    return doc


# Splits the press needs that spaCy's defaults miss: "(PPN)/Kepala Bappenas" and a dateline's
# leftover dash glued to the first word ("-Gubernur DKI Jakarta").
EXTRA_INFIXES = [r"(?<=[\w)])/(?=[\w(])", r"(?<=\w)\)(?=/)"]
EXTRA_PREFIXES = [r"-(?=[A-Z])"]


TOKENIZER = "jejak.Tokenizer.v1"


@registry.tokenizers(TOKENIZER)
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    """spaCy's tokenizer for the language with Jejak's infixes and prefixes, built in one go.

    Setting `infix_finditer` or `prefix_search` on a built tokenizer reloads its ~2,700
    Indonesian special cases each time (about a second), and after the second reload spaCy
    3.8's tokenizer stops caching (2.6x slower); a factory builds it once.
    """

    def make(nlp: Language) -> Tokenizer:
        d = nlp.Defaults
        return Tokenizer(nlp.vocab, rules=d.tokenizer_exceptions,
                         prefix_search=compile_prefix_regex([*EXTRA_PREFIXES, *d.prefixes]).search,
                         suffix_search=compile_suffix_regex(d.suffixes).search,
                         infix_finditer=compile_infix_regex([*d.infixes, *EXTRA_INFIXES]).finditer,
                         token_match=d.token_match, url_match=d.url_match)

    return make


TOKENIZER_CONFIG = {"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}}


def gazetteer_patterns() -> dict[str, list[dict]]:
    """Phrase patterns by match attribute: names match case-insensitively, acronyms exactly."""
    g = gazetteers.load()
    patterns: dict[str, list[dict]] = {"LOWER": [], "ORTH": []}
    seen: set[tuple[str, str]] = set()

    def add(label: str, text: str, attr: str, ident: str) -> None:
        text = text if attr == "ORTH" else text.lower()
        if text and (label, text) not in seen:
            seen.add((label, text))
            patterns[attr].append({"label": label, "id": ident, "pattern": text})

    for form, title in g.title_forms.items():
        add("TITLE", form, "LOWER", title.normalized)
    for org in g.orgs:
        for name in (org.canonical, *org.variants):
            add("OPD", name, "LOWER", org.canonical)
        for abbr in org.abbreviations:
            add("OPD", abbr, "ORTH", org.canonical)
    for name, regions in g.region_names.items():
        if len(regions) == 1 and len(name) > 3:
            add("REGION", name, "LOWER", regions[0].canonical)
    return patterns


def add_gazetteer_ruler(nlp: Language) -> None:
    """Gazetteer matches go to `doc.spans["gazetteer"]`, beside (not over) the model's entities."""
    for attr, patterns in gazetteer_patterns().items():
        ruler = nlp.add_pipe("span_ruler", name=f"gazetteer_{attr.lower()}",
                             config={"spans_key": GAZETTEER_KEY, "phrase_matcher_attr": attr, "overwrite": False})
        ruler.add_patterns(patterns)
