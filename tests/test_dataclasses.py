"""What the dataclasses module, copy, help() and typing see of the models."""

from __future__ import annotations

import copy
import dataclasses
import pydoc
import sys
import typing
from typing import Any, Dict, List

import pytest

from talon_models import CartItem, NewCustomerSessionV2, ValidationError
from talon_models._registry import MODELS as REGISTRY

MODELS: List[Any] = list(REGISTRY.values())
IDS = list(REGISTRY)


def constructor_defaults(model: Any) -> Dict[str, Any]:
    """Each keyword of the constructor with its default, or MISSING."""
    import inspect

    parameters = inspect.signature(model.__init__).parameters
    ruby_names = {ruby_name for _, ruby_name in model._ruby_names}  # a second name of a field
    return {
        name: dataclasses.MISSING if parameter.default is parameter.empty else parameter.default
        for name, parameter in parameters.items()
        if name != "self" and name not in ruby_names
    }


@pytest.mark.parametrize("model", MODELS, ids=IDS)
def test_fields_say_what_the_constructor_does(model: Any) -> None:
    """Each field's default is the constructor's, and every field is keyword-only."""
    fields = dataclasses.fields(model)
    assert {item.name: item.default for item in fields} == constructor_defaults(model)
    for item in fields:
        assert item.default_factory is dataclasses.MISSING
        assert item.init and item.repr and item.compare
        if sys.version_info >= (3, 10):
            assert item.kw_only is True


@pytest.mark.parametrize("model", MODELS, ids=IDS)
def test_metadata_has_one_key_of_our_own(model: Any) -> None:
    """Nothing in the metadata is a key pydantic or attrs would read as their own."""
    for item in dataclasses.fields(model):
        assert list(item.metadata) == ["talon_models"]
        assert item.metadata["talon_models"].wire


@pytest.mark.parametrize("model", MODELS, ids=IDS)
def test_dataclass_params_and_match_args(model: Any) -> None:
    """__dataclass_params__ describes the model's own methods; no positional matching."""
    params = model.__dataclass_params__
    assert (params.init, params.repr, params.eq, params.order, params.frozen) == (True, True, True, False, False)
    if sys.version_info >= (3, 10):
        # What a keyword-only dataclass records on this Python: older patch releases (Debian's
        # 3.11.2, say) keep no kw_only in __dataclass_params__ at all.
        own = dataclasses.dataclass(kw_only=True)(type("Own", (), {})).__dataclass_params__
        assert getattr(params, "kw_only", None) == getattr(own, "kw_only", None)
        assert getattr(own, "kw_only", True) is True
    assert model.__match_args__ == ()


@pytest.mark.parametrize("decorate", [False, True], ids=["plain", "dataclass"])
def test_subclassing_a_model_fails_at_class_creation(decorate: bool) -> None:
    """A subclass, with or without @dataclass, is refused with a message that says why."""
    with pytest.raises(TypeError, match="models are not meant to be subclassed"):

        class Sub(CartItem):
            __slots__ = ()

        if decorate:
            dataclasses.dataclass(Sub)


def test_get_type_hints_gives_exactly_the_fields() -> None:
    """No internal names among the type hints, on every Python."""
    for model in MODELS:
        assert list(typing.get_type_hints(model)) == [item.name for item in dataclasses.fields(model)]


@pytest.mark.parametrize("model", MODELS, ids=IDS)
def test_help_shows_each_fields_description(model: Any) -> None:
    """help() shows the field's description from its declaration, not internal text."""
    text = pydoc.render_doc(model, renderer=pydoc.plaintext)
    assert "value tuple" not in text
    for item in dataclasses.fields(model):
        assert vars(model)[item.name].__doc__ == item.metadata["talon_models"].description
        first_words = " ".join(item.metadata["talon_models"].description.split()[:4])
        assert first_words in " ".join(text.split())


def kept_session() -> NewCustomerSessionV2:
    """A session with an unknown key and state unset."""
    return NewCustomerSessionV2.from_dict({"profileId": "a", "cartItems": [{"sku": "A", "quantity": 1}], "tier": 2})


def test_replace_keeps_unknown_keys_and_an_unset_state() -> None:
    """__replace__ (copy.replace on 3.13) changes only what it is given."""
    session = kept_session()
    changed = session.__replace__(profile_id="b")
    assert changed.to_dict() == {"profileId": "b", "cartItems": [{"sku": "A", "quantity": 1}], "tier": 2}
    assert session.to_dict()["profileId"] == "a"
    if sys.version_info >= (3, 13):
        assert copy.replace(session, profile_id="b") == changed


def test_replace_checks_every_change_and_names_unknown_fields() -> None:
    """A bad value is refused (all at once), an unknown name is a TypeError, as in the constructor."""
    item = CartItem(sku="A", quantity=1)
    with pytest.raises(ValidationError) as caught:
        item.__replace__(quantity=0, price=float("nan"))
    assert [detail.path for detail in caught.value.errors] == ["quantity", "price"]
    with pytest.raises(TypeError, match="'quantiy'"):
        item.__replace__(quantiy=2)
    assert item.quantity == 1


def test_dataclasses_replace_rebuilds_from_the_attributes_as_documented() -> None:
    """dataclasses.replace goes through the constructor: unknown keys go, state reads "open".

    The payloads guide says so and recommends copy.replace or a copy and an assignment.
    """
    session = kept_session()
    rebuilt = dataclasses.replace(session, profile_id="b")
    assert rebuilt.to_dict() == {"profileId": "b", "cartItems": [{"sku": "A", "quantity": 1}], "state": "open"}
    with pytest.raises(ValidationError, match="quantity: must be at least 1"):
        dataclasses.replace(CartItem(sku="A", quantity=1), quantity=0)


def test_a_shallow_copy_shares_lists_and_dicts_as_the_docs_say() -> None:
    """copy.copy: fields of its own to assign, the containers in them shared; deepcopy shares nothing."""
    session = kept_session()
    shallow = copy.copy(session)
    shallow.profile_id = "b"
    assert session.profile_id == "a"
    assert shallow.cart_items is session.cart_items
    deep = copy.deepcopy(session)
    assert deep.cart_items is not session.cart_items and deep == session
    assert shallow.to_dict()["tier"] == 2 and "state" not in shallow.to_dict()
