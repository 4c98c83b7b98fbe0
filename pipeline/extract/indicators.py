"""Indicator values: a number with a unit, tied to the named measure it belongs to.

Each sentence is cut into segments at list separators and at earlier values; a value's
measure is the noun phrase of its own segment ("realisasi IB sebanyak 50.827 ekor"), the
measure of the value before it when the segment only links the two ("... atau 72,61 %
dari target 70.000 ekor"), or the phrase after it ("52 persen masyarakat miskin").
value_kind comes from the words around the value: target (target, ditargetkan, dipatok,
proyeksi), previous (tahun lalu, "dari X menjadi Y", "turun X dari Y"), change (naik/turun X,
"penurunan angka kemiskinan sebesar X"), else actual.
Lists carry what their items leave out: a header ending in a colon ("Berikut 15 Pemda dengan
simpanan tertinggi:") gives its measure to items named by a region and its kind to every item,
and items opened by a number or an ordinal ("Kedua, ...", "Selanjutnya, ...") keep the kind of
the list; a value first written as planned stays a target when restated.
Counts in a stated condition ("32 provinsi sudah WTP") or recorded ("telah menetapkan 2.200 WBTb")
are measures of performance. Policy parameters (discounts, thresholds, benefit levels), money handed
over in a case, the physical size of things, counts of entities and the parts of a total
("terdiri atas ...", bracketed breakdowns) are not indicators (annotation decision 3); nor are equipment sent,
an event's participants or a facility's capacity. Fire hotspots (titik panas) are a measure of condition.
A value of a year after the article's (not a budget) is a target; one value written in two currencies or
as a bracketed share keeps one kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any

from pipeline import gazetteers
from pipeline.extract.base import Article, record
from pipeline.extract.numbers import ENGLISH_DECIMAL, NUMBER, WORD_NUMBER, parse_number, scale_of
from pipeline.gazetteers import fold

# Units that make a count a measure; "Ha" is written out (annotation decision 3).
UNITS = (r"persen|ton|hektare|hektar|ha|km|kilometer|meter|m2|kg|kilogram|liter|ekor|bidang|wisatawan|penerima|"
         r"pengunjung|peserta|siswa|mahasiswa|murid|penumpang|kunjungan|unit rumah|unit|KK|keluarga|jiwa|orang|"
         r"pasien|balita|poin|MW|megawatt|KPM|kasus|dosis|paket|porsi|sertifikat|rupiah|titik panas|titik api|hotspot|"
         r"titik")
TITLE_NEXT = re.compile(r"\s+[A-Z][a-z]")
# Fire hotspots are a measure of condition; "titik" alone counts them only where the sentence speaks of them.
HOTSPOT = re.compile(r"titik panas|titik api|hotspot", re.I)
UNIT_NORMAL = {"ha": "hektar", "hektare": "hektar", "%": "persen", "kk": "KK", "kpm": "KPM", "mw": "MW",
               "km": "kilometer", "kg": "kilogram"}
# A rate's denominator belongs to the unit ("Rp 65 ribu per kilogram", "Rp852.798 per kapita per bulan"); a time
# alone ("per tahun") is the period.
PER_UNIT = re.compile(r"\s+per\s+(?:kilogram|kg|liter|kapita|orang|ton|ekor|hektare|hektar|ha|unit|kWh|KK|keluarga)"
                      r"(?:\s+per\s+(?:hari|minggu|bulan|tahun))?\b", re.I)
# ... and so does the time of a flow of goods ("timbulan sampah 700 ton per hari"); money per year is a period.
PER_TIME = re.compile(r"\s+per\s+(?:hari|minggu|bulan|tahun)\b", re.I)
FLOW_UNIT = re.compile(r"ton|kg|kilogram|liter|m3|kWh|MW|megawatt|ekor", re.I)
CURRENCY = re.compile(r"\s(?P<w>dolar(?:\s+(?:AS|Amerika(?:\s+Serikat)?|Singapura|Australia))?|dollar(?:\s+AS)?|US\s+dol+ar|"
                      r"euro|yen|yuan|ringgit|poundsterling|pound sterling|pound)(?!\w)", re.I)
# A scale word or unit ends at a word boundary or where a list glues its next item number to it
# ("Rp 6,8 triliun3.", "47 persen2."): the multiplier and unit stay with the value.
ITEM_NUMBER = r"(?<!m)\d{1,2}[.)](?=\s|$)"  # "triliun3." but not "km2" or "m2."
WORD_END = rf"(?:(?!\w)|(?={ITEM_NUMBER}))"
VALUE = re.compile(rf"(?<![\w.,/$])(?:(?P<rp>Rp\.?\s?)|(?P<usd>(?-i:USD|US\$)\s?|\$\s?))?"
                   rf"(?P<num>{ENGLISH_DECIMAL}(?=\s?(?:%|[^\W\d]))|{NUMBER}(?![\d/])|"
                   rf"{WORD_NUMBER}(?=\s(?:ribu|juta|miliar|milyar|triliun)\b))"
                   rf"(?:\s?(?P<scale>ribu|rb|juta|jt|miliar|milyar|triliun|triliyun|trilyun|T|M){WORD_END})?"
                   rf"(?:\s?(?P<unit>%|(?:{UNITS}){WORD_END}))?", re.I)
# An index or score linked to its number ("Nilai Tukar Petani (NTP) menjadi 124,36"): a value without a unit.
INDEX_VALUE = re.compile(rf"\b(?:indeks|IPM|IKM|IDM|NTP|nilai tukar petani|rasio gini|gini rasio|skor kepuasan)\b"
                         rf"[^.,;:]{{0,60}}?\b(?:mencapai|menjadi|sebesar|di angka|pada angka|tercatat|berada di angka|"
                         rf"yakni|yaitu|adalah|dengan nilai)\s+(?P<num>{NUMBER})", re.I)
# a cheap test before INDEX_VALUE
INDEX_HINTS = ("indeks", "ipm", "ikm", "idm", "ntp", "nilai tukar petani", "gini", "skor kepuasan")
INDEX = "indeks"  # the marker of a value without a unit
SCALE_ONLY = "skala"  # the marker of a value with a scale word and no unit ("8 juta,")
FROM_VALUE = re.compile(r"\b(?:dari|semula)\s+$", re.I)
TO_VALUE = re.compile(r"\s*(?:menjadi|jadi)\s*", re.I)
RANGE = re.compile(r"\s*(?:-|–|hingga|sampai(?: dengan)?|s\.d\.?|s/d)\s*", re.I)
NEXT_WORD = re.compile(r"\s(?:lebih\s)?(?P<w>[a-z]{3,}|[A-Z]{2,6})(?!\w)")
DEFINITION = re.compile(r"\([A-Z][\w-]{1,10}(?:\s[A-Z][\w-]*){0,2}\)|(?i:\((?:yoy|mtm|ytd|qtq|y-o-y|m-t-m)\))")
# List separators, also where the list lost its spaces: "50%.Keempat, cakupan", "Rp 6,8 triliun3. Kota Banjarbaru".
# A comma ends a clause, also glued to the next one where a paragraph break was lost ("tutur Indrasari,Khusus").
CLAUSE_CUT = re.compile(r",\s|,(?=[A-Z][a-z])")
SEPARATOR = re.compile(rf"[;:()\"“”]|,\s|(?-i:,(?=[A-Z][a-z]))|(?-i:(?<=[a-z%])\.(?=[A-Z][a-z]))|(?<=[^\W\d]){ITEM_NUMBER}|"
                       rf"\s(?:dan|atau|serta|sedangkan|sementara)\s", re.I)
STOP = set("""dan atau yang di ke dari pada untuk dengan itu ini tersebut sebesar sebanyak seluas senilai sepanjang
mencapai capai sekitar hanya baru masih sudah telah juga kini saat per hingga sampai lebih kurang hampir setara yakni
yaitu adalah ialah menjadi jadi tercatat naik turun meningkat menurun bertambah berkurang sebelumnya lalu tahun bulan
angka rp persen kami kita ia dia mereka pihaknya sementara sedangkan lainnya masing seluruh secara para ada berada
sedikit cukup sangat paling namun tetapi tapi bahkan pun sebagai dalam atas bawah antara rentang kisaran diangka depan
total jumlah nilai sejak mulai dimana di mana bagi oleh bisa dapat mampu akan harus sekarang tadi lagi terdapat
setidaknya minimal maksimal minimum maksimum kurang lebih januari februari maret april mei juni juli agustus september
oktober november desember senin selasa rabu kamis jumat sabtu minggu hari ini pula lain saya belum tidak bukan pikir
kira seharusnya minus selisih tetap turut sebagai cuma antaranya jika bila apabila kalau dibandingkan dibanding
kemudian sekira kemarin besok nanti sisanya tak sehingga semula berjumlah sejumlah plus punya tembus menembus
bahwa""".split())
MEASURE_WORDS = {"total", "jumlah", "nilai", "angka"}
LEAD_STOP = re.compile(r"^(?:(?:" + "|".join(sorted(STOP - MEASURE_WORDS, key=len, reverse=True)) + r")\b[\s,]*)+", re.I)
SPEECH = re.compile(r"(?:mengatakan|menyatakan|menyebut(?:kan)?|menjelaskan|mengungkapkan|menuturkan|menerangkan|"
                    r"memaparkan|menegaskan|menambahkan|mencontohkan|melaporkan)")
COPULA = {"menjadi", "merupakan", "berupa", "berbagai", "bersama", "berada"}  # me-/ber- words that take no object
RANK = re.compile(r"urutan|peringkat|posisi|ranking|juara")
# A date that opens a phrase ("12 September 2019 telah ...", "2016 peredaran rokok ilegal") is when, not what.
LEAD_DATE = re.compile(r"^(?:(?:\d{1,2}\s+)?(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|"
                       r"desember)\s+)?(?:19|20)\d{2}\b[\s,]*", re.I)
VERBISH = re.compile(r"^(?:me|di|ber|ter)[a-z]{4,}$")
ACTIVE_VERB = re.compile(r"^(?:me|ber)[a-z]{4,}$|^meng?-[a-z]{3,}$")  # "meng-cover": a loan verb
NAME_CUE = re.compile(r"\b(capaian|angka|tingkat|nilai|indeks|realisasi|serapan|penyerapan|harga|jumlah|target|"
                      r"pertumbuhan|inflasi|persentase|prevalensi|anggaran|pendapatan|kepatuhan|produksi|penyaluran|"
                      r"cakupan|rasio|pajak|belanja|dana|penerimaan|kemiskinan|pengangguran|luas|panjang|jarak|"
                      r"alokasi|investasi|bantuan|sumbangan|kontribusi|survei|volume|laba|keuntungan|omzet|"
                      r"biaya|kuota|stok|penjualan|ekspor|impor|konsumsi|kebutuhan|populasi|utang|defisit|surplus|"
                      r"subsidi|pangsa|tunggakan|piutang|aset|simpanan|tabungan|kredit|pembiayaan|setoran|progres|"
                      r"kemajuan)\b", re.I)
EQUIVALENT = re.compile(r"\s*,?\s*(?:atau|setara(?:\s+dengan)?)\s+(?:sekitar\s+|sebesar\s+|setara\s+(?:dengan\s+)?|senilai\s+)?"
                        r"(?:Rp\.?\s?|USD\s?|US\$\s?)?", re.I)
# A speaker put inside the sentence (", kata dia,"), and a period qualifier ("secara year on year"): no measure.
ATTRIBUTION = re.compile(r"\s*(?:kata|ujar|ungkap|jelas|tutur|imbuh|tambah|terang|sebut)\w*(?:\s+[\w.]+){0,3}\s*", re.I)
QUALIFIER = re.compile(r"\b(?:secara\s+)?(?:year[- ]on[- ]year|month[- ]to[- ]month|yoy|mtm|ytd|tahunan|bulanan)\b",
                       re.I)
# A clause naming the topic of the next ("Sedangkan untuk Bea Balik Nama Kendaraan Bermotor (BBNKB), pihaknya mencatat
# ... mencapai Rp0,761 triliun"): what the value is of.
TOPIC = re.compile(r"\W*(?:(?:sedangkan|sementara(?:\s+itu)?|adapun|lalu|kemudian|khusus)\s+)?untuk\s+[^\W\d]", re.I)
# A segment that only carries the value before it on ("dari X menjadi Y", "X hingga Y").
LINK_ONLY = re.compile(r"\s*(?:menjadi|jadi|ke|hingga|sampai)\s*", re.I)
# A difference to another value: "lebih tinggi 29,39 persen ketimbang periode yang sama tahun sebelumnya".
COMPARATIVE = re.compile(r"\blebih\s+(?:tinggi|rendah|besar|kecil|banyak|sedikit|murah|mahal)\s+(?:sebesar\s+|sekitar\s+)?$",
                         re.I)
# The agent of a passive verb is what is counted, not the clause before it.
AGENT = re.compile(r"\b(?:di|ter)[a-z]{3,}\s+oleh\s+(?:(?:lebih dari|sekitar|hampir|kurang lebih|sebanyak)\s+)?$", re.I)
ANAPHORA = re.compile(r"\b(?:angka|jumlah|nilai|capaian|realisasi)\s+(?:itu|ini|tersebut)\b", re.I)
LIST_HEAD = re.compile(r"\b(?:yakni|yaitu|antara lain|di antaranya|meliputi)\b", re.I)
TARGET = re.compile(r"\b(target\w*|ditargetkan|menargetkan|mentargetkan|dipatok(?!\s+(?:se)?harga)|proyeksi\w*|diproyeksi\w*|"
                    r"memproyeksi\w*|outlook|"
                    r"diprediksi|prediksi|"
                    r"sasaran|"
                    r"harus mencapai|diharapkan|harapkan|optimis\w*|direncanakan|berpotensi|berusaha|berupaya|(?:bisa|mampu|dapat) (?:menembus|"
                    r"mencapai|memberikan|menyumbang|terserap))\b", re.I)
TARGET_REFERRED = re.compile(r"\btarget(?:nya)?\s+(?:tersebut|itu|ini)\b", re.I)  # a target named elsewhere
TARGET_AFTER = re.compile(r"\s*(?:[\w-]+\s){0,3}?yang (?:di)?target(?:kan)?\b", re.I)
PREVIOUS = re.compile(r"\b(tahun sebelumnya|tahun lalu|periode sebelumnya|periode yang sama|sebelumnya|semula|"
                      r"sebelum tahun|dibandingkan?)\b", re.I)
# Words of a change in a measure; CHANGE also takes those only said before a figure ("ditekan 2 persen").
CHANGE_WORDS = (r"naik|turun|meningkat|menurun|bertambah|berkurang|kenaikan|penurunan|tumbuh|melonjak|merosot|anjlok|"
                r"dipangkas|pemangkasan")
CHANGE = re.compile(rf"\b({CHANGE_WORDS}|ditekan|minus|selisih)\s+"
                    r"(?:sebesar\s+|sekitar\s+|sebanyak\s+|hingga\s+|kurang lebih\s+)?$",
                    re.I)
DIGIT = re.compile(r"\d")
NUMERIC = re.compile(rf"\d|\b{WORD_NUMBER}\s(?:ribu|juta|miliar|milyar|triliun)\b", re.I)  # "empat juta anak"
NUMBER_RX = re.compile(rf"(?<![\w.,]){NUMBER}")
ACTUAL = re.compile(r"\b(?:realisasi\w*|terealisasi|capaian\w*|tercapai|tercatat|saat ini|kini|sekarang|sudah|telah)\b",
                    re.I)
CHANGE_WORD = re.compile(rf"\b(?:{CHANGE_WORDS})\b", re.I)
# "<change> <measure> sebesar X": "penurunan angka kemiskinan sebesar 1,2 persen", "memangkas dana TKD sebesar Rp 218 M"
CHANGE_OF = re.compile(r"\b(?:kenaikan|penurunan|peningkatan|pemangkasan|pemotongan|pengurangan|penambahan|"
                       r"menaikkan|menurunkan|memangkas|memotong|mengurangi|menambah)\b(?:(?!\bdengan\b)[^,.;:]){0,60}?"
                       r"\bsebesar\s+"
                       r"(?:Rp\.?\s?)?$",
                       re.I)
# "menurunkan harga eceran tertinggi (HET) pupuk hingga 20%": a share a measure is moved by.
CHANGE_UPTO = re.compile(r"\b(?:menurunkan|menaikkan|memangkas|memotong|mengurangi|menambah|meningkatkan)\b"
                         r"(?:(?!\b(?:menjadi|jadi|ke|dari|pada)\b)[^,.;:]){0,60}?(?:\b(?:hingga|sampai)\s+|\s)$", re.I)
DISCOURSE = re.compile(r"\b(?:(?:seperti|sebagaimana)\s+)?(?:diberitakan|dilaporkan)\s+sebelumnya\b|^\W*sebelumnya\s*,",
                       re.I)
PLANNED = re.compile(r"\b(?:ingin|akan|berencana|ditargetkan|menargetkan)\b", re.I)
LATER_VALUE = re.compile(r"[^.;]{0,40}?\b(?:kini|sekarang|saat ini)\b[^.;]{0,40}?\b(?:menjadi|jadi)\s+(?:Rp\.?\s?)?\d",
                         re.I)
NEXT_TO_VALUE = re.compile(r"\s*(?:menjadi|jadi)\s+(?:Rp\.?\s?|USD\s?|US\$\s?)?\d", re.I)
RISE_FROM = re.compile(r"\b(?:naik|turun|meningkat|menurun|bertambah|berkurang)\s+dari\b", re.I)
FROM_YEAR = re.compile(r"\bdari\s+(?:[a-z]+\s+){0,3}(?:19|20)\d{2}\s*,\s*(?:Rp\.?\s?|USD\s?|US\$\s?)?$", re.I)
FROM_TO = re.compile(r"(?<!lebih )(?<!kurang )\bdari\s+(?:semula\s+|sebelumnya\s+)?$", re.I)
TO = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:menjadi|jadi|ke)\b", re.I)
# Policy parameters and thresholds: not values of a measure (annotation decision 3).
POLICY = re.compile(r"\b(santunan|diskon|potongan|keringanan|dikenakan|premi|iuran|tarif|denda|bunga|cicilan|uang muka|"
                    r"pajak sebesar|bebas|gratis|plafon(?!\s+anggaran))\b", re.I)  # a loan's ceiling, not a budget's
# Budget lines, incomes and totals: "anggaran santunan", "total iuran dari peserta mandiri" are measures (not a
# "jumlah denda maksimal": a legal ceiling).
BUDGET_WORD = re.compile(r"\b(?:anggaran|dana|alokasi|belanja|pagu|pendapatan|penerimaan|realisasi|total)\b", re.I)
# A benefit level ("BLTS sebesar Rp300 ribu per bulan") or the amount one person receives ("ia menerima bantuan
# sebesar Rp600 ribu") is a parameter of a programme, not its measure; prices and wages per month are measures.
PER_RECIPIENT = re.compile(r"\s*per\s+(?:bulan|orang|jiwa|keluarga|KK|KPM|penerima|anak|siswa)\b", re.I)
RATE_MEASURE = re.compile(r"\b(?:harga|garis|upah|gaji|pendapatan|pengeluaran|UMK|UMP|UMR|biaya|tarif)\b", re.I)
ONE_RECIPIENT = re.compile(r"\b(?:ia|dia|beliau|ibu|bapak)\s+(?:(?:akan|telah|sudah|hanya|juga)\s+)*menerima\b",
                           re.I)
# The day a value is as of, not part of its name: "BGN per tgl 30 September lalu adalah 16,9%".
AS_OF = re.compile(r"\b(?:per|hingga|sampai)\s+(?:tgl\.?\s*|tanggal\s+)?\d{1,2}(?:\s+[A-Za-z]+)?(?:\s+(?:19|20)\d{2})?"
                   r"(?:\s+lalu)?\b")
# Money handed over in a case ("diduga meminta uang sebesar Rp 1 miliar", "suap"): an amount of an act, not a measure.
PAYMENT = re.compile(r"\b(?:(?:meminta|menerima|memberi(?:kan)?|menyerahkan|mentransfer)\s+uang|suap|gratifikasi|"
                     r"pungli|pungutan liar|uang pelicin)\b", re.I)
# Counts in a stated condition (see `_status_counts`): recorded ("telah menetapkan lebih dari 2.200 Warisan Budaya
# Takbenda (WBTb)") or followed by their state ("32 provinsi sudah WTP", "33 kabupaten/kota di 4 provinsi yang belum
# memenuhi target").
_COUNT = rf"(?P<num>{NUMBER}|{WORD_NUMBER}|dua|tiga)"
RECORDED_COUNT = re.compile(
    rf"(?:\b(?:telah|sudah)\s+(?:menetapkan|mencatat|menerbitkan)|\btercatat)\s+(?:(?:lebih dari|sekitar|hampir)\s+)?"
    rf"{_COUNT}\s+(?P<noun>(?:[A-Za-z][\w/-]*\s+){{0,2}}[A-Za-z][\w/-]*)(?:\s+\([A-Z][\w]*\))?(?P<status>)", re.I)
STATE_COUNT = re.compile(
    rf"(?<![\w.,]){_COUNT}\s+(?P<noun>(?:[A-Za-z][\w/-]*\s+){{0,2}}?[A-Za-z][\w/-]*)\s+"
    rf"(?P<status>(?:(?:di|dari)\s+\S+\s+\S+\s+)?(?:yang\s+)?(?:juga\s+)?(?:sudah|telah|belum|masih belum|mendapat|"
    rf"memperoleh)\s+(?:memenuhi\s+target|mencapai\s+target|berada\s+dalam\s+rentang\s+target(?:\s+nasional)?|"
    rf"terinskripsi(?:\s+di\s+[A-Z]+)?|(?:opini\s+)?(?:WTP|WDP|wajar\s+(?:dengan|tanpa)\s+pengecualian)))", re.I)
# The size of a thing, not a measure of performance or condition (decision 3, dev3/dev4 READMEs): "Sungai ...
# memiliki panjang 8 kilometer", "berjarak 220 kilometer", "Dibangun di atas tanah seluas 10.890 meter persegi".
PHYSICAL = re.compile(r"\b(?:(?:memiliki|mempunyai|dengan)\s+(?:panjang|lebar|tinggi|kedalaman|ketinggian)|berjarak|"
                      r"sejauh|lebar|diameter|berkapasitas|(?:tanah|lahan|bangunan|gedung)\s+seluas)\s+(?:(?:sekitar|kurang lebih|hampir|lebih dari)\s+)?$", re.I)
# Parts of a total: "APBD ... sebesar Rp6,4 triliun yang terdiri atas belanja tidak langsung sebesar ...".
BREAKDOWN = re.compile(r"\b(?:terdiri (?:atas|dari)|masing-masing)\b", re.I)
THRESHOLD = re.compile(r"\b(di bawah|dibawah|kurang dari|minimal|maksimal|paling \w+|batas|"
                       r"ambang)\s*$", re.I)
ENTITY_COUNT = re.compile(r"\b(personel|petugas|pegawai|asn|anggota|aparat|pasukan|tim|relawan|perangkat daerah|"
                          r"pekerja|karyawan|buruh|"
                          r"opd|skpd|sekolah|kecamatan|kelurahan|desa|kabupaten|kota|provinsi|program|kegiatan)\b", re.I)
# Equipment deployed and the crowd of an event are counts of things in a story, not measures (dev4: "dua unit Mobil
# Topling", a festival's participants).
EQUIPMENT = re.compile(r"\s+(?:\w+\s+)?(?:mobil|truk|truck|excavator|ekskavator|alat|kendaraan|tenda|pompa|perahu|"
                       r"ambulans|motor|sepeda|bus|kapal|pesawat|helikopter|toilet|tangki|tandon|genset|HT|laptop|"
                       r"komputer|wheel|dump|velbed|kursi)\b", re.I)
DEPLOYED = re.compile(r"\b(?:dikirim\w*|dikerahkan|mengerahkan|disiagakan|menyiagakan|diterjunkan|menerjunkan|"
                      r"dimobilisasi|mobilisasi)\b", re.I)
EVENT = re.compile(r"\b(?:ajang|lomba|perlombaan|festival|turnamen|kompetisi|kejuaraan|konser|pameran|seminar|"
                   r"lokakarya|workshop|marathon|maraton|trail run|fun run|jalan sehat|upacara)\b", re.I)
# Counting units that need a measure word or a link verb before them ("jumlah penduduk miskin ... 464.870 orang").
GENERIC_UNIT = re.compile(r"orang|unit|jiwa|KK|keluarga|rumah|kasus|paket", re.I)
LINK = re.compile(r"\b(sebanyak|mencapai|sebesar|seluas|tercatat|berjumlah|menjadi|total|menjangkau|mencakup|tembus|menembus|"
                  r"memiliki|melayani|setara)\b", re.I)
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
YEAR_BEFORE = re.compile(r"\b(?:pada|tahun|sejak|hingga|sampai|awal|akhir|pertengahan|periode|selama)\s+$", re.I)
BUDGET_NAME = re.compile(r"\b(?:anggaran|dana|alokasi|belanja|pagu|defisit|APBD\w*|APBN\w*|RAPB\w*|TKDD?)\b", re.I)
NEAR_YEAR = re.compile(r"\s*(?:\w+\s+){0,2}?(?:pada|di|tahun|hingga|sampai)\s+(?:tahun\s+)?(?P<y>(?:19|20)\d{2})\b", re.I)
PART_OF_YEAR = re.compile(r"\b(?P<part>semester|triwulan|kuartal|caturwulan)\s+(?P<n>IV|I{1,3}|[1-4])\b"
                          r"(?:\s*(?:/|tahun\s+)?\s*(?P<year>(?:19|20)\d{2})\b)?", re.I)
# Lists: a header sentence ending in a colon, items opened by a number, a bullet or an ordinal word.
LIST_CUE = re.compile(r"\b(?:sebagai berikut|berikut(?:\s+ini)?|rincian(?:nya)?|daftar|antara lain|di antaranya|yakni|"
                      r"yaitu|meliputi|adalah)\b", re.I)
HEADER_LEAD = re.compile(r"^(?:(?:adapun|berikut|ini|adalah|rincian|daftar|data|sebaran)\b\s*)+", re.I)
HEADER_TAIL = re.compile(r"\s(?:berdasarkan|menurut|sesuai|dari data|di|untuk|se-\w+|pada)\b", re.I)
NOT_MEASURE = re.compile(r"\b(?:fakta|informasi|catatan\w*|(?:se)?lengkap\w*|cara|tips|alasan|poin|isi|pernyataan|"
                         r"kutipan|nama|"
                         r"jadwal|syarat|ketentuan)\b", re.I)  # "Berikut ini fakta selengkapnya:" lists no values
SUPERLATIVE = re.compile(r"\b(?:ter(?:tinggi|rendah|besar|kecil|banyak|sedikit))\b", re.I)
ORDINAL = (r"(?:pertama|kedua|ketiga|keempat|kelima|keenam|ketujuh|kedelapan|kesembilan|kesepuluh|selanjutnya|"
           r"berikutnya|terakhir)\b")
ITEM_START = re.compile(rf"\s*(?:\d{{1,2}}[.)](?!\d)|[-•*]\s|{ORDINAL})", re.I)
LEAD_ORDINAL = re.compile(rf"^{ORDINAL}[\s,]*", re.I)  # "Kedua,persentase pembangunan ..."
ITEM_END = re.compile(rf"(?:^|[^\W\d]|\s){ITEM_NUMBER}\s*$")  # "... Rp 14,6 triliun2." or "1." alone
LEAD_PLACE = re.compile(r"^(?i:di\s+)?(?i:provinsi|kabupaten|kota)(?:\s+[A-Z][\w-]*)+(?:\s+(?:ini|itu))?\s+(?=[a-z])")
# A region or regional government named in a clause: "Pemprov Jabar", "Provinsi Jakarta", "Kabupaten Blora".
PLACE_NAME = re.compile(r"\b(?:Pem(?:prov|kab|kot|da)|Provinsi|Kabupaten|Kota)(?:\s+[A-Z][\w-]*)+")
PLACE_TYPE = re.compile(r"(?:provinsi|kabupaten|kab\.|kota|kecamatan|kelurahan|desa|pemprov|pemkab|pemkot)\s", re.I)
TIME_WORDS = {"periode", "tanggal", "tgl", "selama", "pekan", "semester", "triwulan", "kuartal", "awal", "akhir",
              "pertengahan", "pagi", "siang", "sore", "malam", "sama"}  # "periode yang sama"
MONTHS = ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november",
          "desember"]
MONTH_YEAR = re.compile(r"\b(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)"
                        r"\s+((?:19|20)\d{2})\b", re.I)


@dataclass
class Value:
    start: int
    end: int
    value: float
    unit: str
    written: str
    percent: bool
    upper_bound: bool = False  # second bound of a range: same measure and kind as the first
    phrase_from: int = -1  # where the words after the value start ("20 hingga 50 persen populasi": after 50 persen)
    scale_only: bool = False  # "8 juta," with no unit: a value only where its segment names a measure


@lru_cache(maxsize=1)
def _aliases() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern of every indicator name and alias, longest first (one scan per name, not one per alias),
    and the canonical name of each."""
    canonical: dict[str, str] = {}
    for ind in gazetteers.load().indicators:
        for name in (ind.canonical, *ind.aliases):
            canonical.setdefault(name.lower(), ind.canonical)
    names = sorted(canonical, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b", re.I), canonical


def find_values(sentence: str) -> list[Value]:
    """Values with a unit, Rp or percent sign; a range's first bound takes the unit of the second."""
    raw = []
    for m in VALUE.finditer(sentence):
        rp, unit, scale_word = bool(m.group("rp")), m.group("unit"), m.group("scale")
        num = parse_number(m.group("num"))
        if (unit or "").lower() == "titik" and not HOTSPOT.search(sentence):
            unit = None  # "53 titik" of traffic jams: places, not a measure
        if unit and unit[0].isupper() and not unit.isupper() and TITLE_NEXT.match(sentence, m.end()):
            unit = None  # "Asda 2 Bidang Perekonomian": a word of a name, not a unit
        if num is None or (not rp and not scale_word and YEAR_BEFORE.search(sentence, 0, m.start())
                           and YEAR.fullmatch(m.group("num"))):
            continue  # "Pada 2013 balita stunting sebanyak 34,3 persen": a year, not a count of balita
        usd = bool(m.group("usd"))  # "USD 573,93 miliar": dollars written before the number
        mult, scale = scale_of(scale_word, rp or usd)
        end = m.end() if scale or not scale_word else m.start("scale")
        if usd and not unit:
            unit = "dolar AS"
        if scale and not unit and not rp:  # "7,2 juta kebuntingan", "35 juta KPM", "5,8 miliar dolar AS"
            nxt = CURRENCY.match(sentence, end) or NEXT_WORD.match(sentence, end)
            if nxt and fold(nxt.group("w")) not in STOP:
                unit, end = nxt.group("w"), nxt.end()
            elif re.match(r"\s*[,.;]", sentence[end:]):
                unit = SCALE_ONLY  # "target jamaah umrah 8 juta, ...": the scale word is the whole unit
        unit_at = end - len(unit) if unit and sentence[:end].endswith(unit) else -1
        if unit_at >= 0 and not rp and _acronym(sentence, unit_at):
            unit = _acronym(sentence, unit_at)  # "35,04 juta keluarga penerima manfaat (KPM)": as abbreviated
        if unit and unit.lower() == "rupiah":
            rp = True
        per = PER_UNIT.match(sentence, end) if rp or unit else None
        if not per and unit and FLOW_UNIT.fullmatch(unit):
            per = PER_TIME.match(sentence, end)
        per_text = per.group().strip() if per else ""
        same_flow = raw and raw[-1][5] and raw[-1][5].lower() == (unit or "").lower() and FLOW_UNIT.fullmatch(unit or "")
        if not per_text and same_flow:
            per_text = raw[-1][7]  # "700 ton per hari, dimana 500 ton di kelola ...": the same flow
        if per:  # "Rp 2.250 per kilogram menjadi Rp 1.800": the rate's denominator is no word of the next name
            end = per.end()
        raw.append([m.start(), end, num, mult, rp, unit, False, per_text])
    low = sentence.lower()
    indexed = {m.start("num") for m in INDEX_VALUE.finditer(sentence)} if any(w in low for w in INDEX_HINTS) else ()
    for entry in raw:  # "indeks aksesibilitas ... menjadi 0,74": an index has no unit
        if entry[0] in indexed and not (entry[4] or entry[5]):
            entry[5] = INDEX
    for i in range(len(raw) - 1):  # "5,8 hingga 6,3%", "5,2-5,8%": one record per bound
        cur, nxt = raw[i], raw[i + 1]
        if not (cur[4] or cur[5]) and (nxt[4] or nxt[5]) and RANGE.fullmatch(sentence[cur[1]:nxt[0]]):
            cur[3], cur[4], cur[5] = cur[3] if cur[3] != 1.0 else nxt[3], nxt[4], nxt[5]
            nxt[6] = True
        elif cur[4] and cur[3] == 1.0 and nxt[3] != 1.0 and RANGE.fullmatch(sentence[cur[1]:nxt[0]]):
            cur[3], nxt[4], nxt[5], nxt[6] = nxt[3], True, None, True  # "Rp 20-30 miliar", "Rp 500 hingga Rp 600 T"
        elif not (cur[4] or cur[5]) and (nxt[4] or nxt[5]) and TO_VALUE.fullmatch(sentence[cur[1]:nxt[0]]) and \
                FROM_VALUE.search(sentence, 0, cur[0]):  # "dari 36 menjadi 50 siswa": the earlier value's unit
            cur[3], cur[4], cur[5], cur[7] = cur[3] if cur[3] != 1.0 else nxt[3], nxt[4], nxt[5], nxt[7]
    values: list[Value] = []
    for k, (start, end, num, mult, rp, unit, upper_bound, per) in enumerate(raw):
        if not (rp or unit):
            continue
        percent = unit is not None and unit.lower() in ("%", "persen")
        base = "rupiah" if rp else "" if unit is INDEX or unit is SCALE_ONLY else UNIT_NORMAL.get(
            unit.lower(), " ".join(w if w.isupper() else w.lower() for w in unit.split()))
        if per:
            base = f"{base} " + " ".join(UNIT_NORMAL.get(w, w) for w in per.lower().split())
        value = float(Decimal(repr(num)) * Decimal(int(mult)))  # exact: 66,13 triliun is 66130000000000
        after = raw[k + 1][1] if k + 1 < len(raw) and raw[k + 1][6] else end
        values.append(Value(start, end, value, base, sentence[start:end].strip(), percent, upper_bound, after,
                            unit is SCALE_ONLY))

    return values


def _acronym(sentence: str, start: int) -> str | None:
    """"keluarga penerima manfaat (KPM)" -> "KPM": the acronym whose letters start the words before it."""
    m = re.match(r"((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\s+\(([A-Z]{2,6})\)", sentence[start:])
    if not m:
        return None
    initials = "".join(w[0] for w in m.group(1).split()).upper()
    return m.group(2) if initials == m.group(2) else None


def _content(phrase: str) -> bool:
    """Whether a phrase names something: a measure word, an acronym or a noun that is not a verb."""
    if NAME_CUE.search(phrase):
        return True
    for w in re.findall(r"[A-Za-z][\w/-]*", phrase):
        f = w.lower()
        if f not in STOP and not VERBISH.match(f) and (len(f) > 2 or w.isupper()):  # "IB", "DD": acronyms
            return True
    return False


def _clean(phrase: str, max_words: int = 11) -> str:
    """The measure's words: links trimmed, from the first measure word of the last few words on."""
    phrase = LEAD_ORDINAL.sub("", re.sub(r"\s+", " ", phrase).strip(" ,.:;-•*\"“”"))
    for _ in range(3):
        phrase = _trim_stop_words(phrase).strip(" ,.-")
        phrase = LEAD_DATE.sub("", LEAD_STOP.sub("", phrase)).strip(" ,.-")
    phrase = re.split(r"\d+(?:[.,]\d+)*\s*(?:ribu|juta|miliar|triliun|persen|%)|\d+(?:[.,]\d+)+", phrase)[-1].strip(" ,.-")
    words = phrase.split()[-max_words:]
    # a measure word just out of reach starts the name ("Jumlah dana transfer ke daerah (TKD) untuk Provinsi ...")
    wider = phrase.split()[-max_words - 4:]
    cue = next((i for i, w in enumerate(wider) if NAME_CUE.fullmatch(_stem(w.lower()))), len(wider))
    if not any(NAME_CUE.fullmatch(_stem(w.lower())) for w in words) and \
            len([w for w in wider[cue:] if VERBISH.match(w.lower())]) == 1:  # one clause, not two
        words = wider
    verbs = [i for i, w in enumerate(words[:-1]) if ACTIVE_VERB.match(w)]
    said = [i for i in verbs if SPEECH.fullmatch(words[i].lower()) and _content(" ".join(words[i + 1:]))]
    if said:  # "Gubernur BI Perry Warjiyo mengatakan penurunan itu sebesar": what is said, not who says it
        words = words[said[-1] + 1:]
        verbs = [i for i, w in enumerate(words[:-1]) if ACTIVE_VERB.match(w)]
    rest = words[verbs[-1] + 1:] if verbs else []
    # "... mengalokasikan anggaran" -> "anggaran", "akan memperluas area TPA dari" -> "area TPA": the verb's object
    if rest and (NAME_CUE.search(" ".join(rest)) or (
            fold(words[verbs[-1]]) not in COPULA and 2 <= len(rest) <= 4 and _content(" ".join(rest)) and
            rest[0].lower() not in STOP and  # "menggelandang di Kebon Sirih": a place, not an object
            not any(VERBISH.match(w.lower()) or RANK.fullmatch(w.lower()) for w in rest))):
        words = rest
    cue = next((i for i, w in enumerate(words) if NAME_CUE.fullmatch(_stem(w.lower()))), None)
    if cue is not None and cue < len(words) - 1:
        words = words[cue:]
    elif len(words) > 7:
        words = words[-7:]
    name = " ".join(_stem(w) for w in words).strip(" ,(")
    return LEAD_STOP.sub("", LEAD_DATE.sub("", LEAD_STOP.sub("", name))) or name  # "12 September 2019 telah ... IB"


def _trim_stop_words(phrase: str) -> str:
    """The phrase without the link words that end it ("... yang sudah diserap sebesar" -> "... diserap"); a loop
    over its last words, cheaper than a regex of every stop word tried at every position."""
    words = phrase.rstrip(" ,").split()
    while words and words[-1].rstrip(",").lower() in STOP and words[-1].rstrip(",").lower() not in MEASURE_WORDS:
        words.pop()
    return " ".join(words)


def _stem(word: str) -> str:
    """"penyerapannya" -> "penyerapan", "harganya" -> "harga"; "hanya" stays."""
    stem = word[:-3] if word.lower().endswith("nya") else word
    return stem if stem != word and (len(stem) >= 6 or NAME_CUE.fullmatch(stem.lower())) else word


APPROXIMATELY = {"sebagai", "sekitar", "kurang", "lebih", "hampir", "sebanyak", "sebesar"}


def _after_phrase(sentence: str, end: int, skip: int = 0) -> str:
    """"52 persen masyarakat miskin berprofesi ..." -> "masyarakat miskin"."""
    words: list[str] = []
    for w in re.finditer(r"[\w/-]+|[^\w\s]", sentence[end:end + 80]):
        t = w.group()
        if not words and skip and t.lower() in APPROXIMATELY:
            skip -= 1
            continue
        if not re.fullmatch(r"[^\W\d][\w/-]*", t) or t.lower() in STOP or VERBISH.match(t.lower()) or len(words) == 4:
            break
        words.append(t)
    return " ".join(words)


def _segment_start(sentence: str, start: int, floor: int) -> int:
    """Start of the value's segment: after the last list separator ("(LBS)" definitions are not one)."""
    masked = DEFINITION.sub(lambda m: " " * len(m.group()), sentence)
    cut = floor
    for m in SEPARATOR.finditer(masked, floor, start):
        word = m.group().strip().lower()
        if word in ("dan", "atau", "serta") and (floor == 0 or len(sentence[floor:m.start()].split()) > 3):
            continue  # "belanja langsung dan tidak langsung": inside the name, not between list items
        cut = m.end()
    return cut


def _time_or_place(phrase: str) -> bool:
    """"2020 di Indonesia", "Selama periode tanggal 1": a phrase of dates and a region only names no measure."""
    words = re.findall(r"[^\W\d][\w-]*", phrase)
    if not (YEAR.search(phrase) or any(fold(w) in TIME_WORDS or fold(w) in MONTHS for w in words)):
        return False  # a region alone names an item of a list ("Padang Rp 9,1 miliar, Bogor Rp 8,9 miliar")
    rest = [w for w in words if fold(w) in MEASURE_WORDS or (fold(w) not in STOP and fold(w) not in TIME_WORDS)]
    return not rest or (all(w[0].isupper() for w in rest) and bool(gazetteers.region_for(" ".join(rest))))


def _is_place(name: str) -> bool:
    """"Provinsi Jawa Timur", "Lombok Barat": a list item named by its region, not by a measure."""
    return bool(PLACE_TYPE.match(name) or gazetteers.region_for(name))


def _is_item_name(segment: str) -> bool:
    """A list item named by a proper name only ("OKI", "Musi Rawas (Mura)", "Kabupaten Blora"): it says nothing of
    its own kind."""
    words = re.sub(r"\([^)]*\)", " ", segment).split()
    return 0 < len(words) <= 4 and all(w[0].isupper() or fold(w) in ("di", "kota", "kabupaten") for w in words)


def list_header(sentence: str) -> tuple[str | None, str | None] | None:
    """The measure and kind a list header gives its items, or None if the sentence does not open a list:
    "Berikut 15 Pemda dengan simpanan tertinggi berdasarkan data Kementerian Keuangan:" -> ("simpanan", None),
    "Target PAD 2025 sebagai berikut:" -> ("Target PAD", "target")."""
    text = sentence.strip()
    if not text.endswith(":") or not (LIST_CUE.search(text) or NAME_CUE.search(text)):
        return None
    # what is listed follows the cue ("..., berikut ini daerah-daerah yang memiliki besaran ongkos ...:") or
    # precedes it ("Target PAD 2025 sebagai berikut:")
    parts = LIST_CUE.split(HEADER_LEAD.sub("", text.rstrip(": ")), 1)
    head = (parts[1] if len(parts) > 1 and _content(parts[1]) else parts[0]).strip(" ,")
    head = HEADER_TAIL.split(head, 1)[0]
    # "15 Pemda dengan simpanan tertinggi", "daerah-daerah yang memiliki besaran ongkos transportasi"
    counted = re.match(r"(?:\d+\s+)?\S+\s+(?:dengan|yang(?:\s+(?:memiliki|mempunyai))?)\s+(.+)", head)
    head = SUPERLATIVE.sub("", counted.group(1) if counted else head)
    head = re.sub(r"\s+", " ", YEAR.sub("", head)).strip(" ,")
    measure = _clean(head) if head and _content(head) and not NOT_MEASURE.search(head) else None
    kind = "target" if TARGET.search(text) else "previous" if PREVIOUS.search(text) else None
    return (measure or None, kind) if measure or kind else None


def _canonical(phrase: str) -> str:
    """The canonical name of the longest indicator alias in the phrase, else the phrase."""
    rx, canonical = _aliases()
    best = max(rx.finditer(phrase), key=lambda m: len(m.group()), default=None)
    return canonical.get(best.group().lower(), phrase) if best else phrase


def _kind(sentence: str, seg_start: int, v: Value, first: bool) -> str:
    """actual, target, previous or change from the words of the value's segment (the sentence so far for the
    first value): "naik 6,79 persen" is a change, "dari 4,30 persen menjadi" a previous value."""
    head = LIST_HEAD.search(sentence, 0, v.start)
    # the first value and the items of a list ("ditargetkan rampung ..., yakni Jalan A sepanjang 2,5 km, dan
    # Jalan B sepanjang 1,8 km") read the sentence so far
    before = sentence[:v.start] if first else sentence[seg_start:v.start]
    if head and not first:
        before = sentence[:head.start()] + " " + before
    before = DISCOURSE.sub("", before)  # "(Diberitakan) sebelumnya, ...": the report, not the value, is earlier
    near = sentence[max(seg_start - 12, 0):v.start]
    if COMPARATIVE.search(near):
        return "change"
    if CHANGE.search(near):
        return "target" if PLANNED.search(before) else "change"  # "Kita ingin tumbuh 6-8 persen"
    if CHANGE_OF.search(sentence, seg_start, v.start) or (v.percent and CHANGE_UPTO.search(sentence, seg_start, v.start)):
        return "target" if PLANNED.search(before) or TARGET.search(before) else "change"
    if NEXT_TO_VALUE.match(sentence, v.end):
        return "previous"  # "penurunan kemiskinan di desa ..., yakni 11,34 persen menjadi 11,03%"
    if LATER_VALUE.match(sentence, v.end):
        return "previous"  # "yang pada 2024 mencapai 6%, kini pada 2025 turun menjadi 5,17%"
    earlier = sentence[:v.start].rsplit("dari", 1)[0]
    if FROM_TO.search(near) and (TO.match(sentence, v.end) or CHANGE_WORD.search(earlier)):
        return "previous"  # "naik dari 4,14 persen", "dari 4,30 persen menjadi", "turun 0,44 persen ... dari 8,17 persen"
    if FROM_YEAR.search(sentence, max(v.start - 60, 0), v.start):
        return "previous"  # "melonjak 42,48 persen dari posisinya pada 2015, USD 402,8 miliar"
    if re.search(r"\b(?:tahun depan|tahun mendatang)\b", sentence[seg_start:v.start], re.I):
        return "target"  # "Pada tahun lalu target ... 8 juta, tahun depan meningkat menjadi 10 juta orang"
    if re.search(r"\b(tahun sebelumnya|tahun lalu)\b", before, re.I) or RISE_FROM.search(before):
        return "previous"
    own = TARGET_REFERRED.sub(" ", before)  # "Untuk mencapai target tersebut, pemerintah telah menganggarkan Rp6,5 T"
    if TARGET.search(own) or TARGET_AFTER.match(sentence, v.end) or re.search(r"\b(?:akan|agar|supaya)\b", before, re.I):
        return "target"
    if PREVIOUS.search(before):
        return "previous"
    return "actual"


def _period(sentence: str, v: Value, seg_start: int) -> str | None:
    """"2024-10" for "Oktober 2024", "semester I 2019" for "semester I 2019" or "kuartal III/2025", else the year."""
    window = sentence[seg_start:min(len(sentence), v.end + 40)]
    part = PART_OF_YEAR.search(window)
    if part and part.group("year"):
        return f"{part.group('part').lower()} {part.group('n')} {part.group('year')}"
    y = YEAR.search(window)
    # the month of the value's segment, else, when the segment names no year, of the sentence
    # ("pada September 2025 angka inflasi nasional (yoy) di angka 2,65%")
    m = MONTH_YEAR.search(window) or (None if y else MONTH_YEAR.search(sentence))
    if m:
        return f"{m.group(2)}-{MONTHS.index(m.group(1).lower()) + 1:02d}"
    y = y or YEAR.search(sentence)
    return y.group() if y else None


def _name(sentence: str, segment: str, v: Value, prev_name: str | None, last_name: str | None,
          floor: int = 0) -> str | None:
    """The measure a value belongs to, as written (see the module docstring)."""
    phrase = _clean(AS_OF.sub(" ", QUALIFIER.sub(" ", segment)))
    timed = bool(phrase) and _time_or_place(phrase)
    if timed:
        phrase = ""  # "pada 2020 di Indonesia akan ada 141 juta penduduk": when and where, not what
    if ANAPHORA.search(segment) and (prev_name or last_name):  # "angka ini dapat ditekan menjadi ..."
        return prev_name or last_name
    if prev_name and LINK_ONLY.fullmatch(segment):  # "dari 11,6 hektar menjadi 35 hektar tak terakomodir"
        return prev_name
    if COMPARATIVE.search(segment) and (prev_name or last_name):  # "tumbuh 6,25 persen atau lebih tinggi 29,39 persen"
        return prev_name or last_name
    share = re.match(r"\s+dari\s+(?:(?:seluruh|semua|total)\s+)?", sentence[v.phrase_from:]) if v.percent else None
    if share and re.search(r"(?:^|\s)(?:dan|serta|sedangkan|sementara)\s*$", segment):
        after = _after_phrase(sentence, v.phrase_from + share.end() - 1)  # "99 persen penyebab kebakaran adalah
        if after and _content(after):  # manusia dan 80 persen dari lahan yang bekas terbakar": a share of what follows
            return after
    if AGENT.search(segment) and v.unit and not v.percent and not v.unit.startswith("rupiah"):
        after = _after_phrase(sentence, v.phrase_from)  # "dirasakan oleh lebih dari 155 juta penerima manfaat"
        if after and _content(after):
            return f"{v.unit} {after}"
    head = LIST_HEAD.search(sentence, 0, v.start)
    if head and phrase and gazetteers.region_for(phrase):
        subject = re.match(r"\s*(?:(?:sementara itu|selain itu|adapun)\s*,?\s*)?(?P<s>[\w/()-]+(?:\s+[A-Z][\w/()-]*)*)",
                           sentence[:head.start()], re.I)
        if subject and _content(subject.group("s")):  # "LP2B tersebar di tiga kabupaten, yakni Blora (48.967 ha)"
            return f"{subject.group('s')} {phrase}"
    words = phrase.split()
    if words and ACTIVE_VERB.match(words[-1].lower()):  # "Jawa Tengah menyumbang 16,5% ...": a clause, not a name
        cue = next((i for i, w in enumerate(words) if NAME_CUE.fullmatch(re.sub(r"nya$", "", w.lower()))), None)
        after = _after_phrase(sentence, v.phrase_from, skip=2)
        whole = re.match(r"\s+dari\s+(?:(?:seluruh|semua|total)\s+)?", sentence[v.phrase_from:]) if v.percent and \
            not CHANGE_WORD.fullmatch(words[-1]) else None
        if whole and not after:  # "hanya dapat meng-cover 52,37 persen dari kapasitas storage LPG nasional"
            after = _after_phrase(sentence, v.phrase_from + whole.end() - 1)
        if after and _content(after):
            return after
        phrase = " ".join(words[cue:-1]) if cue is not None else ""
    head_np = phrase.split()
    while head_np and VERBISH.match(head_np[-1].lower()):
        head_np.pop()  # "peredaran rokok ilegal ditargetkan ditekan menjadi 3 persen": the noun phrase before its verbs
    if len(head_np) <= len(phrase.split()) - 2 and _content(" ".join(head_np)) and not NAME_CUE.search(phrase) and \
            not any(VERBISH.match(w.lower()) or w.lower() == "yang" for w in head_np):
        phrase = " ".join(head_np)
    if phrase and len([w for w in phrase.split() if VERBISH.match(w.lower())]) >= 2 and not NAME_CUE.search(phrase):
        place = PLACE_NAME.search(phrase)
        # "Pemprov Jabar diketahui menempati urutan kelima dengan Rp 4,1 triliun": the measure before, of that region
        if place and (prev_name or last_name) and not _after_phrase(sentence, v.phrase_from):
            return f"{prev_name or last_name} {place.group()}"
        phrase = ""  # "ditetapkan sebagai tersangka lantaran diduga meminta uang": a clause, not a measure
    bare = fold(re.sub(r"\s*\b(?:di|pada|tahun|untuk)?\s*(?:19|20)\d{2}\b", "", phrase))
    after = _after_phrase(sentence, v.phrase_from) if bare in ("target", "targetnya") and v.percent else ""
    if after and _content(after):  # "belum memenuhi target 90 persen satu pangkalan per kelurahan"
        return f"target {after}"
    if bare in ("target", "targetnya") and (prev_name or last_name):  # "Lalu, target di 2026 sebanyak 23 ribu ekor"
        return f"target {prev_name or last_name}"
    if fold(phrase) in ("angka", "nilai", "posisi", "level", "kisaran"):  # "Kementerian PU ... di angka 48,2%"
        clause = sentence[sentence.rfind(", ", 0, v.start) + 2:v.start]
        named = re.match(r"\s*((?:[A-Z][\w/-]*)(?:\s+(?:[A-Z][\w/-]*|dan))*)", clause)
        if named and not fold(named.group(1)) in STOP:
            return named.group(1)
    if phrase and _content(phrase):
        return phrase
    after = _after_phrase(sentence, v.phrase_from)
    if not after and v.unit.startswith("rupiah"):  # "Rp 47,7 miliar untuk pembangunan fisik hotel": its purpose
        purpose = re.match(r"\s+(?:(?:di|ter)[a-z]{3,}\s+)?(?:untuk|bagi)\s", sentence[v.phrase_from:])
        after = _after_phrase(sentence, v.phrase_from + purpose.end() - 1) if purpose else ""
    if after and _content(after):  # "2,8 juta petani Jateng": the counted noun heads the measure
        return f"{v.unit} {after}" if _is_place(after) and v.unit.isalpha() and not v.percent else after
    if (len(segment.split()) <= 6 or timed) and prev_name:  # "dibandingkan dengan periode yang sama tahun 2024"
        return prev_name
    # a segment that only links ("baru bisa menjangkau sebanyak") takes the measure of the clause before it
    clauses = CLAUSE_CUT.split(sentence[floor:v.start - len(segment)].rstrip(" ,"))
    while len(clauses) > 1 and ATTRIBUTION.fullmatch(clauses[-1]):
        clauses.pop()  # "Progres pembangunan tol Cisumdawu itu, kata dia, sudah mencapai sekira 50 persen"
    clause = "" if _content(segment) else clauses[-1]
    if ANAPHORA.search(clause):  # "Dari jumlah itu, baru 11 ton yang bisa ditangani"
        return prev_name or last_name
    topic, opening = TOPIC.match(clause), clause.strip(" \"“”,")
    clause = _clean(clause)
    if clause and not re.search(r"\d", clause) and (NAME_CUE.search(clause) or topic or (
            opening[:1].islower() and _content(clause) and not VERBISH.match(clause.split()[0].lower()))):
        return clause  # "untuk sterilisasi kucing, baru bisa menjangkau sebanyak 21 ribu ekor"
    if len(segment.split()) <= 6:
        return last_name if CHANGE.search(segment) or not segment.strip() else None
    return None


def sentence_indicators(sentence: str, last_name: str | None = None, carried_kind: str | None = None,
                        list_measure: str | None = None) -> list[dict[str, Any]]:
    """Indicator values of one sentence: value, unit, measure name (as written), kind, period, offsets.

    A list item gets the kind (`carried_kind`) and the measure (`list_measure`) of the list it continues
    when it names neither: "Target PAD sebagai berikut: 1. Kota Bogor Rp ..." (see `extract`)."""
    out: list[dict[str, Any]] = []
    prev_end, prev_name = 0, None
    physical = ""  # the unit of a physical size in the sentence, whose parts are no measures either
    for i, v in enumerate(find_values(sentence)):
        opened = sentence.rfind("(", 0, v.start)
        if out and opened > out[-1]["end"] - 1 and ")" not in sentence[out[-1]["end"]:v.start]:
            if v.percent and out[-1]["unit"] != "persen" and opened == sentence.rfind("(", 0, v.start) and \
                    not sentence[opened + 1:v.start].strip() and sentence[v.end:].lstrip().startswith(")"):
                out.append({**out[-1], "start": v.start, "end": v.end, "value": v.value, "unit": v.unit,
                            "value_text": v.written, "upper_bound": False})
                prev_end = v.end  # "meningkat Rp 2,61 triliun (14,455%)": the same value as a share
            continue  # "390 ekor sapi potong (150 ekor dari ... dan 240 ekor dari ...)": a breakdown
        floor, seg_start = prev_end, _segment_start(sentence, v.start, prev_end)
        if not sentence[seg_start:v.start].strip() and opened >= seg_start - 1 >= 0:
            seg_start = _segment_start(sentence, opened, prev_end)  # "yakni Blora (48.967 ha)": named before "("
            segment = sentence[seg_start:opened]
        else:
            segment = sentence[seg_start:v.start]
        prev_end = v.end
        kind = out[-1]["value_kind"] if v.upper_bound and out else _kind(sentence, seg_start, v, i == 0 or not out)
        if out and not v.percent and out[-1]["unit"] not in ("persen", v.unit) and \
                EQUIVALENT.fullmatch(sentence, out[-1]["end"], v.start):
            kind = out[-1]["value_kind"]  # "US$ 53,1 juta atau sekitar Rp 746,6 miliar": one value in two currencies
        if kind == "actual" and carried_kind and not ACTUAL.search(sentence, 0, v.start):
            kind = carried_kind
        if kind == "actual" and out and all(r["value_kind"] == "target" for r in out) and (_is_item_name(segment) or (
                re.search(r"(?:\sdan|\sserta|,)\s*$", sentence[:seg_start]) and
                not (ACTUAL.search(segment) or PREVIOUS.search(segment) or CHANGE_WORD.search(segment)))):
            kind = "target"  # "akan ada peremajaan ... di Muba seluas 5.350 Ha, OKI 5.355 Ha, ...": items of one plan,
            # "berusaha ... Gerbang Patas seluas 9063 Ha dan pengembangan padang pengembalaan mencapai 8914 Ha"
        if v.scale_only and not (NAME_CUE.search(segment) or TARGET.search(segment) or LINK.search(segment)):
            continue  # "8 juta," is a value only after a measure word ("target jamaah umrah 8 juta")
        if PHYSICAL.search(sentence, max(seg_start - 30, 0), v.start) or (physical and v.unit == physical):
            physical = v.unit  # "... memiliki panjang 8 kilometer, 2 kilometer di wilayah Kota Bogor": its parts
            continue
        if (THRESHOLD.search(segment) and kind != "target") or _policy(sentence, floor, v.start) or \
                (v.unit == "rupiah" and PAYMENT.search(sentence, max(seg_start - 60, 0), v.start)) or \
                BREAKDOWN.search(sentence, 0, v.start) or (v.unit == "rupiah" and (
                    (PER_RECIPIENT.match(sentence, v.end) and not RATE_MEASURE.search(segment)) or
                    ONE_RECIPIENT.search(sentence, 0, v.start))) or re.match(r"[^.!?]*\?", sentence[v.end:]):
            continue  # ... or a value asked about ("Ibu terimanya Rp 600 ribu?")
        name = out[-1]["indicator_text"] if v.upper_bound and out else \
            _name(sentence, segment, v, prev_name, last_name, floor)
        if list_measure and not v.upper_bound and (not name or not NAME_CUE.search(name)) and (
                not name or _is_place(name)):
            name = f"{list_measure} {name}" if name else list_measure  # "1. Provinsi DKI Jakarta Rp 14,6 triliun"
        if HOTSPOT.fullmatch(v.unit) or v.unit == "titik":  # the count is the measure: "612 titik panas di Sumatera"
            name = f"titik panas {name}" if name and _is_place(name) else "titik panas"
        if not name:
            continue
        name = LEAD_PLACE.sub("", name) or name  # "Di Kota Bogor ini timbulan sampah": the measure after the place
        # what is counted: the name for a generic unit ("personel ... 80 orang"), else the unit itself ("75 siswa" of
        # "Sekolah Rakyat Rintisan" counts pupils, not schools)
        counted = PLACE_NAME.sub(" ", name) if GENERIC_UNIT.fullmatch(v.unit) else ""  # not "Provinsi Jawa Barat"
        head = next((w for w in name.lower().split() if w not in MEASURE_WORDS), "")
        if re.fullmatch(r"pe[a-z]{3,}an", head):  # "jumlah pemindahan ... ASN": an output of a programme
            counted = head
        if (v.unit == "unit" and (EQUIPMENT.match(sentence, v.end) or DEPLOYED.search(sentence, 0, v.start))) or \
                (v.unit == "peserta" and EVENT.search(sentence)):
            continue  # "2 unit mobile water tank", "1.000 peserta ... Slamet Trail Run": equipment sent, an event's crowd
        if not v.percent and not v.unit.startswith("rupiah") and (ENTITY_COUNT.search(counted + " " + v.unit) or (
                GENERIC_UNIT.fullmatch(v.unit) and name != prev_name and not (
                NAME_CUE.search(segment) or LINK.search(segment) or CHANGE.search(segment)))):
            continue
        if kind == "target" and name == prev_name and "target" not in name.lower() and not v.upper_bound:
            name = f"target {name}"
        elif kind != "target":
            prev_name = name
        else:
            prev_name = prev_name or name
        out.append({"start": v.start, "end": v.end, "indicator": _canonical(name), "indicator_text": name,
                    "value": v.value, "unit": v.unit or None, "value_text": v.written, "value_kind": kind,
                    "upper_bound": v.upper_bound,
                    "period": _period(sentence, v, seg_start)})
        last_name = name
    return out + _status_counts(sentence, out)


def _status_counts(sentence: str, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Counts of bodies, regions or items in a stated condition: "33 kabupaten/kota di 4 provinsi yang belum memenuhi
    target", "32 provinsi sudah WTP", "telah menetapkan lebih dari 2.200 Warisan Budaya Takbenda" (a measure of
    performance, unlike a plain count of entities; a count that only locates them, "di 4 provinsi", is not one)."""
    out = []
    for m in [*RECORDED_COUNT.finditer(sentence), *STATE_COUNT.finditer(sentence)]:
        if any(r["start"] <= m.start("num") < r["end"] for r in found + out) or \
                re.search(r"(?<!lebih )(?<!kurang )\b(?:di|ke|dari)\s+$", sentence[:m.start("num")], re.I):
            continue
        value = parse_number(m.group("num"))
        if value is None or YEAR.fullmatch(m.group("num")):
            continue
        noun = _trim_stop_words(re.sub(r"\s+(?:kita|kami|mereka|ini|itu|tersebut)$", "", m.group("noun").strip()))
        if m.re is RECORDED_COUNT and ENTITY_COUNT.search(noun):
            continue  # "telah menetapkan 7 program prioritas": a count of entities (decision 3)
        status = re.sub(r"^(?:(?:di|dari)\s+\S+\s+\S+\s+)", "", re.sub(r"\s+", " ", m.group("status"))).strip()
        name = f"{noun} {status}".strip() if status else noun
        v = Value(m.start("num"), m.end("noun"), value, noun, m.group("num") + " " + noun, False, phrase_from=m.end("noun"))
        out.append({"start": v.start, "end": v.end, "indicator": _canonical(name), "indicator_text": name,
                    "value": value, "unit": noun, "value_text": v.written, "value_kind": "actual",
                    "upper_bound": False, "period": _period(sentence, v, max(m.start() - 40, 0))})
    return out


def _future_year(sentence: str, r: dict[str, Any], published: int) -> bool:
    """Whether the year right after a value is later than the article's: a value of a year to come is planned,
    except a budget, which is set (as drafted or passed) for the year it funds ("TKDD Rp 856,9 triliun pada 2020")."""
    year = NEAR_YEAR.match(sentence, r["end"])
    return bool(year) and int(year.group("y")) > published and not BUDGET_NAME.search(r["indicator_text"])


def _policy(sentence: str, floor: int, start: int) -> bool:
    """A policy parameter: a policy word since the value before ("santunan ... sebesar Rp 42 juta"), unless it
    names a budget line or an income ("anggaran santunan asuransi pohon tumbang Rp 1 miliar", "Pendapatan Bunga")."""
    m = POLICY.search(sentence, floor, start)
    return bool(m) and not BUDGET_WORD.search(sentence, max(floor, m.start() - 30), m.start())


def _restated(name: str, earlier: str) -> bool:
    """Whether a value equal to an earlier one restates it: unless their names are of different places or
    bodies ("Jalan Latumenten", "Jalan Yos Sudarso"); the same acronym and a shared word are the same measure
    ("dana Transfer ke Daerah (TKD) yang dipangkas", "pemangkasan anggaran TKD ke Solo")."""
    names, names0 = ({w for w in re.findall(r"\b[A-Z][\w-]*", n) if fold(w) not in STOP and not NAME_CUE.fullmatch(w)}
                     for n in (name, earlier))  # "Target tanam padi", "September 2019 ... ditargetkan": no names
    if not (names and names0) or names <= names0 or names0 <= names:
        return True
    words, words0 = ({w for w in re.findall(r"\b[a-z]+\b", n) if w not in STOP} for n in (name, earlier))
    return any(w.isupper() and len(w) > 2 for w in names & names0) and bool(words & words0)


def _restate_plans(sentence: str, found: list[dict[str, Any]], planned: set[Any]) -> set[Any]:
    """A value first written as planned stays a target when restated without a cue ("1.700-4.100 ASN akan
    pindah", then "... mencapai 1.700-4.100 orang"); returns the planned values with this sentence's: its
    targets (value and unit), and in a sentence of plans the numbers that are no value of their own
    ("1.700-4.100 ASN", as written)."""
    for r in found:
        number = NUMBER_RX.search(r["value_text"])
        if r["value_kind"] == "actual" and not ACTUAL.search(sentence) and (
                (r["value"], r["unit"]) in planned or (number and number.group() in planned)):
            r["value_kind"] = "target"
    planned = planned | {(r["value"], r["unit"]) for r in found if r["value_kind"] == "target"}
    if DIGIT.search(sentence) and (PLANNED.search(sentence) or TARGET.search(sentence)):
        valued = [(r["start"], r["end"]) for r in found]
        planned = planned | {m.group() for m in NUMBER_RX.finditer(sentence) if len(m.group()) >= 4 and
                             not YEAR.fullmatch(m.group()) and not any(a <= m.start() < b for a, b in valued)}
    return planned


def extract(article: Article) -> list[dict[str, Any]]:
    """Indicator records for numbers with a measure unit and a named indicator; a value restated
    later in the article ("4,28 persen" twice) is kept once. A list carries its header's measure and
    kind, or the kind of the item before, to items that name neither ("Kedua, ... mencapai 20%")."""
    records = []
    seen: dict[tuple[float, str, str, bool], list[tuple[str, int]]] = {}
    last_name = None
    context: tuple[str | None, str | None] | None = None  # (measure, kind) the next list item carries
    prev_text, list_no = "", 0
    planned: set[Any] = set()  # values and numbers first written as planned or targeted
    for sent in article.doc.sents:
        text = article.span_text(sent)
        if not text.strip():
            continue
        is_item = bool(ITEM_START.match(text) or ITEM_END.search(prev_text) or prev_text.rstrip().endswith(":"))
        if is_item and context is None and TARGET.search(prev_text):
            context = (None, "target")  # "Prabowo merincikan target pelaksanaan ... . Pertama, luas area ..."
        in_list = bool(context and is_item)
        list_no += not in_list
        found = sentence_indicators(text, last_name, context[1] if in_list else None,
                                    context[0] if in_list else None) if NUMERIC.search(text) else []
        planned = _restate_plans(text, found, planned)
        header = list_header(text)
        if header:
            context = header
        elif found and not in_list:
            context = (None, found[-1]["value_kind"])
        elif not found and not is_item and not ITEM_END.search(text):
            context = None
        prev_text = text
        for r in found:
            last_name = r["indicator_text"]
            if r["value_kind"] == "actual" and article.published_date and _future_year(text, r, article.published_date.year):
                r["value_kind"] = "target"  # "meningkatkan laba ... hingga Rp2,5 triliun pada tahun 2026" (in 2025)
            key = (round(r["value"], 6), r["unit"], r["value_kind"], r.pop("upper_bound"))
            if any(_restated(r["indicator_text"], earlier) and not (in_list and n == list_no)
                   for earlier, n in seen.get(key, [])):
                continue  # restated; the items of one list are not ("Ketiga, ... 50%. Keempat, ... 50%")
            seen.setdefault(key, []).append((r["indicator_text"], list_no))
            start, end = sent.start_char + r.pop("start"), sent.start_char + r.pop("end")
            records.append(record(article, start, end, "indicators.value_unit", 0.6, **r, region=None, org=None))
    return records
