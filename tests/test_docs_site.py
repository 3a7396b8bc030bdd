"""The built docs site: offline assets, its address, which tables get which styling, and,
in headless Chromium at 1280 and 400 px, that no table column is cut and that code keeps
its lines: never wrapped, scrolled sideways in its own block (never the page), and never
under the copy button.

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
from typing import Any, Dict, Iterator, List, Tuple

import pytest
from conftest import ROOT

from talon_models._registry import MODELS

pytestmark = pytest.mark.docs_build

SUB_PATH_URL = "https://docs.example.com/talon_models/"
PROPERTY_COLUMNS = ["Name", "Type", "Description", "Notes"]
# The pages with wide tables or long code lines, and every model page.
LAYOUT_PAGES = [
    "index",
    "guides/embedding",
    "performance",
    "reliability",
    "cli",
    "schema",
    "differences",
    "guides/session-states",
    "guides/payloads",
    "guides/validation",
    *("models/" + name for name in MODELS),  # hand-written and generated alike
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


# A page that opens each layout page in a frame as wide as the window being tried and,
# once a frame has loaded, lists what is cut or covered there: a code block whose lines
# wrap, reach past the page or sit under its copy button; a page that scrolls sideways;
# a table that scrolls sideways, a table cell that reaches past the frame, and a cell
# that cannot be scrolled into view inside its table's own scroll box. It also counts what
# it looked at, so a test can tell a clean page from one that had nothing to measure.
# Then it writes the report into itself for --dump-dom to print: one browser run
# measures every page.
HARNESS = """<!doctype html>
<html><body>
<script>
var pages = %(pages)s, widths = %(widths)s, report = {}, pending = pages.length * widths.length;

function textRects(doc, node) {
  var range = doc.createRange();
  range.selectNodeContents(node);
  return Array.prototype.filter.call(range.getClientRects(), function (rect) { return rect.width > 0; });
}

function overlap(a, b) {
  return a.left < b.right - 1 && a.right > b.left + 1 && a.top < b.bottom - 1 && a.bottom > b.top + 1;
}

function measureCode(doc, win, width, cut, counts) {
  doc.querySelectorAll(".md-content pre > code").forEach(function (code) {
    var style = win.getComputedStyle(code), head = code.textContent.slice(0, 60);
    var lines = code.textContent.replace(/\\n$/, "").split("\\n").length;
    var height = code.scrollHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    counts.code += 1;
    if (Math.round(height / parseFloat(style.lineHeight)) > lines) cut.push(["code wrapped", head]);
    if (code.getBoundingClientRect().right > width + 1) cut.push(["code past the page", head]);
    if (code.scrollWidth > code.clientWidth + 1) {
      counts.scrolling += 1;  // its own scroll bar shows the rest
      if (["auto", "scroll"].indexOf(style.overflowX) < 0) cut.push(["code hidden", head]);
    }
    var nav = code.parentNode.querySelector(".md-code__nav");
    if (nav) {
      counts.buttons += 1;
      var button = nav.getBoundingClientRect(), texts = textRects(doc, code);
      var title = code.parentNode.previousElementSibling;
      if (title && title.classList.contains("filename")) texts = texts.concat(textRects(doc, title));
      if (texts.some(function (rect) { return overlap(rect, button); })) cut.push(["copy button over text", head]);
    }
  });
}

function measureTables(doc, width, cut, counts) {
  doc.querySelectorAll(".md-content .md-typeset__scrollwrap").forEach(function (wrap) {
    var kind = wrap.closest(".properties") ? "property table" : "table";
    var head = wrap.querySelector("th, td"), frame = wrap.getBoundingClientRect();
    if (wrap.scrollWidth > wrap.clientWidth + 1) cut.push([kind, head ? head.textContent : ""]);
    var headers = Array.prototype.map.call(wrap.querySelectorAll("thead th"), function (th) { return th.textContent; });
    var ratio = headers.findIndex(function (text) { return text.indexOf("\\u00f7") >= 0; });
    wrap.querySelectorAll("td, th").forEach(function (cell) {
      var box = cell.getBoundingClientRect(), text = cell.textContent.slice(0, 60);
      if (box.right > width + 1) cut.push([kind + " cell", text]);
      // Where the cell is in the scroll box's content: it can be shown whole by scrolling.
      var left = box.left - frame.left - wrap.clientLeft + wrap.scrollLeft;
      if (left < -1 || left + box.width > wrap.scrollWidth + 1 || box.width > wrap.clientWidth + 1) {
        cut.push(["unreachable " + kind + " cell", text]);
      }
    });
    if (ratio >= 0) {
      // The ratio columns (the last ones): scrolled to the end, every cell of them shows whole.
      wrap.scrollLeft = wrap.scrollWidth;
      var view = wrap.getBoundingClientRect(), inner = view.left + wrap.clientLeft;
      wrap.querySelectorAll("tr").forEach(function (row) {
        Array.prototype.slice.call(row.children, ratio).forEach(function (cell) {
          var box = cell.getBoundingClientRect();
          counts.ratios += 1;
          if (box.left < inner - 1 || box.right > inner + wrap.clientWidth + 1) {
            cut.push(["ratio column hidden", cell.textContent.slice(0, 60)]);
          }
        });
      });
      wrap.scrollLeft = 0;
    }
  });
}

function measure(doc, win) {
  var cut = [], width = doc.documentElement.clientWidth;
  var counts = {code: 0, scrolling: 0, buttons: 0, ratios: 0};
  if (doc.documentElement.scrollWidth > width + 1) cut.push(["page", "scrolls sideways"]);
  measureCode(doc, win, width, cut, counts);
  measureTables(doc, width, cut, counts);
  return {cut: cut, counts: counts};
}

// A few frames at a time, each removed once measured: with a page per model, opening
// them all at once would keep the browser busy for minutes.
var jobs = [];
widths.forEach(function (width) {
  report[width] = {};
  pages.forEach(function (page) { jobs.push([width, page]); });
});

function next() {
  var job = jobs.shift();
  if (!job) return;
  var width = job[0], page = job[1], frame = document.createElement("iframe");
  frame.width = width;
  frame.height = 900;
  frame.onload = function () {
    setTimeout(function () {
      report[width][page] = measure(frame.contentDocument, frame.contentWindow);
      frame.remove();
      if (--pending === 0) {
        var out = document.createElement("pre");
        out.id = "layout-report";
        out.textContent = JSON.stringify(report);
        document.body.appendChild(out);
      }
      next();
    }, 500);
  };
  frame.src = page === "index" ? "./" : page + "/";
  document.body.appendChild(frame);
}
for (var worker = 0; worker < 4; worker++) next();
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
def layout(site: Path) -> Dict[str, Dict[str, Any]]:
    """What is cut on each layout page, and what was measured there, by window width ("1280", "400")."""
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
                "--virtual-time-budget=120000",
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
    report: Dict[str, Dict[str, Any]] = json.loads(html.unescape(match.group(1)))
    assert {width: sorted(pages) for width, pages in report.items()} == {
        "1280": sorted(LAYOUT_PAGES),
        "400": sorted(LAYOUT_PAGES),
    }
    return report


Layout = Dict[str, Dict[str, Any]]
TABLE_SCROLLS = ("table", "table cell")  # a wide table scrolls inside its own box on a phone


def cut_at(layout: Layout, width: str, allowed: Tuple[str, ...] = ()) -> Dict[str, List[List[str]]]:
    """What is cut on each page at ``width``, leaving out the kinds ``allowed`` there."""
    found = {name: [part for part in page["cut"] if part[0] not in allowed] for name, page in layout[width].items()}
    return {name: parts for name, parts in found.items() if parts}


def test_nothing_is_cut_at_1280_px(layout: Layout) -> None:
    """At a desktop width every table shows every column (Campaign's, the widest, included),
    and code is neither wrapped, nor past the page, nor under its copy button (a long line
    scrolls inside its block)."""
    assert cut_at(layout, "1280") == {}


def test_nothing_is_cut_or_covered_at_400_px(layout: Layout) -> None:
    """On a phone, property tables stack their rows, other tables scroll inside their own box
    with every cell reachable, and code keeps its lines whole, scrolling inside its block."""
    assert cut_at(layout, "400", TABLE_SCROLLS) == {}


@pytest.mark.parametrize("width", ["1280", "400"])
def test_long_code_lines_scroll_in_their_block(layout: Layout, width: str) -> None:
    """The measurements above looked at code that scrolls and at copy buttons: the embedding
    guide's client and the home page's one-line payload are too long for a phone, and the
    client for a desktop too, and every block has its copy button."""
    counts = {name: page["counts"] for name, page in layout[width].items()}
    assert counts["guides/embedding"]["scrolling"] >= 1
    if width == "400":
        assert counts["index"]["scrolling"] >= 1
    for name, page in counts.items():
        assert page["buttons"] == page["code"], name


def test_the_ratio_columns_of_the_performance_tables_show_at_400_px(layout: Layout) -> None:
    """The last columns of the Performance tables (time ÷ talon_models) are off to the side on
    a phone: scrolling the table to its end shows every one of their cells whole."""
    page = layout["400"]["performance"]
    assert page["counts"]["ratios"] >= 4 * 2 * 3  # four tables, two columns, a header and rows each
    assert [part for part in page["cut"] if part[0] in ("ratio column hidden", "unreachable table cell")] == []
