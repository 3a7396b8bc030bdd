"""The shape of the models: fields, wire keys, order, metadata, equality, repr."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from typing import Any, List

import oracle
import pytest

from talon_models import (
    CartItem,
    NewCustomerSessionV2,
    PriceDetail,
    Product,
    ValidationError,
)
from talon_models._examples import example_payload
from talon_models._registry import MODELS as REGISTERED

# Ruby attribute order, Python names and wire keys (talon_one 10.0.0), from the Ruby facts
# (tests/data/ruby/models), and the required fields: Ruby's, but those with a default.
MODELS: List[Any] = list(REGISTERED.values())
FIELDS = {model: list(oracle.SNAKE[model.__name__].items()) for model in MODELS}
REQUIRED = {
    model: {name for name, wire in FIELDS[model] if oracle.MODELS[model.__name__][wire][1].get("required")}
    for model in MODELS
}
IDS = [model.__name__ for model in MODELS]


@pytest.mark.parametrize("model", MODELS, ids=IDS)
def test_fields_match_ruby_names_order_and_wire_keys(model: Any) -> None:
    """Every model has the Ruby attributes, in Ruby order, with the Ruby JSON keys."""
    assert dataclasses.is_dataclass(model)
    assert [(f.name, f.metadata["talon_models"].wire) for f in dataclasses.fields(model)] == FIELDS[model]


@pytest.mark.parametrize("model", MODELS, ids=IDS)
def test_every_field_has_complete_metadata(model: Any) -> None:
    """Each field carries a rule and a description, and its required flag matches Ruby."""
    for item in dataclasses.fields(model):
        assert item.metadata["talon_models"].description.strip()
        assert item.metadata["talon_models"].rule.required == (item.name in REQUIRED.get(model, set()))


@pytest.mark.parametrize("model", MODELS, ids=IDS)
def test_constructor_takes_every_field_as_keyword(model: Any) -> None:
    """The constructor's keywords are exactly the field names."""
    import inspect

    parameters = inspect.signature(model.__init__).parameters
    ruby_names = set(oracle.RUBY_NAMES[model.__name__])  # a second name of a field: _return
    assert [name for name in parameters if name not in ruby_names | {"self"}] == [name for name, _ in FIELDS[model]]
    assert all(p.kind is p.KEYWORD_ONLY for name, p in parameters.items() if name != "self")


def test_the_fields_with_a_default_are_rubys() -> None:
    """The fields Ruby's constructor gives a default (session state "open", campaign state
    "enabled", ...) read it while unset; no other field has one."""
    defaults = {
        (model.__name__, item.metadata["talon_models"].wire): item.metadata["talon_models"].default
        for model in MODELS
        for item in dataclasses.fields(model)
        if item.metadata["talon_models"].default is not None
    }
    expected = {(name, wire): value for name, fields in oracle.DEFAULTS.items() for wire, value in fields.items()}
    assert defaults == expected
    assert defaults[("NewCustomerSessionV2", "state")] == defaults[("CustomerSessionV2", "state")] == "open"


def test_models_compare_by_class_and_value() -> None:
    """Equal data in the same class is equal; another class with the same shape is not."""
    assert Product(name="x") == Product.from_dict({"name": "x"})
    assert Product(name="x") != Product(name="y")
    assert Product(name="x") != PriceDetail()
    assert Product(name="x") != {"name": "x"}


def test_models_are_not_hashable() -> None:
    """Models are mutable, so they cannot be dict keys."""
    with pytest.raises(TypeError):
        hash(Product(name="x"))


def test_repr_shows_the_fields_that_are_set() -> None:
    """repr lists set fields by attribute name, in field order."""
    assert repr(CartItem(quantity=2, sku="A", price=1.5)) == "CartItem(sku='A', quantity=2, price=1.5)"
    assert repr(NewCustomerSessionV2()) == "NewCustomerSessionV2()"


def test_copy_deepcopy_and_pickle_keep_the_model() -> None:
    """The usual Python copies give equal, independent models."""
    item = CartItem.from_dict({"sku": "A", "quantity": 1, "attributes": {"a": [1]}, "x": 1})
    for clone in (copy.copy(item), copy.deepcopy(item), pickle.loads(pickle.dumps(item))):
        assert clone == item
        assert clone.to_dict() == item.to_dict()
    deep = copy.deepcopy(item)
    assert deep.attributes is not None
    deep.attributes["a"].append(2)
    assert item.to_dict()["attributes"] == {"a": [1]}


def test_a_shallow_copy_has_fields_of_its_own() -> None:
    """Assigning to a copy's field leaves the original as it was."""
    item = CartItem(sku="A", quantity=1)
    clone = copy.copy(item)
    clone.quantity = 5
    assert item.quantity == 1


@pytest.mark.parametrize("model", MODELS, ids=IDS)
def test_instances_have_no_instance_dict(model: Any) -> None:
    """Models keep their values in one slot: no per-instance __dict__ to pay for."""
    assert not hasattr(model.from_dict(example_payload(model)), "__dict__")


def test_models_can_be_weakly_referenced() -> None:
    """An embedding SDK may keep weak references to models."""
    import weakref

    item = CartItem(sku="A", quantity=1)
    assert weakref.ref(item)() is item


def test_dataclasses_replace_builds_a_checked_copy() -> None:
    """dataclasses.replace goes through the checking constructor."""
    item = CartItem(sku="A", quantity=1)
    assert dataclasses.replace(item, quantity=3).quantity == 3
    with pytest.raises(ValidationError, match="quantity: must be at least 1"):
        dataclasses.replace(item, quantity=0)


def test_deleting_a_field_unsets_it() -> None:
    """del model.field is the same as assigning None."""
    item = CartItem(sku="A", quantity=1, name="N")
    del item.name
    assert item.name is None
    with pytest.raises(ValidationError, match="sku: is required"):
        del item.sku


def test_type_hints_resolve_on_every_python() -> None:
    """typing.get_type_hints works on the models and the public functions (3.8 included)."""
    import inspect
    import typing

    import talon_models

    for name in talon_models.__all__:
        value = getattr(talon_models, name)
        if inspect.isfunction(value):
            typing.get_type_hints(value)
    for model in MODELS:
        hints = typing.get_type_hints(model)
        assert set(hints) >= {name for name, _ in FIELDS[model]}
        typing.get_type_hints(model.from_dict)
        typing.get_type_hints(model.to_json)


def test_repr_shows_unknown_fields() -> None:
    """Unknown keys count in ==, so repr shows them too."""
    assert repr(Product.from_dict({"name": "x", "brand": "B"})) == "Product(name='x', unknown_fields={'brand': 'B'})"


def test_dataclasses_functions_work_on_instances() -> None:
    """is_dataclass, fields and asdict accept instances as well as classes."""
    item = CartItem(sku="A", quantity=2, product=Product(name="P"))
    assert dataclasses.is_dataclass(item)
    assert [f.name for f in dataclasses.fields(item)][:3] == ["name", "sku", "quantity"]
    as_dict = dataclasses.asdict(item)
    assert as_dict["product"] == {"name": "P"} and as_dict["quantity"] == 2
