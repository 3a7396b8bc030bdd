"""Effect, the table of effect types, and the typed view of an effect's props."""

from __future__ import annotations

import copy
import dataclasses
import re
from datetime import datetime, timezone
from typing import Any, Dict

import pytest

import talon_models._effect_props as props_module
from talon_models import ValidationError
from talon_models._base import Model
from talon_models._effect import EFFECT_PROPS, Effect
from talon_models._effect_props import (
    AddLoyaltyPointsEffectProps,
    CustomEffectProps,
    DeductLoyaltyPointsEffectProps,
    ExtendLoyaltyPointsExpiryDateEffectProps,
    RejectCouponEffectProps,
    SetDiscountEffectProps,
    SetDiscountPerItemEffectProps,
    ShowBundleMetadataEffectProps,
    TriggerWebhookEffectProps,
    UpdateAttributeEffectProps,
    WillAwardGiveawayEffectProps,
)
from talon_models._examples import example_payload

# The props classes of talon_one 10.0.0 (Effect.props, one per effect type), in the
# order of RUBY_BEHAVIOUR.md 11.1.
RUBY_PROPS_CLASSES = (
    "AcceptCouponEffectProps",
    "AcceptReferralEffectProps",
    "AddFreeItemEffectProps",
    "AddLoyaltyPointsEffectProps",
    "AddToAudienceEffectProps",
    "AwardGiveawayEffectProps",
    "ChangeLoyaltyTierLevelEffectProps",
    "CouponCreatedEffectProps",
    "CustomEffectProps",
    "DeductLoyaltyPointsEffectProps",
    "ErrorEffectProps",
    "ExtendLoyaltyPointsExpiryDateEffectProps",
    "IncreaseAchievementProgressEffectProps",
    "RedeemReferralEffectProps",
    "ReferralCreatedEffectProps",
    "RejectCouponEffectProps",
    "RejectReferralEffectProps",
    "RemoveFromAudienceEffectProps",
    "ReserveCouponEffectProps",
    "RollbackAddedLoyaltyPointsEffectProps",
    "RollbackCouponEffectProps",
    "RollbackDeductedLoyaltyPointsEffectProps",
    "RollbackDiscountEffectProps",
    "RollbackIncreasedAchievementProgressEffectProps",
    "RollbackReferralEffectProps",
    "SetDiscountEffectProps",
    "SetDiscountPerAdditionalCostEffectProps",
    "SetDiscountPerAdditionalCostPerItemEffectProps",
    "SetDiscountPerItemEffectProps",
    "ShowBundleMetadataEffectProps",
    "ShowNotificationEffectProps",
    "TriggerWebhookEffectProps",
    "UpdateAttributeEffectProps",
    "WillAwardGiveawayEffectProps",
)

ALL_MODELS = [Effect, *EFFECT_PROPS.values()]
ALL_IDS = [model.__name__ for model in ALL_MODELS]


def effect(effect_type: str, props: Any, **extra: Any) -> Dict[str, Any]:
    """The wire form of an effect of ``effect_type`` with ``props``."""
    data = {
        "campaignId": 244,
        "rulesetId": 73,
        "ruleIndex": 2,
        "ruleName": "Give 20% discount",
        "effectType": effect_type,
    }
    data.update(extra)
    data["props"] = props
    return data


SET_DISCOUNT = {"name": "10% off", "value": 2.5, "scope": "sessionTotal", "desiredValue": 2.5}
ADD_POINTS = {
    "name": "Points for purchase",
    "programId": 5,
    "subLedgerId": "main",
    "value": 100,
    "recipientIntegrationId": "URNGV8294NV",
    "startDate": "2024-01-01T00:00:00+02:00",
    "transactionUUID": "8c2d3670-6ea5-4e9e-b5c6-e7e7b4a10111",
    "cardIdentifier": "summer-loyalty-card-0543",
}
# The props of the newest API version: no previousExpirationDate, which Ruby 10.0.0 requires.
EXTEND_NEWER_API = {"programId": 5, "subLedgerId": "main", "extensionDuration": "12h", "affectedTransactions": []}


def validation_error(call: Any) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call()
    return caught.value


# -- the table --------------------------------------------------------------------------


def test_the_table_has_one_entry_per_ruby_props_class() -> None:
    """One effect type per Ruby props class, each with its own class, in the order of Ruby's list."""
    assert [model.__name__ for model in EFFECT_PROPS.values()] == list(RUBY_PROPS_CLASSES)
    assert len(set(EFFECT_PROPS.values())) == len(EFFECT_PROPS) == len(RUBY_PROPS_CLASSES)


def test_each_effect_type_names_its_props_class() -> None:
    """``setDiscount`` goes with SetDiscountEffectProps; only ``customEffect`` is spelled otherwise."""
    for effect_type, model in EFFECT_PROPS.items():
        if effect_type == "customEffect":
            assert model is CustomEffectProps
        else:
            assert model.__name__ == effect_type[0].upper() + effect_type[1:] + "EffectProps"
    assert EFFECT_PROPS["error"].__name__ == "ErrorEffectProps"
    assert EFFECT_PROPS["showBundleMetadata"] is ShowBundleMetadataEffectProps


def test_every_props_model_is_in_the_table() -> None:
    """No props model of the module is left out of the table."""
    defined = {
        value
        for value in vars(props_module).values()
        if isinstance(value, type) and issubclass(value, Model) and value is not Model
    }
    assert defined == set(EFFECT_PROPS.values())


def test_a_type_ruby_has_no_class_for_is_not_in_the_table() -> None:
    """``setLoyaltyPointsExpiryDate`` is in the API spec but has no Ruby props class."""
    assert "setLoyaltyPointsExpiryDate" not in EFFECT_PROPS


@pytest.mark.parametrize("model", list(EFFECT_PROPS.values()), ids=list(EFFECT_PROPS))
def test_each_props_docstring_names_its_effect_type_and_ruby_class(model: Any) -> None:
    """The class docstring says which effect type it is the props of, and which Ruby class it mirrors."""
    (effect_type,) = [name for name, value in EFFECT_PROPS.items() if value is model]
    doc = model.__doc__
    assert "``%s`` effect" % effect_type in doc
    assert doc.endswith("(Ruby: ``TalonOne::%s``)." % model.__name__)


# -- the models' declarations -------------------------------------------------------------


@pytest.mark.parametrize("model", ALL_MODELS, ids=ALL_IDS)
def test_the_example_is_valid_and_complete(model: Any) -> None:
    """Every field has an example, and together they make a valid payload."""
    payload = example_payload(model)
    assert list(payload) == [item.metadata["talon_models"].wire for item in dataclasses.fields(model)]
    assert model.from_dict(payload).to_dict() == payload


def test_effect_fields_in_ruby_order() -> None:
    """Effect has Ruby's 16 fields, in Ruby's order, with its JSON keys."""
    assert [(item.name, item.metadata["talon_models"].wire) for item in dataclasses.fields(Effect)] == [
        ("campaign_id", "campaignId"),
        ("ruleset_id", "rulesetId"),
        ("rule_index", "ruleIndex"),
        ("rule_name", "ruleName"),
        ("effect_type", "effectType"),
        ("triggered_by_coupon", "triggeredByCoupon"),
        ("triggered_for_catalog_item", "triggeredForCatalogItem"),
        ("condition_index", "conditionIndex"),
        ("evaluation_group_id", "evaluationGroupID"),
        ("evaluation_group_mode", "evaluationGroupMode"),
        ("campaign_revision_id", "campaignRevisionId"),
        ("campaign_revision_version_id", "campaignRevisionVersionId"),
        ("selected_price_type", "selectedPriceType"),
        ("selected_price", "selectedPrice"),
        ("adjustment_reference_id", "adjustmentReferenceId"),
        ("props", "props"),
    ]
    required = {item.name for item in dataclasses.fields(Effect) if item.metadata["talon_models"].rule.required}
    assert required == {"campaign_id", "ruleset_id", "rule_index", "rule_name", "effect_type", "props"}


def test_extend_expiry_keeps_rubys_fields_and_names() -> None:
    """``transactionUUIDs`` is ``transaction_uuids`` (Ruby: ``transaction_uui_ds``); the old date stays required."""
    specs = {
        item.name: item.metadata["talon_models"]
        for item in dataclasses.fields(ExtendLoyaltyPointsExpiryDateEffectProps)
    }
    assert list(specs) == [
        "program_id",
        "sub_ledger_id",
        "extension_duration",
        "transaction_uuids",
        "previous_expiration_date",
    ]
    assert specs["transaction_uuids"].wire == "transactionUUIDs"
    assert specs["transaction_uuids"].ruby_name == "transaction_uui_ds"
    assert specs["previous_expiration_date"].rule.required
    when = datetime(2021, 9, 12, 10, 12, 42, tzinfo=timezone.utc)
    by_ruby_name = ExtendLoyaltyPointsExpiryDateEffectProps(
        program_id=5,
        sub_ledger_id="main",
        extension_duration="12h",
        transaction_uui_ds=["t-1"],
        previous_expiration_date=when,
    )
    assert by_ruby_name.transaction_uuids == ["t-1"]
    assert by_ruby_name.to_dict()["transactionUUIDs"] == ["t-1"]


# -- Effect: props kept as sent ----------------------------------------------------------


def test_any_effect_type_is_valid_and_props_are_kept_as_sent() -> None:
    """Effect does not check props against its type: wrong shapes and unknown types pass unchanged."""
    for effect_type, props in [
        ("setDiscount", {"name": 10, "value": "2.5", "list": [1, None, {"k": None}]}),
        ("setLoyaltyPointsExpiryDate", {"programId": 5}),
        ("brandNewEffect", {}),
        ("", SET_DISCOUNT),
    ]:
        data = effect(effect_type, props)
        assert Effect.from_dict(data).to_dict() == data


@pytest.mark.parametrize("props", ["x", 1, True, [SET_DISCOUNT], None])
def test_props_must_be_a_json_object(props: Any) -> None:
    """A string, number, bool or array is refused at ``props``; so is a missing one."""
    error = validation_error(lambda: Effect.from_dict(effect("setDiscount", props)))
    assert [e.loc for e in error.errors] == [("props",)]


def test_unknown_keys_of_the_effect_and_of_its_props_are_kept() -> None:
    """``experimentId`` (newer API) on the effect and ``excludedFromPriceHistory`` in props pass through."""
    props = {
        "name": "Discount on item #1",
        "value": 1.5,
        "position": 1,
        "excludedFromPriceHistory": False,
    }
    data = effect("setDiscountPerItem", props, experimentId=12)
    read = Effect.from_dict(data)
    assert read.unknown_fields == {"experimentId": 12}
    assert read.to_dict() == data
    typed = read.typed_props()
    assert isinstance(typed, SetDiscountPerItemEffectProps)
    assert typed.unknown_fields == {"excludedFromPriceHistory": False}
    assert typed.to_dict() == props


# -- the typed view ------------------------------------------------------------------------


def test_typed_props_reads_props_with_the_model_of_the_type() -> None:
    """The view is the type's props model, with typed attributes."""
    typed = Effect.from_dict(effect("setDiscount", SET_DISCOUNT)).typed_props()
    assert typed == SetDiscountEffectProps(name="10% off", value=2.5, scope="sessionTotal", desired_value=2.5)

    points = Effect.from_dict(effect("addLoyaltyPoints", ADD_POINTS)).typed_props()
    assert isinstance(points, AddLoyaltyPointsEffectProps)
    assert points.start_date == datetime(2023, 12, 31, 22, tzinfo=timezone.utc)
    assert points.start_date.utcoffset() is not None and points.start_date.utcoffset().total_seconds() == 7200
    assert points.transaction_uuid == "8c2d3670-6ea5-4e9e-b5c6-e7e7b4a10111"
    assert points.to_dict() == ADD_POINTS


def test_numbers_that_ruby_types_as_floats_stay_as_sent() -> None:
    """``webhookId`` and ``itemsIndices`` are numbers: an integer is kept as an integer, a fraction allowed."""
    webhook = Effect.from_dict(effect("triggerWebhook", {"webhookId": 7, "webhookName": "W"}))
    typed = webhook.props_as(TriggerWebhookEffectProps)
    assert typed.webhook_id == 7 and type(typed.webhook_id) is int
    bundle = {"description": "Buy 2 get 1", "bundleAttributes": ["brand"], "itemsIndices": [0, 1.5, 2]}
    assert Effect.from_dict(effect("showBundleMetadata", bundle)).typed_props().to_dict() == bundle  # type: ignore[union-attr]
    error = validation_error(
        lambda: Effect.from_dict(effect("showBundleMetadata", dict(bundle, itemsIndices=["1"]))).typed_props()
    )
    assert [(e.loc, e.msg) for e in error.errors] == [(("props", "itemsIndices", 0), "expected number, got string")]


def test_any_json_value_of_an_updated_attribute_is_kept() -> None:
    """``updateAttribute``'s value is any JSON value, nulls inside included."""
    for value in ["Gold", 3, False, [1, None, "x"], {"lat": 1.5, "lon": None}]:
        typed = Effect.from_dict(effect("updateAttribute", {"path": "Profile.Attributes.tier", "value": value}))
        assert typed.props_as(UpdateAttributeEffectProps).value == value


def test_custom_effect_payload_is_kept_exactly() -> None:
    """``customEffect`` props go to CustomEffectProps, and the payload is kept as sent."""
    payload = {"message": "hi", "items": [1, None], "nested": {"k": None}}
    props = {"effectId": 1, "name": "my_custom_effect", "payload": payload}
    typed = Effect.from_dict(effect("customEffect", props)).props_as(CustomEffectProps)
    assert typed.payload == payload
    assert typed.to_dict() == props


@pytest.mark.parametrize("effect_type", ["setLoyaltyPointsExpiryDate", "brandNewEffect", "", "ShowBundleMetadata"])
def test_a_type_with_no_props_model_has_no_typed_view(effect_type: str) -> None:
    """``typed_props()`` is ``None`` for a type not in the table (exact spelling counts)."""
    assert Effect.from_dict(effect(effect_type, SET_DISCOUNT)).typed_props() is None


def test_props_as_gives_the_view_typed_as_the_model() -> None:
    """``props_as`` with the right model gives the same view as ``typed_props``."""
    read = Effect.from_dict(effect("setDiscount", SET_DISCOUNT))
    typed = read.props_as(SetDiscountEffectProps)
    assert isinstance(typed, SetDiscountEffectProps)
    assert typed.value == 2.5
    assert typed == read.typed_props()


def test_props_as_refuses_the_model_of_another_type() -> None:
    """Asking for the wrong model is a TypeError naming the type and the model it has."""
    read = Effect.from_dict(effect("setDiscount", SET_DISCOUNT))
    message = (
        "an effect of type 'setDiscount' has the props model SetDiscountEffectProps; "
        "its props cannot be read as RejectCouponEffectProps"
    )
    with pytest.raises(TypeError, match=re.escape(message)):
        read.props_as(RejectCouponEffectProps)


def test_props_as_refuses_any_model_for_a_type_with_none() -> None:
    """For a type not in the table no model fits; the message says the type has none."""
    read = Effect.from_dict(effect("setLoyaltyPointsExpiryDate", {"programId": 5}))
    with pytest.raises(TypeError, match=r"^an effect of type 'setLoyaltyPointsExpiryDate' has no props model; "):
        read.props_as(SetDiscountEffectProps)
    with pytest.raises(TypeError, match=r"cannot be read as dict$"):
        Effect.from_dict(effect("setDiscount", SET_DISCOUNT)).props_as(dict)  # type: ignore[type-var]


def test_the_type_error_is_not_a_value_error() -> None:
    """A wrong model is the caller's mistake: ``except ValueError`` (bad data) does not catch it."""
    read = Effect.from_dict(effect("setDiscount", SET_DISCOUNT))
    with pytest.raises(TypeError) as caught:
        read.props_as(RejectCouponEffectProps)
    assert not isinstance(caught.value, ValueError)


def test_props_that_do_not_fit_are_reported_under_props() -> None:
    """Every problem of the props, at its path under ``props``; the effect itself stays valid."""
    data = effect("setDiscount", {"name": 10, "value": "2.5", "scope": "sessionTotal"})
    read = Effect.from_dict(data)
    assert read.is_valid()
    for view in (read.typed_props, lambda: read.props_as(SetDiscountEffectProps)):
        error = validation_error(view)
        assert [(e.path, e.msg) for e in error.errors] == [
            ("props.name", "expected string, got integer"),
            ("props.value", "expected number, got string"),
        ]
        assert error.model == "Effect.props read as SetDiscountEffectProps"
        assert str(error).startswith("2 validation errors for Effect.props read as SetDiscountEffectProps\n")
        assert '  props.value: expected number, got string (value: "2.5")' in str(error)
    assert read.to_dict() == data


def test_the_setter_rules_of_ruby_bind_the_typed_view() -> None:
    """``recipientIntegrationId`` at most 1000 characters, ``cardIdentifier`` at most 108 of ``[A-Za-z0-9_-]``."""
    good = [
        dict(ADD_POINTS, recipientIntegrationId="é" * 1000),
        dict(ADD_POINTS, cardIdentifier="c" * 108),
        dict(ADD_POINTS, cardIdentifier=""),
    ]
    for props in good:
        assert Effect.from_dict(effect("addLoyaltyPoints", props)).typed_props() is not None
    bad = [
        (dict(ADD_POINTS, recipientIntegrationId="x" * 1001), "recipientIntegrationId", "at most 1000"),
        (dict(ADD_POINTS, recipientIntegrationId=None), "recipientIntegrationId", "is required"),
        (dict(ADD_POINTS, cardIdentifier="c" * 109), "cardIdentifier", "at most 108"),
        (dict(ADD_POINTS, cardIdentifier="bad value!\nok"), "cardIdentifier", "must match the pattern"),
        (dict(ADD_POINTS, cardIdentifier="card 1"), "cardIdentifier", "must match the pattern"),
    ]
    for props, key, words in bad:
        error = validation_error(Effect.from_dict(effect("addLoyaltyPoints", props)).typed_props)
        assert [e.loc for e in error.errors] == [("props", key)]
        assert words in error.errors[0].msg
    with pytest.raises(ValidationError, match="recipientIntegrationId: is required"):
        WillAwardGiveawayEffectProps.from_dict({"poolId": 2, "poolName": "My pool"})
    with pytest.raises(ValidationError, match="cardIdentifier: must be at most 108 characters long"):
        DeductLoyaltyPointsEffectProps.from_dict(
            dict(example_payload(DeductLoyaltyPointsEffectProps), cardIdentifier="c" * 109)
        )


def test_a_python_name_in_props_is_refused_by_the_typed_view() -> None:
    """``transaction_uuid`` for ``transactionUUID`` is kept in props but refused by the view."""
    props = dict(ADD_POINTS)
    props["transaction_uuid"] = props.pop("transactionUUID")
    read = Effect.from_dict(effect("addLoyaltyPoints", props))
    assert read.props == props
    error = validation_error(read.typed_props)
    assert [e.path for e in error.errors] == ["props.transactionUUID", "props.transaction_uuid"]


def test_extend_expiry_of_the_newer_api_is_a_valid_effect_whose_view_names_the_missing_date() -> None:
    """Decided point 3: ``previousExpirationDate`` stays required, but only the typed view says so."""
    data = effect("extendLoyaltyPointsExpiryDate", EXTEND_NEWER_API)
    read = Effect.from_dict(data)
    assert read.is_valid()
    assert read.to_dict() == data
    for view in (read.typed_props, lambda: read.props_as(ExtendLoyaltyPointsExpiryDateEffectProps)):
        error = validation_error(view)
        assert [(e.path, e.msg) for e in error.errors] == [("props.previousExpirationDate", "is required")]
    with_date = dict(EXTEND_NEWER_API, previousExpirationDate="2021-09-12T10:12:42Z")
    typed = Effect.from_dict(effect("extendLoyaltyPointsExpiryDate", with_date)).typed_props()
    assert isinstance(typed, ExtendLoyaltyPointsExpiryDateEffectProps)
    assert typed.previous_expiration_date == datetime(2021, 9, 12, 10, 12, 42, tzinfo=timezone.utc)
    assert typed.unknown_fields == {"affectedTransactions": []}


# -- the typed view never changes the effect, and never goes stale ------------------------


def test_asking_for_the_typed_view_changes_nothing() -> None:
    """``props`` and ``to_dict()`` are the same after the view was read, used and changed."""
    props = dict(SET_DISCOUNT, extra=[1, None])
    data = effect("setDiscount", props)
    read = Effect.from_dict(data)
    before = copy.deepcopy(read)
    typed = read.props_as(SetDiscountEffectProps)
    typed.value = 99.0
    typed.unknown_fields["extra"].append(2)
    assert read.typed_props() != typed
    assert read.props == props
    assert read.to_dict() == data
    assert read == before


def test_the_typed_view_shares_no_list_with_props() -> None:
    """A list in the view is a copy: changing it in place leaves ``props`` alone."""
    bundle = {"description": "Bundle", "bundleAttributes": ["brand"], "itemsIndices": [0, 1]}
    read = Effect.from_dict(effect("showBundleMetadata", bundle))
    typed = read.props_as(ShowBundleMetadataEffectProps)
    typed.bundle_attributes.append("colour")
    typed.items_indices.append(2)
    assert read.props == bundle


def test_the_typed_view_follows_changes_to_props() -> None:
    """The view is read anew each time: a change in place or a new ``props`` or type shows at once."""
    read = Effect.from_dict(effect("setDiscount", SET_DISCOUNT))
    read.props["value"] = 5
    assert read.props_as(SetDiscountEffectProps).value == 5
    read.props["value"] = "five"
    error = validation_error(read.typed_props)
    assert [e.path for e in error.errors] == ["props.value"]
    read.props = {"name": "other", "value": 1.0}
    assert read.props_as(SetDiscountEffectProps).name == "other"
    read.effect_type = "rejectCoupon"
    read.props = {"value": "COUP-1", "rejectionReason": "CouponExpired"}
    assert read.typed_props() == RejectCouponEffectProps(value="COUP-1", rejection_reason="CouponExpired")
    with pytest.raises(TypeError, match="has the props model RejectCouponEffectProps"):
        read.props_as(SetDiscountEffectProps)


def test_an_effect_built_in_python_has_the_same_view() -> None:
    """The constructor takes ``props`` as a dict; the view reads it like a wire one."""
    built = Effect(
        campaign_id=244,
        ruleset_id=73,
        rule_index=2,
        rule_name="Give 20% discount",
        effect_type="setDiscount",
        props=dict(SET_DISCOUNT),
    )
    assert built == Effect.from_dict(effect("setDiscount", SET_DISCOUNT))
    assert built.props_as(SetDiscountEffectProps).scope == "sessionTotal"


def test_the_example_effect_has_a_valid_typed_view() -> None:
    """The documented example is a ``rejectCoupon`` effect whose props fit their model."""
    example = Effect.from_dict(example_payload(Effect))
    assert example.effect_type == "rejectCoupon"
    typed = example.props_as(RejectCouponEffectProps)
    assert typed.campaign_exclusion_reason == "CampaignGaveLowerDiscount"
