"""Every named boilerplate rule, each on a real line from the seeds or the shared corpus."""

from __future__ import annotations

from collections import Counter

import pytest

from pipeline.clean.boilerplate import RULE_NAMES, strip_boilerplate

BODY = "Hery pun mengapresiasi semangat teman-teman Disdukcapil yang terus terjaga semangat kerjanya dalam melayani masyarakat sipil."

# (rule, scraped text, text that must remain, lines the rule removes); BODY is a real body line of seed 002.
CASES = [
    ("read_also", f"Baca Juga : Ungkap Kasus Pelaku Penyerangan Petugas SPBU di Klapanunggal Bogor\n{BODY}", BODY, 1),
    ("read_also", f"{BODY}\n,,,,,,,,,,,,,,,,Baca Juga :", BODY, 1),
    ("read_also", "Baca juga:,,JPU mendakwa Habil Marati juga sebagai penyandang dana pembelian senjata ilegal.",
     "JPU mendakwa Habil Marati juga sebagai penyandang dana pembelian senjata ilegal.", 1),
    ("read_also", "Baca Juga :,,Baca Juga :,,KPK telah menetapkan Sekretaris Daerah (Sekda) non-aktif Pemprov Jawa Barat (Jabar).",
     "KPK telah menetapkan Sekretaris Daerah (Sekda) non-aktif Pemprov Jawa Barat (Jabar).", 1),
    ("read_also", "Baca juga: Elza Syarief, Pembela Keluarga Cendana hingga Dibuat Malu Nikita,,Menurut rencana besarnya kenaikan iuran BPJS.",
     "Menurut rencana besarnya kenaikan iuran BPJS.", 1),
    ("read_also", "Untuk menghadapi pertandingan di babak kualifikasi Piala Asia U-16 2020 itu, Bima Sakti telah memanggil 23 pemain memperkuat timnas. (Baca juga: ,), ,",
     "Untuk menghadapi pertandingan di babak kualifikasi Piala Asia U-16 2020 itu, Bima Sakti telah memanggil 23 pemain memperkuat timnas.", 1),
    ("read_more", f"{BODY}\nSeperti apa profil Johan Budi, baca selengkapnya:", BODY, 1),
    ("read_also", "Jasad ditemukan pada 12:15 waktu Hanoi pada hari Rabu dan dilihat oleh AFP. (Baca juga: SMS Menyayat Hati Terduga Korban "
                  "'Kontainer 39 Mayat' di Inggris) Polisi menyebut.",
     "Jasad ditemukan pada 12:15 waktu Hanoi pada hari Rabu dan dilihat oleh AFP. Polisi menyebut.", 1),
    ("read_also", "Jawaban untuk pertanyaan ini terletak pada cara kulit kita berfungsi, seperti yang dilansir Boldsky,"
                  "[bacajuga:Baca Juga](3809787 3617927 4052322),Kulit kita melepaskan sel-sel kulit mati.",
     "Jawaban untuk pertanyaan ini terletak pada cara kulit kita berfungsi, seperti yang dilansir Boldsky\n"
     "Kulit kita melepaskan sel-sel kulit mati.", 1),
    ("read_also", "Untuk diketahui, berikut isi Pasal 418 di RKHUP:,Baca Juga :,,,Laki-laki yang bersetubuh dengan seorang perempuan.",
     "Untuk diketahui, berikut isi Pasal 418 di RKHUP:\nLaki-laki yang bersetubuh dengan seorang perempuan.", 1),
    ("read_also", "Kenaikan iuran itu bisa membuat para peserta BPJS Kesehatan berbondong-bondong pindah ke kelas lebih rendah. "
                  "Apa sebabnya? Baca selengkapnya di ,Jika Anda merupakan peserta.",
     "Kenaikan iuran itu bisa membuat para peserta BPJS Kesehatan berbondong-bondong pindah ke kelas lebih rendah. Apa sebabnya?\n"
     "Jika Anda merupakan peserta.", 1),
    ("scroll_prompt", f"SCROLL TO CONTINUE WITH CONTENT\n{BODY}\nSCROLL TO RESUME CONTENT", BODY, 2),
    ("advertisement", f"ADVERTISEMENT\nads\n{BODY}\nloading...", BODY, 3),
    ("advertisement", 'Karena memang kasus di Polsek, ada hambatan dan kendala," ujarnya. (trb),,,loading...',
     'Karena memang kasus di Polsek, ada hambatan dan kendala," ujarnya. (trb)', 1),
    ("video_embed", f"{BODY}\nSimak juga Video: Menkeu Pangkas Proyeksi Pertumbuhan Ekonomi RI Jadi 4,7-5%\n[Gambas:Instagram]\nSaksikan Live Detikpagi :", BODY, 3),
    ("video_embed", f"{BODY}\nSaksikan LiveDetikpagi:\n'Lihat juga Video: Food Vlogger Codeblu Diperiksa soal Dugaan Pelanggaran UU ITE'", BODY, 2),
    ("video_embed", "Simak video ubahan pada New Toyota Calya:,Penggunaan rear air-circulator sendiri juga bisa dipahami sebagai alternatif prinsipal menekan ongkos produksi mobil murah atau LCGC.",
     "Penggunaan rear air-circulator sendiri juga bisa dipahami sebagai alternatif prinsipal menekan ongkos produksi mobil murah atau LCGC.", 1),
    ("share_row", f"facebook twitter whatsapp telegram line copy\nfacebook icon twitter icon whatsapp icon telegram icon line icon copy\n{BODY}", BODY, 2),
    ("url_copied", f"URL berhasil dicopy\n{BODY}", BODY, 1),
    ("photo_credit", f"Foto : ANTARA/HO-Humas Pemkot Bogor\n\nPj Wali Kota Bogor Hery Antasari.\n\n{BODY}", BODY, 1),
    ("photo_credit", "Foto: Instagram nikitamirzanimawardi_17,Laura Meizani Nasseru Asry yang biasa disapa Lolly adalah anak dari artis/selebriti Nikita Mirzani.",
     "Laura Meizani Nasseru Asry yang biasa disapa Lolly adalah anak dari artis/selebriti Nikita Mirzani.", 1),
    ("caption", f"Foto : ANTARA/HO-Humas Pemkot Bogor\n\nPj Wali Kota Bogor Hery Antasari.\n\n{BODY}", BODY, 1),
    ("font_widget", f"A A A Pengaturan Font\n{BODY}", BODY, 1),
    ("article_nav", f"{BODY}\nYou may also like\nMore in Featured", BODY, 2),
    ("byline_stub", f"- Jurnalis\n{BODY}\nadmin", BODY, 2),
    ("byline_stub", "Penulis: ,Saat ini masyarakat terus mendesak DPR RI untuk mengesahkan , yang dinilai tidak layak.",
     "Saat ini masyarakat terus mendesak DPR RI untuk mengesahkan , yang dinilai tidak layak.", 1),
    ("tag_strip", f"FeaturedInfokuPemerintahanRelationships\n{BODY}", BODY, 1),
    ("menu", "Nasional Mondial Ekonomi Megapolitan Olahraga Rona The Alun-Alun Kupas Splash Wisata Perspektif Wawancara Edisi Weekend Foto Video Infografis\n" + BODY, BODY, 1),
    ("widget_residue", f"{BODY}\n()\nTop\n0", BODY, 3),
    ("subscription", f"{BODY}\nBerlangganan untuk dapatkan pos terbaru lewat email.\n"
                     "Follow WhatsApp Channel rakyatbekasi.com untuk update berita terbaru setiap hari Follow", BODY, 2),
    ("photo_credit_caps", f"{BODY}\nANWAR SISWADI", BODY, 1),
    ("slogan", "Selama hubungan intim dilakukan secara rileks, ini akan memberi banyak manfaat., ,#GrowFearless with FIMELA",
     "Selama hubungan intim dilakukan secara rileks, ini akan memberi banyak manfaat.", 1),
    ("related_block", f"{BODY}\n\nBerita Terkait\n\nMinggu, 26 Oktober 2025 - 13:09 WIB\n\n"
                      "Serapan Anggaran Kota Bekasi Baru 50,70% di Akhir Oktober, BPKAD Desak OPD Genjot Belanja", BODY, 3),
    ("comments", f"{BODY}\n\nKomentar\n\nKomentar\n()\n\nTop", BODY, 4),
    ("explore_more", f"{BODY}\n\nEksplorasi konten lain dari RakyatBekasi.Com\n\nLanjutkan membaca", BODY, 2),
    ("article_nav_block", f"{BODY}\n\nDisdik Gercep Tindaklanjuti Kasus Kekerasan pada Siswa SMP Kota Bandung\n\nPrevious article\n\n"
                          "Dalam Tausiahnya, Kang Erwin Menekankan Pentingnya Menyambut Bulan Ramadan\n\nNext article", BODY, 4),
    ("republished_note", f"{BODY}\nArtikel ini telah tayang di Kompas.com dengan judul \"Koleksi Pakaian Ibu Hamil Reebok, Bisa Sesuaikan Ukuran Perut\"", BODY, 1),
    ("republished_note", f"{BODY}\nArtikel ini telah tayang diCNN Indonesia.", BODY, 1),
    ("repeated_caption", f"Kantor Wali Kota Bekasi.\n\nKantor Wali Kota Bekasi.\n\n{BODY}", BODY, 2),
    ("repeated_paragraph", "Heru mengenang, Habibie adalah sosok insinyur Indonesia yang banyak mendapat gelar kehormatan dari sejumlah organisasi insinyur di dunia.\n"
                           f"{BODY}\nHeru mengenang, Habibie adalah sosok insinyur Indonesia yang banyak mendapat gelar kehormatan dari sejumlah organisasi insinyur di dunia.",
     f"Heru mengenang, Habibie adalah sosok insinyur Indonesia yang banyak mendapat gelar kehormatan dari sejumlah organisasi insinyur di dunia.\n{BODY}", 1),
]


@pytest.mark.parametrize(("rule", "scraped", "kept", "removed"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_rule_removes_only_its_lines(rule: str, scraped: str, kept: str, removed: int) -> None:
    text, counts = strip_boilerplate(scraped)
    assert text.replace("\n\n", "\n") == kept
    assert counts[rule] == removed


def test_every_named_rule_is_covered() -> None:
    assert {c[0] for c in CASES} == set(RULE_NAMES)


@pytest.mark.parametrize("line", [
    "Video berjudul , yang berdurasi sekitar 48 detik itu telah ditonton sebanyak 29.801 kali.",
    "Tagar tersebut telah digunakan lebih dari 16.000 kali dan menempati urutan kedua , Twitter Indonesia.",
    "Dukung UMKM Pangan Lokal Lewat Program DAMPING",
    "Pengawasan Judi",
    '"Iya," jawab pria tersebut sambil terlihat takut.',
])
def test_body_lines_that_look_like_boilerplate_stay(line: str) -> None:
    assert strip_boilerplate(line) == (line, Counter())


def test_long_line_after_a_credit_word_is_body_and_quick() -> None:
    # A 27-word line starting "Foto:" made the old photo_credit pattern backtrack exponentially
    # (minutes); a credit is at most 25 words, so this line is body text.
    line = ("Foto: Peter Yeung dari BBC mencatat bahwa karena terbuat dari lumpur, tentu saja Masjid Agung ini butuh "
            "perawatan khusus, setidaknya supaya tidak runtuh ketika musim hujan tiba.")
    assert len(line.split()) > 25
    assert strip_boilerplate(line) == (line, Counter())
