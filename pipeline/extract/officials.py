"""Officials: people named with a public office, their normalised title and jurisdiction.

An office is a run of gazetteer TITLE spans ("Penjabat (Pj) Wali Kota") plus its
complement: agency, region, unit words and acronyms ("Kepala Bidang Perekonomian dan
Sumber Daya Alam BAPPEDA Jawa Barat"). The name follows it, with or without a comma, or
precedes it ("Erwin, Wakil Wali Kota Bandung"). A capitalised word starts the name when
it is not office vocabulary and the press does not usually write it in lowercase
(`common_words.txt`), so long offices need no list of their own. Short mentions ("Hery")
and nicknames ("Saifullah Yusuf (Gus Ipul)") are merged into one record per person.
An office whose holder's name a scraper dropped ("Gubernur DKI Jakarta , berjanji") or
that a headline quotes ("Gubernur Jateng: ...") goes to the one untitled speaker.
Words between an office and a comma end the office when a name follows the comma ("Kades Ulunipa,
Hasrun Laris"); a village head's jurisdiction is that village. Party posts are no office.
`title` is the bare post (team decision, as the original gold writes it): "Kepala Bidang Penataan Ruang
Dinas PUPR" is a `Kepala Bidang`, "Direktur Jenderal Bea Cukai" a `Direktur Jenderal`; the office as written
is `title_text`, its agency `organization`. A bare "Direktur"/"Kepala" is an office only before a named government agency and a person
(NER, a recurring name, or a speaker), so company posts and "Kepala Balai Taman Nasional" give nothing.
A name lost as the object of a verb goes to a speaker only when the headline names them; a one-word name cut
by a lost link ("Menteri Keuangan , Indrawati") is completed from the headline, and a syllable nickname of
the same office ("Jokowi") is the full name's alias.
The NER model is not relied on: rules hold when it misses or mislabels a person (measured on the
48 development articles it tags 19 of the 25 officials the rules miss as PER, but 99 of its 264 PER
spans are no official: the office, not the name, is what the rules lack).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from functools import lru_cache
from itertools import islice
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein
from spacy.tokens import Doc, Span

from pipeline import gazetteers
from pipeline.extract.base import Article, cue_of, doc_text, in_promo_line, is_word_char, pattern, record, word_starts
from pipeline.gazetteers import fold

ACTING = {"penjabat": "Penjabat", "pj": "Penjabat", "plt": "Pelaksana Tugas", "pelaksana tugas": "Pelaksana Tugas",
          "plh": "Pelaksana Harian", "pelaksana harian": "Pelaksana Harian"}
# Region type a title's `level` implies; offices at both levels prefer the kabupaten for a bare name.
LEVEL_KIND = {"provinsi": "provinsi", "kabupaten": "kabupaten", "kota": "kota"}
# Words that belong to an office's complement even though they are neither agency nor region names.
OFFICE_WORDS = {"kota", "kabupaten", "kab", "provinsi", "prov", "administrasi", "daerah", "ri", "republik",
                "indonesia", "negara", "metro", "pusat", "wilayah", "kantor", "bidang", "bagian", "seksi", "sub",
                "negeri", "tinggi", "pratama", "madya", "utama", "kelas", "unit", "satuan", "setda", "setdakab",
                "pemkot", "pemkab", "pemprov", "dki", "komisi", "fraksi", "sementara", "nasional", "deputi",
                # units of police, prosecution and the military named after a Kasat/Kasi/Kabag
                "intel", "humas", "reskrim", "lantas", "binmas", "sabhara", "propam", "operasi", "pidsus", "pidum",
                "datun", "penkum", "narkoba", "tipikor", "intelijen", "pidana", "khusus", "umum", "perdata",
                "logistik", "perencanaan", "mabes", "partai", "perum", "ops", "dal",
                # facilities a unit head runs ("Kepala UPT Museum ...")
                "museum", "stasiun", "terminal", "pasar", "bandara", "pelabuhan", "lapas", "rutan", "puskesmas",
                "kedubes", "kedutaan", "konsulat", "kjri", "kbri", "divisi"}
# Words of agency names that are also common given names ("Kejaksaan Agung", "Agung Cahyono").
GIVEN_NAMES = {"agung", "jaya", "putra", "putri", "mulia", "sari", "dewi", "indah", "bakti", "wijaya", "karya", "sakti",
               "raya", "bina", "adi", "dharma", "darma", "guna", "lestari", "mandiri", "makmur", "abadi", "sentosa",
               "sandi", "angkasa", "pura", "amil"}
CONNECTORS = {"dan", "&", "/", "-", "dari"}
# A title right after these names a regulation, a building or a programme, not an office holder.
NOT_OFFICE_BEFORE = {"peraturan", "instruksi", "keputusan", "surat", "rumah", "pendopo", "kantor", "istana", "dinas",
                     "pemerintah", "kediaman", "gedung", "balai", "program", "piala", "penghargaan", "hadiah", "calon",
                     "pemilihan", "pilkada", "pelantikan", "edaran", "staf", "khusus", "utusan",  # "Staf Khusus Presiden X"
                     # a relative's role is no office ("istri Gubernur Jawa Barat, Ibu Atalia")
                     "istri", "isteri", "suami", "anak", "putra", "putri", "menantu", "cucu", "ajudan", "ibunda",
                     "ayahanda", "adik", "kakak", "keluarga", "sekretariat"}  # "Sekretariat Presiden": an agency
FORMER = {"mantan", "eks", "bekas", "purnawirawan"}
NOT_AFTER_TITLE = {"direktur", "komisaris", "cup", "award", "awards", "trophy"}  # "Presiden Direktur PT", "Bupati Cup"
NICKNAME = re.compile(r"\s*(?:\((?P<paren>[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2})\)|,?\s*(?:atau\s+)?(?:yang\s+)?"
                      r"(?:akrab\s+|biasa\s+)?(?:disapa|dipanggil|disebut|alias)\s+(?P<said>[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2}))")
# "Presiden Joko Widodo atau Jokowi mengatakan": a short name right after "atau", then lowercase or punctuation.
OR_NAME = re.compile(r"\s+atau\s+(?P<nick>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)(?=\s+[a-z]|[,.;:)])")
SAPAAN = re.compile(r"(?P<nick>[A-Z][\w'-]*)\s*(?:--|-|–|—|,)\s*(?:sapaan|panggilan)\s+(?:akrab\s+)?"
                    r"(?P<full>[A-Z][\w']*(?:-[\w']+)*(?: [A-Z][\w']*(?:-[\w']+)*){0,3})")
DEGREE_TOKEN = re.compile(r"(?:[A-Z][a-z]{0,3}\.){1,3}[A-Z]?[a-z]*\.?")  # "S.E", "M.Si", "S.Sos."
DEGREE = re.compile(r"(,?\s+(?:[A-Z][a-z]{0,3}\.){1,3}(?:[A-Z][a-z]{0,3}\.?)?)+$")  # not "Moh.Saleh"


@lru_cache(maxsize=1)
def _office_vocab() -> frozenset[str]:
    """Lowercase words of agency and title names: they continue an office, never start a name."""
    g = gazetteers.load()
    names = [n for o in g.orgs for n in (o.canonical, *o.variants, *o.abbreviations)] + [t.title for t in g.titles]
    words = {w for n in names for w in re.findall(r"[a-z]+", n.lower()) if len(w) > 2}
    return frozenset(words - GIVEN_NAMES) | OFFICE_WORDS


@lru_cache(maxsize=1)
def _honorific_words() -> frozenset[str]:
    return frozenset(w.lower().rstrip(".") for h in gazetteers.load().honorifics for w in h.split())


def _is_acronym(text: str) -> bool:
    """`BAPPEDA`, `DPR`, `VI`, `PUPR`, `ATR/BPN`: written in capitals, so part of an office."""
    letters = re.sub(r"[^A-Za-z]", "", text)
    return len(letters) >= 2 and letters.isupper()


def _word(text: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][a-zA-Z'’-]*", text))


def _initial(text: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]\.?", text))


def _is_honorific(text: str) -> bool:
    return text.lower().rstrip(".") in _honorific_words()


# Military units numbered after their name or their commander's title ("Korem 061/Suryakancana", "Dandim 0606/Kota Bogor").
MILITARY_UNIT = re.compile(r"(?:dan|pang)?(?:korem|kodim|kodam|koramil|yonif|brigif|lanud|lantamal|lanal|rem|dim|dam|ramil)$", re.I)
CALENDAR = {"senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "januari", "februari", "maret",
            "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"}
# Written forms of agencies that are no acronym in capitals: "Kemendag", "Ditjen", "Pemkot", "Polres".
AGENCY_WORD = re.compile(r"(?:Kemen|Ditjen|Dirjen|Pem(?:kab|kot|ko|prov|da)|Polres|Polda|Polsek|Kodim|Korem|Kejari|Kejati|"
                         r"Sudin)\w*$")
NOT_NAME = {"nomor", "no", "tahun", "pasal", "ayat", "tentang"}  # "Peraturan Wali Kota Surabaya Nomor 5"


# Islands that open province names ("Jawa Barat", "Nusa Tenggara Timur"): a misspelt province is no person.
ISLANDS = {"jawa", "sumatera", "sumatra", "sulawesi", "kalimantan", "nusa", "kepulauan", "halmahera"}


def _starts_name(text: str) -> bool:
    """A capitalised word that may open a person's name."""
    low = text.lower()
    g = gazetteers.load()
    return (_word(text) and not _is_acronym(text) and low not in g.common_words and low not in _office_vocab()
            and low not in CALENDAR and low not in NOT_NAME and not AGENCY_WORD.match(text) and not FIELD_NOUN.match(text)
            and not GOVERNMENT.fullmatch(text)
            and low not in OFFICE_WORDS
            and not _is_honorific(text) and low not in FORMER
            and not (low.endswith("nya") and low[:-3] in g.common_words)  # "Perdagangannya"
            and not re.match(r"[A-Z]-", text)  # "E-Government", "E-KTP": no person's name
            and low not in ISLANDS)


@lru_cache(maxsize=1)
def _plain_degrees() -> frozenset[str]:
    """Degrees of the gazetteer as also written without their periods: `S.T.` -> `ST`, `M.Si.` -> `MSi`."""
    return frozenset(h.replace(".", "") for h in gazetteers.load().honorifics
                     if "." in h and sum(c.isupper() for c in h) >= 2)


def clean_name(name: str) -> str:
    """Drop honorifics, ranks and degrees: `Kang Erwin` -> `Erwin`, `dr. Ani, M.Kes.` -> `Ani`, `Iskandar ST` -> `Iskandar`."""
    name = DEGREE.sub("", name.strip(" ,."))
    words = name.split()
    while len(words) > 1 and _is_honorific(words[0]):
        words = words[1:]
    while len(words) > 1 and words[-1].strip(",") in _plain_degrees():
        words = words[:-1]
    return " ".join(words)


def _spans_by_start(article: Article, label: str) -> dict[int, Span]:
    return {s.start: s for s in article.gazetteer(label)}


def _title_groups(article: Article) -> list[tuple[int, int, list[Span]]]:
    """Runs of TITLE spans joined by brackets or adjacency: `Penjabat (Pj) Wali Kota` is one office."""
    groups: list[tuple[int, int, list[Span]]] = []
    for span in article.gazetteer("TITLE"):
        entry = gazetteers.load().title_forms.get(fold(span.text))
        prev = article.doc[span.start - 1] if span.start > 0 else None
        place = fold(span.text) in gazetteers.load().region_names and prev is not None and _word(prev.text)
        nxt = article.doc[span.end].text if span.end < len(article.doc) else ""
        # "jubir KPK Budi", "anggota Banggar DPRD", "Sri Mulyani diangkat menjadi bupati"
        named = any(c.isupper() for c in span.text) or _is_acronym(nxt) or _appointed(article.doc, span.start)
        if not named or (entry and entry.kind in {"not_office", "organisation"}) or place or \
                in_promo_line(article.text, span.start_char):
            continue  # "para menteri": an office in general ("kata anggota DPRD ..., Nico" names a house: an office);
            # "Kadin": the chamber of commerce; "Tonton juga video"
        if groups:
            start, end, spans = groups[-1]
            between = article.doc[end : span.start]
            acting_before = fold(spans[-1].text) in ACTING or spans[-1].id_.startswith(("Penjabat", "Pelaksana"))
            if all(t.text in "()" for t in between) and (acting_before or not len(between)) and \
                    not _is_honorific(span.text):  # "Kapolri Irjen ...": a rank, not a second office
                groups[-1] = (start, span.end, spans + [span])
                continue
        groups.append((span.start, span.end, [span]))
    return groups


def _office_end(article: Article, i: int, orgs: dict[int, Span], regions: dict[int, Span],
                titles: dict[int, Span], kecamatan: bool = False, posted: bool = False) -> int:
    """Extend an office over its complement: agency, region, unit words, acronyms, brackets; `posted`: a
    diplomatic post, whose city follows "di"."""
    doc = article.doc
    end = first = i
    placed = -1  # where the last sub-national region ended: a second one right before a name opens the name
    while i < len(doc):
        tok = doc[i]
        text = tok.text
        if _police_area(doc, i):
            i = end = i + 2  # "Kapolda Metro Jaya Irjen Gatot": the area, not a town and a given name
            continue
        span = orgs.get(i) or regions.get(i)
        inside = next((s for s in orgs.values() if s.start < i < s.end), None)
        length = span.end - i if span is not None and i in regions else _region_length(doc, i)
        if length and placed == i and i + length < len(doc) and _starts_name(doc[i + length].text) \
                and not _region_length(doc, i + length):
            break  # "Wali Kota Bogor Bima Arya"
        if length and fold(doc[i : i + length].text) not in {"ri", "indonesia", "republik indonesia"}:
            placed = i + length
        if inside is not None:
            i = end = inside.end
        elif span is not None:
            i = end = span.end
        elif text == "(":
            close = next((j for j in range(i + 1, min(i + 8, len(doc))) if doc[j].text == ")"), None)
            if close is None:
                break
            i = end = close + 1
        elif text.lower() == "dari" and i + 1 < len(doc) and fold(doc[i + 1].text) == "fraksi":
            i = end = i + 2  # "Wakil Ketua Komisi I dari fraksi PDIP, Suharsono": the member's faction
        elif text.lower() in CONNECTORS:
            nxt = i + 1
            if nxt >= len(doc) or (nxt in titles and text != "/"):
                break  # "Wali Kota dan Wakil Wali Kota": a second office, read as coordination
            if not (nxt in orgs or nxt in regions or _region_length(doc, nxt) or nxt in titles or _is_acronym(doc[nxt].text)
                    or _office_word(doc[nxt].text) or _lowercase_in(doc, doc[nxt].text)):
                break
            i += 1
        elif text == "," and (i + 1) in orgs and orgs[i + 1].end < len(doc) and doc[orgs[i + 1].end].text == "," \
                and orgs[i + 1].end + 1 < len(doc) and _starts_name(doc[orgs[i + 1].end + 1].text):
            i = end = orgs[i + 1].end  # "Kepala Biro Komunikasi dan Layanan Informasi, Kemenkeu, Nufransa": its agency
        elif text == ",":
            if not _comma_continues(article, i):
                break
            i += 1
        elif i in titles and i > end and doc[i - 1].text == "/":
            i = end = titles[i].end
        elif i in titles:
            # "Asisten ... Sekretaris Daerah Provinsi DKI Jakarta, Suharini": the second office is the unit served,
            # the name after the comma holds the first; "Menteri Kabinet Kerja Presiden Joko Widodo": the next office.
            sub = _office_end(article, titles[i].end, orgs, regions, titles, kecamatan)
            if sub < len(doc) and doc[sub].text == ",":
                i = end = sub
            else:
                break
        elif re.fullmatch(r"[A-Z]|[IVX]+", text) and i > 0 and fold(doc[i - 1].text) == "komisi" or \
                re.fullmatch(r"[IVX]+|\d{1,2}", text) and i > 0 and fold(doc[i - 1].text) in {"wilayah", "seksi", "bidang"} or \
                re.fullmatch(r"[IV]+[AB]?", text) and i > 0 and fold(doc[i - 1].text) == "kelas":
            i = end = i + 1  # "Komisi C", "Komisi VI", "Suku Dinas Pendidikan Wilayah II", "Pengadilan Negeri Kelas IB"
        elif text in {"PT", "Perum"}:  # "Direktur Utama PT Karya Citra Nusantara, Name": the company is part of the post
            k = i + 1
            while k < len(doc) and (_word(doc[k].text) or _is_acronym(doc[k].text)) and doc[k].text != "Tbk":
                k += 1
            if k < len(doc) and doc[k].text == "(" and k + 2 < len(doc) and doc[k + 2].text == ")":
                k += 3  # "(Persero)"
            elif k < len(doc) and doc[k].text == "Tbk":
                k += 1
            elif not (k < len(doc) and doc[k].text == ",") and fold(doc[k - 1].text) != "indonesia":
                k = i + 2 if i + 2 <= len(doc) else i + 1  # no boundary: keep only the company's first word
                # ("PT Bumides Nisami Indonesia.": a company's name that ends in its country is whole)
            i = end = k
        elif text == "untuk" and _region_length(doc, i + 1) and any(
                r.type == "negara" for r in gazetteers.load().region_names.get(fold(doc[i + 1].text), [])):
            i = end = i + 1 + _region_length(doc, i + 1)  # "Duta Besar RI untuk Belanda": the posting is the office's
        elif (text.isdigit() or re.fullmatch(r"[IVX]+", text)) and i > 0 and MILITARY_UNIT.match(doc[i - 1].text):
            i = end = i + 1  # "Korem 061", "Dandim 0606", "Pangdam XII/Tpr": the unit's number
            if i + 1 < len(doc) and doc[i].text == "/" and _word(doc[i + 1].text):
                k = i + 2 if doc[i + 1].text in {"Kota", "Kabupaten"} else i + 1
                i = end = k + (_region_length(doc, k) or 1)
            elif i + 1 < len(doc) and _word(doc[i].text) and (not _word(doc[i + 1].text) or _is_honorific(doc[i + 1].text)
                                                              or _rank_length(doc, i + 1) or doc[i + 1].text[:1].islower()):
                i = end = i + 1  # "Pangdam II Sriwijaya dan ...", "Danrem 044 Gapo Kolonel ...": the unit's name
        elif text == "di" and posted and i + 2 < len(doc) and _word(doc[i + 1].text) and _word(doc[i + 2].text):
            i = end = i + 2  # "Konsul Jenderal (Konjen) Republik Indonesia di Jeddah Mohamad Hery Saripudin"
        elif i > 0 and fold(doc[i - 1].text) in SCHOOLS and _word(text) and i + 1 < len(doc) \
                and not _word(doc[i + 1].text):
            i = end = i + 1  # "kepala SD Negeri Margabakti menuntut": the school's place
        elif text.isdigit() and i > 0 and fold(doc[i - 1].text) in SCHOOLS:
            i = end = i + 1  # "Kepala Sekolah Dasar Negeri 07 Cilincing": the school's number
            if i < len(doc) and _word(doc[i].text) and gazetteers.kecamatan_code(doc[i].text) is not None:
                i = end = i + 1  # and its kecamatan
        elif text == "ke" and i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].text.isdigit():
            i = end = i + 3  # "Wakil Presiden RI ke-11 Boediono"
        elif (i == first or fold(doc[i - 1].text) in UNIT_NOUNS) and _word(text) and not _region_length(doc, i) \
                and _unit_name_end(doc, i, orgs, titles):
            # "Direktorat Prasarana dan Sarana Pertanian Kementan", "Direktur Jenderal Prasarana dan Sarana
            # Pertanian (PSP) Kementan, Sarwo Edhy": capitalised words that run to an agency name its unit
            i = end = _unit_name_end(doc, i, orgs, titles)  # "Direktorat Prasarana dan Sarana Pertanian Kementan"
        elif _initials(doc, i):
            break  # "Presiden RI BJ Habibie": initials open the name
        elif _region_length(doc, i):
            i = end = i + _region_length(doc, i)
        elif (kecamatan or i > 0 and re.fullmatch(r"Pol(?:sek|sekta)|Koramil|Kecamatan", doc[i - 1].text)) \
                and _word(text) and gazetteers.kecamatan_code(text) is not None:
            i = end = i + 1  # "Camat Cilincing"
        elif _is_acronym(text) and not _is_honorific(text) or _office_word(text) or fold(text) in PARTIES \
                or re.match(r"[A-Z]-[A-Za-z]", text) or _word(text) and _lowercase_in(doc, text):
            # "Kabid Penyelenggaraan E-Government"; "Prasarana" where the article writes "prasarana": the unit's field
            i = end = i + 1
        else:
            break
    return end


# Words a state school's number follows: "SDN 07", "Sekolah Dasar Negeri 07", "SMPN 1".
SCHOOLS = {"negeri", "sdn", "smpn", "sman", "smkn"}
# Posts in a foreign city: "Konsul Jenderal RI di Jeddah".
DIPLOMATIC = {"Konsul Jenderal", "Duta Besar"}


UNIT_NOUNS = {"direktorat", "ditjen", "pusat", "biro", "balai", "badan", "bidang", "bagian", "subdirektorat"}


def _unit_name_end(doc: Doc, i: int, orgs: dict[int, Span], titles: dict[int, Span]) -> int:
    """End of a unit's name that runs from `i` to its parent agency ("Direktorat Prasarana dan Sarana Pertanian
    Kementan"), else 0: without a known agency to close it, capitalised words may be the holder's name; nor
    across a second office ("Kepala Dinas Perumahan Kelik Indriyanto dan Kepala Dinas ...")."""
    g = gazetteers.load()
    k = i
    while k < min(i + 10, len(doc)):
        t = doc[k].text
        if k in titles:
            return 0
        if k > i and (k in orgs or AGENCY_WORD.match(t) or t in g.org_abbrevs or GOVERNMENT.fullmatch(t)):
            return k
        if k > i and _acronym_after(doc, k):
            k = _acronym_after(doc, k)  # the unit's own acronym: "(PSP)"
            continue
        if not (_word(t) or t in {"dan", "&"}):
            return 0
        k += 1
    return 0


# A council ("Dewan ...") whose name holds one of these is a state body: `Dewan Ekonomi Nasional`,
# `Dewan Pertimbangan Presiden`, `Dewan Perwakilan Daerah`, `Dewan Komisioner OJK`.
STATE_COUNCIL = {"perwakilan", "nasional", "presiden", "negara", "daerah"}


def _other_council(doc: Doc, span: Span) -> bool:
    """`Ketua Dewan Pembina Partai`, `Ketua Dewan Pers`: a council that is no state body."""
    nxt = doc[span.end].text if span.end < len(doc) else ""
    if not (fold(span.text).endswith("dewan") and _word(nxt) and not _region_length(doc, span.end)):
        return False
    words = [t.text for t in doc[span.end : span.end + 5]]
    words = words[: next((k for k, w in enumerate(words) if not (_word(w) or _is_acronym(w))), len(words))]
    return not any(fold(w) in STATE_COUNCIL or w in gazetteers.load().org_abbrevs for w in words) \
        or any(fold(w) in {"partai", "asosiasi", "pimpinan", "pengurus", *PARTIES} for w in words)


# Political parties in the DPR since 1999: a post in one is no public office
# ("Presiden PKS", "Ketua DPD Partai Golkar").
PARTIES = {"pks", "pdip", "pdi-p", "pdi", "golkar", "gerindra", "pkb", "pan", "demokrat", "nasdem", "ppp", "hanura",
           "perindo", "psi", "pbb", "gelora", "ummat", "berkarya", "garuda", "pkpi"}


# Student and youth organisations whose boards borrow state titles ("Menteri Sosial dan Politik BEM KM Unissula").
STUDENT_BODIES = {"bem", "dema", "osis", "hmi", "pmii", "gmni", "kammi", "imm", "gmki", "pmkri"}


def _party_post(doc: Doc, end: int, tail: int) -> bool:
    """The office names a party and no house or faction (`Ketua Fraksi Partai Golkar DPRD` stays an office)."""
    words = [fold(t.text) for t in doc[end : max(tail, end + 1)]]
    if words and words[0] in {"dpp", "dpw", "dpd", "dpc"} and any(w == "partai" or w in PARTIES for w in words[1:4]):
        words = words[1:]  # "Sekjen DPP PDI Perjuangan": the party's board
    return bool(words) and (words[0] == "partai" or words[0] in PARTIES) \
        and "fraksi" not in fold(doc[end - 1].text) and \
        not any(w in {"dpr", "dprd", "mpr", "fraksi"} for w in words)


RANKS = {"inspektur jenderal", "brigadir jenderal", "komisaris besar", "ajun komisaris besar", "ajun komisaris",
         "mayor jenderal", "letnan jenderal", "letnan kolonel", "laksamana muda", "marsekal muda", "marsekal pertama",
         "laksamana pertama", "komisaris jenderal", "jenderal polisi", "marsekal madya", "laksamana madya"}


def _rank_length(doc: Doc, i: int) -> int:
    """Tokens of a multiword rank before a name (`Inspektur Jenderal Polisi Didi Haryono`), else 0."""
    for n in (3, 2):
        if i + n <= len(doc) and fold(doc[i : i + n].text) in RANKS:
            return n
    return 0


# Acronyms of regional agencies open with their Dinas or Badan ("DPMDP3A", "DKPKP", "BPKAD").
REGIONAL_ACRONYM = re.compile(r"[DB][A-Z0-9]{3,}")


def _agency_ahead(doc: Doc, i: int, orgs: dict[int, Span], titles: dict[int, Span]) -> int | None:
    """Where the government agency of a bare `Direktur`/`Kepala` starts, after the capitalised words of
    the unit it heads (`Direktur Angkutan Jalan Kementerian Perhubungan`), else None; not past another office
    ("Presiden Direktur XL Axiata, Dian Siswarini dan Sekretaris Utama Bakamla")."""
    for k in range(i, min(i + 12, len(doc))):
        t = doc[k].text
        if k in titles:
            return None
        if k in orgs or GOVERNMENT.fullmatch(t) or t in gazetteers.load().org_abbrevs or REGIONAL_ACRONYM.fullmatch(t):
            return k
        if not (_word(t) or _is_acronym(t) or t in {",", "dan", "serta", "(", ")"}):
            return None
    return None


def _is_person(article: Article, start: int, end: int, name: str) -> bool:
    """The NER model tags the words as a person, the full name recurs, a one-word name ends the noun phrase
    ("Kepala DPMDP3A Alamsyah dan") or speaks ("kata Ma'mun"): a bare `Kepala`/`Direktur` is followed by unit
    words as often as by a name ("Kepala Balai Taman Nasional")."""
    doc = article.doc
    if any(e.label_ == "PER" and e.start < end and start < e.end for e in doc.ents) or _introduced_by_cue(doc, start):
        return True
    if start > 0 and (_is_honorific(doc[start - 1].text) or doc[start - 1].text in {"Purn", ")"} and start > 1
                      and _is_honorific(doc[start - 2].text)):
        return True  # "Kadiv Humas Polri Irjen Sandi Nugroho": a rank or honorific opens a person's name
    if len(name.split()) >= 2:
        return len(list(islice(word_starts(article.text, name), 2))) >= 2
    ends = end + 1 < len(doc) and doc[end].text[:1].islower() and not (doc[end].text in {"dan", "serta"}
                                                                       and doc[end + 1].text[:1].isupper())
    return ends or \
        any(name in (m.group("name"), m.group("subject")) for m in SPEAKER_CUE.finditer(article.text))


def _introduced_by_cue(doc: Doc, start: int) -> bool:
    """A name closing an office that follows a speech verb speaks: "ujar Direktur Industri Kimia Hulu
    Kementerian Perindustrian (Kemenperin) Fridy Juwono"."""
    k = start - 1
    while k >= 0 and start - k <= 15 and (doc[k].text[:1].isupper() or doc[k].text in {"(", ")", ",", "dan"}):
        k -= 1
    return 0 <= k < start - 1 and cue_of(doc[k].text) is not None


def _initials(doc: Doc, i: int) -> bool:
    """`BJ Habibie`: two or three capitals that are no agency or region, right before a name word."""
    text = doc[i].text
    return (bool(re.fullmatch(r"[A-Z]{2}", text)) and text not in gazetteers.load().org_abbrevs
            and fold(text) not in gazetteers.load().region_names and i + 1 < len(doc) and _starts_name(doc[i + 1].text))


def _initials_of(acronym: str, name: str) -> bool:
    """`IWK` for `Iwa Karniwa`: a person's initials in brackets, not an agency's acronym."""
    letters = iter(name.lower())
    return bool(name) and acronym[:1].lower() == name[:1].lower() and all(c in letters for c in acronym.lower())


def _acronym_after(doc: Doc, i: int) -> int:
    """End of a bracketed acronym in capitals at `i` ("(BPJT)"), else 0: nicknames are not in capitals."""
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")" and _is_acronym(doc[i + 1].text) \
            and doc[i + 1].text.isupper():
        return i + 3
    return 0


def _region_length(doc: Doc, i: int) -> int:
    """Tokens of the longest region name (`Jakarta Utara`, `Bogor`) starting at `i`, else 0."""
    names = gazetteers.load().region_names
    for n in (3, 2, 1):
        if i + n <= len(doc) and all(_word(t.text) for t in doc[i : i + n]) and fold(doc[i : i + n].text) in names:
            return n
    return 0


# Words that go on an office after a dropped link ("Kepala Kantor , Wilayah Maluku"); not any office word, since a
# name may follow the gap ("Bupati , Ham Pagawak").
GAP_UNIT_WORDS = {"wilayah", "kota", "kabupaten", "provinsi", "bidang", "bagian", "seksi", "cabang", "daerah", "pusat"}


def _comma_continues(article: Article, i: int) -> bool:
    """A comma inside the office: the unit's parent follows (`Kasubbag Evaluasi, Bagian Administrasi ...`),
    or a list of fields ending in "dan" (`Menko Bidang Politik, Hukum, dan Keamanan Wiranto`)."""
    doc = article.doc
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is None:
        return False
    if fold(nxt.text) in {"bagian", "bidang", "sekretariat", "dinas", "badan", "seksi"}:
        return True
    length = _region_length(doc, i + 1)
    if i > 0 and doc[i - 1].whitespace_ and (length or _is_acronym(nxt.text) or fold(nxt.text) in GAP_UNIT_WORDS):
        return True  # "Kepala Kantor , Wilayah Maluku, Finari Manan": a linked word dropped by the scraper left " ,"
    if length and i + 1 + length < len(doc) and doc[i + 1 + length].text == ",":
        return True  # "Kepala Sekolah Dasar Negeri 07 Cilincing, Jakarta Utara, Juhaedin": the place in apposition
    for k in range(i + 1, min(i + 9, len(doc))):
        if doc[k].text in {"dan", "serta"}:
            return k + 1 < len(doc) and _office_word(doc[k + 1].text)
        if not (doc[k].text == "," or _office_word(doc[k].text)):
            return False
    return False


# Abstract nouns with the confixes ke-an, pe-an, per-an ("Kemaritiman", "Perwilayahan", "Pengawasan") name
# an office's field; Indonesian personal names do not take these shapes.
FIELD_NOUN = re.compile(r"(?:Ke|Pe|Pem|Pen|Peng|Peny|Per)[a-z]{3,}an$")


def _office_word(text: str) -> bool:
    low = text.lower()
    return _word(text) and (low in _office_vocab() or low in gazetteers.load().common_words
                            or bool(AGENCY_WORD.match(text)) or bool(FIELD_NOUN.match(text)) or bool(GOVERNMENT.fullmatch(text))) \
        and not _is_honorific(text)


# Words after a rank before the name: "Brigjen TNI Marinir (Purn) Abraham", "Jenderal TNI Purn. Wiranto".
RANK_SUFFIX = {".", "TNI", "Polri", "AD", "AU", "AL", "Marinir", "Purn", "(", ")"}
PLACE_NOUNS = {"desa", "kelurahan", "kecamatan", "kampung", "dusun", "gampong", "nagari"}


def _name_at(doc: Doc, i: int, stop: set[int], titled: frozenset[int] = frozenset()) -> tuple[int, int, int] | None:
    """(name start, name end, first token) of a name beginning at `i` after optional comma and ranks;
    `titled`: tokens of offices ("Kepala Desa Muktisari, Suyoto": that "Desa" is the office's)."""
    first = i
    while i < len(doc) and (doc[i].is_space or doc[i].text == ",") and i - first < 3:
        i += 1  # "Gubernur  , Isran Noor": a lost link leaves spaces and a comma
    while i < len(doc) and (_is_honorific(doc[i].text) or _rank_length(doc, i)
                            or doc[i].text in RANK_SUFFIX and i > first and (_is_honorific(doc[i - 1].text)
                                                                            or doc[i - 1].text in RANK_SUFFIX)):
        i += _rank_length(doc, i) or 1  # "Kolonel Inf. Novi Helmi", "Mayjen TNI Muhammad Nur Rahmad"
    if i >= len(doc) or i in stop or i > 0 and fold(doc[i - 1].text) in PLACE_NOUNS and i - 1 not in titled:
        return None  # "Anggota BPD PAW Desa Boelimau berdasarkan": the word after "Desa" names the village
    if _initials(doc, i):
        j = i + 1
        while j < len(doc) and j - i < 5 and _starts_name(doc[j].text):
            j += 1
        return i, j, first
    after_comma = i > first and doc[i - 1].text == ","
    if _lowercase_in(doc, doc[i].text):
        return None  # "Direktur Jenderal Prasarana dan Sarana ..." in an article that writes "prasarana" too
    if not _starts_name(doc[i].text) and not (  # "..., Entah Ismanto": a common word opens a name after the office
            after_comma and _word(doc[i].text) and doc[i].text.lower() not in _office_vocab() and i + 1 < len(doc)
            and _starts_name(doc[i + 1].text)):
        return None
    j = i + 1
    while j < len(doc) and j - i < 5 and j not in stop:
        t = doc[j].text
        rank = _rank_length(doc, j) or int(_is_honorific(t) and len(t) > 2 and t[:1].isupper())  # not "Yasonna H Laoly"
        if rank and j + rank < len(doc) and _starts_name(doc[j + rank].text):
            i, j = j + rank, j + rank + 1  # "Kepala Polsek Tambun Komisaris Siswo": the rank opens the name
        elif t in QUOTE_MARKS and j + 3 < len(doc) and _word(doc[j + 1].text) and doc[j + 2].text in QUOTE_MARKS \
                and _starts_name(doc[j + 3].text):
            j += 4  # "Munafri 'Appi' Arifuddin": a nickname in quotes inside the name
        elif _name_joint(doc, j):
            j += 2  # "Tawfiq F. Al-Rabiah", "Abd. Rahman", "Alwan Moh.Saleh"
        elif _initial(t) or (_word(t) and not _is_acronym(t) and t.lower() not in gazetteers.load().common_words
                           and t.lower() not in _office_vocab() and t.lower() not in NOT_NAME):
            j += 1
        elif _word(t) and fold(t) not in OFFICE_WORDS and not GOVERNMENT.fullmatch(t) and not _is_honorific(t) \
                and not _rank_length(doc, j) and j + 1 < len(doc) and j + 1 - i < 5 and (
                    j + 1 not in stop and _starts_name(doc[j + 1].text)
                    or fold(t) not in CALENDAR and not _region_length(doc, j)
                    and (j - i >= 2 and re.fullmatch(r"[a-z]{3,}", doc[j + 1].text) and t.lower() not in _office_vocab()
                         or doc_text(doc).count(doc[i : j + 1].text) >= 2
                         or doc[j + 1].text == "," and j + 2 in titled and fold(t) not in gazetteers.load().title_forms)):
            # "Lukman Hakim Saifuddin", "Budi Karya Sumadi": a common word between two name words; "Andi Muhammad
            # Salam awalnya": a capitalised common word that ends a name of two words before a lowercase one;
            # "Gubernur Sultra Nur Alam, kata Iqbal" then "Nur Alam akhirnya divonis": the name recurs whole;
            # "Ketua DPRD Banten Fahmi Hakim, Kepala Dinas ...": a list item ends with the name
            j += 1
        else:
            break
    return i, j, first


def _lowercase_in(doc: Doc, word: str) -> bool:
    """The article writes the word in lowercase too: a common noun in an office, not a name (the word lists
    miss rarer nouns: "prasarana")."""
    low = word.lower()
    return low != word and len(low) > 3 and _whole_word_in(doc_text(doc), low)


def _whole_word_in(text: str, word: str) -> bool:
    """`word` occurs in `text` not inside a longer word (nor joined by an apostrophe or hyphen).

    A string search: a regex per candidate word cost more to compile than to run."""
    i = text.find(word)
    while i >= 0:
        j = i + len(word)
        if not (i and (text[i - 1].isalnum() or text[i - 1] in "_'’-")) and \
                not (j < len(text) and (text[j].isalnum() or text[j] in "_'’-")):
            return True
        i = text.find(word, i + 1)
    return False


QUOTE_MARKS = {"'", "‘", "’", '"', "“", "”"}
QUOTED_NICK = re.compile(r"\s*['‘’\"“”](?P<nick>[A-Z][\w-]*)['‘’\"“”]")


def _name_joint(doc: Doc, j: int) -> bool:
    """A hyphen glued between two name words ("Al-Rabiah") or the period of a short abbreviated name
    ("Abd. Rahman", "Moh.Saleh"): the name goes on after it."""
    if not (0 < j < len(doc) - 1 and _word(doc[j - 1].text) and _word(doc[j + 1].text)
            and not _is_acronym(doc[j + 1].text) and doc[j + 1].text.lower() not in gazetteers.load().common_words):
        return False
    if doc[j].text == "-":  # a particle: "Al-Rabiah" (not two names: "Prabowo-Gibran")
        return not doc[j - 1].whitespace_ and not doc[j].whitespace_ and len(doc[j - 1].text) <= 3
    return doc[j].text == "." and not doc[j - 1].whitespace_ and len(doc[j - 1].text) <= 3 \
        and doc[j - 1].text.lower() not in gazetteers.load().common_words


# Verbs of holding or taking an office before "sebagai"/"menjadi": "menjabat sebagai", "terpilih menjadi".
APPOINTED = {"menjabat", "bertugas", "dilantik", "terpilih", "diangkat", "ditunjuk", "ditetapkan"}


def _appointed(doc: Doc, start: int) -> bool:
    """The office at `start` follows "menjabat sebagai", "terpilih menjadi", "diangkat menjadi"."""
    return start >= 2 and fold(doc[start - 1].text) in {"sebagai", "menjadi"} and fold(doc[start - 2].text) in APPOINTED


# Words between a name and "menjabat sebagai": "yang juga", "sendiri saat itu", "kini masih".
TENURE_WORDS = {"yang", "juga", "sendiri", "saat", "kala", "waktu", "itu", "ini", "kini", "masih", "pernah", "sempat",
                "sedang", "tengah", "telah", "sudah", "dulu", "dahulu"}


@lru_cache(maxsize=1)
def _one_word_offices() -> list[str]:
    return sorted(k for k in gazetteers.load().title_forms if " " not in k and len(k) >= 6)  # not "Kadis" ~ Kadir


def _misspelt_office(word: str) -> bool:
    """A one-word office written with one letter wrong ("Bupatu"); names are rarely one edit from an office."""
    return process.extractOne(fold(word), _one_word_offices(), scorer=Levenshtein.distance, score_cutoff=1) is not None


def _name_before(doc: Doc, start: int, stop: set[int]) -> tuple[int, int] | None:
    """`Erwin, Wakil Wali Kota Bandung` / `Hery Antasari selaku Pj Wali Kota` /
    `Munirwan yang juga menjabat sebagai Kepala Desa`."""
    if start >= 3 and fold(doc[start - 2].text) == "yang" and fold(doc[start - 1].text) in {"juga", "merupakan"}:
        # "Rudiantara yang juga Menteri Komunikasi dan Informatika": the name right before "yang"; after other
        # capitalised words ("Ketua Majelis Wali Amanat Unpad Rudiantara") only the person the NER model tags
        person = next((e for e in doc.ents if e.label_ == "PER" and e.end == start - 2), None)
        if person is not None:
            return (person.start, person.end) if _starts_name(person[0].text) else None
        j = start - 2
        while j > 0 and start - 2 - j < 4 and j - 1 not in stop and _starts_name(doc[j - 1].text):
            j -= 1
        glued = j > 0 and doc[j - 1].text[:1].isupper() and not doc[j].is_sent_start
        return (j, start - 2) if j < start - 2 and not glued else None
    if start < 2 or doc[start - 1].text not in {",", "selaku", "sebagai", "("} and not _appointed(doc, start):
        return None  # "(": "Pramono Anung (Gubernur DKI Jakarta dan ...)"
    if _appointed(doc, start):
        k = start - 2  # "Muslim sendiri saat itu menjabat sebagai Ketua DPRD": skip the verb and its adverbs
        while k > 0 and start - k < 7 and fold(doc[k - 1].text) in TENURE_WORDS:
            k -= 1
        if k > 0 and _word(doc[k - 1].text):
            start = k + 1  # the first skipped word stands where a comma would
    j = start - 1
    while j > 0 and start - 1 - j < 5 and (j - 1) not in stop and (_word(doc[j - 1].text) or _initial(doc[j - 1].text)
                                                                   or _name_joint(doc, j - 1)) \
            and not _is_acronym(doc[j - 1].text):
        j -= 2 if _name_joint(doc, j - 1) else 1
    if j == start - 1 or not _starts_name(doc[j].text) or doc[start - 1].text == "(" and start - 1 - j < 2:
        return None  # "mantan Kabareskrim (Kepala Badan Reserse Kriminal)": an office spelt out, not a name
    if j == start - 2 and _misspelt_office(doc[j].text):
        return None  # "terutama Bupatu, Wali Kota, serta camat": a list of offices with a typo, not a name
    prev = doc[j - 1] if j > 0 else None
    if prev is not None and not prev.is_sent_start and not doc[j].is_sent_start and prev.text not in {",", "(", '"', "“"} \
            and (prev.text[:1].isupper() or prev.text == "/"):
        return None  # "Pangdam I/Bukit Barisan, Asops ...": the unit's name
    return j, start - 1


def _normalised_title(spans: list[Span], complement: str) -> tuple[str, gazetteers.Title | None]:
    """Compose `Penjabat` + `Wali Kota`; a bare `Menteri`/`Deputi` keeps the ministry or unit it names."""
    g = gazetteers.load()
    main = spans[-1]
    entry = g.title_forms.get(fold(main.text))
    title = main.id_ or (entry.normalized if entry else main.text)
    acting = next((ACTING[fold(s.text)] for s in spans[:-1] if fold(s.text) in ACTING), None)
    words = re.sub(r"\s*\([^)]*\)|\s*\b(?:dari )?[Ff]raksi\b.*", "", complement).strip()  # the faction is no office
    if title in {"Ketua Komisi", "Wakil Ketua Komisi"} and words:
        title = f"{title} {words}"  # the commission and its house: "Wakil Ketua Komisi VI DPR"
    elif title in {"Menteri", "Wakil Menteri", "Deputi", "Asisten Deputi"} and words:
        named: list[str] = []
        regions = gazetteers.load().region_names
        split = words.split()
        for k, w in enumerate(split):  # the ministry's words: not its agency, region or country ("Menteri China")
            if w in {"Kementerian", "Badan", "Provinsi", "Kota", "Kabupaten", "Republik", "Kerajaan"} or \
                    AGENCY_WORD.match(w) or w in gazetteers.load().org_abbrevs or \
                    fold(w) in regions or fold(" ".join(split[k : k + 2])) in regions or \
                    (_is_acronym(w) and not re.fullmatch(r"[IVX]+", w) and not (named and named[-1] in CONNECTORS)):
                break
            if "/" in w:  # "Menteri Lingkungan Hidup/Kepala Badan ...": a second post begins
                named += [w.split("/")[0]] if w.split("/")[0] else []
                break
            named.append(w)
        while named and named[-1].lower() in CONNECTORS:
            named.pop()
        title = " ".join([title, *named]).rstrip(",")
    council = [w for w in words.split() if _word(w) or _is_acronym(w)]
    if fold(main.text).endswith("dewan") and council and fold(council[0]) != "perwakilan" and \
            any(fold(w) in STATE_COUNCIL for w in council):  # "Wakil Ketua Dewan Ekonomi Nasional": a state council
        title = " ".join([main.text, *council])
        national = any(fold(w) in {"nasional", "presiden", "negara"} for w in council)
        entry = gazetteers.Title(title, title, "council", "national" if national else entry.level if entry else "all")
    if "(Persero)" in complement or re.match(r"Perum\b", complement):  # a state-owned enterprise: a national post
        entry = gazetteers.Title(title, title, "bumn_head", "national")
    if re.search(r"\bDPR\b", complement) and "DPRD" not in complement:  # the national house
        if title == "Anggota DPRD":
            title = "Anggota DPR"  # "Anggota Komisi XI DPR"
        entry = gazetteers.Title(title, title, "legislature", "national")
    agency = gazetteers.load().org_abbrevs.get(words.split()[0], []) if title == "Kepala" and words else []
    if agency and agency[0].category in {"dinas", "badan"}:
        title = f"Kepala {agency[0].category.title()}"  # "Kepala BPRD": the head of a Badan
    elif title == "Kepala" and words and REGIONAL_ACRONYM.fullmatch(words.split()[0]) and words[0] == "D":
        title = "Kepala Dinas"  # "Kepala DPMDP3A" ("Kepala BPTPH" may head a Badan or a Balai: the bare post)
    elif title == "Kepala" and words.split()[:1] and words.split()[0] in UNIT_KINDS:
        title = f"Kepala {words.split()[0]}"  # "Kepala Unit Reserse Kriminal Polsek Koja": the post is "Kepala Unit"
    if acting and not title.startswith(acting):
        title = f"{acting} {title}"
    return title, entry


# Unit types a bare "Kepala" heads: the post is "Kepala Unit", "Kepala Balai"; the unit's own name goes to
# `title_text` (team decision: `title` is the bare post, as the original gold writes "Kepala Bidang", "Direktur Jenderal").
UNIT_KINDS = {"Unit", "Balai", "Pusat", "Biro", "Bagian", "Bidang", "Seksi", "Subbagian", "Kantor", "Satuan", "Perwakilan",
              "Lembaga", "Subbidang", "Subdirektorat", "Sekretariat", "Inspektorat"}
# Words naming a government agency in an office's complement: a bare "Direktur" or "Kepala" before them is an office.
GOVERNMENT = re.compile(r"\b(?:Kementerian|Kemen[a-z]+|Kemenko[a-z]*|Direktorat|Ditjen|Badan|Dinas|Komisi|Otoritas|"
                        r"Kejaksaan|Kepolisian|Pol(?:da|res|resta|restabes|sek)|Polri|Mahkamah|Pengadilan|Balai|Biro|"
                        r"Sekretariat|Setda|Pemerintah|Pem(?:kab|kot|prov)|RSUD|Kantor)\b")
# Words naming a ministry or a national unit: an office under them is national ("Direktur Tertib Niaga Kemendag").
NATIONAL = re.compile(r"\b(?:Kementerian|Kemen(?!ag\b)[a-z]+|Kemenko[a-z]*|Direktorat Jenderal|Ditjen|Mabes|Bareskrim)\b")
def _region(article: Article, start: int, end: int, entry: gazetteers.Title | None) -> gazetteers.Region | None:
    """Region named inside the office, typed by the office: `Bupati Bogor` -> Kabupaten Bogor.

    A region of the office's level first, then the longest name, so `Polres Metro Jakarta Timur` is in
    Jakarta Timur, not Kota Metro.
    """
    doc = article.doc
    kind = LEVEL_KIND.get(entry.level) if entry else None
    found: list[tuple[int, int, gazetteers.Region]] = []
    for span in article.gazetteer("REGION"):
        if start <= span.start and span.end <= end:
            region = gazetteers.region_for(span.id_ or span.text)
            if region:
                found.append((len(span), -span.start, region))
    for k in range(start, end):
        area = _police_area(doc, k)
        if area is not None and k + 2 <= end:
            found.append((3, -k, area))  # before "Metro" (Kota Metro, Lampung)
        for n in (2, 1):
            if k + n <= end and all(_word(t.text) for t in doc[k : k + n]):
                city = k + n < end and doc[k + n].text == "Kota"  # "Kapolresta Bogor Kota": the city
                region = gazetteers.region_for(doc[k : k + n].text, "kota" if city else kind or
                                               _written_type(article.text, doc[k : k + n].text), prefer="kabupaten")
                if region and (kind is None or region.type == kind):
                    found.append((n + city, -k, region))
    if entry is not None and entry.level == "national":
        found = [f for f in found if f[2].type == "negara"]  # "Dirjen PSP" names a unit, not Padangsidimpuan
    # "Bupati Pasangkayu, Sulawesi Barat": a region of the office's own level wins over a longer one around it
    return max(found, key=lambda f: (kind is None or f[2].type == kind, f[0], f[1]))[2] if found else None


# Police areas named after no region: Polda Metro Jaya polices the capital (Kemendagri code of DKI Jakarta).
POLICE_AREAS = {"metro jaya": "31"}
_AREA_HEADS = {name.split()[0] for name in POLICE_AREAS}


def _police_area(doc: Doc, i: int) -> gazetteers.Region | None:
    """The region of a police area written at `i` ("Metro Jaya"), else None."""
    if i + 2 > len(doc) or doc[i].lower_ not in _AREA_HEADS:
        return None
    code = POLICE_AREAS.get(fold(doc[i : i + 2].text))
    return gazetteers.load().regions.get(code) if code else None


_CITY_WORD = re.compile(r"\b(?:Kota|Pemkot)$")
_REGENCY_WORD = re.compile(r"\b(?:Kabupaten|Kab\.?|Pemkab)$")


def _after_word(text: str, name: str, word: re.Pattern[str]) -> bool:
    """Whether `text` has `word`, whitespace, then `name` ending a word: what `\\b(?:Kota|Pemkot)\\s+Bogor\\b` finds."""
    ends_word = is_word_char(name[-1])
    i = text.find(name)
    while i >= 0:
        j = i + len(name)
        if (j < len(text) and is_word_char(text[j])) != ends_word:
            k = i
            while k > 0 and text[k - 1].isspace():
                k -= 1
            if k < i and word.search(text, max(0, k - 12), k):
                return True
        i = text.find(name, i + 1)
    return False


@lru_cache(maxsize=2048)  # asked for every region of every office: the same few names per article
def _written_type(text: str, name: str) -> str | None:
    """"kota" when the article writes "Kota Jayapura" and never the regency, "kabupaten" the other way round:
    a bare "Kepala Kantor Bea Cukai Jayapura" is in the region the article names."""
    city, regency = _after_word(text, name, _CITY_WORD), _after_word(text, name, _REGENCY_WORD)
    return "kota" if city and not regency else "kabupaten" if regency and not city else None


def _kecamatan(article: Article, start: int, end: int) -> tuple[str, str | None] | None:
    """`Camat Cilincing` -> (`Kecamatan Cilincing`, code)."""
    words = [t.text for t in article.doc[start:end] if _word(t.text)]
    for n in (2, 1):
        for k in range(len(words) - n + 1):
            name = " ".join(words[k : k + n])
            code = gazetteers.kecamatan_code(name)
            if code is not None:
                return f"Kecamatan {name}", code or None
    return None


COMPASS = {"barat", "timur", "utara", "selatan", "tengah"}  # "Padei Barat": part of a village's name


def _village(article: Article, start: int, end: int, entry: gazetteers.Title) -> tuple[str, None] | None:
    """`Kades Ulunipa` -> (`Desa Ulunipa`, None): a village head's jurisdiction is the village the office names.

    Villages are not in the region gazetteer; the capitalised words of the complement that are no
    region or office word name it. A Lurah heads a Kelurahan.
    """
    words = [t.text for t in article.doc[start:end] if _word(t.text)]
    if words and fold(words[0]) in {"desa", "kelurahan", "gampong", "nagari", "kampung"}:
        words = words[1:]
    if not words or any(not _starts_name(w) and fold(w) not in COMPASS
                        for w in words) or _region_length(article.doc, start):
        return None
    unit = "Kelurahan" if entry.normalized == "Lurah" else "Desa"
    return f"{unit} {' '.join(words)}", None


def _agencies(article: Article, start: int, end: int) -> list[gazetteers.Org]:
    """Gazetteer agencies named inside an office, by full name or acronym (`Kementan`, `KPK`)."""
    g = gazetteers.load()
    found = [g.org_names.get(fold(s.id_ or s.text)) for s in article.gazetteer("OPD") if start <= s.start < end]
    found += [o for t in article.doc[start:end] for o in g.org_abbrevs.get(t.text, ())]
    return [o for o in found if o is not None]


def _organization(article: Article, start: int, end: int) -> str | None:
    for span in article.gazetteer("OPD"):
        if start <= span.start < end or span.start < start < span.end:
            return span.id_ or span.text
    return None


def find_mentions(article: Article, lost: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """Every title+name mention in the article, in text order; offices whose name was lost go to `lost`."""
    doc = article.doc
    orgs, regions = _spans_by_start(article, "OPD"), _spans_by_start(article, "REGION")
    titles = _spans_by_start(article, "TITLE")
    groups = _title_groups(article)
    stop = {i for s in (*titles.values(), *orgs.values(), *regions.values()) for i in range(s.start, s.end)}
    titled = frozenset(i for s in titles.values() for i in range(s.start, s.end))
    mentions = []
    for idx, (start, end, spans) in enumerate(groups):
        if end < len(doc) and (fold(doc[end].text) in NOT_AFTER_TITLE or _other_council(doc, spans[-1])) or \
                (start > 0 and fold(doc[start - 1].text) in NOT_OFFICE_BEFORE) or _sought(doc, start) or \
                (len(spans) == 1 and _is_honorific(spans[0].text)) or \
                (len(spans) > 1 and fold(spans[0].text) == "presiden" and fold(spans[1].text) in NOT_AFTER_TITLE):
            continue  # "Presiden Direktur PT ..."; a rank ("Irjen") before a name is no office
        entry = gazetteers.load().title_forms.get(fold(spans[-1].text))
        agency = _agency_ahead(doc, end, orgs, titles) if entry and entry.kind == "agency_unit" else None
        tail = _office_end(article, agency or end, orgs, regions, titles,
                           kecamatan=bool(entry and (entry.kind == "sub_district" or entry.level == "kecamatan")),
                           posted=bool(entry and entry.normalized in DIPLOMATIC))
        nxt = groups[idx + 1][0] if idx + 1 < len(groups) else len(doc)
        if tail < len(doc) and fold(doc[tail].text) == "dan" and tail + 1 == nxt:
            continue  # "Wali Kota dan Wakil Wali Kota Bekasi, A dan B": names are read at the last title
        lost_link = end < len(doc) and doc[end].text == "," and bool(doc[end - 1].whitespace_)
        if _party_post(doc, end, tail) or any(fold(t.text) in STUDENT_BODIES for t in doc[end:tail]) or \
                (entry and entry.kind == "spokesperson" and not _agencies(article, end, tail)
                                           and not lost_link):
            continue  # "Juru Bicara Facebook Indonesia": a company's spokesperson ("Juru Bicara , Febri": a lost link)
        if entry and entry.level == "national" and _unknown_body(article, end, tail):
            continue  # "Sekretaris Jenderal UCLG ASPAC": the post of a body no gazetteer knows as a state one
        if entry and entry.kind == "agency_unit" and agency is None and not _agencies(article, end, tail):
            continue  # a bare "Direktur"/"Kepala" heads a government unit only when its agency is named
        tail += _status_words(doc, tail)
        # "Bupati Kuantan Singingi saat itu, Sukarmis", "Sekretaris Daerah Jawa Barat non-aktif, Iwa Karniwa"
        names = []
        found = _name_at(doc, tail, stop, titled)
        village = bool(entry and (entry.kind == "village" or fold(entry.normalized).endswith("kepala desa")))
        after = found[1] + _status_words(doc, found[1]) if found else 0  # "Jawa Bara non-aktif, Iwa Karniwa"
        if found and found[1] - found[0] <= 3 and found[2] == found[0] and after < len(doc) and doc[after].text == ",":
            # "Kepala Desa Lampah, Suwandi mengatakan", "Kepala Perwakilan Ombudsman RI Jakarta Raya, Teguh Nugroho,":
            # the words before the comma end the office (its place or unit); the name follows the comma.
            person = _name_at(doc, after, stop, titled)
            if person:  # "Kades Ulunipa, Hasrun Laris menggantikan": a name may hold a common word ("Laris")
                k = person[1]
                while k < len(doc) and k - person[0] < 4 and k not in stop and _word(doc[k].text) \
                        and fold(doc[k].text) not in _office_vocab():
                    k += 1
                if k < len(doc) and DEGREE_TOKEN.fullmatch(doc[k].text):
                    k += 1  # "Saharudin S.E menggantikan"
                person = (person[0], k, person[2]) if k < len(doc) and (doc[k].text[:1].islower() or doc[k].text in
                                                                        {",", ";", "."}) else None
            if person:
                tail, found = after, person
            elif village and not person:
                tail, found = after, None  # "Kepala Desa Meunasah Rayeuk, Kecamatan Nisam": the village only
        elif found and village and tail == end and found[2] == found[0] and found[1] - found[0] >= 2:
            # "Kades Tangopa Alwan Moh.Saleh menggantikan": a village head's office names the village first
            k = found[0] + 1
            while k < found[1] - 1 and fold(doc[k].text) in COMPASS:
                k += 1
            tail, found = k, (k, found[1], k)
        # "Kepala Badan Pengatur Jalan Tol (BPJT) Danang": an agency; "Iwa Karniwa (IWK)": a person's initials
        while found and _acronym_after(doc, found[1]) and not _initials_of(doc[found[1] + 1].text,
                                                                           doc[found[0]:found[1]].text):
            tail = _acronym_after(doc, found[1])
            found = _name_at(doc, tail, stop, titled)
        unit_words = bool(found and entry and entry.kind == "agency_unit"
                          and not _is_person(article, *found[:2], doc[found[0]:found[1]].text))
        if unit_words:
            found = None  # and no name before the office either: the office is not complete
        if found:
            names.append(found[:2])
            k = found[1]
            if k < len(doc) and fold(doc[k].text) == "dan":
                second = _name_at(doc, k + 1, stop, titled)
                if second:
                    names.append(second[:2])
        if not names and not unit_words:
            before = _name_before(doc, start, stop)
            names = [before] if before else []
        role = _lost_name(article, start, tail) if not names and lost is not None else None
        if role:
            title, entry = _normalised_title(spans, doc[end:tail].text)
            region = _region(article, start, tail, entry)
            if region is None and entry and entry.level == "national":
                region = gazetteers.INDONESIA
            if start > 0 and fold(doc[start - 1].text) in FORMER:
                title = f"Mantan {title}"
            lost.append({"title": title, "region": region, "level": entry.level if entry else None, "role": role,
                         "title_text": doc[start:tail].text, "organization": _organization(article, start, tail),
                         "char_start": doc[start].idx, "char_end": doc[tail - 1].idx + len(doc[tail - 1])})
        former = start > 0 and fold(doc[start - 1].text) in FORMER
        coordinated = _coordinated(article, groups, idx)
        for k, (a, b) in enumerate(names):
            first, last = coordinated[k] if k < len(coordinated) - 1 else (start, end)
            title, entry = _normalised_title(_group_spans(groups, first, last), doc[end:tail].text)
            if first > 0 and doc[first - 1].text == "Wakil" and \
                    not title.startswith(("Wakil", "Penjabat", "Pelaksana")):
                title = f"Wakil {title}"  # "Wakil Ketua MPR": the gazetteer knows the head's office only
            ministry = next((k for k in range(end, tail) if NATIONAL.fullmatch(doc[k].text)), None) \
                if entry and entry.kind == "agency_unit" else None  # "Direktur ... Mineral dan Batu Bara Kementerian ESDM"
            region = _region(article, ministry, tail, entry) if ministry is not None else \
                _region(article, start, tail, entry) or _region(article, first, last, entry)
            kecamatan = _kecamatan(article, end, tail) if entry and (entry.kind == "sub_district"
                                                                      or entry.level == "kecamatan") else None
            if village:
                kecamatan = _village(article, end, tail, entry)
            if region is not None and region.type == "negara" and not (entry and entry.level == "national"):
                region = None  # "Kepala Dinas ... Indonesia" is no foreign office
            implied = region is None
            if region is None and (entry and entry.level == "national" or NATIONAL.search(doc[end:tail].text) or any(
                    o.category == "national" for o in _agencies(article, end, tail))
                                   or title == "Kepala Badan" and _national_badan(article, end, tail)):
                region = gazetteers.INDONESIA  # "Kepala Pusat ... Kementan", "Juru Bicara KPK": a national agency
            name = clean_name(doc[a:b].text)
            quoted = QUOTED_NICK.search(name)  # "Munafri 'Appi' Arifuddin": name Munafri Arifuddin, alias Appi
            name = QUOTED_NICK.sub("", name)
            if len(name) < 3:
                continue
            alias = NICKNAME.match(article.text, doc[b - 1].idx + len(doc[b - 1]))
            plain = None if alias else OR_NAME.match(article.text, doc[b - 1].idx + len(doc[b - 1]))
            span_start = min(doc[first].idx, doc[a].idx)
            span_end = max(doc[tail - 1].idx + len(doc[tail - 1]), doc[b - 1].idx + len(doc[b - 1]))
            mentions.append({"name": name, "title": f"Mantan {title}" if former else title,
                             "title_text": doc[first:tail].text if k == len(names) - 1 else doc[first:last].text,
                             "organization": _organization(article, start, tail), "region": region,
                             "kecamatan": kecamatan, "former": former, "implied": implied,
                             # a spokesperson whose agency was lost is in no region the article could tell
                             "level": None if not entry or (lost_link and tail == end
                                                            and entry.kind == "spokesperson") else entry.level,
                             "alias": (alias.group("paren") or alias.group("said")) if alias else
                             quoted.group("nick") if quoted else
                             (plain.group("nick") if plain and _starts_name(plain.group("nick").split()[0]) else None),
                             "char_start": span_start, "char_end": span_end})
    return mentions


# "mencalonkan diri sebagai Wali Kota Medan", "maju sebagai Bupati": an office run for, not held.
CANDIDACY = {"diri", "maju", "dicalonkan", "diusung", "mencalonkan", "mendaftar", "bertarung"}


def _sought(doc: Doc, start: int) -> bool:
    """The office follows "sebagai" after a word of candidacy: whoever the sentence names does not hold it."""
    return start >= 2 and fold(doc[start - 1].text) == "sebagai" and fold(doc[start - 2].text) in CANDIDACY


def _status_words(doc: Doc, i: int) -> int:
    """Tokens at `i` that qualify an office's tenure ("saat itu", "non-aktif", "terpilih"), else 0."""
    k = i
    while True:
        if k + 2 < len(doc) and fold(doc[k].text) in {"saat", "kala", "waktu"} and fold(doc[k + 1].text) == "itu":
            k += 2
        elif k + 1 < len(doc) and fold(doc[k].text) in {"nonaktif", "terpilih", "definitif"}:
            k += 1
        elif k + 3 < len(doc) and fold(doc[k : k + 3].text) == "non-aktif":
            k += 3
        else:
            return k - i


def _unknown_body(article: Article, start: int, end: int) -> bool:
    """The office names its body only by two acronyms or more that are no agency, region or party ("UCLG
    ASPAC"); a bracketed acronym only repeats the office ("Menteri Hak Asasi Manusia (HAM)")."""
    words = re.sub(r"\([^)]*\)", "", article.doc[start:end].text).split()
    g = gazetteers.load()
    return len(words) >= 2 and all(_is_acronym(w) and w.isupper() and w not in g.org_abbrevs and fold(w) not in g.region_names
                               and fold(w) not in {"ri", "dpr", "mpr", "dpd"} and not re.fullmatch(r"[IVX]+", w)
                               for w in words)


def _national_badan(article: Article, start: int, end: int) -> bool:
    """A Badan named with no region is a national one ("Kepala Badan Pengatur Jalan Tol (BPJT)") unless its name
    says "Daerah" or the gazetteer knows it as a regional Badan ("Kepala Badan Penanggulangan Bencana Daerah")."""
    words = {fold(t.text) for t in article.doc[start:end]}
    return bool(words) and "daerah" not in words and not any(o.category == "badan" for o in _agencies(article, start, end))


def _described_speakers(article: Article, people: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`kata Dede Yusuf ... Wakil Ketua Komisi II DPR itu menilai`: an office closed by a demonstrative opens
    its sentence and refers back to the person who last spoke; when that person holds no office in the article
    yet, this is their office."""
    doc, text = article.doc, article.text
    named = [set(fold(p["name"]).split()) for p in people]
    out: list[dict[str, Any]] = []
    for start, end, spans in _title_groups(article):
        tail = _office_end(article, end, *(_spans_by_start(article, k) for k in ("OPD", "REGION", "TITLE")))
        if not (tail + 1 < len(doc) and fold(doc[tail].text) in {"itu", "tersebut"} and doc[tail + 1].text[:1].islower()):
            continue
        sent = doc[start].sent
        if start > 0 and fold(doc[start - 1].text) in FORMER:
            continue  # "Mantan Gubernur DKI Jakarta itu": a known figure, named with a current office elsewhere
        if any(t.text[:1].islower() for t in doc[sent.start : start]) or \
                len(re.findall(r"[\"“”]", text[text.rfind("\n", 0, doc[start].idx) + 1 : doc[start].idx])) % 2:
            continue  # not the sentence's subject, or inside a quote
        cues = [c for c in SPEAKER_CUE.finditer(text, max(0, doc[start].idx - 600), doc[start].idx)]
        if not cues:
            continue
        cue = cues[-1]
        name = cue.group("name") or cue.group("subject")
        if not _starts_name(name) and cue.group("name"):
            name = _run_end_name(text, cue.start("name")) or name  # "ujar Ketua Tim ... Pemkab Bone Andi Saharuddin"
        name = fullest_form(text, name)
        if not _starts_name(name.split()[0]) or any(set(fold(name).split()) <= words for words in named):
            # a known person ("Andi Saharuddin" is not "Andi Tenri Walinonong")
            continue
        title, entry = _normalised_title(spans, doc[end:tail].text)
        region = _region(article, start, tail, entry)
        if region is None and (entry and entry.level == "national" or re.search(r"\bDPR\b", doc[end:tail].text)):
            region = gazetteers.INDONESIA
        out.append({"name": name, "title": title, "title_text": doc[start:tail].text,
                    "organization": _organization(article, start, tail), "region": region, "kecamatan": None,
                    "former": False, "implied": region is None, "level": entry.level if entry else None, "alias": None,
                    "char_start": doc[start].idx, "char_end": doc[tail - 1].idx + len(doc[tail - 1])})
        named.append(set(fold(name).split()))
    return out


_CAPITAL_RUN = re.compile(r"[A-Z(][\w()'’-]*(?:\s+[A-Z(][\w()'’-]*)*")


def _run_end_name(text: str, pos: int) -> str | None:
    """The person closing the capitalised run at `pos` (an office, then a name): its last words that may be a
    name and are no region."""
    run = _CAPITAL_RUN.match(text, pos)
    words = run.group().split() if run else []
    k = len(words)
    while k > 0 and _starts_name(words[k - 1]) and gazetteers.region_for(words[k - 1]) is None:
        k -= 1
    return " ".join(words[k:]) or None


def _lost_name(article: Article, start: int, tail: int) -> str | None:
    """`- Gubernur DKI Jakarta , berjanji`: the scraper dropped the linked name of an office.

    "subject" when the office opens its sentence (after dateline debris) or acts, outside quotes;
    "object" otherwise ("memanggil mantan Gubernur Jawa Barat , untuk"): an object may be anyone,
    so only a speaker the headline names holds it.
    """
    doc = article.doc
    while tail < len(doc) and _is_honorific(doc[tail].text):
        tail += 1  # "Gubernur Sumsel H , usai": the honorific stayed, the linked name went
    nxt = tail + 1
    while nxt < len(doc) and doc[nxt].text == ",":
        nxt += 1  # "Gubernur DKI Jakarta,,, memberikan": one comma per lost link
    if not (nxt < len(doc) and doc[tail].text == "," and (doc[tail - 1].whitespace_ == " " or
                                                          not doc[tail].whitespace_ or nxt > tail + 1)
            and doc[nxt].text[:1].islower()):
        return None  # " , verb" or ",verb": no writer puts a comma there, a link's text was dropped
    sent = doc[start].sent
    before = article.text[sent.start_char : doc[start].idx]
    line = article.text[article.text.rfind("\n", 0, doc[start].idx) + 1 : doc[start].idx]
    subject = not re.search(r"[a-z]", re.sub(r"TEMPO\.CO|Jakarta", "", before))
    said_by = bool(SAID_BY.search(before))  # "disampaikan langsung oleh Gubernur Sumsel H ,": the speaker
    acts = said_by or bool(ACTIVE_VERB.match(doc[nxt].text)) and not OBJECT_BEFORE.search(before)
    if len(re.findall(r"[\"“”]", line)) % 2:
        return None
    return "subject" if subject or acts else "object"


# An active verb after the lost name makes the office its subject ("akhirnya Presiden,mengambil sikap");
# after a verb or a preposition the office is an object ("menetapkan Menteri , sebagai tersangka").
ACTIVE_VERB = re.compile(r"(?:me|mem|men|meng|meny|ber)[a-z]{3,}$")
SAID_BY = re.compile(r"\bdi(?:sampaikan|katakan|ungkapkan|jelaskan|tegaskan|umumkan)\s+(?:langsung\s+)?oleh\s*$")
OBJECT_BEFORE = re.compile(r"(?:\b(?:me|di|ber)[a-z]{3,}|\b(?:dengan|kepada|oleh|dari|untuk|bersama|dan))\s*$")


def _headline_office(article: Article) -> dict[str, Any] | None:
    """`Gubernur Jateng: Kalau Kita Kuat ...`: a headline quoting an office by its title."""
    m = re.match(r"\s*(?P<office>[A-Z][\w .]{2,60}?)\s*:", article.title or "")
    if not m:
        return None
    words = m.group("office").split()
    g = gazetteers.load()
    for k in range(len(words), 0, -1):
        entry = g.title_forms.get(fold(" ".join(words[:k])))
        rest = " ".join(words[k:])
        region = gazetteers.region_for(rest, LEVEL_KIND.get(entry.level), prefer="kabupaten") if entry and rest else None
        if entry and (region or not rest):
            if region is None and entry.level == "national":
                region = gazetteers.INDONESIA
            return {"title": entry.normalized, "region": region, "level": entry.level, "title_text": m.group("office"),
                    "organization": None}
    return None


SPEAKER_CUE = re.compile(r"\b(?i:kata|ujar|ucap|tutur|ungkap|jelas|tegas|tambah|imbuh|papar|pungkas|menurut)(?:nya)?\s+"
                         r"(?P<name>[A-Z][\w'-]+)\b|\b(?P<subject>[A-Z][\w'-]+)\s+(?:juga\s+)?(?:mengatakan|menjelaskan|"
                         r"menuturkan|mengungkapkan|menegaskan|menambahkan|memaparkan|menyebut)\b")


def _same_sentence(article: Article, a: int, b: int) -> bool:
    sent = article.sentence_at(a)
    return sent is not None and sent.start_char <= b < sent.end_char


def _untitled_speaker(article: Article, people: list[dict[str, Any]],
                      aliases: dict[str, str], once: bool = False) -> tuple[str, int, int] | None:
    """The one person the article quotes or follows without an office: (name, start, end) of the first mention.

    A name cued twice ("kata Moeldoko", "Menurut Moeldoko", "Moeldoko mengatakan"), or once when the
    headline names it too; when several are, the one the headline names. `once`: the office is the subject of
    its sentence, so the only untitled name cued at all holds it ("disampaikan langsung oleh Gubernur Sumsel H ,
    ... kata Herman Deru").
    """
    known = {w for p in people for n in (p["name"], p.get("alias") or "") for w in fold(n).split()}
    known |= {w for a in aliases for w in a.split()}
    titles = gazetteers.load().title_forms
    found: dict[str, int] = {}
    for m in SPEAKER_CUE.finditer(article.text):
        name = m.group("name") or m.group("subject")
        if _starts_name(name) and fold(name) not in known and fold(name) not in titles:
            found[name] = found.get(name, 0) + 1
    headline = set(re.findall(r"[\w'-]+", article.title or ""))
    names = [n for n, k in found.items() if k >= 2 or k and n in headline] or (list(found) if once else [])
    if len(names) > 1:
        names = [n for n in names if n in headline]
    if len(names) != 1:
        return None
    first = pattern(r"\b" + re.escape(names[0]) + r"\b").search(article.text)
    return names[0], first.start(), first.end()


def fullest_form(text: str, name: str) -> str:
    """`Susi` -> `Susi Pudjiastuti` when the body spells the name out once (spec: fullest form in the body)."""
    runs = [m.group() for m in pattern(r"\b" + re.escape(name) + r"(?:\s+(?:[A-Z][\w'’-]+|[A-Z]\.?))+").finditer(text)]
    runs = [clean_name(r) for r in runs if all((_starts_name(w) or _initial(w)) and fold(w) not in
                                               gazetteers.load().region_names for w in r.split()[1:])]
    return max(runs, key=len) if runs else name


def _complete_from_headline(article: Article, name: str) -> str:
    """`Anies` + headline `Anies Baswedan Janji ...` -> `Anies Baswedan` (spec: names cut by lost links)."""
    m = pattern(r"\b" + re.escape(name) + r"((?:\s+[A-Z][\w'-]+)+)").search(article.title or "")
    if not m:
        return name
    extra = []
    for w in m.group(1).split()[:2]:
        if not _starts_name(w) or gazetteers.region_for(w) is not None or w.endswith("kan") or _headline_verb(w):
            break  # "Tito Kukuhkan ...", "Ganjar Soroti ...": a headline verb, not a surname
        extra.append(w)
    return " ".join([name, *extra])


def _headline_meets(title: str, name: str, office: str) -> bool:
    """The headline names the person and, after a verb, the office: someone else holds it."""
    m = pattern(r"\b" + re.escape(name) + r"\b\s+(?P<between>[\w' -]*?)\b" + re.escape(office) + r"\b", re.I).search(title)
    return bool(m and m.group("between").strip())


def _complete_cut(article: Article, name: str, others: list[str]) -> str:
    """`Menteri ESDM Ignasius , menyampaikan` + headline `Jonan Orasi Ilmiah ...` -> `Ignasius Jonan`;
    `Menteri Keuangan , Indrawati` + headline `Sri Mulyani : ...` -> `Sri Mulyani Indrawati` (spec: a name cut by
    a lost link may be completed from the headline). A one-word name beside a comma written after a space lost
    its linked part; the headline's first name run that the body also uses (or that opens the headline), and no
    other official holds, fills it."""
    if " " in name:
        return name
    after = pattern(r"\b" + re.escape(name) + r"\s+,").search(article.text)
    if not (after or pattern(r"\s,\s*" + re.escape(name) + r"\b").search(article.text)):
        return name
    taken = {fold(w) for o in others for w in o.split()} | {fold(name)}
    for run in _NAME_RUN_HEADLINE.finditer(article.title or ""):
        words: list[str] = []
        for w in run.group().split():
            if _starts_name(w) and fold(w) not in taken and gazetteers.region_for(w) is None and not _headline_verb(w) \
                    and (_whole_word_in(article.text, w) or run.start() == 0) and len(words) < 2:
                words.append(w)
            elif words:
                break
        if words:
            return f"{name} {' '.join(words)}" if after else f"{' '.join(words)} {name}"
    return name


_NAME_RUN_HEADLINE = re.compile(r"[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)*")


def _headline_verb(word: str) -> bool:
    """A headline's bare verb: its meN- form is a word the press writes in lowercase ("Soroti" ->
    "menyoroti", "Tinjau" -> "meninjau", "Minta" -> "meminta", "Kunjungi" -> "mengunjungi")."""
    low = word.lower()
    if low in gazetteers.load().common_words:
        return True
    forms = {"me" + low, "mem" + low, "men" + low, "meng" + low, "menge" + low}
    forms |= {{"s": "meny", "t": "men", "p": "mem", "k": "meng"}.get(low[:1], "me") + low[1:]}
    return bool(forms & gazetteers.load().common_words)


def _group_spans(groups: list[tuple[int, int, list[Span]]], start: int, end: int) -> list[Span]:
    return next((spans for s, e, spans in groups if s == start and e == end), [])


def _coordinated(article: Article, groups: list, idx: int) -> list[tuple[int, int]]:
    """For `Wali Kota dan Wakil Wali Kota Bekasi`: both offices, in order, sharing the region."""
    doc = article.doc
    found = [(groups[idx][0], groups[idx][1])]
    j = idx
    while j > 0 and groups[j][0] - groups[j - 1][1] == 1 and fold(doc[groups[j - 1][1]].text) == "dan":
        found.insert(0, (groups[j - 1][0], groups[j - 1][1]))
        j -= 1
    return found


def official_id(name: str, jurisdiction: str | None) -> str:
    """Stable across the corpus for the same person in the same jurisdiction."""
    return "o-" + hashlib.sha1(f"{fold(name)}|{jurisdiction or ''}".encode()).hexdigest()[:12]


def _article_region(article: Article) -> gazetteers.Region | None:
    """The sub-national region the article is mostly about (most named, first on ties)."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for span in article.gazetteer("REGION"):
        region = _police_area(article.doc, span.start) or gazetteers.region_for(span.id_ or span.text)
        if region and region.type != "negara":
            counts[region.code] += 1
            first.setdefault(region.code, span.start)
    if not counts:
        return None
    code = max(counts, key=lambda c: (counts[c], -first[c]))
    return gazetteers.load().regions.get(code)


def _jurisdiction_name(region: gazetteers.Region) -> str:
    """The region as annotators write a jurisdiction: Jakarta's `Kota Administrasi Jakarta Timur` is `Kota Jakarta Timur`."""
    return region.canonical.replace(" Administrasi ", " ")


def _shared_region(article: Article, m: dict[str, Any], people: list[dict[str, Any]]) -> gazetteers.Region | None:
    """`Wali Kota Bekasi, A dan Wakil Wali Kota B`: B's office shares the region named before it."""
    sent = article.sentence_at(m["char_start"])
    before = [p for p in people if p["region"] is not None and sent is not None
              and sent.start_char <= p["char_start"] < m["char_start"]]
    return before[-1]["region"] if before else None


def _spelling(name: str) -> str:
    """A folded name in one spelling: old and new orthography and doubled letters ("Donny"/"Doni",
    "Soeharto"/"Suharto", "Djoko"/"Joko") write the same person."""
    key = fold(name)
    for old, new in (("oe", "u"), ("dj", "j"), ("tj", "c"), ("sj", "sy"), ("y", "i")):
        key = key.replace(old, new)
    return re.sub(r"(\w)\1+", r"\1", key)


def _village_of(m: dict[str, Any]) -> str | None:
    place = (m.get("kecamatan") or (None,))[0]
    return place if place and place.startswith(("Desa ", "Kelurahan ")) else None


def _merge(mentions: list[dict[str, Any]], text: str) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """One entry per person: the fullest name, the first current office; nicknames as aliases."""
    people: dict[str, dict[str, Any]] = {}
    aliases: dict[str, str] = {}
    for m in mentions:
        if m["alias"]:
            aliases[fold(m["alias"])] = m["name"]
    for m in SAPAAN.finditer(text):  # "Emil -- sapaan akrab Ridwan Kamil"
        full = next((x["name"] for x in mentions if fold(x["name"]) == fold(m.group("full"))), None)
        if full:
            aliases[fold(m.group("nick"))] = full
    for short in {x["name"] for x in mentions if " " not in x["name"]}:  # "Jokowi" and "Joko Widodo", both Presiden
        full = next((x["name"] for x in mentions if _abbreviates(short, x["name"])
                     and any(y["name"] == short and y["title"] == x["title"] for y in mentions)), None)
        if full and fold(short) not in aliases:
            aliases[fold(short)] = full
    for m in mentions:
        key = fold(aliases.get(fold(m["name"]), m["name"]))
        m = {**m, "name": aliases.get(fold(m["name"]), m["name"])}
        key = next((k for k in people if _spelling(k) == _spelling(key)), key)  # "Doni Monardo" = "Donny Monardo"
        if key in people and _village_of(m) and _village_of(people[key]) not in (None, _village_of(m)):
            people[f"{key} ({fold(_village_of(m))})"] = m  # namesakes in two villages are two people
            continue
        longer = next((k for k in people if key != k and set(key.split()) <= set(k.split())), None)
        shorter = [k for k in people if k != key and set(k.split()) <= set(key.split())]
        if longer:
            _prefer(people, longer, m, keep_name=True)
            continue
        for k in shorter:
            old = people.pop(k)
            people[key] = old
            _prefer(people, key, m, keep_name=False)
        if key not in people:
            people[key] = m
        else:
            _prefer(people, key, m, keep_name=True)
    return list(people.values()), aliases


def _abbreviates(nick: str, full: str) -> bool:
    """`Jokowi` for `Joko Widodo`, `Zulhas` for `Zulkifli Hasan`, `SBY` for `Susilo Bambang Yudhoyono`: the nickname
    joins, in order, a beginning of two of the name's words or more (two letters each, or one letter each)."""
    words, nick = [w.lower() for w in full.split()], nick.lower()
    if len(words) < 2 or len(nick) < 3:
        return False

    def fits(i: int, k: int, pieces: int, size: int) -> bool:
        if i == len(nick):
            return pieces >= 2
        return any(fits(i + n, j + 1, pieces + 1, size) for j in range(k, len(words))
                   for n in ((1,) if size == 1 else range(2, len(words[j]) + 1))
                   if nick.startswith(words[j][:n], i))

    return fits(0, 0, 0, 1) and len(nick) == len(words) or fits(0, 0, 0, 2)


def _prefer(people: dict[str, dict[str, Any]], key: str, m: dict[str, Any], keep_name: bool) -> None:
    """Keep the earliest current office with a region; take a longer name when one appears."""
    old = people[key]
    better = (old["former"] and not m["former"]) or (old["region"] is None and m["region"] is not None
                                                     and old["title"] == m["title"]) \
        or (old.get("implied") and not m.get("implied") and old["title"] == m["title"] and not m["former"])
    # "Presiden Donald Trump" then "Presiden AS Donald Trump": the office that names its country wins
    new = {**m} if better else {**old}
    new["name"] = old["name"] if keep_name else m["name"]
    kept = m if better else old
    new["char_start"], new["char_end"] = kept["char_start"], kept["char_end"]
    new["mention_count"] = old.get("mention_count", 1) + 1
    people[key] = new


# Between two matches of one person's name words: `Saifullah Yusuf (Gus Ipul)`, and `Sri Mulyani` for
# `Sri Mulyani Indrawati` (two name words, one mention).
_ALIAS_GAP = re.compile(r"\s+|\s*\(\s*|\s+atau\s+"
                        r"|,?\s*(?:atau\s+)?(?:yang\s+)?(?:akrab\s+|biasa\s+)?(?:disapa|dipanggil|alias)\s+")


def _count(rx: re.Pattern[str], text: str) -> int:
    """Times a person is named; `Saifullah Yusuf (Gus Ipul)` names them once."""
    n, prev_end = 0, -1
    for m in rx.finditer(text):
        if not (prev_end >= 0 and _ALIAS_GAP.fullmatch(text, prev_end, m.start())):
            n += 1
        prev_end = m.end()
    return n


def name_pattern(name: str, others: list[str], aliases: list[str] = ()) -> re.Pattern[str]:
    """Full name, nicknames, and each name word no other official shares (`Hery`, `Lintong`)."""
    shared = {w for o in others if o != name for w in o.split()}
    parts = [name, *aliases] + [w for w in name.split() if len(w) >= 3 and w not in shared and not _is_honorific(w)]
    return pattern(r"\b(?:" + "|".join(map(re.escape, sorted(set(parts), key=len, reverse=True))) + r")\b")


# "Desa Bahomotefe, Dedi Suherman menggantikan Ishak", "Desa paNimbawang, Aslam, Ashar, Ismail, menggantikan ...":
# the people (and places) of one item of a list of appointees, before the verb that names whom they replace.
# A name's tokens: an abbreviation ("Abd.", "M.", ".T."), or a word, with a period only before an initial
# ("Ahmad. S. Romansyah"); "Moh.Saleh" glues an abbreviation to the next word; "Sidik. Kecamatan" is two sentences.
_TOKEN = r"\.?(?:[A-Z][a-z]{0,2}\.|[A-Z][\w'’-]*(?:\.(?=\s*[A-Z]\.))?)"
_NAME = _TOKEN + r"(?:(?:\s+|(?<=\.))" + _TOKEN + r")*"
REPLACES = re.compile(r"(?:^|(?<=[.;,:]\s)|(?<=\sdan\s)|(?<=yaitu\s)|(?<=yakni\s)|(?<=adalah\s)|(?<=diantaranya\s)"
                      r"|(?<=\slain\s))(?P<items>" + _NAME + r"(?:\s*,\s*" + _NAME + r")*)\s*,?\s+menggantik?a?n\b",
                      re.M)
PLACE_BEFORE = re.compile(r"\b(?:Desa|Kelurahan)\s+(?P<place>\S+(?:\s+[A-Z]\S*)*?)\s*,\s*$")


def _titled(words: str) -> bool:
    """The words open with an office ("Kades Ulunipa"): a titled mention, read as such elsewhere."""
    forms = gazetteers.load().title_forms
    split = words.split()
    return fold(split[0]) in forms or fold(" ".join(split[:2])) in forms


def _appointees(article: Article, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """People of a list of appointees whose office is stated once before the list ("Untuk anggota BPD lingkup
    Kecamatan Bungku Timur, Desa Bahomotefe, Dedi Suherman menggantikan Ishak. ... Desa Ipi, Marlina
    menggantikan ..."): each "X menggantikan Y" holds the last office named, in that paragraph or the two before,
    that no named person holds and no decree names ("SK Bupati"); the village named in the item is the
    jurisdiction (decision: village offices). Two items at least make a list.
    Those replaced are no officials (their office is not stated)."""
    doc, text = article.doc, article.text
    known = {(w, m["title"]) for m in found for w in fold(m["name"]).split()}
    held = [(m["char_start"], m["char_end"]) for m in found]
    offices = [s for s in article.gazetteer("TITLE") if not any(a <= s.start_char < b for a, b in held)
               and not (s.start > 0 and fold(doc[s.start - 1].text) in NOT_OFFICE_BEFORE | {"sk", "sesuai"})]
    out: dict[int, list[dict[str, Any]]] = {}
    for m in REPLACES.finditer(text):
        office = next((s for s in reversed(offices) if s.end_char <= m.start()
                       and text.count("\n", s.end_char, m.start()) <= 2), None)
        entry = gazetteers.load().title_forms.get(fold(office.text)) if office is not None else None
        if entry is None or entry.kind in {"not_office", "organisation"}:
            continue
        items = [i.strip() for i in m.group("items").split(",")]
        places = [i for i in items if fold(i.split()[0]) in {"desa", "kelurahan", "kecamatan"}]
        names = [i for i in items if i not in places and not _titled(i)]  # "Kades Ulunipa, Hasrun Laris"
        village = next((p.split(None, 1)[1] for p in places if fold(p.split()[0]) in {"desa", "kelurahan"}), None)
        if not names and places and len(places[-1].split()) >= 3 and fold(places[-1].split()[0]) != "kecamatan":
            village, names = places[-1].split()[1], [" ".join(places[-1].split()[2:])]  # "Desa Tafagapi Abdul Majid"
        before = PLACE_BEFORE.search(text, max(0, m.start() - 60), m.start())
        village = village or (before.group("place") if before else None)
        for name in names:
            name = clean_name(name)
            if len(name) < 3 or not _starts_name(name.split()[0].strip(".")) or \
                    {(w, entry.normalized) for w in fold(name).split()} & known:
                continue  # read already with this office (a namesake may hold another: two Saharudin)
            start = m.start("items") + m.group("items").index(name)
            out.setdefault(office.start, []).append({"name": name, "title": entry.normalized, "title_text": office.text, "organization": None,
                        "region": None, "former": False, "implied": True, "level": entry.level, "alias": None,
                        "kecamatan": (f"{'Kelurahan' if entry.normalized == 'Lurah' else 'Desa'} {village}", None)
                        if village else None, "char_start": start, "char_end": start + len(name), "item": m.start()})
    # a list: two items or more under one office ("O'Brien menggantikan John Bolton" alone is news, not a list)
    return [p for people in out.values() if len({p.pop("item") for p in people}) >= 2 for p in people]


def extract(article: Article) -> list[dict[str, Any]]:
    """One record per official per article, with the fullest name and its mention count."""
    lost: list[dict[str, Any]] = []
    found = find_mentions(article, lost)
    found += _appointees(article, found)
    people, aliases = _merge(found, article.text)
    lost.sort(key=lambda o: o["role"] != "subject")  # an office that opens or acts in its sentence first
    office = _headline_office(article) or (lost[0] if lost else None)
    if office and any(p["title"] == office["title"] and p["region"] == office["region"] for p in people):
        office = None  # the office's holder is already named ("Gubernur Jabar:" and "Gubernur Jawa Barat Ridwan Kamil")
    speaker = _untitled_speaker(article, people, aliases, once=office.get("role") == "subject") if office else None
    if speaker and office.get("role") == "object" and (
            speaker[0] not in re.findall(r"[\w'-]+", article.title or "")
            or any(_same_sentence(article, p["char_start"], office["char_start"]) for p in found)):
        speaker = None  # an object office beside a named subject is someone else's ("A menjalin komitmen dengan ...")
    if speaker and office.get("title_text") and _headline_meets(article.title or "", speaker[0], office["title_text"]):
        speaker = None  # "Khofifah Temui Bupati Mimika": the headline puts the speaker and the office apart
    if office and speaker:
        name = _complete_from_headline(article, fullest_form(article.text, speaker[0]))
        start, end = (office["char_start"], office["char_end"]) if "char_start" in office else speaker[1:]
        people.append({**office, "name": name, "kecamatan": None, "former": False, "alias": None,
                       "char_start": start, "char_end": end, "lost_name": True})
        found.append(people[-1])
    for m in _described_speakers(article, people):
        people.append(m)
        found.append(m)
    for p in people:
        p["name"] = _complete_cut(article, p["name"], [q["name"] for q in people if q is not p])
    fallback = _article_region(article)
    names = [p["name"] for p in people]
    records = []
    for m in sorted(people, key=lambda m: m["char_start"]):
        region, code = m["region"], None
        if m["kecamatan"]:
            jurisdiction, code = m["kecamatan"]
        else:
            if region is None and m["level"] not in (None, "national"):
                region = _shared_region(article, m, people) or fallback
                if region is not None and m["level"] == "provinsi" and region.type in {"kota", "kabupaten"}:
                    region = gazetteers.region_for(region.province, "provinsi")  # a Korem in Bogor: Jawa Barat
                if region is not None and m["level"] in LEVEL_KIND and LEVEL_KIND[m["level"]] != region.type:
                    region = None
            jurisdiction = _jurisdiction_name(region) if region else None
            code = (region.code or None) if region else None
        nicks = [a for a, full in aliases.items() if full == m["name"]]
        written = [re.search(re.escape(a), article.text, re.I) for a in nicks]
        alias_forms = [w.group() for w in written if w]
        mentions = _count(name_pattern(m["name"], names, alias_forms), article.text)
        words = set(fold(m["name"]).split())
        spans = [(x["char_start"], x["char_end"]) for x in found
                 if set(fold(aliases.get(fold(x["name"]), x["name"])).split()) <= words]
        extractor, confidence = ("officials.lost_name", 0.6) if m.get("lost_name") else ("officials.title_name", 0.8)
        records.append(record(article, m["char_start"], m["char_end"], extractor, confidence,
                              official_id=official_id(m["name"], jurisdiction), name=m["name"], title=m["title"],
                              title_text=m["title_text"], organization=m["organization"], jurisdiction=jurisdiction,
                              region_code=code, mentions=max(mentions, 1), aliases=alias_forms,
                              mention_spans=spans))
    return records


def resolve(article: Article, mention: str) -> dict[str, Any] | None:
    """The article's official a mention refers to: full name, nickname, a unique given/family name or the
    unique name it begins."""
    key = fold(clean_name(mention))
    officials = article.results.get("officials", [])
    exact = [o for o in officials if fold(o["name"]) == key or key in (fold(a) for a in o.get("aliases") or [])]
    if exact:
        return exact[0]
    partial = [o for o in officials if key and all(w in fold(o["name"]).split() for w in key.split())]
    if not partial and len(key) >= 4 and " " not in key:  # "kata Inay": a short form of "Inayatullah"
        partial = [o for o in officials if any(w.startswith(key) for w in fold(o["name"]).split())]
    return partial[0] if len(partial) == 1 else None
