"""Direct quotes and their speakers.

A quote runs from an opening mark (straight or curly) to the closing one, or to the end of
its paragraph when the closing mark was lost; a paragraph that opens with a mark while the
previous one left its quote open starts a new quote (gold: every opening mark is one record),
unless that mark closes the open quote (`" tanya Gus Ipul`). The speaker is the person named
after the cue (`," ujar Erwin.`, `," kata Wakil Gubernur Jawa Barat Uu Ruzhanul Ulum`);
`-nya`/`dia` cues and quotes without a cue go to the last speaker: the person who last
spoke in a quote or was the subject of a sentence ("Tatu menjelaskan, ...",
"Menurut Emil, ...", "dikatakan Tatu"), never someone merely greeted or mentioned. So do a
description closed by a demonstrative ("kata politikus Partai Golkar ini") and a cue whose name a
scraper dropped ("ujar , dalam"); a place after the cue ("ujarnya saat ditemui di kantornya, Jalan
...") names nobody. People without an office speak too (spec: any named speaker): the NER's persons who
open a sentence, speak or are introduced in apposition ("Budi Santoso, warga Cibinong, mengaku"), and the
name closing a capitalised run before a speech verb; with nobody before a quote, the NER's last person, and
in an article that names no person, the agency named last ("unggahan di Instagram Dinas SDABMBK").
"""

from __future__ import annotations

import difflib
import re
from typing import Any

from pipeline import gazetteers
from pipeline.extract import officials
from pipeline.extract.base import PROMO, Article, cue_of, record, word_starts

MARKS = '"“”'
# Narrative cues that name the speaker right after them: "kata Ganjar,", "dikatakan Tatu", "disampaikan oleh Ketua BPK".
NAMED_CUE = re.compile(r"\b(?:kata|ujar|tutur|ungkap|jelas|papar|menurut|dikatakan|diungkapkan|dijelaskan|"
                       r"disampaikan|ditegaskan|dituturkan|dipaparkan|diterangkan)\s+(?:oleh\s+)?$", re.I)
# Words that may come before a sentence's subject: "Sementara itu, Kepala Disdukcapil Kota Bogor, Ganjar ...".
LEAD_WORDS = {"sementara", "itu", "ini", "selain", "kemudian", "namun", "sedangkan", "adapun", "lalu", "pun", "juga",
              "dalam", "kesempatan", "tersebut", "pada", "yang", "sama", "di", "tempat", "terpisah", "oleh", "karena",
              "sebab", "masih", "kendati", "demikian", "meski", "begitu", "selanjutnya", "akhirnya", "hal"}
# A sentence that opens by reporting the last speaker ("Menurutnya, ...") is about its subject, who does not speak.
REPORTED = re.compile(r"\b[Mm]enurut(?:nya|\s+(?:dia|ia|beliau))\b")
# A description closed by a demonstrative refers back to the last speaker ("ucap mantan Direktur Utama ... itu").
ANAPHORIC = re.compile(r"[a-z][^.,;:\n\"“”]{0,80}?\s(?:ini|itu|tersebut)\s*[,.;\"”]")
# A subject of a passive verb is acted upon, not speaking: "Muslim ditahan setelah ... ditetapkan tersangka".
PASSIVE = re.compile(r"\s*(?:sudah\s+|telah\s+|akan\s+|juga\s+)?di(?!a\b|ri\b)[a-z]{3,}")
PLACE_WORDS = re.compile(r"\b(?:di|ke|dari|pada|dalam|usai|seusai|saat|ketika)\b")
_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|[A-Z]\.))*")


# A paragraph inviting to watch or read more; a bare quoted line right under it is the show's slogan.
PROMO_LEAD = re.compile(r"\s*(?:Saksikan|Tonton|Simak|Nikmati)\b")
SLOGAN = re.compile(r"\s*[\"“][^\"“”]{1,80}[\"”]\s*")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quoted passage, marks excluded; unclosed quotes end with the paragraph."""
    spans: list[tuple[int, int]] = []
    open_from: int | None = None  # a quote left open by the previous paragraph
    open_end = 0
    after_promo = False
    for para in re.finditer(r"[^\n]+", text):
        if PROMO.match(para.group()) or after_promo and SLOGAN.fullmatch(para.group()):
            open_from = None
            continue  # "Detik Pagi, Jangan Tidur Lagi!" under "Saksikan ... detikPagi": the programme's slogan
        after_promo = bool(PROMO_LEAD.match(para.group()))
        marks = [m.start() + para.start() for m in re.finditer(f"[{MARKS}]", para.group())]
        if open_from is not None and (not marks or text[para.start():marks[0]].strip()
                                      or "\n\n" in text[open_end:para.start()]):
            open_from = None  # a blank line or a plain opening ends the open quote
        if open_from is not None and marks and re.match(r"\s*[,.]?\s*[a-z]", text[marks[0] + 1 : marks[0] + 20]):
            # `" tanya Gus Ipul kepada Acem.`: the mark opening this paragraph closes the open quote
            spans[-1] = (spans[-1][0], marks[0])
            open_from, marks = None, marks[1:]
        i = 0
        while i < len(marks):
            start = marks[i] + 1
            end = marks[i + 1] if i + 1 < len(marks) else para.end()
            if len(text[start:end].split()) >= 3 or text[start:end].strip() and _cue_after(text, end)[0]:
                spans.append((start, end))
            open_from = start if i + 1 >= len(marks) and spans and spans[-1][0] == start else None
            open_end = end
            i += 2
    return spans


def _people(article: Article) -> list[tuple[int, int, dict[str, Any]]]:
    """Where each official is named in the text: office+name mentions, full names, nicknames, unique parts."""
    found = []
    officials_ = article.results.get("officials", [])
    names = [o["name"] for o in officials_]
    for o in officials_:
        for s, e in o.get("mention_spans") or [(o["char_start"], o["char_end"])]:
            found.append((s, e, o))
        for m in officials.name_pattern(o["name"], names, o.get("aliases") or []).finditer(article.text):
            found.append((m.start(), m.end(), o))
    return sorted(found, key=lambda f: (f[0], -f[1]))


def _person_at(people: list[tuple[int, int, dict[str, Any]]], start: int, slack: int = 2) -> dict[str, Any] | None:
    return next((o for s, _, o in people if start <= s <= start + slack), None)


def _full_name(article: Article, name: str) -> str:
    """`Don` -> `Don Muzakir` when the article spells the name out once."""
    return officials.fullest_form(article.text, name)


def _is_region(word: str) -> bool:
    return gazetteers.fold(word) in gazetteers.load().region_names


def _name_suffix(run: str) -> str | None:
    """The person at the end of a capitalised run: `Direktur Eksekutif Walhi Yogyakarta Halik Sandera` -> `Halik Sandera`."""
    words = officials.clean_name(run).split()
    k = len(words)
    while k > 0 and (officials._starts_name(words[k - 1]) or officials._initial(words[k - 1])) \
            and not _is_region(words[k - 1]):
        k -= 1
    while k < len(words) and officials._initial(words[k]):
        k += 1
    return " ".join(words[k:]) or None


def _holds(official: dict[str, Any], title: str) -> bool:
    """The official holds the post, with or without the unit it heads (`Kepala Seksi Intelijen` is a `Kepala Seksi`)."""
    return official["title"] == title or official["title"].startswith(title + " ")


def _office_holder(article: Article, run: str) -> dict[str, Any] | None:
    """The official a bare title refers to (`Bupati`, `Gubernur WH`) when one official holds it."""
    words = run.split()
    forms = gazetteers.load().title_forms
    joined = re.fullmatch(r"(Kasi|Kasat|Kabid|Kabag)([a-z]{3,})", run.strip())
    if joined and gazetteers.fold(joined.group(1)) in forms:  # "Kasintel", "Kasipidsus": office and unit in one word
        entry, unit = forms[gazetteers.fold(joined.group(1))], joined.group(2)
        holders = [o for o in article.results.get("officials", []) if _holds(o, entry.normalized)
                   and {unit, "i" + unit} & set(gazetteers.fold(o.get("title_text") or "").split())]
        return holders[0] if len(holders) == 1 else None
    for k in range(len(words), 0, -1):
        entry = forms.get(gazetteers.fold(" ".join(words[:k])))
        rest = words[k:]
        if entry and all(officials._is_acronym(w) or _is_region(w) or officials._office_word(w) for w in rest):
            holders = [o for o in article.results.get("officials", []) if _holds(o, entry.normalized)]
            if len(holders) > 1 and rest:  # "kata Kasi Intel": the holder whose office names the unit
                unit = {gazetteers.fold(w) for w in rest}
                holders = [o for o in holders if unit <= set(gazetteers.fold(o.get("title_text") or "").split())]
            return holders[0] if len(holders) == 1 else None
    return None


def _named_after(article: Article, people: list, pos: int) -> tuple[str | None, str | None] | None:
    """The speaker named at `pos` (just after a cue), as (name, title); None when no name is there."""
    official = _person_at(people, pos)
    if official:
        return official["name"], official["title"]
    window = article.text[pos : pos + 160].replace("\xa0", " ").replace("¬†", "  ")  # same length: offsets hold
    window = re.sub(r"\b(Tbk|PT|Dr|dr|drg|Prof|Ir|Drs|Hj|H)\.", r"\1 ", window)
    if ANAPHORIC.match(window):
        return None  # "kata politikus Partai Golkar ini": the last speaker, described
    # "Ketua Asosiasi Industri Animasi dan Kreatif Indonesia (AINAKI) Daryl Wilson": one run (same length)
    window = re.sub(r"(?<=[A-Za-z]) (dan|serta|dari) (?=[A-Z])", lambda m: " " + m.group(1).title() + " ", window)
    window = re.sub(r"\((?=[A-Z]{2,}\))|(?<=[A-Z])\)", " ", window)
    described = re.match(r"(?:[a-z][\w-]*\s+){0,4}[a-z][\w-]*,?\s+(?=[A-Z])", window)
    if described and not PLACE_WORDS.search(described.group()):  # "saat ditemui di kantornya, Jalan ...": a place  # "ujar salah satu warga, Ana boru Tarigan": a description, then the name
        pos, window = pos + described.end(), window[described.end():]
    clause = re.match(r"[^.;:\n\"“”]*?(?=\s+[a-z]|[.;:\n\"“”]|$)", window)
    if not clause:
        return None
    runs = [r for r in re.split(r"\s*(?:,|\bTbk\b\.?)\s*", clause.group()) if r]
    holder = _office_holder(article, runs[0]) if runs else None
    if holder:  # "tegas Gubernur WH", "pungkas Bupati": the article's one holder of that office
        return holder["name"], holder["title"]
    for run in reversed(runs):
        m = _NAME_RUN.fullmatch(run.strip())
        name = _name_suffix(m.group()) if m else None
        if name:
            official = officials.resolve(article, name)
            if official:
                return official["name"], official["title"]
            start = pos + clause.group().index(run)
            official = _person_at(people, start, slack=len(run))
            return (official["name"], official["title"]) if official else (_full_name(article, name), None)
    return None


def _subject_events(article: Article, people: list, quotes: list[tuple[int, int]]) -> list[tuple[int, str, str | None]]:
    """(position, name, title) of people who speak or act as a sentence's subject outside quotes."""
    events = []
    inside = lambda p: any(s <= p < e for s, e in quotes)  # noqa: E731
    text = article.text
    for s, e, o in people:
        if inside(s):
            continue
        sent = article.sentence_at(s)
        sent_start = sent.start_char if sent is not None else text.rfind("\n", 0, s) + 1
        office = [ps for ps, pe, po in people if po is o and sent_start <= ps < s < pe]
        prefix = text[sent_start : office[0] if office else s]
        after = text[e : e + 40]
        if NAMED_CUE.search(prefix):
            events.append((s, o["name"], o["title"]))
            continue
        # an adverbial opening closed by a comma or a dated bracket does not hide the subject: "Dalam keterangan
        # tertulis yang diterima detikHikmah, Senin (20/10/2025) Menteri ..., Tawfiq F. Al-Rabiah, menyampaikan"
        # (not after a speech verb: "Gus Ipul mengungkap, Presiden ... Prabowo Subianto telah menerbitkan" is reported)
        opening = re.split(r"[,)]", prefix)
        said = re.findall(r"[A-Za-z]+", opening[-2]) if len(opening) > 1 else []
        reported = bool(said) and (cue_of(said[-1]) is not None or said[-1].lower() == "bahwa")
        lead = re.findall(r"[A-Za-z][\w'’-]*", prefix if reported else opening[-1])
        if REPORTED.search(prefix):
            continue  # "Menurutnya, Respati seharusnya fokus ...": the last speaker's view of someone else
        if all(w[:1].isupper() or w.lower() in LEAD_WORDS for w in lead) and re.match(r"\s*\)?\s*(?:,\s*)?[a-z]", after) \
                and not PASSIVE.match(after):
            events.append((s, o["name"], o["title"]))
    for m in _CITIZEN.finditer(text):  # people without an office who speak
        group = "name" if m.group("name") else "subject"
        holder = _office_holder(article, m.group(group))
        if holder:  # "Kapolresta menambahkan, ...": the article's one holder of that office
            events.append((m.start(group), holder["name"], holder["title"]))
            continue
        run = m.group(group)
        name = _name_suffix(run) if _NAME_RUN.fullmatch(run) else None
        titled = gazetteers.fold(run.split()[0]) in gazetteers.load().title_forms
        if titled and (not name or group == "name"):
            continue  # an office nobody named holds is no citizen's name
        if inside(m.start(group)) or not name or name != officials.clean_name(run) and group == "name":
            continue  # "kata Founder Gerakan Mengajar Desa, Gardian": a description, not the speaker's name
        # "Kepala P3Tek KEBTKE Sujatmiko mengatakan": an office the gazetteer cannot close, then its holder
        end = m.end(group)
        person = next((e for e in article.doc.ents if e.label_ == "PER" and e.end_char == end
                       and end - len(name) < e.start_char), None)
        name = officials.clean_name(person.text) if person is not None else name  # "KJRI Jeddah Endang Djumali"
        official = officials.resolve(article, name)
        events.append((m.start(group) + run.rindex(name) if name in run else m.start(group),
                       *((official["name"], official["title"]) if official else (_full_name(article, name), None))))
    events += _person_subjects(article, people, inside)
    return sorted(events, key=lambda ev: ev[0])


def _same_person(known: str, other: str) -> bool:
    """Same first word, and the rest a near spelling of the known name's next words ("Agil" ~ "Aqil")."""
    a, b = known.split(), other.split()
    if len(b) < 2 or gazetteers.fold(a[0]) != gazetteers.fold(b[0]) or len(a) < len(b):
        return False
    rest_a, rest_b = gazetteers.fold(" ".join(a[1 : len(b)])), gazetteers.fold(" ".join(b[1:]))
    return difflib.SequenceMatcher(None, rest_a, rest_b).ratio() >= 0.75


_SPEECH = (r"(?:mengatakan|menjelaskan|menuturkan|mengungkapkan|menyampaikan|menegaskan|menambahkan|memaparkan|menyebut"
           r"|menyebutkan|menyatakan|menilai|mengaku|menerangkan|menekankan|mengingatkan|mengimbau|berharap|bercerita"
           r"|menceritakan)")
SPEECH = re.compile(_SPEECH)
# An apposition after a name: "Budi Santoso, warga Cibinong, mengaku", "Siti, pedagang sayur, juga merasakan".
APPOSITION = re.compile(r"\s*,\s*[a-z][^,.;:\"“”\n]{0,60},")
# Words that make what precedes a name more than its description: a verb or a preposition that governs it
# ("bertemu dengan Budi", "kata warga kepada Siti").
NOT_SUBJECT_BEFORE = re.compile(r"\b(?:(?:me|mem|men|meng|meny|ber|di|ter)[a-z]{3,}|kepada|dengan|oleh|bersama|untuk|bagi|"
                                r"terhadap|tentang|atas|dan|serta|atau|bahwa|(?i:menurut|kata|ujar|lanjut|tutur|jelas))\b")


# Words after a name that show it is no subject: "Bandara ... Pranoto dan Bandara ...".
FUNCTION_WORDS = {"dan", "serta", "atau", "di", "ke", "dari", "yang", "untuk", "dengan", "pada", "dalam", "bin", "binti"}


def _person_subjects(article: Article, people: list, inside: Any) -> list[tuple[int, str | None, str | None]]:
    """People the NER model tags as the subject of a sentence: one they open (after capitalised words or lead
    words only: "Sementara itu, Dahnil ... masih malu-malu"), or any subject that speaks or is introduced, with
    a speech verb or a description in apposition ("Budi Santoso, warga Cibinong, mengaku senang"). Not in
    reported speech ("Menurut Rholand, Bobby ...", "Ia berpendapat ..., Dzulmi Eldin ingin"); officials named in
    full are read by their offices already."""
    text = article.text
    spans = [(s, e) for s, e, _ in people]
    found = []
    for ent in article.doc.ents:
        if ent.label_ != "PER" or inside(ent.start_char) or any(s < ent.end_char and ent.start_char < e for s, e in spans):
            continue
        name = officials.clean_name(ent.text)
        if not name or not all(officials._starts_name(w) or officials._initial(w) for w in name.split()) \
                or _is_region(name) or gazetteers.kecamatan_code(name) is not None:
            continue  # "Satuan Pelaksana Lingkungan Hidup Cilincing telah mengadakan": a place the model took for a person
        prev = article.doc[ent.start - 1] if ent.start > 0 else None
        if prev is not None and prev.text[:1].isupper() and not ent[0].is_sent_start:
            continue  # the end of a longer capitalised name: an agency's or an office's
        sent = article.sentence_at(ent.start_char)
        start = sent.start_char if sent is not None else text.rfind("\n", 0, ent.start_char) + 1
        after = text[ent.end_char : ent.end_char + 120]
        apposition = APPOSITION.match(after)
        after = after[apposition.end() :] if apposition else after
        verb = re.match(r"\s*(?:juga\s+|pun\s+|sendiri\s+)?([a-z]+)", after)
        opens = all(w[:1].isupper() or w.lower() in LEAD_WORDS for w in re.findall(r"[A-Za-z][\w'’-]*", text[start : ent.start_char]))
        if NOT_SUBJECT_BEFORE.search(text[start : ent.start_char]) or REPORTED.search(text[start : ent.start_char]) \
                or not verb or PASSIVE.match(after) or verb.group(1) in FUNCTION_WORDS \
                or not (apposition or opens or cue_of(verb.group(1)) or SPEECH.fullmatch(verb.group(1))):
            continue  # "Di dalam ambulans, Imam duduk di depan": a narrated subject who does not speak
        official = officials.resolve(article, name)  # "Widy mengatakan": the official Widyati Riyandani
        found.append((ent.start_char, *((official["name"], official["title"]) if official
                                        else (_full_name(article, name), None))))
    return found


# "Menurut Yusrianto,", "menurut pengamat politik dari Universitas Sumatera Utara (USU), Agus Supriadi,",
# "Acem mengatakan", "Sementara itu Koordinator Staf Khusus Satgas 115 Mas Achmad Santosa menambahkan": up to four
# capitalised words before a speech verb, whose last name words are the speaker's name.
_CITIZEN = re.compile(r"\b(?:[Mm]enurut|kata|ujar|dikatakan)\s+(?:[a-z][^,.;:\"“”\n]{0,80},\s+)?"
                      r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s*,"
                      r"|(?<![\w'’-])(?:(?:dr|drg|Dr|Prof|Ir|Drs|H|Hj)\.?\s+)*(?P<subject>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s*,?\s+(?:juga\s+|pun\s+)?"
                      + _SPEECH + r"\b", re.M)


# Passive cues name the speaker after them: "dikatakan Suwandi", "disampaikan Kepala Dinas ...".
PASSIVE_CUE_OF = {"katakan": "kata", "ungkapkan": "ungkap", "jelaskan": "jelas", "sampaikan": "sampai",
                  "tegaskan": "tegas", "tuturkan": "tutur", "paparkan": "papar", "terangkan": "terang"}
PASSIVE_CUE = re.compile(r"di(" + "|".join(PASSIVE_CUE_OF) + r")")


def _cue_after(text: str, end: int) -> tuple[str | None, bool, int]:
    """(cue, is_pronoun_or_nya, where the speaker's name would start) after a closing mark."""
    m = re.match(r"[\"“”]?\s*[,.]?\s*(?:lalu\s+|kemudian\s+|demikian\s+)?(?P<cue>[A-Za-z]+)\b\s*", text[end : end + 60])
    passive = PASSIVE_CUE.fullmatch(m.group("cue").lower()) if m else None
    if passive:  # `," demikian dikatakan Direktur Jenderal Tanaman Pangan Suwandi`
        return PASSIVE_CUE_OF[passive.group(1)], False, end + m.end()
    if not m or not cue_of(m.group("cue")) or m.group("cue")[:1].isupper() and "\n" in m.group():
        return None, True, end  # a paragraph that opens "Menurut Irba, Firdaus ..." reports, it does not attribute
    cue, nya = cue_of(m.group("cue"))
    rest = end + m.end()
    pronoun = re.match(r"(?:dia|ia|beliau)\b|,(?!\s*[A-Z])", text[rest : rest + 8], re.I)  # "ujar , dalam": lost name
    return cue, nya or bool(pronoun), rest


def _cue_before(text: str, start: int) -> tuple[str | None, int | None]:
    """`Menurut Emil, "` / `Hery mengatakan, "`: cue verb and where the clause starts."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start : start - 1]
    m = re.search(r"(?:^|[.?!]\s+)(?P<clause>[^.?!]*?)\b(?P<cue>[a-z]+)\s*(?:bahwa\s*)?[,:]?\s*$", before)
    if m and cue_of(m.group("cue")):
        return cue_of(m.group("cue"))[0], line_start + m.start("clause")
    m = re.search(r"\b[Mm]enurut\s+(?P<who>.+?)\s*,\s*$", before)
    if m:
        return "menurut", line_start + m.start("who")
    return None, None


def extract(article: Article) -> list[dict[str, Any]]:
    """One record per direct quote, speaker resolved where the text allows."""
    text = article.text
    spans = quote_spans(text)
    people = _people(article)
    events = _subject_events(article, people, spans)
    records = []
    for start, end in spans:
        cue, pronoun, name_at = _cue_after(text, end)
        speaker = _named_after(article, people, name_at) if cue and not pronoun else None
        if speaker is None and cue is None:
            cue, clause = _cue_before(text, start)
            if clause is not None:
                who = [o for s, _, o in people if clause <= s < start]
                run = re.match(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*", text[clause:start])
                holder = _office_holder(article, run.group()) if run and not who else None
                who = who or ([holder] if holder else [])  # "Wakil Bupati Morowali, mengatakan \"...": the holder
                speaker = (who[0]["name"], who[0]["title"]) if who else None
        if speaker is None:
            # nobody names themself in a quote ("Kami sepakat dengan Menteri Mochamad Irfan Yusuf"): the last
            # speaker the quote does not name
            earlier = [ev for ev in events if ev[0] < start and not _named_in(ev[1], text[start:end])]
            speaker = (earlier[-1][1], earlier[-1][2]) if earlier else last_mentioned(article, start)
            if speaker[0] is None:
                speaker = (_last_person(article, spans, start) or _last_agency(article, spans, start), None)
        if speaker[0] and speaker[1] is None:  # a later spelling of an earlier speaker: "Said Agil", "Said Aqil Siradj"
            speaker = next(((r["speaker_name"], r["speaker_title"]) for r in records if r["speaker_name"]
                            and r["speaker_name"] != speaker[0] and _same_person(r["speaker_name"], speaker[0])), speaker)
        if speaker[0]:
            events.append((end, *speaker))
            events.sort(key=lambda ev: ev[0])
        quote = text[start:end].strip().rstrip(",").strip()
        records.append(record(article, start, end, "quotes.marks", 0.9 if cue else 0.6,
                              speaker_name=speaker[0], speaker_title=speaker[1], text=quote, cue=cue))
    return records


def _last_person(article: Article, quotes: list[tuple[int, int]], pos: int) -> str | None:
    """The last person the NER model tags before `pos`, outside quotes: the only trace of a speaker who holds no
    office and whom no cue names ("Anggota komite BPH Migas ..., Ir Suryono pada wartawan, ..., mengatakan")."""
    for ent in reversed(article.doc.ents):
        if ent.label_ == "PER" and ent.end_char <= pos and not any(s <= ent.start_char < e for s, e in quotes):
            name = officials.clean_name(ent.text)
            words = name.split()
            if words and all(officials._starts_name(w) or officials._initial(w) for w in words):
                return _full_name(article, name)
    return None


# Agencies that are places rather than voices; a street named after an agency ("Jalan Kejaksaan") is none.
PLACE_CATEGORIES = {"kecamatan", "kelurahan", "desa", "facility"}
STREET_BEFORE = re.compile(r"\b(?:Jalan|Jl|Jln|Gang|Gg)\.?\s*$")


def _last_agency(article: Article, quotes: list[tuple[int, int]], pos: int) -> str | None:
    """With no person in the article, the agency named last before `pos`, outside quotes, speaks: a statement
    posted by "Dinas SDABMBK Medan" ("tertulis dalam unggahan ...")."""
    found = None
    for org in article.results.get("orgs", []):
        start = org["char_start"]
        if start < pos and org.get("category") not in PLACE_CATEGORIES and not any(s <= start < e for s, e in quotes) \
                and not STREET_BEFORE.search(article.text, max(0, start - 8), start):
            found = org["org_text"]
    return found


def _named_in(name: str | None, quote: str) -> bool:
    """The full name (two words or more) is written inside the quote."""
    return bool(name) and len(name.split()) >= 2 and next(word_starts(quote, name), None) is not None


def last_mentioned(article: Article, pos: int) -> tuple[str | None, str | None]:
    """The official named last before `pos` (full name, nickname, or a unique given/family name)."""
    best, where = (None, None), -1
    for s, _, o in _people(article):
        if s < pos and s > where:
            best, where = (o["name"], o["title"]), s
    return best
