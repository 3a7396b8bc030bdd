"""The built docs site: offline assets, its address, which tables get which styling, and,
in headless Chromium, that no table column or code line is cut at 1280 and 400 px.

Needs the docs extra (mkdocs); the layout tests also need Chromium, and skip without it
unless TALON_REQUIRE_BROWSER=1 (scripts/check --all, what CI runs, sets it).
"""

from __future__ import annotations

import functools
import html
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any, Dict, Iterator, List

import pytest
from conftest import ROOT

pytestmark = pytest.mark.docs_build

SUB_PATH_URL = "https://docs.example.com/talon_models/"
PROPERTY_COLUMNS = ["Name", "Type", "Description", "Notes"]
# The pages with wide tables or long code lines, and every model page.
LAYOUT_PAGES = [
    "performance",
    "reliability",
    "cli",
    "schema",
    "differences",
    "guides/session-states",
    "guides/payloads",
    "guides/validation",
    *sorted("models/" + page.stem for page in (ROOT / "docs" / "models").glob("*.md")),
]


@pytest.fixture(scope="module")
def site() -> Iterator[Path]:
    """The site, built strictly once for these tests, for hosting under a sub-path."""
    folder = Path(tempfile.mkdtemp())
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(folder)],
        cwd=str(ROOT),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=dict(os.environ, NO_MKDOCS_2_WARNING="1", TALON_DOCS_URL=SUB_PATH_URL),
        check=False,
    )
    assert result.returncode == 0, result.stdout
    yield folder
    shutil.rmtree(str(folder))


def _pages(site: Path) -> List[Path]:
    return sorted(site.rglob("*.html"))


def test_site_loads_nothing_from_the_web(site: Path) -> None:
    """No web fonts, and every stylesheet and script comes from the site itself."""
    for path in _pages(site) + sorted(site.rglob("*.css")):
        text = path.read_text("utf-8")
        assert "fonts.googleapis.com" not in text and "fonts.gstatic.com" not in text, path
    for path in _pages(site):
        text = path.read_text("utf-8")
        assets = re.findall(r'<link rel="stylesheet" href="([^"]+)"', text) + re.findall(r'<script src="([^"]+)"', text)
        assert assets, path
        outside = [asset for asset in assets if "//" in asset and not asset.startswith(SUB_PATH_URL)]
        assert outside == [], path


def test_sitemap_and_404_page_use_the_site_address(site: Path) -> None:
    """Under a sub-path, the sitemap lists full addresses there and the 404 page finds its styles."""
    locations = re.findall(r"<loc>([^<]+)</loc>", (site / "sitemap.xml").read_text("utf-8"))
    assert SUB_PATH_URL + "models/CartItem/" in locations
    assert all(location.startswith(SUB_PATH_URL) for location in locations)
    missing = (site / "404.html").read_text("utf-8")
    stylesheets = re.findall(r'<link rel="stylesheet" href="([^"]+)"', missing)
    assert stylesheets and all(href.startswith("/talon_models/") for href in stylesheets)


def test_property_styling_applies_to_property_tables_only(site: Path) -> None:
    """Every generated property table, and nothing else, sits in div.properties, whose
    narrow-screen labels are the table's own column names."""
    for path in _pages(site):
        text = path.read_text("utf-8")
        for block in re.findall(r'<div class="properties">(.*?)</table>', text, re.DOTALL):
            assert re.findall(r"<th>([^<]*)</th>", block) == PROPERTY_COLUMNS, path
        headers = re.findall(r"<thead>\s*<tr>(.*?)</tr>", text, re.DOTALL)
        property_headers = [h for h in headers if re.findall(r"<th>([^<]*)</th>", h) == PROPERTY_COLUMNS]
        assert len(property_headers) == text.count('<div class="properties">'), path
    css = (ROOT / "docs" / "assets" / "stylesheets" / "extra.css").read_text("utf-8")
    labels = re.findall(r'td:nth-child\((\d)\)::before \{\s*content: "([^"]+)"', css)
    assert [label for _, label in sorted(labels)] == PROPERTY_COLUMNS
    column_rules = [line for line in css.splitlines() if "td:nth-child" in line]
    assert column_rules and all(".properties" in line for line in column_rules)


# A page that opens each layout page in a frame as wide as the window being tried, and,
# once a frame has loaded, lists every code block whose lines do not fit, every table
# that scrolls sideways and every table cell that reaches past the frame; then writes
# the lists into itself for --dump-dom to print. One browser run measures every page.
HARNESS = """<!doctype html>
<html><body>
<script>
var pages = %(pages)s, widths = %(widths)s, report = {}, pending = pages.length * widths.length;

function measure(doc) {
  var cut = [], width = doc.documentElement.clientWidth;
  doc.querySelectorAll(".md-content pre > code").forEach(function (code) {
    if (code.scrollWidth > code.clientWidth + 1) cut.push(["code", code.textContent.slice(0, 60)]);
  });
  doc.querySelectorAll(".md-content .md-typeset__scrollwrap").forEach(function (wrap) {
    var kind = wrap.closest(".properties") ? "property table" : "table";
    var head = wrap.querySelector("th, td");
    if (wrap.scrollWidth > wrap.clientWidth + 1) cut.push([kind, head ? head.textContent : ""]);
    wrap.querySelectorAll("td, th").forEach(function (cell) {
      if (cell.getBoundingClientRect().right > width + 1) cut.push([kind + " cell", cell.textContent.slice(0, 60)]);
    });
  });
  return cut;
}

widths.forEach(function (width) {
  report[width] = {};
  pages.forEach(function (page) {
    var frame = document.createElement("iframe");
    frame.width = width;
    frame.height = 900;
    frame.onload = function () {
      setTimeout(function () {
        report[width][page] = measure(frame.contentDocument);
        if (--pending === 0) {
          var out = document.createElement("pre");
          out.id = "layout-report";
          out.textContent = JSON.stringify(report);
          document.body.appendChild(out);
        }
      }, 500);
    };
    frame.src = page + "/";
    document.body.appendChild(frame);
  });
});
</script>
</body></html>
"""


def _chromium() -> str:
    found = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        if os.environ.get("TALON_REQUIRE_BROWSER") == "1":
            pytest.fail("Chromium is required (TALON_REQUIRE_BROWSER=1) but was not found")
        pytest.skip("Chromium not found: the layout is not measured here (scripts/check --all installs it)")
    return found


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def layout(site: Path) -> Dict[str, Dict[str, List[List[str]]]]:
    """What is cut on each layout page, by window width ("1280", "400")."""
    chromium = _chromium()
    (site / "layout-harness.html").write_text(
        HARNESS % {"pages": json.dumps(LAYOUT_PAGES), "widths": json.dumps([1280, 400])}, "utf-8"
    )
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    profile = tempfile.mkdtemp()
    try:
        result = subprocess.run(
            [
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile,
                "--window-size=1400,900",
                "--virtual-time-budget=30000",
                "--dump-dom",
                "http://127.0.0.1:%d/layout-harness.html" % server.server_address[1],
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            timeout=300,
            check=False,
        )
    finally:
        server.shutdown()
        server.server_close()
        shutil.rmtree(profile, ignore_errors=True)
    match = re.search(r'<pre id="layout-report">(.*?)</pre>', result.stdout, re.DOTALL)
    assert match is not None, "the harness wrote no layout report"
    report: Dict[str, Dict[str, List[List[str]]]] = json.loads(html.unescape(match.group(1)))
    assert {width: sorted(pages) for width, pages in report.items()} == {
        "1280": sorted(LAYOUT_PAGES),
        "400": sorted(LAYOUT_PAGES),
    }
    return report


def test_nothing_is_cut_at_1280_px(layout: Dict[str, Dict[str, List[List[str]]]]) -> None:
    """At a desktop width every table shows every column, and every code line shows whole."""
    assert {name: cut for name, cut in layout["1280"].items() if cut} == {}


def test_property_tables_and_code_show_whole_at_400_px(layout: Dict[str, Dict[str, List[List[str]]]]) -> None:
    """On a phone, property tables stack their rows and code wraps: nothing is cut. (Other
    tables may scroll sideways there, which the theme offers with a visible scroll bar.)"""
    cut = {
        name: [part for part in parts if part[0] != "table" and part[0] != "table cell"]
        for name, parts in layout["400"].items()
    }
    assert {name: parts for name, parts in cut.items() if parts} == {}
