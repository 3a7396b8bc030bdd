"""The Ruby facts (tests/data/ruby/models/*.json) are the one list of each model's fields.

The tests take their field lists, JSON keys and required sets from there, through the
oracle (tests/oracle.py) and the hypothesis strategies (tests/strategies.py). These tests
keep the three in step with the package: a field that a model declares and its Ruby facts
do not have fails one test here, naming the fact that is missing; a field with a Ruby
fact that the oracle or the strategies do not cover fails another, naming the field.
"""

from __future__ import annotations

import dataclasses
from typing import Any, List, Tuple, Type

import oracle
import pytest
import strategies
from conftest import ROOT, load_file_module

import talon_models
from talon_models import ValidationError
from talon_models._base import Model
from talon_models._fields import spec_of
from talon_models._registry import MODELS

FACTS_DIR = "tests/data/ruby/models"


def _declared(model: Type[Model]) -> List[Tuple[str, str]]:
    """(Python name, JSON key) of each field the model declares, in its order."""
    return [(item.name, spec_of(item).wire) for item in dataclasses.fields(model)]


def _facts(name: str) -> List[Tuple[str, str]]:
    """(Python name, JSON key) of each property of the model's Ruby facts, in Ruby order."""
    if name not in oracle.FACTS:
        return []
    properties = oracle.FACTS[name]["properties"]
    return [(oracle.PYTHON_NAME_OF.get(prop["name"], prop["name"]), prop["json_key"]) for prop in properties]


def test_every_model_has_its_ruby_facts() -> None:
    """Each model of the package has a facts file, and each facts file a model."""
    missing = [name for name in MODELS if name not in oracle.FACTS]
    assert not missing, "models with no Ruby facts file in %s: %s" % (FACTS_DIR, ", ".join(missing))
    unmodelled = [name for name in oracle.FACTS if name not in MODELS]
    assert not unmodelled, "Ruby facts of models the package does not have: " + ", ".join(unmodelled)


def test_every_declared_field_has_a_ruby_fact() -> None:
    """A field a model declares is a property of its Ruby model, by Python name and JSON key."""
    missing = []
    for name, model in MODELS.items():
        facts = set(_facts(name))
        for python, wire in _declared(model):
            if (python, wire) not in facts:
                missing.append("%s.%s (JSON key %r) in %s/%s.json" % (name, python, wire, FACTS_DIR, name))
    assert not missing, "no Ruby fact for: " + "; ".join(missing)


def test_every_ruby_fact_is_a_declared_field_in_ruby_order() -> None:
    """Each Ruby property is a field of the model, and the fields keep Ruby's order
    (to_dict writes them so). Fields with no Ruby fact are the test above's to name."""
    problems = []
    for name, model in MODELS.items():
        facts = _facts(name)
        declared = [field for field in _declared(model) if field in facts]
        absent = [python for python, _ in facts if (python, dict(facts)[python]) not in declared]
        if absent:
            problems.append("%s lacks %s" % (name, ", ".join(absent)))
        elif declared != facts:
            problems.append("%s declares %s, Ruby has %s" % (name, declared, facts))
    assert not problems, "; ".join(problems)


def test_every_field_is_in_the_oracle_and_the_strategies() -> None:
    """Each field with a Ruby fact has its statement in the oracle and its strategy of
    valid values, under its JSON key, and the oracle states no field a model lacks."""
    missing = []
    for name, model in MODELS.items():
        facts = set(_facts(name))
        declared = _declared(model)
        for python, wire in declared:
            if (python, wire) not in facts:
                continue  # named by test_every_declared_field_has_a_ruby_fact
            if wire not in oracle.MODELS.get(name, {}):
                missing.append("tests/oracle.py: MODELS[%r][%r] (%s.%s)" % (name, wire, name, python))
            if oracle.SNAKE.get(name, {}).get(python) != wire:
                missing.append("tests/oracle.py: SNAKE[%r][%r] (%s.%s)" % (name, python, name, python))
            if wire not in strategies.FIELDS.get(name, {}):
                missing.append("tests/strategies.py: FIELDS[%r][%r] (%s.%s)" % (name, wire, name, python))
        wires = {wire for _, wire in declared}
        for wire in oracle.MODELS.get(name, {}):
            if wire not in wires:
                missing.append("tests/oracle.py states %s.%s, which the model does not declare" % (name, wire))
    assert not missing, "not covered: " + "; ".join(missing)


@pytest.mark.parametrize("name", oracle.HAND_WRITTEN)
def test_the_hand_written_statements_agree_with_the_ruby_facts(name: str) -> None:
    """The request models and the returned session, stated by hand with the request's
    limits, have the keys, order, types and required fields that the Ruby facts give."""
    derived = oracle.model_from_facts(name)
    stated = oracle.MODELS[name]
    assert list(stated) == list(derived)
    for wire, (kind, options) in stated.items():
        assert kind == derived[wire][0], wire
        assert bool(options.get("required")) == bool(derived[wire][1].get("required")), wire


def test_the_oracle_reads_the_facts_by_the_contract() -> None:
    """Spot checks of the reading: a defaulted field is optional, an enum open, a pattern
    whole, an Object a JSON object but for the two the contract names, Float a number."""
    campaign = oracle.MODELS["Campaign"]
    assert campaign["state"] == ("str", {"known": ("enabled", "disabled", "archived")})
    assert campaign["name"] == ("str", {"required": True, "min": 1})
    assert campaign["limits"] == ("list:model:LimitConfig", {"required": True})
    card = oracle.MODELS["LoyaltyCard"]["identifier"]
    assert card == ("str", {"required": True, "max": 108, "pattern": "[A-Za-z0-9_-]*"})
    assert oracle.MODELS["Coupon"]["discountLimit"] == ("num", {"minimum": 0, "maximum": 10**15})
    assert oracle.MODELS["Effect"]["props"] == ("json", {"required": True})
    assert oracle.MODELS["Event"]["effects"] == ("jsonarray", {"required": True})
    assert oracle.MODELS["UpdateAttributeEffectProps"]["value"] == ("any", {"required": True})
    assert oracle.MODELS["TriggerWebhookEffectProps"]["webhookId"] == ("num", {"required": True})
    assert oracle.MODELS["Loyalty"]["programs"] == ("map:LoyaltyProgramLedgers", {"required": True})
    assert oracle.MODELS["IntegrationStateV2"]["customerSession"] == ("model:CustomerSessionV2", {})
    assert oracle.SNAKE["IntegrationStateV2"]["return_"] == "return"
    assert oracle.SNAKE["ExtendLoyaltyPointsExpiryDateEffectProps"]["transaction_uuids"] == "transactionUUIDs"
    assert oracle.wire_key("IntegrationStateV2", "_return") == "return"
    assert oracle.DEFAULTS["Coupon"] == {"reservation": True, "isReservationMandatory": False}


@pytest.mark.parametrize("name", sorted(MODELS))
def test_nothing_is_refused_at_exactly_the_required_fields(name: str) -> None:
    """An empty object is refused at each required field of the facts, in field order, and
    at nothing else; a model without required fields takes it."""
    required = [(wire,) for wire, (_, options) in oracle.MODELS[name].items() if options.get("required")]
    if not required:
        assert MODELS[name].from_dict({}).to_dict() == {}
        return
    with pytest.raises(ValidationError, match="is required") as caught:
        MODELS[name].from_dict({})
    assert [error.loc for error in caught.value.errors] == required


def test_the_effect_props_table_is_the_facts() -> None:
    """Each effect type of the facts goes with its props model, and no other type is listed."""
    table = {kind: MODELS[name] for kind, name in oracle.EFFECT_TYPES.items()}
    assert table == talon_models.EFFECT_PROPS


def test_the_fuzz_target_and_seeds_cover_every_model() -> None:
    """fuzz/check.py feeds each input to every model, and each model has its seeds."""
    check: Any = load_file_module("talon_fuzz_check", ROOT / "fuzz" / "check.py")
    assert set(check.MODELS) == set(MODELS.values())
    seeds = {path.stem for path in (ROOT / "fuzz" / "seeds").glob("*.json")}
    wanted = ["%s-%s" % (prefix, name) for name in MODELS for prefix in ("example", "empty", "wrong")]
    missing = [seed for seed in wanted if seed not in seeds]
    assert not missing, "run fuzz/make_seeds.py: no seeds " + ", ".join(missing)
