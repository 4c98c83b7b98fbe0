"""Officials' names the statistical model misses, found from the gazetteer titles around them.

The model was trained on national news: after a long regional office ("Kepala Dinas Perumahan
Kelik Indriyanto", "Wakil Bupati Karawang Maslani") it often cuts the name short, drops it, or
swallows it into the region's LOC or the agency's ORG. This component reads the office from the
gazetteer spans (a title, then its agency, region, unit words and acronyms) and takes the
capitalised name that follows it, after an optional comma and rank, or that precedes ", <title>".
The name becomes PER only where the model has no entity there, has cut its PER short, or has run
a LOC/ORG (or a PER) over the boundary between office and name; a LOC/ORG the model puts on the
name alone is left alone. General rules over the gazetteers: no person's name is listed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline import gazetteers
from pipeline.gazetteers import fold
from pipeline.nlp.components import GAZETTEER_KEY

FACTORY = "jejak_official_names"

MAX_NAME = 5   # words of a name
MAX_PLACE = 3  # capitalised words of an unlisted village or unit between a title and ", <name>"
# Words of an office that are neither in the gazetteers' agency and title names nor regions.
OFFICE_WORDS = {"kota", "kabupaten", "kab", "provinsi", "prov", "administrasi", "daerah", "ri", "republik",
                "indonesia", "negara", "metro", "pusat", "wilayah", "kantor", "bidang", "bagian", "seksi", "sub",
                "negeri", "tinggi", "pratama", "madya", "utama", "kelas", "unit", "satuan", "komisi", "fraksi",
                "sementara", "nasional", "deputi", "desa", "kelurahan", "kecamatan", "dusun", "nagari", "gampong",
                "partai", "umum", "perum", "sekolah",
                # English posts and units in company and NGO offices ("Direktur Global Health Group")
                "chief", "executive", "officer", "director", "president", "vice", "deputy", "head", "manager", "senior",
                "general", "global", "group", "public", "policy", "political", "international", "regional", "country",
                "foundation", "institute", "center", "centre", "council", "board", "affairs", "relations", "operations",
                "operating", "financial", "finance", "technology", "corporate", "communications", "communication",
                "marketing", "business", "development", "research", "health", "program", "programme", "studies"}
# Political parties: a post in one is written like an office ("Wakil Ketua Dewan Pembina Demokrat Marzuki Alie").
PARTIES = {"pks", "pdip", "pdi-p", "pdi", "golkar", "gerindra", "pkb", "pan", "demokrat", "nasdem", "ppp", "hanura",
           "perindo", "psi", "pbb", "gelora", "ummat", "berkarya", "garuda", "pkpi"}
# Agency words that are also common given names ("Kejaksaan Agung", "Kompol Agung Cahyono").
GIVEN_NAMES = {"agung", "jaya", "putra", "putri", "mulia", "sari", "dewi", "indah", "bakti", "wijaya", "karya", "sakti",
               "raya", "bina", "adi", "dharma", "darma", "guna", "lestari", "mandiri", "makmur", "abadi", "sentosa"}
# A title right after these names a building, a document or a prize, not a person in office.
NOT_OFFICE_BEFORE = {"peraturan", "instruksi", "keputusan", "surat", "rumah", "pendopo", "kantor", "istana", "gedung",
                     "kediaman", "piala", "penghargaan", "program", "edaran"}
CALENDAR = {"senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "januari", "februari", "maret",
            "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"}
# "Bupati Kuantan Singingi saat itu, Sukarmis": the office held then.
THEN = {"saat", "kala", "ketika", "waktu"}
CONNECTORS = {"dan", "serta", "&"}
PLACE_NOUNS = {"kecamatan", "desa", "kelurahan", "dusun", "kampung", "nagari", "gampong", "distrik", "kampong"}
COMPANY = {"PT", "CV", "UD", "PD"}  # "Direktur PT Telkom": a company, not a person's initials
AFTER, BEFORE, CONTINUED = "after", "before", "continued"  # a name after an office, before ", <title>", a PER's tail
WORD = re.compile(r"[A-Z][a-zA-Z'’-]*")
NAME_WORD = re.compile(r"[A-Z][a-z'’]*")  # no capital inside: "PermataBank", "E-Government" are no names
INITIAL = re.compile(r"\.?[A-Z]\.?")  # "D", "S.", ".T." (a stray dot of the press)
# Agencies written as one word: "Kementan", "Pemkab", "Polres", "Disdukcapil".
AGENCY_WORD = re.compile(r"(?:Kemen|Ditjen|Dirjen|Pem(?:kab|kot|ko|prov|da)|Polres|Polda|Polsek|Kodim|Korem|Kejari|"
                         r"Kejati|Sudin|Dinas|Badan)\w*")
# Abstract nouns with the confixes ke-an, pe-an, per-an name an office's field ("Perumahan"), never a person.
FIELD_NOUN = re.compile(r"(?:Ke|Pe|Pem|Pen|Peng|Peny|Per)[a-z]{3,}an")


@lru_cache(maxsize=1)
def office_vocab() -> frozenset[str]:
    """Lowercase words of agency and title names: they continue an office and never open a name."""
    g = gazetteers.load()
    names = [n for o in g.orgs for n in (o.canonical, *o.variants, *o.abbreviations)] + [t.title for t in g.titles]
    words = {w for n in names for w in re.findall(r"[a-z]+", n.lower()) if len(w) > 2}
    return frozenset((words - GIVEN_NAMES - CONNECTORS) | OFFICE_WORDS | PARTIES)


@lru_cache(maxsize=1)
def honorific_words() -> frozenset[str]:
    """Ranks, degrees and forms of address that stand between an office and a name ("Kompol", "Inf.")."""
    return frozenset(w.lower().rstrip(".") for h in gazetteers.load().honorifics for w in h.split())


def is_acronym(text: str) -> bool:
    """`BAPPEDA`, `DPR`, `PUPR`, `ATR/BPN`: written in capitals, so an agency's, never a name."""
    letters = re.sub(r"[^A-Za-z]", "", text)
    return len(letters) >= 2 and letters.isupper()


def is_honorific(text: str) -> bool:
    """A rank, degree or form of address of the honorifics gazetteer ("AKBP", "Inf.", "Dr.")."""
    return text.lower().rstrip(".") in honorific_words()


def office_word(text: str) -> bool:
    """A word that belongs to an office: agency or title vocabulary ("bidang ekonomi"), and when capitalised
    also a common noun ("Varietas Tanaman") or an agency written as one word ("Kementan")."""
    low = text.lower()
    if low in office_vocab():
        return not is_honorific(text)
    return text[:1].isupper() and (low in gazetteers.load().common_words or bool(AGENCY_WORD.fullmatch(text))
                                   or bool(FIELD_NOUN.fullmatch(text))) and not is_honorific(text)


def region_length(doc: Doc, i: int) -> int:
    """Tokens of the longest region name (`Rokan Hilir`, `Serang`, `Kaltim`) starting at `i`, else 0."""
    names = gazetteers.load().region_names
    for n in (3, 2, 1):
        if i + n <= len(doc) and all(WORD.fullmatch(t.text) for t in doc[i : i + n]) and \
                fold(doc[i : i + n].text) in names:
            return n
    return 0


def starts_name(text: str) -> bool:
    """A capitalised word that may open a person's name."""
    low = text.lower()
    return bool(NAME_WORD.fullmatch(text)) and not office_word(text) and low not in CALENDAR \
        and not is_honorific(text)


def continues_name(text: str, last: bool = False) -> bool:
    """A word that may follow the first word of a name: a capitalised word (a region's too) or an initial;
    a capitalised common word only as the `last` word, before lowercase ("Dipo Alam yang")."""
    low = text.lower()
    return bool(INITIAL.fullmatch(text)) or (
        bool(NAME_WORD.fullmatch(text)) and (last or low not in gazetteers.load().common_words)
        and low not in office_vocab() and low not in CALENDAR and not is_honorific(text)
        and not AGENCY_WORD.fullmatch(text) and not FIELD_NOUN.fullmatch(text))


class OfficialNames:
    """Writes the names next to official titles into `doc.ents` as PER (see the module docstring)."""

    def __call__(self, doc: Doc) -> Doc:
        spans = [s for s in doc.spans.get(GAZETTEER_KEY, []) if s.label_ in {"TITLE", "OPD"}]
        ends: dict[int, int] = {}  # token -> end of the longest title or agency span starting there
        titles: dict[int, int] = {}
        for s in spans:
            ends[s.start] = max(ends.get(s.start, 0), s.end)
            if s.label_ == "TITLE":
                titles[s.start] = max(titles.get(s.start, 0), s.end)
        people = [e for e in doc.ents if e.label_ == "PER"]
        names: list[tuple[int, int, str, int]] = []  # (start, end, AFTER | BEFORE | CONTINUED, office end)
        covered = -1
        for start in sorted(titles):
            if start < covered or not self._is_office(doc, start):
                continue
            # the model's persons after the title (one that holds the title, "[Kapolresta Barelang]", is no guide)
            persons = {i for e in people if e.start > start for i in range(e.start, e.end)}
            end = self._office_end(doc, titles[start], ends, titles, persons)
            name = self._name_after(doc, end, titles)
            # "Anggota Dewan Syuro PKS", "Direktur Konsumer PT Telkom": words before an acronym or an agency word
            # are the office's, not a name; the office goes on (twice at most)
            for _ in range(2):
                if name is None or name[0] in persons or not _office_follows(doc, name[1], titles):
                    break
                end = self._office_end(doc, name[1], ends, titles, persons)
                name = self._name_after(doc, end, titles)
            covered = end
            if name is not None and (name[0] in persons or not _office_follows(doc, name[1], titles)):
                names.append((*name, AFTER, end))
            elif name is None and not (end < len(doc) and doc[end].text in CONNECTORS):
                # "Sutan Lubis, Camat Medan Selayang mengatakan"; not "kepada Dansatgas, Danrem dan Dandim"
                before = self._name_before(doc, start)
                if before is not None:
                    names.append((*before, BEFORE, before[0]))
        names += self._persons_continued(doc, titles)
        if names:
            doc.ents = self._merged(doc, names, set(ends.values()))
        return doc

    @staticmethod
    def _persons_continued(doc: Doc, titles: dict[int, int]) -> list[tuple[int, int, str, int]]:
        """The model's persons cut before initials ("[Ahmad]. S. Romansyah", "[Nasrudin] .T. Laadamu"), and
        the first name of a list of the model's persons it left out ("Aslam, [Ashar], [Ismail], menggantikan")."""
        names = []
        ents = list(doc.ents)
        taken = {i for e in ents for i in range(e.start, e.end)}
        for n, e in enumerate(ents):
            if e.label_ != "PER":
                continue
            k = e.end
            if k + 1 < len(doc) and (INITIAL.fullmatch(doc[k].text) and doc[k].text.endswith(".")
                                     or doc[k].text == "." and INITIAL.fullmatch(doc[k + 1].text)):
                end = _name_end(doc, k, len(e), titles)
                if end > k:
                    names.append((e.start, end, CONTINUED, e.start))
            first = e.start - 2
            if first >= 0 and doc[e.start - 1].text == "," and first not in taken and starts_name(doc[first].text) \
                    and not region_length(doc, first) and not (first > 0 and doc[first - 1].text[:1].isupper()) \
                    and _list_of_persons_then_verb(doc, ents[n:]):
                names.append((first, first + 1, BEFORE, first))
        return names

    @staticmethod
    def _is_office(doc: Doc, start: int) -> bool:
        """A capitalised title of an office holder, not of a building, document or prize."""
        entry = gazetteers.load().title_forms.get(fold(doc[start].text))
        if not doc[start].text[:1].isupper() or (entry and entry.kind in {"not_office", "organisation"}):
            return False
        return start == 0 or fold(doc[start - 1].text) not in NOT_OFFICE_BEFORE

    @staticmethod
    def _office_end(doc: Doc, i: int, ends: dict[int, int], titles: dict[int, int], persons: set[int]) -> int:
        """Extend an office over its complement: titles, agencies, regions, unit words, acronyms, brackets.

        A word the model puts in a person, unless a region, agency or acronym, opens the name ("Menteri
        Perdagangan [Mari Elka Pangestu]").
        """
        end = i
        region_end = -1  # a second region right after one, before a name, opens the name ("Wali Kota Bogor Bima Arya")
        while i < len(doc):
            text = doc[i].text
            length = region_length(doc, i)
            if length and region_end == i and i + length < len(doc) and starts_name(doc[i + length].text) \
                    and not region_length(doc, i + length):
                break
            if fold(text) in PLACE_NOUNS and i + 1 < len(doc) and WORD.fullmatch(doc[i + 1].text) and \
                    i + 1 not in persons and i + 1 not in titles:
                i = end = i + 1 + (region_length(doc, i + 1) or 1)  # "Babinsa Kecamatan Sahu": the place's name
            elif i in ends:
                i = end = ends[i]
            elif length:
                i = end = region_end = i + length
            elif text == "(":
                close = next((j for j in range(i + 1, min(i + 6, len(doc))) if doc[j].text == ")"), None)
                if close is None or not all(is_acronym(t.text) or office_word(t.text) or t.i in ends
                                            for t in doc[i + 1 : close]):
                    break
                i = end = close + 1
            elif text == "," and region_end == i and region_length(doc, i + 1):
                i += 1  # "Kuantan Singingi, Riau": the region's province
            elif text == "," and _field_list(doc, i + 1):
                i += 1  # "Dinas Ketahanan Pangan, Kelautan, dan Pertanian": a list of the office's fields
            elif text in CONNECTORS and i + 1 < len(doc) and i + 1 not in titles and (
                    i + 1 in ends or is_acronym(doc[i + 1].text) or office_word(doc[i + 1].text)):
                i += 1  # "Dinas Pemberdayaan Perempuan dan Perlindungan Anak"
            elif text == "/" and i + 1 < len(doc) and (WORD.fullmatch(doc[i + 1].text) or is_acronym(doc[i + 1].text)):
                i = end = i + 2  # "Korem 061/Suryakancana", "PPN/Kepala Bappenas"
            elif text.isdigit() and len(text) <= 4 or re.fullmatch(r"[IVX]+", text):
                i = end = i + 1  # "Korem 061", "Komisi IV"
            elif text.lower() in THEN and i + 2 < len(doc) and doc[i + 1].text.lower() == "itu":
                i = end = i + 2
            elif text in COMPANY and i + 1 < len(doc) and WORD.fullmatch(doc[i + 1].text):
                i = end = i + 2  # "Direktur Utama PT Telkom": the company's first word at least
            elif i in persons and not is_acronym(text):
                break  # "Menteri Agama [Lukman Hakim Saifuddin]": a word the model reads as a person's opens the name
            elif (is_acronym(text) and not is_honorific(text) and not _initials(doc, i)) or office_word(text):
                i = end = i + 1
            else:
                break
        return end

    @staticmethod
    def _name_after(doc: Doc, i: int, titles: dict[int, int]) -> tuple[int, int] | None:
        """The name at `i`, after an optional comma and ranks; also "Kades Sambalangi, Sahrir Asir"."""
        comma = i < len(doc) and doc[i].text == ","
        name = _name_at(doc, _after_ranks(doc, i + comma), titles, comma)
        if name is None:
            return None
        start, end = name
        # Capitalised words the model does not take for a person, then ", <name>": an unlisted village or unit.
        # Not after a rank or form of address ("Dr. Nina Asrini Noor, Sp.M": a person, then a degree).
        if end - start <= MAX_PLACE and end + 1 < len(doc) and doc[end].text == "," and \
                _after_ranks(doc, i + comma) == i + comma and \
                not any(e.label_ == "PER" and e.start < end and start < e.end for e in doc.ents):
            after = _name_at(doc, _after_ranks(doc, end + 1), titles, True)
            if after is not None and (after[1] >= len(doc) or not doc[after[1]].text[:1].isupper()) and \
                    any(len(t.text) >= 3 for t in doc[after[0] : after[1]]):
                return after
        return name

    @staticmethod
    def _name_before(doc: Doc, title: int) -> tuple[int, int] | None:
        """`Budi Santoso, Kepala Desa ...`: a name of three words (and initials) at most before ", <title>"."""
        if title < 2 or doc[title - 1].text != ",":
            return None
        end = title - 1
        start = end
        words = 0
        while start > 0 and words < 3:
            if _glued_hyphen(doc, start - 1):
                start -= 1
            elif continues_name(doc[start - 1].text) and not region_length(doc, start - 1):
                start -= 1
                words += not INITIAL.fullmatch(doc[start].text)
            else:
                break
        if start == end or not starts_name(doc[start].text) or (start > 0 and doc[start - 1].text[:1].isupper()):
            return None  # the tail of a longer capitalised phrase
        return start, end

    @staticmethod
    def _merged(doc: Doc, names: list[tuple[int, int, str, int]], span_ends: set[int]) -> list[Span]:
        """The model's entities with the names as PER where the model has none or a worse boundary.

        A PER that starts before a name after an office ran over the office ("Bupati Rokan [Hilir Bistamam]")
        and is dropped. A place or agency that runs into the name is cut at the office's end when the office
        ends with a region, a gazetteer agency or an acronym ("Wakil Bupati [Karawang] Maslani"); otherwise
        the model's boundary may be right ("Direktur PT Media Karya Sentosa Antonius") and it stays. A name
        before ", <title>" only fills a gap the model left.
        """
        ents = list(doc.ents)
        for start, end, mode, cut in names:
            inside = [e for e in ents if e.start < end and start < e.end]
            if any(e.label_ != "PER" and start <= e.start for e in inside):
                continue  # the model reads a word of the name as a place or agency: it may be right
            if mode == BEFORE and inside or mode == CONTINUED and any(e.start < start for e in inside):
                continue
            if any(e.label_ != "PER" and e.start < start and not (e.start < cut and _hard_end(doc, cut, span_ends))
                   for e in inside):
                continue
            end = max([end, *(e.end for e in inside if e.label_ == "PER")])
            kept: list[Span] = []
            for e in ents:
                if not (e.start < end and start < e.end):
                    kept.append(e)
                elif e.label_ != "PER":  # "Karawang Maslani" (LOC): the region stays LOC
                    kept.append(Span(doc, e.start, cut, label=e.label_))
            kept.append(Span(doc, start, end, label="PER"))
            ents = sorted(kept, key=lambda e: e.start)
        return ents


def _field_list(doc: Doc, i: int) -> bool:
    """Capitalised office words and commas from `i` up to "dan"/"serta" and one more office word."""
    for k in range(i, min(i + 8, len(doc) - 1)):
        text = doc[k].text
        if text in {"dan", "serta"}:
            return doc[k + 1].text[:1].isupper() and office_word(doc[k + 1].text)
        if not (text == "," or text[:1].isupper() and office_word(text)):
            return False
    return False


def _office_ahead(doc: Doc, i: int) -> bool:
    """Capitalised words from `i` up to an acronym or agency word: "Utilisasi [dan Antifraud BPJS]"."""
    for k in range(i, min(i + 4, len(doc))):
        text = doc[k].text
        if is_acronym(text) or AGENCY_WORD.fullmatch(text) or text[:1].isupper() and text.lower() in office_vocab():
            return True
        if not WORD.fullmatch(text):
            return False
    return False


def _hard_end(doc: Doc, k: int, span_ends: set[int]) -> bool:
    """The office ends at token `k` with a gazetteer title or agency, a region or an acronym."""
    return k in span_ends or is_acronym(doc[k - 1].text) or any(region_length(doc, k - n) == n for n in (1, 2, 3) if k >= n)


def _office_follows(doc: Doc, i: int, titles: dict[int, int]) -> bool:
    """What makes the capitalised words before `i` an office's rather than a name: an acronym, a capitalised
    office word, "&", a rank, a number, a word with a capital inside, a demonstrative, a bracketed acronym or
    agency name, "dan" before more agency words ("Kabid Diseminasi Informasi Iklim", "Direktur Policy &
    Advocacy WWF", "Kapolsek Ponggok Iptu Sony S", "Kepala Sekolah SDN Cilincing 07", "Asisten Deputi Bidang
    Utilisasi dan Antifraud BPJS")."""
    if i >= len(doc):
        return False
    text = doc[i].text
    return (is_acronym(text) and not is_honorific(text) and not _initials(doc, i)) or \
        (text == "(" and i + 2 < len(doc) and is_acronym(doc[i + 1].text) and doc[i + 2].text == ")") or \
        (text[:1].isupper() and office_word(text)) or text in {"&", "/"} or is_honorific(text) or text.isdigit() or \
        (bool(WORD.fullmatch(text)) and not NAME_WORD.fullmatch(text)) or text.lower() in {"ini", "itu", "tersebut"} or \
        (text == "(" and i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and office_word(doc[i + 1].text)) or \
        (text in CONNECTORS and i + 1 not in titles and _office_ahead(doc, i + 1))


def _list_of_persons_then_verb(doc: Doc, ents: list[Span]) -> bool:
    """Two persons or more in a row, joined by commas or "dan", then a lowercase word: "Ashar, Ismail,
    menggantikan" (a list of brands or places the model half tags ends otherwise)."""
    n = 1
    while n < len(ents) and ents[n].label_ == "PER" and ents[n].start == ents[n - 1].end + 1 and \
            doc[ents[n - 1].end].text in {",", "dan", "serta"} and ents[n - 1].label_ == "PER":
        n += 1
    k = ents[n - 1].end
    k += k < len(doc) and doc[k].text == ","
    return n >= 2 and k < len(doc) and doc[k].text[:1].islower() and doc[k].text not in CONNECTORS


def _after_ranks(doc: Doc, i: int) -> int:
    """The first token at or after `i` that is no rank, degree or form of address ("Kolonel Inf. Novi")."""
    while i < len(doc) and (is_honorific(doc[i].text) or doc[i].text == "." and is_honorific(doc[i - 1].text)):
        i += 1
    return i


def _glued_hyphen(doc: Doc, i: int) -> bool:
    """A hyphen between two words without spaces ("Al-Rabiah"): inside a name."""
    return doc[i].text == "-" and 0 < i < len(doc) - 1 and not doc[i - 1].whitespace_ and not doc[i].whitespace_ \
        and bool(WORD.fullmatch(doc[i - 1].text))


def _initials(doc: Doc, i: int) -> bool:
    """`BJ Habibie`: two capitals that are no agency or region, right before a name word."""
    text = doc[i].text
    return (bool(re.fullmatch(r"[A-Z]{2}", text)) and text not in gazetteers.load().org_abbrevs and text not in COMPANY
            and fold(text) not in gazetteers.load().region_names and i + 1 < len(doc) and starts_name(doc[i + 1].text))


def _name_at(doc: Doc, i: int, titles: dict[int, int], after_comma: bool = False) -> tuple[int, int] | None:
    """(start, end) of the name opening at `i`: up to five capitalised words and initials, with the
    dots of abbreviations inside ("Abd. Rahman", "Alwan Moh.Saleh", "Ahmad. S. Romansyah").

    After a comma a common word may open a name that goes on ("..., Entah Ismanto").
    """
    if i >= len(doc) or i in titles:
        return None
    common_first = after_comma and bool(WORD.fullmatch(doc[i].text)) and doc[i].text.lower() not in office_vocab() \
        and i + 1 < len(doc) and starts_name(doc[i + 1].text)
    if not (starts_name(doc[i].text) or _initials(doc, i) or common_first):
        return None
    return i, _name_end(doc, i + 1, 1, titles)


def _name_end(doc: Doc, j: int, words: int, titles: dict[int, int]) -> int:
    """Where a name that has `words` words before token `j` ends."""
    while j < len(doc) and words < MAX_NAME and j not in titles:
        t = doc[j].text
        if t == "." and j + 1 < len(doc) and continues_name(doc[j + 1].text) and j + 1 not in titles and (
                not doc[j].whitespace_ or len(doc[j - 1].text) <= 3 or INITIAL.fullmatch(doc[j + 1].text)):
            j += 1
            continue
        if _glued_hyphen(doc, j) and j + 1 < len(doc) and continues_name(doc[j + 1].text):
            j += 1  # "Al-Rabiah"
            continue
        if not continues_name(t, last=j + 1 >= len(doc) or not doc[j + 1].text[:1].isupper()):
            break
        j += 1
        words += 1
    while doc[j - 1].text == ".":
        j -= 1
    return j


@Language.factory(FACTORY)
def make_official_names(nlp: Language, name: str) -> OfficialNames:
    """The component, added after the gazetteer rulers (it reads their TITLE and OPD spans)."""
    return OfficialNames()
