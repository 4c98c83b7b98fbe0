"""Commitments: targets, plans, instructions and promises of officials and agencies.

A clause qualifies when it holds a commitment cue (akan, harus, perlu,
menargetkan, berkomitmen, berjanji, berencana, berupaya, meminta, menugaskan,
merekomendasikan, sepakat, "saya minta", "target kami", "menyampaikan komitmen untuk",
"janji ... untuk", ...). The
record keeps the shortest clause with the action: clauses end at commas, semicolons and
subordinators ("agar", "sehingga", "karena"), except that an instruction keeps its
complement ("meminta agar ...", "menugaskan ... untuk mengawasi") up to the end of its
quote, and a subject that is the actor ("Pemkot Bogor", "saya") is left out. The actor is
the official named before the cue in the sentence (or addressed by title, "Pak Wali", or
whose office alone is the subject, "Panglima TNI mengatakan ..."), else the quote's speaker
when the article gives the speaker an office, else the last official named outside quotes
(for a lead whose name was lost, the one named next); the agent of a
planned passive ("akan dibuka oleh ...") acts; a public body named as subject (gazetteer,
"Pemerintah Arab Saudi", a country) becomes `actor_org`. Numbered programme lists give
one plan per item. Predictions, hopes, praise, confidence, appeals to all and what others
will do are not commitments (annotation decision 5), nor are questions, the consequent of
a general rule ("jika ..., maka harus ..."), views reported ("menurut X ... harus"),
states that must hold ("harus ada", "akan berlaku"), effects foreseen of things
("keterlibatan KPU akan memberikan ...", "Beleid ini bakal memayungi ..."), "akan" under a
hope or belief earlier in the sentence, obligations given as reasons ("karena harus ..."),
modals inside a relative clause ("langkah yang harus dilakukan"), rules in force ("wajib
didaftar", a narrative "harus/perlu di-" with no agent, "akan dipilih langsung oleh ketua
RT"), assurances ("memastikan tidak ada ..."), apologies, favours asked, meeting agendas and
event programmes, candidacies and party-political plans; a quote restating the paraphrase
before it is the same commitment.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Any

from pipeline import gazetteers
from pipeline.extract import officials, quotes
from pipeline.extract.base import Article, pattern, record
from pipeline.extract.numbers import NUMBER, parse_number

# Bare verb stems of the spoken first-person construction ("kita proses", "kami kejar", "kita carikan"); verbs of
# seeing, thinking and saying ("nanti kita lihat", "kita pikirkan") are vague and left out.
_ACTION_STEM = (r"(?!(?:lihat|pikirkan|bahas|tunggu|dengar|sampaikan|harapkan|ketahui|pelajari|diskusikan|"
                r"koordinasikan|informasikan|infokan|umumkan|jelaskan|kabarkan|miliki|alami|hadapi|rasakan|akui|"
                r"sadari|yakini|inginkan|dalami|temukan|sebutkan)\b)"
                r"(?:kejar|proses|urus|bangun|buat|bikin|kirim|tindak|cari|bantu|kawal|tambah|[a-z]{3,}(?:kan|i))")
# The spoken first-person order, an adverb allowed between: "saya minta", "saya sudah minta", "kami juga minta".
SPOKEN_MINTA = r"(?:(?<=(?:saya|kami|kita) )|(?<=(?:saya|kami|kita) (?:sudah|telah) )|(?<=(?:saya|kami|kita) juga ))minta"
# "wajib" is left out: it states a rule in force ("wajib didaftar", "wajib pajak"), not an actor's commitment.
CUES = {
    # "saya minta dicopot yang tidak bisa mengatasi": the spoken first-person order
    "instruction": r"meminta|" + SPOKEN_MINTA + r"|menginstruksikan|menugaskan|memerintahkan|mengimbau|mengajak|menginstruksi|mengusulkan|"
                   r"merekomendasikan|"
                   # "sudah mengingatkan jajarannya terkait pencegahan ...": a past reminder to subordinates is a
                   # directive (a present "mengingatkan para ASN untuk bekerja ikhlas" is an exhortation)
                   r"(?:sudah|telah) mengingatkan(?= (?:kembali )?(?:(?:seluruh|para|semua) )?(?:jajaran|anak buah|bawahan|pejabat|"
                   r"kepala dinas|kepala daerah|kepala OPD|menteri|ASN|OPD))|"
                   r"(?:menyampaikan kepada|mendorong)(?= [^,.;]{3,60}? (?:untuk|agar|supaya) (?:tidak )?"
                   r"(?:segera )?(?:me|ber|men)[a-z]{3,})|"
                   r"harus|perlu|diminta|diinstruksikan|ditugaskan",
    # "transportasi kita efisienkan 30 persen": a first-person action with a quantity is a target
    "target": r"menargetkan|ditargetkan|targetkan|targetnya|harus mencapai|dipatok|"
              r"(?:kita|kami)\s+(?!(?:me|ber|di)[a-z])[a-z]{3,}kan(?=\s+(?:\S+\s+){0,2}\d[\d.,]*\s*(?:persen|%))|"
              r"target(?=\s+(?:(?:di|pada|tahun)\s+)?20\d\d\b)|"
              # "Target kami adalah mereka ... melakukan uji kualitas", "Target Grand Design Hortikultura 2020 - 2024
              # adalah pengembangan ...": a goal stated as a noun phrase
              r"target\s+(?:kami|kita|saya)\b|(?-i:Target)(?=\s+(?-i:[A-Z])[^.;]{0,60}?\s+adalah\s+(?:pe|me|ber)[a-z]{3,})",
    # "Nanti kita proses jadi rumah sakit", "masih kami kejar": the spoken first-person future or ongoing action
    # "kedua pihak sepakat membentuk ...", "menyepakati kerja sama ... untuk menggarap ...": an agreed action
    "plan": r"akan|berencana|merencanakan|rencananya|bakal|segera|hendak|ingin|sepakat|menyepakati|"
            r"(?:nanti|masih)\s+(?:kita|kami)(?=\s+(?:" + _ACTION_STEM + r")\b)",
    # "menyampaikan komitmen untuk menjalankan ...", "menuntut janji Presiden untuk membuat ...", "menepati janjinya
    # mengawasi ...": a commitment stated or a promise reported, followed by its action
    # "Fokus kami bukan hanya menurunkan angka kemiskinan", "tugas kita sekarang bukan hanya menahan inflasi": a duty
    # the speaker takes on
    "promise": r"(?:fokus|tugas|prioritas)\s+(?:kami|kita|saya)\b|berkomitmen|berjanji|berupaya|berusaha|memastikan|pastikan|menjamin|siap|terus (?=me|ber|men)|"
               r"(?:menyampaikan|menegaskan|menyatakan) komitmen(?:nya)?(?= (?:untuk )?(?:me|ber)[a-z]{3,})|"
               r"(?<!sumpah )(?<!sumpah dan )janji(?:nya)?(?= (?:(?-i:[A-Z])\w+ ){0,3}(?:untuk )?(?:me|ber)[a-z]{3,})",
}
CUE = re.compile(r"\b(" + "|".join(CUES.values()) + r")\b", re.I)
KIND_CUE = {kind: re.compile(r"\b(" + cues + r")\b", re.I) for kind, cues in CUES.items()}
# A clause that is only a cue after a few words: "Tatu juga berencana,".
BARE_CUE = re.compile(r"\W*(?:\S+\s+){0,3}(?:" + "|".join(CUES.values()) + r")\W*", re.I)
# A clause whose lowercase subject word is the last item of a list before it: "... dan nepotisme harus".
LIST_TAIL = re.compile(r"\W*(?:serta\s+|dan\s+)?(?!(?:pihaknya|kami|kita|saya|ia|dia|beliau)\b)[a-z]\w*\s+(?:" +
                       "|".join(CUES.values()) + r")\b")
INSTRUCTION_VERB = re.compile(r"\b(meminta|" + SPOKEN_MINTA + r"|^minta|menginstruksikan|menugaskan|memerintahkan|mengimbau|mengajak|"
                              r"merekomendasikan|(?:sudah|telah) mengingatkan(?= (?:kembali )?(?:(?:seluruh|para|semua) )?(?:jajaran|"
                              r"anak buah|bawahan|pejabat|kepala dinas|kepala daerah|kepala OPD|menteri|ASN|OPD))|menginstruksi|mengusulkan|menyampaikan kepada|mendorong)\b", re.I)
# Not commitments: hopes, praise, confidence, predictions, inability (not a relative clause's: "saya minta dicopot yang
# tidak bisa mengatasi"), what others do.
NOT_COMMITMENT = re.compile(
    r"\b(berharap|harapan(?:nya| kami| saya| kita)|harapkan|mengapresiasi|yakin|optimistis|optimis|bangga|percaya|ramalkan|diduga|mungkin|"
    r"(?<!yang )(?:(?:tidak|tak) akan(?!\s+(?:di(?:hentikan|cabut|batalkan|tunda|hapus|hapuskan|kurangi|potong|pangkas)|"
    r"(?:meng|mem|men)(?:hentikan|cabut|batalkan|tunda|hapus|hapuskan|kurangi|potong|pangkas))\b)|"
    r"belum bisa|belum dapat|tidak bisa|tak bisa)|tidak perlu|tak perlu|tidak harus|tak menutup kemungkinan|dari (?:yang )?(?:di)?target\w*|"
    r"memiliki target|mendapat target|semoga|mudah-mudahan|yang akan datang|akan datang(?!\s+ke)|memastikan bahwa|pastikan bahwa|(?:belum )?akan (?:terus |kembali )?(?:meningkat|menurun|bertambah|berkurang|naik|turun|terjadi|"
    r"mengalami|merasakan|menjadi|kuat|dikenakan|dikenai|makin|semakin|lebih(?!\s+(?:dulu|dahulu))|tepat|berpengaruh|berdampak|mengurai))\b|"
    # "itu akan membuat banyak kebutuhan ... bisa kita suplai": a consequence foreseen, not an action undertaken
    r"\bakan membuat\s+(?:\S+\s+){1,8}?(?:bisa|dapat|lebih|semakin|makin|menjadi)\b|"
    # "revisi UU KPK ... akan melemahkan kinerja": an effect foreseen; "akan dimintai keterangan": a step of a
    # procedure done to someone; "Perlu diapresiasi", "kita semua harus hidup sehat": praise and appeals to all
    r"\b(?:akan|bakal)\s+(?:melemahkan|memperlemah|mengancam|merugikan|menghambat|mengganggu|membahayakan)\b|"
    r"\b(?:akan|bakal)\s+(?:kembali\s+)?(?:diperiksa|dimintai keterangan|dipanggil|memeriksa|memanggil)\b|"
    r"\bdiapresiasi\b|\bkita semua\b|\bperlu\s+(?:diketahui|dicatat|diingat)\b|"
    # "jajaran kepolisian dan TNI ... masih terus berupaya melakukan pemadaman": what is under way, described
    r"\bmasih\s+terus\b|"
    # "mengajak seluruh lapisan masyarakat ... tetap solid", "kami ajak semua pihak untuk mengawal", "harus dijaga
    # bersama": appeals to everyone, not an undertaking
    r"\b(?:mengajak|ajak|mengimbau|imbau)\s+(?:seluruh|semua|segenap)\b|"
    # "seluruh bangsa harus memahami", "semua pemuda dari beragam daerah harus bersatu": a duty of everyone
    r"\b(?:seluruh|semua|segenap)\s+(?:bangsa|pemuda|masyarakat|warga|rakyat|pihak|elemen|komponen)\b"
    r"[^,.;]{0,40}?\b(?:harus|perlu|mesti)\b|"
    # "meminta kepada semua pihak untuk menunggu": an appeal to the public (an order to "semua institusi" is one)
    r"\b(?:meminta|minta)\s+(?:kepada\s+)?(?:seluruh|semua|segenap)\s+(?:pihak|elemen|lapisan|masyarakat|warga)\b|\b(?:harus|perlu)\s+di[a-z]{3,}\s+bersama\b(?!\s+oleh)|"
    # "keterlibatan KPU akan memberikan legitimasi", "hal itu akan mencederai ...": an effect foreseen of a thing
    r"(?-i:\bke(?!menterian|polisian|jaksaan|lurahan|camatan|dutaan)[a-z]{3,}an)(?:\s+(?-i:[A-Z][\w-]*))*\s+(?:juga\s+|tentu\s+|pasti\s+)?(?:akan|bakal)\s+me[a-z]{3,}|"
    r"\bhal\s+(?:itu|ini|tersebut)\s+(?:juga\s+|tentu\s+|pasti\s+)?(?:akan|bakal)\s+me[a-z]{3,}",
    re.I)
# Not an actor's commitment whatever the cue: a question, the consequent of a general rule ("jika ..., maka harus
# ..."), an opinion about what others should do ("menurut saya ... harus"), party-political plans (decision 5).
# A clause opened by "kalau/jika/apabila" is the condition: "Kalau saya kan targetkan uangnya ada" commits to nothing.
# "Setelah diinstruksikan Gubernur DKI Jakarta, Suku Dinas ... langsung mengebut ...": the order before a deed
NOT_COMMITMENT_CONTEXT = re.compile(r"\?|^\W*(?:setelah|sesudah|sejak)\s+di[a-z]{3,}\b|"
                                    r"^\W*(?:kenapa|mengapa|siapa|bagaimana|kapan|"
                                    r"kalau|jika|apabila|bila|seandainya|andaikan|"
                                    r"apakah|jangan)\b|\bmana saja\b|\b(?:berspekulasi|bertanya)\s+apakah\b|\bmenurut (?:saya|kami|hemat saya)\b|"
                                    r"\bnanti\s+(?:\w+\s+)?akan\s+di[a-z]{3,}\b(?![^.]*\boleh\b)", re.I)
# "pembangunan Pelabuhan Benoa ini juga akan meningkatkan pariwisata", "Beleid ini nantinya bakal memayungi ...", "itu
# akan menyulitkan": a thing as subject of an active verb is an effect foreseen, not an action undertaken (bodies named
# with pe-/ke-...-an, "Kementerian", "Kepolisian", are agents).
EFFECT = re.compile(r"\W*(?:(?:karena|sehingga|maka|namun|dan)\s+)?"
                    r"(?:(?!(?:pemerintahan|pengadilan|kementerian|kepolisian|kejaksaan|kelurahan|kecamatan|kedutaan|"
                    r"perusahaan|perbankan)\b)(?:pe|ke)[a-z]{3,}an|hal|beleid|aturan|peraturan|kebijakan|regulasi|"
                    r"ketentuan|mekanisme|sistem|skema|format|itu|ini)\b"
                    r"(?:\s+(?!(?:kita|kami|saya|aku|ia|dia|beliau|pihaknya|mereka|pemerintah)\b)[\w()/-]+){0,5}?\s+"
                    r"(?:(?:ini|itu|tersebut|nantinya|juga|tentu|tentunya|pasti|justru)\s+)*"
                    r"(?:akan|bakal)\s+(?:me|mem|men|meng|meny)[a-z]{3,}", re.I)
# "Menhub berharap, dengan adanya penghargaan tersebut akan mendorong ...", "Habibie percaya bahwa memotong suku bunga,
# ..., akan mengurangi inflasi": a hope or belief earlier in the sentence makes its "akan" a prediction (a hope put to
# another, "Kami berharap Indonesia ... memastikan ...", is a request).
HOPE_BEFORE = re.compile(r"\b(?:berharap|mengharapkan|diharapkan|percaya|meyakini|yakin|optimistis|optimis|memprediksi|"
                         r"memperkirakan|diperkirakan|diprediksi)\b(?![^.]*\b(?:dan|serta|namun|tetapi|tapi)\s+"
                         r"(?:pihaknya|kami|saya|ia|dia|beliau)\b)[^\"“”]*$", re.I)
PREDICTION = re.compile(r"\b(?:akan|bakal)\b", re.I)
# "tidak bisa berhadir karena harus menghadiri ...": an obligation given as a reason, not an undertaking
REASON = re.compile(r"^\W*(?:karena|sebab|lantaran)\s+(?:\S+\s+){0,3}?(?:harus|perlu|mesti)\b", re.I)
# How far after the lead sentence its unnamed actor is named (characters).
LEAD_REACH = 400
# A paraphrase and the quote that restates it stand close together (characters between them).
RESTATED_WITHIN = 400
FUNCTION_WORDS = frozenset("yang dan di ke dari untuk agar supaya akan harus juga pun ini itu tersebut dengan pada "
                           "dalam oleh saya kami kita dia ia nya para".split())
AFFIX = re.compile(r"^(?:mem|men|meng|meny|me|di|ber)(?=[a-z]{4})|nya$")
# What may stand between an office named as subject and its cue: the office's region or body ("Wali Kota Bogor"),
# adverbs, a reporting verb ("Panglima TNI juga mengatakan, besok akan ...").
OFFICE_OWNER = re.compile(r"\b(?!(?:itu|ini|sementara|kemudian|lalu|dan|namun|bahkan|selanjutnya|juga|pun)\s+$)"
                          r"(?-i:[a-z]+)\s+$")
OFFICE_SUBJECT = re.compile(r"(?:\s+(?-i:[A-Z])[\w-]*){0,3}[\s,]*(?:(?:juga|pun|telah|sudah|kemudian|lalu)\s+)*"
                            r"(?:(?:mengatakan|menyampaikan|menegaskan|menjelaskan|menyebut(?:kan)?|menuturkan|"
                            r"menambahkan|mengungkapkan)[\s,]+(?:bahwa\s+)?(?:pihaknya\s+|besok\s+|nanti\s+)?)?"
                            r"(?:(?:juga|akan|telah|sudah|terus|segera)\s+)*", re.I)
# "menurut Purbaya, akan disesuaikan ...", "hal tersebut menurutnya harus dibuka ...": a view reported, not an act.
MENURUT = re.compile(r"\bmenurut(?:nya\b|\s+(?:saya|kami|dia|beliau)\b|\s+(?-i:[A-Z])\w+)", re.I)
# "Hal itu tentunya harus dikoordinasikan dengan pemerintah pusat", "dalam hal pembiayaan perlu dikembangkan skema-skema
# alternatif": in the
# narrative, an obligation in the passive with no agent states a requirement, not what someone undertakes (a quoted
# "pengangguran harus diturunkan" is the speaker's own target).
RULE = re.compile(r"\b(?:harus|mesti|perlu)\s+(?:(?:segera|terus|tetap|selalu|lebih)\s+)?di[a-z]{3,}\b(?![^.;]*\boleh\b)",
                  re.I)
# "akan dibahas pula tentang ...", "Rakornas ini rencananya akan menghadirkan Menteri ...": the agenda or programme of
# a meeting or an event, not an action undertaken
TALK = re.compile(r"\b(?:akan|bakal)\s+(?:di(?:bahas|diskusikan|paparkan|perbincangkan|hadiri)|membahas|menghadirkan|"
                  # "Pembukaan akan diwarnai nuansa seni tradisi", "akan mengusung tema ...": an event's programme
                  r"di(?:warnai|ramaikan|meriahkan|tampilkan|akhiri|hiasi|suguhkan)|mengusung\s+tema|menampilkan|"
                  r"ada\s+penampilan)\b", re.I)
# "KDM memastikan tidak ada dana daerah yang disimpan ...", "memastikan, ekspor impor ... tetap akan": an assurance
# about how things are, reported in the narrative
ASSURANCE = re.compile(r"\b(?:memastikan|menjamin|pastikan)\s*(?:,|tidak ada\b|tak ada\b)", re.I)
# "Jika sudah komersil maka harus sesuai ...": the consequent of a condition; "..., maka Bapak nanti harus bekerja sama
# dengan BPS" after a statement of fact is the speaker's instruction.
CONSEQUENT = re.compile(r"\b(?:jika|jikalau|kalau|apabila|bila|seandainya)\b[^.?!]*$", re.I)
MAKA = re.compile(r"^\W*maka(?!\s+(?:itu|dari itu))\b", re.I)
# A duty opening the consequent of a condition: "Bila ada yang meninggal, harus ditunggu dua jam": a general rule.
DUTY_AFTER_CONDITION = re.compile(r"^\W*(?:(?:dan|serta|juga)\s+)?(?:harus|mesti|wajib|perlu)\b", re.I)
LEGISLATOR = re.compile(r"\b(?:DPR|DPRD|DPD|MPR|Komisi|Fraksi|Anggota Dewan)\b")
DEONTIC = re.compile(r"\b(?:harus|perlu|seharusnya|semestinya|mesti)\b", re.I)
# "siap maju kembali menjadi bakal cabup", "akan memberikan dukungan kepada kandidat": a candidacy or an endorsement in
# an election is party politics, not government (decision 5)
PARTY = re.compile(r"\b(?:partai|parpol)\b|\bmaju\b[^.;]{0,40}\b(?:calon|cabup|cawabup|cagub|cawagub|cawalkot|capres|"
                   r"cawapres|caleg|pilkada|pilpres|pileg)\b|\bbakal\s+(?:calon|cabup|cagub|cawalkot|capres|caleg)\b|"
                   r"\bdukungan\s+(?:\w+\s+){0,2}(?:kepada\s+)?(?:kandidat|calon|paslon|pasangan calon)\b", re.I)
# "Partai Gelora Indonesia", "Partai Gelombang Rakyat (Gelora)", "... atau Gelora": the names a party goes by.
PARTY_NAME = re.compile(r"\bPartai\s+(?!Politik\b)([A-Z][\w-]+)(?:(?:\s+[A-Z][\w-]*){0,3}\s+"
                        r"(?:\(([A-Z][\w-]+)\)|atau\s+([A-Z][\w-]+)))?")
# "harus ada", "harus punya", "harus sesuai", "harus kuat", "harus menjadi sinyal": a state that must hold, not an action.
STATE_AFTER_MODAL = re.compile(r"\s+(?:(?:tetap|sudah|selalu|juga)\s+)?(?:ada|punya|sesuai|hati-hati|berhati-hati|"
                               r"bisa|dapat|mampu|makmur|nyaman|steril|fokus|jelas|kuat|menjadi)\b", re.I)
# "akan berbeda", "akan berlaku", "akan menerima": what will happen or hold, not what an actor will do.
STATE_AFTER_AKAN = re.compile(r"\s+(?:(?:hanya|terus|juga|tetap)\s+)?(?:berbeda|berlaku|berakhir|menerima|berjalan|memiliki|"
                              r"mempunyai|terlibat)\b", re.I)
# "mendorong X untuk ..." is a request when a person, pronoun or body is its subject ("Gus Ipul juga mendorong").
MENDORONG_ACTOR = re.compile(r"(?:\b[A-Z][\w)]*|\)|\b(?i:saya|kami|kita|pihaknya|ia|dia|beliau))\s+"
                             r"(?:(?i:juga|pun|terus|akan|telah|sudah|kembali|turut)\s+)*$")
ADVERBS = re.compile(r"[\s,]*(?:(?:juga|pun|tetap|terus|akan|telah|sudah)\s+)*")
TERUS_ACTOR = re.compile(r"(?:\b(?:kami|kita|saya|pihaknya|juga|akan|tetap)|\b[A-Z][\w)]*)\s+$")
# "akan" is a cue before a verb ("akan berkunjung", "akan kita carikan"), not as a preposition ("kebutuhan akan jalur").
AKAN_VERB = re.compile(r"\s+(?:(?:terus|segera|langsung|kembali|tetap|mulai|kita|kami|saya|juga|pun|intensif|serius|"
                       r"lebih(?: dulu| dahulu)?|benar-benar|sungguh-sungguh|secara \w+)\s+)*"
                       r"(?:(?:me|ber|di|ter|per)[a-z]{3,}|bekerja\s?sama|bekerja|belajar|[\w]{2,}-kan|ke|datang|pergi|"
                       r"hadir|bangun|buat|kawal|cari\w*|lihat|selesai|rampung|tuntas|duduk|"
                       r"ambil|bawa|kirim|kejar|proses|terus|tindak\w*|tutup|cabut|beri\w*|urus|cek|kaji|evaluasi|"
                       r"lakukan|jadikan|upayakan|pindah|ada|[a-z]{3,}kan)\b", re.I)
# "menuturkan bahwa ...", "mengaku telah ...": the reported action starts after the reporting verb (a subject with a
# long office before it: "Deputi Bidang Pengembangan Regional Kementerian PPN/Bappenas Rudy ... mengatakan bahwa").
REPORTED = re.compile(r"^\s*(?:\S+\s+){0,14}?(?:mengatakan|menuturkan|menyebut(?:kan)?|menjelaskan|menegaskan|"
                      r"menyatakan|mengungkapkan|menambahkan|mengaku|menekankan)\s+(?!komitmen)(?:bahwa\s+)?", re.I)
OTHERS = re.compile(r"^\W*(mereka|masyarakat\w*|warga|polisi|wajib pajak|pemilik\w*|para|peserta|yang bersangkutan|"
                    r"tersangka|terdakwa|saksi|pelaku|massa|demonstran|pengunjuk rasa|perusuh|mahasiswa)\b", re.I)
SELF = re.compile(r"\b(saya|kami|kita|aku)\b", re.I)
# Clause breaks; not a comma after a space, where the scraper dropped a linked word ("mencari perusahaan , yang").
CLAUSE_SPLIT = re.compile(r"[;:\"“”]|(?<![\d\s]),(?!\d)(?![^()]*\))|\.(?=\s)|\s(?=(?:sehingga|namun|tetapi|tapi|karena|"
                          r"sebab|agar|supaya|apabila|jika|kalau|meski|walau|padahal|sedangkan|yakni|yaitu)\b)|"
                          r"\s(?=dan\s+(?:akan|harus|perlu|mulai|(?:me|ber)[a-z]{4,})\b)|"
                          r"\s(?=dan\s+(?-i:[A-Z][\w-]*\s+){1,4}(?:juga\s+|pun\s+)?(?:akan|harus|perlu)\b)|"
                          # "itu sudah kita rehabilitasi sejak Agustus tahun lalu | dan kita targetkan rampung ..."
                          r"\s(?=dan\s+(?:kita|kami|saya|pihaknya)\s+(?:\w+\s+)?(?:akan|harus|perlu|targetkan|"
                          r"menargetkan|berencana)\b)",
                          re.I)
# A connective, or the dateline of a lead sentence ("CIREBON -- Pemerintah Daerah Provinsi ...").
LEAD = re.compile(r"^\s*(?:(?-i:[A-Z]{3,}(?:\s+[A-Z]{3,})*)\s+(?:--|\u2014)\s+|"
                  r"(?:dan|serta|juga|bahwa|pun|lalu|kemudian|"
                  r"bahkan|meski demikian|selain itu|namun|sehingga|karena|ya|yakni|yaitu|salah satunya|tapi|maka|"
                  r"tetapi)\b[\s,]*)", re.I)
ACTOR_SUBJECT = re.compile(r"^\s*(?:(?i:saya|kami|kita|aku|dia|ia|beliau|pihaknya|pemerintah|pemkot|pemkab|pemprov|"
                           r"kementerian\w*|dinas\w*|badan)\b[^,]*?|[A-Z][\w.'-]*(?:\s+(?:'?[A-Z(][\w.()'-]*|(?:dan|bersama|serta)"
                           r"(?=\s+[A-Z])))*)\s+"
                           r"(?=(?:juga\s+|pun\s+|tetap\s+|terus\s+|akan\s+|telah\s+|sudah\s+)*(?:" +
                           "|".join(CUES.values()) + r")\b)")
# A government or public body by name: "Pemerintah Kota (Pemkot) Bogor", "Pemerintah Arab Saudi", "Kementerian Haji
# dan Umrah RI", "Badan Pemeriksa Keuangan (BPK)", "Pemprov Riau", "Kemensos"; not a street ("Jalan Kejaksaan").
GOVERNMENT = re.compile(r"(?<!Jalan )(?<!Jl\. )(?<!Jl )\b(Pemerintah (?:Kota|Kabupaten|Provinsi|Daerah|Pusat)(?: \(\w+\))?(?: [A-Z][\w-]*){0,3}|"
                        r"Pemerintah(?: [A-Z][\w-]*){1,3}|"
                        r"Pem(?:kot|kab|prov|da)(?: [A-Z][\w-]*){0,2}|"
                        r"(?:Kementerian|Badan|Otorita|Kepolisian|Kejaksaan|Komisi)(?:(?: dan)? [A-Z][\w-]*)+"
                        r"(?: \([A-Z][\w-]*\))?|"
                        r"Kemen[a-z]+\b)")
# A capitalised name right before the clause, as its subject: "Prabowo meminta ...", "Menteri X juga akan ...".
NAMED_SUBJECT = re.compile(r"(?:^|(?<=[\s,]))(?P<name>(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+)){0,2})\s+"
                           r"(?:(?:juga|pun|telah|sudah|kembali|kemudian)\s+)*$", re.I)
# "ketua RT akan dipilih langsung oleh masyarakat", "ketua RW akan dipilih langsung oleh ketua RT": what citizens or
# others will do under a rule, not an official's act
BY_OTHERS = re.compile(r"\b(?:akan|bakal)\s+di[a-z]{3,}\s+(?:\w+\s+){0,2}oleh\s+(?:mereka|masyarakat|warga|para|peserta|"
                       r"publik|rakyat|pemilih|ketua RT|ketua RW|pengurus|anggota|panitia|pengguna|pemilik|penerima)\b|"
                       # "Pemilihan ketua RT/RW akan dibuat berbeda": how a rule will have things, not an act
                       r"\b(?:akan|bakal)\s+dibuat\s+(?:berbeda|sama)\b", re.I)
# The agent of a planned passive: "akan dibuka oleh Sekertaris Daerah DKI Jakarta Saifullah".
PASSIVE_AGENT = re.compile(r"\b(?:akan|bakal)\s+di[a-z]{3,}\s+oleh\s+"
                           r"(?P<agent>(?-i:[A-Z][\w.'-]*)(?:\s+(?-i:[A-Z][\w.'()-]*))*)", re.I)
# "30 persen", "30 juta orang" (the scale word stays in the unit, as for indicators)
TARGET_VALUE = re.compile(rf"(?P<num>{NUMBER})\s*(?P<scale>(?:ribu|juta|miliar|triliun)\s+)?"
                          rf"(?P<unit>persen|%|hari|bulan|tahun|unit|rupiah|orang|km|ton|hektare|hektar|ha|ekor)(?!\w)", re.I)
LIST_INTRO = re.compile(r"(program|prioritas|rencana|langkah|agenda|target)[^\n]*:\s*\n", re.I)
LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[-•])\s+(?P<item>\S.*)$", re.M)
# "akhir tahun 2025", "akhir tahun", "akhir 2019": the last day of that year
YEAR_END = re.compile(r"\b(?:akhir|penghujung|ujung)\s+(?:tahun(?:\s+(?P<y>\d{4}))?|(?P<y2>20\d{2})\b)", re.I)
NEXT_YEAR = re.compile(r"\btahun depan\b", re.I)
THIS_YEAR = re.compile(r"\btahun ini\b", re.I)
YEAR = re.compile(r"\b(?:pada|tahun|di)\s+(?P<y>20\d{2})\b", re.I)
# "akan selesai semester II 2019": the half year's last day
SEMESTER = re.compile(r"\bsemester\s+(?:(?P<first>I|1|pertama)|II|2|kedua)\s+(?:tahun\s+)?(?P<y>20\d{2})\b", re.I)
# "digelar November 2025": by the end of that month
MONTHS = ("januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november",
          "desember")
# "Desember tahun ini": that month of the publication's year
MONTH_YEAR = re.compile(r"\b(?P<m>" + "|".join(MONTHS) + r")\s+(?:(?P<y>20\d{2})\b|tahun ini\b)", re.I)


def _is_cue(clause: str, cue: re.Match[str]) -> bool:
    word = cue.group().lower().strip()
    before = clause[:cue.start()]
    if cue.group()[0].isupper() and re.search(r"[A-Z][\w-]*\s+$", before):
        return False  # "Badan Pemberdayaan Perempuan dan Keluarga Berencana": part of a name
    if word in ("meminta", "minta") and re.match(r"\s+(?:maaf|dukungan|doa|restu|bantuan|hujan)\b", clause[cue.end():],
                                                  re.I):
        # "meminta maaf kepada masyarakat", "minta dukungan semua komponen", "meminta bantuan kepada Sukiman": an
        return False  # apology, an appeal, a favour asked
    if word == "meminta" and re.match(r"\s+(?:di[a-z]{3,}|pe[a-z]{3,}an)\b(?![^,.;]*\b(?:untuk|agar|supaya)\b)",
                                      clause[cue.end():], re.I):
        return False  # "meminta difasilitasi bertemu ...", "meminta pengawalan": asking for something, not an order
    if (word in ("akan", "harus", "perlu", "ingin", "berkomitmen", "berjanji", "berencana", "bakal", "siap") or
            (word in ("ditargetkan", "dipatok") and not re.match(r"\s+(?:bisa\s+|dapat\s+)?(?:rampung|selesai|tuntas|"
                                                               r"tercapai|(?:me|ber|di)[a-z]{3,})", clause[cue.end():])) or
            re.search(r"\b(?:kita|kami)\b", word)) and \
            re.search(r"\b(?:yang|yg)\s+(?:(?:masih|juga|tidak|pun|nantinya|sudah)\s+)?$", before, re.I) or \
            (word in ("berusaha", "berupaya") and re.search(r"\b(?:yang|yg)\s+(?:telah|sudah)\s+$", before, re.I)):
        # "langkah yang harus dilakukan", "cerobong yang akan dibongkar", "... dari 25 ribu pengunjung yang ditargetkan"
        return False  # (but "ruas jalan yang ditargetkan rampung pada akhir 2019"): a modifier, not a predicate
    if INSTRUCTION_VERB.fullmatch(word) and re.search(r"\b(?:tidak|tak|belum)\s+pernah\b|\b(?:tidak|tak|belum|bukan)\s+$",
                                                   before, re.I):
        return False  # "Wali Kota Jambi tidak pernah ... meminta fasilitas": what was never asked
    if INSTRUCTION_VERB.fullmatch(word) and re.search(r"\b(?:dalam|dengan cara|cara)\s+$", before, re.I):
        return False  # "turut terlibat dalam mengajak masyarakat": a role described, not an order given
    if INSTRUCTION_VERB.fullmatch(word) and re.search(r"\b(?:yang|yg)\s+$", before, re.I) and \
            not re.search(r"[A-Z][\w'-]*\s+(?:yang|yg)\s+$", before):
        return False  # "petisi yang meminta penggantian nama": what a thing asks, not an actor's instruction
    if word in ("berusaha", "berupaya") and re.search(r"\b(?:kesempatan|iklim|izin|perizinan|dunia|pelaku|tempat|"
                                                     r"kemudahan|ruang|bidang|sektor)\s+$", before, re.I):
        return False  # "kesempatan kerja dan kesempatan berusaha": a noun, not an effort promised
    if word == "mendorong" and not MENDORONG_ACTOR.search(before):
        return False  # "Biaya politik ... ini mendorong para kandidat untuk ...": a cause, not an actor's request
    if word in ("memastikan", "pastikan", "menjamin") and "komitmen" not in before.lower() and \
            re.search(r"\b(?:untuk|guna|demi|dalam|upaya \w+)\s+$", before, re.I):
        return False  # "krusial untuk memastikan ...": a purpose, not a promise
    if re.match(r"(?:target|fokus|tugas|prioritas)\s", word) and (
            not re.fullmatch(r"\W*(?:(?:jadi|dan|tapi|namun|karena|sekarang|kini|bahwa|ya|nah)\W+)*", before, re.I) or
            re.match(r"\s+(?:bersama|semua)\b", clause[cue.end():], re.I)):
        return False  # "masih sibuk mengakhiri masa tugas saya", "Tugas kita bersama menjaga ...": a noun, a duty of all
    if word in ("memastikan", "menjamin") and (re.search(r"\b(?:dan|serta|termasuk|hanya|tetapi juga|tapi juga)\s+$",
                                                         before, re.I) or re.match(r"\s+apakah\b", clause[cue.end():])):
        # "tidak hanya menyalurkan bahan pangan murah, tetapi juga memastikan rantai pasok tetap lancar", "termasuk
        return False  # memastikan bantuan tepat sasaran", "hanya memastikan apakah ...": what a task covers, a check
    if word == "terus":  # "Pemkot terus mengawasi", not "semangat kami untuk terus mengabdi", "akan terus berjalan"
        if re.fullmatch(r"\W*[A-Z][a-z]+(?:kan|i)\s+", before):
            return False  # "Nikmati terus menu sarapan ...": an imperative to the reader
        return bool(TERUS_ACTOR.search(before)) and not STATE_AFTER_AKAN.match(clause, cue.start() - 1)
    if word in ("harus", "perlu") and STATE_AFTER_MODAL.match(clause, cue.end()):
        return False
    if word == "perlu" and not re.match(r"\s+(?:(?:segera|terus|lebih|juga|kita|kami|untuk|tetap|kembali)\s+)?"
                                        r"(?:di|me|ber)[a-z]{3,}", clause[cue.end():], re.I):
        return False  # "perlu perbaikan", "perlu komitmen bersama": a need, not an action
    if word == "siap":  # "siap menyalurkan dana", not "lahan siap pakai", "sudah siap", "kami siap."
        return not re.search(r"\b(?:sudah|telah)\s+$", before, re.I) and \
            bool(re.match(r"\s+(?:me|ber|di)[a-z]{3,}", clause[cue.end():], re.I))
    if word == "ingin":  # "Anies ingin memberikan ruang kepada PKL", not "kami ingin program kami dirasakan"
        return not re.search(r"\b(?:tidak|tak|belum|sangat)\s+$", before, re.I) and \
            bool(re.match(r"\s+(?:(?:me|ber)[a-z]{3,}|tumbuh|naik|maju|bangun|buat)\b", clause[cue.end():], re.I)) and \
            not re.match(r"\s+(?:mengingatkan|menyampaikan|mengatakan|menegaskan|mengucapkan|berterima|menunjukkan)\b",
                         clause[cue.end():], re.I)  # "ingin mengingatkan bahwa ...": a speech act
    if word == "sepakat":  # "sepakat membentuk ...", "sepakat dengan Menteri ... untuk terus berkoordinasi"
        return bool(re.match(r"\s+(?:dengan\s+[^,.;]{1,60}?\s+)?(?:untuk\s+)?(?:terus\s+)?(?:me|ber|mem)[a-z]{3,}",
                             clause[cue.end():], re.I))
    if word == "akan":
        return bool(AKAN_VERB.match(clause, cue.end())) and not STATE_AFTER_AKAN.match(clause, cue.end())
    return True


def _kind(clause: str) -> str:
    if INSTRUCTION_VERB.match(clause, re.match(r"(?:(?:juga|pun|telah|sudah)\s+)*", clause).end()):
        # "meminta agar TPIP dan TPID terus bersinergi", "juga mendorong Kota Sukabumi untuk segera ..."
        return "instruction"
    for kind in ("target", "promise", "plan", "instruction"):
        if KIND_CUE[kind].search(clause):
            if kind == "instruction" and not INSTRUCTION_VERB.search(clause) and SELF.search(clause):
                return "promise"
            return kind
    return "plan"


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clause boundaries inside [start, end)."""
    out, pos = [], start
    for m in CLAUSE_SPLIT.finditer(text, start, end):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, end))
    return [(a, b) for a, b in out if text[a:b].strip()]


def _actor(article: Article, start: int, quoted: dict[str, Any] | None, sent_start: int,
           mentions: list) -> tuple[str | None, str | None]:
    """The official named nearest before the cue at `start` in its sentence (its subject: "Wali Kota Makassar Munafri
    'Appi' Arifuddin menargetkan"), else the speaker, else the last named outside quotes (one thanked inside a quote,
    "terima kasih kepada Presiden Prabowo", is not who acts in the narrative)."""
    before = [o for s, _, o in mentions if sent_start <= s < start]
    if before and not (quoted and quoted.get("speaker_name") and quoted["char_start"] <= before[-1]["char_start"]):
        if not quoted or not quoted.get("speaker_name") or not (quoted["char_start"] <= start < quoted["char_end"]):
            return before[-1]["name"], before[-1]["title"]
    if quoted and quoted.get("speaker_name"):
        return _speaker(article, quoted["speaker_name"], quoted.get("speaker_title"))
    if before:
        return before[-1]["name"], before[-1]["title"]
    spans = [(q["char_start"], q["char_end"]) for q in article.results.get("quotes", [])]
    outside = [o for s, _, o in mentions if s < start and not any(a <= s < b for a, b in spans)]
    if outside:
        return outside[-1]["name"], outside[-1]["title"]
    return quotes.last_mentioned(article, start)


def _speaker(article: Article, name: str, title: str | None) -> tuple[str | None, str | None]:
    """A quote's speaker as the article's official when the name is a clipped or misspelt form of one official's
    ("Harsono" for "Suharsono"), so that the office (a legislator's) is known; none when the article gives the
    speaker no office (a protest's coordinator, a citizen: decision 5)."""
    if title:
        return name, title
    key = name.lower()
    same = [o for o in article.results.get("officials", []) if len(key) >= 5 and o["name"].lower().endswith(key)]
    if len(same) == 1:
        return same[0]["name"], same[0]["title"]
    return (name, title) if officials.resolve(article, name) or _titled_name(article, name) else (None, None)


def _mentions(article: Article) -> list[tuple[int, int, dict[str, Any]]]:
    """Where the officials are named, and the quoted speakers the officials table lacks but the article gives an office
    ("Sekretaris Komisi A DPRD Kota Malang Harvard Kurniawan"): so that "Harvard menegaskan DPRD ... berkomitmen" is
    Harvard's, not the last official's."""
    found = []
    people = list(article.results.get("officials", []))
    known = {o["name"] for o in people}
    for q in article.results.get("quotes", []):
        who = q.get("speaker_name")
        if who and who not in known and not officials.resolve(article, who) and _titled_name(article, who):
            known.add(who)
            people.append({"name": who, "title": q.get("speaker_title"), "char_start": q["char_start"]})
    for o in people:
        parts = [o["name"]] + [w for w in o["name"].split() if len(w) >= 3 and w[0].isupper()]
        rx = r"\b(?:" + "|".join(map(re.escape, sorted(set(parts), key=len, reverse=True))) + r")\b"
        found += [(m.start(), m.end(), o) for m in pattern(rx).finditer(article.text)]
        for alias in o.get("aliases") or []:  # "Gus Ipul" for Saifullah Yusuf
            found += [(m.start(), m.end(), o) for m in pattern(rf"\b{re.escape(alias)}\b", re.I).finditer(article.text)]
    return sorted(found, key=lambda f: f[0])


def _deadline(article: Article, clause: str, c_start: int, c_end: int,
              sent_start: int) -> tuple[date | None, str | None]:
    """By when: a future date in the clause, "akhir tahun 2025" -> 2025-12-31, "tahun depan" -> next year."""
    base = article.published_date
    m = YEAR_END.search(clause)
    if m and (m.group("y") or m.group("y2") or base):
        return date(int(m.group("y") or m.group("y2") or base.year), 12, 31), m.group()
    dates = [{**d, "date": _period_end(d["date"], d["precision"])} for d in article.results.get("dates", [])
             if d["date"] is not None]
    for d in dates:
        if c_start <= d["char_start"] < c_end and (base is None or d["date"] >= base):
            return d["date"], d["text"]
    for d in dates:  # "Pada tanggal 20 Mei nanti, kami akan mengevaluasi ...": earlier in the sentence, in the future
        if sent_start <= d["char_start"] < c_start and base is not None and d["date"] > base:
            return d["date"], d["text"]
    m = MONTH_YEAR.search(clause)
    year = int(m.group("y")) if m and m.group("y") else base.year if m and base else None
    if m and year and (base is None or (year, MONTHS.index(m.group("m").lower()) + 1) >= (base.year, base.month)):
        month = MONTHS.index(m.group("m").lower()) + 1
        return date(year, month, calendar.monthrange(year, month)[1]), m.group()
    if base is not None:
        if NEXT_YEAR.search(clause):
            return date(base.year + 1, 12, 31), "tahun depan"
        if THIS_YEAR.search(clause):
            return date(base.year, 12, 31), "tahun ini"
    m = SEMESTER.search(clause)
    if m:
        return date(int(m.group("y")), 6 if m.group("first") else 12, 30 if m.group("first") else 31), m.group()
    for y in (YEAR.search(clause), YEAR.search(article.text, sent_start, c_start)):
        # "Mulai tahun 2026, Pemerintah Arab Saudi akan ...": a coming year in the clause or before it
        if y and (base is None or int(y.group("y")) >= base.year):
            return date(int(y.group("y")), 12, 31), y.group()
    return None, None


def _period_end(day: date, precision: str) -> date:
    """By when a date stands for: "bulan ini" is due at the month's end, "tahun depan" at the year's end, a day (or
    "Senin pekan depan") on that day."""
    if precision == "year":
        return date(day.year, 12, 31)
    if precision == "month":
        return date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])
    return day


def _list_start(text: str, clauses: list[tuple[int, int]], i: int) -> int:
    """"... yang efektif, efisien, tanggap, dan bersih dari korupsi, kolusi, serta nepotisme harus terus didorong":
    the subject is the whole list, not its last item."""
    start = clauses[i][0]
    if not LIST_TAIL.match(text[start:clauses[i][1]]):
        return start
    j = i
    while j > 0 and len(text[clauses[j - 1][0]:clauses[j - 1][1]].split()) <= 4 and \
            not CUE.search(text[clauses[j - 1][0]:clauses[j - 1][1]]):
        j -= 1
    return clauses[j][0]


def _complement(text: str, clauses: list[tuple[int, int]], i: int, c_start: int) -> tuple[int, str]:
    """Extend an instruction over its object and purpose ("menugaskan kepala OPD, ..., untuk mengawasi",
    "meminta agar ...") and a bare cue over the action after it ("Tatu juga berencana, akan memantau ...")."""
    c_end = clauses[i][1]
    clause = text[c_start:c_end]
    bare = BARE_CUE.fullmatch(clause)
    ends_in_verb = re.search(r"\b(?:me|mem|men|meng|meny)[a-z]{3,}\W*$", clause) and i + 1 < len(clauses) and \
        re.match(r"\W*(?:agar|supaya)\b", text[clauses[i + 1][0]:clauses[i + 1][1]], re.I)
    if ends_in_verb:  # "akan terus mendorong | agar program-program ini bisa diperluas"
        c_end = clauses[i + 1][1]
        return c_end, text[c_start:c_end]
    if not (INSTRUCTION_VERB.search(clause) or bare):
        c_end = _list_end(text, clauses, i)
        return c_end, text[c_start:c_end]
    j = i
    while j + 1 < len(clauses):
        nxt = text[clauses[j + 1][0]:clauses[j + 1][1]]
        if re.search(r'["“”]', text[clauses[j][1]:clauses[j + 1][0]]):
            break  # the quote ends: '...," ujar Yasir dalam keterangannya' is not part of the instruction
        purpose = re.match(r"\W*(?:agar|supaya|untuk)\b", nxt, re.I)
        if (CUE.search(nxt) and not purpose and not bare) or len(text[c_start:clauses[j + 1][1]].split()) > 30 or \
                re.match(r"\W*(?:sehingga|karena|namun|tetapi|tapi|padahal|sedangkan|meski|walau)\b", nxt, re.I):
            break  # "..., sehingga penyaluran bantuan dapat ...": a result, not part of the instruction
        j += 1
        c_end = clauses[j][1]
        clause = text[c_start:c_end]
        if purpose or re.search(r"\b(?:agar|supaya|untuk)\b", nxt) or bare:
            break
    return c_end, clause


def _list_end(text: str, clauses: list[tuple[int, int]], i: int) -> int:
    """The end of a list the clause's object opens ("menjamin keamanan, kenyamanan, serta pelayanan terbaik ..."):
    short items cut at commas, closed by an item with "dan"/"serta"."""
    j = i
    while j + 1 < len(clauses):
        nxt = text[clauses[j + 1][0]:clauses[j + 1][1]]
        if CUE.search(nxt):
            break
        if re.match(r"\s*(?:dan|serta)\s", nxt):
            return clauses[j + 1][1] if j > i and len(nxt.split()) <= 20 else clauses[i][1]
        if len(nxt.split()) > 3 or not re.match(r"\s*[a-z]", nxt):
            break
        j += 1
    return clauses[i][1]


def _target_unit(tv: re.Match[str]) -> str:
    """"%" -> "persen"; a scale word stays in the unit ("30 juta orang" -> "juta orang")."""
    unit = "persen" if tv.group("unit") == "%" else tv.group("unit").lower()
    return f"{tv.group('scale').strip().lower()} {unit}" if tv.group("scale") else unit


def _titled_name(article: Article, name: str) -> bool:
    """Whether a name the officials table lacks is given an office somewhere in the article ("Presiden Prabowo"):
    a citizen's or a company's plan is not a commitment (decision 5)."""
    common = gazetteers.load().common_words
    if any(w.lower() in common for w in name.split()):
        return False  # "Kemudian", "Juga": a sentence opener, not a name
    text = article.text
    # "Deputi Bidang Agribisnis, Kemenko Perekonomian, Yuli Sri Wiranti", "Direktur Jenderal Prasarana dan Sarana
    # Pertanian (PSP) Kementan Sarwo Edhy": the office's own name may hold commas, "dan" and its acronym
    return any(re.match(r"(?:[\s,]+(?:[A-Z][\w.'/-]*|dan|\([A-Z][\w-]*\))){0,8}[\s,]+" + re.escape(name) + r"\b",
                        text[t.end_char:t.end_char + 120])
               for t in article.gazetteer("TITLE"))


def _cue_start(clause: str) -> int:
    """Where the clause's first cue starts (its start when none is left)."""
    cue = CUE.search(clause)
    return cue.start() if cue else 0


def _titled(article: Article, word: str) -> dict[str, Any] | None:
    """The one official whose name or office is this word ("Presiden" -> the President named in the article)."""
    same = [o for o in article.results.get("officials", [])
            if word.lower() in (o["title"] or "").lower().split()[:1] or officials.resolve(article, word) is o]
    return same[0] if len(same) == 1 else None


def _office_subject(article: Article, sent_start: int, cue_at: int, mentions: list) -> dict[str, Any] | None:
    """The official whose office alone is the subject of the cue or of the reporting verb before it ("Panglima TNI
    mengatakan, besok akan mendatangkan ..."): the one holding that office, the one named last when several do."""
    text = article.text
    spans = [t for t in article.gazetteer("TITLE") if sent_start <= t.start_char and t.end_char <= cue_at]
    if not spans or not spans[-1].text[:1].isupper() or not OFFICE_SUBJECT.fullmatch(text, spans[-1].end_char, cue_at) or \
            any(spans[-1].start_char <= s < cue_at for s, _, _ in mentions) or \
            OFFICE_OWNER.search(text, sent_start, spans[-1].start_char):
        return None  # "sebagai pembantu presiden harus siap": the office is part of another noun phrase
    office = spans[-1].text.lower()
    holders = [o for o in article.results.get("officials", []) if (o["title"] or "").lower() == office]
    named = [o for s, _, o in mentions if s < cue_at and o in holders]
    return named[-1] if named else holders[0] if len(holders) == 1 else None


def _subject(clause: str) -> bool:
    """Whether the clause names who acts before its cue ("Mereka juga harus ..."), unlike "Juga merekomendasikan
    ..."."""
    cue = CUE.search(clause)
    return bool(cue and re.search(r"[^\W\d]{2,}", re.sub(r"\b(?:juga|pun|lalu|kemudian|selain itu|serta|dan|akan|"
                                                         r"telah|sudah|terus|tetap)\b", "", clause[:cue.start()],
                                                         flags=re.I)))


def _bodies(article: Article) -> list[tuple[int, int, str]]:
    """Public bodies the gazetteer finds ("BPK", "Dinas Kesehatan"), as written: one named as the subject of a cue is
    the committing body."""
    return [(s.start_char, s.end_char, s.text) for s in article.gazetteer("OPD")]


def _org_actor(text: str) -> str | None:
    m = GOVERNMENT.search(text)
    return m.group().strip() if m else None


def _action(article: Article, c_start: int, c_end: int, mentions: list) -> tuple[int, str, str | None] | None:
    """The clause from its action on: connectives, reporting verbs ("menuturkan bahwa") and the actor named as
    subject ("Pemkot Bogor", "saya") cut off; also the agency or government named as subject."""
    text = article.text
    clause = text[c_start:c_end]
    lead = LEAD.match(clause) or REPORTED.match(clause)
    if lead:
        c_start += lead.end()
        clause = text[c_start:c_end]
    cue = next((c for c in CUE.finditer(clause) if _is_cue(clause, c)), None)
    if not cue:
        return None
    if (INSTRUCTION_VERB.fullmatch(cue.group()) and re.search(r"\b(?:yang|yg)\s+$", clause[:cue.start()])) or \
            re.match(r"janji|(?:menyampaikan|menegaskan|menyatakan) komitmen", cue.group(), re.I) or \
            re.search(r"\s,\s*$", clause[:cue.start()]):  # "Menteri Kelautan dan Perikanan , berjanji": the subject's
        # name was a link the scraper dropped; the clause starts at the cue
        c_start += cue.start()  # "arahan Presiden Prabowo Subianto yang memerintahkan ...", "menuntut janji Presiden
        clause = text[c_start:c_end]  # untuk membuat ...": from the instruction or the promise on
        cue = CUE.match(clause)
    org = _org_actor(clause[:cue.start() + 1])
    bodies = [(s - c_start, e - c_start, name) for s, e, name in _bodies(article)
              if c_start <= s and e - c_start <= cue.start()]
    named = [m.end() for m in GOVERNMENT.finditer(clause, 0, cue.start())] + [e for _, e, _ in bodies] + \
        [e - c_start for s, e, _ in mentions if c_start <= s and e - c_start <= cue.start()]
    near = [e for e in named if ADVERBS.fullmatch(clause[e:cue.start()])]
    if near and near[-1] < cue.start():  # "... Pemkot Bogor terus berkomitmen ...", "BPK merekomendasikan"
        body = next((name for _, e, name in bodies if e == near[-1]), None)
        org = org or _org_actor(clause[:near[-1]]) or body
        c_start += near[-1]
        clause = text[c_start:c_end]
    subj = ACTOR_SUBJECT.match(clause)
    whole, whole_start = clause.strip(' ,."“”'), c_start
    if subj and (SELF.search(subj.group()) or org or any(c_start <= s < c_start + subj.end() for s, _, _ in mentions)
                 or officials.resolve(article, subj.group().strip())
                 or re.match(r"\s*(?:dia|ia|beliau|pihaknya)\b", subj.group(), re.I)):
        c_start += subj.end()
        clause = text[c_start:c_end]
    adverb = re.match(r"\s*pun\s+", clause)  # "Gus Ipul pun mengajak ..."
    if adverb:
        c_start += adverb.end()
        clause = text[c_start:c_end]
    clause = clause.strip(' ,."“”')
    if len(clause.split()) < 4 <= len(whole.split()):  # "kita seminggu sekali akan WFH-kan", "kami akan berikan sanksi"
        clause, c_start = whole, whole_start
    if len(clause.split()) < 3:
        return None
    return text.find(clause, c_start), clause, org


def extract(article: Article) -> list[dict[str, Any]]:
    """Commitment records, one per committing clause and per programme-list item."""
    text = article.text
    quoted_spans = article.results.get("quotes", [])
    mentions = _mentions(article)
    party = _party_names(text)
    records: list[dict[str, Any]] = []
    prev_sent_start = 0
    lead_end = next((sent.end_char for sent in article.doc.sents if article.span_text(sent).strip()), 0)
    for sent in article.doc.sents:
        clauses = _clauses(text, sent.start_char, sent.end_char)
        consumed = sent.start_char
        for i, (c_start, c_end) in enumerate(clauses):
            if c_start < consumed:  # already inside the complement of the clause before
                continue
            clause = text[c_start:c_end]
            if not any(_is_cue(clause, c) for c in CUE.finditer(clause)) or \
                    re.match(r"\W*(?:agar|supaya)\b", clause, re.I):
                continue  # "..., agar segera saja mengklaim asuransinya": a purpose or advice, not an act of its own
            c_start = _list_start(text, clauses, i)
            c_end, clause = _complement(text, clauses, i, c_start)
            consumed = c_end
            if NOT_COMMITMENT.search(clause) or NOT_COMMITMENT_CONTEXT.search(clause) or REASON.match(clause) or \
                    EFFECT.match(clause) or EFFECT.match(clause, _after_bahwa(clause)) or \
                    (PREDICTION.match(clause, _cue_start(clause)) and HOPE_BEFORE.search(text, sent.start_char, c_start)) or \
                    ((MAKA.match(clause) or DUTY_AFTER_CONDITION.match(clause)) and
                     CONSEQUENT.search(text[sent.start_char:c_start])) or \
                    PARTY.search(text[sent.start_char:sent.end_char]) or (party and party.search(clause)) or \
                    MENURUT.search(text, sent.start_char, c_start + _cue_start(clause)) or \
                    (OTHERS.match(clause) and _kind(clause) in ("plan", "promise")) or \
                    len(clause.split()) < 3 or text[c_end:sent.end_char].lstrip(' "”').startswith("?"):
                continue
            action = _action(article, c_start, c_end, mentions)
            if action is None:
                continue
            c_start, clause, org = action
            quote = next((q for q in quoted_spans if q["char_start"] <= c_start < q["char_end"]), None)
            cues = {c.group().lower() for c in CUE.finditer(clause) if _is_cue(clause, c)}
            if quote is None and cues == {"segera"}:
                continue  # "karena informasi tersebut segera diverifikasi": the narrative's "at once", not a plan
            if TALK.search(clause) or BY_OTHERS.search(clause) or \
                    (quote is None and (ASSURANCE.search(text, sent.start_char, c_start + len(clause)) or
                                        RULE.search(clause))):
                continue
            cue_at = c_start + _cue_start(clause)
            actor, title = _actor(article, cue_at, quote, sent.start_char, mentions)
            org = org or _org_actor(text[sent.start_char:c_start][-80:])
            agent = PASSIVE_AGENT.search(clause)
            if agent:  # "akan dibuka oleh Sekda ... Saifullah": the agent acts, or the official who announces it
                a_start = c_start + agent.start("agent")
                by = [o for s, _, o in mentions if a_start <= s < c_start + agent.end("agent")]
                said = any(sent.start_char <= s < c_start and o["name"] == actor for s, _, o in mentions)
                actor, title = (by[0]["name"], by[0]["title"]) if by else (actor, title) if said else (None, None)
                org = None if by else agent.group("agent")
            promised = re.match(r"janji(?:nya)?\s+(?:(?:Bapak|Pak|Ibu|Bu)\s+)?(?P<who>(?-i:[A-Z])[\w-]*)", clause, re.I)
            by = _titled(article, promised.group("who")) if promised else None
            if by:  # "janji Presiden untuk membuat Satgas PHK": the promise is the President's
                actor, title = by["name"], by["title"]
            addressed = re.search(r"\b(?:Pak|Bapak|Bu|Ibu)\s+(?P<t>[A-Z]\w+)\b[^,.;]{0,80}$", text[sent.start_char:cue_at])
            by = _titled(article, addressed.group("t")) if addressed else None
            if by:  # '"Pak Wali menerima ... serta memerintahkan Kepala BPM ..."': the titled official, not the speaker
                actor, title = by["name"], by["title"]
            by = _office_subject(article, sent.start_char, cue_at, mentions)
            if by:  # "Panglima TNI juga mengatakan akan mengirim ...": the office holder, not the official named last
                actor, title = by["name"], by["title"]
            named = NAMED_SUBJECT.search(text, sent.start_char, cue_at) if actor is None and org is None else None
            if named and gazetteers.region_for(named.group("name")):
                org = named.group("name")  # "Arab Saudi menargetkan kunjungan jamaah umrah ...": a country acts
            elif named and _titled_name(article, named.group("name")):
                actor = named.group("name")  # a name the officials table lacks but the article gives an office
            if actor is None and org is None and records and records[-1]["actor_org"] and not _subject(clause) and \
                    records[-1]["char_start"] >= prev_sent_start:
                org = records[-1]["actor_org"]  # "BPK merekomendasikan ... . Juga merekomendasikan ...": same body
            if actor is None and org is None and c_start < lead_end:
                # "Menteri Kelautan dan Perikanan , berjanji membantu ..." (the name lost with its link): the lead's
                # actor is the official the next sentences name ('..." ujar Susi')
                after = [o for s, _, o in mentions if lead_end <= s < lead_end + LEAD_REACH]
                actor, title = (after[0]["name"], after[0]["title"]) if after else (None, None)
            if actor is None and org is None:
                continue
            if title and LEGISLATOR.search(title) and not org and DEONTIC.search(clause):
                continue  # a legislator's "harus/perlu ..." about the executive is an opinion (decision 5)
            tv = TARGET_VALUE.search(clause)
            deadline, deadline_text = _deadline(article, clause, c_start, c_start + len(clause), sent.start_char)
            if any(r["actor_name"] == actor and r["deadline"] == deadline and
                   (_same_words(r["text"], clause, 0.5 if deadline else 0.6) or
                    (c_start - r["char_end"] < RESTATED_WITHIN and _restated(r["text"], clause))) for r in records):
                continue  # the body restating a commitment of its lead, a quote restating the paraphrase before it
            records.append(record(article, c_start, c_start + len(clause), "commitments.cue", 0.6,
                                  actor_name=actor, actor_title=title, actor_org=org, text=clause, kind=_kind(clause),
                                  target_value=parse_number(tv.group("num")) if tv else None,
                                  target_unit=_target_unit(tv) if tv else None, indicator=None, deadline=deadline, deadline_text=deadline_text,
                                  quoted=quote is not None))
        if article.span_text(sent).strip():
            prev_sent_start = sent.start_char
    records += _programme_items(article)
    return records


def _party_names(text: str) -> re.Pattern[str] | None:
    """The names of the parties the article mentions ("Partai Gelora Indonesia" -> "Gelora"), so that a party's
    plan is known when only its name is said ("targetnya Gelora bisa berdiri pada akhir 2019")."""
    names = {w for m in PARTY_NAME.finditer(text) for w in m.groups() if w and len(w) >= 3}
    return re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(names))) + r")\b") if names else None


def _stems(clause: str) -> set[str]:
    """Content words without their verb affixes ("memprioritaskan" -> "prioritaskan", "meminta" -> "minta")."""
    words = (w for w in re.findall(r"\w+", clause.lower()) if w not in FUNCTION_WORDS)
    return {AFFIX.sub("", w) if len(w) > 6 else w for w in words}


def _restated(a: str, b: str) -> bool:
    """A short clause most of whose content words another nearby one has ("Dia pun meminta agar Metland
    memprioritaskan warga lokal ..." then '"saya minta prioritaskan warga lokal"'): one commitment said twice."""
    sa, sb = _stems(a), _stems(b)
    return len(sa) >= 3 and len(sb) >= 3 and len(sa & sb) / min(len(sa), len(sb)) >= 0.75


def _after_bahwa(clause: str) -> int:
    """Where the content reported after "bahwa" starts ("KPPIP menuliskan bahwa kehadiran jalan tol ... akan ..."), else
    the clause's end."""
    m = re.search(r"\bbahwa\s+", clause, re.I)
    return m.end() if m else len(clause)


def _same_words(a: str, b: str, least: float) -> bool:
    """Two clauses sharing most of their words (text F1 >= `least`; half when they also share a deadline): one
    commitment said twice."""
    wa, wb = set(re.findall(r"\w+", a.lower())), set(re.findall(r"\w+", b.lower()))
    return bool(wa and wb) and 2 * len(wa & wb) / (len(wa) + len(wb)) >= least


def _programme_items(article: Article) -> list[dict[str, Any]]:
    """"7 program prioritas ...: 1. ... 2. ...": each numbered item is a planned action of whoever set the list."""
    text = article.text
    out = []
    for intro in LIST_INTRO.finditer(text):
        line_start = text.rfind("\n", 0, intro.start()) + 1
        intro_line = text[line_start:intro.end()]
        org = _org_actor(intro_line)
        actor, title = quotes.last_mentioned(article, intro.start())
        pos = intro.end()
        for m in LIST_ITEM.finditer(text, pos):
            if text[pos:m.start()].strip():
                break
            item = m.group("item").strip().rstrip(".")
            out.append(record(article, m.start("item"), m.start("item") + len(item), "commitments.list_item", 0.7,
                              actor_name=actor, actor_title=title, actor_org=org, text=item, kind="plan",
                              target_value=None, target_unit=None, indicator=None, deadline=None, deadline_text=None,
                              quoted=False))
            pos = m.end() + 1
    return out
