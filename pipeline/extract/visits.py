"""Visits: an official goes to an agency or place (kunjungan, meninjau, sidak, tiba di, ...).

Three ways the body says an official was somewhere (annotation decision 1):
- a visit verb or noun ("mengunjungi", "kunjungan resmi ke", "meninjau", "tiba di", "hadir di",
  "bertolak ke") followed by its hosts, or by what is inspected and then "di" a place;
- a statement given on site ("ujar Gubernur Abdul Wahid di lokasi operasi pasar",
  "kata Faisal dalam konferensi pers di Balairung", "kata Suwandi pada Rapat ... di Bogor"),
  but not "saat ditemui di ...", nor a statement broadcast or quoted;
- an official act at a place ("meresmikan ... di Kertajati, Kabupaten Majalengka").
The visitors are the subject of the verb, read from the sentence's structure: the officials
named before it (not those who accompany or greet, kin, sources and reporters of someone
else's trip), the official a relative clause ("Jokowi yang mengunjungi") or a visit noun
("kunjungan Menlu Retno ke") names, the main subject after a fronted clause ("Saat meninjau
..., Presiden ..."), else the speaker, else the visitors of the previous visit; an office's short
form or the office alone names its one holder ("kata Mendagri", "Bahkan Presiden juga sudah meninjau"). A visit told
without its host ("dalam kunjungannya itu") is at the lead's place; "benteng ini" is the Benteng just named. Negated,
cancelled (also in a later sentence), private, wished-for and others' visits give none, nor a stay in the official's
own region or the seat of their own government. A list of agencies gives one visit
each; places separated by commas are one address. One record per visitor and host per article
(landing at an airport on a reported trip adds none); the date is the one given for the visit,
else the date of the visitor's earlier visit in the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from pipeline import gazetteers
from pipeline.extract import officials, quotes
from pipeline.extract.base import Article, pattern, record, word_starts

VISIT = re.compile(r"\b(kunjungan(?:\s+kerja)?(?:nya)?|kedatangan(?:nya)?|kunker|berkunjung|mengunjungi|dikunjungi|"
                   r"meninjau|ditinjau|peninjauan|sidak|menyidak|inspeksi mendadak|menyambangi|disambangi|mendatangi|"
                   r"blusukan|"
                   r"bertandang|menghadiri|hadir|tiba|datang|memantau|turun langsung|bertemu|berlangsung|menemui|"
                   r"lawatan|melawat|bertolak|berada|"
                   # the prefixless forms of headlines and speech: "Bea Cukai Kunjungi Gubernur Maluku", "saya mampir ke IKN"
                   r"kunjungi|sambangi|datangi|mampir)\b", re.I)
# Nouns and intransitive verbs say where only with a preposition ("kunjungan ke", "tiba di").
NEEDS_PREP = re.compile(r"kunjungan.*|kedatangan.*|kunker|berkunjung|peninjauan|sidak|inspeksi mendadak|blusukan|"
                        r"bertandang|hadir|tiba|datang|bertemu|turun langsung|berlangsung|lawatan|melawat|bertolak|"
                        r"berada|mampir")
# The preposition may follow words that keep the trip the official's: "kunjungan resmi ke", "kunjungan kerja (kunker)
# ke", "datang langsung ke"; not "kunjungan wisman ke" (tourists), "datang kembali ke" (going home).
WHERE = re.compile(r"\s+(?:(?:kerja|resmi|kenegaraan|dinas|lapangan|perdana|pertama|mendadak|singkat|balasan|khusus|"
                   r"langsung|spesifik|silaturahmi|silaturahim|kerjanya|resminya|nya)\s+|\([\w ]+\)\s+){0,2}"
                   r"(?:di|ke)\s|(?<=bertolak)\s+menuju\s")  # "bertolak menuju Desa Merbau"
# "kunjungan Presiden Joko Widodo ke Riau": the visitor named between the noun and the preposition.
# Capitalised words of a title between a visit noun and the name, acronyms in brackets included.
TITLE_WORDS = re.compile(r"\s+(?:(?:[A-Z][\w.'/-]*|\([A-Z][\w.'/ -]*\)|dan),?\s+){0,12}")
VISIT_NOUN = re.compile(r"kunjungan.*|kedatangan.*|kunker|lawatan|peninjauan|sidak|inspeksi mendadak|blusukan")
PURPOSE = re.compile(r"\b(?:untuk|guna|dalam rangka)\s+$")
PASSIVE = {"dikunjungi", "ditinjau", "disambangi"}
# "acara yang digelar di Hotel X": where the occasion took place, so where the speaker was.
HELD = re.compile(r"digelar|diadakan|diselenggarakan|berlangsung|dilaksanakan|dihelat|bertempat|dipusatkan", re.I)
AIRPORT = re.compile(r"\b(?:Bandara|Bandar Udara|Lanud|Pangkalan Udara|Landasan Udara|Base Ops|Terminal [A-Z0-9])")
# What a transitive visit verb inspects, then where: "meninjau gladi resik latihan perang ... di Pos Tinjau T 12",
# within the clause (no punctuation, no purpose or time clause on the way).
OBJECT_THEN_PLACE = re.compile(r"(?:(?!\b(?:untuk|agar|supaya|guna|saat|ketika|setelah|sebelum|usai|sambil|sekaligus|"
                               r"lalu|kemudian)\b)[^.,;:!?\"“”]){1,100}?\bdi\s+(?=[A-Z])")
# A visit noun, what was done on the visit, then where: "dalam kunjungan kerjanya menyapa masyarakat suku Dayak ...
# di Desa Sepang Tokong". No comma or clause word in between: the "di" must still be the visit's.
NOUN_ACT_AT = re.compile(r"(?:\s+(?:kerja|resmi|kerjanya|resminya))?\s+(?:me|ber)[a-z]{3,}"
                         r"(?:\s+(?!(?:yang|untuk|agar|supaya|guna|karena|bahwa|sebelum|setelah)\b)[^\s,.;:\"“”]+){0,14}?"
                         r"\s+di\s+(?=[A-Z])")
# Present at the event the story is about: "yang hadir langsung dalam kegiatan tersebut".
ATTEND_ANAPHOR = re.compile(r"(?:\s+langsung)?\s+(?:dalam|pada|di)\s+(?:kegiatan|acara|agenda|pelatihan|peresmian|"
                            r"pencanangan|peluncuran|rapat|pertemuan|upacara|kesempatan)\s+(?:tersebut|itu|ini)\b", re.I)
# A visit noun with no host after it: the visit the story is about ("dalam kunjungannya itu", "di sela-sela sidak,").
VISIT_ANAPHOR = re.compile(r"\s+(?:itu|tersebut|ini)\b|\s*(?:[,.;:)]|$)")
# Named facilities and places the press writes with a head noun ("SDN Pekayon Jaya III", "Kawasan Industri Takalar",
# "Benteng Van Den Bosch"): a host that is no agency of the gazetteer.
FACILITY = (r"(?:SD|SDN|SMP|SMPN|SMA|SMAN|SMK|SMKN|MTs|MTsN|MAN|Sekolah|Madrasah|Universitas|Kampus|Pondok Pesantren|"
            r"Pondok|Pesantren|Ponpes|Rumah Sakit|RSUD|RSU|RS|Puskesmas|Pasar|Pelabuhan|Dermaga|Bandara|Terminal|"
            r"Stasiun|Desa|Kampung|Kelurahan|Dusun|Sungai|Kali|Pantai|Pulau|Danau|Gunung|Hutan|Bendungan|Waduk|Embung|"
            r"Jembatan|Jalan Tol|Tol|Kawasan|Kompleks|Gedung|Balai|Aula|Taman|Lapangan|Stadion|Gelanggang|GOR|"
            r"Alun-[Aa]lun|Masjid|Gereja|Pura|Vihara|Klenteng|Lapas|Rutan|Panti|Asrama|Rusun|Rusunawa|Perumahan|"
            r"Benteng|Candi|Museum|Monumen|Istana|Makam|Pabrik|Gudang|Posko|Kebun|Perkebunan|Tambang|Kilang|TPA|TPI|"
            r"Hotel|Mal|Plaza)")
FACILITY_HEAD = re.compile(rf"(?i:{FACILITY})")
# A place said again by its head noun: "benteng ini", "kawasan tersebut".
ANAPHOR_HOST = re.compile(r"(?P<head>[\w-]+)(?:\s+[a-z]\w*){0,3}\s+(?:ini|itu|tersebut)")
FACILITY_NAME = re.compile(rf"\b{FACILITY}(?:\s+(?:[A-Z0-9][\w'/-]*|[IVX]+)){{1,5}}")
# A visit to "lokasi" alone: the place is the one just named.
BARE_PLACE = re.compile(r"\s*(?:ke\s+)?(?:lokasi|tempat)(?:\s+(?:tersebut|itu|kejadian))?(?=\s*(?:[,.;]|$|"
                        r"(?-i:[A-Z])|\d|pada\b|sambil\b|seraya\b))", re.I)
# Words between an official and "berada": "Arifin sedang berada di AS".
STAYING = re.compile(r"\s*(?:(?:sendiri|pun|juga|sedang|masih|tengah|kini|saat ini|sudah|telah|akan)\s+)*")
# An office alone as the subject of the visit verb, only adverbs between: "Bahkan Presiden juga sudah meninjau".
TITLED_SUBJECT = re.compile(r"(?:^\W*|[,;:]\s+|^\W*\w+\s+)(?P<title>(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+){0,3})"
                            r"\s+(?:(?:juga|pun|sudah|telah|pernah|akan|sempat|langsung|kemudian|lalu|sendiri|bahkan|"
                            r"sebelumnya)\s+)*$", re.I)
# A sentence opening with a clause of time: "Saat meninjau lokasi karhutla, Kepala Negara ...".
FRONTED = re.compile(r"\W*(?:saat|ketika|sewaktu|selama|usai|seusai|setelah|sesudah|sebelum|dalam)\s+", re.I)
NAME_PARTICLES = {"di", "de", "van", "der", "bin", "binti", "al", "el", "dan", "&"}
# Short forms of the titles gazetteer that are ordinary words or ranks, not a way to name the one office holder
# ("Irjen Rudi Setiawan" is a police rank, "Plt" a prefix).
NOT_TITLE_NAME = {"asisten", "administrator", "pengawas", "senator", "legislator", "irjen", "kadin", "bhabin"}
# What a short title is "of": a unit's acronym ("Dirjen KPAII") or capitalised words that may be a region ("Kapolda
# Jabar").
TITLE_TAIL = re.compile(r"\s+(?P<unit>[A-Z]{2,}\b(?![\w-]))?(?(unit)|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})")
# No visit of the subject's: joining another's visit ("turut menyambangi"), inviting someone to come ("undang beliau
# untuk berkunjung ke"), wishing that someone would ("menyarankan agar ... Presiden bisa berkunjung").
NOT_SUBJECT = re.compile(r"\b(?:turut|ikut)\s+(?:serta\s+)?$|"
                         r"\b(?:meng|di)?(?:undang|ajak)\w*\b[^.]*\b(?:untuk|agar|supaya)\s+(?:\w+\s+)?$|"
                         r"\b(?:menyarankan|mengusulkan|meminta|mengimbau|mendesak|mendorong|berharap|mengharapkan|"
                         r"menginginkan)\b[^.]*\b(?:agar|supaya)\b[^.]*$", re.I)
NEGATED = re.compile(r"\b(?:tidak|tak|belum|bukan|batal|urung)\s+(?!hanya\b|sekadar\b)(?:[\w-]+\s+){0,3}$", re.I)
EVENT_VERB = {"menghadiri"}
QUOTE_MARK = re.compile(r"[\"“”]")  # the host is the place after "di", not the event's name
ACT = re.compile(r"\b(meresmikan|melaksanakan|melakukan|memimpin|membuka|mengikuti|menyerahkan|meluncurkan|"
                 r"melantik|mencanangkan|menggelar)\b", re.I)
# "kata", "ujar" always; words that are also adjectives or verbs ("menindak tegas", "lebih jelas") only as "tegasnya"
# or before the speaker's name ("tegas Erizal").
SPEECH = re.compile(r"\b(?:kata|ujar)(?:nya)?\b|\b(ungkap|jelas|tutur|tegas|imbuh|tambah|papar|ucap|tandas|pungkas|"
                    r"terang|sebut)(?:nya\b|(?=\s+(?-i:[A-Z])))|"
                    r"\b(?:di)?(?:sampaikan|ungkapkan|katakan|jelaskan|tegaskan|paparkan)(?:nya)?\b", re.I)
PRESENCE_AT = re.compile(r"\bdi(?:\s+,+)?\s+(?=[A-Z]|(?:(?:salah satu|sejumlah|beberapa)\s+)?(?:lokasi|kawasan|wilayah|"
                         r"halaman|ruang|gedung|kantor|pelabuhan|"
                         r"pesisir|"
                         r"lapangan|pasar|posko|gudang|area|lahan|desa|kampung|rumah|mes|aula|balai|kompleks)\b)")
# The speaker (title and name) then the occasion: an event noun or a named event ("kata Direktur Jenderal Tanaman
# Pangan Suwandi pada Rapat Percepatan ... di Bogor").
OCCASION = re.compile(r"\s*(?:\S+\s+){1,8}?(?:dalam|saat|ketika|pada|di sela(?:-sela)?)\s+(?:(?:me|ber)\w+\s+)?"
                      r"(?:(?:sambutan|pidato|acara|"
                      r"kegiatan|forum|peresmian|pembukaan|peluncuran|penutupan|upacara|rapat|pertemuan|seminar|"
                      r"konferensi|diskusi|dialog|sosialisasi|apel|sidang|musyawarah|lokakarya|webinar|festival|"
                      r"peringatan|perayaan)\w*\b|(?-i:[A-Z]))", re.I)
# "katanya saat Rapat Kerja dengan Komisi XII DPR RI": a working meeting held at the body met.
# A plain "rapat dengan BPTJ" says nothing of where it was held.
MEETING = re.compile(r"\b(?:rapat(?: kerja| dengar pendapat)|raker|RDP)\s+(?:dengan|bersama)\s+(?=[A-Z])|"
                     r"\brapat\s+(?:dengan|bersama)\s+(?=(?:Komisi|DPR|DPRD|Pansus|Panja|Banggar|Badan Anggaran)\b)",
                     re.I)
# Met or received rather than going; cancelled, private or remote (a broadcast is no presence).
NOT_PRESENT = re.compile(r"\b(ditemui|dihubungi|diwawancara\w*|dikonfirmasi|dijumpai|ditanya|menerima kunjungan|"
                         r"menerima audiensi|menerima tamu|menerima kedatangan|ruang kerja\w*|di hadapan|di depan|"
                         r"dihadiri|batal|dibatalkan|membatalkan|batalkan|ditunda|menunda|urung|pelesir|berlibur|"
                         r"liburan|cuti|pernikahan|hajatan|disiarkan|ditayangkan|diunggah|daring|virtual|streaming|"
                         r"telekonferensi|konferensi video)\b", re.I)
# A trip called off, said apart from the plan: "Saya batalkan (kunjungan keluar negeri)", "lawatannya ditunda".
CANCELLED = re.compile(r"\b(?:batal|batalkan|membatalkan|dibatalkan|urung|menunda|ditunda)\b[^.;\n]{0,40}?\b"
                       r"(?:kunjungan|lawatan|perjalanan|keberangkatan|kunker)|\b(?:kunjungan|lawatan|perjalanan|"
                       r"keberangkatan|kunker)\w*\b[^.;\n]{0,40}?\b(?:batal|dibatalkan|ditunda|urung)\b", re.I)
PLANNED = re.compile(r"\b(akan|berencana|rencananya|rencana|dijadwalkan|hendak|bakal|minggu depan|pekan depan|"
                     r"bulan depan|nanti|ingin|mau|besok|lusa|diperkirakan|direncanakan)\b", re.I)
# A private occasion the trip is for ("untuk menghadiri undangan pernikahan").
PRIVATE = re.compile(r"\b(?:pernikahan|resepsi pernikahan|hajatan|pelesir|berlibur|liburan|cuti)\b", re.I)
# A time after the host that puts the visit ahead: "kedatangannya ke Papua dalam waktu dekat".
PLANNED_AFTER = re.compile(r"[^.;]{0,60}?\b(?:dalam waktu dekat|mendatang|besok|lusa|"
                           r"(?:minggu|pekan|bulan|tahun) depan)\b", re.I)
# Those who come along or are met: "yang didampingi Menteri Sekretariat Negara, Pratikno tiba di".
ACCOMPANY = re.compile(r"\b(didampingi|bersama|disambut|diterima|oleh|dengan|menerima|mewakili)\b[^.,]*(?:,\s*)?$",
                       re.I)
# A clause of its own inside the sentence: its subject is the visit's, not the main clause's.
SUBORDINATE = re.compile(r"\b(?:setelah|sesudah|sebelum|ketika|sementara|sedangkan|bahwa|karena)\b", re.I)
# Who reports another official's visit: "Tjokorda mengatakan Gubernur I Wayan Koster sedang berada di Jakarta".
REPORTING = re.compile(r"\b(?:mengatakan|menyatakan|menjelaskan|menyebut(?:kan)?|mengungkapkan|menuturkan|menegaskan|"
                       r"menilai|mengaku|menerangkan|memaparkan|menambahkan|mengapresiasi|berharap|meminta|"
                       r"mengingatkan)\b", re.I)
# The kin an official is named through ("Putra sulung Presiden Joko Widodo (Jokowi), Gibran, ... kunjungannya ke"),
# and the source ("Menurut Abisai, ...").
KIN = re.compile(r"\b(?i:putra|putri|istri|suami|anak|menantu|cucu)\s+(?:sulung\s+|bungsu\s+)?"
                 r"(?:(?:[A-Z][\w.-]*|ke-?\d+)\s+){0,5}$|"
                 r"\b(?i:menurut)\s+(?:[A-Z][\w.-]*\s+){0,4}$")
# "harus melakukan ... di IKN", "siap melakukan investigasi ... di Malaysia": not there
MODAL = re.compile(r"\b(?:harus|perlu|wajib|ingin|mau|siap)\s+(?:\w+\s+)?$", re.I)
EARLIER = re.compile(r"\b(sebelumnya|beberapa waktu lalu|pekan lalu|bulan lalu|tahun lalu)\b", re.I)
_DAY = r"(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu)\b"
HOST_END = re.compile(r"\s(?:untuk|guna|dalam rangka|agar|supaya|sekaligus|yang|disambut|didampingi|ditemani|"
                      r"diiringi|diikuti|bersama|beserta|atau|tanpa|"
                      r"pada|pukul|saat|ketika|sejak|setelah|sebelum|usai|dengan|terkait|tentang|demi|sambil|"
                      r"kemarin|hari ini|(?:pagi|siang|sore|malam) (?:ini|tadi|hari)|dan langsung|lalu|seperti|"
                      r"akan|telah|sudah|masih|belum|bisa|dapat|harus|baru-baru ini|beberapa waktu|selama|hanya|"
                      r"sekitar|dari|"
                      r"(?:akhir|awal) (?:pekan|minggu|bulan|tahun)|(?:pekan|minggu|bulan|tahun) (?:ini|depan))\b|"
                      rf"[.;:\"“”?!]|,\s*(?={_DAY}|(?!serta\b|dan\b)[a-z])|\s(?={_DAY})|\s\((?=\d)")
ITEM_SPLIT = re.compile(r",\s*(?:serta|dan)(?:\s+|$)|\s+(?:serta|dan)(?:\s+|$)|,\s*")
PLACE_HEAD = re.compile(r"^(?:lokasi|kawasan|wilayah|halaman|ruang|gedung|kantor|pelabuhan|pesisir|lapangan|pasar|"
                        r"posko|gudang|area|lahan|desa|kampung|rumah|mes|aula|balai|kompleks|makam|kediaman)\b", re.I)
# "kawasan Jakarta Utara": a region named as an area is the region.
REGION_NOUN = re.compile(r"^(?:kawasan|wilayah|daerah)\s+", re.I)
# Place nouns too vague to be a host on their own ("meninjau lokasi").
VAGUE = re.compile(r"^(?:lokasi|kawasan|wilayah|halaman|ruang|gedung|kantor|area|lahan|rumah|desa|kampung|lapangan|"
                   r"makam|kediaman)$",
                   re.I)
GENERIC_HOST = re.compile(r"^(?:OPD|SKPD|dinas|instansi|Organisasi Perangkat Daerah(?: \(OPD\))?|lain-lain|kecamatan|"
                          r"kec\.?|"
                          r"kelurahan|desa)$", re.I)
ORG_WORD = re.compile(r"\b(?:Dinas|Badan|Kementerian|Inspektorat|Sekretariat|Satuan)\b")
VERB_WORD = re.compile(r"\b(?:me|ber)[a-z]{4,}\b")
ADDRESS = re.compile(r"^(?:Jalan|Jl\.?|Kecamatan|Distrik|Kelurahan|Desa|Dusun|Dukuh|Kota|Kabupaten|Kab\.|Provinsi|RT|RW)\b")
LEAD = re.compile(r"^(?:(?:ke|di|kerja|kerjanya|salah satu|sejumlah|beberapa|berbagai|para|seluruh|langsung|antaranya|"
                  r"antara lain|yakni|yaitu|adalah)\s+)+", re.I)
FALLBACK_LEAD = set("saat sewaktu ketika dalam selama usai setelah seusai hal itu tersebut ini diungkap disampaikan "
                    "dikatakan juga kemudian lalu dan langsung pun sebelumnya sesampainya".split())
PRONOUN_START = re.compile(r"^\W*(?:ia|dia|beliau|mereka|rombongan|kegiatan|selain itu|kemudian|lalu|setelah itu|"
                           r"usai)\b", re.I)
PARTY = re.compile(r"\b(?:beserta|bersama|dan)\s+rombongan\b", re.I)
# A main clause subject named by office alone: "Saat meninjau lokasi karhutla, Kepala Negara sempat bertanya".
OFFICE_WORD = re.compile(r",\s*(?:Kepala Negara|Presiden|Wakil Presiden|Wapres|Menteri|Menko|Gubernur|Wagub|Bupati|"
                         r"Wali ?kota|Kapolda|Kapolres|Kapolri|Panglima|Pak|Bu|Ibu|Bapak)\b")
OFFICE_HOLDER = re.compile(r"^(?:Menteri|Gubernur|Bupati|Wali ?kota|Kepala|Ketua|Direktur|Presiden|Kapolda|Kapolres|"
                           r"Dandim|Kajari|Kajati)\b", re.I)
OFFICE_HEAD = re.compile(r"^(?:Wakil |Pelaksana Tugas |Plt\.? )?(?:Menteri|Kepala|Direktur|Sekretaris|Ketua)\s+")
LEGISLATOR = re.compile(r"\b(?:DPR|MPR|DPD|DPRD|Dewan Perwakilan|Majelis Permusyawaratan)\b")
PARLIAMENT = re.compile(r"\b(?:[Pp]arlemen|Gedung (?:DPR|MPR|DPD|DPRD|Nusantara)|DPRD|Senayan)\b")
# "menerima Bupati Flores Timur Anton Doni Dihen di ruang kerjanya", "audiensi dengan Wali Kota Sukabumi ... di Kantor
# Kemensos": the officials received are the visitors, the receiver's office the host.
RECEPTION = re.compile(r"\b(?:menerima(?:\s+(?:kunjungan(?:\s+kerja)?|audiensi|kedatangan))?|(?<!ber)audiensi\s+"
                       r"(?:dengan|bersama))\s+", re.I)
OWN_ROOM = re.compile(r"\bdi\s+(?:ruang(?:an)?\s+kerja\w*|kantor\w*)(?=[\s,.]|$)", re.I)
GOVERNOR = re.compile(r"\b(?:Gubernur|Sekretaris Daerah Provinsi|Sekda Provinsi)\b")
# The governors' office buildings, named without "Kantor Gubernur".
GOVERNOR_SEAT = re.compile(r"\b(?:Gedung (?:Sate|Pakuan|Grahadi|Gradhika(?: Bhakti Praja)?|Negara Grahadi)|"
                           r"Kantor Gubernur|Balai Kota DKI)\b")
# The seat of a regional government, by the level it is of.
REGION_SEAT = re.compile(r"\b(?:(?P<city>Balai\s?[Kk]ota|Kantor\s+(?:Wali\s?[Kk]ota|Pemkot|Pemerintah\s+Kota))|"
                         r"(?P<regency>Pendopo|Pendapa|Kantor\s+(?:Bupati|Pemkab|Pemerintah\s+Kabupaten))|"
                         r"(?P<province>Kantor\s+(?:Gubernur|Pemprov|Pemerintah\s+Provinsi)))\b", re.I)
SEAT_LEVELS = {"city": {"kota"}, "regency": {"kabupaten", "kota"}, "province": {"provinsi"}}
CITY_HALL_PROVINCES = {"31"}  # DKI Jakarta: the province is governed from the Balai Kota
NOT_REGIONAL_KIND = {"police_military", "legislature", "judiciary", "vertical_agency", "election", "national"}
HEAD_KIND = {"head_of_region", "deputy", "acting", "secretary"}  # who have their office in the seat
# A regional government named by its head or its own name: "kunjungi Gubernur Maluku, Murad Ismail" is a visit to
# the Pemerintah Provinsi Maluku; "ke Pemkot Ambon", "Kantor Bupati Bogor" too.
REGIONAL_GOVERNMENT = re.compile(r"(?:Kantor\s+)?(?:(?P<provinsi>Gubernur|Pemprov|Pemerintah\s+Provinsi)|"
                                 r"(?P<kabupaten>Bupati|Pemkab|Pemerintah\s+Kabupaten)|"
                                 r"(?P<kota>Wali\s?[Kk]ota|Pemkot|Pemerintah\s+Kota))\s+"
                                 r"(?P<region>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})")
PALACE_STAFF = re.compile(r"\b(?:Presiden|Kepresidenan|Sekretaris Negara|Sekretaris Kabinet|Mensesneg|Seskab)\b")
WEEKDAY = re.compile(r"\b(Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu)\b")
NOT_VISIT_DATE = re.compile(r"(?:pasca\w*|sejak|sebelum|setelah|terbakar|terjadi)\s+(?:\w+\s+){0,2}$", re.I)


@dataclass
class Host:
    org: str | None
    text: str
    region: str | None
    place: str | None
    start: int
    end: int


def _mentions(article: Article) -> list[tuple[int, int, dict[str, Any]]]:
    """Where each official is named: full name, a name part, or an office held by one official only."""
    found = []
    offs = article.results.get("officials", [])
    for o in offs:
        parts = [o["name"], *(o.get("aliases") or []), *_short_forms(o["name"], article.text)] + [
            w for w in o["name"].split()
            if len(w) >= 3 and w[0].isupper() and not gazetteers.load().region_names.get(gazetteers.fold(w))]
        titles = [o["title_text"]] if o.get("title_text") and len(o["title_text"].split()) >= 2 and \
            sum(1 for p in offs if p.get("title_text") == o["title_text"]) == 1 else []
        rx = r"\b(?:" + "|".join(map(re.escape, sorted(set(parts + titles), key=len, reverse=True))) + r")\b"
        found += [(m.start(), m.end(), o) for m in pattern(rx).finditer(article.text)
                  if not re.match(r"-[A-Z]", article.text[m.end():m.end() + 2])]  # not "Tim Kampanye Jokowi-Ma'ruf"
    found += _title_mentions(article.text, offs)
    return sorted(found, key=lambda f: f[0])


@lru_cache(maxsize=1)
def _title_abbreviations() -> dict[str, tuple[str, ...]]:
    """The one-word short forms of each office ("Mendagri", "Kapolda", "Wapres", "Dirjen"), from the titles
    gazetteer."""
    forms: dict[str, list[str]] = {}
    for k, t in gazetteers.load().title_forms.items():
        if " " not in k and len(k) >= 4 and t.normalized and k not in NOT_TITLE_NAME and \
                k not in (gazetteers.fold(t.normalized), gazetteers.fold(t.title)):
            forms.setdefault(t.normalized, []).append(k)
    return {title: tuple(sorted(ks, key=len, reverse=True)) for title, ks in forms.items()}


def _title_mentions(text: str, offs: list[dict[str, Any]]) -> list[tuple[int, int, dict[str, Any]]]:
    """An office's short form names its holder when one official of the article holds it: "kata Mendagri usai
    menghadiri", "kunjungan Kapolda Jabar ke Bandung Zoo"."""
    holders: dict[str, list[dict[str, Any]]] = {}
    for o in offs:
        holders.setdefault(o.get("title") or "", []).append(o)
    forms = _title_abbreviations()
    found = []
    for title, same in holders.items():
        if len(same) == 1 and forms.get(title):
            found += _short_title_mentions(text, forms[title], same[0])
    return found


def _short_title_mentions(text: str, forms: tuple[str, ...],
                          official: dict[str, Any]) -> list[tuple[int, int, dict[str, Any]]]:
    """Where one official's office is written short, with the region or unit it is of."""
    found = []
    home = gazetteers.region_for(official.get("jurisdiction") or "")
    for m in pattern(r"\b(?:" + "|".join(map(re.escape, forms)) + r")\b", re.I).finditer(text):
        if not m.group()[0].isupper():
            continue
        end, after = m.end(), TITLE_TAIL.match(text, m.end())
        if after and after.group("unit"):
            end = after.end()  # "Dirjen KPAII"
        elif after:  # "Kapolda Jabar": the region the office is of, and it must be the holder's
            words = list(re.finditer(r"\S+", after.group()))
            for n in range(len(words), 0, -1):
                region = gazetteers.region_for(after.group()[words[0].start():words[n - 1].end()])
                if region:
                    end = after.start() + words[n - 1].end() if home and region.province == home.province else -1
                    break
        if end > 0:
            found.append((m.start(), end, official))
    return found


def _short_forms(name: str, text: str) -> list[str]:
    """Short names the press forms from a full name and the text uses: the first word run into the start of the
    second ("Jokowi" for Joko Widodo), or the initials ("JK" for Jusuf Kalla, "SBY")."""
    words = [w for w in name.split() if w[:1].isupper()]
    if len(words) < 2:
        return []
    found = [m.group() for m in pattern(rf"\b{re.escape(words[0])}([a-z]{{1,4}})\b").finditer(text)
             if words[1].lower().startswith(m.group(1))]
    initials = "".join(w[0] for w in words)
    if next(word_starts(text, initials), None) is not None:
        found.append(initials)
    return found


def _subjects(article: Article, mentions: list, start: int, trigger: int) -> list[dict[str, Any]]:
    """Officials named in [start, trigger) who are not merely accompanying or greeting, nor the source of a report
    about another official named after them ("Tjokorda mengatakan Gubernur I Wayan Koster sedang berada di")."""
    out: list[dict[str, Any]] = []
    inside = [(s, e, o) for s, e, o in mentions if start <= s < trigger
              and _quoted(article, s) <= _quoted(article, trigger)]  # not "Bapak Presiden Prabowo" in the quote
    for s, e, o in inside:
        reported = REPORTING.search(article.text, e, trigger)
        if reported and any(s2 > reported.start() and o2 is not o for s2, _, o2 in inside):
            continue
        if not ACCOMPANY.search(article.text[start:s]) and not KIN.search(article.text[start:s]) and o not in out:
            out.append(o)
    clause = [m.end() for m in SUBORDINATE.finditer(article.text, start, trigger)]
    own = [o for o in out if clause and any(o is o2 and s > clause[-1] for s, _, o2 in inside)]
    return own or out  # "Trump berhati-hati setelah sebelumnya Menteri Luar Negeri AS Mike Pompeo, dalam kunjungannya"


def _hosts(article: Article, start: int, end: int, mentions: list) -> list[Host]:
    """Agencies and places named in [start, end): one per agency of a list, one per address."""
    text = article.text
    orgs = [o for o in article.results.get("orgs", []) if start <= o["char_start"] < end]
    people = [(a, b) for a, b, _ in mentions if start <= a < end]
    items, pos = [], start
    inside_org = [(o["char_start"], o["char_end"]) for o in orgs]
    # "lokasi kebakaran hutan dan lahan": words joined inside a common-noun phrase are one place
    splits: list[re.Match] = []
    for m in ITEM_SPLIT.finditer(text, start, end):
        if not any(a < m.start() < b for a, b in inside_org) and \
                not _noun_tail(text[splits[-1].end() if splits else start:m.start()], text[m.end():end]):
            splits.append(m)
    for m in splits + [None]:
        stop = m.start() if m else end
        items.append((pos, stop, m.group() if m else ""))
        pos = m.end() if m else end
    hosts: list[Host] = []
    listing = bool(orgs)
    for i, (a, b, _) in enumerate(items):
        lead = LEAD.match(text[a:b].lstrip(" \t\n),"))  # ") di Riau" after a link gap "lahan (,) di Riau"
        a += (len(text[a:b]) - len(text[a:b].lstrip(" \t\n),"))) + (lead.end() if lead else 0)
        inner = re.search(r"\bdi\s+(?:(?:lingkungan|kawasan|komplek\w*)\s+)?(?=[A-Z])", text[a:b]) \
            if text[a:a + 1].islower() else None
        if inner:  # "bagian di lingkungan Balai Kota Bandung"
            a += inner.end()
        # "rencana lokasi pembangunan Kawasan Industri Takalar": the named place; "pesisir Pantai ..." is one already
        elif text[a:a + 1].islower() and not PLACE_HEAD.match(text[a:b]):
            facility = FACILITY_NAME.search(text, a, b)
            a = facility.start() if facility and not VERB_WORD.search(text[a:facility.start()]) else a
        item = text[a:b].strip()
        government = _regional_government(text, a + len(text[a:b]) - len(text[a:b].lstrip()), b)
        if government:
            hosts.append(government)
            continue
        anaphor = ANAPHOR_HOST.fullmatch(item)
        earlier = _antecedent_named(text, a, anaphor.group("head")) if anaphor else None
        if earlier:  # "berkunjung ke benteng ini": the "Benteng Van Den Bosch" just named
            hosts.append(Host(None, earlier, None, earlier, a, b))
            continue
        if not item or GENERIC_HOST.match(item) or any(a <= p < b for p, _ in people):
            continue
        qualifier = bool(hosts) and "," in items[i - 1][2] and (  # "Polres Tangerang Selatan ..., Serpong, ..."
            ADDRESS.match(item) or gazetteers.region_for(item) or gazetteers.kecamatan_code(item) is not None)
        org = next((o for o in orgs if a <= o["char_start"] < b and not GENERIC_HOST.match(o["org_text"])), None)
        if not org and item[0].isupper():  # "Korea Utara dalam waktu dekat", "RSPAD lima menit": the name only
            a += len(text[a:b]) - len(text[a:b].lstrip())
            item = _proper(item)
            b = a + len(item)
        if not org and (len(item.split()) > 8 or VERB_WORD.search(item)):
            continue
        if org and not qualifier:
            written = item if org["org_text"] in item else org["org_text"]  # "Kantor Bea Cukai Jayapura"
            hosts.append(Host(org["org"], written, org["region"], None, org["char_start"], max(org["char_end"], b)))
            continue
        if not (item[0].isupper() or PLACE_HEAD.match(item)) or VAGUE.match(item) or \
                re.search(r"\b(?:ini|itu|tersebut|sini|sana)$", item):
            continue
        if qualifier or (hosts and not listing and "," in items[i - 1][2]):
            if hosts[-1].org is None:  # "Pekanbaru, Riau", "Ballroom Plaza Jamsostek, Jakarta": one address
                hosts[-1].place = hosts[-1].text = text[hosts[-1].start:b].strip()
                hosts[-1].end = b
            continue
        hosts.append(Host(None, item, None, item, a, b))
    if len(items) == 2 and len(hosts) == 2 and hosts[0].org is None and hosts[1].org and "," in items[0][2]:
        hosts = [Host(hosts[1].org, text[hosts[0].start:hosts[1].end].strip(), hosts[1].region, hosts[0].place,
                      hosts[0].start, hosts[1].end)]  # "Balairung, Balai Kota Jakarta": a hall of the agency
    if any(h.org for h in hosts):  # "kantor Dinas Kependudukan" before "... (Disdukcapil)": a piece of an agency name
        hosts = [h for h in hosts if h.org or not ORG_WORD.search(h.text)]
    return hosts


def _regional_government(text: str, start: int, end: int) -> Host | None:
    """The regional government a host names by its head or its name ("Gubernur Maluku", "Pemkot Ambon"), with the
    region of that level: visiting the head of a region is visiting its government."""
    m = REGIONAL_GOVERNMENT.match(text, start, end)
    if not m:
        return None
    level = next(k for k in ("provinsi", "kabupaten", "kota") if m.group(k))
    words = list(re.finditer(r"[\w-]+", m.group("region")))
    for n in range(len(words), 0, -1):
        region = gazetteers.region_for(m.group("region")[:words[n - 1].end()], prefer=level)
        if region and region.type == level:
            stop = m.start("region") + words[n - 1].end()
            return Host(f"Pemerintah {region.canonical}", text[m.start():stop], region.canonical, None, m.start(), stop)
    return None


def _antecedent_named(text: str, pos: int, head: str) -> str | None:
    """The last place named with the same head noun, capitalised as a name, shortly before `pos` ("Benteng Van Den
    Bosch" for "benteng ini"; not "kawasan Rebana", an area)."""
    if not FACILITY_HEAD.fullmatch(head):
        return None
    name = pattern(rf"\b{re.escape(head.capitalize())}(?:\s+(?:[A-Z0-9][\w'/-]*|van|den|der|de|di)){{1,5}}")
    found = list(name.finditer(text, max(0, pos - 600), pos))
    return _proper(found[-1].group()) if found and len(found[-1].group().split()) > 1 else None


def _proper(item: str) -> str:
    """The capitalised words a place name is made of, up to the first lower-case word that is no name particle
    ("Karhutla di Riau" whole, a long one up to its "di")."""
    words = item.split(" ")
    keep = 1
    while keep < len(words) and (words[keep][:1].isupper() or words[keep][:1].isdigit() or words[keep][:1] in "(/'\"-"
                                 or words[keep] in NAME_PARTICLES):
        keep += 1
    while keep > 1 and words[keep - 1] in NAME_PARTICLES:
        keep -= 1
    if keep > 8 and "di" in words[1:keep]:  # "Posko Pendakian Gunung Merbabu di Dukuh Wonolelo Kecamatan Ampel ..."
        keep = words.index("di", 1)
    return " ".join(words[:keep])


def _noun_tail(item: str, rest: str) -> bool:
    """Lower-case words after "dan" or a comma go on a common-noun place ("lokasi kebakaran hutan dan lahan"),
    unless they start a new one ("lokasi banjir dan posko pengungsian")."""
    item, rest = LEAD.sub("", item.strip()), LEAD.sub("", rest)
    return bool(re.match(r"[a-z]", item) and re.match(r"[a-z]", rest)) and not re.match(
        PLACE_HEAD.pattern + r"\s+[a-z]", rest, re.I)


def _host_window(text: str, start: int, limit: int) -> int:
    m = HOST_END.search(text, start, limit)
    return m.start() if m else limit


def _date(article: Article, sent_start: int, sent_end: int, earlier: date | None, sentence: str,
          event: tuple[Any, Any], host_org: str | None = None, host_text: str = "",
          visitor: str = "") -> tuple[Any, Any]:
    """The visit's date: given in its sentence or the next one of its paragraph, else in an earlier sentence that
    tells the visitor's visit, else the visitor's earlier visit date, else the event date of the lead paragraph;
    none for an earlier trip."""
    para_end = article.text.find("\n", sent_end)
    para_end = len(article.text) if para_end < 0 else para_end
    nxt = re.search(r"[.!?]\s", article.text[sent_end:para_end])
    # an earlier trip said up to the host ("Andre yang sebelumnya ... meninjau wilayah ..."), not after it ("ke Bandung
    # Zoo ... garis polisi yang sebelumnya terpasang")
    cut = sentence.find(host_text) + len(host_text) if host_text and host_text in sentence else len(sentence)
    earlier_trip = EARLIER.search(sentence, 0, cut)
    window_end = sent_end if earlier_trip else sent_end + (nxt.end() if nxt else para_end - sent_end)
    candidates, invalid = [], None
    for d in article.results.get("dates", []):
        if d["date"] is None and sent_start <= d["char_start"] < sent_end and WEEKDAY.search(d["text"]):
            invalid = d  # "Senin (21/10/2025)" on a Tuesday: the visit's date is unknown
        if d["date"] is None or not (sent_start <= d["char_start"] < window_end) or d.get("precision") != "day" \
                or "akhir" in d["text"].lower():
            continue
        before = article.text[max(sent_start, d["char_start"] - 40):d["char_start"]]
        after = article.text[d["char_end"]:d["char_end"] + 6]
        if NOT_VISIT_DATE.search(before) or re.match(r"\s*lalu\b", after) and not WEEKDAY.search(d["text"]):
            continue
        candidates.append((d["char_start"] >= sent_end, not WEEKDAY.search(d["text"]), d["char_start"], d))
    if candidates:
        d = min(candidates, key=lambda c: c[:3])[3]
        return d["date"], d["text"]
    if invalid:
        return None, invalid["text"]
    if earlier_trip:
        return None, None
    if host_org:  # "... ujar Hery saat ditemui di Kantor DPMPTSP pada Selasa, 23 April 2024."
        names = {host_org, *re.findall(r"\(([A-Z][\w-]+)\)", host_text)}
        for o in article.results.get("orgs", []):
            if (o["org"] in names or any(_contains(o["org_text"], n) for n in names)) and \
                    not (sent_start <= o["char_start"] < sent_end):
                for d in article.results.get("dates", []):
                    if d["date"] is not None and d["sentence"] == o["sentence"] and WEEKDAY.search(d["text"]) and \
                            visitor in d["sentence"]:
                        return d["date"], d["text"]
    elif host_text:  # "bersih-bersih di area Alun Alun" dated where "... alun-alun Kota Bogor ..., Jumat (17/10)"
        key = _fold(PLACE_HEAD.sub("", host_text).strip())
        for d in article.results.get("dates", []):
            if d["date"] is not None and key and key in _fold(d["sentence"]) and WEEKDAY.search(d["text"]) and \
                    visitor in d["sentence"] and not (sent_start <= d["char_start"] < sent_end):
                return d["date"], d["text"]
    told = [d for d in article.results.get("dates", []) if d["date"] is not None and d.get("precision") == "day"
            and sent_start - 600 <= d["char_start"] < sent_start and WEEKDAY.search(d["text"])
            and visitor and visitor in d["sentence"] and VISIT.search(d["sentence"])]
    if told and not earlier:  # "... usai melakukan kunjungan langsung ke kawasan ... tersebut, Rabu (15/10/2025)."
        return told[-1]["date"], told[-1]["text"]  # then "kunjungan Kapolda Jabar ke Bandung Zoo": that visit's day
    return (earlier, None) if earlier else event


def _fold(text: str) -> str:
    """Lowercase with hyphens as spaces: "Alun Alun" and "alun-alun" are the same place."""
    return " ".join(text.lower().replace("-", " ").split())


def _event_date(article: Article) -> tuple[Any, Any]:
    """The date a news report gives for its event: the lead paragraph's ("..., Kamis (19/9/2019)"), else the one
    of the statement that follows the lead within the first three paragraphs ("kata Gus Ipul dalam keterangan
    tertulis, Selasa (21/10/2025)"), unless that statement was made elsewhere ("saat ditemui di Kantor ...")."""
    text = article.text
    paragraphs = [m.end() for m in re.finditer(r"\n+", text)][:3] + [len(text)] * 3
    for limit in (paragraphs[0], paragraphs[2]):
        for d in article.results.get("dates", []):
            if d["char_start"] < limit and d["date"] is not None and WEEKDAY.search(d["text"]) and \
                    not re.match(r"\s*lalu\b", text[d["char_end"]:d["char_end"] + 6]) and \
                    (limit == paragraphs[0] or not re.search(r"\bdi\s+[A-Z]|ditemui",
                                                            text[max(0, d["char_start"] - 80):d["char_start"]])):
                return d["date"], d["text"]
    return None, None


def _own_office(official: dict[str, Any], host: Host) -> bool:
    """The official's own agency: its `organization`, or the one the office names ("Wakil Menteri Keuangan" at
    the Kementerian Keuangan); a legislator's is the parliament building ("Ketua MPR" at the kompleks parlemen)."""
    title = f"{official.get('title') or ''} {official.get('title_text') or ''} {official.get('organization') or ''}"
    if _foreign(official, host.text):  # "Kementerian Haji dan Umrah Kerajaan Arab Saudi" for Indonesia's minister
        return False
    if LEGISLATOR.search(title) and PARLIAMENT.search(host.text):
        return True
    if PALACE_STAFF.search(title) and re.search(r"\bIstana\b", host.text):  # the KSP sits in the palace complex
        return True
    if re.match(r"(?:kantor|ruang kerja|rumah dinas)nya\b", host.text, re.I):  # "kata Wiranto di Kantornya"
        return True
    if GOVERNOR.search(title) and GOVERNOR_SEAT.search(host.text):  # "kata Uu ... di Aula Barat Gedung Sate"
        return True
    written = official.get("title_text") or ""
    short = [written] if re.fullmatch(r"Men[a-z]+(?: [A-Z][A-Za-z]+)?", written) else []  # "Menpora", "Menko Polhukam"
    for acronym in re.findall(r"\(([A-Z][A-Za-z]{1,10}(?: [A-Z][A-Za-z]{1,10})?)\)", written) + short:
        if gazetteers.region_for(acronym):
            continue  # "Gubernur Nusa Tenggara Timur (NTT)" in Labuan Bajo, NTT: a region, not an office
        # "Menteri Kelautan dan Perikanan (KKP)" at the "Kantor Kementerian KKP", "(Menpora)" at the "Gedung Kemenpora",
        # "(Menko Polhukam)" at the "Gedung Kemenko Polhukam"
        if pattern(rf"\b(?:Ke)?{re.escape(acronym)}\b", re.I if acronym.startswith("Men") else 0).search(host.text):
            return True
    if not host.org:
        return False
    if host.org == official.get("organization"):
        return True
    if host.org.startswith("Pemerintah ") and host.region:  # a region's own officials at its government
        kind = gazetteers.load().title_forms.get(gazetteers.fold(official.get("title") or ""))
        return official.get("jurisdiction") == host.region and not (kind and kind.kind in NOT_REGIONAL_KIND)
    core = OFFICE_HEAD.sub("", official.get("title") or "")
    return bool(core) and core != official.get("title") and _contains(host.org, core)


def _own_seat(official: dict[str, Any], text: str, occasion: bool) -> bool:
    """A statement at the seat of the official's own regional government: "kata Andono di Balaikota, Jakarta Pusat"
    by a head of an agency of DKI Jakarta, "kata Edy dalam rapat ... di aula kantor gubernur" by the governor (whose
    office it is, occasion or not), "Balai Kota Bandung" for the Mayor of Bandung; not another level's ("Kantor
    Gubernur" for a mayor) nor another region's, not for police, courts or councils, and not a press conference
    there by an agency head (his office is elsewhere)."""
    seat = REGION_SEAT.search(text)
    kind = gazetteers.load().title_forms.get(gazetteers.fold(official.get("title") or ""))
    home = gazetteers.region_for(official.get("jurisdiction") or "")
    if not seat or not home or home.type == "negara" or (kind and kind.kind in NOT_REGIONAL_KIND) or (
            occasion and not (kind and kind.kind in HEAD_KIND)):
        return False
    level = next(k for k, v in seat.groupdict().items() if v)
    if home.type not in SEAT_LEVELS[level] and not (level == "city" and home.code in CITY_HALL_PROVINCES):
        return False
    rest = text[seat.end():]
    words = re.findall(r"[\w-]+", rest)[:3]
    for n in range(len(words), 0, -1):
        here = gazetteers.region_for(" ".join(words[:n]), prefer=home.type)
        if here and here.type != "negara":  # "Balai Kota Bandung": that city's; "Balai Kota, Jakarta Pusat": an address
            return here.code == home.code or (rest.lstrip()[:1] == "," and here.code.startswith(home.code))
    return True


def _foreign(official: dict[str, Any], text: str) -> bool:
    """The text names a country other than the official's: the namesake agency abroad is not their own."""
    home = official.get("jurisdiction") or "Indonesia"
    words = gazetteers.fold(text).split()
    for n in range(1, 4):
        for i in range(len(words) - n + 1):
            here = gazetteers.region_for(" ".join(words[i:i + n]))
            if here and here.type == "negara" and here.canonical not in (home, "Indonesia"):
                return True
    return False


def _contains(big: str | None, small: str) -> bool:
    return bool(big) and pattern(r"(?<!\w)" + re.escape(small.lower()) + r"(?!\w)").search(big.lower()) is not None


Found = tuple[list[dict[str, Any]], list[Host], bool]  # visitors, hosts, planned


def _verb_visits(article: Article, mentions: list, s: int, e: int, last_visitors: list) -> list[Found]:
    """Visits said by a visit verb of the sentence [s, e): its subject visits the hosts after it."""
    text, sentence = article.text, article.text[s:e]
    found: list[Found] = []
    for trig in VISIT.finditer(sentence):
        word = trig.group(1).lower()
        before = sentence[:trig.start()]
        if NOT_PRESENT.search(sentence[max(0, trig.start() - 12):trig.end()]) or (
                PURPOSE.search(before) and any(hosts for _, hosts, _ in found)):
            continue  # "menerima kunjungan"; "kunjungan ke Pekanbaru untuk meninjau ...": no second visit
        where = WHERE.match(sentence, trig.end()) if NEEDS_PREP.fullmatch(word) else None
        named = _named_visitor(sentence, trig.end(), s, mentions) if VISIT_NOUN.fullmatch(word) and not where else None
        if named:
            where = named[1]
        elif VISIT_NOUN.fullmatch(word) and not where:
            where = NOUN_ACT_AT.match(sentence, trig.end())
        # "dalam kunjungannya itu", "di sela-sela sidak, Senin": the visit the story is about, at the lead's place
        anaphoric = bool(not where and (VISIT_NOUN.fullmatch(word) and VISIT_ANAPHOR.match(sentence, trig.end()) or
                                        word in ("hadir", "datang") and ATTEND_ANAPHOR.match(sentence, trig.end())))
        if NEEDS_PREP.fullmatch(word) and not where and not anaphoric or NEGATED.search(before) or \
                NOT_SUBJECT.search(before) or \
                word == "hadir" and not before.strip(" \"'"):
            continue  # "tidak hadir di ...", "tidak sedang berada di DPR"; "Hadir di acara itu, ...": the attendees
        relative = re.search(r"\byang\s+(?:\w+\s+){0,3}$", before)
        if relative and any(s + relative.start() < a < s + trig.start() for a, _, _ in mentions):
            relative = None  # "pesawat yang ditumpangi Presiden Ramaphosa tiba di": the official is in the clause
        if relative and word not in PASSIVE and any(hosts for _, hosts, _ in found):
            continue  # "mengunjungi Amerika Serikat untuk membicarakan balapan yang akan berlangsung di Jakarta"
        t_abs, h_start = s + trig.start(), s + (where.end() if where else trig.end())
        owner = [o for _, b, o in mentions if relative and b <= s + relative.start()
                 and re.fullmatch(r"\s*(?:,|\(\w+\)|sendiri|pun|juga)?\s*", text[b:s + relative.start()])]
        if relative and word != "berlangsung" and word not in PASSIVE and not owner:
            continue  # "wisatawan yang datang ke Sulut"; not "Jokowi yang mengunjungi", "OPD yang dikunjungi oleh"
        if word == "berada" and (re.match(r"\s+di\s+(?:balik|belakang)\b", sentence[trig.end():]) or not any(
                0 <= t_abs - b <= 25 and STAYING.fullmatch(text[b:t_abs]) for _, b, _ in mentions)):
            continue  # "Arifin berada di AS"; not "Pompeo menyebut Iran berada di balik ...", "Veronica ... berada di"
        if named:
            visitors = [named[0]]
        elif owner and word not in PASSIVE:  # "langkah Presiden Jokowi yang sudah 12 kali berkunjung": his visits
            visitors = owner[-1:]
        elif word in PASSIVE:  # "OPD yang dikunjungi oleh Hery Antasari di antaranya Dinkes, ..."
            by = [(a, b, o) for a, b, o in mentions if h_start <= a < h_start + 40]
            visitors = [by[0][2]] if by else []
            h_start = by[0][1] if by else h_start
        else:
            visitors = _subjects(article, mentions, s + max(sentence.rfind(";", 0, trig.start()) + 1, 0), t_abs)
        if not visitors:
            visitors = _titled_subject(article, before) or _implied_visitors(article, sentence, before, t_abs,
                                                                              last_visitors, mentions)
        if PARTY.search(before):  # "beserta rombongan": the party of the earlier visit
            visitors = visitors + [v for v in last_visitors if v not in visitors]
        h_end = _host_window(text, h_start, e)
        if FRONTED.fullmatch(before) and "," in text[h_start:h_end]:
            h_end = text.index(",", h_start)  # "Saat meninjau lokasi karhutla, Kepala Negara ...": the clause ends
        if word in EVENT_VERB:  # where the event was, not a "di" inside its quoted theme ("... di Destinasi ...")
            at = next((m for m in PRESENCE_AT.finditer(text, h_start, e)
                       if len(QUOTE_MARK.findall(text, h_start, m.start())) % 2 == 0), None)
            if not at:
                continue
            h_start, h_end = at.end(), _host_window(text, at.end(), e)
        subject_end = max((b for a, b, o in mentions if s <= a < t_abs and o in visitors), default=None)
        window = text[subject_end:t_abs] if subject_end is not None else before[-40:]
        window = re.split(r"[\"”]", window)[-1]  # "tidak akan menjadi persoalan," katanya usai mengunjungi: done
        # "Jokowi akan meninjau ... di hari kedua kunjungan kerja ke Riau": planned
        hosts = _hosts(article, h_start, h_end, mentions)
        if word in EVENT_VERB:  # an event "di Jakarta" for a minister, like a statement there: at home
            hosts = [h for h in hosts if not any(_home_town(v, h) for v in visitors)]
        later = OBJECT_THEN_PLACE.match(text, h_start, e) if not NEEDS_PREP.fullmatch(word) else None
        if later and all(any(_own_office(v, h) for v in visitors) for h in hosts):
            # "meninjau sejumlah lokasi yang terjadi kebakaran ... di Desa Merbau", "meninjau latihan TNI ... di Pos"
            hosts = _hosts(article, later.end(), _host_window(text, later.end(), e), mentions)
        bare = BARE_PLACE.match(text, h_start, e)
        if anaphoric:  # a visit already told ("Kunjungan ini bertujuan ...", "... menyambangi SDN Cilincing 07 Pagi.
            # Kedatangan itu ...") adds none; nor a stay in the home region
            told = any(v in last_visitors for v in visitors) or VISIT.search(text, max(0, s - 300), s)
            hosts = [] if told else [
                h for h in _antecedent_place(article, mentions, s) if not any(_home_town(v, h) for v in visitors)]
        elif not hosts and bare:  # "saat meninjau lokasi": where the lead says it happened ("di pesisir Pantai ...")
            hosts = _antecedent_place(article, mentions, s)
        if word == "menemui":  # "akan langsung menemui Menteri PUPR": going to an office holder, at the office
            hosts = [h for h in hosts if OFFICE_HOLDER.match(h.text)]
        elif any(h.org is None and OFFICE_HOLDER.match(h.text) for h in hosts):
            hosts = []  # "mendatangi Menteri Hukum dan HAM": a person, no agency or place named
        if PRIVATE.search(sentence, trig.start()):
            hosts = []  # "kunjungan Jokowi ke Bali untuk menghadiri undangan pernikahan": a private trip
        # "Ia datang ke Jakarta" for the Governor of DKI Jakarta: his whole region is no place he visits
        hosts = [h for h in hosts if not any(_home_town(v, h, within=False) for v in visitors)]
        found.append((visitors, hosts, bool(PLANNED.search(window) or PLANNED_AFTER.match(text, h_start, e))))
    return found


def _titled_subject(article: Article, before: str) -> list[dict[str, Any]]:
    """A subject named by office alone right before the visit verb ("Bahkan Presiden juga sudah meninjau langsung
    ke Riau"): the one official of the article who holds that office."""
    m = TITLED_SUBJECT.search(before)
    words = m.group("title").split() if m else []
    for i in range(len(words)):  # "Bahkan Presiden": the longest tail that is an office
        said = gazetteers.fold(" ".join(words[i:]))
        title = gazetteers.load().title_forms.get(said)
        wanted = {said, gazetteers.fold(title.normalized)} if title else {said}
        holders = [o for o in article.results.get("officials", []) if gazetteers.fold(o.get("title") or "") in wanted
                   or gazetteers.fold(o.get("title_text") or "") in wanted]
        holders = [o for o in holders  # "Jokowi" beside "Joko Widodo": one person
                   if not any(o["name"] in _short_forms(p["name"], article.text) for p in holders if p is not o)]
        if holders or title:
            return holders if len(holders) == 1 else []
    return []


def _antecedent_place(article: Article, mentions: list, sent_start: int) -> list[Host]:
    """The place the lead paragraph names with "di" (where the story happens), else the first named facility of
    the lead ("siswa SDN Pekayon Jaya III, Bekasi Selatan, ... mendapatkan bangku"), for a bare "lokasi" visited or a
    visit told without its host ("dalam kunjungannya itu")."""
    text = article.text
    lead = text.find("\n")
    lead = min(sent_start, lead if lead > 0 else len(text))
    for m in PRESENCE_AT.finditer(text, 0, lead):
        at = m.end()
        hosts = [h for h in _hosts(article, at, _host_window(text, at, lead), mentions) if h.org is None]
        if hosts:
            return hosts[:1]
    named = FACILITY_NAME.search(text, 0, lead)
    if named:
        return [Host(None, named.group().strip(), None, named.group().strip(), named.start(),
                     named.start() + len(named.group().strip()))]
    return []


def _named_visitor(sentence: str, pos: int, s: int, mentions: list) -> tuple[dict[str, Any], re.Match] | None:
    """The official a visit noun names right after it, and the preposition after them ("kunjungan Menteri Keuangan
    Sri Mulyani ke Jayapura")."""
    for a, b, o in mentions:  # "kunjungan kerja Direktur Jenderal (Dirjen) Tanaman Pangan ... (Kementan), Suwandi di"
        if 0 <= a - (s + pos) <= 120 and TITLE_WORDS.fullmatch(sentence[pos:a - s] + " "):
            where = WHERE.match(sentence, b - s)
            if where:  # after the name, not after a title mention before it ("Menteri Luar Negeri Retno Marsudi")
                return o, where
    return None


def _reception_visits(article: Article, mentions: list, s: int, e: int) -> list[Found]:
    """Officials received by another ("saat menerima Bupati ... di ruang kerjanya di Jakarta") visit the receiver's
    office: the agency named after "di", else the one the receiver heads. An audience "dengan" an official held in
    that official's own office is the subject's visit instead, and is left to the visit verbs."""
    text = article.text
    out: list[Found] = []
    for m in RECEPTION.finditer(text, s, e):
        at = re.compile(r"\bdi\s").search(text, m.end(), e)
        stop = at.start() if at else _host_window(text, m.end(), e)
        guests = [o for a, _, o in mentions if m.end() <= a < stop]
        if not guests or not any(m.end() <= a < m.end() + 60 for a, _, _ in mentions):
            continue
        guests = list(dict.fromkeys(id(g) for g in guests))
        guests = [o for o in (next(o for _, _, o in mentions if id(o) == g) for g in guests)]
        receivers = _subjects(article, mentions, s, m.start()) or _implied_visitors(
            article, text[s:e], text[s:m.start()], m.start(), [], mentions)
        guests = [g for g in guests if g not in receivers]
        room = OWN_ROOM.match(text, at.start()) if at else None
        if room and receivers:
            office = _office_of(receivers[0])
            if not office:
                continue
            after = _host_window(text, room.end(), e)
            places = [h for h in _hosts(article, room.end(), after, mentions) if h.org is None]
            hosts = [Host(office, office, None, places[0].text if places else None, room.start() + 3, room.end())]
        elif at:
            hosts = _hosts(article, at.end(), _host_window(text, at.end(), e), mentions)
        else:
            continue
        where = text[at.start():_host_window(text, at.end(), e)] if at else ""
        guests = [g for g in guests if not any(_own_office(g, h) for h in hosts) and not (
            g.get("title") and re.search(rf"\b{re.escape(g['title'].split()[0])}\b", where))]  # "di Kantor Gubernur"
        if guests and hosts and not PLANNED.search(text[s:m.start()][-40:]):
            out.append((guests, hosts, False))
    return out


def _home_town(official: dict[str, Any], host: Host, within: bool = True) -> bool:
    """A statement "di Jakarta" by the Governor of DKI Jakarta, or by the Mayor of Jakarta Utara (a city of the
    province named), "di kawasan Jakarta Utara" by that Governor: the official's own region, no place visited.
    Without `within`, only the region itself or one around it: a governor's visit to a regency of his is a visit."""
    if host.org:
        return False
    home = gazetteers.region_for(official.get("jurisdiction") or "")
    if home is gazetteers.INDONESIA:  # a national official's seat is the capital, not the whole country
        home = gazetteers.region_for("Jakarta")
    name, kind = REGION_NOUN.sub("", host.text), home.type if home and home.type == "kabupaten" else "kota"
    # "Bandung, Jawa Barat": a region and its province; "Bandung" the city unless the official's is the kabupaten
    here = gazetteers.region_for(name, prefer=kind) or gazetteers.region_for(name.split(",")[0], prefer=kind)
    if not (here and home) or here.type == "negara" or home.type == "negara":
        return bool(here and home) and here.canonical == home.canonical  # countries have no codes
    return (within and here.code.startswith(home.code)) or home.code.startswith(here.code)


def _nickname(article: Article, name: str) -> dict[str, Any] | None:
    """The one official whose name has a word starting with a one-word short name ("Melki": Melkiades)."""
    if " " in name or len(name) < 4:
        return None
    same = [o for o in article.results.get("officials", []) if any(w.startswith(name) for w in o["name"].split())]
    return same[0] if len(same) == 1 else None


def _office_of(official: dict[str, Any]) -> str | None:
    """The agency an official heads: their `organization`, or the ministry a minister's title names
    ("Menteri Hak Asasi Manusia (HAM)" -> "Kementerian Hak Asasi Manusia (HAM)")."""
    if official.get("organization"):
        return official["organization"]
    title = official.get("title_text") or official.get("title") or ""
    m = re.match(r"(?:Wakil\s+)?Menteri\s+(?!Koordinator\b)(.+)", title)
    return f"Kementerian {m.group(1).split('/')[0].strip()}" if m else None


def _implied_visitors(article: Article, sentence: str, before: str, t_abs: int,
                      last_visitors: list, mentions: list) -> list[dict[str, Any]]:
    """A visit verb without a named subject: "saya akan berkunjung" in a quote is its speaker's; "Ia meninjau",
    "Selama kunjungannya" go on with the earlier visit party or the last official named."""
    start = t_abs - len(before)
    cue = [c for c in SPEECH.finditer(before) if not _quoted(article, start + c.start())]
    if cue and re.fullmatch(r"[^.;]{0,60}\b(?:saat|ketika|sewaktu|usai|seusai|setelah|sesudah)\s+(?:\w+\s+)?",
                            before[cue[-1].end():]):  # "kata  , saat mengunjungi Polres ...": the speaker's visit
        speaker = _speaker(article, mentions, start, start + cue[-1].start(), start + cue[-1].end(), t_abs, False)
        if speaker:
            return [speaker]
    quote = next((q for q in article.results.get("quotes", []) if q["char_start"] <= t_abs < q["char_end"]), None)
    if quote and quote.get("speaker_name") and re.search(r"\b(?:saya|kami|aku)\b", before[-80:], re.I):
        return [o for o in [officials.resolve(article, quote["speaker_name"])] if o]
    lead_words = set(re.findall(r"\w+", before.lower()))
    fronted = lead_words <= FALLBACK_LEAD and not re.search(r"\byang\s+$", before)
    commas = [m.start() for m in re.finditer(",", sentence[len(before):])]
    if fronted and commas:  # "Saat meninjau lokasi kebakaran, Presiden Joko Widodo menduga ...": the main subject
        start = t_abs - len(before)
        for comma in (len(before) + c for c in commas):
            main = [o for a, _, o in mentions if 0 <= a - (start + comma) <= 60
                    and re.fullmatch(r",\s*(?:[A-Z][\w.'-]*\s+){0,6}", article.text[start + comma:a])]
            if main:
                return main[:1]
            if re.match(r",\s*[A-Z][\w'-]*\s+(?:me|ber|di|ter)[a-z]{3,}", sentence[comma:]) and \
                    not OFFICE_WORD.match(sentence[comma:]):
                return []  # "Setelah kedatangannya di Berlin, Wong mengatakan ...": someone not an official
    if (PRONOUN_START.match(sentence) and len(before) < 120) or fronted:
        name, _ = quotes.last_mentioned(article, t_abs)
        return last_visitors or [o for o in [officials.resolve(article, name) if name else None] if o]
    return []


def _on_site_visits(article: Article, mentions: list, s: int, e: int, found: list[Found]) -> list[Found]:
    """Statements given and acts done at a place ("kata Faisal dalam konferensi pers di Balairung")."""
    text, sentence = article.text, article.text[s:e]
    out: list[Found] = []
    if any(hosts for _, hosts, _ in found):
        return out
    for at in sorted([*PRESENCE_AT.finditer(sentence), *MEETING.finditer(sentence)], key=lambda m: m.start()):
        if any(h.start <= s + at.start() <= h.end + 3 for _, hosts, _ in out for h in hosts):
            continue  # "di Pendopo Sukabumi, di Jalan Raya ...": the same place
        rel = re.search(r"\byang\s+(?:\w+\s+)?(\w+)\s+$", sentence[:at.start()])
        if rel and not HELD.fullmatch(rel.group(1)):
            continue  # "pihak berwajib yang ada di Malaysia", "garis polisi yang sebelumnya terpasang di"
        cue = [c for c in SPEECH.finditer(sentence, 0, at.start()) if not _quoted(article, s + c.start())] or \
            list(ACT.finditer(sentence, 0, at.start()))
        if not cue or NOT_PRESENT.search(sentence[cue[-1].start():at.end() + 20]) or \
                VISIT.search(sentence[cue[-1].start():at.start()]):
            continue
        between = sentence[cue[-1].end():at.start()]
        occasion = OCCASION.match(between)  # "kata Melki dalam sambutannya pada Forum ..., di Labuan Bajo"
        if len(between.split()) > (24 if occasion else 12) or ("," in between.rstrip(", ") and not occasion) or (
                cue[-1].re is ACT and (PLANNED.search(sentence[max(0, cue[-1].start() - 30):cue[-1].start()]) or
                                       MODAL.search(sentence[:cue[-1].start()]))):
            continue
        speaker = _speaker(article, mentions, s, s + cue[-1].start(), s + cue[-1].end(), s + at.start(),
                           cue[-1].re is ACT)
        if speaker:
            h_start = s + at.end()
            hosts = [h for h in _hosts(article, h_start, _host_window(text, h_start, e), mentions)
                     if not _home_town(speaker, h) and not _own_seat(speaker, h.text, bool(occasion))]
            out.append(([speaker], hosts, False))
    return out


def _quoted(article: Article, pos: int) -> bool:
    """Inside a direct quote: a speech verb there is the speaker's words ("Pak Tito jelaskan ... di Perbankan"),
    not the reporter's attribution."""
    if re.search(r"[\"”]\s*$", article.text[max(0, pos - 4):pos]):
        return False  # right after a closing mark: an attribution, whatever pairing the quote marks got
    return any(q["char_start"] < pos < q["char_end"] for q in article.results.get("quotes", []))


def extract(article: Article) -> list[dict[str, Any]]:
    """Visit records, one per (visitor, host) pair; a done visit replaces the same one planned."""
    text = article.text
    mentions = _mentions(article)
    records: dict[tuple[str, str], dict[str, Any]] = {}
    last_visitors: list[dict[str, Any]] = []
    visit_dates: dict[str, date] = {}
    event = _event_date(article)
    fuller = _fuller_names(article)
    for s, e in _sentences(article):
        sentence = text[s:e]
        found = _verb_visits(article, mentions, s, e, last_visitors)
        found += _reception_visits(article, mentions, s, e)
        found += _on_site_visits(article, mentions, s, e, found)
        for visitors, hosts, planned in found:
            if not visitors or not hosts:
                continue
            last_visitors = visitors
            persons = {id(p): p for p in (fuller.get(v["name"], v) for v in visitors)}  # one record per person
            for v in persons.values():
                for h in hosts:
                    if _own_office(v, h):
                        continue
                    key = (v["name"], h.org or (h.place or "").lower())
                    if key in records and not (records[key]["status"] == "planned" and not planned):
                        continue
                    if h.org is None and any(r["visitor_name"] == v["name"] and _contains(r["host_org_text"], h.text)
                                             for k, r in records.items() if k != key):
                        continue  # "PU" after "Kementerian PU": the same host
                    when, when_text = (None, None) if planned else _date(
                        article, s, e, visit_dates.get(v["name"]), sentence, event, h.org, h.text,
                        v["name"].split()[0])
                    if when and when_text and when_text in sentence and v["name"] not in visit_dates:
                        visit_dates[v["name"]] = when
                    records[key] = record(article, h.start, h.end, "visits.trigger", 0.7,
                                          visitor_name=v["name"], visitor_title=v["title"],
                                          visitor_jurisdiction=v["jurisdiction"], host_org=h.org,
                                          host_org_text=h.text, host_region=h.region or v["jurisdiction"],
                                          place_text=h.place, visit_date=when, visit_date_text=when_text,
                                          status="planned" if planned else "done")
    kept = [r for r in records.values() if not _transit(r, records.values())]
    for landing in (r for r in records.values() if r not in kept and r["visit_date"]):
        for r in kept:  # "tiba di Pangkalan Lanud ..., Senin (16/9/2019) malam" dates the trip it begins
            if r["visitor_name"] == landing["visitor_name"] and r["visit_date"] is None and r["status"] == "done":
                r["visit_date"], r["visit_date_text"] = landing["visit_date"], landing["visit_date_text"]
    cancelled = _cancelling(article, mentions)
    return [r for r in kept if not (r["status"] == "planned" and r["visitor_name"] in cancelled)
            and not _named_elsewhere(r, kept, text)]


def _named_elsewhere(rec: dict[str, Any], records: list[dict[str, Any]], text: str) -> bool:
    """A common-noun place ("lokasi karhutla") the article names where another of the visitor's records is ("meninjau
    lokasi karhutla di Desa Merbau, ..."): the same place, said again."""
    generic = rec["host_org_text"] or ""
    if rec["host_org"] or not generic or any(c.isupper() for c in generic):
        return False
    return any(r is not rec and r["visitor_name"] == rec["visitor_name"] and r["host_org_text"] and pattern(
        re.escape(generic) + r"\s+di\s+" + re.escape(" ".join(r["host_org_text"].split()[:2])), re.I).search(text)
        for r in records)


def _cancelling(article: Article, mentions: list) -> set[str]:
    """Officials the article says called off a trip ("Saya batalkan (kunjungan keluar negeri)," kata Herman): their
    planned visits are not made. The one who cancels is named in that sentence, else the last official named."""
    names: set[str] = set()
    for m in CANCELLED.finditer(article.text):
        s, e = next(((s, e) for s, e in _sentences(article) if s <= m.start() < e), (m.start(), m.end()))
        named = {o["name"] for a, _, o in mentions if s <= a < e}
        if not named:
            name, _ = quotes.last_mentioned(article, m.start())
            named = {o["name"] for o in [officials.resolve(article, name) if name else None] if o}
        names |= named
    return names


def _fuller_names(article: Article) -> dict[str, dict[str, Any]]:
    """Officials listed twice under one office, once by a press short form ("Jokowi" beside "Joko Widodo"): the
    fuller record."""
    offices: dict[str, list[dict[str, Any]]] = {}
    for o in article.results.get("officials", []):
        offices.setdefault(o.get("title") or "", []).append(o)
    fuller = {}
    for same in (v for v in offices.values() if len(v) > 1):
        for p in same:
            short = _short_forms(p["name"], article.text)
            fuller.update({o["name"]: p for o in same if o is not p and o["name"] in short})
    return fuller


def _transit(rec: dict[str, Any], records: Any) -> bool:
    """Landing at an airport or air base on a trip the article reports otherwise ("tiba di Pangkalan Lanud Roesmin
    Nurjadin Pekanbaru" on a "kunjungan kerja ke Pekanbaru"): part of that visit, not one of its own."""
    return rec["host_org"] is None and bool(AIRPORT.search(rec["host_org_text"] or "")) and any(
        r is not rec and r["visitor_name"] == rec["visitor_name"] and not AIRPORT.search(r["host_org_text"] or "")
        for r in records)


def _sentences(article: Article) -> list[tuple[int, int]]:
    """Sentence spans, also cut where a boundary lost its space ("... ujar Nazwar,Kegiatan kemudian dilanjutkan")."""
    spans = []
    for sent in article.doc.sents:
        start = sent.start_char
        for m in re.finditer(r"[,.](?=[A-Z][a-z]{2,})", article.text[sent.start_char:sent.end_char]):
            spans.append((start, sent.start_char + m.end()))
            start = sent.start_char + m.end()
        spans.append((start, sent.end_char))
    return spans


def _speaker(article: Article, mentions: list, sent_start: int, cue_start: int, cue_end: int,
             at: int, act: bool) -> dict[str, Any] | None:
    """Who spoke (named right after the cue, or before it, or last named for "-nya") or acted (the subject)."""
    after = [o for s, _, o in mentions if cue_end <= s < min(at, cue_end + 40)
             and not re.search(r"\b(?:mewakili|didampingi|bersama|dengan|kepada)\b", article.text[cue_end:s])]
    # not "kata Ibas yang mewakili SBY"; "dikatakan oleh Gubernur Jabar Ridwan Kamil" is the speaker
    if after and not act:
        return after[0]
    named = re.match(r"\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)", article.text[cue_end:at])
    if not act and named:  # "kata Uu di ...": a short name of an official; "kata Iwan di ...": no office
        return officials.resolve(article, named.group(1)) or _nickname(article, named.group(1))
    before = _subjects(article, mentions, sent_start, cue_start)
    if before:
        return before[-1]
    lost = re.match(r"\s*,", article.text[cue_end:at])  # "kata  , saat memimpin rapat di ...": a link-gap name
    pronoun = re.match(r"\s+(?:dia|ia|beliau)\b", article.text[cue_end:at])  # "kata dia dalam acara ..."
    if not act and (article.text[cue_start:cue_end].lower().endswith("nya") or lost or pronoun):
        name, _ = quotes.last_mentioned(article, cue_start)
        return officials.resolve(article, name) if name else None
    return None
