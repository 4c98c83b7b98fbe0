"""Quotes and their speakers in real passages of the seeds and the corpus."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from pipeline.extract import officials, orgs, quotes
from pipeline.extract.base import Article

Row = tuple[str | None, str | None, str | None, str]


@pytest.fixture
def said(nlp: Language) -> Callable[[str], list[Row]]:
    """(speaker, speaker_title, cue, first words) of each quote, after the officials extractor."""
    def run(text: str) -> list[Row]:
        article = Article(nlp(text), "test")
        article.results["officials"] = officials.extract(article)
        return [(r["speaker_name"], r["speaker_title"], r["cue"], " ".join(r["text"].split()[:4]))
                for r in quotes.extract(article)]
    return run


def test_nya_cue_goes_to_the_subject_not_to_the_greeter(said: Callable) -> None:
    text = ("Penjabat (Pj) Wali Kota Bogor, Hery Antasari melakukan kunjungan ke kantor Dinas Kependudukan dan Catatan "
            "Sipil (Disdukcapil) Kota Bogor.\n"
            "Kedatangan mantan Kepala BPSDM Provinsi Jabar itu disambut Kepala Disdukcapil Kota Bogor, Ganjar Gunawan "
            "beserta jajaran pada Rabu, 8 Mei 2024.\n"
            "\"Kunjungan ini bagian orientasi dan adaptasi saya sebagai Pj Wali Kota,\" ucapnya.\n"
            "Sementara itu, Kepala Disdukcapil Kota Bogor, Ganjar Gunawan menuturkan bahwa kunjungan ini yang pertama.\n"
            "\"Tahun sebelumnya target ke kami itu 20 persen, sekarang meningkat,\" katanya.")
    assert said(text) == [
        ("Hery Antasari", "Penjabat Wali Kota", "ucap", "Kunjungan ini bagian orientasi"),
        ("Ganjar Gunawan", "Kepala Dinas", "kata", "Tahun sebelumnya target ke"),
    ]


def test_nickname_after_cue_resolves_to_the_official(said: Callable) -> None:
    text = ("Menteri Sosial Saifullah Yusuf atau yang akrab disapa Gus Ipul mengungkap, 40 persen dana bansos diduga "
            "tidak tepat sasaran.\n"
            "\"Selama ini banyak bantuan-bantuan pemerintah, itu ditengarai tidak tepat sasaran,\" kata Gus Ipul.\n"
            "Oleh sebab itu, Gus Ipul mengungkap, Presiden Republik Indonesia Prabowo Subianto telah menerbitkan "
            "Instruksi Presiden (Inpres) Nomor 4 Tahun 2025.\n"
            "\"Maka itu bapak Presiden menerbitkan Inpres nomor 4 Tahun 2025,\" kata dia.")
    assert said(text) == [
        ("Saifullah Yusuf", "Menteri Sosial", "kata", "Selama ini banyak bantuan-bantuan"),
        ("Saifullah Yusuf", "Menteri Sosial", "kata", "Maka itu bapak Presiden"),
    ]


def test_speaker_named_after_a_long_office_or_a_company_post(said: Callable) -> None:
    text = ("\"Hingga bulan September ini, serapan anggaran masih jauh dari targetan,\" ujar Pelaksana Tugas (Plt) "
            "Kasubbag Evaluasi Penyerapan Anggaran, Bagian Administrasi Pembangunan Sekretariat Daerah (Setda) "
            "Kabupaten Bekasi, Widi Mulyawan di Bekasi, Minggu (15/9/2019).\n"
            "\"Kami merupakan pihak swasta pertama yang turut serta dalam pembangunan,\" ungkap Presiden Direktur PT "
            "Metropolitan Land, Tbk. Thomas J Angfendy dalam siaran pers tertulisnya.\n"
            "\"Jarak antara bibir pantai ke jalur jalan tersebut kurang lebih 20 meter,\" kata Wakil Gubernur Jawa "
            "Barat Uu Ruzhanul Ulum saat meninjau lokasi.")
    assert said(text) == [
        ("Widi Mulyawan", "Pelaksana Tugas Kepala Subbagian", "ujar", "Hingga bulan September ini,"),
        ("Thomas J Angfendy", None, "ungkap", "Kami merupakan pihak swasta"),
        ("Uu Ruzhanul Ulum", "Wakil Gubernur", "kata", "Jarak antara bibir pantai"),
    ]


def test_citizen_short_name_completed_and_followed_by_nya(said: Callable) -> None:
    text = ("Sementara itu, Ketua Umum DPN Tani Merdeka, Don Muzakir menyampaikan organisasinya memiliki sejumlah "
            "program.\n"
            "\"Buruh tani adalah masyarakat yang gajinya tak tentu,\" ujar Don.\n"
            "\"Kadang-kadang dijual. Jangan sampai masyarakat tiap tahun minta bantuan,\" lanjutnya.")
    assert said(text) == [
        ("Don Muzakir", None, "ujar", "Buruh tani adalah masyarakat"),
        ("Don Muzakir", None, "lanjut", "Kadang-kadang dijual. Jangan sampai"),
    ]


def test_curly_marks_menurut_and_lost_closing_mark(said: Callable) -> None:
    text = ("Gubernur Jawa Barat Ridwan Kamil melaksanakan peletakan batu pertama pembangunan hotel di Kertajati.\n"
            "Menurut Emil -- sapaan akrab Ridwan Kamil, kawasan Rebana sangat strategis.\n"
            "“Tidak ada kawasan pelabuhan yang berdekatan dengan bandar udara,” katanya.\n"
            "\"Saya yakin pembangunan hotel ini akan membawa kemajuan luar biasa.")
    assert said(text) == [
        ("Ridwan Kamil", "Gubernur", "kata", "Tidak ada kawasan pelabuhan"),
        ("Ridwan Kamil", "Gubernur", None, "Saya yakin pembangunan hotel"),
    ]


def test_each_opening_mark_is_one_quote_and_promo_lines_are_skipped() -> None:
    # gold counts every opening mark as a record, also when the previous paragraph left its quote open
    # (clickid-sindonews-00955, dev2: "Saudara-saudara ..." and "Sesuai dengan visi misi ..." are two quotes)
    text = ("\"Paragraf pertama kutipan yang belum ditutup.\n"
            "\"Paragraf kedua kutipan yang sama,\" ujarnya.\n\n"
            "\"Kutipan baru setelah baris kosong tanpa tanda tutup.\n\n"
            "\"Kutipan lain sesudahnya,\" katanya.\n"
            "Tonton juga video \"Mensos Saifullah Yusuf Tinjau Evakuasi Korban\" di sini:")
    spans = [text[s:e] for s, e in quotes.quote_spans(text)]
    assert spans == [
        "Paragraf pertama kutipan yang belum ditutup.",
        "Paragraf kedua kutipan yang sama,",
        "Kutipan baru setelah baris kosong tanpa tanda tutup.",
        "Kutipan lain sesudahnya,",
    ]


def test_bare_title_description_and_citizen_subject_after_cue(said: Callable) -> None:
    text = ("Gubernur Banten Wahidin Halim meninjau jalan provinsi.\n"
            "\"Kita akan bangun infrastruktur menuju tempat-tempat wisata,\" tegas Gubernur WH saat mendampingi Menteri "
            "Tenaga Kerja.\n"
            "\"Saya melihat ada isu krusial yang penting untuk dibahas,\" ujar anggota Koalisi Iqbal Damanik dalam "
            "diskusi.\n"
            "Menurut Yusrianto, profesi tukang galon ini mulia.\n"
            "\"Alhamdulillah berkat teman-teman semua pesan saya sampai,\" ujarnya.")
    assert said(text) == [
        ("Wahidin Halim", "Gubernur", "tegas", "Kita akan bangun infrastruktur"),
        ("Iqbal Damanik", None, "ujar", "Saya melihat ada isu"),
        ("Yusrianto", None, "ujar", "Alhamdulillah berkat teman-teman semua"),
    ]


def test_speaker_after_an_association_name_with_dan_and_acronym(said: Callable) -> None:
    text = ("\"Kelima proyek itu akan dipresentasikan di Seoul, Korea Selatan,\" ujar Ketua Asosiasi Industri Animasi "
            "dan Kreatif Indonesia (AINAKI) Daryl Wilson di Jakarta, Sabtu, 14 September 2019.")
    assert said(text) == [("Daryl Wilson", None, "ujar", "Kelima proyek itu akan")]


def test_a_paragraph_opening_with_a_cue_closes_the_open_quote(said: Callable) -> None:
    # clickid-kompas-00050: the closing mark was moved to the next line
    text = ("Setelah itu, Pimpinan Rapat Wakil Ketua DPR Fahri Hamzah menanyakan pendapat seluruh anggota dewan yang "
            "hadir setuju atau tidak terkait revisi ketiga UU tentang MD3.\n"
            "\"Apakah pembicaraan tingkat II atau pengambilan keputusan terhadap RUU tentang perubahan ketiga atas UU "
            "nomor 17 tahun 2014 tentang MD3 dapat disetujui menjadi UU?\n"
            "\" tanya Fahri.\n"
            "\"Setuju,\" jawab seluruh anggota dewan yang hadir.")
    assert [(c, w) for _, _, c, w in said(text)] == [("tanya", "Apakah pembicaraan tingkat II"), ("jawab", "Setuju")]
    assert said(text)[0][0] == "Fahri Hamzah"


def test_a_bare_office_with_its_unit_names_its_holder(said: Callable) -> None:
    # clickid-sindonews-02645: "kata Kasat Reskrim" is the Kasat Reskrim named before
    text = ("Kasat Reskrim Polres Tebo AKP Muhammad Ridho Syawaluddin Taufan, yang didampingi Kanit PPA Polres Tebo "
            "menjelaskan bahwa pelaku berhasil mencabuli para korbannya.\n"
            "Selanjutnya, setelah sampai dirumah SGM dan HD langsung diajak oleh pelaku masuk kedalam kamar. \"Dalam "
            "melakukan perbuatan cabul, pelaku menjanjikan akan memberikan nilai yang bagus apabila korban mau menuruti "
            "kemauan pelaku,\" kata Kasat Reskrim, Selasa (17/9/2019).")
    assert [(s, c) for s, _, c, _ in said(text)] == [("Muhammad Ridho Syawaluddin Taufan", "kata")]
    # the same cue in the joined form the press also writes ("kata Kasatreskrim Polres Karawang", clickid-kompas-00840)
    assert [(s, c) for s, _, c, _ in said(text.replace("kata Kasat Reskrim,", "kata Kasatreskrim,"))] == [
        ("Muhammad Ridho Syawaluddin Taufan", "kata")]


def test_the_subject_of_a_reported_view_is_no_speaker(nlp: Language) -> None:
    # clickid-tempo-01303: after "Menurutnya," Jokowi is what Pratikno talks about, not the next speaker
    text = ("Presiden Jokowi telah menandatangani Surat Presiden revisi UU nomor 30 tahun 2002 ke DPR. \"Surpres RUU "
            "KPK sudah ditandatangani oleh bapak presiden dan sudah dikirim ke DPR pagi tadi,\" kata Menteri Sekretaris "
            "Negara Pratikno di Kementerian Sekretariat Negara, Jakarta, kemarin.\n"
            "Pratikno mengatakan daftar inventaris masalah (DIM) yang disampaikan pemerintah dalam surpres itu banyak "
            "merevisi draf RUU tentang KPK yang disusun DPR. Menurutnya, Jokowi bakal menjelaskan secara detail isi "
            "surpres tentang revisi UU KPK itu.")
    article = Article(nlp(text), "test")
    article.results["officials"] = officials.extract(article)
    after = text.index("Menurutnya")
    events = quotes._subject_events(article, quotes._people(article), quotes.quote_spans(text))
    assert [name for pos, name, _ in events if pos > after] == []
    assert "Pratikno" in [name for _, name, _ in events]


def test_nya_cue_before_a_place_is_the_last_speaker(said: Callable) -> None:
    # clickid-tempo-02329 (dev3): "ujarnya saat ditemui di kantornya, Jalan Medan Merdeka Barat" names a street
    text = ("Menteri Perhubungan Budi Karya Sumadi mengatakan kementeriannya belum menerima surat permintaan perubahan "
            "nama bandara.\n"
            "\"Belum (ada usulan). Kan perubahan nama itu diusulkan oleh Pemda,\" ujarnya saat ditemui di kantornya, "
            "Jalan Medan Merdeka Barat, Jakarta, Selasa, 17 September 2019.")
    assert said(text) == [("Budi Karya Sumadi", "Menteri Perhubungan", "ujar", "Belum (ada usulan). Kan")]


def test_a_speaker_with_an_honorific_and_no_office(said: Callable) -> None:
    # clickid-kompas-00049 (corpus): "kata dia" is the doctor who spoke last, not an official named before
    text = ("Tokoh yang telah mengunjungi Habibie antara lain Wakil Presiden Jusuf Kalla.\n"
            "Saat ini, dr Azis Rani mengatakan BJ Habibie masih berada dalam pengawasan ketat.\n"
            "\"Mohon doa dari semua pihak agar beliau segera diberikan kesembuhan,\" kata dia semalam.")
    assert said(text) == [("Azis Rani", None, "kata", "Mohon doa dari semua")]


def test_a_slogan_under_a_promotion_is_no_quote(said: Callable) -> None:
    # detik25-0913 (dev3)
    text = ("\"Kami akan memperluas kepesertaan,\" kata Menteri Sosial Saifullah Yusuf.\n"
            "Saksikan pembahasan lengkapnya hanya di program detikPagi edisi Kamis (12/06/2025).\n"
            "\"Detik Pagi, Jangan Tidur Lagi!\"")
    assert said(text) == [("Saifullah Yusuf", "Menteri Sosial", "kata", "Kami akan memperluas kepesertaan")]


def test_a_description_closed_by_a_demonstrative_is_the_last_speaker(said: Callable) -> None:
    # clickid-sindonews-00425 (corpus)
    text = ("Ketua DPR Bambang Soesatyo mengatakan data pribadi harus dilindungi.\n"
            "\"Tanpa bermaksud menuduh, semua data harus dilindungi,\" kata Bamsoet dalam keterangan tertulis.\n"
            "\"Namun Pasal 26 UU No 11/2008 tentang ITE mensyaratkan bahwa penggunaan setiap data pribadi harus disetujui "
            "pemilik data,\" kata politikus Partai Golkar ini.")
    assert [s for s, *_ in said(text)] == ["Bamsoet", "Bamsoet"]


def test_lowercase_doctor_title_and_a_name_lost_after_the_cue(said: Callable) -> None:
    # clickid-tribunnews-00641 and clickid-tribunnews-00373 (corpus)
    text = ("\"Keluarga yang menunggu semua menantu dan cucu beliau beserta adik-adik Pak Habibie,\" kata dr. Terawan.")
    assert [s for s, *_ in said(text)] == ["Terawan"]
    text = ("Wali Kota Bogor Bima Arya menuturkan, trem dipilih untuk mengurai kemacetan di Kota Bogor.\n"
            "\"Kita mulai tahapan pembangunan trem di Kota Bogor,\" ujar , dalam acara di Balai Kota Bogor.")
    assert [s for s, *_ in said(text)] == ["Bima Arya"]


def test_cue_words_of_hope_claim_and_writing_and_a_closing_demikian(said: Callable) -> None:
    # corpus: clickid-sindonews-02942 ("harap Menag"), clickid-sindonews-00888 ("klaim Poernomo"), okezone-01420
    text = ("Menteri Agama Lukman Hakim Saifuddin membuka Kompetisi Sains Madrasah di Manado.\n"
            "Kepala Dinas Pendidikan Kota Manado Daglan Walangitan turut hadir.\n"
            "\"Dalam ajang ini banyak pula siswa sekolah umum,\" harap Menag.\n"
            "\"Petani harus memahami konsep bisnis berkelanjutan,\" demikian jelas Daglan di Manado.")
    assert [(s, c) for s, _, c, _ in said(text)] == [("Lukman Hakim Saifuddin", "harap"), ("Daglan Walangitan", "jelas")]


def test_a_name_after_the_cue_is_the_speaker_even_before_a_demonstrative(said: Callable) -> None:
    # clickid-wowkeren-02204 (corpus)
    text = ("Penetapan Menpora Imam Nahrawi sebagai tersangka bertepatan dengan disahkannya revisi UU KPK.\n"
            "\"Namun sayang, kekuatan dan kewenangannya dipreteli oleh DPR dan Presiden,\" kata Zaenur saat menanggapi "
            "polemik pengesahan RUU KPK ini.")
    assert [s for s, *_ in said(text)] == ["Zaenur"]


def test_a_subject_after_an_adverbial_opening_and_no_self_naming_in_a_quote(said: Callable) -> None:
    # detik25-0831 (dev4): quotes without a cue go to the Saudi minister, who names his Indonesian counterpart
    text = ("Menteri Haji dan Umrah Republik Indonesia, Mochamad Irfan Yusuf, melakukan kunjungan resmi ke Kementerian "
            "Haji dan Umrah Kerajaan Arab Saudi.\n"
            "Dalam keterangan tertulis yang diterima detikHikmah, Senin (20/10/2025) Menteri Haji dan Umrah Arab Saudi, "
            "Tawfiq F. Al-Rabiah, menyampaikan apresiasi kepada Pemerintah Indonesia.\n"
            "\"Kami menyambut dengan gembira kepada Menteri Haji dan Umrah Indonesia yang mulia Bapak Irfan Yusuf.\"\n"
            "Kementerian Haji dan Umrah RI menegaskan bahwa kolaborasi erat itu penting.\n"
            "\"Kami sepakat dengan Menteri Mochamad Irfan Yusuf untuk terus berkoordinasi.\"")
    assert said(text) == [
        ("Tawfiq F. Al-Rabiah", "Menteri Haji dan Umrah", None, "Kami menyambut dengan gembira"),
        ("Tawfiq F. Al-Rabiah", "Menteri Haji dan Umrah", None, "Kami sepakat dengan Menteri"),
    ]


def test_a_reported_subject_after_a_speech_verb_does_not_speak(said: Callable) -> None:
    # detik25-0863 (dev): Gus Ipul reports what the President did, then goes on speaking
    text = ("Menteri Sosial Saifullah Yusuf (Gus Ipul) mengatakan data harus akurat.\n"
            "Oleh sebab itu, Gus Ipul mengungkap, Presiden Republik Indonesia Prabowo Subianto telah menerbitkan "
            "Instruksi Presiden (Inpres) Nomor 4 Tahun 2025.\n"
            "\"Maka itu bapak Presiden menerbitkan Inpres nomor 4 Tahun 2025,\" kata dia.")
    assert said(text) == [("Saifullah Yusuf", "Menteri Sosial", "kata", "Maka itu bapak Presiden")]


def test_a_passive_cue_names_the_speaker_and_a_passive_subject_does_not_speak(said: Callable) -> None:
    # clickid-tribunnews-00427 (dev4) and detik25-0219 (dev2)
    text = ("\"Pertemuan ini untuk membahas langkah bersama dengan Dinas Pertanian Provinsi,\" demikian dikatakan "
            "Direktur Jenderal Tanaman Pangan Suwandi pada Rapat Percepatan di Bogor, Selasa (10/9/2019).")
    assert said(text) == [("Suwandi", "Direktur Jenderal", "kata", "Pertemuan ini untuk membahas")]
    text = ("Mantan Ketua DPRD Kuantan Singingi, Riau Muslim akhirnya dijebloskan ke penjara.\n"
            "Kasi Intel Kejaksaan Negeri Kuantan Singingi Soenardi mengatakan Muslim ditahan saat penyerahan tersangka.\n"
            "\"MS ditahan saat penyerahan tersangka dan barang bukti atau Tahap 2,\" kata Kasi Intel, Senin (20/10/2025).\n"
            "Muslim ditahan setelah sebelumnya resmi ditetapkan tersangka.\n"
            "\"Ditahan dalam perkara dugaan tindak pidana korupsi,\" katanya.")
    assert [(n, q) for n, _, _, q in said(text)] == [
        ("Soenardi", "MS ditahan saat penyerahan"), ("Soenardi", "Ditahan dalam perkara dugaan")]


def test_an_office_whose_name_was_lost_before_the_cue_is_its_one_holder(said: Callable) -> None:
    # clickid-sindonews-00955 (dev2)
    text = ("Untuk mengisi kekosongan jabatan kepala desa, Wakil Bupati Morowali, Najamudin melantik penjabat kepala "
            "desa.\n"
            "Bertempat di Ruang Rapat Aula Bupati, pelantikan dihadiri Kepala DPMDP3A Alamsyah dan sejumlah Masyarakat.\n"
            "Wakil Bupati Morowali, mengatakan \"Saudara-saudara yang terpilih menjadi kepala desa diharapkan dapat "
            "memberikan komitmen.\n"
            "\"Sesuai dengan visi misi yang telah dirumuskan, ada 7 program.\" Ujar, Najamudin.")
    assert [(n, q) for n, _, _, q in said(text)] == [
        ("Najamudin", "Saudara-saudara yang terpilih menjadi"), ("Najamudin", "Sesuai dengan visi misi")]


def test_a_bracketed_name_after_a_lost_link_and_a_cue_with_oleh(said: Callable) -> None:
    # clickid-tribunnews-01226 (dev5)
    text = ("Presiden , (Jokowi) menerima pimpinan dan anggota , pada Kamis, (19/9/2019), di ,, Jakarta.\n"
            "Hal tersebut disampaikan oleh Ketua BPK, Moermahadi Soerja Djanegara, dalam keterangannya di ,, Kamis.\n"
            "\"Yang WDP itu PU, ,, ,, dan ,. Kalau pemerintah daerah, provinsi itu tinggal dua,\" tuturnya.\n"
            "Presiden , (Jokowi) yang menyampaikan keterangan di saat yang sama mengatakan bersyukur atas opini WTP.\n"
            "\"Kita juga senang bahwa pemerintah pusat sekarang WTP-nya juga sangat meningkat,\" ucapnya.\n"
            "\"Yang paling penting rekomendasi-rekomendasi yang disampaikan akan kita tindak lanjuti,\" kata Presiden "
            "Jokowi.")
    assert [(n, q) for n, _, _, q in said(text)] == [
        ("Moermahadi Soerja Djanegara", "Yang WDP itu PU,"), ("Jokowi", "Kita juga senang bahwa"),
        ("Jokowi", "Yang paling penting rekomendasi-rekomendasi")]


def test_a_bare_office_as_subject_and_a_short_form_of_a_name_after_the_cue(said: Callable) -> None:
    # detik25-0332 and clickid-sindonews-01277 (corpus)
    text = ("Kapolresta Bogor Kota Kombes Pol. Eko Prasetyo mengatakan, miras merupakan pemicu tawuran.\n"
            "\"Pemusnahan ini merupakan periode ketiga,\" ujarnya.\n"
            "Kapolresta menambahkan, sebagian miras yang disita diproduksi secara rumahan.\n"
            "\"Pada periode sebelumnya kami mengamankan ribuan botol,\" katanya.")
    assert [n for n, *_ in said(text)] == ["Eko Prasetyo", "Eko Prasetyo"]
    text = ("Kepala Dinas Pendidikan Kota Bekasi Inayatullah mengatakan mebeler segera didistribusikan.\n"
            "\"Nah 2017 itu, kita sudah berikan meubeler,\" kata Inay.")
    assert [n for n, *_ in said(text)] == ["Inayatullah"]


def test_nickname_given_between_single_hyphens(said: Callable) -> None:
    # clickid-okezone-02531: "Emil -sapaan akrab Ridwan Kamil-" makes Emil a name of the governor
    text = ("Gubernur Jawa Barat (Jabar) Ridwan Kamil mengatakan, sekira 60 persen kawasan industri nasional berada "
            "di Jabar.\n\"Di mana ada kelancaran transportasi, di situlah ada kelancaran pembangunan,\" kata Emil "
            "-sapaan akrab Ridwan Kamil- saat menghadiri upacara peringatan Hari Perhubungan Nasional.\n"
            "\"Itu adalah investasi inovasi yang sedang kami kembangkan, tapi yang terpenting juga kita harus "
            "memotivasi warga itu naik kendaraan transportasi publik,\" tambah Emil.")
    assert said(text) == [
        ("Ridwan Kamil", "Gubernur", "kata", "Di mana ada kelancaran"),
        ("Ridwan Kamil", "Gubernur", "tambah", "Itu adalah investasi inovasi"),
    ]


def test_paragraph_opening_with_menurut_does_not_attribute_the_quote_before(said: Callable) -> None:
    # clickid-wowkeren-02772: "Menurut Irba, Firdaus harus ..." reports about Firdaus; the bare quote is Irba's
    text = ("Mirisnya, Wali Kota Pekanbaru, Firdaus, dikabarkan justru tengah melawat ke Kanada.\n"
            "\"Wali Kota Pekanbaru akan pulang sesuai jadwal yang ada, (yaitu) 21 September,\" ujar pejabat Humas "
            "Pemkot Pekanbaru, Irba Sulaiman, Rabu (18/9). \"Keberangkatannya untuk memenuhi undangan Kementerian "
            "ESDM.\"\n"
            "Menurut Irba, Firdaus harus berangkat ke Kanada demi menjalin kerja sama bisnis.")
    assert said(text) == [
        ("Irba Sulaiman", None, "ujar", "Wali Kota Pekanbaru akan"),
        ("Irba Sulaiman", None, None, "Keberangkatannya untuk memenuhi undangan"),
    ]


def test_speakers_described_before_their_names(said: Callable) -> None:
    # clickid-pos-00191: a degree written without periods ("Iskandar ST"); "menurut pengamat ..., Agus Supriadi,"
    text = ("\"Kalau benar Bobby mau maju di Pilkada Medan, ya tentu saja kita sambut positif,\" kata Ketua DPW "
            "Partai NaDem Sumut, Iskandar ST kepada wartawan.\n"
            "Munculnya nama Bobby Nasution, Ihwan Ritonga, dan Dahnil Anzar Simanjuntak, menurut pengamat politik dari "
            "Universitas Sumatera Utara (USU), Agus Supriadi, memungkinkan peta politik saat Pilpres 2019 lalu akan "
            "berimbas di Pilkada Medan.\n"
            "\"Kalau kita mau apple to apple secara riil antara tiga orang itu,\" ujarnya menjawab Sumut Pos.")
    assert said(text) == [
        ("Iskandar", None, "kata", "Kalau benar Bobby mau"),
        ("Agus Supriadi", None, "ujar", "Kalau kita mau apple"),
    ]


def test_subject_after_an_untitled_description_speaks(said: Callable) -> None:
    # clickid-kompas-00384: "Sementara itu Koordinator Staf Khusus Satgas 115 Mas Achmad Santosa menambahkan"
    text = ("\"Ini nanti saya akan berkoordinasi dengan Kemenlu terkait hal ini,\" kata Susi di Jakarta.\n"
            "Sementara itu Koordinator Staf Khusus Satgas 115 Mas Achmad Santosa menambahkan, garis-garis tersebut "
            "adalah batasan yang telah disepakati oleh Indonesia Vietnam sejak tahun 2003.\n"
            "\"Jadi 91 persen kapal Vietnam tertangkap oleh aparat penegak hukum kita,\" kata pria yang kerap disapa "
            "Ota itu, di kesempatan yang sama.")
    assert said(text) == [
        ("Susi", None, "kata", "Ini nanti saya akan"),
        ("Achmad Santosa", None, "kata", "Jadi 91 persen kapal"),
    ]


def test_speakers_without_office_named_by_a_titled_run_or_only_by_the_ner(said: Callable) -> None:
    # clickid-sindonews-02707 (corpus): an office the gazetteer cannot close, then its holder, speaks
    text = ("\"Kami ingin ada perpres yang khusus terkait proyek ini,\" ujar Kepala Perwakilan Indonesia Thorcon "
            "International Bob S Effendi.\n"
            "Pada kesempatan yang sama, Kepala P3Tek KEBTKE Sujatmiko mengatakan bahwa terkait regulasi nanti akan "
            "dibahas bersama-sama.\n"
            "\"Nanti Menko Maritim akan mengoordinasikan terkait regulasi tersebut,\" tandasnya.")
    assert [s for s, *_ in said(text)] == ["Thorcon International Bob S Effendi", "Sujatmiko"]
    # clickid-tempo-02219 (corpus): no cue names him, only the NER model tags him as a person
    text = ("Anggota komite Badan Pengatur Hilir Minyak dan Gas Bumi (BPH Migas) Dinas ESDM propinsi Jabar, Ir Suryono "
            "pada wartawan, Jumat, 13 September 2019, mengatakan sejumlah wilayah di Cianjur mengalami kekeringan.\n"
            "\"Saat ini empat sumur bor bantuan yang sudah terselesaikan,\" katanya.")
    assert said(text) == [("Suryono", None, "kata", "Saat ini empat sumur")]


def test_an_agency_speaks_when_the_article_names_no_person(nlp: Language) -> None:
    # detik25-0304 (dev6): a post of the Dinas quoted; "Jalan Kejaksaan" is a street, the agency inside the quote
    # speaks for nobody
    text = ("Akses menuju jembatan di Jalan Kejaksaan, Kota Medan, ditutup mulai hari ini.\n"
            "Hal itu diketahui dari unggahan di Instagram Dinas SDABMBK Medan.\n"
            "\"Sehubungan dengan pekerjaan perbaikan jembatan di Jalan Kejaksaan, Kecamatan Medan Petisah, arus lalu "
            "lintas akan dialihkan sementara,\" tertulis dalam unggahan yang dilihat, Minggu (19/10/2025).\n"
            "Pemkot Medan meminta maaf kepada masyarakat atas ketidaknyamanan selama pengerjaan.\n"
            "\"Mohon maaf atas ketidaknyamanan selama pekerjaan berlangsung,\" imbuhnya.")
    article = Article(nlp(text), "test")
    article.results["officials"] = officials.extract(article)
    article.results["orgs"] = orgs.extract(article)
    assert [r["speaker_name"] for r in quotes.extract(article)] == ["Dinas SDABMBK", "Dinas SDABMBK"]


def test_speakers_without_office_after_an_official_spoke(said: Callable) -> None:
    # clickid-pos-00191 (corpus): a party chair and a politician, no officials, open the sentences before the quotes
    text = ("Ketua DPC PDI Perjuangan Kota Medan, Hasyim juga menyambut positif soal bakal majunya Bobby Nasution di "
            "Pilkada Medan.\n"
            "\"Sekarang kan memang sudah saatnya yang muda yang berbuat dan memimpin,\" katanya.\n"
            "Sementara itu, Dahnil Anzar Simanjuntak masih malu-malu ketika ditanya apakah sudah mendapat restu "
            "Prabowo Subianto untuk bertarung di Pilkada Medan 2020.\n"
            "\"Insya Allah,\" katanya melalui layanan pesan singkat ketika dikonfirmasi.")
    assert [s for s, *_ in said(text)] == ["Hasyim", "Dahnil Anzar Simanjuntak"]
    # clickid-tempo-01975 (corpus): "Said Agil" is a misspelling of the speaker named before
    text = ("\"Rapat pleno ini amanah AD/ART Nahdlatul Ulama,\" kata Ketua Umum PBNU Said Aqil Siradj dalam konferensi "
            "pers.\n"
            "Pada kesempatan itu, Said Agil juga menyatakan kalau saat ini Nahdlatul Ulama sudah mempunyai kader yang "
            "dihormati.\n"
            "\"Sekarang kita punya kader yg dihormati,\" kata dia.")
    assert [s for s, *_ in said(text)] == ["Said Aqil Siradj", "Said Aqil Siradj"]


def test_speaker_closing_a_capitalised_run_before_a_speech_verb(said: Callable) -> None:
    # clickid-tempo-02215 (corpus): the run ends "Silvyanne Purba", not just "Purba"
    text = ("Juru bicara PT Kereta Commuter Indonesia (KCI) Silvyanne Purba mengatakan, secara garis besar, jumlah "
            "harian tersebut mengalami peningkatan 7,4 persen dibanding jumlah rata-rata harian penumpang sepanjang "
            "tahun 2019. \"Sepanjang 2019 tercatat rata-rata penumpang harian sejumlah 913.072 orang,\" ujarnya.")
    assert [s for s, *_ in said(text)] == ["Silvyanne Purba"]
    # clickid-sindonews-02165 (dev): an office, a consulate and its city, then the name; a foreign city the gazetteer
    # does not know stays before it (a longer form of the name, which the scorer accepts)
    text = ("Staf Teknis Haji Kantor Urusan Haji (KUH) KJRI Jeddah Endang Djumali menambahkan, pencabutan aturan visa "
            "progresif diumumkan oleh Wakil Menteri Haji dan Umrah Arab Saudi, Sulaiman Al Massaath melalui konferensi "
            "pers yang disiarkan Saudi Press Agency, Selasa (10/9/2019) pukul 16.00 WAS.\n"
            "\"Pensosbud KJRI juga sudah mengkonfirmasi pemberlakuan aturan baru ini,\" katanya.")
    assert [s for s, *_ in said(text)] == ["Jeddah Endang Djumali"]


def test_a_narrated_subject_does_not_take_the_quote_of_the_last_speaker(said: Callable) -> None:
    # clickid-tempo-01984 (corpus): Imam sits in the ambulance after an adverbial; Sanudin tells the story
    text = ("\"Semua korban yang di dalam mobil itu rinciannya lima orang dan satu jenazah sehingga totalnya ada enam,\" "
            "kata Sanudin, ketua RT 01 RW 05 Perumahan Griya Serpong Asri, Jumat 20 September 2019.\n"
            "Dia menerangkan kalau tiga tetangganya bermaksud mengantarkan jenazah Waldono, juga warga setempat, ke "
            "Klaten, Jawa Tengah. Sanudin menceritakan, ketika itu ambulans sebenarnya sedang iring-iringan bersama "
            "tiga mobil lainnya.\n"
            "Di dalam ambulans, Imam duduk di depan karena berperan sebagai pengganti sopir. \"Di tengah perjalanan "
            "ambulans yang dikemudikan Satimun menabrak dump truck tepatnya di Jalan Tol Pejagan-Pemalang KM 300+400, "
            "seluruh penumpang ambulans pun meninggal semua,\" katanya.")
    assert [s for s, *_ in said(text)] == ["Sanudin", "Sanudin"]
