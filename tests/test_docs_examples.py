"""Every Python code block of the docs runs, and prints what the page says it prints.

A page's blocks run in order in one namespace, like a reader typing them in. A block
fenced as ``python`` (or ``py``) is executed; a ``pycon`` block is run as a doctest. A
code block right after a Python block with ``title="Output"`` in its fence is the
output that block must print. Included files (``--8<-- "path"``) are read in, and the
generated parts (``<!-- example-json: X -->``) are generated first, as the site does.
The model pages that the docs hook generates whole are checked the same way, made by
the same function the hook calls.
"""

from __future__ import annotations

import contextlib
import doctest
import io
import re
import sys
import textwrap
import types
from pathlib import Path
from typing import Any, Dict, List, NamedTuple, Optional

import pytest
from conftest import EMBEDDING_LIBRARIES, extra_leaves_out, load_file_module

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
NOT_PAGES = ("hooks", "shots")  # the generator's own code, and screenshots

FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^\n`]*)$")
SNIPPET = re.compile(r"""^[ \t]*--8<--[ \t]+["']?(?P<path>[^"'\s]+)["']?[ \t]*$""")
PYTHON = {"python", "py", "python3"}


def load_reference() -> Any:
    """The docs generator (docs/hooks/reference.py), imported without mkdocs."""
    return load_file_module("talon_docs_reference", DOCS / "hooks" / "reference.py")


class Block(NamedTuple):
    """One fenced code block of a page."""

    language: str
    title: str
    code: str
    line: int


def include_snippets(code: str) -> str:
    """Replace each ``--8<-- "path"`` line by the file it names (relative to the repo)."""
    out = []
    for line in code.splitlines(keepends=True):
        match = SNIPPET.match(line)
        if match:
            out.append((ROOT / match.group("path")).read_text(encoding="utf-8"))
        else:
            out.append(line)
    return "".join(out)


def fenced_blocks(markdown: str) -> List[Block]:
    """The fenced code blocks of a page, indented ones (in admonitions, tabs) included."""
    blocks = []
    lines = markdown.splitlines()
    index = 0
    while index < len(lines):
        match = FENCE.match(lines[index])
        if match is None:
            index += 1
            continue
        indent, fence, info = match.group("indent"), match.group("fence"), match.group("info").strip()
        start = index
        body = []
        index += 1
        while index < len(lines):
            line = lines[index]
            if line.strip().startswith(fence) and not line.strip().strip(fence[0]):
                break
            body.append(line[len(indent) :] if line.startswith(indent) else line.lstrip())
            index += 1
        index += 1
        language = info.split()[0].lstrip(".{").lower() if info else ""
        title_match = re.search(r"""title=["']([^"']*)["']""", info)
        code = include_snippets(textwrap.dedent("\n".join(body)) + "\n")
        blocks.append(Block(language, title_match.group(1) if title_match else "", code, start + 1))
    return blocks


def page_source(path: Path) -> str:
    """A page as the site shows it: the generated parts put in."""
    return load_reference().expand(path.read_text(encoding="utf-8"))


def generated_models() -> List[str]:
    """The models whose page the docs hook makes whole, in registry order."""
    return list(load_reference().generated_models())


def generated_page_source(name: str) -> str:
    """The generated page of model ``name`` as the site shows it."""
    reference = load_reference()
    return reference.expand(reference.model_page(reference.MODELS[name]))


def model_page_source(name: str) -> str:
    """The page of model ``name`` as the site shows it, whether hand-written or generated."""
    path = DOCS / "models" / (name + ".md")
    return page_source(path) if path.is_file() else generated_page_source(name)


def pages() -> List[Path]:
    """Every Markdown page under docs/, whoever wrote it."""
    found = []
    for path in sorted(DOCS.rglob("*.md")):
        if not any(part in NOT_PAGES for part in path.relative_to(DOCS).parts[:-1]):
            found.append(path)
    return found


def pages_with_python() -> List[Path]:
    return [path for path in pages() if any(b.language in PYTHON | {"pycon"} for b in fenced_blocks(page_source(path)))]


def run_python(code: str, namespace: Dict[str, Any], where: str) -> str:
    """Execute ``code`` in ``namespace`` and return what it printed."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, where, "exec", dont_inherit=True), namespace)
    return out.getvalue()


def run_doctest(code: str, namespace: Dict[str, Any], where: str) -> Optional[str]:
    """Run a ``pycon`` block as a doctest; the failure report, or ``None`` when it passes."""
    test = doctest.DocTestParser().get_doctest(code, namespace, where, where, 0)
    report = io.StringIO()
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    runner.run(test, out=report.write, clear_globs=False)
    return report.getvalue() if runner.failures else None


def normalized(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.strip("\n").splitlines())


def shown_path(path: Path) -> str:
    """``path`` relative to the repository when it is inside it."""
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return str(path)


def check_page(path: Path) -> None:
    check_source(page_source(path), shown_path(path))


def check_source(source: str, shown: str) -> None:
    """Run the Python blocks of one page's Markdown ``source``, and compare their output."""
    blocks = fenced_blocks(source)
    # A module of its own, as a reader's script has: a dataclass on a page looks it up.
    module = types.ModuleType("__docs__")
    sys.modules[module.__name__] = module
    try:
        run_blocks(shown, blocks, module.__dict__)
    finally:
        del sys.modules[module.__name__]


def run_blocks(shown: str, blocks: List[Block], namespace: Dict[str, Any]) -> None:
    for number, block in enumerate(blocks):
        where = "%s:%d" % (shown, block.line)
        if block.language == "pycon":
            failure = run_doctest(block.code, namespace, where)
            assert failure is None, failure
        elif block.language in PYTHON:
            printed = run_python(block.code, namespace, where)
            following = blocks[number + 1] if number + 1 < len(blocks) else None
            if following is not None and following.title == "Output":
                assert normalized(printed) == normalized(following.code), "%s printed:\n%s" % (where, printed)


@pytest.mark.parametrize("path", pages_with_python(), ids=lambda path: str(path.relative_to(DOCS)))
def test_page_code_runs_and_prints_what_the_page_shows(path: Path) -> None:
    """Each page's Python blocks run in order, and print the Output block that follows them."""
    try:
        check_page(path)
    except ModuleNotFoundError as error:
        # A page may show a library an embedding SDK is built on. Where the tests extra
        # leaves it out, the page cannot run here; where the extra puts it but it is
        # missing, test_libraries' installation test fails, once, and says which.
        if error.name not in EMBEDDING_LIBRARIES:
            raise
        reason = "leaves out on this Python" if extra_leaves_out(error.name) else "installs, but it is missing"
        pytest.skip("the page uses %s, which the tests extra %s" % (error.name, reason))


@pytest.mark.parametrize("name", generated_models())
def test_generated_model_page_code_runs_and_prints_what_the_page_shows(name: str) -> None:
    """The code sample of each generated model page runs, and prints the Output block under it."""
    check_source(generated_page_source(name), "models/%s.md (generated)" % name)


def test_every_model_page_prints_the_generated_example() -> None:
    """Each model page has a code sample followed by the generated JSON, so both are checked."""
    reference = load_reference()
    for name in reference.MODELS:
        blocks = fenced_blocks(model_page_source(name))
        pairs = [
            (block, after)
            for block, after in zip(blocks, blocks[1:])
            if block.language in PYTHON and after.title == "Output"
        ]
        assert pairs, name
        assert any(normalized(after.code) == reference.example_json(reference.MODELS[name]) for _, after in pairs)


def test_generated_samples_build_nested_models_with_their_constructors() -> None:
    """A generated sample builds nested models with their own constructors and date-times as
    aware ``datetime`` values: no dict stands where a model goes, so the page shows Python."""
    source = generated_page_source("LedgerInfo")
    code = next(block.code for block in fenced_blocks(source) if block.language in PYTHON)
    assert "current_tier=Tier(\n" in code
    assert "expiry_date=datetime(2022, 8, 2, 15, 4, 5, tzinfo=timezone(timedelta(hours=7)))," in code
    assert "from talon_models import LedgerInfo, Tier\n" in code
    assert '"currentTier"' not in code


def test_every_sample_file_is_shown_on_a_page() -> None:
    """No file under docs/examples is left out of the site, where no test would run it."""
    shown = "\n".join(path.read_text(encoding="utf-8") for path in pages())
    for sample in sorted((DOCS / "examples").rglob("*.py")):
        assert str(sample.relative_to(ROOT)) in shown, sample


def test_fenced_blocks_reads_indented_fences_with_titles() -> None:
    """A fence inside an admonition is found, dedented, and its title read."""
    page = '!!! note\n\n    ```python\n    print(1)\n    ```\n\n    ```text title="Output"\n    1\n    ```\n'
    blocks = fenced_blocks(page)
    assert [(b.language, b.title, b.code) for b in blocks] == [("python", "", "print(1)\n"), ("text", "Output", "1\n")]


def test_the_generated_pages_are_the_models_without_a_page_file() -> None:
    """Every model has a page: a file in docs/models or a generated one, never both."""
    reference = load_reference()
    files = {path.stem for path in (DOCS / "models").glob("*.md")}
    assert set(generated_models()) == set(reference.MODELS) - files
    assert files <= set(reference.MODELS)


def test_a_wrong_output_block_fails_the_check(tmp_path: Path) -> None:
    """A page whose Output block differs from what its code prints does not pass."""
    page = tmp_path / "page.md"
    page.write_text('```python\nprint("yes")\n```\n\n```text title="Output"\nno\n```\n', encoding="utf-8")
    with pytest.raises(AssertionError):
        check_page(page)


def test_pycon_blocks_are_run_as_doctests() -> None:
    """A pycon block whose shown result is wrong is reported."""
    assert run_doctest(">>> 1 + 1\n2\n", {}, "ok") is None
    assert run_doctest(">>> 1 + 1\n3\n", {}, "bad") is not None
