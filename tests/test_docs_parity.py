"""The model pages say everything the Ruby SDK's pages say, for every Ruby property.

The Ruby side is the facts file of each Ruby model page (``tests/data/ruby/models``,
written by ``scripts/import-ruby-reference.py``): property names in page order, JSON keys,
Ruby types, required or not, defaults, enums, setter rules, the model pages the types
link and the URLs each description links. Our side is every model page as the site shows
it: the hand-written ones with the generated tables put in, and the ones the docs hook
generates whole. Where ours deliberately differs, the difference is named below, and a
test checks that each named difference is real. None of this needs mkdocs.
"""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path
from typing import Any, Dict, List, NamedTuple, Optional, Tuple

import pytest
from conftest import RUBY_DATA, load_file_module

ROOT = Path(__file__).resolve().parents[1]
RUBY_MODELS = RUBY_DATA / "models"


def load_reference() -> Any:
    """The docs generator (docs/hooks/reference.py), imported without mkdocs."""
    return load_file_module("talon_docs_reference", ROOT / "docs" / "hooks" / "reference.py")


MODELS = tuple(load_reference().MODELS)  # every model, in registry order
# Where our page deliberately says "optional" for a property the Ruby page requires.
OPTIONAL_HERE = {
    # Ruby's page requires them only because they have a default: a missing value reads
    # as the default, in Ruby too, and is not written back (see docs/differences.md).
    ("CustomerSessionV2", "state"),
    ("Campaign", "state"),
    ("Campaign", "type"),
}
# Where our Python name is not Ruby's: Ruby's name -> ours. The constructor takes both.
PYTHON_NAMES = {
    ("IntegrationStateV2", "_return"): "return_",  # Ruby's way around the keyword; PEP 8's is return_
    ("ExtendLoyaltyPointsExpiryDateEffectProps", "transaction_uui_ds"): "transaction_uuids",  # transactionUUIDs
}
# Where our Python type is not the counterpart of Ruby's: any JSON value, which Ruby calls Object.
TYPES_HERE = {
    ("UpdateAttributeEffectProps", "value"): "Any",  # the attribute's new value: a string, number, list...
    ("Event", "effects"): "list[Any]",  # each item any JSON value (the API sends arrays), nulls kept
}

LINK_URL = re.compile(r"\]\((https?://[^)\s]+)\)")
CELL_SPLIT = re.compile(r"(?<!\\)\|")


class RubyProperty(NamedTuple):
    name: str
    wire: str
    type: str
    required: bool
    default: Optional[str]
    links: List[str]
    type_links: List[str]
    enum: Optional[List[str]]
    rules: Dict[str, Any]


class OurProperty(NamedTuple):
    name: str
    wire: str
    type: str
    description: str
    notes: str


def ruby_properties(model: str) -> List[RubyProperty]:
    """The properties of a Ruby model page, in page order, from its facts file."""
    return [
        RubyProperty(
            prop["name"],
            prop["json_key"],
            prop["type"],
            prop["required"],
            prop["default"],
            prop["links"],
            prop.get("type_links", []),
            prop.get("enum"),
            prop.get("rules") or {},
        )
        for prop in ruby_facts(model)["properties"]
    ]


def ruby_facts(model: str) -> Dict[str, Any]:
    """The whole facts file of a Ruby model page."""
    facts: Dict[str, Any] = json.loads((RUBY_MODELS / (model + ".json")).read_text(encoding="utf-8"))
    return facts


def our_name(model: str, prop: RubyProperty) -> str:
    """The Python name our page should show for a Ruby property."""
    return PYTHON_NAMES.get((model, prop.name), prop.name)


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
    """Our model page as the site shows it: the hand-written one, or the generated one."""
    reference = load_reference()
    path = ROOT / "docs" / "models" / (model + ".md")
    source = path.read_text(encoding="utf-8") if path.is_file() else reference.model_page(reference.MODELS[model])
    return str(reference.expand(source))


def our_properties(model: str) -> Dict[str, OurProperty]:
    """The rows of the Properties table of our model page, by Python name."""
    rows = {}
    for line in our_page(model).splitlines():
        match = re.match(r"\| `(\w+)`<br>JSON key: `(\w+)` \|", line)
        if match is None:
            continue
        cells = [cell.strip() for cell in CELL_SPLIT.split(line.strip().strip("|"))]
        kind = re.sub(r"\[`(\w+)`\]\([\w.]+\)", r"\1", cells[1].split("<br>")[0]).replace("`", "").replace("<wbr>", "")
        rows[match.group(1)] = OurProperty(match.group(1), match.group(2), kind, cells[2], cells[3])
    return rows


def cases() -> List[Tuple[str, RubyProperty]]:
    return [(model, prop) for model in MODELS for prop in ruby_properties(model)]


CASES = cases()
IDS = ["%s.%s" % (model, prop.name) for model, prop in CASES]
ENUM_CASES = [case for case in CASES if case[1].enum]
RULE_CASES = [case for case in CASES if case[1].rules]


def ours(model: str, prop: RubyProperty) -> OurProperty:
    found = our_properties(model)
    name = our_name(model, prop)
    assert name in found, "%s.%s is not on our page" % (model, name)
    return found[name]


def test_the_ruby_facts_are_there() -> None:
    """A facts file for each model is found, so the parity tests below are not silently empty."""
    assert set(MODELS) == {path.stem for path in RUBY_MODELS.glob("*.json")}
    assert len(MODELS) == 69
    assert len(CASES) == sum(len(dataclasses.fields(model)) for model in load_reference().MODELS.values())


@pytest.mark.parametrize("model", MODELS)
def test_our_page_lists_the_ruby_properties_in_ruby_order(model: str) -> None:
    """Our table has exactly the Ruby page's properties, in the same order (under our name
    where PYTHON_NAMES gives one)."""
    assert list(our_properties(model)) == [our_name(model, prop) for prop in ruby_properties(model)]


def test_each_renamed_property_is_a_real_difference_and_says_so() -> None:
    """PYTHON_NAMES lists exactly the fields whose Ruby name is not the Python one, and the
    page gives Ruby's name in the notes."""
    reference = load_reference()
    renamed = {
        (name, spec.ruby_name): item.name
        for name, model in reference.MODELS.items()
        for item in dataclasses.fields(model)
        for spec in [reference.spec_of(item)]
        if spec.ruby_name is not None
    }
    assert renamed == PYTHON_NAMES
    for (model, ruby), python in PYTHON_NAMES.items():
        prop = next(prop for prop in ruby_properties(model) if prop.name == ruby)
        assert "Ruby's name: `%s`" % ruby in ours(model, prop).notes
        assert python != ruby


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
    """The Python type shown is the counterpart of the Ruby type (or the one TYPES_HERE names)."""
    assert ours(model, prop).type == TYPES_HERE.get((model, prop.name), python_type(prop.type))


def test_each_type_difference_is_a_json_value_ruby_calls_object() -> None:
    """TYPES_HERE only lists fields that Ruby types Object, or a list of Object, and that hold any JSON value."""
    for (model, name), ours_type in TYPES_HERE.items():
        prop = next(prop for prop in ruby_properties(model) if prop.name == name)
        assert prop.type in ("Object", "Array<Object>")
        assert ours_type != python_type(prop.type) and "Any" in ours_type


@pytest.mark.parametrize(("model", "prop"), CASES, ids=IDS)
def test_nested_model_types_link_to_their_pages(model: str, prop: RubyProperty) -> None:
    """Where the Ruby type names a model, our type cell links to that model's page, as
    the Ruby page links its own."""
    named = [name for name in MODELS if re.search(r"\b%s\b" % name, prop.type)]
    named += [link[: -len(".md")] for link in prop.type_links]
    row = next(line for line in our_page(model).splitlines() if line.startswith("| `%s`<br>" % our_name(model, prop)))
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
    default = re.search(r"default: `([^`]*)`", ours(model, prop).notes)
    value = json.loads(default.group(1)) if default else None
    shown = json.dumps(value) if isinstance(value, bool) else value  # Ruby's page writes true, false
    assert shown == prop.default


@pytest.mark.parametrize(("model", "prop"), ENUM_CASES, ids=["%s.%s" % (m, prop.name) for m, prop in ENUM_CASES])
def test_ruby_enums_are_open_with_rubys_values(model: str, prop: RubyProperty) -> None:
    """Each Ruby enum of the response is an open enum here: Ruby's values, in Ruby's order,
    as the known values, and any other string kept (Ruby raises on one)."""
    notes = ours(model, prop).notes
    known = ", ".join("`%s`" % value for value in prop.enum or [])
    assert "known values: %s; any other string is kept as it is" % known in notes


def rule_notes(rules: Dict[str, Any]) -> List[str]:
    """The notes our page should show for Ruby's setter rules of one property."""
    notes = []
    low, high = rules.get("min_length"), rules.get("max_length")
    if low and high is not None:
        notes.append("%d\u2013%d characters" % (low, high))
    elif low:
        notes.append("at least %d character%s" % (low, "" if low == 1 else "s"))
    elif high is not None:
        notes.append("at most %d characters" % high)
    if "pattern" in rules:
        # Ruby anchors with ^ and $, which match at any line break; ours matches the whole string.
        notes.append("matches `%s` as a whole" % rules["pattern"].lstrip("^").rstrip("$"))
    if "minimum" in rules:
        notes.append("at least %s" % rules["minimum"])
    if "maximum" in rules:
        notes.append("at most %s" % rules["maximum"])
    return notes


@pytest.mark.parametrize(("model", "prop"), RULE_CASES, ids=["%s.%s" % (m, prop.name) for m, prop in RULE_CASES])
def test_ruby_setter_rules_are_on_our_page(model: str, prop: RubyProperty) -> None:
    """Each rule Ruby's setter checks (lengths, bounds, the pattern) is in our notes, and a
    rule that refuses nil makes the property required."""
    notes = ours(model, prop).notes.split("<br>")
    for note in rule_notes(prop.rules):
        assert note in notes
    if prop.rules.get("not_nil"):
        assert notes[0] == "**required**"


@pytest.mark.parametrize("model", [model for model in MODELS if "effect_type" in ruby_facts(model)])
def test_props_pages_name_rubys_effect_type(model: str) -> None:
    """The page of a props model names the effect type Ruby's props class belongs to, and links Effect."""
    page = our_page(model)
    assert "**Effect type:** `%s`." % ruby_facts(model)["effect_type"] in page
    assert "[`Effect`](Effect.md)" in page


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


@pytest.mark.parametrize("model", MODELS)
def test_model_page_links_the_ruby_page_it_mirrors(model: str) -> None:
    """Each model page links the Ruby SDK 10.0.0 page of the same model, and no other Ruby page."""
    ruby_pages = re.findall(r"https://github\.com/talon-one/talon_one\.rb/[^)\s]+", our_page(model))
    assert ruby_pages == [RUBY_PAGE % model]
