"""The docs generator (docs/hooks/reference.py) and the mkdocs hook that calls it."""

from __future__ import annotations

import contextlib
import dataclasses
import io
import json
import os
import re
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from conftest import load_file_module

from talon_models import (
    AdditionalCost,
    Campaign,
    CartItem,
    Effect,
    IntegrationStateV2,
    LedgerInfo,
    NewCustomerSessionV2,
    PriceDetail,
    Product,
    SetDiscountEffectProps,
)
from talon_models._fields import DateTime, Integer, ListOf, Nested, Number, String
from talon_models._registry import GROUPS

ROOT = Path(__file__).resolve().parents[1]
HOOKS = ROOT / "docs" / "hooks"
SPEC_EXAMPLES = ROOT / "tests" / "data" / "spec" / "response-examples.json"
HAND_WRITTEN = [
    "IntegrationRequest",
    "NewCustomerSessionV2",
    "CartItem",
    "AdditionalCost",
    "Product",
    "PriceDetail",
    "CustomerSessionV2",
]


def load(name: str, filename: str) -> Any:
    """A module of docs/hooks, imported under ``name`` without mkdocs."""
    return load_file_module(name, HOOKS / filename)


ref = load("talon_docs_reference", "reference.py")


class Odd(String):
    """A rule with a constraint the generator has never seen."""

    def constraints(self) -> Any:
        return {"palindrome": True}


def test_one_paragraph_stays_inline() -> None:
    """A one-paragraph description is put in the cell as it is."""
    assert ref.cell_markdown("The name of the item.") == "The name of the item."


def test_paragraphs_become_p_tags() -> None:
    """Paragraphs separated by a blank line become ``<p>`` elements around inline Markdown."""
    assert ref.cell_markdown("One `a`.\n\n**Two.**") == "<p>One `a`.</p><p>**Two.**</p>"


def test_nested_lists_become_html_lists() -> None:
    """An ordered list with a nested bullet list becomes ``<ol>`` holding a ``<ul>``."""
    text = "1. a\n2. b:\n    - c\n    - d\n3. e"
    expected = "<ol><li>a</li><li>b:<ul><li>c</li><li>d</li></ul></li><li>e</li></ol>"
    assert ref.cell_markdown(text) == expected


def test_list_item_continuation_lines_join_the_item() -> None:
    """A wrapped list item stays one item."""
    assert ref.cell_markdown("- a\n  more\n- b") == "<ul><li>a more</li><li>b</li></ul>"


def test_pipes_are_escaped() -> None:
    """A ``|`` in a description cannot end the table cell."""
    assert ref.cell_markdown("a | b") == "a \\| b"


def test_length_range_is_written_as_a_range() -> None:
    """min and max length together read as one range."""
    assert ref.constraint_notes(String(min_length=1, max_length=1000)) == ["1\u20131000 characters"]


def test_maximum_length_alone() -> None:
    """A maximum length alone reads as 'at most'."""
    assert ref.constraint_notes(String(max_length=100)) == ["at most 100 characters"]


def test_minimum_integer() -> None:
    """An integer minimum reads as 'at least'."""
    assert ref.constraint_notes(Integer(minimum=1)) == ["at least 1"]


def test_choices_are_listed_as_code() -> None:
    """An enum lists its values in order, as code."""
    assert ref.constraint_notes(String(choices=("open", "closed"))) == ["one of `open`, `closed`"]


def test_list_item_constraints_are_described() -> None:
    """Constraints of a list's elements are described too."""
    assert ref.constraint_notes(ListOf(String(max_length=5), max_items=3)) == [
        "at most 3 items",
        "each item at most 5 characters",
    ]


def test_a_single_item_limit_reads_in_the_singular() -> None:
    """loyaltyCards takes one card: 'at most 1 item'."""
    assert ref.constraint_notes(ListOf(String(), max_items=1)) == ["at most 1 item"]


def test_a_uuid_format_is_described() -> None:
    """adjustmentReferenceId says what a UUID looks like, and that either letter case is read."""
    assert ref.constraint_notes(String(format="uuid")) == [
        "a UUID: 32 hexadecimal digits grouped 8-4-4-4-12 by hyphens, in either letter case"
    ]


def test_an_unknown_constraint_fails_loudly() -> None:
    """A constraint the generator cannot describe raises instead of vanishing from the docs."""
    with pytest.raises(ValueError, match="palindrome"):
        ref.constraint_notes(Odd())


def test_every_constraint_of_the_models_is_described() -> None:
    """Every field of every model gets its notes without an error."""
    for model in ref.MODELS.values():
        for item in dataclasses.fields(model):
            assert ref.field_notes(item.metadata["talon_models"])


def test_required_field_notes() -> None:
    """A required field says so first, then its constraints."""
    meta = {item.name: item.metadata["talon_models"] for item in dataclasses.fields(CartItem)}
    assert ref.field_notes(meta["quantity"]) == ["**required**", "at least 1"]


def test_default_is_shown_as_json() -> None:
    """A default is shown as its JSON value."""
    meta = {item.name: item.metadata["talon_models"] for item in dataclasses.fields(NewCustomerSessionV2)}
    assert 'default: `"open"`' in ref.field_notes(meta["state"])


def test_server_calculated_fields_are_marked_read_only() -> None:
    """A field the server calculates is marked read-only."""
    meta = {item.name: item.metadata["talon_models"] for item in dataclasses.fields(CartItem)}
    assert "read-only: set by the server" in ref.field_notes(meta["position"])
    assert "read-only: set by the server" not in ref.field_notes(meta["price"])


def test_cart_item_example_is_what_a_request_sends() -> None:
    """The CartItem page's sample and JSON example set no read-only field: a request leaves them to the server."""
    specs = [item.metadata["talon_models"] for item in dataclasses.fields(CartItem)]
    read_only = {spec.wire for spec in specs if spec.server_calculated}
    example = json.loads(ref.example_json(CartItem))
    assert {"sku", "quantity", "price"} <= set(example)
    assert read_only.isdisjoint(example)


def test_nested_model_type_links_to_its_page() -> None:
    """A nested model's type is a link to the model's page."""
    assert ref.type_markdown(Nested(Product)) == "[`Product`](Product.md)"


def test_list_of_models_links_the_element_type() -> None:
    """A list of models links the model inside ``list[...]``, and may break after ``list[``
    (``list[LoyaltyCardProfileRegistration]`` would make a table wider than the page)."""
    rule = dataclasses.fields(NewCustomerSessionV2)[7].metadata["talon_models"].rule
    assert ref.type_markdown(rule) == "`list[`<wbr>[`CartItem`](CartItem.md)`]`"


def test_map_of_models_links_the_value_type() -> None:
    """A map of models links the model inside ``dict[str, ...]``."""
    meta = {item.name: item.metadata["talon_models"] for item in dataclasses.fields(CartItem)}
    assert ref.type_markdown(meta["prices"].rule) == "`dict[str, `<wbr>[`PriceDetail`](PriceDetail.md)`]`"


def test_plain_list_type_is_one_code_span() -> None:
    """A list of scalars is one code span."""
    assert ref.type_markdown(ListOf(Integer())) == "`list[int]`"


def test_table_has_a_row_per_field_in_field_order() -> None:
    """The table has a header, a rule and one row per field, in field order."""
    lines = ref.properties_table(CartItem).splitlines()
    names = [field.name for field in dataclasses.fields(CartItem)]
    assert len(lines) == 2 + len(names)
    assert [line.split("`")[1] for line in lines[2:]] == names


def test_table_rows_show_the_wire_key() -> None:
    """Each row shows the field's JSON key, such as the irregular ``catalogItemID``."""
    assert "| `catalog_item_id`<br>JSON key: `catalogItemID` |" in ref.properties_table(CartItem)


def test_example_json_is_the_example_payload_indented() -> None:
    """The generated JSON is the model's example, written by ``to_json(indent=2)``."""
    text = ref.example_json(AdditionalCost)
    assert text == AdditionalCost(price=4.5).to_json(indent=2)
    assert json.loads(text) == {"price": 4.5}


def test_example_block_is_titled_output() -> None:
    """The JSON example is a json code block titled Output, which the samples test reads."""
    assert ref.example_block(Product) == '```json title="Output"\n{\n  "name": "sample_product"\n}\n```'


def test_expand_replaces_the_markers() -> None:
    """Both markers are replaced; the rest of the page is left alone."""
    page = "# P\n\n<!-- properties: PriceDetail -->\n\n<!-- example-json: PriceDetail -->\n<!-- other -->\n"
    out = ref.expand(page)
    assert ref.properties_table(PriceDetail) in out
    assert ref.example_block(PriceDetail) in out
    assert "<!-- other -->" in out and "properties:" not in out


def test_expand_rejects_an_unknown_model() -> None:
    """A marker naming no model fails the build instead of leaving a hole."""
    with pytest.raises(ValueError, match="CartItems"):
        ref.expand("<!-- properties: CartItems -->")


def test_markers_must_stand_on_their_own_line() -> None:
    """A marker quoted inside a sentence is not expanded."""
    page = "Write `<!-- properties: CartItem -->` in a page."
    assert ref.expand(page) == page


def test_hook_expands_page_markdown(monkeypatch: pytest.MonkeyPatch) -> None:
    """The mkdocs hook hands the page to the generator and returns its result."""
    monkeypatch.syspath_prepend(str(HOOKS))
    hooks = load("talon_docs_hooks", "hooks.py")
    page = "<!-- example-json: Product -->"
    assert hooks.on_page_markdown(page, page=None, config=None, files=None) == ref.expand(page)


def test_a_field_with_another_ruby_name_says_so() -> None:
    """``return_`` names Ruby's ``_return`` in its notes, and says the constructor takes it."""
    meta = {item.name: item.metadata["talon_models"] for item in dataclasses.fields(IntegrationStateV2)}
    assert ref.field_notes(meta["return_"])[-1] == "Ruby's name: `_return`, which the constructor also takes"
    assert not any("Ruby's name" in note for note in ref.field_notes(meta["effects"]))


def test_open_enum_pattern_and_bounds_read_as_sentences() -> None:
    """The new constraints: an open enum, a whole-string pattern, and a range."""
    assert ref.constraint_notes(String(choices=("a", "b"), closed=False)) == [
        "known values: `a`, `b`; any other string is kept as it is"
    ]
    assert ref.constraint_notes(String(pattern="[A-Z]*")) == ["matches `[A-Z]*` as a whole"]
    assert ref.constraint_notes(Integer(minimum=0, maximum=9)) == ["at least 0", "at most 9"]


# --- Code samples -------------------------------------------------------------------------


def test_a_call_that_fits_stays_on_one_line() -> None:
    """A short constructor call is one line."""
    code = ("Tier(", [("id=", "11"), ("name=", '"bronze"')], ")")
    assert ref._lines(code, 0, "tier = ", "") == ['tier = Tier(id=11, name="bronze")']


def test_a_long_call_has_one_argument_a_line_with_trailing_commas() -> None:
    """A call too long for one line gets one argument a line, each with a comma, as ruff format writes it."""
    code = ("Tier(", [("name=", '"%s"' % ("x" * 90)), ("id=", "11")], ")")
    assert ref._lines(code, 0, "tier = ", "") == ["tier = Tier(", '    name="%s",' % ("x" * 90), "    id=11,", ")"]


def test_a_long_list_of_plain_values_fills_its_lines() -> None:
    """Thirty-six one-character strings take three lines, not thirty-six."""
    code = ("[", [("", '"%s"' % char) for char in "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"], "]")
    lines = ref._lines(code, 1, "valid_characters=", ",")
    assert lines[0] == "    valid_characters=["
    assert lines[-1] == "    ],"
    assert len(lines) == 5
    assert all(len(line) <= ref.SAMPLE_WIDTH and line.endswith(",") for line in lines[1:-1])


def test_date_times_are_written_with_their_zone() -> None:
    """UTC is ``timezone.utc``; an offset is a ``timedelta`` in hours, or minutes when it has them."""
    names: set = set()
    utc = ref._datetime_code(datetime(2020, 6, 10, 9, 5, tzinfo=timezone.utc), names)
    assert ref._flat(utc) == "datetime(2020, 6, 10, 9, 5, tzinfo=timezone.utc)"
    assert names == {"datetime", "timezone"}
    east = ref._datetime_code(datetime(2022, 8, 2, tzinfo=timezone(timedelta(hours=7))), names)
    assert ref._flat(east) == "datetime(2022, 8, 2, tzinfo=timezone(timedelta(hours=7)))"
    west = ref._datetime_code(datetime(2022, 8, 2, 1, 0, 0, 5, tzinfo=timezone(-timedelta(hours=3, minutes=30))), names)
    assert ref._flat(west) == "datetime(2022, 8, 2, 1, 0, 0, 5, tzinfo=timezone(timedelta(minutes=-210)))"
    assert names == {"datetime", "timedelta", "timezone"}


def test_json_values_are_python_literals() -> None:
    """JSON data in a sample is written as Python: ``True``, ``None``, double-quoted strings."""
    value = {"a": [True, None, 1.5, "x\ny"], "b": {}}
    assert ref._flat(ref._literal(value)) == '{"a": [True, None, 1.5, "x\\ny"], "b": {}}'
    assert eval(ref._flat(ref._literal(value))) == value


def test_the_sample_names_the_model_after_it() -> None:
    """Effect props are ``props``; other models their class name in snake case, without a version."""
    assert ref.sample_variable(SetDiscountEffectProps) == "props"
    assert ref.sample_variable(IntegrationStateV2) == "integration_state"
    assert ref.sample_variable(LedgerInfo) == "ledger_info"


def test_a_sample_leaves_out_defaults_that_were_not_set() -> None:
    """A campaign sample sets what its example sets, and no default it did not set."""
    sample = ref.python_sample(Campaign)
    assert '    state="enabled",\n' in sample  # set by the example
    assert "    limits=[\n        LimitConfig(\n" in sample
    minimal = ref._model_code(Campaign.from_dict(_without(Campaign, "state")), set(), set())
    assert ", state=" not in ref._flat(minimal)


def _without(model: Any, wire: str) -> Any:
    payload = json.loads(ref.example_json(model))
    del payload[wire]
    return payload


def test_every_generated_sample_runs_and_prints_the_example_json() -> None:
    """Each generated sample is valid Python that prints its model's example JSON."""
    for name in ref.generated_models():
        model = ref.MODELS[name]
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile(ref.python_sample(model), name, "exec"), {})
        assert out.getvalue() == ref.example_json(model) + "\n", name


# --- Where a sample differs ------------------------------------------------------------------


def test_ruby_sample_texts_compare_by_value() -> None:
    """A Ruby sample's text matches a value of the same meaning written differently."""
    assert ref._same_as_ruby("2021-07-20T22:00Z", "2021-07-20T22:00:00Z", DateTime())
    assert not ref._same_as_ruby("2021-07-20T22:00Z", "2021-07-20T23:00:00Z", DateTime())
    assert ref._same_as_ruby("288.0", 288.0, Number())
    assert ref._same_as_ruby("[coupons, referrals]", ["coupons", "referrals"], ListOf(String()))
    assert ref._same_as_ruby('{"a":1}', {"a": 1}, String())
    assert ref._same_as_ruby("null", None, String())
    assert not ref._same_as_ruby("null", "x", String())


def test_the_note_names_required_and_optional_fields_ruby_leaves_null() -> None:
    """LedgerEntry: Ruby's sample has null for the required accountId and the optional referenceId."""
    note = ref.sample_note(ref.MODELS["LedgerEntry"])
    assert note.startswith('!!! note "Where this sample differs from the Ruby page"\n\n    ')
    assert (
        "The Ruby page's sample has `null` for the required `account_id`, which Ruby's own `valid?` refuses, "
        "and for the optional `reference_id`. This sample gives each of them a value." in note
    )


def test_the_note_explains_an_invalid_specification_example() -> None:
    """Campaign: the specification's impossible date is named, with why it is not used."""
    note = ref.sample_note(Campaign)
    assert "`2022-10-97T35:00:00Z`" in note and "the required `limits`" in note


def test_no_note_where_the_sample_is_the_ruby_pages() -> None:
    """A model whose example is the Ruby sample's gets no note."""
    assert ref.sample_note(ref.MODELS["AudienceMembership"]) == ""


def test_an_unexplained_difference_fails_the_build(monkeypatch: pytest.MonkeyPatch) -> None:
    """A value that differs from a non-null Ruby sample value needs a reason in SAMPLE_NOTES."""
    sample = dict(ref.ruby_sample("AudienceMembership"), name="Another audience")
    monkeypatch.setattr(ref, "ruby_sample", lambda name: sample)
    with pytest.raises(ValueError, match="AudienceMembership: the example of name differs"):
        ref.sample_note(ref.MODELS["AudienceMembership"])


def test_every_invalid_specification_example_is_explained() -> None:
    """SAMPLE_NOTES explains exactly the specification examples that a generated page's model
    refuses, and quotes each."""
    schemas = json.loads(SPEC_EXAMPLES.read_text(encoding="utf-8"))["schemas"]
    refused = {}
    for name in ref.generated_models():
        specs = {spec.wire: spec for spec in map(ref.spec_of, dataclasses.fields(ref.MODELS[name]))}
        for wire, value in schemas.get(name, {}).items():
            errors: list = []
            if wire in specs and value is not None:
                specs[wire].rule.read(value, wire, errors)
                if errors:
                    refused[(name, wire)] = value
    assert set(ref.SAMPLE_NOTES) == set(refused)
    for key, value in refused.items():
        quoted = value if isinstance(value, str) and value[:1].isdigit() else json.dumps(value)  # a date-time bare
        assert "`%s`" % quoted in ref.SAMPLE_NOTES[key]


# --- Generated pages and the nav -------------------------------------------------------------------


def test_the_hand_written_pages_are_kept() -> None:
    """The seven pages with prose stay files; every other model's page is generated."""
    assert ref.hand_written_models() == HAND_WRITTEN
    assert ref.generated_models() == [name for name in ref.MODELS if name not in HAND_WRITTEN]


def test_a_generated_page_has_every_part() -> None:
    """Title, what it is, the Ruby page it mirrors, where it is used, properties, sample, note."""
    page = ref.model_page(LedgerInfo)
    assert page.startswith("---\nhide:\n  - toc\n---\n\n# LedgerInfo\n\n")
    assert (
        "The point balances of a loyalty ledger, and the customer's tier in it. It mirrors the Ruby SDK's "
        "[`TalonOne::LedgerInfo`](https://github.com/talon-one/talon_one.rb/blob/v10.0.0/docs/LedgerInfo.md)." in page
    )
    assert (
        "**Used in:** `ledger` and `subledgers` of [`LoyaltyCard`](LoyaltyCard.md), "
        "`ledger` and `sub_ledgers` of [`LoyaltyProgramLedgers`](LoyaltyProgramLedgers.md)." in page
    )
    assert ref.properties_block(LedgerInfo) in page
    assert "```python\n%s```" % ref.python_sample(LedgerInfo) in page
    assert ref.example_block(LedgerInfo) in page
    assert page.endswith(ref.sample_note(LedgerInfo) + "\n")
    assert "(Ruby: " not in page and "``T" not in page


def test_a_props_page_names_its_effect_type_and_links_effect() -> None:
    """A props model's page says which effect type it reads and how, and links Effect."""
    page = ref.model_page(SetDiscountEffectProps)
    assert (
        "**Effect type:** `setDiscount`. This model reads the `props` of an [`Effect`](Effect.md) whose "
        "`effect_type` is `setDiscount`: `effect.typed_props()` gives one, as does "
        "`effect.props_as(SetDiscountEffectProps)`, while `effect.props` stays the JSON object that was sent. "
        "No other model holds it." in page
    )
    assert "**Used in:**" not in page
    assert "The example of this page, built in Python:\n" in page  # no model inside it


def test_a_sample_with_models_inside_says_how_they_are_built() -> None:
    """Where the example holds other models, the sample's introduction says they have their own constructors."""
    assert (
        "The example of this page, built in Python (the models inside it with their own constructors):\n"
        in ref.model_page(LedgerInfo)
    )


def test_the_effect_page_lists_each_effect_type_with_its_props_model() -> None:
    """Effect's page has the table of effect types and props models, linked."""
    page = ref.model_page(Effect)
    assert "| `setDiscount` | [`SetDiscountEffectProps`](SetDiscountEffectProps.md) |" in page
    assert page.count("EffectProps.md) |") == len(ref.EFFECT_PROPS)
    assert "**Used in:** `effects` of [`IntegrationStateV2`](IntegrationStateV2.md)." in page


def test_holders_are_found_through_lists_and_maps() -> None:
    """LedgerInfo is held alone and in maps; IntegrationStateV2 by nothing."""
    assert ref.holders(LedgerInfo) == [
        ("LoyaltyCard", "ledger"),
        ("LoyaltyCard", "subledgers"),
        ("LoyaltyProgramLedgers", "ledger"),
        ("LoyaltyProgramLedgers", "sub_ledgers"),
    ]
    assert ref.holders(IntegrationStateV2) == []


def test_the_nav_has_every_model_once_in_its_group_in_registry_order() -> None:
    """Four groups in order; each model once, in registry order, with its page."""
    nav = ref.models_nav()
    assert [next(iter(group)) for group in nav] == [group for group, _ in GROUPS]
    pages = [page for group in nav for entries in group.values() for page in entries]
    assert [path for page in pages for path in page.values()] == ["models/%s.md" % name for name in ref.MODELS]
    assert nav[1] == {"Returned session": [{"CustomerSessionV2": "models/CustomerSessionV2.md"}]}
    effects = nav[3]["Effects"]
    assert effects[:2] == [{"Effect": "models/Effect.md"}, {"acceptCoupon": "models/AcceptCouponEffectProps.md"}]
    assert [next(iter(page)) for page in effects[1:]] == list(ref.EFFECT_PROPS)


def test_hook_fills_the_models_section_of_the_nav(monkeypatch: pytest.MonkeyPatch) -> None:
    """on_config replaces whatever mkdocs.yml lists under Models, and leaves the rest."""
    pytest.importorskip("mkdocs")
    monkeypatch.syspath_prepend(str(HOOKS))
    hooks = load("talon_docs_hooks", "hooks.py")
    config = {"nav": [{"Home": "index.md"}, {"Models": []}, {"Changelog": "changelog.md"}]}
    hooks.on_config(config)
    assert config["nav"] == [{"Home": "index.md"}, {"Models": ref.models_nav()}, {"Changelog": "changelog.md"}]


def test_hook_refuses_a_nav_without_models(monkeypatch: pytest.MonkeyPatch) -> None:
    """A nav without a Models section stops the build instead of hiding every model page."""
    pytest.importorskip("mkdocs")
    from mkdocs.exceptions import PluginError

    monkeypatch.syspath_prepend(str(HOOKS))
    hooks = load("talon_docs_hooks", "hooks.py")
    with pytest.raises(PluginError, match="Models"):
        hooks.on_config({"nav": [{"Home": "index.md"}]})


def test_mkdocs_config_loads_the_vendored_mermaid() -> None:
    """mkdocs.yml points at the vendored mermaid file, so diagrams render without a CDN."""
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "assets/javascripts/mermaid.min.js" in config
    assert (ROOT / "docs" / "assets" / "javascripts" / "mermaid.min.js").stat().st_size > 1_000_000


@pytest.mark.docs_build
def test_strict_build_renders_the_generated_table(tmp_path: Path) -> None:
    """``mkdocs build --strict`` passes and the CartItem page has the table, lists and links."""
    site = tmp_path / "site"
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site)],
        cwd=str(ROOT),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=dict(os.environ, NO_MKDOCS_2_WARNING="1"),
        check=False,
    )
    assert result.returncode == 0, result.stdout
    cart = (site / "models" / "CartItem" / "index.html").read_text(encoding="utf-8")
    assert "<table>" in cart and "<code>catalogItemID</code>" in cart
    assert 'href="../PriceDetail/"' in cart
    assert "&amp;#x60;" not in cart
    session = (site / "models" / "NewCustomerSessionV2" / "index.html").read_text(encoding="utf-8")
    assert "<ol>" in session and "<ul>" in session
    assert "mermaid.min.js" in session


@pytest.mark.docs_build
def test_strict_build_has_a_page_for_every_model_in_its_nav_group(tmp_path: Path) -> None:
    """The generated pages are built, hand-written pages keep their prose, and the nav lists
    every model under its group."""
    site = tmp_path / "site"
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site)],
        cwd=str(ROOT),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=dict(os.environ, NO_MKDOCS_2_WARNING="1"),
        check=False,
    )
    assert result.returncode == 0, result.stdout
    for name in ref.MODELS:
        assert (site / "models" / name / "index.html").is_file(), name
    campaign = (site / "models" / "Campaign" / "index.html").read_text(encoding="utf-8")
    assert '<h1 id="campaign">Campaign' in campaign and '<div class="properties">' in campaign
    assert 'href="../LimitConfig/"' in campaign and "2022-10-97T35:00:00Z" in campaign
    cart = (site / "models" / "CartItem" / "index.html").read_text(encoding="utf-8")
    assert "<code>talon_models.CartItem</code>" in cart  # the hand-written page's prose
    home = (site / "index.html").read_text(encoding="utf-8")
    labels = re.findall(r'id="__nav_\d+_\d+_label"[^>]*>\s*<span class="md-ellipsis">\s*([^<]*?)\s*</span>', home)
    assert labels == [group for group, _ in GROUPS]
    assert re.findall(r'<a href="models/(\w+)/" class="md-nav__link"', home) == list(ref.MODELS)


def test_number_fields_say_they_take_a_decimal() -> None:
    """Every number field's notes say a Decimal is taken; no other field's do."""
    from talon_models._fields import spec_of
    from talon_models._registry import MODELS

    for model in MODELS.values():
        for item in dataclasses.fields(model):
            spec = spec_of(item)
            notes = " ".join(ref.field_notes(spec))
            assert ("takes a `Decimal` too" in notes) == isinstance(spec.rule, Number), (model.__name__, item.name)
