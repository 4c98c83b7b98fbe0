"""`jejak browse`: Datasette over the export, and a person searching it in headless Chromium."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from pipeline.browse import datasette_command, needs_export
from pipeline.export import export

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


def test_datasette_listens_on_this_machine_and_opens_the_export_read_only(tmp_path: Path) -> None:
    db = tmp_path / "jejak.db"
    cmd = datasette_command(db, "127.0.0.1", 8123)
    assert cmd[:4] == [sys.executable, "-m", "datasette", "serve"]
    assert cmd[cmd.index("--immutable") + 1] == str(db)
    assert cmd[cmd.index("--metadata") + 1] == str(tmp_path / "jejak.metadata.json")
    assert cmd[cmd.index("--host") + 1] == "127.0.0.1" and cmd[cmd.index("--port") + 1] == "8123"
    assert "--open" not in cmd and datasette_command(db, "127.0.0.1", 8123, open_browser=True)[-1] == "--open"


def test_export_is_redone_only_when_missing_or_stale(seed_dataset: Path, tmp_path: Path) -> None:
    db = tmp_path / "jejak.db"
    assert needs_export(seed_dataset, db)
    export(seed_dataset, "sqlite", db)
    assert not needs_export(seed_dataset, db)
    os.utime(db, (0, 0))
    assert needs_export(seed_dataset, db)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for(url: str, proc: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"jejak browse exited with {proc.returncode}: {proc.stderr.read()}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"{url} did not answer in {seconds} s")


@pytest.mark.browser
def test_a_reader_finds_hery_antasaris_visit_in_the_browser(seed_dataset: Path, tmp_path: Path) -> None:
    """Start `jejak browse`, search the visits for "hery" in Chromium, see his dated visit.

    Set JEJAK_SCREENSHOT=1 to refresh docs/browse.png (the README's picture) from this page.
    """
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "pipeline.cli", "browse", "--dataset", str(seed_dataset),
         "--db", str(tmp_path / "jejak.db"), "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO)
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--window-size=1440,900", f"--user-data-dir={tmp_path / 'chromium'}"):
        options.add_argument(flag)
    driver = None
    try:
        _wait_for(f"http://127.0.0.1:{port}/-/versions.json", server)
        driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
        driver.set_page_load_timeout(30)
        driver.get(f"http://127.0.0.1:{port}/jejak/visits")
        assert "visits" in driver.title
        search = driver.find_element(By.NAME, "_search")
        search.send_keys("hery")
        search.submit()
        WebDriverWait(driver, 20).until(ec.url_contains("_search=hery"))
        rows = WebDriverWait(driver, 20).until(
            ec.presence_of_all_elements_located((By.CSS_SELECTOR, "table.rows-and-columns tbody tr")))
        cells = [{td.get_attribute("class").split()[0].removeprefix("col-"): td.text
                  for td in row.find_elements(By.TAG_NAME, "td")} for row in rows]
        assert cells and {c["visitor_name"] for c in cells} == {"Hery Antasari"}
        assert any(re.fullmatch(r"\d{4}-\d{2}-\d{2}", c["visit_date"]) for c in cells)
        driver.execute_script("const box = document.getElementsByName('_search')[0].getBoundingClientRect();"
                              "window.scrollTo(0, box.top + window.scrollY - 120);")
        shot = REPO / "docs" / "browse.png" if os.environ.get("JEJAK_SCREENSHOT") else tmp_path / "browse.png"
        driver.save_screenshot(str(shot))
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    finally:
        if driver is not None:
            driver.quit()
        server.terminate()
        server.wait(timeout=10)
