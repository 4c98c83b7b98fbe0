"""Commitments in real passages of the seeds: shortest action clause, actor, kind, value, deadline."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

Extracted = Callable[[str, date, str], list[dict]]


@pytest.fixture
def commitments(extracted: Extracted) -> Callable[[str, date], list[tuple]]:
    def run(text: str, published: date) -> list[tuple]:
        return [(r["actor_name"], r["actor_org"], r["text"], r["kind"], r["target_value"], r["target_unit"],
                 r["deadline"]) for r in extracted(text, published, "commitments")]
    return run


SEED_001 = (
    "Dalam rangka percepatan reformasi birokrasi agar mampu bekerja efektif, efisien, dan mengedepankan fleksibilitas "
    "Pemerintah Kota (Pemkot) Bogor terus berkomitmen memperbaiki birokrasi. Penjabat Wali Kota Bogor, Hery Antasari, "
    "Kamis (27/6), mengatakan bahwa nilai-nilai reformasi birokrasi yang selama ini digaungkan pemerintah pusat maupun "
    "pemerintah provinsi dapat terlaksana dengan baik.\n"
    "Selain itu, Hery juga menyatakan, Pemkot terus mengawasi aparatur sipil negara (ASN) agar tidak terlibat dalam "
    "judi online. Dia mengaku telah menugaskan kepala organisasi perangkat daerah (OPD), kepala dinas, hingga ke "
    "bidang-bidang di bawahnya untuk mengawasi. Mereka juga harus inspeksi mendadak (sidak) ponsel ASN.\n"
    "\"Sidak ponsel untuk memberikan efek kejut akan saya lakukan satu-dua kali,\" ujar Hery.\n"
    "Hery berharap dapat berkontribusi positif bagi kemajuan Kota Bogor.")


def test_promises_instructions_and_plans(commitments: Callable) -> None:
    assert commitments(SEED_001, date(2024, 6, 28)) == [
        # the government named as subject is the actor's agency; the clause starts after it
        (None, "Pemerintah Kota (Pemkot) Bogor", "terus berkomitmen memperbaiki birokrasi", "promise", None, None,
         None),
        ("Hery Antasari", "Pemkot", "terus mengawasi aparatur sipil negara (ASN)", "promise", None, None, None),
        # a past directive keeps its object and purpose
        ("Hery Antasari", None, "telah menugaskan kepala organisasi perangkat daerah (OPD), kepala dinas, hingga ke "
         "bidang-bidang di bawahnya untuk mengawasi", "instruction", None, None, None),
        ("Hery Antasari", None, "Mereka juga harus inspeksi mendadak (sidak) ponsel ASN", "instruction", None, None,
         None),
        ("Hery Antasari", None, "Sidak ponsel untuk memberikan efek kejut akan saya lakukan satu-dua kali", "plan",
         None, None, None),
        # "berharap dapat berkontribusi positif" is a hope, not a commitment
    ]


def test_request_deadline_and_programme_list(commitments: Callable) -> None:
    text = (  # seed 004
        "Asisten Pemerintahan dan Kesejahteraan Rakyat Sekretariat Daerah Kota Bekasi, Lintong Dianto Putra, menekankan "
        "pentingnya optimalisasi kinerja Organisasi Perangkat Daerah (OPD). Ia meminta agar capaian target kerja OPD "
        "dimaksimalkan untuk mendukung program prioritas pemerintah daerah.\n"
        "\"Pada tanggal 20 Mei nanti, kami akan mengevaluasi mana OPD yang berhasil mencapai target 100 hari kerja dan "
        "mana yang belum,\" jelasnya.\n"
        "Untuk diketahui, sebagai bagian dari RPJMD, Pemerintah Kota Bekasi telah menetapkan 7 program prioritas yang "
        "menjadi fokus utama dalam 100 hari kerja, di antaranya:\n"
        "1. Peningkatan kualitas pelayanan publik, termasuk posyandu dan fasilitas kesehatan.\n"
        "2. Penataan kawasan PKL untuk menciptakan lingkungan yang lebih tertib dan nyaman.\n"
        "\"Kami percaya bahwa OPD bekerja dengan baik dan berintegritas,\" tutupnya.")
    assert commitments(text, date(2025, 4, 27)) == [
        ("Lintong Dianto Putra", None, "meminta agar capaian target kerja OPD dimaksimalkan untuk mendukung program "
         "prioritas pemerintah daerah", "instruction", None, None, None),
        ("Lintong Dianto Putra", None, "akan mengevaluasi mana OPD yang berhasil mencapai target 100 hari kerja dan mana "
         "yang belum", "plan", 100.0, "hari", date(2025, 5, 20)),
        ("Lintong Dianto Putra", "Pemerintah Kota Bekasi", "Peningkatan kualitas pelayanan publik, termasuk posyandu "
         "dan fasilitas kesehatan", "plan", None, None, None),
        ("Lintong Dianto Putra", "Pemerintah Kota Bekasi", "Penataan kawasan PKL untuk menciptakan lingkungan yang "
         "lebih tertib dan nyaman", "plan", None, None, None),
    ]


def test_target_with_year_end_deadline_and_hopes_left_out(commitments: Callable) -> None:
    text = (  # clickid-kompas-00935, as published (the link text lost from the name)
        "Pemerintah Provinsi (Pemprov) DKI Jakarta tengah menyiapkan jalur khusus untuk  , untuk mendorong masyarakat "
        "DKI menjadikan sepeda sebagai alat transportasi, bukan sekedar alat olahraga.\n"
        " Gubernur DKI Jakarta  , Baswedan mengatakan, Pemprov DKI akan mengumumkan rute  , itu saat proses perencanaan "
        "tengah matang disusun.\n"
        "Pembangunan rute khusus sepeda itu ditargetkan rampung sebelum akhir tahun 2019.\n"
        " Oleh karena itu, Anies berharap masyarakat DKI beralih menggunakan sepeda sebagai alat transportasi.")
    assert commitments(text, date(2019, 9, 15)) == [
        # the clause goes on over the comma a dropped link left ("rute  , itu")
        ("Baswedan", "Pemprov DKI", "akan mengumumkan rute  , itu saat proses perencanaan tengah matang disusun", "plan",
         None, None, None),
        ("Baswedan", None, "Pembangunan rute khusus sepeda itu ditargetkan rampung sebelum akhir tahun 2019", "target",
         None, None, date(2019, 12, 31)),
    ]


def test_questions_states_rules_and_party_plans_are_no_commitments(commitments: Callable) -> None:
    text = (  # clickid-tribunnews-00219 and clickid-kompas-00376, as published
        "\"Kenapa harus ada pelantikan karena masjidnya adalah milik Pemprov Jabar jadi yang melegitimasi "
        "kepengurusannya adalah kami,\" kata Wakil Gubernur Jawa Barat Uu Ruzhanul Ulum.\n"
        "Uu juga mengatakan, untuk memakmurkan masjid Al-Jabbar, pihaknya akan membuat lembaga pendidikan, seperti "
        "PAUD atau TKA.\n"
        "Gubernur DKI Jakarta Anies Baswedan menyebut, fungsi trotoar di tiap lokasi di Jakarta akan berbeda. Ada "
        "trotoar yang hanya difungsikan untuk pejalan kaki, ada juga yang akan memiliki fungsi lain.")
    assert commitments(text, date(2019, 9, 10)) == [
        # the clause starts at its own subject, not at the reporting verb two clauses before
        ("Uu Ruzhanul Ulum", None, "akan membuat lembaga pendidikan", "plan", None, None, None),
        # "Kenapa harus ada": a question about a state; "akan berbeda": what will hold;
        # "yang akan memiliki": a relative clause
    ]


def test_conditional_rules_negations_and_party_plans_are_no_commitments(commitments: Callable) -> None:
    text = (  # clickid-pos-00170 and clickid-tempo-00189, as published
        "Kepala Pusat Perlindungan Varietas Tanaman Erizal Jamil menegaskan hasil pemuliaan perorangan petani kecil "
        "tersebut wajib didaftar oleh Dinas. \"Siapa yang akan menanggung? Jika sudah komersil maka harus sesuai "
        "dengan aturan yg ada,\" tegas Erizal.\n"
        "Penegakan hukumnya tidak perlu menunggu adanya laporan atau pengaduan.\n"
        "Wakil Ketua DPR Fahri Hamzah akan mendirikan Partai Gelombang Rakyat atau Gelora.")
    assert commitments(text, date(2019, 8, 2)) == []


def test_a_wish_to_act_is_a_plan_a_wish_for_a_state_is_not(commitments: Callable) -> None:
    text = (  # clickid-kompas-00376 and clickid-tribunnews-00219, as published
        "Gubernur DKI Jakarta Anies Baswedan ingin memberikan ruang kepada pedagang kaki lima (PKL) untuk berjualan di "
        "trotoar yang telah direvitalisasi.\n"
        "\"Kami ingin program kami betul-betul diraskaan oleh masyarakat,\" kata Wakil Gubernur Jawa Barat Uu Ruzhanul "
        "Ulum.")
    assert commitments(text, date(2019, 9, 8)) == [
        ("Anies Baswedan", None, "ingin memberikan ruang kepada pedagang kaki lima (PKL) untuk berjualan di trotoar "
         "yang telah direvitalisasi", "plan", None, None, None),
    ]


def test_a_condition_and_a_foreseen_consequence_commit_to_nothing(commitments: Callable) -> None:
    text = (  # detik25-0542 and detik25-0164, shortened
        "Pencairan anggaran untuk Maung, menurut Menteri Keuangan Purbaya Yudhi Sadewa, akan disesuaikan dengan "
        "kesiapan industri. \"Tergantung industrinya. Kalau saya kan targetkan uangnya ada.\" tambah Purbaya.\n"
        "Gubernur NTT Emanuel Melkiades Laka Lena mengusulkan pembangunan kawasan ekonomi khusus. \"Jadi sebenarnya "
        "itu akan membuat banyak kebutuhan-kebutuhan Timor Leste itu bisa kita suplai dengan baik dan benar,\" lanjut "
        "Melki.")
    assert commitments(text, date(2025, 10, 21)) == [
        # "menurut Menteri Keuangan ..., akan disesuaikan": a view reported, not the minister's act (dev2 gold);
        # "Kalau saya kan targetkan ...": the condition; "itu akan membuat ... bisa": a consequence
        ("Emanuel Melkiades Laka Lena", None, "mengusulkan pembangunan kawasan ekonomi khusus", "instruction", None,
         None, None),
    ]


def test_a_party_named_without_partai_and_a_legislator_named_short(commitments: Callable) -> None:
    text = (  # clickid-tempo-00189 and detik25-0034, shortened
        "Wakil Ketua DPR RI Fahri Hamzah akan mendirikan partai usai pensiun dari jabatannya. Fahri akan mendirikan "
        "Partai Gelombang Rakyat atau Gelora.\n"
        "Fahri mengatakan targetnya Gelora bisa berdiri pada akhir 2019.\n"
        "Wakil Ketua Komisi I DPRD Solo dari fraksi PDIP, Suharsono mengatakan sudah mendengar pemangkasan anggaran.\n"
        "\"Sedangkan PAD, targetnya harus dinaikkan terutama dari Pajak PJU, Pajak Resto, dan juga di retribusi, "
        "seperti retribusi parkir,\" sambung Harsono.")
    # Gelora is the party of "Partai ... atau Gelora"; "Harsono" is Suharsono, a legislator giving his opinion
    assert commitments(text, date(2019, 9, 11)) == []


def test_spoken_first_person_plans_and_targets(commitments: Callable) -> None:
    text = (  # detik25-0034 and clickid-sindonews-03320, shortened
        "Wali Kota Solo, Respati Ardi, berusaha irit anggaran.\n"
        "\"Kita akan coba pastikan untuk pengefisienan di Kota Solo yang kepegawaian tidak berhubungan dengan "
        "pelayanan publik, kita seminggu sekali akan WFH-kan. Jadi makan minum, listrik, transportasi kita efisienkan "
        "30 persen, ketika biasanya makanan snack tiga kali, ini cuma sekali,\" katanya.")
    assert commitments(text, date(2025, 10, 20)) == [
        ("Respati Ardi", None, "berusaha irit anggaran", "promise", None, None, None),
        ("Respati Ardi", None, "akan coba pastikan untuk pengefisienan di Kota Solo yang kepegawaian tidak "
         "berhubungan dengan pelayanan publik", "promise", None, None, None),
        # too short without its subject: the subject stays
        ("Respati Ardi", None, "kita seminggu sekali akan WFH-kan", "plan", None, None, None),
        ("Respati Ardi", None, "Jadi makan minum, listrik, transportasi kita efisienkan 30 persen", "target", 30.0,
         "persen", None),
    ]
    text = (
        "Kepala Dinas PUPR Kabupaten Bekasi Entah Ismanto mengakui serapan anggaran masih rendah.\n"
        "\"Penyerapan anggaran masih kami kejar, saya tetap optimis di penghujung tahun bisa terserap 85 persen,\" "
        "katanya.")
    assert [c[2:4] for c in commitments(text, date(2019, 9, 20))] == [
        ("Penyerapan anggaran masih kami kejar", "plan")]


def test_a_list_closed_by_serta_stays_whole_and_a_restated_target_counts_once(commitments: Callable) -> None:
    text = (  # clickid-sindonews-01133 and detik25-0634, shortened
        "Bupati Serang Ratu Tatu Chasanah berkomitmen akan menjamin keamanan, kenyamanan, serta pelayanan terbaik "
        "untuk pelajar Sekolah Menengah Atas (SMA) asal Papua yang sedang menempuh pendidikan di Kabupaten Serang.\n"
        "Dalam beleid yang diteken 30 Juni 2025 tersebut, Presiden Prabowo Subianto menargetkan IKN menjadi Ibu Kota "
        "Politik Indonesia pada 2028.\n"
        "Namun demikian, Menteri PANRB Rini Widyantini menekankan bahwa pihaknya akan mengikuti arahan dari Presiden "
        "Prabowo Subianto menyangkut pemindahan ASN ke IKN. Dalam hal ini, Prabowo menargetkan IKN dapat menjalankan "
        "fungsi sebagai ibu kota politik di tahun 2028.")
    assert commitments(text, date(2025, 7, 3)) == [
        ("Ratu Tatu Chasanah", None, "berkomitmen akan menjamin keamanan, kenyamanan, serta pelayanan terbaik untuk "
         "pelajar Sekolah Menengah Atas (SMA) asal Papua yang sedang menempuh pendidikan di Kabupaten Serang",
         "promise", None, None, None),
        ("Prabowo Subianto", None, "menargetkan IKN menjadi Ibu Kota Politik Indonesia pada 2028", "target", None,
         None, date(2028, 12, 31)),
        ("Rini Widyantini", None, "akan mengikuti arahan dari Presiden Prabowo Subianto menyangkut pemindahan ASN ke "
         "IKN", "plan", None, None, None),
    ]


def test_a_request_passed_on_to_another_body(commitments: Callable) -> None:
    text = (  # detik25-0634
        "Sebelumnya, Sekretaris Otorita IKN, Bimo Adi Nursanthyasto menyampaikan bahwa Kementerian PANRB telah "
        "menyampaikan kepada Otorita IKN untuk menyusun kriteria prioritas pemindahan ASN.")
    assert commitments(text, date(2025, 7, 3)) == [
        ("Bimo Adi Nursanthyasto", "Kementerian PANRB", "telah menyampaikan kepada Otorita IKN untuk menyusun kriteria "
         "prioritas pemindahan ASN", "instruction", None, None, None),
    ]


def test_instructions_in_relative_clauses_datelines_and_nicknames(commitments: Callable) -> None:
    text = (  # detik25-0647 and clickid-tempo-02329, shortened
        "Menteri Lingkungan Hidup Hanif Faisol Nurofiq mengatakan, aksi bersih-bersih ini sesuai dengan arahan Presiden "
        "Prabowo Subianto yang memerintahkan paling tidak satu minggu melakukan dua kali kegiatan bersih-bersih.\n"
        "Gubernur Jawa Barat Ridwan Kamil menilai petisi yang meminta penggantian nama Bandara Kertajati menjadi "
        "bandara Habibie adalah ide baik.")
    # the President's order starts at its verb; what a petition asks is no one's instruction
    assert commitments(text, date(2025, 10, 18)) == [
        ("Prabowo Subianto", None, "memerintahkan paling tidak satu minggu melakukan dua kali kegiatan bersih-bersih",
         "instruction", None, None, None)]
    text = (  # detik25-0889, shortened: "Gus Ipul" is Saifullah Yusuf; a result clause ends the instruction
        "Menteri Sosial Saifullah Yusuf (Gus Ipul) menyampaikan tiga mandat prioritas Presiden.\n"
        "Gus Ipul pun mengajak Pemerintah Daerah untuk mengawal pemutakhiran DTSEN demi mencapai data yang akurat, "
        "sehingga penyaluran bantuan dapat benar-benar tepat sasaran.\n"
        "Sementara itu, Gus Ipul juga mendorong Kota Sukabumi untuk segera mengusulkan bangunan dan lahan guna "
        "mendukung penyelenggaraan program tersebut.")
    assert commitments(text, date(2025, 10, 6)) == [
        ("Saifullah Yusuf", None, "mengajak Pemerintah Daerah untuk mengawal pemutakhiran DTSEN demi mencapai data "
         "yang akurat", "instruction", None, None, None),
        ("Saifullah Yusuf", None, "juga mendorong Kota Sukabumi untuk segera mengusulkan bangunan dan lahan guna "
         "mendukung penyelenggaraan program tersebut", "instruction", None, None, None)]
    text = (  # clickid-tribunnews-00232: the dateline is no part of the clause
        "CIREBON -- Pemerintah Daerah Provinsi (Pemdaprov) Jawa Barat (Jabar) bersama Dinas Tenaga Kerja dan "
        "Transmigrasi (Disnakertrans) berupaya menekan angka pengangguran, salah satunya melalui Smart Nakertrans.")
    assert commitments(text, date(2019, 9, 11)) == [
        (None, "Pemerintah Daerah Provinsi", "berupaya menekan angka pengangguran", "promise", None, None, None)]


def test_procedural_steps_and_foreseen_effects_are_no_commitments(commitments: Callable) -> None:
    text = (  # clickid-sindonews-00809 and clickid-wowkeren-01443, shortened
        "Mantan Gubernur Jawa Barat Ahmad Heryawan dipanggil KPK. Pria yang biasa disapa Aher itu akan dimintai "
        "keterangan mengenai kasus dugaan suap perizinan proyek Meikarta.\n"
        "Juru Bicara KPK Febri Diansyah menyebut revisi UU KPK yang telah disepakati tersebut akan melemahkan kinerja "
        "dan hukum pemberantasan korupsi.")
    assert commitments(text, date(2019, 9, 24)) == []


def test_a_target_for_the_end_of_a_year_written_without_tahun(commitments: Callable) -> None:
    text = (  # clickid-sindonews-00344, shortened
        "Kepala Dinas Bina Marga DKI Jakarta Hari Nugroho menyebut revitalisasi trotoar terus berjalan. Adapun trotoar "
        "dari ruas jalan yang ditargetkan rampung pada akhir 2019 sepanjang 47 kilometer.")
    assert [c[2:] for c in commitments(text, date(2019, 9, 12))] == [
        ("Adapun trotoar dari ruas jalan yang ditargetkan rampung pada akhir 2019 sepanjang 47 kilometer", "target",
         None, None, date(2019, 12, 31))]


def test_maka_after_a_statement_of_fact_is_an_instruction_after_a_condition_not(commitments: Callable) -> None:
    text = (  # detik25-0889, shortened, and clickid-pos-00170
        "Menteri Sosial Saifullah Yusuf menjelaskan pengelolaan data.\n"
        "\"Yang mengelola bukan kita lagi, yang mengelola adalah BPS, maka Bapak berarti nanti harus bekerja sama "
        "dengan BPS,\" terangnya.\n"
        "\"Jika sudah komersil maka harus sesuai dengan aturan yg ada,\" tegas Saifullah.")
    assert commitments(text, date(2025, 10, 6)) == [
        ("Saifullah Yusuf", None, "Bapak berarti nanti harus bekerja sama dengan BPS", "instruction", None, None, None)]


def test_mendorong_with_a_cause_as_subject_is_no_request(commitments: Callable) -> None:
    text = (  # detik25-0491, shortened
        "Ketua MPR Bambang Soesatyo menilai biaya politik terlalu mahal. Biaya politik yang begitu tinggi ini mendorong "
        "para kandidat untuk mencari sponsor atau investor politik.")
    assert commitments(text, date(2025, 9, 20)) == []


def test_an_imperative_to_the_reader_and_berusaha_as_a_noun(commitments: Callable) -> None:
    text = (  # detik25-0913 and clickid-tribunnews-00232, shortened
        "Kepala Dinas Ketahanan Pangan DKI Jakarta Hasudungan Sidabalok menjelaskan program sterilisasi kucing.\n"
        "Nikmati terus menu sarapan informasi khas detikPagi secara langsung (live streaming) pada Senin-Jumat.\n"
        "\"Pelatihan kerja tersebut bertujuan untuk menambah daya saing para pesertanya sehingga nantinya dapat memiliki "
        "kesempatan kerja dan kesempatan berusaha,\" kata Hasudungan.")
    assert commitments(text, date(2025, 10, 20)) == []


def test_a_body_named_as_subject_acts_and_a_recommendation_is_an_instruction(commitments: Callable) -> None:
    text = (  # clickid-kompas-01928
        "BPK merekomendasikan direksi PT Pertamina (Persero) antara lain agar merealisasikan percepatan pembangunan "
        "sarana dan fasilitas Terminal LPG untuk meng-cover ketahanan stok LPG nasional.\n"
        "Juga merekomendasikan upaya percepatan penyelesaian atau pembangunan sarana dan fasilitas penampungan LPG di "
        "darat.")
    assert commitments(text, date(2019, 9, 17)) == [
        (None, "BPK", "merekomendasikan direksi PT Pertamina (Persero) antara lain agar merealisasikan percepatan "
         "pembangunan sarana dan fasilitas Terminal LPG untuk meng-cover ketahanan stok LPG nasional", "instruction",
         None, None, None),
        # no subject: the body of the sentence before goes on
        (None, "BPK", "merekomendasikan upaya percepatan penyelesaian atau pembangunan sarana dan fasilitas "
         "penampungan LPG di darat", "instruction", None, None, None),
    ]


def test_agreements_governments_and_the_agent_of_a_planned_passive(commitments: Callable) -> None:
    text = (  # detik25-0831 and clickid-sindonews-02713, shortened
        "Menteri Haji dan Umrah Republik Indonesia, Mochamad Irfan Yusuf, melakukan kunjungan resmi ke Kementerian "
        "Haji "
        "dan Umrah Kerajaan Arab Saudi. Pertemuan ini menjadi langkah penting dalam memperkuat kerja sama bilateral "
        "antara kedua negara, khususnya dalam memastikan penerapan standar istithaah kesehatan jamaah haji.\n"
        "Sebagai langkah konkret, kedua pihak sepakat membentuk Joint Operation Group.\n"
        "Kementerian Haji dan Umrah RI berkomitmen untuk menyiapkan langkah-langkah penyesuaian agar jamaah tetap "
        "mendapatkan pelayanan terbaik.\n"
        "Mulai tahun 2026, Pemerintah Arab Saudi akan melakukan pemeriksaan acak di bandara, hotel, dan area Masyair.\n"
        "Selain pameran UKM juga digelar tiga seminar ekonomi, kemudian seminar narkoba akan diisi oleh Kapolres "
        "Jaksel.")
    assert commitments(text, date(2025, 10, 20)) == [
        # "dalam memastikan ...": what a meeting is for, not a promise
        ("Mochamad Irfan Yusuf", None, "kedua pihak sepakat membentuk Joint Operation Group", "plan", None, None,
         None),
        ("Mochamad Irfan Yusuf", "Kementerian Haji dan Umrah RI", "berkomitmen untuk menyiapkan langkah-langkah "
         "penyesuaian", "promise", None, None, None),
        ("Mochamad Irfan Yusuf", "Pemerintah Arab Saudi", "akan melakukan pemeriksaan acak di bandara, hotel, dan "
         "area Masyair", "plan", None, None, date(2026, 12, 31)),
        (None, "Kapolres Jaksel", "seminar narkoba akan diisi oleh Kapolres Jaksel", "plan", None, None, None),
    ]


def test_assurances_agendas_advice_and_ongoing_views_are_no_commitments(commitments: Callable) -> None:
    text = (  # detik25-0182, clickid-tempo-02770, clickid-tribunnews-00427, detik25-0800, clickid-kompas-01851
        "Gubernur Jawa Barat Dedi Mulyadi memastikan tidak ada dana daerah yang disimpan dalam bentuk deposito di "
        "perbankan, termasuk di Bank BJB. Namun, hal tersebut menurutnya harus dibuka secara transparan agar publik "
        "tidak salah menilai.\n"
        "Sebelumnya, Kepala Dinas Ketahanan Pangan Diah Sa'diah memastikan, ekspor impor hewan dan produk hewan tetap "
        "akan memenuhi standar Aman, Sehat, Utuh dan Halal (ASUH).\n"
        "Untuk tanaman padi yang terkena puso, yang petaninya sudah mempunyai Asuransi Usaha Tani Padi (AUTP) agar "
        "segera saja mengklaim asuransinya.\n"
        "Kemudian akan dibahas pula tentang proyek lintas kota yang selaras dengan tujuan pembangunan berkelanjutan.\n"
        "Hal itu tentunya harus dikoordinasikan dengan pemerintah pusat sebagai yang berwenang atas jalan tersebut.")
    # the last: a requirement stated in the narrative (passive "harus di-", no agent), not an undertaking
    assert commitments(text, date(2025, 10, 21)) == []


def test_a_country_or_a_titled_name_as_subject_is_the_actor(commitments: Callable) -> None:
    text = (  # detik25-0542, detik25-0863 and clickid-sindonews-02165, shortened
        "Arab Saudi menargetkan kunjungan jamaah umrah mencapai 30 juta orang. Presiden Prabowo dilantik. "
        "Prabowo meminta anak buahnya tidak lagi memakai mobil jenis lain ketika bertugas atau dipanggil ke kompleks "
        "Istana.\n"
        "Menteri Sosial Saifullah Yusuf mengungkap, pihaknya akan bekerjasama dengan Kabupaten Karawang untuk uji "
        "coba, "
        "sebagai percontohan Puskesos terlengkap dan paling aktif.")
    assert commitments(text, date(2025, 10, 21)) == [
        # a country as subject is a government; a name is an actor where the article gives it an office
        (None, "Arab Saudi", "Arab Saudi menargetkan kunjungan jamaah umrah mencapai 30 juta orang", "target", 30.0,
         "juta orang", None),
        ("Prabowo", None, "meminta anak buahnya tidak lagi memakai mobil jenis lain ketika bertugas atau "
         "dipanggil ke kompleks Istana", "instruction", None, None, None),
        ("Saifullah Yusuf", None, "akan bekerjasama dengan Kabupaten Karawang untuk uji coba", "plan", None, None,
         None),
    ]


def test_stated_commitments_reported_promises_and_a_subject_named_with_a_nickname(commitments: Callable) -> None:
    text = (  # clickid-tribunnews-01226, detik25-0593, detik25-0507, shortened
        "Presiden Joko Widodo menyampaikan komitmen untuk menjalankan pemerintahan dengan transparan dan kredibel.\n"
        "Menteri Koordinator Bidang Pangan Zulkifli Hasan hadir. Kalangan buruh juga sempat melakukan aksi dengan "
        "membawa beberapa tuntutan mulai dari kenaikan upah minimum hingga menuntut janji Presiden untuk membuat Satgas "
        "PHK.\n"
        "Sementara itu, Wali Kota Makassar Munafri 'Appi' Arifuddin menargetkan pemilihan ketua RT/RW digelar November "
        "2025.")
    assert commitments(text, date(2025, 10, 17)) == [
        ("Joko Widodo", None, "menyampaikan komitmen untuk menjalankan pemerintahan dengan transparan dan kredibel",
         "promise", None, None, None),
        # the promise is the President's, whoever demands it
        ("Joko Widodo", None, "janji Presiden untuk membuat Satgas PHK", "promise", None, None, None),
        # the officials extractor reads the quoted nickname as an alias, so the actor is the full name
        ("Munafri Arifuddin", None, "menargetkan pemilihan ketua RT/RW digelar November 2025", "target", None, None,
         date(2025, 11, 30)),
    ]


def test_appeals_to_all_effects_of_things_and_guests_of_an_event_are_no_commitments(commitments: Callable) -> None:
    text = (  # detik25-0358, detik25-0507, detik25-0593
        "Bupati Ogan Komering Ilir Muchendi Mahzareki juga mengajak seluruh lapisan masyarakat dan aparatur di daerah "
        "tetap solid menjaga marwah pemerintahan dan hukum. \"Kejadian ini menjadi pengingat bahwa integritas itu mahal, "
        "dan harus dijaga bersama,\" kata Muchendi.\n"
        "Ketua KPU Makassar, Andi Muhammad Yasir Arafat menegaskan, keterlibatan KPU akan memberikan legitimasi "
        "sekaligus meningkatkan kualitas proses pemilihan di lingkungan warga. Jika praktik curang dibiarkan sejak "
        "skala kecil, hal itu akan mencederai pendidikan politik masyarakat.\n"
        "Rakornas ini rencananya akan menghadirkan Menteri Koordinator Bidang Perekonomian Airlangga Hartarto.")
    assert commitments(text, date(2025, 10, 17)) == []


def test_names_requests_for_oneself_and_what_citizens_will_do_are_no_commitments(commitments: Callable) -> None:
    text = (  # detik25-0358 and detik25-0507, shortened
        "Bupati Ogan Komering Ilir (OKI) Muchendi Mahzareki merespons penangkapan ASN Badan Pemberdayaan Perempuan dan "
        "Keluarga Berencana (BPPKB) Way Kanan, Lampung. Di Kejari OKI, BA sempat berbincang dengan Kasi Intel, bahkan "
        "meminta difasilitasi bertemu dengan Bupati OKI. Setelah itu BA mendatangi Kodim 0402/OKI dan meminta pengawalan "
        "ke Pemkab OKI.\n"
        "Khusus ketua RT, akan dipilih langsung oleh masyarakat dengan mekanisme satu kepala keluarga (KK) satu suara.\n"
        "Namun, pertemuan dengan Bupati tidak pernah terjadi, karena informasi tersebut segera diverifikasi dan dinilai "
        "mencurigakan.")  # the narrative's "segera": at once, not a plan
    assert commitments(text, date(2025, 10, 17)) == []


def test_a_past_reminder_to_subordinates_is_a_directive_a_present_exhortation_is_not(commitments: Callable) -> None:
    text = (  # clickid-kompas-01402 and seed 003, shortened
        "Presiden Joko Widodo mengaku sudah mengingatkan jajarannya terkait pencegahan kebakaran hutan dan lahan saat "
        "rapat di Istana pada 15 Juli.\n"
        "Wakil Wali Kota Bogor Erwin mengingatkan para ASN untuk bekerja ikhlas dan niatkan sebagai ibadah.")
    assert commitments(text, date(2019, 9, 17)) == [
        ("Joko Widodo", None, "sudah mengingatkan jajarannya terkait pencegahan kebakaran hutan dan lahan saat rapat di "
         "Istana pada 15 Juli", "instruction", None, None, None),
    ]


def test_an_official_addressed_by_title_inside_a_quote_is_the_actor(commitments: Callable) -> None:
    text = (  # detik25-0507, shortened
        "Wali Kota Makassar Munafri Arifuddin hadir. Ketua KPU Makassar, Andi Muhammad Yasir Arafat menegaskan hal itu.\n"
        "\"Alhamdulillah, Pak Wali menerima dan menyambut baik serta memerintahkan Kepala BPM untuk menindaklanjuti dan "
        "berkoordinasi dengan KPU terkait mekanismenya,\" ujar Yasir dalam keterangannya, Jumat (17/10/2025).")
    assert commitments(text, date(2025, 10, 17)) == [
        # the instruction ends with the quote: the attribution after it adds no deadline
        ("Munafri Arifuddin", None, "menyambut baik serta memerintahkan Kepala BPM untuk menindaklanjuti dan "
         "berkoordinasi dengan KPU terkait mekanismenya", "instruction", None, None, None),
    ]


def test_effects_foreseen_hopes_reasons_and_deeds_commit_to_nothing(commitments: Callable) -> None:
    text = (  # clickid-sindonews-02121, clickid-tempo-01506, clickid-sindonews-01444, clickid-sindonews-03140,
        # detik25-0768 and clickid-sindonews-01458, as published
        "Menteri Rini menegaskan, pembangunan Pelabuhan Benoa ini juga akan meningkatkan pariwisata Pulau Bali.\n"
        "Kepala Biro Komunikasi Publik Kemenpar Guntur Sakti menyebut Kementerian sebelumnya telah menerbitkan "
        "Peraturan Menteri Pariwisata Nomor 10 Tahun 2019. Beleid ini nantinya bakal memayungi pembentukan MKK daerah.\n"
        "Gubernur Kalsel Sahbirin Noor pada saat penyerahan penghargaan tidak bisa berhadir karena harus menghadiri "
        "sejumlah event nasional.\n"
        "Menteri Perhubungan RI, Budi Karya Sumadi berharap, dengan adanya penghargaan tersebut akan mendorong "
        "pemerintah provinsi untuk meningkatkan kualitas pelayanan transportasi.\n"
        "Presiden Habibie percaya bahwa memotong suku bunga, kemudian menggandakannya, lalu memangkasnya lagi, akan "
        "mengurangi inflasi.\n"
        "\"Kami melakukan efesiensi hingga 50,1 persen,\" ujar Ketua DPRD Kota Malang Amithya Ratnanggani Sirraduhita.\n"
        "Bupati Lebak Iti Octavia Jayabaya menyebut perhelatan FSM mampu menarik 30 pengunjung dari 25 ribu pengunjung "
        "yang ditargetkan.")
    # effects foreseen of a thing ("pembangunan ... akan meningkatkan", "Beleid ini ... bakal memayungi"), an
    # obligation given as a reason, a hope or a belief governing "akan", a deed done, a target named as a modifier
    assert commitments(text, date(2019, 9, 16)) == []


def test_a_target_named_as_modifier_with_its_predicate_is_a_target(commitments: Callable) -> None:
    text = (  # clickid-sindonews-00344, shortened; detik25-0051, as published
        "Kepala Perwakilan Ombudsman RI Jakarta Raya, Teguh Nugroho, mengatakan, pihaknya baru mendapat informasi dari "
        "pihak penyedia.\n"
        "Dinas Bina Marga sebelumnya menyebutkan, pemotongan kabel telekomunikasi serat optik dikarenakan proyek "
        "penataan trotoar di beberapa ruas jalan di DKI Jakarta. Adapun trotoar dari ruas jalan yang ditargetkan "
        "rampung pada akhir 2019, yakni Jalan Otto Iskandardinata sepanjang 2,5 km.\n"
        "Menteri PPN/Kepala Bappenas Rachmat Pambudy menyebut angka yang dipatok dalam RKP 2026 tersebut merupakan "
        "angka yang moderat.")
    # "yang ditargetkan rampung ...": a target with its predicate (its actor is not at issue here); "angka yang dipatok
    # dalam RKP": a noun phrase
    assert [(r[2], r[3], r[6]) for r in commitments(text, date(2019, 9, 19))] == [
        ("Adapun trotoar dari ruas jalan yang ditargetkan rampung pada akhir 2019", "target", date(2019, 12, 31)),
    ]


def test_apologies_candidacies_and_what_a_task_covers_are_no_commitments(commitments: Callable) -> None:
    text = (  # detik25-0304, clickid-okezone-03408, detik25-0002 and detik25-0784, as published
        "Keputusan penutupan jalan ini disebut telah disampaikan dalam rapat koordinasi lintas instansi. Pemkot Medan "
        "meminta maaf kepada masyarakat atas ketidaknyamanan selama pengerjaan.\n"
        "Sejak Mulyani menjadi bupati, kursi wakil bupati kosong. Meski dirinya siap maju kembali menjadi bakal cabup, "
        "Mulyani menegaskan PDIP tetap membuka penjaringan untuk posisi bakal cabup.\n"
        "Melalui program ini, Pemprov Riau tidak hanya menyalurkan bahan pangan murah, tetapi juga memastikan rantai "
        "pasok tetap lancar di tengah tidak stabilnya harga.\n"
        "\"Catatan yang diberikan provinsi wajib diikuti oleh pemda, DPRD hanya memastikan apakah pemda telah mengikuti "
        "petunjuk dari provinsi,\" sebut Ketua DPRD Bone Andi Adriani Alimuddin Page.")
    assert commitments(text, date(2025, 10, 19)) == []


def test_the_spoken_first_person_order(commitments: Callable) -> None:
    text = (  # clickid-kompas-02033, as published
        "\"Saya telepon Panglima TNI, saya minta dicopot yang tidak bisa mengatasi. Saya telepon lagi Kapolri tiga atau "
        "empat hari yang lalu,\" kata Presiden Joko Widodo.")
    # "yang tidak bisa mengatasi" is the object's relative clause, not the speaker's inability
    assert commitments(text, date(2019, 8, 6)) == [
        ("Joko Widodo", None, "minta dicopot yang tidak bisa mengatasi", "instruction", None, None, None),
    ]


def test_the_leads_unnamed_actor_and_a_period_as_deadline(commitments: Callable) -> None:
    text = (  # clickid-tempo-00218, as published (the minister's name lost with its link)
        "TEMPO.CO, Jakarta – Menteri Kelautan dan Perikanan , berjanji membantu Pemerintah Provinsi Maluku mendapatkan "
        "tambahan anggaran untuk meningkatkan kinerja sektor kelautan pada tahun depan.\n"
        "Susi pun mengungkapkan wilayah Maluku sangat luas dan lautnya banyak menyumbang ikan.\n"
        "Janji , menaikkan anggaran didahului protes Gubernur Maluku Murad Ismail. Dia \"menabuh genderang perang\" "
        "kepada Susi lantaran moratorium laut.\n"
        "\"Saya minta dukungan semua komponen bangsa di Maluku untuk moratorium Laut Maluku karena yang diberlakukan "
        "Menteri Kelautan dan Perikanan Susi Pudjiastuti ternyata merugikan Maluku,\" katanya.")
    # "Saya minta dukungan semua komponen bangsa": an appeal for support, not an order
    assert commitments(text, date(2019, 9, 10)) == [
        ("Susi Pudjiastuti", None, "berjanji membantu Pemerintah Provinsi Maluku mendapatkan tambahan anggaran untuk "
         "meningkatkan kinerja sektor kelautan pada tahun depan", "promise", None, None, date(2020, 12, 31)),
    ]


def test_a_titled_speaker_the_officials_table_lacks_is_the_actor(commitments: Callable) -> None:
    text = (  # clickid-tempo-01517, shortened
        "Wali Kota Parepare, H.M. Taufan Pawe mengunjungi rumah tempat kelahiran Habibie.\n"
        "Museum BJ Habibie direncanakan letaknya tidak jauh dari lokasi \"Monumen Cinta Sejati Habibie-Ainun' di Kota "
        "Parepare. Hal ini sudah mendapatkan dukungan positif dari Gubernur Sulawesi Selatan, Nurdin Abdullah.\n"
        "Wali Kota Parepare menjelaskan pihak Bank BNI telah setuju jika rumah tersebut dialihkan sebagai aset daerah. "
        "\"Jadi, saya bersama Bapak Habibie dan pihak BNI sudah bertemu,\" ujar Taufan.\n"
        "Selain museum tersebut, kata Taufan, Pemerintah Kota Parepare juga berencana membangun Taman BJ Habibie yang "
        "bertujuan untuk menjadikan tokoh Menteri Riset dan Teknologi pada era Presiden Soeharto itu sebagai edukasi "
        "dan inspirasi.")
    # "kata Taufan": the speaker named in the sentence, not the governor named last
    assert [(r[0], r[1], r[3]) for r in commitments(text, date(2019, 9, 12))] == [
        ("Taufan Pawe", "Pemerintah Kota Parepare", "plan"),
    ]


def test_an_untitled_speaker_commits_to_nothing(commitments: Callable) -> None:
    text = (  # clickid-sindonews-02713, as published
        "Hal ini dikatakan oleh Ketua MUI DKI Jakarta, KH Munahar Muchtar saat memberi penjelasan terkait Jakarta "
        "Islamic Festival (Jifest) dan Gema Muharram di Masjid Al Hikmah, Kebayoran Lama, Jakarta Selatan, Selasa, "
        "(17/9/2019).\n"
        "\"Salah satu program terkait pengembangan UMKM, MUI berusaha menghadirkan UMKM dalam agenda Jifest pada "
        "tanggal 21-22 September,\" kata Kiai Munahar.")
    # the speaker as named is given no office (and a council of clerics is no public body: decision 2)
    assert commitments(text, date(2019, 9, 18)) == []


def test_goals_stated_as_noun_phrases_and_a_completion_planned(commitments: Callable) -> None:
    text = (  # detik25-0661, detik25-0891 and clickid-sindonews-02121, as published; clickid-tempo-00189, shortened
        "\"Pak Gubernur menginginkan seluruh sektor pertambangan untuk mengoptimalkan pendapatan daerah. Target kami "
        "adalah mereka pertambangan itu melakukan uji kualitas lingkungannya di laboratorium lingkungan Provinsi "
        "Kalimantan,\" pungkas Kadis DLH Kalteng Joni Harta.\n"
        "\"Fokus kami bukan hanya menurunkan angka kemiskinan, tetapi juga mempersempit kesenjangan,\" kata Kepala "
        "Bappeda DKI Jakarta Suharini Eliawati.\n"
        "Menteri BUMN Rini M. Soemarno meninjau proyek pengembangan Pelabuhan Benoa. Pembangunan gedung terminal "
        "penumpang kapal pesiar di Benoa akan selesai semester II 2019.\n"
        "\"Tapi saya sendiri kan belum terlalu banyak terlibat karena masih sibuk mengakhiri masa tugas saya di DPR,\" "
        "ujar Wakil Ketua DPR Fahri Hamzah.")
    # "masa tugas saya": a noun phrase, not a duty taken on
    assert [(r[2], r[3], r[6]) for r in commitments(text, date(2019, 9, 10))] == [
        ("Target kami adalah mereka pertambangan itu melakukan uji kualitas lingkungannya di laboratorium lingkungan "
         "Provinsi Kalimantan", "target", None),
        ("Fokus kami bukan hanya menurunkan angka kemiskinan", "promise", None),
        ("Pembangunan gedung terminal penumpang kapal pesiar di Benoa akan selesai semester II 2019", "plan",
         date(2019, 12, 31)),
    ]


def test_a_pronoun_subject_after_itu_acts(commitments: Callable) -> None:
    text = (  # clickid-sindonews-00860, as published
        "Deputi Bidang Pengembangan Regional Kementerian PPN/Bappenas Rudy Supriadi Prawiradinata mengatakan bahwa pada "
        "tahap awal 2020 pemerintah akan menyiapkan masterplan dan grand design.\n"
        "\"Bahkan kita seminimal mungkin memakai APBN, jadi sekitar 19,2 persen itu menggunakan dan APBN, itu pun nanti "
        "kita akan menggunakan skema-skema yang tidak membebani pada APBN yang reguler seperti dari pajak dan "
        "lain-lain,\" katanya.")
    # "itu pun nanti kita akan menggunakan ...": "kita" acts, not an effect foreseen of "itu"
    assert [(r[0], r[2]) for r in commitments(text, date(2019, 9, 18))] == [
        # the clause starts after the reporting verb of a subject with a long office
        ("Rudy Supriadi Prawiradinata", "pada tahap awal 2020 pemerintah akan menyiapkan masterplan dan grand design"),
        ("Rudy Supriadi Prawiradinata", "itu pun nanti kita akan menggunakan skema-skema yang tidak membebani pada APBN "
         "yang reguler seperti dari pajak dan lain-lain"),
    ]


def test_an_office_named_alone_is_its_holders(commitments: Callable) -> None:
    text = (  # clickid-okezone-00597, shortened
        "Presiden Joko Widodo (Jokowi) telah menerima laporan Kepala BNPB Doni Monardo dan Panglima TNI Marsekal Hadi "
        "Tjahjanto soal karhutla. Kepala BMKG Dwikorita Karnawati menyebut hujan turun di Kabupaten Indragiri Hilir.\n"
        "Lebih lanjut, Panglima TNI juga mengatakan akan mengirim tambahan pesawat CN-295 dan Hercules untuk kembali "
        "membuat Hujan Buatan dengan skala yang lebih besar.")
    # the office is the subject: its holder acts, not the official named last
    assert [(r[0], r[2]) for r in commitments(text, date(2019, 9, 13))] == [
        ("Hadi Tjahjanto", "akan mengirim tambahan pesawat CN-295 dan Hercules untuk kembali membuat Hujan Buatan "
         "dengan skala yang lebih besar"),
    ]


def test_favours_asked_oaths_and_asides_are_no_commitments(commitments: Callable) -> None:
    text = (  # clickid-kompas-00344, clickid-okezone-00723 and clickid-sindonews-03308, as published
        "Saat proses pengajuan, Kepala Dinas Pekerjaan Umum Kabupaten Pegunungan Arfak Natan Pasomba bersama pihak "
        "rekanan bertemu dengan pegawai Kemenkeu untuk meminta bantuan meloloskan pengajuan anggaran itu.\n"
        "Pihak pegawai Kemenkeu kemudian meminta bantuan kepada Sukiman.\n"
        "Pelantikan 30 anggota DPRD Kota Sorong itu ditandai dengan pengambilan sumpah dan janji melalui Rapat "
        "Paripurna DPRD Kota Sorong.\n"
        "Perlu diketahui bahwa total DIM dalam Revisi UU KPK ini adalah 287, dengan DIM tetap 220.")
    assert commitments(text, date(2019, 9, 18)) == []


def test_a_target_joined_to_a_deed_by_dan_is_its_own_clause(commitments: Callable) -> None:
    text = (  # clickid-sindonews-02431, as published
        "Menurut dia, revitalisasi yang dilakukan Kementerian PUPR tetap mengedepankan prinsip-prinsip pelestarian "
        "bangunan gedung cagar budaya. \"Misalnya di Pasar Johar Semarang yang masuk sebagai cagar budaya, itu sudah "
        "kita rehabilitasi sejak Agustus tahun lalu dan kita targetkan rampung Desember tahun ini,\" ucap Direktur "
        "Jenderal Cipta Karya Kementerian Pekerjaan Umum dan Perumahan Rakyat Danis Sumadilaga.")
    assert [(r[2], r[3], r[6]) for r in commitments(text, date(2019, 9, 8))] == [
        ("targetkan rampung Desember tahun ini", "target", date(2019, 12, 31)),
    ]


def test_how_a_rule_will_work_is_no_plan_its_dissemination_is(commitments: Callable) -> None:
    text = (  # detik25-0507, as published; the mayor named as in its lead
        "Wali Kota Makassar Munafri Arifuddin menyebut pemilihan ketua RT/RW akan dilaksanakan secara serentak.\n"
        "Pemilihan ketua RT/RW akan dibuat berbeda. Khusus ketua RT, akan dipilih oleh langsung oleh masyarakat dengan "
        "mekanisme satu kepala keluarga (KK) satu suara, sedangkan ketua RW akan dipilih langsung oleh ketua RT.\n"
        "Secara umum, mekanisme pemilihan ketua RT/RW akan menduplikasi format pemilihan umum (pemilu) pada umumnya.\n"
        "Pemkot Makassar pun telah menetapkan Peraturan Wali (Perwali) Kota Makassar Nomor 19 Tahun 2025 tentang Tata "
        "Cara Pemilihan RT/RW. Regulasi ini akan lebih dulu disosialisasikan kepada masyarakat.")
    assert [r[2] for r in commitments(text, date(2025, 10, 15))] == [
        "pemilihan ketua RT/RW akan dilaksanakan secara serentak",
        "Regulasi ini akan lebih dulu disosialisasikan kepada masyarakat",
    ]


def test_programmes_appeals_to_all_speculation_and_what_others_attempt(commitments: Callable) -> None:
    text = (  # clickid-sindonews-01180, clickid-okezone-01040, clickid-okezone-01560, clickid-okezone-02531 and
        # clickid-wowkeren-01595, as published; the officials named as in their articles
        "Gubernur Sulut Olly Dondokambey membuka Sulut Expo 2019. Pembukaan akan diwarnai nuansa seni tradisi Sulut, "
        "seperti tarian Kabasaran dan Maengket.\n"
        "Saat ditanyai mengenai prediksinya, Menteri Keuangan Sri Muklyani Indrawati meminta kepada semua pihak untuk "
        "menunggu. Dirinya enggan berspekulasi apakah Bank Indonesia akan menurunkan atau menahan suku bunga acuannya "
        "(BI Rate).\n"
        "Di akhir sambutan, Menteri Eko mengucapkan terima kasih pada jajarannya yang telah berusaha menampilkan yang "
        "terbaik untuk informasi dan sosialisasi program Kemendes PDTT.\n"
        "Gubernur Jawa Barat Ridwan Kamil menyebut jalan dilebarkan. Sehingga meski jalan dilebarkan, tidak dipungkiri "
        "macet akan kembali terjadi.\n"
        "Kepala Staf Kepresidenan Moeldoko menyebut, selain menyerang aparat, massa AMP juga berusaha untuk "
        "memprovokasi masyarakat Papua di Expo Waena.")
    assert commitments(text, date(2019, 9, 20)) == []


def test_an_order_before_a_deed_an_effect_reported_and_students_demands(commitments: Callable) -> None:
    text = (  # clickid-kompas-01635, clickid-tempo-03783 and clickid-wowkeren-00718, as published; officials named
        "Kepala Suku Dinas Pendidikan Wilayah II Jakarta Utara Momon Sulaeman memantau sekolah itu.\n"
        "Setelah diinstruksikan Gubernur DKI Jakarta  ,, Suku Dinas Pendidikan Wilayah II Jakarta Utara langsung "
        "mengebut pasang filter udara di SDN  , 07 Pagi.\n"
        "Menteri Perhubungan Budi Karya Sumadi meninjau ruas itu. KPPIP menuliskan bahwa kehadiran jalan tol Manado - "
        "Bitung akan mendukung sektor pariwisata serta pertumbuhan ekonomi di Manado, Minahasa Utara, dan Bitung.\n"
        "Menteri Pendidikan dan Kebudayaan Muhadjir Effendy menanggapi aksi itu. Mahasiswa juga akan mendesak "
        "pemerintah untuk segera mengesahkan RUU Penghapusan Kekerasan Seksual.")
    assert commitments(text, date(2019, 9, 24)) == []


def test_a_duty_of_everyone_is_no_commitment(commitments: Callable) -> None:
    text = (  # clickid-okezone-02423 and clickid-tribunnews-00738, as published; officials named
        "Kepala BNPB Doni Monardo menyampaikan arahan itu. Presiden Republik Indonesia telah berulang kali menegaskan, "
        "bahwa kebakaran hutan dan lahan bukan masalah pemerintah semata, tapi seluruh bangsa harus memahami, dan ikut "
        "bertanggung jawab dalam pengendalian kebakaran hutan dan lahan ini.\n"
        "Menteri Koordinator Bidang Politik Hukum dan Keamanan Wiranto menyinggung asrama mahasiswa. Sehingga sampai "
        "kapanpun semua pemuda dari beragam daerah harus bersatu.")
    assert commitments(text, date(2019, 9, 20)) == []


@pytest.mark.parametrize("text", [
    # clickid-wowkeren-02435 (dev7), shortened: duties in the consequent of a condition are a rule in force
    "Gubernur DKI Jakarta Anies Baswedan menjelaskan aturan itu. \"Bila ada yang meninggal, harus ditunggu dua jam, "
    "dan harus menggunakan mobil jenazah,\" kata Anies.",
    # clickid-kompas-00634 (corpus): the same without a quote
    "Kapolres Bogor AKBP Andi Muhammad Dicky mengimbau warga. Apabila ada hal yang mencurigakan atau penyebaran paham "
    "radikalisme, harus segera melaporkan.",
    # detik25-0351 (dev7): what an official never asked for
    "Wali Kota Jambi Maulana menerbitkan surat edaran. Di point pertama tercantum bahwa Wali Kota Jambi, tidak pernah "
    "baik secara langsung maupun perantara meminta fasilitas atau sesuatu kepada pihak lain.",
    # detik25-0116 (corpus)
    "Ketua Dewan Ekonomi Nasional Luhut Binsar Pandjaitan menyatakan, dirinya tidak pernah meminta APBN untuk "
    "menanggung kedua proyek tersebut.",
])
def test_no_commitment_in_a_rule_or_a_denied_request(commitments: Callable, text: str) -> None:
    assert commitments(text, date(2025, 10, 1)) == []


@pytest.mark.parametrize(("text", "expected"), [
    # clickid-kompas-00368 (dev8): a comma left by a dropped link does not end the clause
    ("Gubernur Jawa Barat Ridwan Kamil menanggapi kenaikan iuran. Salah satu opsinya, kata Emil, ia akan mencari "
     "perusahaan , yang memiliki kualitas lebih baik dari BPJS Kesehatan, namun dengan harga yang lebih murah.",
     ("Ridwan Kamil", "akan mencari perusahaan , yang memiliki kualitas lebih baik dari BPJS Kesehatan")),
    # detik25-0456 (dev8): a programme that will not be stopped is a promise to go on
    ("Wakil Menteri Kesehatan Benjamin Paulus Octavianus menegaskan program makan bergizi gratis tetap berlanjut. "
     "Program ini tak akan dihentikan meski sempat ada kasus keracunan di sejumlah wilayah.",
     ("Benjamin Paulus Octavianus", "Program ini tak akan dihentikan")),
    # clickid-sindonews-01844 (dev8): the spoken first-person order after an adverb
    ("Wali Kota Jakarta Selatan Marullah Matali meninjau sumur resapan. \"Di sini saya sudah minta untuk ditambah "
     "lagi di tempat-tempat ibadah, satu atau dua sumur resapan,\" kata Marullah.",
     ("Marullah Matali", "Di sini saya sudah minta untuk ditambah lagi di tempat-tempat ibadah, satu atau dua sumur "
                         "resapan")),
    # detik25-0833 (dev8): a commitment stated with its action right after
    ("Gubernur Sumsel Herman Deru menegaskan komitmennya mewujudkan destinasi wisata medis di Palembang.",
     ("Herman Deru", "menegaskan komitmennya mewujudkan destinasi wisata medis di Palembang")),
])
def test_commitments_of_dev8(commitments: Callable, text: str, expected: tuple) -> None:
    assert [(r[0], r[2]) for r in commitments(text, date(2025, 10, 21))] == [expected]


def test_an_order_verb_naming_a_role_is_no_order(commitments: Callable) -> None:
    # clickid-okezone-00604 (dev8): "terlibat dalam mengajak masyarakat" describes a role
    text = ("Kepala BNPB Doni Monardo berharap kepala daerah peduli. Dimana turut terlibat dalam mengajak masyarakat "
            "agar tak membakar lahan dan mengakibatkan Karhutla.")
    assert commitments(text, date(2019, 9, 20)) == []
