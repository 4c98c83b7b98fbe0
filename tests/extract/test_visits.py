"""Visits in real passages of the seeds and the corpus, run through the spaCy pipeline and the
extractors before visits (officials, orgs, dates, quotes)."""

from __future__ import annotations

from datetime import date

from collections.abc import Callable

import pytest

Extracted = Callable[[str, date, str], list[dict]]


@pytest.fixture
def visits(extracted: Extracted) -> Callable[[str, date], list[tuple]]:
    def run(text: str, published: date) -> list[tuple]:
        return [(r["visitor_name"], r["host_org"], r["host_org_text"], r["place_text"], r["visit_date"], r["status"])
                for r in extracted(text, published, "visits")]
    return run


SEED_000 = (
    "Penjabat (Pj) Wali Kota Bogor, Hery Antasari, resmi memulai tugasnya di Kota Bogor dengan mengadakan serangkaian "
    "kunjungan ke beberapa Organisasi Perangkat Daerah (OPD). Kunjungan ini bertujuan untuk memahami kondisi internal "
    "setiap dinas serta mendengarkan aspirasi masyarakat.\n"
    "Beberapa OPD yang dikunjungi oleh Hery Antasari di antaranya Dinas Kesehatan (Dinkes), Badan Kepegawaian dan "
    "Pengembangan Sumber Daya Manusia (BKPSDM), Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP), Dinas "
    "Arsip dan Perpustakaan (Diarpus), serta Badan Perencanaan Pembangunan Riset dan Inovasi Daerah (Bapperinda).\n"
    "\"Sudah banyak prestasi yang diraih,\" ungkap Hery Antasari saat ditemui di Kantor DPMPTSP Kota Bogor pada Selasa, "
    "23 April 2024.\n"
    "\"Mulai minggu depan saya akan berkunjung ke Dandim, Polresta, Pengadilan, Kejaksaan, dan lain-lain. Saya juga "
    "akan bertemu dengan tokoh agama untuk mendengarkan aspirasi masyarakat,\" jelasnya.")


def test_host_list_gives_one_visit_each_and_planned_visits(visits: Callable) -> None:
    assert visits(SEED_000, date(2024, 4, 23)) == [
        ("Hery Antasari", "Dinas Kesehatan", "Dinas Kesehatan (Dinkes)", None, None, "done"),
        ("Hery Antasari", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
         "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM)", None, None, "done"),
        # the visit's date comes from the sentence that places him at the DPMPTSP
        ("Hery Antasari", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
         "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP)", None, date(2024, 4, 23), "done"),
        ("Hery Antasari", "Dinas Arsip dan Perpustakaan", "Dinas Arsip dan Perpustakaan (Diarpus)", None, None, "done"),
        ("Hery Antasari", "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
         "Badan Perencanaan Pembangunan Riset dan Inovasi Daerah (Bapperinda)", None, None, "done"),
        ("Hery Antasari", "Komando Distrik Militer", "Dandim", None, None, "planned"),
        ("Hery Antasari", "Kepolisian Resor", "Polresta", None, None, "planned"),
        ("Hery Antasari", None, "Pengadilan", "Pengadilan", None, "planned"),
        ("Hery Antasari", "Kejaksaan Negeri", "Kejaksaan", None, None, "planned"),
    ]


def test_visit_party_and_the_date_of_the_visit_not_of_the_fire(visits: Callable) -> None:
    text = (  # clickid-sindonews-03309
        "Sebagai bentuk dukungan secara moril terhadap Kota Jayapura pasca-demo 29 Agustus 2019 lalu, Menteri Keuangan "
        "Sri Mulyani beserta jajarannya dan Direktur Jenderal Bea Cukai Heru Pambudi mengunjungi Kota Jayapura, Selasa "
        "(10/9/2019).\n"
        "Menteri Keuangan beserta rombongan tiba di Kantor Bea Cukai Jayapura pukul 09.30 WIT dan langsung memantau "
        "kondisi bangunan kantor pasca terbakar pada tanggal 29 Agustus lalu.\n"
        "Kegiatan kemudian dilanjutkan dengan pengarahan kepada seluruh pegawai Kementerian Keuangan di Jayapura yang "
        "berlangsung di Aula GKN Jayapura.")
    got = visits(text, date(2019, 9, 15))
    assert {(v[0], v[2], v[4]) for v in got} == {
        (name, host, date(2019, 9, 10)) for name in ("Sri Mulyani", "Heru Pambudi")
        for host in ("Kota Jayapura", "Kantor Bea Cukai Jayapura", "Aula GKN Jayapura")}


def test_statement_given_on_site_is_a_visit(visits: Callable) -> None:
    text = (  # clickid-okezone-01473
        "Kepala Badan Pajak dan Retribusi Daerah (BPRD) DKI Jakarta, Faisal Syafruddin menyebutkan, masyarakat wajib "
        "pajak diharapkan dapat mengikuti program tersebut.\n"
        "\"Program keringanan pajak daerah ini kita bagi dua,\" kata Faisal dalam konferensi pers di Balairung, Balai "
        "Kota Jakarta, Senin (16/9/2019).")
    assert visits(text, date(2019, 9, 16)) == [
        ("Faisal Syafruddin", None, "Balairung, Balai Kota Jakarta", "Balairung, Balai Kota Jakarta",
         date(2019, 9, 16), "done")]


def test_receiving_a_visit_or_being_met_somewhere_is_not_a_visit(visits: Callable) -> None:
    text = (  # clickid-sindonews-01133
        "Bupati Serang Ratu Tatu Chasanah berkomitmen akan menjamin keamanan, kenyamanan, serta pelayanan terbaik untuk "
        "pelajar asal Papua yang sedang menempuh pendidikan di Kabupaten Serang.\n"
        "Hal itu, dikatakan Tatu pada saat menerima kunjungan puluhan pelajar Papua di Pendopo Bupati Serang, Rabu "
        "(18/09/2019). Turut hadir, Ketua sementara DPRD Kabupaten Serang Bahrul Ulum.\n"
        "Tatu juga berencana, akan memantau mes yang ditempati oleh pelajar Papua untuk memastikan nyaman dan sesuai "
        "harapan.")
    assert visits(text, date(2019, 9, 18)) == [("Ratu Tatu Chasanah", None, "mes", "mes", None, "planned")]
    met = ("Penjabat (Pj) Wali Kota Bogor, Hery Antasari, menilai pelayanan publik sudah baik.\n"
           "\"Sudah banyak prestasi yang diraih,\" ungkap Hery Antasari saat ditemui di Kantor DPMPTSP Kota Bogor.")
    assert visits(met, date(2024, 4, 23)) == []


@pytest.mark.parametrize(("text", "published", "expected"), [
    (  # clickid-okezone-02405
        "Menteri Hukum dan HAM (Menkumham), Yasonna H Laoly menyambangi Gedung Dewan Perwakilan Rakyat (DPR) malam "
        "ini, Kamis (12/9/2019).", date(2019, 9, 12),
        [("Yasonna H Laoly", "Dewan Perwakilan Rakyat", "Gedung Dewan Perwakilan Rakyat (DPR)", None,
          date(2019, 9, 12), "done")]),
    (  # clickid-kompas-01356: those who come along ("bersama") get no visit of their own
        "Panglima TNI Marsekal Hadi Tjahjanto tiba di Pekanbaru. Hadi meninjau penanganan karhutla di Riau bersama "
        "Kapolri Jenderal Pol Tito Karnavian dan Kepala Badan Nasional Penanggulangan Bencana (BNPB) Doni Monardo.",
        date(2019, 9, 15),
        [("Hadi Tjahjanto", None, "Pekanbaru", "Pekanbaru", None, "done"),
         ("Hadi Tjahjanto", None, "Riau", "Riau", None, "done")]),
    (  # clickid-okezone-01670: the visit verb before its subject
        "Menteri Lingkungan Hidup dan Kehutanan Siti Nurbaya prihatin. Sewaktu meninjau lokasi karhutla di "
        "Palangkaraya, Menteri Siti menyempatkan berkunjung ke rumah sakit tempat Zain dirawat untuk memberikan "
        "semangat moral.", date(2019, 8, 20),
        [("Siti Nurbaya", None, "Palangkaraya", "Palangkaraya", None, "done"),
         ("Siti Nurbaya", None, "rumah sakit tempat Zain dirawat", "rumah sakit tempat Zain dirawat", None, "done")]),
])
def test_visit_verbs_in_corpus_sentences(visits: Callable, text: str, published: date, expected: list) -> None:
    assert visits(text, published) == expected


def test_a_legislator_at_the_parliament_is_in_his_own_office(visits: Callable) -> None:
    text = (  # clickid-tempo-00189, the speaker's office named before
        "Wakil Ketua Dewan Perwakilan Rakyat (DPR) RI Fahri Hamzah akan mendirikan partai usai pensiun.\n"
        "\"Nanti setelah saya betul-betul pensiun, baru saya intensif (mengurus Gelora),\" ujar Fahri Hamzah di Kompleks "
        "Parlemen, Senayan pada Selasa, 10 September 2019.")
    assert visits(text, date(2019, 9, 10)) == []


def test_a_sentence_boundary_without_space_ends_the_speakers_sentence(visits: Callable) -> None:
    text = (  # clickid-okezone-03528, shortened; the lost space as published ("ujar Nazwar,Kegiatan")
        "Menteri Keuangan, Sri Mulyani, melakukan kunjungan ke kota Jayapura pada Selasa, 10 September 2019.\n"
        "Menteri Keuangan beserta rombongan tiba di Kantor Bea Cukai Jayapura pukul 09.30 WIT.\n"
        "Kepala Kantor Bea Cukai Jayapura, Nazwar, mengapresiasi kehadiran pimpinan langsungnya ke tempat ia bekerja.,"
        "\u201cKami tidak akan patah semangat,\u201d ujar Nazwar,Kegiatan kemudian dilanjutkan dengan pengarahan kepada "
        "seluruh pegawai Kementerian Keuangan di Jayapura yang berlangsung di Aula GKN Jayapura.")
    assert {(v[0], v[2]) for v in visits(text, date(2019, 9, 10))} == {
        ("Sri Mulyani", "Kantor Bea Cukai Jayapura"), ("Sri Mulyani", "Aula GKN Jayapura")}



def test_an_office_named_by_its_acronym_is_the_officials_own(visits: Callable) -> None:
    text = (  # clickid-tempo-02603, the minister's office named before
        "Menteri Pemuda dan Olahraga (Menpora) Imam Nahrawi menyampaikan permohonan maaf kepada Presiden Joko Widodo.\n"
        "\"Saya ucapkan terima kasih sebesar-besarnya kepada kolega di Kemenpora,\" ujar Imam Nahrawi di Gedung "
        "Kemenpora, Jakarta, Kamis, 19 September 2019.")
    assert visits(text, date(2019, 9, 19)) == []


def test_officials_received_visit_the_receivers_office(visits: Callable) -> None:
    text = (  # detik25-0976, lead
        "Menteri Hak Asasi Manusia (HAM) Natalius Pigai berjanji akan menuntaskan berbagai persoalan HAM di Flores "
        "Timur, Nusa Tenggara Timur (NTT). Hal itu diungkapkan Natalius Pigai saat menerima Bupati Flores Timur Anton "
        "Doni Dihen di ruang kerjanya di Jakarta, Selasa (15/7/2025).")
    assert visits(text, date(2025, 7, 15)) == [
        ("Anton Doni Dihen", "Kementerian Hak Asasi Manusia (HAM)", "Kementerian Hak Asasi Manusia (HAM)", "Jakarta",
         date(2025, 7, 15), "done")]
    text = (  # detik25-0889, shortened: an audience in the minister's office
        "Menteri Sosial Saifullah Yusuf (Gus Ipul) menyampaikan tiga mandat prioritas Presiden Prabowo Subianto.\n"
        "\"Ayo sama-sama belajar, ini arahan Presiden, jadi ada tiga mandat utama Presiden,\" ujar Gus Ipul dalam "
        "keterangannya Senin (6/10/2025). Hal tersebut disampaikan pada audiensi dengan Wali Kota Sukabumi Ayep Zaki "
        "dan Bupati Rokan Hilir Bistamam di Kantor Kemensos, Jakarta.")
    assert visits(text, date(2025, 10, 6)) == [
        ("Ayep Zaki", "Kementerian Sosial", "Kantor Kemensos", None, date(2025, 10, 6), "done"),
        ("Bistamam", "Kementerian Sosial", "Kantor Kemensos", None, date(2025, 10, 6), "done")]


def test_an_audience_with_an_official_in_that_officials_office_is_not_their_visit(visits: Callable) -> None:
    text = (  # detik25-0087, the subject shortened
        "Kepala Kantor Wilayah BPN Jawa Tengah Lampri mengatakan lahan pertanian harus dipertahankan. Hal itu "
        "diungkapkan olehnya usai beraudiensi dengan Gubernur Jawa Tengah (Jateng) Ahmad Luthfi di Kantor Gubernur "
        "Jawa Tengah, Semarang, hari ini.")
    assert [v for v in visits(text, date(2025, 9, 15)) if v[0] == "Ahmad Luthfi"] == []


def test_statements_in_the_palace_and_the_governors_building_are_at_home(visits: Callable) -> None:
    text = (  # clickid-wowkeren-01443 and clickid-tribunnews-00219, shortened
        "Sebelumnya Kepala Staf Kepresidenan Moeldoko telah memberi pernyataan tentang revisi UU KPK.\n"
        "\"Yang pertama hasil survei menunjukkan bahwa yang menyetujui untuk revisi UU KPK itu lebih banyak,\" kata "
        "Moeldoko di Kompleks Istana Kepresidenan Jakarta, Senin (23/9).\n"
        "Wakil Gubernur Jawa Barat Uu Ruzhanul Ulum melantik pengurus DKM Masjid Al-Jabbar.\n"
        "\"Kenapa harus ada pelantikan karena masjidnya adalah milik Pemprov Jabar,\" kata Uu saat pelantikan di Aula "
        "Barat Gedung Sate, Kota Bandung, Senin (9/9/19).")
    assert visits(text, date(2019, 9, 24)) == []


def test_a_short_name_after_the_cue_and_the_date_of_the_place_said_elsewhere(visits: Callable) -> None:
    text = (  # clickid-tribunnews-00232: a link text lost before the place ("di , Al Ishlah 2")
        "Wakil Gubernur Jawa Barat Uu Ruzhanul Ulum membuka pelatihan Mobile Training Unit (MTU).\n"
        "\"Dengan MTU, masyarakat tidak perlu mendatangi tempat-tempat pelatihan,\" kata Uu di , Al Ishlah 2 Desa "
        "Buntet, Kec. Astanajapura, Kab.Cirebon, Selasa (10/9/19).")
    assert visits(text, date(2019, 9, 11)) == [
        ("Uu Ruzhanul Ulum", None, "Al Ishlah 2 Desa Buntet", "Al Ishlah 2 Desa Buntet", date(2019, 9, 10), "done")]
    text = (  # detik25-0647, shortened: the clean-up dated where the alun-alun is first named
        "Hal itu diungkapkan Ketua DPRD Kota Bogor Adityawarman Adil saat mendampingi Menteri Lingkungan Hidup Hanif "
        "Faisol Nurofiq dalam kegiatan senam sehat yang dilanjut dengan bersih-bersih alun-alun Kota Bogor, Jumat "
        "(17/10).\n"
        "Sementara itu, Hanif Faisol menyampaikan beberapa pesan saat melakukan aksi bersih-bersih di area Alun Alun.")
    assert visits(text, date(2025, 10, 18)) == [
        ("Hanif Faisol Nurofiq", None, "area Alun Alun", "area Alun Alun", date(2025, 10, 17), "done")]


def test_a_speech_at_an_event_is_a_visit_and_a_weekday_conflict_leaves_no_date(visits: Callable) -> None:
    text = (  # detik25-0164, shortened: "Melki" is Melkiades; 21 October 2025 was a Tuesday, not a Monday
        "Gubernur Nusa Tenggara Timur (NTT) Emanuel Melkiades Laka Lena mengusulkan pembangunan kawasan ekonomi "
        "khusus.\n\"Kalau boleh juga mungkin usul Pak Sesmenko, apakah NTT juga mungkin perlu dipikirkan ada kawasan "
        "ekonomi khusus,\" kata Melki dalam sambutannya pada Forum Koordinasi Pembangunan Wilayah Berbasis Tata Ruang "
        "Bali-Nusra, di Labuan Bajo, Manggarai Barat, NTT, Senin (21/10/2025).")
    # NTT in the governor's title is his region, not his office: Labuan Bajo is not his own building
    assert visits(text, date(2025, 10, 22)) == [
        ("Emanuel Melkiades Laka Lena", None, "Labuan Bajo, Manggarai Barat, NTT", "Labuan Bajo, Manggarai Barat, NTT",
         None, "done")]


def test_a_statement_in_the_officials_own_region_and_tegas_as_an_adverb(visits: Callable) -> None:
    text = (  # clickid-tempo-03336, shortened
        "Gubernur DKI Jakarta Anies Baswedan berjanji menindak tegas pabrik pembakaran arang di Cilincing, Jakarta "
        "Utara.\n\"Ketika pelanggaran masuk ranah Perda, maka kami akan berikan sanksi,\" kata Anies di Jakarta, Rabu "
        "18 September 2019.")
    # "menindak tegas" is no speech cue; "di Jakarta" is the governor's own province
    assert visits(text, date(2019, 9, 18)) == []


@pytest.mark.parametrize(("text", "published", "expected"), [
    (  # detik25-0831, lead: a visit noun with a modifier; the namesake ministry abroad is not the minister's own
        "Menteri Haji dan Umrah Republik Indonesia, Mochamad Irfan Yusuf, melakukan kunjungan resmi ke Kementerian "
        "Haji dan Umrah Kerajaan Arab Saudi. Kunjungan tersebut disambut langsung oleh Tawfiq F. Al-Rabiah, Menteri "
        "Haji dan Umrah Arab Saudi, di Riyadh, Minggu (19/10).", date(2025, 10, 20),
        [("Mochamad Irfan Yusuf", "Kementerian Haji dan Umrah Kerajaan",
          "Kementerian Haji dan Umrah Kerajaan Arab Saudi", None, date(2025, 10, 19), "done")]),
    (  # clickid-okezone-01496: the people who come along ("ditemani") and a second description ("atau") end the host
        "Kapolda Kalsel Irjen Yazid Fanani mengatakan, pihaknya akan tetap berupaya secara optimal untuk dapat "
        "mengatasi Karhutla tersebut.\nIa mengaku, saat meninjau ke lokasi Karhutla atau di lingkaran daerah kabut "
        "asap Landasan Ulin Bandara Syamsuddin Noor ditemani Karo Ops, Dansat Brimobda Kalsel dan Kapolres "
        "Banjarbaru.", date(2019, 9, 18),
        [("Yazid Fanani", None, "lokasi Karhutla", "lokasi Karhutla", None, "done")]),
    (  # clickid-tribunnews-00427: the speaker's title and name, then the named meeting, then the city
        "\"Pertemuan ini untuk membahas langkah bersama dengan Dinas Pertanian Provinsi,\" demikian dikatakan Direktur "
        "Jenderal Tanaman Pangan Suwandi pada Rapat Percepatan Pelaksanaan Kegiatan Padi dan Jagung Tahun 2019 di "
        "Bogor, Selasa (10/9/2019).", date(2019, 9, 10),
        [("Suwandi", None, "Bogor", "Bogor", date(2019, 9, 10), "done")]),
    (  # clickid-wowkeren-02645, the host minister left out: "Senin (16/9) lalu" is the day of the visit
        "Menteri Badan Usaha Milik Negara (BUMN) Rini Soemarno baru saja bertemu dengan mitranya dalam kunjungannya "
        "ke Antananarivo, Madagaskar, Senin (16/9) lalu.", date(2019, 9, 17),
        [("Rini Soemarno", None, "Antananarivo, Madagaskar", "Antananarivo, Madagaskar", date(2019, 9, 16), "done")]),
])
def test_visits_in_unseen_wording(visits: Callable, text: str, published: date, expected: list) -> None:
    assert visits(text, published) == expected


def test_a_speech_verb_inside_a_quote_or_a_broadcast_statement_is_not_presence(visits: Callable) -> None:
    text = (  # detik25-0182, shortened: "jelaskan" is the speaker's word, not the reporter's attribution
        "Menurutnya, data soal dana mengendap mirip dengan data milik Menteri Dalam Negeri, Tito Karnavian.\n"
        "\"Sepertinya data saya sama dengan data Pak Tito. Kan Pagi Pak Tito jelaskan kan data di Perbankan berapa. "
        "Angkanya mirip kok,\" beber Purbaya.")
    assert visits(text, date(2025, 10, 21)) == []
    text = (  # detik25-0003, shortened: a meeting known only through its broadcast
        "Menteri Keuangan Purbaya Yudhi Sadewa menyebut inflasi terkendali.\n\"Kalau kita lihat 25 provinsi sudah "
        "berada dalam rentang target nasional,\" kata Purbaya, dalam Rapat Koordinasi Pengendalian Inflasi Daerah "
        "tahun 2025, yang disiarkan di Youtube Kemendagri, Senin (20/10/2025).")
    assert visits(text, date(2025, 10, 21)) == []


def test_a_speaker_lost_to_a_link_gap_and_a_place_joined_by_dan(visits: Callable) -> None:
    text = (  # clickid-kompas-01402, shortened: the President's name was link text ("kata  , saat ...")
        "Presiden Joko Widodo mengatakan, harusnya setiap musim kemarau pemerintah pusat hingga daerah bisa mencegah "
        "kebakaran hutan dan lahan.\n\"Sebetulnya itu saja, tetapi ini kita lalai lagi sehingga asapnya jadi "
        "membesar,\" kata  , saat memimpin rapat di Pekanbaru, Riau, Senin (16/9/2019).")
    assert visits(text, date(2019, 9, 16)) == [
        ("Joko Widodo", None, "Pekanbaru, Riau", "Pekanbaru, Riau", date(2019, 9, 16), "done")]
    text = (  # clickid-wowkeren-02969, shortened: "hutan dan lahan" is one place, not two
        "Presiden Jokowi berangkat dari Bandara Halim Perdanakusuma sekitar pukul 17.00 WIB.\n"
        "Keberangkatan Jokowi ini bertujuan untuk meninjau langsung lokasi kebakaran hutan dan lahan (Karhutla) yang "
        "terjadi di sana.")
    assert [v[2] for v in visits(text, date(2019, 9, 17))] == ["lokasi kebakaran hutan dan lahan (Karhutla)"]


@pytest.mark.parametrize(("text", "published", "expected"), [
    (  # clickid-tempo-01729: the nickname given with "atau" names the visitor; a link gap "(,)" before "di Riau"
        "Wahana Lingkungan Hidup Indonesia (Walhi) menyindir Presiden Joko Widodo atau Jokowi yang mengunjungi titik "
        "api kebakaran hutan dan lahan (,) di Riau tanpa mengenakan masker.", date(2019, 9, 18),
        [("Joko Widodo", None, "Riau", "Riau", None, "done")]),
    (  # clickid-wowkeren-01227: not there
        "Wakil Ketua DPR Fadli Zon menilai demonstrasi itu wajar. Fadli sendiri rupanya tidak sedang berada di DPR "
        "kala demonstrasi berujung kerusuhan terjadi kemarin (24/9).", date(2019, 9, 25), []),
    (  # clickid-sindonews-02433: tourists' visits ("kunjungan wisman ke"), not the governor's
        "Gubernur Jawa Tengah Ganjar Pranowo mengakui Yogyakarta sebagai pintu masuk utama kunjungan wisman ke "
        "Borobudur.", date(2019, 9, 11), []),
    (  # detik25-0556: a figurative journey
        "Dan satu tahun pertama pemerintahan Presiden Prabowo Subianto hanyalah bab pembuka dari perjalanan panjang "
        "menuju Indonesia yang benar-benar berdaulat.", date(2025, 10, 20), []),
])
def test_who_is_where_in_corpus_sentences(visits: Callable, text: str, published: date, expected: list) -> None:
    assert visits(text, published) == expected


@pytest.mark.parametrize(("text", "published"), [
    (  # clickid-sindonews-03141, shortened: the tourists come, not the governor who speaks
        "Gubernur Sulawesi Utara Olly Dondokambey mengatakan pihaknya optimistis.\n\"Bila melihat angka ini, kami "
        "optimistis, jumlah wisatawan yang datang ke Sulut akan lebih banyak dari tahun kemarin,\" ujarnya.",
        date(2019, 9, 11)),
    (  # clickid-okezone-01575, shortened: the one invited would visit
        "Bupati Trenggalek Mochamad Nur Arifin bertemu Duta Besar.\n\"Saya juga menyempatkan undang beliau untuk "
        "berkunjung ke Indonesia dan ke tempat saya di Trenggalek,\" kata Arifin.", date(2019, 9, 16)),
    (  # clickid-wowkeren-00523, shortened: "di Kantornya" is the minister's own office
        "\"Dia sangat memahami masalah kondisi di Pasifik selatan,\" kata Menko Polhukam Wiranto di Kantornya, "
        "Jakarta, Senin (30/9).", date(2019, 9, 30)),
])
def test_someone_else_comes_or_the_official_is_at_home(visits: Callable, text: str, published: date) -> None:
    assert visits(text, published) == []


@pytest.mark.parametrize(("text", "published", "expected"), [
    (  # clickid-okezone-03359: the place name ends where the lower-case words start
        "Presiden Joko Widodo (Jokowi) tiba di RSPAD lima menit setelah Mantan Presiden Republik Indonesia ke-3, "
        "Bacharuddin Jusuf Habibie meninggal dunia.", date(2019, 9, 11),
        [("Joko Widodo", None, "RSPAD", "RSPAD", None, "done")]),
    (  # clickid-tempo-03479: the visitor named between the visit noun and "ke"
        "Fokus utama kunjungan Menteri Luar Negeri Retno Marsudi ke Polandia adalah meningkatkan kerja sama ekonomi "
        "bilateral.", date(2019, 9, 14),
        [("Retno Marsudi", None, "Polandia", "Polandia", None, "done")]),
    (  # clickid-tempo-01912, shortened: the subject of the main clause after a fronted "Saat meninjau ..."
        "Direktur Jenderal Penegakan Hukum KLHK Rasio Ridho Sani memantau penyegelan lahan.\nSaat meninjau lokasi "
        "kebakaran hutan dan lahan, Presiden Joko Widodo menduga tindakan ini dilakukan secara terorganisasi.",
        date(2019, 9, 18),
        [("Joko Widodo", None, "lokasi kebakaran hutan dan lahan", "lokasi kebakaran hutan dan lahan", None, "done")]),
    (  # clickid-sindonews-01813: the one who reports is not the one who is there
        "Wakil Gubernur Bali Tjokorda Oka Artha Ardana Sukawati membahas rencana itu. Guna mematangkan rencana itu, "
        "Tjokorda mengatakan Gubernur I Wayan Koster saat ini sedang berada di Jakarta bertemu dengan Menteri.",
        date(2019, 9, 13),
        [("I Wayan Koster", None, "Jakarta", "Jakarta", None, "done")]),
    (  # clickid-tribunnews-01348: going to a minister is going to a person, no agency or place named
        "Wakil Ketua KPK Laode M Syarif menuturkan saat draf revisi tengah diperdebatkan, ia memutuskan untuk "
        "mendatangi Menteri Hukum dan Hak Asasi Manusia (Menkumham), , untuk menanyakan perihal draf.",
        date(2019, 9, 19), []),
    (  # clickid-tempo-02659, shortened: the list of those present at another's event
        "Hadir di acara itu, Plt. Dirjen Migas, Djoko Siswanto, dan President ExxonMobil Cepu Limited, Louise "
        "McKenzie.", date(2019, 9, 20), []),
])
def test_subjects_and_places_in_corpus_sentences(visits: Callable, text: str, published: date,
                                                 expected: list) -> None:
    assert visits(text, published) == expected


def test_landing_on_a_trip_and_a_coordinating_minister_in_his_own_building(visits: Callable) -> None:
    text = (  # clickid-sindonews-01221, shortened: the air base is where the trip to Pekanbaru begins, and
        "Presiden Joko Widodo (Jokowi) melakukan kunjungan kerja ke Pekanbaru, Riau, untuk meninjau penanganan "
        "Karhutla.\nPresiden Jokowi tiba di Pangkalan Lanud Roesmin Nurjadin Pekanbaru menggunakan pesawat "
        "kepresidenan, Senin (16/9/2019) malam.")
    # its date is the landing's
    assert [(v[0], v[2], v[4]) for v in visits(text, date(2019, 9, 16))] == [
        ("Joko Widodo", "Pekanbaru, Riau", date(2019, 9, 16))]
    text = (  # clickid-kompas-02957, shortened
        "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan (Menko Polhukam) Wiranto menilai kabut asap "
        "berkurang.\n\"Ternyata kemarin tidak separah yang diberitakan,\" ujar Wiranto di Gedung Kemenko Polhukam, "
        "Jakarta, Rabu (18/9/2019).")
    assert visits(text, date(2019, 9, 18)) == []


@pytest.mark.parametrize(("text", "published", "expected"), [
    (  # clickid-okezone-00923, shortened: "Jokowi" is Joko Widodo's short name, never written out with it
        "Presiden Joko Widodo menegaskan pemerintah mengerahkan segala upaya.\n\"Kemarin datang totalnya 5.600 "
        "(pasukan),\" ujar Jokowi di Pangkalan TNI AU Roesmin Nurjadin, Kota Pekanbaru, Selasa (17/9/2019).",
        date(2019, 9, 17),
        [("Joko Widodo", "Tentara Nasional Indonesia", "Pangkalan TNI AU Roesmin Nurjadin", None, date(2019, 9, 17),
          "done")]),
    (  # clickid-okezone-00817: an unnamed "sejumlah lokasi" placed by the "di" that follows
        "Presiden Joko Widodo (Jokowi) turun langsung meninjau sejumlah lokasi yang terjadi kebakaran hutan dan lahan "
        "(karhutla) di Desa Merbau, Kecamatan Bunut, Kabupaten Pelalawan, Selasa (17/9/2019).", date(2019, 9, 17),
        [("Joko Widodo", None, "Desa Merbau, Kecamatan Bunut, Kabupaten Pelalawan",
          "Desa Merbau, Kecamatan Bunut, Kabupaten Pelalawan", date(2019, 9, 17), "done")]),
    (  # clickid-sindonews-01162: the visitor with a comma after the title, between the noun and "ke"
        "Peluang tersebut coba dijajaki dalam kunjungan Wakil Wali Kota Bogor, Dedie Rachim ke Utrecht, Belanda, "
        "14-22 September 2019.", date(2019, 9, 23),
        [("Dedie Rachim", None, "Utrecht, Belanda", "Utrecht, Belanda", date(2019, 9, 22), "done")]),
])
def test_short_names_vague_places_and_the_visitor_after_the_noun(visits: Callable, text: str, published: date,
                                                                expected: list) -> None:
    assert visits(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    (  # clickid-kompas-01815, shortened: the governor's name lost to a link gap before "saat mengunjungi"
        "Gubernur Jawa Barat Ridwan Kamil menilai Situ Cicerem layak dikembangkan.\n\"Pemdaprov Jabar berkomitmen "
        "untuk membantu pengembangan wisata itu,\" kata , saat mengunjungi Situ Cicerem, Minggu (15/9/2019).",
        date(2019, 9, 16), [("Ridwan Kamil", None, "Situ Cicerem", "Situ Cicerem", date(2019, 9, 15), "done")]),
    (  # clickid-okezone-03453: what is inspected, then where
        "Panglima TNI Marsekal Hadi Tjahjanto meninjau gladi resik latihan perang gabungan TNI dengan sandi 'Dharma "
        "Yudha 2019' di Pos Tinjau T 12, Asembagus, Situbondo, Jawa Timur, Rabu (11/9/2019).", date(2019, 9, 11),
        [("Hadi Tjahjanto", None, "Pos Tinjau T 12, Asembagus, Situbondo, Jawa Timur",
          "Pos Tinjau T 12, Asembagus, Situbondo, Jawa Timur", date(2019, 9, 11), "done")]),
    (  # clickid-sindonews-00762, shortened: "akan" inside the quote does not make the visit planned
        "Wali Kota Serang Syafrudin menilai pelayanan sudah baik.\n\"Saya kira itu tidak akan menjadi persoalan,\" "
        "katanya usai mengunjungi Dinas Kependudukan dan Catatan Sipil.", date(2019, 9, 12),
        [("Syafrudin", "Dinas Kependudukan dan Pencatatan Sipil", "Dinas Kependudukan dan Catatan Sipil", None, None,
          "done")]),
    (  # clickid-okezone-02030, shortened: a long place is cut at its "di"
        "Gubernur Jawa Tengah Ganjar Pranowo menilai api sudah padam.\nSaat itu, Ganjar mengunjungi Posko Pendakian "
        "Gunung Merbabu di Dukuh Wonolelo Kecamatan Ampel Boyolali.", date(2019, 9, 19),
        [("Ganjar Pranowo", None, "Posko Pendakian Gunung Merbabu", "Posko Pendakian Gunung Merbabu", None, "done")]),
])
def test_speakers_objects_and_long_places(visits: Callable, text: str, published: date, expected: list) -> None:
    assert visits(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    (  # clickid-sindonews-02298, shortened: the relative clause is the Iranian president's, not the subject's
        "Presiden Amerika Serikat Donald Trump menyatakan siap berunding.\nTrump telah berulang kali mengindikasikan "
        "bahwa ia siap untuk bertemu dengan Presiden Iran, Hassan Rouhani, yang diperkirakan akan menghadiri Majelis "
        "Umum PBB di New York bulan ini.", date(2019, 9, 17),
        [("Hassan Rouhani", None, "New York", "New York", None, "planned")]),
    (  # detik25-0550: the official inside the relative clause is the one who arrives
        "Pesawat kenegaraan yang ditumpangi Presiden Ramaphosa tiba di Base Ops Lanud Halim Perdanakusuma, Jakarta, "
        "Rabu (22/10/2025) pukul 07.45 WIB.", date(2025, 10, 22),
        [("Ramaphosa", None, "Base Ops Lanud Halim Perdanakusuma, Jakarta",
          "Base Ops Lanud Halim Perdanakusuma, Jakarta", date(2025, 10, 22), "done")]),
    (  # clickid-tribunnews-00729: the one who accompanies, named after a comma
        "Presiden Jokowi yang didampingi Menteri Sekretariat Negara, Pratikno tiba di RSPAD Gatot Soebroto pada pukul "
        "18.23 WIB.", date(2019, 9, 9),
        [("Jokowi", None, "RSPAD Gatot Soebroto", "RSPAD Gatot Soebroto", None, "done")]),
    (  # clickid-kompas-00059, shortened: a trip said to come "dalam waktu dekat"
        "Presiden Joko Widodo mengatakan, kedatangannya ke Papua dalam waktu dekat ini sekaligus untuk meresmikan "
        "Jembatan Holtekamp.", date(2019, 9, 19),
        [("Joko Widodo", None, "Papua", "Papua", None, "planned")]),
])
def test_relative_clauses_companions_and_later_trips(visits: Callable, text: str, published: date,
                                                     expected: list) -> None:
    assert visits(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    (  # clickid-sindonews-03500: a cancelled trip
        "Menteri Luar Negeri China Wang Yi membatalkan kunjungannya ke New Delhi, yang dijadwalkan 9 September.",
        date(2019, 9, 10), []),
    (  # clickid-kompas-01313, shortened: a suggestion that the President come
        "Ketua MRP Timotius Murib menyarankan agar pada periode keduanya nanti, Presiden Joko Widodo bisa berkunjung "
        "ke kantor MRP.", date(2019, 9, 10), []),
    (  # detik25-0870, shortened: the President named inside the quote is not the one who came
        "Menteri Sosial Saifullah Yusuf meninjau sekolah.\n\"Tapi di era Bapak Presiden Prabowo itu dinaikkan menjadi "
        "Rp 110 triliun lebih,\" ujar Saifullah kepada wartawan seusai mengunjungi SRMA 33 Tangerang Selatan, Minggu "
        "(19/10/2025).", date(2025, 10, 20),
        [("Saifullah Yusuf", None, "SRMA 33 Tangerang Selatan", "SRMA 33 Tangerang Selatan", date(2025, 10, 19),
          "done")]),
])
def test_cancelled_wished_and_quoted_visitors(visits: Callable, text: str, published: date, expected: list) -> None:
    assert visits(text, published) == expected


def test_a_bare_lokasi_is_where_the_lead_says_it_happened(visits: Callable) -> None:
    text = (  # clickid-wowkeren-01318, shortened
        "Ribuan mahasiswa kembali menggelar aksi demo, Kamis (26/9) di depan Kantor DPRD Jatim di Jalan Indrapura "
        "Surabaya.\n\"Kami terjunkan 2.000 personel hari ini,\" kata Wakapolrestabes Surabaya AKBP Leonardus Simarmata "
        "saat meninjau lokasi, Kamis (26/9).")
    assert visits(text, date(2019, 9, 26)) == [
        ("Leonardus Simarmata", None, "Jalan Indrapura Surabaya", "Jalan Indrapura Surabaya", date(2019, 9, 26),
         "done")]


@pytest.mark.parametrize(("text", "published", "expected"), [
    (  # clickid-kompas-01816: "berada di balik" is no place, and Iran is not the minister
        "Sebelumnya, Menteri Luar Negeri AS Mike Pompeo menyebut Iran berada di balik serangan drone terhadap dua "
        "fasilitas pabrik minyak Saudi, Aramco.", date(2019, 9, 17), []),
    (  # clickid-tempo-01416, shortened: the son speaks for the former president, who is not there
        "\"Bapak SBY memutuskan untuk menjenguk sebagai sahabat,\" kata Eddy Baskoro Yudhoyono yang mewakili Presiden "
        "keenam Susilo Bambang Yudhoyono dalam sambutan acara fraksi di Jakarta Convention Center (JCC), Jakarta "
        "Pusat, Selasa, 10 September 2019.", date(2019, 9, 10), []),
    (  # clickid-sindonews-02254, shortened: the subject after the fronted clause is no official
        "Menteri Luar Negeri Jerman Heiko Maas menerima aktivis itu.\nSetelah kedatangannya di Berlin, Wong mengatakan "
        "Hong Kong adalah benteng antara dunia bebas dan kediktatoran.", date(2019, 9, 10), []),
    (  # clickid-tempo-03286, shortened: the fronted clause ends at its comma
        "Presiden Joko Widodo memantau pemadaman.\nSaat meninjau lokasi karhutla, Kepala Negara sempat bertanya "
        "sejumlah hal kepada beberapa aparat.", date(2019, 9, 17),
        [("Joko Widodo", None, "lokasi karhutla", "lokasi karhutla", None, "done")]),
])
def test_who_is_not_there(visits: Callable, text: str, published: date, expected: list) -> None:
    assert visits(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    (  # clickid-tempo-02567, shortened: "Mendagri" is the one Minister of Home Affairs named in the article
        "Menteri Dalam Negeri Tjahjo Kumolo meminta kepala daerah yang terdampak kebakaran hutan lahan (karhutla) untuk "
        "peka.\n\"Kami minta gubernur, bupati dan wali kota untuk peka,\" kata Mendagri usai menghadiri peringatan HUT "
        "Ke-9 Badan Nasional Pengelola Perbatasan (BNPP) di Pondok Aren, Tangerang Selatan, Banten, Selasa.",
        date(2019, 9, 17),
        [("Tjahjo Kumolo", None, "Pondok Aren, Tangerang Selatan, Banten", "Pondok Aren, Tangerang Selatan, Banten",
          None, "done")]),
    (  # detik25-0136, shortened: "Kapolda Jabar" for Kapolda Jawa Barat Irjen Rudi Setiawan
        "Kapolda Jawa Barat Irjen Rudi Setiawan meminta agar Kebun Binatang Bandung atau Bandung Zoo segera kembali "
        "dibuka untuk publik.\nKabid Humas Polda Jabar Kombes Pol Hendra Rochmawan menjelaskan, kunjungan Kapolda Jabar "
        "ke Bandung Zoo dilakukan untuk melakukan pencopotan garis polisi.", date(2025, 10, 19),
        [("Rudi Setiawan", None, "Bandung Zoo", "Bandung Zoo", None, "done")]),
])
def test_an_office_short_form_names_its_one_holder(visits: Callable, text: str, published: date,
                                                   expected: list) -> None:
    assert visits(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    (  # clickid-kompas-02063, shortened: the Mayor of Jakarta Utara in Jakarta is at home
        "Wali Kota Administrasi Jakarta Utara Sigit Widjatmoko menyerahkan sepenuhnya persoalan hukum terkait "
        "pencemaran udara.\n\"Terkait kasus hukumnya, sepenuhnya kami serahkan kepada Polres Metro Jakarta Utara,\" kata "
        "Sigit di Jakarta, Selasa (17/9/2019).", date(2019, 9, 17), []),
    (  # clickid-okezone-02421, shortened: the Governor of DKI Jakarta in an area of his province
        "Gubernur DKI Jakarta, Anies Rasyid Baswedan mengklaim pihaknya telah siap menghadapi musibah banjir.\n"
        "\"Jadi kegiatan untuk pengerukan sungai dilakukan sepanjang tahun,\" kata Anies di kawasan Jakarta Utara, "
        "Sabtu (14/9/2019).", date(2019, 9, 14), []),
])
def test_a_statement_in_the_officials_own_region_is_no_visit(visits: Callable, text: str, published: date,
                                                            expected: list) -> None:
    assert visits(text, published) == expected


def test_kata_dia_is_the_last_named_official(visits: Callable) -> None:
    text = (  # clickid-okezone-04457, shortened
        "Menteri Komunikasi dan Informatika Rudiantara mengungkapkan jika Palapa Ring Timur sudah selesai 100 persen.\n"
        "\"Sudah bisa dipakai,\" kata dia dalam acara IDBYTE Esport 2019, di ICE BSD, Tangerang, Jumat (13/9/2019).")
    assert visits(text, date(2019, 9, 13)) == [
        ("Rudiantara", None, "ICE BSD, Tangerang", "ICE BSD, Tangerang", date(2019, 9, 13), "done")]


def test_a_region_and_its_province_is_the_officials_home(visits: Callable) -> None:
    text = (  # clickid-tempo-02977, shortened
        "\"Kami sedang mempersiapkan deklarasi,\" kata Wakil Ketua DPRD Jawa Barat Haris Yuliana di Bandung, Jawa Barat, "
        "Selasa, 10 September 2019.")
    assert visits(text, date(2019, 9, 10)) == []


def test_an_office_alone_before_the_verb_is_its_one_holder(visits: Callable) -> None:
    text = (  # clickid-kompas-02033, shortened
        "Kepala Staf Kepresidenan Moeldoko memastikan Presiden Joko Widodo akan mengevaluasi posisi pangdam dan "
        "kapolda.\nMoeldoko menambahkan, Presiden Jokowi terus memantau upaya pemadaman. Bahkan Presiden juga sudah "
        "meninjau langsung ke Riau, salah satu provinsi yang dilanda kebakaran hutan dan kabut asap terparah.")
    assert visits(text, date(2019, 9, 17)) == [("Joko Widodo", None, "Riau", "Riau", None, "done")]


@pytest.mark.parametrize(("text", "published", "expected"), [
    (  # clickid-okezone-01480, shortened: the Governor of DKI Jakarta in the Balai Kota, his own office
        "\"Terus mereka siapkan tempat di situ,\" kata Gubernur DKI Jakarta Anies Rasyid Baswedan di Balai Kota, "
        "Jakarta Pusat, Senin (16/9/2019).", date(2019, 9, 16), []),
    (  # clickid-kompas-02155, shortened: a governor's meeting in the hall of his own office
        "Gubernur Sumatera Utara Edy Rahmayadi meminta semua pihak menjaga hutan.\n\"Bayangkan betapa menderitanya "
        "warga yang merasakan berhari-hari,\" kata Edy dalam rapat koordinasi karhutla, di aula kantor gubernur, Jumat "
        "(20/9/2019).", date(2019, 9, 20), []),
])
def test_a_statement_in_the_seat_of_the_officials_own_government_is_no_visit(visits: Callable, text: str,
                                                                             published: date, expected: list) -> None:
    assert visits(text, published) == expected


def test_a_trip_called_off_in_a_later_sentence_is_no_visit(visits: Callable) -> None:
    text = (  # clickid-kompas-01069, shortened
        "Gubernur Sumatera Selatan Herman Deru mengatakan, dalam waktu dekat ia akan berkunjung ke Romania serta Korea "
        "Selatan untuk bertemu dengan Duta Besar.\n\"Saya batalkan (kunjungan keluar negerii) karena ini bicara tanggung "
        "jawab bukan karena ancaman,\" kata Herman, Senin (16/9/2019).")
    assert visits(text, date(2019, 9, 16)) == []


def test_a_common_noun_place_named_elsewhere_is_the_same_visit(visits: Callable) -> None:
    text = (  # clickid-tempo-03286, shortened
        "Presiden Joko Widodo menilai luas kebakaran hutan dan lahan sangat besar. Hal ini disampaikan usai meninjau "
        "lokasi karhutla di Desa Merbau, Kecamatan Bunut, Kabupaten Pelalawan, Selasa, 17 September 2019.\n"
        "Saat meninjau lokasi karhutla, Kepala Negara sempat bertanya sejumlah hal kepada beberapa aparat.")
    assert visits(text, date(2019, 9, 17)) == [
        ("Joko Widodo", None, "Desa Merbau, Kecamatan Bunut, Kabupaten Pelalawan",
         "Desa Merbau, Kecamatan Bunut, Kabupaten Pelalawan", date(2019, 9, 17), "done")]


@pytest.mark.parametrize(("text", "published", "expected"), [
    (  # clickid-tempo-03395, shortened: "di salah satu lokasi ..." is where he spoke
        "Wali Kota Jakarta Utara Sigit Wijatmoko memerintahkan pemasangan alat pemantau udara.\n\"Saya perintahkan ke "
        "Sudin LH untuk segera melaksanakan pemasangan alat pemantau,\" kata Sigit di salah satu lokasi rumah industri "
        "pembakaran, Jakarta Utara, Jumat, 13 September 2019.", date(2019, 9, 13),
        [("Sigit Wijatmoko", None, "lokasi rumah industri pembakaran, Jakarta Utara",
          "lokasi rumah industri pembakaran, Jakarta Utara", date(2019, 9, 13), "done")]),
    (  # clickid-sindonews-02770, shortened: a meeting with an agency, nothing said of where
        "Kepala Dinas Perhubungan Kota Depok Dadang Wihana menambahkan pihaknya telah melakukan rapat dengan Badan "
        "Pengelola Transportasi Jabodetabek (BPTJ).", date(2019, 9, 17), []),
])
def test_where_a_statement_was_made(visits: Callable, text: str, published: date, expected: list) -> None:
    assert visits(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    (  # clickid-okezone-01402, shortened: the visit is told without its host, the lead names the school
        "Usai ramai diberitakan media, siswa SDN Pekayon Jaya III, Bekasi Selatan, Kota Bekasi, Jawa Barat, akhirnya "
        "mendapatkan bangku dan meja belajar bekas.\n\"Kami sebagai perwakilan rakyat bersyukur bahwa Pemkot Bekasi siap "
        "tanggap,\" kata anggota DPRD dari Fraksi PDIP, Nico Godjang di sela-sela sidak, Senin (16/9/2019).",
        date(2019, 9, 16),
        [("Nico Godjang", None, "SDN Pekayon Jaya III", "SDN Pekayon Jaya III", date(2019, 9, 16), "done")]),
    (  # 000_61cda29305c3ac69, shortened: "Kunjungan ini" is the visit just told, in his own city
        "Penjabat (Pj) Wali Kota Bogor, Hery Antasari, resmi memulai tugasnya di Kota Bogor dengan mengadakan kunjungan "
        "ke Dinas Kesehatan (Dinkes). Kunjungan ini bertujuan untuk memahami kondisi internal setiap dinas.",
        date(2024, 4, 23),
        [("Hery Antasari", "Dinas Kesehatan", "Dinas Kesehatan (Dinkes)", None, None, "done")]),
])
def test_a_visit_told_without_its_host(visits: Callable, text: str, published: date, expected: list) -> None:
    assert visits(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    (  # clickid-tempo-01586, shortened: what is inspected, then the place it names
        "Direktur Jenderal Ketahanan, Perwilayahan dan Akses Industri Internasional (KPAII) Kemenperin Doddy Rahadi "
        "meminta dukungan daerah.\nAwal pekan ini, Dirjen KPAII didampingi Direktur Perwilayahan Industri Kemenperin "
        "Ignatius Warsito, telah meninjau langsung rencana lokasi pembangunan Kawasan Industri Takalar, yang berada di "
        "Desa Laikang dan Desa Punaga, Kecamatan Mangngarabombang.", date(2019, 9, 14),
        [("Doddy Rahadi", None, "Kawasan Industri Takalar", "Kawasan Industri Takalar", None, "done")]),
    (  # clickid-tempo-00682, shortened: "benteng ini" is the fort just named
        "Salah satu objek wisata sejarah di Ngawi, Jawa Timur, adalah Benteng Van Den Bosch. Pada Jumat, 1 Februari "
        "2019, Presiden Joko Widodo pernah berkunjung ke benteng ini sambil ngopi santai.", date(2019, 9, 18),
        [("Joko Widodo", None, "Benteng Van Den Bosch", "Benteng Van Den Bosch", date(2019, 2, 1), "done")]),
    (  # clickid-tempo-02478, shortened: "kawasan ini" is an area, and the future is no visitor
        "Gubernur Jawa Barat Ridwan Kamil melaksanakan peletakan batu pertama pengembangan kawasan Rebana.\n\"Karena "
        "masa depan Jawa Barat saya ramalkan akan hadir di kawasan ini,\" kata Ridwan Kamil.", date(2019, 9, 11), []),
])
def test_a_place_named_inside_the_object_or_earlier(visits: Callable, text: str, published: date,
                                                    expected: list) -> None:
    assert visits(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    (  # clickid-okezone-01639, shortened: a long title with acronyms in brackets, then the name, then where
        "Seperti yang disampaikan eksportir PT Sejati Makmur, Cecep, pada saat kunjungan kerja Direktur Jenderal "
        "(Dirjen) Tanaman Pangan Kementerian Pertanian (Kementan), Suwandi di Desa Cipeujeuh Kecamatan Pacet, Kabupaten "
        "Bandung, Jumat (20/09/2019).", date(2019, 9, 20),
        [("Suwandi", None, "Desa Cipeujeuh Kecamatan Pacet, Kabupaten Bandung",
          "Desa Cipeujeuh Kecamatan Pacet, Kabupaten Bandung", date(2019, 9, 20), "done")]),
    (  # clickid-sindonews-00294, shortened: the visit of the clause after "setelah" is its subject's only
        "Presiden Amerika Serikat (AS) Donald Trump mengatakan ada banyak pilihan.\nTrump tampak berhati-hati memberikan "
        "peringatan setelah sebelumnya Menteri Luar Negeri AS Mike Pompeo, dalam kunjungannya ke Arab Saudi, "
        "menggambarkan serangan itu sebagai tindakan perang.", date(2019, 9, 19),
        [("Mike Pompeo", None, "Arab Saudi", "Arab Saudi", None, "done")]),
    (  # clickid-sindonews-01558, shortened: the "di" of the quoted theme is no place, and Jakarta is the minister's
        "Hal itu ditegaskan Menteri Perhubungan (Menhub) Budi Karya Sumadi saat menghadiri Rapat Koordinasi Nasional "
        "Pariwisata dengan tema \"Pengembangan 5 Destinasi Pariwisata Super Prioritas: Kemudahan Aksesibilitas di "
        "Destinasi Pariwisata Super Prioritas 2019-2020\" di Jakarta, Selasa (10/9/2019).", date(2019, 9, 10), []),
])
def test_who_visits_where_in_longer_clauses(visits: Callable, text: str, published: date, expected: list) -> None:
    assert visits(text, published) == expected


def test_an_official_listed_twice_by_a_short_form_visits_once(extracted: Callable) -> None:
    text = (  # clickid-sindonews-00992, shortened
        "Presiden Joko Widodo disebut peduli pada Papua.\n\"Apalagi Pak Presiden Jokowi mempunyai kepedulian yang besar "
        "kepada Papua, seperti pada 2014 lalu pernah berkunjung ke Papua,\" ungkap Semmy.")
    assert [(r["visitor_name"], r["place_text"]) for r in extracted(text, date(2019, 9, 20), "visits")] == [
        ("Joko Widodo", "Papua")]


@pytest.mark.parametrize(("text", "published", "expected"), [
    (  # detik25-0414, shortened: a trip to a wedding is private
        "Presiden ke-7 RI, Joko Widodo (Jokowi), memberi arahan soal kerja politik.\nSebagai informasi, kunjungan "
        "Jokowi ke Bali untuk menghadiri undangan pernikahan Plt Ketua PSI Bali I Putu Yoga Adi Saputra pada Rabu "
        "(1/10) lalu.", date(2025, 10, 13), []),
    (  # clickid-okezone-02586, shortened: the Governor of DKI Jakarta coming to Jakarta visits no place
        "Gubernur DKI Jakarta Anies Baswedan mengenang BJ Habibie.\nIa datang ke Jakarta dari Yogyakarta, dan ingin "
        "mewawancarai BJ Habibie.", date(2019, 9, 11), []),
])
def test_no_visit_of_the_office(visits: Callable, text: str, published: date, expected: list) -> None:
    assert visits(text, published) == expected


def test_the_day_of_the_visit_told_in_an_earlier_paragraph(visits: Callable) -> None:
    text = (  # detik25-0136, shortened
        "Kapolda Jawa Barat Irjen Rudi Setiawan meminta agar Kebun Binatang Bandung atau Bandung Zoo segera kembali "
        "dibuka untuk publik. Hal itu disampaikan Rudi usai melakukan kunjungan langsung ke kawasan wisata edukasi satwa "
        "tersebut, Rabu (15/10/2025).\nKabid Humas Polda Jabar Kombes Pol Hendra Rochmawan menjelaskan, kunjungan "
        "Kapolda Jabar ke Bandung Zoo dilakukan untuk melakukan pencopotan garis polisi (police line) yang sebelumnya "
        "terpasang di area kebun binatang.")
    assert visits(text, date(2025, 10, 19)) == [
        ("Rudi Setiawan", None, "Bandung Zoo", "Bandung Zoo", date(2025, 10, 15), "done")]


def test_a_visit_noun_after_a_told_visit_takes_no_place_from_the_lead(visits: Callable) -> None:
    text = (  # clickid-tempo-02233, shortened: "Kedatangan itu" is the visit of the sentence before, not the lead's
        "Asap pembakaran arang telah dikeluhkan lama warga di Jalan Cakung Drainase, Cilincing, Jakarta Utara.\n"
        "Rohyati melanjutkan, Lurah Cilincing menyambangi SDN Cilincing 07 Pagi pada Rabu pekan ini. Kedatangan itu "
        "terangkai dengan inspeksi Wali Kota Jakarta Utara.")
    assert visits(text, date(2019, 9, 18)) == []


def test_a_distrik_after_a_place_is_its_address(visits: Callable) -> None:
    text = (  # detik25-0464, shortened
        "Wakil Menteri Dalam Negeri (Wamendagri) Ribka Haluk mengingatkan pentingnya nilai kejujuran.\nHal ini "
        "disampaikan Ribka saat menghadiri ibadah pembukaan Retreat Perkawan ke-1 di Gereja Kingmi Moria Musia, Distrik "
        "Walelagama, Kabupaten Jayawijaya, Papua Pegunungan, Selasa (21/10/2025).")
    place = "Gereja Kingmi Moria Musia, Distrik Walelagama, Kabupaten Jayawijaya, Papua Pegunungan"
    assert visits(text, date(2025, 10, 21)) == [("Ribka Haluk", None, place, place, date(2025, 10, 21), "done")]


def test_visiting_the_head_of_a_region_visits_its_government(visits: Callable) -> None:
    text = (  # clickid-tribunnews-00524 (dev7): a link's words dropped from the office (" , Wilayah Maluku")
        "Kepala Kantor , Wilayah Maluku, Finari Manan, kunjungi Gubernur Maluku, Murad Ismail pada Jumat (6/9). "
        "Kunjungan ini bertujuan untuk mempererat sinergi antar instansi pemerintah pusat dengan pemerintah daerah.")
    assert visits(text, date(2019, 9, 7)) == [
        ("Finari Manan", "Pemerintah Provinsi Maluku", "Gubernur Maluku", None, date(2019, 9, 6), "done")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Menteri Dalam Negeri Tito Karnavian berkunjung ke Pemprov Maluku pada Jumat (6/9).",
     [("Tito Karnavian", "Pemerintah Provinsi Maluku", "Pemprov Maluku", None, date(2019, 9, 6), "done")]),
    ("Menteri Dalam Negeri Tito Karnavian berkunjung ke Kantor Wali Kota Ambon pada Jumat (6/9).",
     [("Tito Karnavian", "Pemerintah Kota Ambon", "Kantor Wali Kota Ambon", None, date(2019, 9, 6), "done")]),
    # a regent at his own government is at work, not on a visit
    ("Bupati Bogor Ade Yasin berkunjung ke Pemkab Bogor pada Jumat (6/9).", []),
])
def test_a_regional_government_named_as_host(visits: Callable, text: str, expected: list) -> None:
    assert visits(text, date(2019, 9, 7)) == expected


@pytest.mark.parametrize(("text", "day", "visitor", "place"), [
    (  # detik25-0631 (dev7), shortened: a visit noun, what was done on the visit, then where
        "Wakil Presiden Gibran Rakabuming Raka meminta warga tidak termakan hoaks. Hal itu disampaikan Wapres Gibran "
        "dalam kunjungan kerjanya menyapa masyarakat suku Dayak dan Pasukan Merah Tariu Borneo Bangkule Rajakng (TBBR) "
        "di Desa Sepang Tokong, Kecamatan Toho, Kabupaten Mempawah, Kalimantan Barat, Sabtu (23/8/2025).",
        date(2025, 8, 23), "Gibran Rakabuming Raka",
        "Desa Sepang Tokong, Kecamatan Toho, Kabupaten Mempawah, Kalimantan Barat"),
    (  # detik25-0454 (dev8), shortened: present at the event of the lead, at the lead's place
        "Suasana Gedung Moh Toha di Soreang, Kabupaten Bandung, tampak berbeda pada Selasa (21/10/2025). Ribuan tenaga "
        "SPPG memenuhi ruangan.\n\"Maka harus dituntun dibina,\" ujar Wakil Menteri Kesehatan Benjamin Paulus "
        "Octavianus, yang hadir langsung dalam kegiatan tersebut.",
        date(2025, 10, 21), "Benjamin Paulus Octavianus", "Soreang, Kabupaten Bandung"),
])
def test_where_a_visit_told_without_a_preposition_was(visits: Callable, text: str, day: date, visitor: str,
                                                      place: str) -> None:
    assert visits(text, day) == [(visitor, None, place, place, day, "done")]
