"""Every Ruby test vector (tests/data/ruby/vectors), run through the parity contract.

The contract is stated in docs/differences.md and implemented by the oracle in tests/oracle.py.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime
from typing import Any, Dict, List, Optional, Tuple

import oracle
import pytest
from conftest import RUBY_DATA

import talon_models
from talon_models import ValidationError
from talon_models._examples import example_payload

VECTORS = RUBY_DATA / "vectors"


# The five models of the session, the two around it on the endpoint (the request body and
# the session the server returns), and the response with its effects and effect props.
VECTOR_FILES = (
    ("cases.jsonl", "expected.jsonl"),
    ("envelope-cases.jsonl", "envelope-expected.jsonl"),
    ("response-cases.jsonl", "response-expected.jsonl"),
)


def _load() -> List[Tuple[Dict[str, Any], Dict[str, Any]]]:
    pairs = []
    for cases_file, expected_file in VECTOR_FILES:
        cases = [json.loads(line) for line in (VECTORS / cases_file).read_text("utf-8").splitlines()]
        results = {}
        for line in (VECTORS / expected_file).read_text("utf-8").splitlines():
            result = json.loads(line)
            results[result["id"]] = result
        pairs += [(case, results[case["id"]]) for case in cases]
    return pairs


VECTOR_PAIRS = _load()
WIRE = [pair for pair in VECTOR_PAIRS if pair[0]["via"] == "build_from_hash"]
CONSTRUCTOR = [pair for pair in VECTOR_PAIRS if pair[0]["via"] == "new"]
COMPARED = [pair for pair in VECTOR_PAIRS if "compare" in pair[0]]

# Where our equality deliberately differs from Ruby's (see docs: Differences from the Ruby SDK).
EQUALITY_DIFFERENCES = {
    # Constructors take model instances, so both paths build the same nested models.
    "cart.bfh.equality.costs_model_vs_raw_hash": True,
    "session.bfh.equality.cart_items_model_vs_raw": True,
    "session.bfh.equality.doc_example_both_paths": True,
    # Unknown wire keys are kept, so they make a difference.
    "cart.bfh.equality.unknown_key_ignored": False,
    # None means unset: state=None is the same as leaving state out.
    "session.new.equality.state_null_vs_default": True,
    # The request's constructor takes a NewCustomerSessionV2 (Ruby keeps the raw hash), and
    # the returned session's takes datetimes (Ruby keeps the raw strings).
    "request.bfh.equality.same_input_both_paths": True,
    "csession.bfh.equality.same_input_both_paths": True,
    # An unset state is not an explicit "open": one is sent and the other is not.
    "request.bfh.equality.session_state_default_vs_explicit": False,
    "csession.bfh.equality.state_omitted_vs_open": False,
    # Date-times compare by instant and offset: the two write different JSON.
    "csession.bfh.equality.created_same_instant_other_offset": False,
    # A defaulted field left unset is not its explicit default: one is written and the other
    # is not (defaults are written only when set, as for the session's state).
    "campaign.bfh.equality.default_type_vs_explicit": False,
    "coupon.bfh.equality.default_reservation_vs_explicit": False,
}


def _model(name: str) -> Any:
    return getattr(talon_models, name)


def _ids(pairs: List[Tuple[Dict[str, Any], Dict[str, Any]]]) -> List[str]:
    return [case["id"] for case, _ in pairs]


def _python_value_problem(model: str, attribute: str, value: Any) -> bool:
    """Whether a Python value is of the wrong type for a model attribute (None: unset)."""
    wire = oracle.wire_key(model, attribute)
    assert wire is not None, attribute
    kind, options = oracle.MODELS[model][wire]
    if value is None:
        return bool(options.get("required"))
    if kind == "datetime":
        return not isinstance(value, datetime) or value.tzinfo is None
    if kind.startswith("model:"):
        return not isinstance(value, _model(kind[6:]))
    if kind.startswith("map:"):
        target = _model(kind[4:])
        return not isinstance(value, dict) or not all(isinstance(item, target) for item in value.values())
    if kind.startswith("list:model:"):
        target = _model(kind[11:])
        if not isinstance(value, list) or not all(isinstance(item, target) for item in value):
            return True
        return "max_sum" in options and sum(item.quantity for item in value) > options["max_sum"]
    return bool(oracle._value_problems(kind, options, value, ()))


def _error_locs(error: ValidationError) -> set:  # type: ignore[type-arg]
    return {detail.loc for detail in error.errors}


@pytest.mark.parametrize(("case", "expected"), WIRE, ids=_ids(WIRE))
def test_wire_case(case: Dict[str, Any], expected: Dict[str, Any]) -> None:
    """from_dict accepts exactly the valid inputs, writes them back, and locates every problem."""
    model = _model(case["model"])
    problems = oracle.problems(case["model"], case["input"])
    if problems:
        with pytest.raises(ValidationError) as caught:
            model.from_dict(case["input"])
        assert set(problems) == _error_locs(caught.value)
        return
    ruby_built = expected["raised_stage"] != "construct" and expected["result_class"] != "NilClass"
    # Ruby accepted every valid case, but for a value of an open enum that it does not list.
    assert ruby_built or oracle.unknown_enum_values(case["model"], case["input"]), "Ruby refused a valid case"
    built = model.from_dict(case["input"])
    assert oracle.strict_equal(
        oracle.comparable_wire(case["model"], built.to_dict()),
        oracle.expected_wire(case["model"], case["input"]),
    )
    _check_defaults(case["model"], built, {key for key, value in case["input"].items() if value is not None})
    _check_assignments(case, expected, built)


def _check_assignments(case: Dict[str, Any], expected: Dict[str, Any], built: Any) -> None:
    """Assign in order, stopping at the first rejected value, as the Ruby run did."""
    for attribute, value in case.get("assign", {}).items():
        wire = oracle.wire_key(case["model"], attribute)
        if wire is None:  # Ruby: NoMethodError
            assert expected["raised_stage"] == "assign"
            with pytest.raises(AttributeError):
                setattr(built, attribute, value)
            return
        if _python_value_problem(case["model"], attribute, value):
            with pytest.raises(ValidationError):
                setattr(built, attribute, value)
            return
        setattr(built, attribute, value)
        read = value if value is not None else oracle.DEFAULTS[case["model"]].get(wire)
        assert getattr(built, oracle.python_name(case["model"], attribute)) == read
        if _unknown_enum_arguments(case["model"], {attribute: value}):
            return  # Ruby refused it; an open enum keeps it
    assert expected["raised_stage"] != "assign", "Ruby rejected a value that we accept"


def _unknown_enum_arguments(model: str, arguments: Dict[str, Any]) -> bool:
    """Whether constructor arguments hold a value of an open enum that Ruby does not list."""
    for attribute, value in arguments.items():
        options = oracle.MODELS[model][oracle.wire_key(model, attribute)][1]
        if isinstance(value, str) and "known" in options and value not in options["known"]:
            return True
    return False


def _nested(model: str, given: Any) -> Any:
    """A nested model from a Ruby argument, as a Python caller would build it.

    A hash with Ruby's attribute names (one that differs from its JSON key, or only
    attribute names, such as a loyalty's ``cards`` and ``programs``, whose insides then
    decide for themselves) is what Ruby's constructor takes: it becomes our constructor's
    keyword arguments. Any other hash is read as wire data.

    Raises:
        ValidationError, TypeError: the nested model cannot be built.
    """
    wires = [oracle.wire_key(model, key) for key in given] if isinstance(given, dict) else []
    if isinstance(given, dict) and (
        None not in wires or any(wire not in (None, key) for wire, key in zip(wires, given))
    ):
        arguments = _build_nested(model, given)
        if arguments is None:
            raise ValidationError([], model)
        return _model(model)(**arguments)
    return _model(model).from_dict(given)


def _build_nested(model: str, arguments: Dict[str, Any]) -> Optional[Dict[str, Any]]:
    """Turn nested dicts into model instances and RFC 3339 texts into aware datetimes, as
    a Python caller would; None if one is invalid."""
    out = {}
    for attribute, given in arguments.items():
        wire = oracle.wire_key(model, attribute)
        kind = oracle.MODELS[model][wire][0] if wire else ""
        value = given
        try:
            if kind == "datetime" and isinstance(given, str) and oracle.parse_datetime(given):
                value = datetime.fromisoformat(given.replace("Z", "+00:00").replace("z", "+00:00"))
            elif kind.startswith("model:") and isinstance(given, dict):
                value = _nested(kind[6:], given)
            elif kind.startswith("map:") and isinstance(given, dict):
                value = {key: _nested(kind[4:], item) for key, item in given.items()}
            elif kind.startswith("list:model:") and isinstance(given, list):
                value = [_nested(kind[11:], item) for item in given]
        except (ValidationError, TypeError):
            return None
        out[attribute] = value
    return out


def _constructor_refuses(name: str, arguments: Dict[str, Any]) -> bool:
    """Whether our constructor must refuse Ruby's constructor arguments (rules 3 and 4)."""
    built_arguments = _build_nested(name, arguments)
    given = {oracle.wire_key(name, attribute) for attribute, value in arguments.items() if value is not None}
    missing = [
        wire for wire, (_, options) in oracle.MODELS[name].items() if options.get("required") and wire not in given
    ]
    return bool(missing) or (
        built_arguments is None
        or any(_python_value_problem(name, attribute, value) for attribute, value in built_arguments.items())
    )


@pytest.mark.parametrize(("case", "expected"), CONSTRUCTOR, ids=_ids(CONSTRUCTOR))
def test_constructor_case(case: Dict[str, Any], expected: Dict[str, Any]) -> None:
    """The constructor accepts exactly the well-typed arguments and keeps them as given."""
    name = case["model"]
    model = _model(name)
    arguments = case["input"]
    if not isinstance(arguments, dict):
        with pytest.raises(TypeError):
            model(**arguments)
        return
    unknown = [key for key in arguments if oracle.wire_key(name, key) is None]
    if unknown:
        assert expected["raised"] and expected["raised"].startswith("ArgumentError")
        with pytest.raises((TypeError, ValidationError)):
            model(**arguments)
        return
    built_arguments = _build_nested(name, arguments)
    if _constructor_refuses(name, arguments):
        with pytest.raises((TypeError, ValidationError)):
            model(**(built_arguments if built_arguments is not None else arguments))
        return
    assert built_arguments is not None
    assert expected["raised_stage"] != "construct" or _unknown_enum_arguments(name, built_arguments), (
        "Ruby rejected arguments we accept"
    )
    built = model(**built_arguments)
    for attribute, value in built_arguments.items():
        if value is not None:
            assert getattr(built, oracle.python_name(name, attribute)) == value
    _check_defaults(name, built, {oracle.wire_key(name, key) for key, value in arguments.items() if value is not None})
    _check_assignments(case, expected, built)


def _check_defaults(name: str, built: Any, given: Any) -> None:
    """A defaulted field that was not given reads its default (and is not written)."""
    for python, wire in oracle.SNAKE[name].items():
        if wire in oracle.DEFAULTS[name] and wire not in given:
            assert getattr(built, python) == oracle.DEFAULTS[name][wire]
            assert wire not in built.to_dict()


def _build_side(model: str, side: Dict[str, Any]) -> Any:
    if side["via"] == "build_from_hash":
        return _model(model).from_dict(side["input"])
    arguments = _build_nested(model, side["input"])
    assert arguments is not None
    return _model(model)(**arguments)


@pytest.mark.parametrize(("case", "expected"), COMPARED, ids=_ids(COMPARED))
def test_equality_case(case: Dict[str, Any], expected: Dict[str, Any]) -> None:
    """Models compare equal as in Ruby, except for the documented differences."""
    if case["via"] == "build_from_hash":
        refused = bool(oracle.problems(case["model"], case["input"]))
    else:
        refused = _constructor_refuses(case["model"], case["input"])
    if refused:  # Ruby coerced or kept it; we reject it
        with pytest.raises((TypeError, ValidationError)):
            _build_side(case["model"], case)
        return
    left = _build_side(case["model"], case)
    right = _build_side(case["compare"].get("model", case["model"]), case["compare"])
    want = EQUALITY_DIFFERENCES.get(case["id"], expected["equals"])
    assert (left == right) is want


RENAMED = [(model, ruby, python) for model, names in oracle.RUBY_NAMES.items() for ruby, python in names.items()]


@pytest.mark.parametrize(("name", "ruby", "python"), RENAMED, ids=["%s.%s" % case[:2] for case in RENAMED])
def test_the_constructor_takes_rubys_spelling_too(name: str, ruby: str, python: str) -> None:
    """``_return`` (``return_``) and ``transaction_uui_ds`` (``transaction_uuids``): the
    constructor takes Ruby's name as well as the Python one, for the same field."""
    model = _model(name)
    example = model.from_dict(example_payload(model))
    arguments = {item.name: getattr(example, item.name) for item in dataclasses.fields(model)}
    wire = oracle.SNAKE[name][python]
    kind = oracle.MODELS[name][wire][0]
    if arguments[python] is None:  # not in the example: a model's own example, or a list of text
        arguments[python] = _model(kind[6:]).from_dict(example_payload(_model(kind[6:]))) if "model:" in kind else ["x"]
    by_python = model(**arguments)
    value = arguments.pop(python)
    by_ruby = model(**arguments, **{ruby: value})
    assert by_ruby == by_python
    assert getattr(by_ruby, python) == value
    assert by_ruby.to_dict()[wire] == by_python.to_dict()[wire]
    assert ruby not in by_ruby.to_dict()


PYTHON_NAMED = [
    (model, python) for model, snake in oracle.SNAKE.items() for python, wire in snake.items() if python != wire
]


@pytest.mark.parametrize(("name", "python"), PYTHON_NAMED, ids=["%s.%s" % case for case in PYTHON_NAMED])
@pytest.mark.parametrize("mode", ["keep", "ignore", "forbid"])
def test_a_python_name_is_no_wire_key(name: str, python: str, mode: str) -> None:
    """A field's Python name where it differs from the JSON key (``campaign_id`` for
    ``campaignID``, ``return_``) is refused at its path in every mode, naming the JSON key,
    and its value is checked as that field's: exactly where the oracle says."""
    wire = oracle.SNAKE[name][python]
    for value in (None, True):
        data = {python: value}
        with pytest.raises(ValidationError) as caught:
            _model(name).from_dict(data, unknown=mode)
        assert _error_locs(caught.value) == set(oracle.problems(name, data))
        messages = [error.msg for error in caught.value.errors if error.loc == (python,)]
        assert any("Python name" in message and wire in message for message in messages), messages


def test_every_vector_is_run() -> None:
    """All 745 + 279 + 2100 vectors are collected: a lost line would silently shrink the contract."""
    assert len(VECTOR_PAIRS) == 745 + 279 + 2100
    assert len(WIRE) + len(CONSTRUCTOR) == 745 + 279 + 2100
    envelope = [case for case, _ in VECTOR_PAIRS if case["model"] in ("IntegrationRequest", "CustomerSessionV2")]
    assert len(envelope) == 279
    response = [case for case, _ in VECTOR_PAIRS if case["model"] not in oracle.HAND_WRITTEN]
    assert len(response) == 2100
    assert {case["model"] for case in response} == set(oracle.MODELS) - set(oracle.HAND_WRITTEN)
