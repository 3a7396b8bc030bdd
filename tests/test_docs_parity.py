"""The model pages say everything the Ruby SDK's pages say, for every Ruby property.

The Ruby pages are read from the shared reference folder beside the repository
(``shared/reference/ruby-docs``), and their JSON keys from ``RUBY_BEHAVIOUR.md`` there;
our pages are the model pages as the site shows them, with the generated tables put in.
None of this needs mkdocs.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any, Dict, List, NamedTuple, Optional, Tuple

import pytest
from conftest import load_file_module

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT.parent / "shared" / "reference"
RUBY_DOCS = REFERENCE / "ruby-docs"
MODELS = ("NewCustomerSessionV2", "CartItem", "AdditionalCost", "Product", "PriceDetail")

LINK_URL = re.compile(r"\]\((https?://[^)\s]+)\)")
CELL_SPLIT = re.compile(r"(?<!\\)\|")


def load_reference() -> Any:
    """The docs generator (docs/hooks/reference.py), imported without mkdocs."""
    return load_file_module("talon_docs_reference", ROOT / "docs" / "hooks" / "reference.py")


class RubyProperty(NamedTuple):
    name: str
    type: str
    description: str
    required: bool
    default: Optional[str]


class OurProperty(NamedTuple):
    name: str
    wire: str
    type: str
    description: str
    notes: str


def ruby_properties(model: str) -> List[RubyProperty]:
    """The rows of the Properties table of a Ruby model page."""
    rows = []
    for line in (RUBY_DOCS / (model + ".md")).read_text(encoding="utf-8").splitlines():
        if not line.startswith("**"):
            continue
        name, kind, description, notes = (cell.strip() for cell in line.split("|"))
        kind = html.unescape(re.sub(r"\[?\*\*(.*?)\*\*\]?(\(.*?\))?", r"\1", kind))
        default = re.search(r"\[default to (.*?)\]", html.unescape(notes))
        rows.append(
            RubyProperty(
                name.strip("*"),
                kind,
                html.unescape(description),
                "[optional]" not in notes,
                default.group(1).strip("'\"") if default else None,
            )
        )
    return rows


def ruby_wire_keys() -> Dict[str, Dict[str, str]]:
    """Ruby attribute -> JSON key for every model, from section 1 of RUBY_BEHAVIOUR.md."""
    text = (REFERENCE / "RUBY_BEHAVIOUR.md").read_text(encoding="utf-8")
    section = text.split("## 1.", 1)[1].split("\n## 2.", 1)[0]
    keys: Dict[str, Dict[str, str]] = {model: {} for model in MODELS}
    heading = ""
    for line in section.splitlines():
        if line.startswith("### "):
            heading = line[4:].strip()
            continue
        if not line.startswith("|"):
            continue
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        if heading in MODELS and re.match("\\d+(\u2013\\d+)?$", cells[0]):
            attributes = [name.strip() for name in cells[1].split(",")]
            key = re.sub(r"\(.*?\)", "", cells[2]).replace("*", "").strip()
            for attribute in attributes:
                keys[heading][attribute] = attribute if key == "same names" else key
        elif cells[0] in MODELS:
            for part in cells[1].split(";"):
                attribute, rest = part.split("→")
                keys[cells[0]][attribute.strip()] = rest.split(":")[0].strip()
    return keys


def python_type(ruby: str) -> str:
    """The Python type our pages should show for a Ruby type."""
    ruby = ruby.strip()
    simple = {"String": "str", "Integer": "int", "Float": "float", "DateTime": "datetime", "Object": "dict[str, Any]"}
    if ruby in simple:
        return simple[ruby]
    inner = re.match(r"Array<(.*)>$", ruby)
    if inner:
        return "list[%s]" % python_type(inner.group(1))
    inner = re.match(r"Hash<String, (.*)>$", ruby)
    if inner:
        return "dict[str, %s]" % python_type(inner.group(1))
    return ruby  # a model name


def our_page(model: str) -> str:
    """Our model page as the site shows it."""
    source = (ROOT / "docs" / "models" / (model + ".md")).read_text(encoding="utf-8")
    return str(load_reference().expand(source))


def our_properties(model: str) -> Dict[str, OurProperty]:
    """The rows of the Properties table of our model page, by Python name."""
    rows = {}
    for line in our_page(model).splitlines():
        match = re.match(r"\| `(\w+)`<br>JSON key: `(\w+)` \|", line)
        if match is None:
            continue
        cells = [cell.strip() for cell in CELL_SPLIT.split(line.strip().strip("|"))]
        kind = re.sub(r"\[`(\w+)`\]\([\w.]+\)", r"\1", cells[1].split("<br>")[0]).replace("`", "")
        rows[match.group(1)] = OurProperty(match.group(1), match.group(2), kind, cells[2], cells[3])
    return rows


def cases() -> List[Tuple[str, RubyProperty]]:
    if not RUBY_DOCS.is_dir():
        return []
    return [(model, prop) for model in MODELS for prop in ruby_properties(model)]


CASES = cases()
IDS = ["%s.%s" % (model, prop.name) for model, prop in CASES]


def ours(model: str, prop: RubyProperty) -> OurProperty:
    found = our_properties(model)
    assert prop.name in found, "%s.%s is not on our page" % (model, prop.name)
    return found[prop.name]


def test_the_ruby_reference_is_there() -> None:
    """The five Ruby pages are found, so the parity tests below are not silently empty."""
    assert sorted(path.stem for path in RUBY_DOCS.glob("*.md")) == sorted(MODELS)
    assert len(CASES) == 38


@pytest.mark.parametrize("model", MODELS)
def test_our_page_lists_the_ruby_properties_in_ruby_order(model: str) -> None:
    """Our table has exactly the Ruby page's properties, in the same order."""
    assert list(our_properties(model)) == [prop.name for prop in ruby_properties(model)]


@pytest.mark.parametrize("model", MODELS)
def test_our_page_title_names_the_python_class(model: str) -> None:
    """The page starts with a title naming the Python class."""
    title = next(line for line in our_page(model).splitlines() if line.startswith("# "))
    assert title == "# " + model


@pytest.mark.parametrize(("model", "prop"), CASES, ids=IDS)
def test_wire_key_is_rubys(model: str, prop: RubyProperty) -> None:
    """The JSON key shown is the one the Ruby model reads and writes."""
    assert ours(model, prop).wire == ruby_wire_keys()[model][prop.name]


@pytest.mark.parametrize(("model", "prop"), CASES, ids=IDS)
def test_type_is_equivalent(model: str, prop: RubyProperty) -> None:
    """The Python type shown is the counterpart of the Ruby type."""
    assert ours(model, prop).type == python_type(prop.type)


@pytest.mark.parametrize(("model", "prop"), CASES, ids=IDS)
def test_nested_model_types_link_to_their_pages(model: str, prop: RubyProperty) -> None:
    """Where the Ruby type names a model, our type cell links to that model's page."""
    named = [name for name in MODELS if re.search(r"\b%s\b" % name, prop.type)]
    row = next(line for line in our_page(model).splitlines() if line.startswith("| `%s`<br>" % prop.name))
    for name in named:
        assert "[`%s`](%s.md)" % (name, name) in row


@pytest.mark.parametrize(("model", "prop"), CASES, ids=IDS)
def test_required_status_is_rubys(model: str, prop: RubyProperty) -> None:
    """A property is required on our page exactly when it is on the Ruby page."""
    notes = ours(model, prop).notes
    assert notes.startswith("**required**" if prop.required else "optional")


@pytest.mark.parametrize(("model", "prop"), CASES, ids=IDS)
def test_default_is_rubys(model: str, prop: RubyProperty) -> None:
    """The default shown is Ruby's, and none is shown where Ruby has none."""
    default = re.search(r'default: `"([^"]*)"`', ours(model, prop).notes)
    assert (default.group(1) if default else None) == prop.default


@pytest.mark.parametrize(("model", "prop"), CASES, ids=IDS)
def test_every_ruby_link_is_in_our_description(model: str, prop: RubyProperty) -> None:
    """Each URL linked from the Ruby description is linked from ours too."""
    our_links = set(LINK_URL.findall(ours(model, prop).description))
    for url in LINK_URL.findall(prop.description):
        assert url in our_links


@pytest.mark.parametrize(("model", "prop"), CASES, ids=IDS)
def test_every_property_has_a_description(model: str, prop: RubyProperty) -> None:
    """Our description is never empty, even where Ruby's is."""
    assert ours(model, prop).description


@pytest.mark.parametrize("model", MODELS)
def test_our_page_has_no_html_entities(model: str) -> None:
    """Descriptions are real Markdown: no ``&#x60;`` or ``&lt;`` as the Ruby pages have."""
    assert not re.search(r"&(#x?[0-9a-fA-F]+|lt|gt|quot|amp);", our_page(model))


def test_ruby_wire_keys_are_read_for_every_property() -> None:
    """The reader of RUBY_BEHAVIOUR.md finds a JSON key for each Ruby property."""
    keys = ruby_wire_keys()
    assert keys["CartItem"]["catalog_item_id"] == "catalogItemID"
    for model, prop in CASES:
        assert prop.name in keys[model]


def test_ruby_types_are_read_without_markup() -> None:
    """A linked, escaped Ruby type such as ``Hash&lt;String, AdditionalCost&gt;`` is read plainly."""
    types = {prop.name: prop.type for prop in ruby_properties("CartItem")}
    assert types["additional_costs"] == "Hash<String, AdditionalCost>"
    assert python_type(types["additional_costs"]) == "dict[str, AdditionalCost]"
    assert types["product"] == "Product"
