"""The Performance page agrees with itself, and the README with the page.

Every ratio in a table of docs/performance.md is recomputed from the figures the table
prints beside it (each figure as precise as it is printed, no more), every total from
its parts, every "met" from what was needed; every ratio in the page's prose is one of
its tables' ratios; and the README's performance sentence quotes the page's figures.
"""

from __future__ import annotations

import re
from typing import Dict, List, Optional, Tuple

import pytest
from conftest import ROOT

PAGE = ROOT / "docs" / "performance.md"
README = ROOT / "README.md"

# A figure as printed: its value and half the unit of its last digit.
Figure = Tuple[float, float]

_TIME = re.compile(r"^([+-]?\d+(?:\.(\d+))?) ?(µs|ms|MB|k|M)$")
_RATIO = re.compile(r"^(\d+(?:\.(\d+))?)x?(?: faster| the time)?(?: \*\*\(over [\d.]+x\)\*\*)?$")
_RATIO_TOKEN = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)x\b")
_UNITS = {"µs": 1e-6, "ms": 1e-3, "MB": 1e6, "k": 1e3, "M": 1e6}  # times, memory, counts


class Table:
    def __init__(self, heading: str, rows: List[List[str]], line: int) -> None:
        self.heading = heading
        self.header = rows[0]
        self.rows = rows[1:]
        self.line = line

    def column(self, name: str) -> int:
        return self.header.index(name)

    def row(self, first: str) -> Optional[List[str]]:
        return next((row for row in self.rows if row[0] == first), None)

    def __repr__(self) -> str:
        return "table at line %d (%s)" % (self.line, " | ".join(self.header))


def _cells(line: str) -> List[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def tables(text: str) -> List[Table]:
    found: List[Table] = []
    heading, block, start = "", [], 0
    for number, raw in enumerate([*text.splitlines(), ""], 1):
        line = raw.strip()  # tables and headings in a collapsed block are indented
        if line.startswith("|"):
            if not block:
                start = number
            if not re.fullmatch(r"\|(\s*:?-+:?\s*\|)+", line.strip()):
                block.append(_cells(line))
            continue
        if block:
            found.append(Table(heading, block, start))
            block = []
        if line.startswith("#"):
            heading = line.lstrip("#").strip()
    return found


def figure(cell: str) -> Figure:
    match = _TIME.match(cell)
    assert match, "not a figure: %r" % cell
    decimals = len(match.group(2) or "")
    unit = _UNITS[match.group(3)]
    return float(match.group(1)) * unit, 0.5 * 10.0**-decimals * unit


def ratio(cell: str) -> Figure:
    match = _RATIO.match(cell)
    assert match, "not a ratio: %r" % cell
    decimals = len(match.group(2) or "")
    return float(match.group(1)), 0.5 * 10.0**-decimals


def quotient_agrees(shown: Figure, top: Figure, bottom: Figure) -> bool:
    """Whether the printed ratio can be top ÷ bottom, for some values that print as they do."""
    low = (top[0] - top[1]) / (bottom[0] + bottom[1])
    high = (top[0] + top[1]) / (bottom[0] - bottom[1])
    return low <= shown[0] + shown[1] + 1e-12 and shown[0] - shown[1] - 1e-12 <= high


def difference_agrees(shown: Figure, first: Figure, second: Figure) -> bool:
    low = (first[0] - first[1]) - (second[0] + second[1])
    high = (first[0] + first[1]) - (second[0] - second[1])
    return low <= shown[0] + shown[1] + 1e-12 and shown[0] - shown[1] - 1e-12 <= high


def check_quotient(where: str, shown: str, top: str, bottom: str) -> None:
    assert quotient_agrees(ratio(shown), figure(top), figure(bottom)), "%s: %s is not %s ÷ %s" % (
        where,
        shown,
        top,
        bottom,
    )


@pytest.fixture(scope="module")
def page() -> str:
    return PAGE.read_text("utf-8")


@pytest.fixture(scope="module")
def page_tables(page: str) -> List[Table]:
    return tables(page)


def _compare_tables(page_tables: List[Table]) -> List[Table]:
    return [table for table in page_tables if any(cell.startswith("time ÷ talon_models") for cell in table.header)]


def test_compare_tables_ratios(page_tables: List[Table]) -> None:
    """Decode, encode, to_dict and round trip: each library's time ÷ talon_models' at 1 and 1000 items."""
    checked = 0
    reference: Dict[str, List[str]] = {}
    found = _compare_tables(page_tables)
    assert len(found) >= 7, "the CPython and PyPy tables of compare.py"
    for table in found:
        task = table.header[0]
        own = table.row("talon_models")
        if own is not None:
            reference[task] = own
        # to_dict: against talon_models' encode, which the header says
        against = reference["encode"] if "encode" in table.header[-2] else own
        assert against is not None, table
        one, big = table.column("per call, 1 item"), table.column("per item, at 1000")
        for row in table.rows:
            check_quotient(repr(table), row[-2], row[one], against[one])
            check_quotient(repr(table), row[-1], row[big], against[big])
            checked += 1
    assert checked >= 20


def test_response_tables_ratios(page_tables: List[Table]) -> None:
    """Effects and the response against talon-one-sdk and the floors (compare.py)."""
    found = [table for table in page_tables if table.header[:2] == ["contestant", "50 effects"]]
    assert found, "the table of effects and the response"
    for table in found:
        own = table.row("talon_models")
        assert own is not None
        for row in table.rows:
            for index in (1, 2, 3):
                check_quotient(repr(table), row[index + 3], row[index], own[index])


def _met(needed: str, measured: str) -> bool:
    wanted = float(re.search(r"[\d.]+", needed.replace("1/3 (0.33)", "0.3333")).group())  # type: ignore[union-attr]
    got = ratio(measured)[0]
    return got >= wanted if needed.startswith("≥") else got <= wanted


def test_targets_tables(page_tables: List[Table]) -> None:
    """Each measured figure of the targets is the quotient of the two figures beside it, and "met" follows."""
    found = [table for table in page_tables if table.header[:2] == ["target", "needed"]]
    assert found, "the targets table"
    for table in found:
        mine, theirs = table.column("talon_models"), table.column("the other")
        measured, met = table.column("measured"), table.column("met")
        for row in table.rows:
            if not row[measured]:
                continue
            if "faster" in row[measured]:
                check_quotient(repr(table), row[measured], row[theirs], row[mine])
            else:
                check_quotient(repr(table), row[measured], row[mine], row[theirs])
            if row[table.column("needed")].startswith("—"):
                assert row[met] == "—"
            else:
                assert row[met] == ("yes" if _met(row[table.column("needed")], row[measured]) else "**no**"), row


def test_floor_tables_ratios(page_tables: List[Table]) -> None:
    """bench/run.py's tables: each operation ÷ the strict floor and ÷ the isinstance floor beside it."""
    found = [table for table in page_tables if table.header[0] == "cart items"]
    assert len(found) >= 4, "from_dict, to_dict, from_json and to_json"
    for table in found:
        strict, loose = table.column("strict floor"), table.column("`isinstance` floor")
        operation = loose + 1
        target = re.search(r"≤ ([\d.]+)x", table.heading)
        for row in table.rows:
            check_quotient(repr(table), row[table.column("÷ strict floor")], row[operation], row[strict])
            check_quotient(repr(table), row[table.column("÷ `isinstance` floor")], row[operation], row[loose])
            if target:
                over = ratio(row[table.column("÷ strict floor")])[0] > float(target.group(1))
                assert ("over" in row[table.column("÷ strict floor")]) == over, row
            for index, cell in enumerate(table.header):
                if cell.startswith("before ÷"):
                    check_quotient(repr(table), row[index], row[index - 1], row[strict])


def test_run_response_tables(page_tables: List[Table]) -> None:
    """bench/run.py's effects and response: time ÷ the strict floor beside it, and the time per effect."""
    found = [table for table in page_tables if table.header[0] == "reading"]
    assert len(found) >= 2
    for table in found:
        time, floor = table.column("time"), table.column("strict floor")
        for row in table.rows:
            check_quotient(repr(table), row[table.column("÷ strict floor")], row[time], row[floor])
            if "per effect" in table.header:
                count = int(re.search(r"(\d+) effects", table.heading).group(1))  # type: ignore[union-attr]
                shown, total = figure(row[table.column("per effect")]), figure(row[time])
                assert quotient_agrees(shown, total, (count, 0.0)), row


def test_import_tables(page_tables: List[Table]) -> None:
    """What an import adds is the difference of the two wall times it names; the module times add up."""
    found = [table for table in page_tables if table.header[:3] == ["import", "wall time", "adds"]]
    assert found, "the import table"
    for table in found:
        previous: Optional[List[str]] = None
        bare = table.rows[0]
        for row in table.rows:
            if row[2]:
                other = bare if row[2].endswith("to `pass`") else previous
                assert other is not None
                shown = figure(row[2].split(" to ")[0])
                assert difference_agrees(shown, figure(row[1]), figure(other[1])), row
            previous = row
    for table in [table for table in page_tables if table.header == ["module", "self time"]]:
        parts = [figure(row[1]) for row in table.rows[:-1]]
        total = figure(table.rows[-1][1])
        assert abs(sum(value for value, _ in parts) - total[0]) <= sum(e for _, e in parts) + total[1] + 1e-12


def test_count_tables(page_tables: List[Table]) -> None:
    """bench/instructions.py's counts: each ratio is the quotient of the two counts beside it."""
    found = [table for table in page_tables if table.header[-1] == "÷ floor"]
    assert found, "the instruction counts"
    for table in found:
        for row in table.rows:
            check_quotient(repr(table), row[-1], row[-3], row[-2])
    events = [table for table in page_tables if table.header[0].startswith(("callgrind event", "parse of"))]
    assert len(events) >= 2, "the simulated events and the parses"
    for table in events:
        for row in table.rows:
            check_quotient(repr(table), row[3], row[1], row[2])


def test_part_tables(page_tables: List[Table]) -> None:
    """bench/breakdown.py's and instructions.py's parts: each difference is that of the two figures beside it."""
    found = [table for table in page_tables if table.header == ["part", "talon_models", "strict floor", "difference"]]
    assert found, "the parts of a read"
    for table in found:
        for row in table.rows:
            assert difference_agrees(figure(row[3]), figure(row[1]), figure(row[2])), row


def test_every_ratio_is_in_a_checked_table(page_tables: List[Table]) -> None:
    """No table with ratios escapes the checks above."""
    checked_headers = {"cart items", "reading", "contestant", "target", "operation"}
    for table in page_tables:
        has_ratio = any(_RATIO.match(cell) and cell.endswith("x") for row in table.rows for cell in row[1:])
        if has_ratio and table not in _compare_tables(page_tables):
            assert table.header[0] in checked_headers or table.header[0].startswith(("callgrind event", "parse of")), (
                table
            )
            if table.header[0] == "contestant":
                assert table.header[1] == "50 effects", table
            if table.header[0] == "operation":
                assert table.header[-1] == "÷ floor", table


def _prose(page: str) -> str:
    """The page without its tables, code blocks and headings."""
    lines, fenced = [], False
    for line in page.splitlines():
        if line.startswith("```"):
            fenced = not fenced
            continue
        if fenced or line.lstrip().startswith(("|", "#", "???", "![")):
            continue
        lines.append(line)
    return "\n".join(lines)


def test_every_ratio_of_the_prose_is_in_a_table(page: str, page_tables: List[Table]) -> None:
    """A ratio said in words is one the tables give, not a rounded or older one; targets excepted."""
    cells = set()
    for table in page_tables:
        for row in table.rows:
            for cell in row:
                match = _RATIO.match(cell)
                if match and "x" in cell:
                    cells.add(match.group(1))
    prose = _prose(page)
    for match in _RATIO_TOKEN.finditer(prose):
        before = prose[max(0, match.start() - 16) : match.start()]
        if re.search(r"(≤|≥|at most|at least|more than|over|target|targets of|target of)\s*$", before):
            continue  # a target, not a measurement
        assert match.group(1) in cells, "%r (...%s%s...) is in no table" % (match.group(0), before, match.group(0))


def test_readme_quotes_the_page(page_tables: List[Table]) -> None:
    """The README's "fast" line gives the range of from_dict ÷ the strict floor and of talon-one-sdk's decode."""
    lines = README.read_text("utf-8").splitlines()
    start = next(index for index, line in enumerate(lines) if line.startswith("- **fast**"))
    end = start + 1
    while end < len(lines) and lines[end].startswith("  "):
        end += 1
    line = " ".join(part.strip() for part in lines[start:end])
    ranges = re.findall(r"(\d+\.\d+)x to (\d+\.\d+)x", line)
    assert len(ranges) == 2, line
    from_dict = next(table for table in page_tables if table.heading.startswith("from_dict"))
    column = from_dict.column("÷ strict floor")
    floor = [ratio(row[column])[0] for row in from_dict.rows]
    assert (float(ranges[0][0]), float(ranges[0][1])) == (min(floor), max(floor))
    targets = next(table for table in page_tables if table.header[:2] == ["target", "needed"])
    vendor = [
        ratio(row[targets.column("measured")])[0]
        for row in targets.rows
        if row[0].startswith("decode vs talon-one-sdk")
    ]
    assert (float(ranges[1][0]), float(ranges[1][1])) == (min(vendor), max(vendor))
