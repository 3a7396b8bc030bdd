"""The model pages say everything the Ruby SDK's pages say, for every Ruby property.

The Ruby side is the facts file of each Ruby model page (``tests/data/ruby/models``,
written by ``scripts/import-ruby-reference.py``): property names in page order, JSON keys,
Ruby types, required or not, defaults and the URLs each description links. Our side is
the model pages as the site shows them, with the generated tables put in. None of this
needs mkdocs.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Dict, List, NamedTuple, Optional, Tuple

import pytest
from conftest import RUBY_DATA, load_file_module

ROOT = Path(__file__).resolve().parents[1]
RUBY_MODELS = RUBY_DATA / "models"
MODELS = (
    "NewCustomerSessionV2",
    "CartItem",
    "AdditionalCost",
    "Product",
    "PriceDetail",
    "IntegrationRequest",
    "CustomerSessionV2",
)
# Where our page deliberately says "optional" for a property the Ruby page requires.
OPTIONAL_HERE = {
    # Ruby's page requires it only because it has a default: a missing state reads as
    # "open", in Ruby too, and is not written back (see docs/differences.md).
    ("CustomerSessionV2", "state"),
}

LINK_URL = re.compile(r"\]\((https?://[^)\s]+)\)")
CELL_SPLIT = re.compile(r"(?<!\\)\|")


def load_reference() -> Any:
    """The docs generator (docs/hooks/reference.py), imported without mkdocs."""
    return load_file_module("talon_docs_reference", ROOT / "docs" / "hooks" / "reference.py")


class RubyProperty(NamedTuple):
    name: str
    wire: str
    type: str
    required: bool
    default: Optional[str]
    links: List[str]


class OurProperty(NamedTuple):
    name: str
    wire: str
    type: str
    description: str
    notes: str


def ruby_properties(model: str) -> List[RubyProperty]:
    """The properties of a Ruby model page, in page order, from its facts file."""
    facts = json.loads((RUBY_MODELS / (model + ".json")).read_text(encoding="utf-8"))
    return [
        RubyProperty(prop["name"], prop["json_key"], prop["type"], prop["required"], prop["default"], prop["links"])
        for prop in facts["properties"]
    ]


def python_type(ruby: str) -> str:
    """The Python type our pages should show for a Ruby type."""
    ruby = ruby.strip()
    simple = {
        "String": "str",
        "Integer": "int",
        "Float": "float",
        "Boolean": "bool",
        "DateTime": "datetime",
        "Object": "dict[str, Any]",
    }
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
    return [(model, prop) for model in MODELS for prop in ruby_properties(model)]


CASES = cases()
IDS = ["%s.%s" % (model, prop.name) for model, prop in CASES]


def ours(model: str, prop: RubyProperty) -> OurProperty:
    found = our_properties(model)
    assert prop.name in found, "%s.%s is not on our page" % (model, prop.name)
    return found[prop.name]


def test_the_ruby_facts_are_there() -> None:
    """A facts file for each model is found, so the parity tests below are not silently empty."""
    assert set(MODELS) <= {path.stem for path in RUBY_MODELS.glob("*.json")}
    assert len(CASES) == 38 + 2 + 20


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
    assert ours(model, prop).wire == prop.wire


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
    required = prop.required and (model, prop.name) not in OPTIONAL_HERE
    assert notes.startswith("**required**" if required else "optional")


@pytest.mark.parametrize(("model", "prop"), CASES, ids=IDS)
def test_default_is_rubys(model: str, prop: RubyProperty) -> None:
    """The default shown is Ruby's, and none is shown where Ruby has none."""
    default = re.search(r'default: `"([^"]*)"`', ours(model, prop).notes)
    assert (default.group(1) if default else None) == prop.default


@pytest.mark.parametrize(("model", "prop"), CASES, ids=IDS)
def test_every_ruby_link_is_in_our_description(model: str, prop: RubyProperty) -> None:
    """Each URL linked from the Ruby description is linked from ours too."""
    our_links = set(LINK_URL.findall(ours(model, prop).description))
    for url in prop.links:
        assert url in our_links


@pytest.mark.parametrize(("model", "prop"), CASES, ids=IDS)
def test_every_property_has_a_description(model: str, prop: RubyProperty) -> None:
    """Our description is never empty, even where Ruby's is."""
    assert ours(model, prop).description


@pytest.mark.parametrize("model", MODELS)
def test_our_page_has_no_html_entities(model: str) -> None:
    """Descriptions are real Markdown: no ``&#x60;`` or ``&lt;`` as the Ruby pages have."""
    assert not re.search(r"&(#x?[0-9a-fA-F]+|lt|gt|quot|amp);", our_page(model))


def test_ruby_facts_are_plain() -> None:
    """The facts carry Ruby's JSON keys and types without the pages' markup."""
    facts = {prop.name: prop for prop in ruby_properties("CartItem")}
    assert facts["catalog_item_id"].wire == "catalogItemID"
    assert facts["additional_costs"].type == "Hash<String, AdditionalCost>"
    assert python_type(facts["additional_costs"].type) == "dict[str, AdditionalCost]"
    assert facts["product"].type == "Product"
    assert "https://docs.talon.one/docs/product/rules/understanding-cart-item-flattening" in facts["quantity"].links


def test_each_deliberately_optional_property_is_required_in_ruby() -> None:
    """OPTIONAL_HERE lists only real differences, so it cannot hide a wrong required flag."""
    for model, name in OPTIONAL_HERE:
        prop = next(prop for prop in ruby_properties(model) if prop.name == name)
        assert prop.required
        assert ours(model, prop).notes.startswith("optional")


RUBY_PAGE = "https://github.com/talon-one/talon_one.rb/blob/v10.0.0/docs/%s.md"
MODEL_PAGES = sorted((ROOT / "docs" / "models").glob("*.md"))


@pytest.mark.parametrize("page", MODEL_PAGES, ids=[page.stem for page in MODEL_PAGES])
def test_model_page_links_the_ruby_page_it_mirrors(page: Path) -> None:
    """Each model page links the Ruby SDK 10.0.0 page of the same model, and no other Ruby page."""
    ruby_pages = re.findall(r"https://github\.com/talon-one/talon_one\.rb/[^)\s]+", page.read_text("utf-8"))
    assert ruby_pages == [RUBY_PAGE % page.stem]
