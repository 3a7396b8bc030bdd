"""The ``talon-models`` command on real files: in this process through ``main(argv)``, and
in a process of its own where that is what is tested (``talon_process``)."""

from __future__ import annotations

import io
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any, Dict, List, NamedTuple, Optional

import pytest

import talon_models
from talon_models import (
    AdditionalCost,
    CartItem,
    CustomerSessionV2,
    IntegrationRequest,
    NewCustomerSessionV2,
    PriceDetail,
    Product,
    _cli,
)
from talon_models._cli import _pick, main
from talon_models._examples import example_payload

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
PROG = "python -m talon_models"
MODELS = {
    model.__name__: model
    for model in (
        NewCustomerSessionV2,
        CartItem,
        AdditionalCost,
        Product,
        PriceDetail,
        IntegrationRequest,
        CustomerSessionV2,
    )
}


class Run(NamedTuple):
    """What one run of the command did."""

    status: int
    out: str
    err: str


def talon(*args: str, stdin: bytes = b"", env: Optional[Dict[str, str]] = None, cwd: Path = ROOT) -> Run:
    """Run the command with ARGS in this process, through ``main(argv)``, as
    ``python -m talon_models`` names itself; no run may end in a traceback.

    A run that needs a process of its own (another environment or folder) gets one: see
    ``talon_process``."""
    if env or cwd != ROOT:
        return talon_process(*args, stdin=stdin, env=env, cwd=cwd)
    streams = {
        name: io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="surrogateescape") for name in ("out", "err")
    }
    given = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    saved = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = given, streams["out"], streams["err"]
    try:
        try:
            status = main(list(args), prog=PROG)
        except SystemExit as stop:  # argparse: a usage error, --help or --version
            status = stop.code if isinstance(stop.code, int) else 0
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
    out, err = _text(streams["out"]), _text(streams["err"])
    assert "Traceback" not in err, err
    return Run(status, out, err)


def _text(stream: io.TextIOWrapper) -> str:
    stream.flush()
    return stream.buffer.getvalue().decode("utf-8")  # type: ignore[attr-defined]


def talon_process(*args: str, stdin: bytes = b"", env: Optional[Dict[str, str]] = None, cwd: Path = ROOT) -> Run:
    """Run ``python -m talon_models ARGS`` in a new process, as a user runs it."""
    environment = dict(os.environ, PYTHONIOENCODING="utf-8")
    environment.update(env or {})
    done = subprocess.run(
        [sys.executable, "-m", "talon_models", *args],
        input=stdin,
        capture_output=True,
        cwd=str(cwd),
        env=environment,
        check=False,
    )
    out, err = done.stdout.decode("utf-8"), done.stderr.decode("utf-8")
    assert "Traceback" not in err, err
    return Run(done.returncode, out, err)


def write(path: Path, data: Any) -> Path:
    """Write ``data`` (bytes, text, or JSON data) to ``path`` and return the path."""
    if isinstance(data, bytes):
        path.write_bytes(data)
    elif isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_text(json.dumps(data), encoding="utf-8")
    return path


def lines(text: str) -> List[str]:
    return text.splitlines()


# -- validate ------------------------------------------------------------------------------


def test_validate_prints_one_summary_line_for_a_valid_session() -> None:
    """The bundled valid session: exit 0 and one line with the model, items, quantity and coupons."""
    run = talon("validate", "examples/session-valid.json")
    assert (run.status, run.err) == (0, "")
    assert lines(run.out) == [
        'examples/session-valid.json: valid NewCustomerSessionV2 (picked: 9 of 9 keys match): profile "URNGV8294NV", '
        'state open, 2 cart items, total quantity 3, coupon codes "XMAS-20-2021", referral code "NT2K54D9", '
        'additional costs "shipping"'
    ]


def test_validate_prints_every_problem_with_its_wire_path() -> None:
    """The bundled invalid session: exit 1, one line per problem at its wire path, then a count."""
    run = talon("validate", "examples/session-invalid.json")
    assert (run.status, run.err) == (1, "")
    *problems, last = lines(run.out)
    paths = [line.split(": ")[1] for line in problems]
    assert paths == [
        "storeIntegrationId",
        "couponCodes[1]",
        "loyaltyCards",
        "state",
        "cartItems[0].quantity",
        "cartItems[0].price",
        "cartItems[1].sku",
        "cartItems[1].weight",
        "additionalCosts.shipping.price",
    ]
    assert all(line.startswith("examples/session-invalid.json: ") for line in problems)
    assert (
        last
        == "examples/session-invalid.json: not a valid NewCustomerSessionV2 (picked: 7 of 7 keys match; 9 problems)"
    )


def test_validate_reads_standard_input_for_a_dash() -> None:
    """``-`` reads the payload from standard input, named <stdin> in the output."""
    run = talon("validate", "-", stdin=b'{"cartItems": [{"sku": "A", "quantity": 4}]}')
    assert run.status == 0
    assert run.out.startswith(
        "<stdin>: valid NewCustomerSessionV2 (picked: 1 of 1 key matches): state open (default), 1 cart item, "
        "total quantity 4"
    )


def test_validate_reads_standard_input_without_a_file() -> None:
    """With no FILE and piped input, standard input is read."""
    run = talon("validate", stdin=b'{"state": "closed", "couponCodes": []}')
    assert (run.status, run.out) == (
        0,
        "<stdin>: valid NewCustomerSessionV2 (picked: 2 of 2 keys match): state closed, 0 cart items, "
        "total quantity 0, no coupon codes\n",
    )


def test_validate_without_a_file_on_a_terminal_is_a_usage_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """No FILE and a terminal on stdin: exit 2 at once instead of waiting for typed JSON."""

    class Terminal(io.BytesIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(Terminal()))
    with pytest.raises(SystemExit) as exited:
        main(["validate"])
    assert exited.value.code == 2
    assert "no FILE given" in capsys.readouterr().err


def test_validate_takes_any_model_by_name_in_any_case() -> None:
    """--model picks the model, and cartitem is CartItem."""
    run = talon("validate", "--model", "cartitem", "-", stdin=b'{"sku": "A", "quantity": 2, "price": 9.5}')
    assert (run.status, run.out) == (0, '<stdin>: valid CartItem: sku "A", quantity 2, price 9.5\n')


@pytest.mark.parametrize("name", list(MODELS))
def test_validate_accepts_the_example_of_every_model(name: str) -> None:
    """Every model's example payload validates under its own name."""
    run = talon("validate", "--model", name, "-", stdin=json.dumps(example_payload(MODELS[name])).encode())
    assert run.status == 0
    assert run.out.startswith("<stdin>: valid %s" % name)


def test_validate_summarises_an_update_request() -> None:
    """An IntegrationRequest is summarised by its session and what the response should carry."""
    body = {"customerSession": {"profileId": "p1", "cartItems": [{"sku": "A", "quantity": 2}]}}
    body["responseContent"] = ["customerSession", "customerProfile"]
    run = talon("validate", "--model", "IntegrationRequest", "-", stdin=json.dumps(body).encode())
    assert (run.status, run.out) == (
        0,
        '<stdin>: valid IntegrationRequest: profile "p1", state open (default), 1 cart item, total quantity 2, '
        'no coupon codes, response content "customerSession", "customerProfile"\n',
    )


def test_validate_summarises_a_returned_session_and_reports_a_bad_one() -> None:
    """A CustomerSessionV2 is summarised with its id and total; a broken one lists its problems."""
    session = example_payload(CustomerSessionV2)
    run = talon("validate", "--model", "customersessionv2", "-", stdin=json.dumps(session).encode())
    assert run.status == 0
    assert run.out.startswith('<stdin>: valid CustomerSessionV2: session "URNGV8294NV" (id 6), profile "URNGV8294NV"')
    assert run.out.endswith(", total 119.99\n")
    del session["updated"]
    session["firstSession"] = "yes"
    run = talon("validate", "--model", "CustomerSessionV2", "-", stdin=json.dumps(session).encode())
    assert run.status == 1
    assert run.out.splitlines() == [
        '<stdin>: firstSession: expected boolean, got string (value: "yes")',
        "<stdin>: updated: is required",
        "<stdin>: not a valid CustomerSessionV2 (2 problems)",
    ]


def test_the_command_knows_every_model_of_the_package() -> None:
    """--model takes each model the package exports, and only those."""
    import talon_models
    from talon_models._base import Model
    from talon_models._registry import MODELS as REGISTERED

    exported = {name for name in talon_models.__all__ if isinstance(getattr(talon_models, name), type)}
    assert set(REGISTERED) == {name for name in exported if issubclass(getattr(talon_models, name), Model)}
    assert set(MODELS) <= set(REGISTERED)


def test_an_unknown_model_name_is_a_usage_error() -> None:
    """--model Session is refused with exit 2 and the list of models."""
    run = talon("validate", "--model", "Session", "examples/session-valid.json")
    assert run.status == 2
    assert "unknown model 'Session' (choose from IntegrationRequest, NewCustomerSessionV2, CartItem" in run.err


def test_unknown_keys_are_kept_and_named_by_default() -> None:
    """A top-level key the model does not know is kept, and the summary says so."""
    run = talon("validate", "-", stdin=b'{"profileId": "p", "channel": "web"}')
    assert run.status == 0
    assert run.out.rstrip().endswith('unknown keys kept: "channel"')


# -- the model, picked by the keys ------------------------------------------------------------

BROKEN_REQUEST = (
    b'{"customerSession": {"cartItems": [{"sku": "", "quantity": 0}]}, "responseContent": ["customerSesion"]}'
)


def test_a_request_body_is_checked_as_an_integration_request() -> None:
    """The HTTP body a shop has, checked without --model, is an IntegrationRequest: its problems
    are found (exit 1), and the verdict says which model was picked and why."""
    run = talon("validate", "-", stdin=BROKEN_REQUEST)
    assert (run.status, run.err) == (1, "")
    *problems, last = lines(run.out)
    assert [line.split(": ")[1] for line in problems] == [
        "customerSession.cartItems[0].sku",
        "customerSession.cartItems[0].quantity",
        "responseContent[0]",
    ]
    assert last == "<stdin>: not a valid IntegrationRequest (picked: 2 of 2 keys match; 3 problems)"


def test_a_cart_item_is_checked_as_a_cart_item() -> None:
    """A lone cart item is a CartItem, not a session that keeps its keys as unknown ones."""
    run = talon("validate", "-", stdin=b'{"sku": "A", "quantity": 1}')
    assert (run.status, run.out, run.err) == (
        0,
        '<stdin>: valid CartItem (picked: 2 of 2 keys match): sku "A", quantity 1\n',
        "",
    )


@pytest.mark.parametrize("name", list(MODELS))
def test_every_models_example_picks_that_model(name: str) -> None:
    """The rule picks each model for its own example payload, so it tells the models apart."""
    run = talon("validate", "-", stdin=json.dumps(example_payload(MODELS[name])).encode())
    assert run.status == 0
    assert run.out.startswith("<stdin>: valid %s (picked: " % name)


@pytest.mark.parametrize(
    ("payload", "picked", "reason"),
    [
        # the most keys that are fields: the session's 2 beat the cart item's 1
        ({"cartItems": [], "couponCodes": [], "attributes": {}}, "NewCustomerSessionV2", "picked: 3 of 3 keys match"),
        # 2 of 3 keys are fields of CartItem, 1 of AdditionalCost
        ({"sku": "A", "price": 1, "colour": "red"}, "CartItem", "picked: 2 of 3 keys match"),
        # a tie on keys: the session misses none of its required fields, the returned session 11
        (
            {"profileId": "p"},
            "NewCustomerSessionV2",
            "picked: 1 of 1 key matches; ties with AddToAudienceEffectProps and 1 more",
        ),
        # a tie on both: the first in the registry, and the output names the other
        ({"price": 1}, "AdditionalCost", "picked: 1 of 1 key matches; ties with PriceDetail"),
        ({}, "NewCustomerSessionV2", "picked by default: no keys"),
        ({"colour": "red"}, "NewCustomerSessionV2", "picked by default: no key is a field of any model"),
        ([], "NewCustomerSessionV2", "picked by default: not an object"),
    ],
)
def test_the_pick_rule(payload: Any, picked: str, reason: str) -> None:
    """Most keys among the model's fields; then fewest required fields missing; then registry order."""
    assert _pick(payload) == (picked, reason)


def test_the_pick_goes_by_the_registry_and_its_order(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every registered model takes part, and a tie goes to the one registered first."""
    assert _pick({"price": 1})[0] == "AdditionalCost"
    monkeypatch.setattr(_cli, "MODELS", {"PriceDetail": PriceDetail, "AdditionalCost": AdditionalCost})
    assert _pick({"price": 1}) == ("PriceDetail", "picked: 1 of 1 key matches; ties with AdditionalCost")
    monkeypatch.setattr(_cli, "MODELS", {"CartItem": CartItem})
    assert _pick({"profileId": "p", "sku": "A"}) == ("CartItem", "picked: 1 of 2 keys matches")


@pytest.mark.parametrize("command", ["validate", "normalize"])
@pytest.mark.parametrize(
    ("args", "payload", "problem"),
    [
        (
            ["--model", "NewCustomerSessionV2"],
            b'{"sku": "A", "quantity": 1}',
            'none of the keys "sku", "quantity" is a field of NewCustomerSessionV2 '
            "(is --model right? JSON keys are camelCase)",
        ),
        (
            ["--model", "PriceDetail", "--unknown", "ignore"],
            b'{"Price": 1}',
            'the key "Price" is not a field of PriceDetail (is --model right? JSON keys are camelCase)',
        ),
    ],
)
def test_a_payload_with_no_field_of_the_model_is_invalid(
    command: str, args: List[str], payload: bytes, problem: str
) -> None:
    """Kept as unknown keys (or ignored), all of them, it would pass while meaning nothing: exit 1 instead."""
    run = talon(command, *args, "-", stdin=payload)
    report = run.out if command == "validate" else run.err
    assert (run.status, lines(report)) == (1, ["<stdin>: " + problem, "<stdin>: not a valid %s (1 problem)" % args[1]])


@pytest.mark.parametrize("command", ["validate", "normalize"])
def test_a_payload_with_no_field_of_any_model_is_invalid(command: str) -> None:
    """Without --model, a payload whose keys no model knows is refused, naming the key."""
    run = talon(command, "-", stdin=b'{"shoppingCart": []}')
    report = run.out if command == "validate" else run.err
    assert (run.status, lines(report)) == (
        1,
        [
            '<stdin>: the key "shoppingCart" is not a field of any model (JSON keys are camelCase)',
            "<stdin>: not a valid NewCustomerSessionV2 (picked by default: no key is a field of any model; 1 problem)",
        ],
    )


def test_normalize_names_the_picked_model_on_stderr() -> None:
    """Standard output stays the JSON alone; the model picked, and why, is on standard error."""
    run = talon("normalize", "-", stdin=b'{"quantity": 1, "sku": "A"}')
    assert (run.status, run.out) == (0, '{"sku":"A","quantity":1}\n')
    assert run.err == "<stdin>: normalized as CartItem (picked: 2 of 2 keys match)\n"
    assert talon("normalize", "--model", "CartItem", "-", stdin=b'{"quantity": 1, "sku": "A"}').err == ""


# -- several files ---------------------------------------------------------------------------


def test_validate_gives_each_file_its_verdict(tmp_path: Path) -> None:
    """Several files: one verdict line each (problem lines before an invalid one's), in order."""
    item = write(tmp_path / "item.json", {"sku": "A", "quantity": 1})
    bad = write(tmp_path / "bad.json", {"sku": "A", "quantity": 0})
    run = talon("validate", "examples/session-valid.json", str(item), str(bad))
    assert run.status == 1
    assert [line.split(": ")[0] for line in lines(run.out)] == [
        "examples/session-valid.json",
        str(item),
        str(bad),
        str(bad),
    ]
    assert lines(run.out)[1] == '%s: valid CartItem (picked: 2 of 2 keys match): sku "A", quantity 1' % item
    assert lines(run.out)[3] == "%s: not a valid CartItem (picked: 2 of 2 keys match; 1 problem)" % bad


@pytest.mark.parametrize(
    ("files", "status"),
    [
        (["valid", "valid"], 0),
        (["valid", "invalid"], 1),
        (["valid", "missing"], 2),
        (["missing", "invalid", "valid"], 1),  # an invalid payload counts before an unreadable one
        (["invalid", "missing"], 1),
    ],
)
def test_validate_exits_with_the_worst_status(tmp_path: Path, files: List[str], status: int) -> None:
    """0 when every file is valid; 1 when any is invalid; otherwise 2 when any is unreadable."""
    paths = {
        "valid": str(write(tmp_path / "valid.json", {"sku": "A", "quantity": 1})),
        "invalid": str(write(tmp_path / "invalid.json", {"sku": "A", "quantity": 0})),
        "missing": str(tmp_path / "missing.json"),
    }
    run = talon("validate", *(paths[name] for name in files))
    assert run.status == status
    assert lines(run.err) == ["%s: error: %s: no such file" % (PROG, paths["missing"])] * files.count("missing")
    assert len([line for line in lines(run.out) if "valid" in line.split(": ")[1]]) == len(files) - files.count(
        "missing"
    )


@pytest.mark.parametrize("unknown", ["keep", "ignore", "forbid"])
def test_python_names_as_keys_are_problems_naming_the_json_key(unknown: str) -> None:
    """profile_id and cart_items are refused in every --unknown mode (exit 1), each with its JSON key."""
    payload = b'{"profile_id": "p", "cartItems": [{"sku": "A", "quantity": 1, "catalog_item_id": 2}]}'
    run = talon("validate", "--unknown", unknown, "-", stdin=payload)
    assert run.status == 1
    assert [line.split(" (value")[0] for line in lines(run.out)[:2]] == [
        "<stdin>: cartItems[0].catalog_item_id: is the Python name of a field; its JSON key is catalogItemID",
        "<stdin>: profile_id: is the Python name of a field; its JSON key is profileId",
    ]


def test_unknown_forbid_reports_each_unknown_key_at_its_path() -> None:
    """--unknown forbid makes every unknown key a problem, nested ones included."""
    payload = b'{"channel": "web", "cartItems": [{"sku": "A", "quantity": 1, "colour": "red"}]}'
    run = talon("validate", "--unknown", "forbid", "-", stdin=payload)
    assert run.status == 1
    assert [line.split(": ")[1] for line in lines(run.out)[:-1]] == ["cartItems[0].colour", "channel"]


# -- nothing to check: exit 2 ----------------------------------------------------------------


def test_a_missing_file_exits_2_with_one_line(tmp_path: Path) -> None:
    """A file that does not exist: exit 2, its name on one line of stderr, nothing on stdout."""
    missing = tmp_path / "nope.json"
    run = talon("validate", str(missing))
    assert (run.status, run.out, run.err) == (2, "", "%s: error: %s: no such file\n" % (PROG, missing))


def test_a_directory_exits_2(tmp_path: Path) -> None:
    """A directory is not a payload."""
    run = talon("validate", str(tmp_path))
    assert (run.status, run.err) == (2, "%s: error: %s: is a directory, not a file\n" % (PROG, tmp_path))


@pytest.mark.parametrize("content", [b"", b"  \n\t\n"], ids=["empty", "whitespace"])
def test_an_empty_file_exits_2(tmp_path: Path, content: bytes) -> None:
    """An empty (or blank) file says so."""
    path = write(tmp_path / "empty.json", content)
    run = talon("validate", str(path))
    assert (run.status, run.err) == (2, "%s: error: %s: is empty; expected a JSON object\n" % (PROG, path))


def test_a_binary_file_exits_2_as_not_utf8(tmp_path: Path) -> None:
    """A PNG file is not UTF-8; the message says where the first bad byte is."""
    path = write(tmp_path / "logo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    run = talon("validate", str(path))
    assert run.status == 2
    assert run.err == "%s: error: %s: JSON text is not valid UTF-8 (bad byte at offset 0)\n" % (PROG, path)


def test_utf8_text_that_is_not_json_exits_2_with_line_and_column(tmp_path: Path) -> None:
    """A syntax error names the file, the line and the column."""
    path = write(tmp_path / "broken.json", '{\n  "profileId": "p",\n  "state": open\n}\n')
    run = talon("normalize", str(path))
    assert (run.status, run.out) == (2, "")
    assert run.err == "%s: error: %s: invalid JSON: Expecting value at line 3 column 12\n" % (PROG, path)


def test_a_byte_order_mark_exits_2(tmp_path: Path) -> None:
    """JSON text must not start with a byte order mark."""
    path = write(tmp_path / "bom.json", b'\xef\xbb\xbf{"profileId": "p"}')
    run = talon("validate", str(path))
    assert run.status == 2
    assert "byte order mark" in run.err


def test_duplicate_keys_exit_2_with_their_path(tmp_path: Path) -> None:
    """A key given twice is a text problem, reported with the path of the key."""
    path = write(tmp_path / "twice.json", '{"cartItems": [{"sku": "A", "sku": "B", "quantity": 1}]}')
    run = talon("validate", str(path))
    assert (run.status, run.err) == (2, '%s: error: %s: cartItems[0].sku: duplicate key "sku"\n' % (PROG, path))


def test_nan_exits_2(tmp_path: Path) -> None:
    """NaN is not JSON, even where a number is expected."""
    path = write(tmp_path / "nan.json", '{"additionalCosts": {"shipping": {"price": NaN}}}')
    run = talon("validate", str(path))
    assert run.status == 2
    assert "additionalCosts.shipping.price: NaN is not a JSON value" in run.err


def test_text_nested_too_deeply_exits_2(tmp_path: Path) -> None:
    """Two hundred thousand opening brackets end in a message, not a RecursionError."""
    path = write(tmp_path / "deep.json", "[" * 200_000)
    run = talon("validate", str(path))
    assert run.status == 2
    assert len(lines(run.err)) == 1


# -- huge payloads ---------------------------------------------------------------------------


def test_a_huge_valid_file_is_summarised(tmp_path: Path) -> None:
    """A session of 1000 items with large attributes (several MB) validates in one line."""
    item = {"sku": "SKU", "quantity": 1, "attributes": {"notes": "x" * 5000}}
    path = write(tmp_path / "huge.json", {"cartItems": [item] * 1000})
    assert path.stat().st_size > 5_000_000
    run = talon("validate", str(path))
    assert run.status == 0
    assert "1000 cart items, total quantity 1000" in run.out


def test_too_many_cart_items_is_one_problem(tmp_path: Path) -> None:
    """1001 cart items: exit 1 with one problem at cartItems, not one per item."""
    path = write(tmp_path / "many.json", {"cartItems": [{"sku": "A", "quantity": 0}] * 1001})
    run = talon("validate", str(path))
    assert run.status == 1
    problem, last = lines(run.out)
    assert problem.startswith("%s: cartItems: must have at most 1000 items" % path)
    assert last.endswith("; 1 problem)")


# -- normalize -------------------------------------------------------------------------------


def test_normalize_writes_the_canonical_form(tmp_path: Path) -> None:
    """Keys come out in Ruby order, nulls of known fields are dropped, unknown keys kept last."""
    payload = {
        "channel": "web",
        "cartItems": [{"quantity": 2, "name": None, "sku": "A", "adjustmentEffectiveFrom": "2021-09-12 10:12z"}],
        "profileId": "p",
    }
    path = write(tmp_path / "session.json", payload)
    run = talon("normalize", str(path))
    assert run.status == 0
    assert run.out == (
        '{"profileId":"p","cartItems":[{"sku":"A","quantity":2,'
        '"adjustmentEffectiveFrom":"2021-09-12T10:12:00Z"}],"channel":"web"}\n'
    )


def test_normalize_output_is_to_json(tmp_path: Path) -> None:
    """normalize --indent 2 prints exactly what to_json(indent=2) gives."""
    run = talon("normalize", "--indent", "2", "examples/session-valid.json")
    expected = NewCustomerSessionV2.from_json((EXAMPLES / "session-valid.json").read_bytes()).to_json(indent=2)
    assert (run.status, run.out) == (0, expected + "\n")


def test_normalize_is_idempotent(tmp_path: Path) -> None:
    """Normalizing the normalized form changes nothing."""
    first = talon("normalize", "examples/session-valid.json").out
    second = talon("normalize", "-", stdin=first.encode("utf-8")).out
    assert first == second


def test_normalize_with_unknown_ignore_drops_unknown_keys() -> None:
    """--unknown ignore leaves unknown keys out of the output."""
    run = talon("normalize", "--unknown", "ignore", "-", stdin=b'{"profileId": "p", "channel": "web"}')
    assert run.out == '{"profileId":"p"}\n'


def test_normalize_prints_problems_on_stderr_and_nothing_on_stdout() -> None:
    """An invalid payload gets validate's problem lines on stderr and exit 1; stdout stays empty,
    so `normalize bad.json > out.json` leaves no text that is not JSON."""
    normalized = talon("normalize", "examples/session-invalid.json")
    validated = talon("validate", "examples/session-invalid.json")
    assert (normalized.status, normalized.out, normalized.err) == (1, "", validated.out)


def test_normalize_writes_json_only_on_stdout(tmp_path: Path) -> None:
    """A valid payload's stdout is exactly one JSON text; stderr names the model picked."""
    run = talon("normalize", "--unknown", "forbid", "examples/session-valid.json")
    assert (run.status, lines(run.err)) == (
        0,
        ["examples/session-valid.json: normalized as NewCustomerSessionV2 (picked: 9 of 9 keys match)"],
    )
    assert isinstance(json.loads(run.out), dict)


@pytest.mark.parametrize(
    "args",
    [
        ["normalize", "examples/session-invalid.json", "--bogus"],
        ["normalize", "--bogus", "examples/missing.json"],
        ["validate", "--bogus", "-"],
        ["--bogus", "validate", "examples/session-valid.json"],
    ],
)
def test_an_unknown_option_is_refused_before_any_input_is_read(args: List[str]) -> None:
    """Exit 2 with the option named, and no line about the file: it was never opened (nor stdin read)."""
    run = talon(*args, stdin=b"not JSON")
    assert (run.status, run.out) == (2, "")
    assert "unrecognized arguments: --bogus" in run.err
    assert "missing.json" not in run.err and "session-invalid" not in run.err and "not JSON" not in run.err


@pytest.mark.parametrize("args", [["validate", "--mod", "CartItem"], ["normalize", "--ind", "2"]])
def test_options_are_never_abbreviated(args: List[str]) -> None:
    """--mod is not --model: a prefix is an unknown option, so adding an option never changes a script."""
    run = talon(*args, "examples/session-valid.json")
    assert (run.status, run.out) == (2, "")
    assert "unrecognized arguments: %s" % args[1] in run.err


def test_a_vendored_copy_names_itself_as_it_was_run(tmp_path: Path) -> None:
    """Copied into yourpkg/_vendor/, --version and usage say python -m yourpkg._vendor.talon_models."""
    vendor = tmp_path / "yourpkg" / "_vendor"
    vendor.mkdir(parents=True)
    (tmp_path / "yourpkg" / "__init__.py").write_text("")
    (vendor / "__init__.py").write_text("")
    shutil.copytree(str(ROOT / "talon_models"), str(vendor / "talon_models"))
    command = [sys.executable, "-m", "yourpkg._vendor.talon_models"]
    environment = dict(os.environ, PYTHONPATH=str(tmp_path))
    version = subprocess.run(
        [*command, "--version"], check=False, capture_output=True, text=True, cwd=str(tmp_path), env=environment
    )
    assert (version.returncode, version.stdout) == (
        0,
        "python -m yourpkg._vendor.talon_models %s\n" % talon_models.__version__,
    )
    usage = subprocess.run(
        [*command, "validate", "--bogus"],
        check=False,
        capture_output=True,
        text=True,
        cwd=str(tmp_path),
        env=environment,
    )
    assert usage.returncode == 2
    assert usage.stderr.startswith("usage: python -m yourpkg._vendor.talon_models ")
    assert "python -m yourpkg._vendor.talon_models: error: unrecognized arguments: --bogus" in usage.stderr


@pytest.mark.parametrize("indent", ["-1", "two", "17", "1000000000"])
def test_normalize_refuses_a_bad_indent(indent: str) -> None:
    """--indent takes a whole number of spaces from 0 to 16: a huge one would only cost memory."""
    run = talon("normalize", "--indent", indent, "examples/session-valid.json")
    assert run.status == 2
    assert "expected a whole number of spaces" in run.err


def test_output_falls_back_to_json_escapes_on_an_ascii_console() -> None:
    """With an ASCII-only stdout, non-ASCII characters come out as \\u escapes: still the same JSON."""
    payload = {"profileId": "K\u00f6ln \U0001f600", "attributes": {"city": "\u6771\u4eac"}}
    run = talon("normalize", "-", stdin=json.dumps(payload).encode(), env={"PYTHONIOENCODING": "ascii"})
    assert run.status == 0
    assert run.out.isascii()
    assert json.loads(run.out) == payload


def test_a_reader_that_goes_away_ends_the_command_quietly(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Output into a closed pipe (``... | head -c 1``): exit 141, as a shell shows SIGPIPE, and no message."""

    class ClosedPipe(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    # In-process, because whether a closed pipe fails the writer at once depends on the OS.
    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    assert main(["example"]) == 141
    assert capsys.readouterr().err == ""


def test_output_that_cannot_be_written_is_one_line_and_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A full disk is not an invalid payload: exit 2 with one line saying why, no traceback."""

    class FullDisk(io.StringIO):
        def write(self, text: str) -> int:
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(sys, "stdout", FullDisk())
    assert main(["validate", str(EXAMPLES / "session-valid.json")]) == 2
    assert capsys.readouterr().err == "talon-models: error: cannot write the output: No space left on device\n"


# -- schema and example ----------------------------------------------------------------------


@pytest.mark.parametrize("name", list(MODELS))
def test_schema_prints_the_models_json_schema(name: str) -> None:
    """schema --model NAME prints Model.json_schema() as JSON."""
    run = talon("schema", "--model", name)
    assert run.status == 0
    assert json.loads(run.out) == MODELS[name].json_schema()


@pytest.mark.parametrize("command", ["schema", "example"])
def test_schema_and_example_take_the_model_as_an_argument(command: str) -> None:
    """schema CartItem is schema --model CartItem, in any letter case; two different models are refused."""
    named = talon(command, "cartitem")
    assert (named.status, named.out) == (0, talon(command, "--model", "CartItem").out)
    assert talon(command, "CartItem", "--model", "CARTITEM").out == named.out
    both = talon(command, "CartItem", "--model", "Product")
    assert (both.status, both.out) == (2, "")
    assert both.err.endswith("error: two models given: CartItem and --model Product\n")
    unknown = talon(command, "Session")
    assert unknown.status == 2
    assert "unknown model 'Session'" in unknown.err


def test_schema_defaults_to_the_session() -> None:
    """Without --model, schema describes NewCustomerSessionV2."""
    assert json.loads(talon("schema").out)["title"] == "NewCustomerSessionV2"


@pytest.mark.parametrize("name", list(MODELS))
def test_example_prints_the_docs_example(name: str) -> None:
    """example --model NAME prints the example payload the docs show."""
    run = talon("example", "--model", name)
    assert run.status == 0
    assert json.loads(run.out) == example_payload(MODELS[name])


# -- help and version ------------------------------------------------------------------------


@pytest.mark.parametrize("command", [[], ["validate"], ["normalize"], ["schema"], ["example"]])
def test_help_explains_each_command_with_an_example(command: List[str]) -> None:
    """--help exits 0 and shows usage and at least one example line for the command."""
    run = talon(*command, "--help")
    assert run.status == 0
    assert run.out.startswith("usage: %s" % " ".join([PROG, *command]))
    examples = run.out.split("examples:\n", 1)[1]
    assert examples.lstrip().startswith(" ".join([PROG, *command]))


def test_version_prints_the_package_version() -> None:
    """--version prints the program name and talon_models.__version__."""
    run = talon("--version")
    assert (run.status, run.out) == (0, "%s %s\n" % (PROG, talon_models.__version__))


def test_no_command_is_a_usage_error() -> None:
    """Without a subcommand the command prints its usage and exits 2."""
    run = talon()
    assert run.status == 2
    assert run.err.startswith("usage: %s" % PROG)


# -- the installed command -------------------------------------------------------------------


def test_console_script_is_declared_for_main() -> None:
    """The installed distribution declares talon-models = talon_models._cli:main."""
    import importlib.metadata

    scripts = {
        entry.name: entry.value
        for entry in importlib.metadata.distribution("talon-models").entry_points
        if entry.group == "console_scripts"
    }
    assert scripts == {"talon-models": "talon_models._cli:main"}


def test_console_script_runs_when_installed_beside_the_interpreter() -> None:
    """The talon-models script of this environment validates the bundled example."""
    script = Path(sys.executable).parent / ("talon-models.exe" if os.name == "nt" else "talon-models")
    if not script.exists():
        pytest.skip("no talon-models script beside %s (package not installed in this environment)" % sys.executable)
    done = subprocess.run(
        [str(script), "validate", "examples/session-valid.json"], capture_output=True, cwd=str(ROOT), check=False
    )
    assert done.returncode == 0
    assert done.stdout.startswith(b"examples/session-valid.json: valid NewCustomerSessionV2")


# -- the docs page -------------------------------------------------------------------------

CONSOLE_BLOCK = re.compile(r"^```console\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def console_examples() -> List[Any]:
    """(command line, expected output) for every ``$ talon-models ...`` line of docs/cli.md."""
    found = []
    for block in CONSOLE_BLOCK.findall((ROOT / "docs" / "cli.md").read_text("utf-8")):
        for chunk in block.split("$ ")[1:]:
            command, _, output = chunk.partition("\n")
            found.append(pytest.param(command, output, id=command))
    return found


@pytest.mark.parametrize(("command", "output"), console_examples())
def test_docs_page_shows_what_the_command_prints(command: str, output: str) -> None:
    """Each command on docs/cli.md prints exactly the output the page shows under it."""
    program, *args = shlex.split(command)
    assert program == "talon-models"
    run_as_installed = "import sys; from talon_models._cli import main; sys.exit(main(sys.argv[1:]))"
    done = subprocess.run(
        [sys.executable, "-c", run_as_installed, *args],
        capture_output=True,
        cwd=str(ROOT),
        env=dict(os.environ, PYTHONIOENCODING="utf-8"),
        check=False,
    )
    assert (done.stdout + done.stderr).decode("utf-8") == output


def test_validate_says_when_checking_stopped_at_the_cap() -> None:
    """A payload with more problems than the cap lists the first 10,000 and says it stopped."""
    payload = json.dumps({"couponCodes": list(range(20_000))}).encode()
    run = talon("validate", "-", stdin=payload)
    lines = run.out.splitlines()
    assert run.status == 1
    assert len(lines) == 10_001
    assert lines[0] == "<stdin>: couponCodes[0]: expected string, got integer (value: 0)"
    assert lines[-1] == (
        "<stdin>: not a valid NewCustomerSessionV2 (picked: 1 of 1 key matches; 10000 problems; "
        "checking stopped there, there may be more)"
    )


# -- a few runs in a process of their own, as a user's shell runs the command ---------------


def test_a_process_validates_a_valid_and_an_invalid_file() -> None:
    """The exit status and the verdict lines reach the shell from a real process."""
    run = talon_process("validate", "examples/session-valid.json", "examples/session-invalid.json")
    assert run.status == 1
    lines = run.out.splitlines()
    assert lines[0].startswith("examples/session-valid.json: valid NewCustomerSessionV2")
    assert any(line.startswith("examples/session-invalid.json: not a valid") for line in lines)


def test_a_process_reads_standard_input_and_writes_json() -> None:
    """normalize, piped: JSON text on standard output only."""
    run = talon_process("normalize", "-", stdin=b'{"cartItems": [{"sku": "A", "quantity": 1}]}')
    assert run.status == 0
    assert json.loads(run.out) == {"cartItems": [{"sku": "A", "quantity": 1}]}


def test_a_process_names_its_version() -> None:
    """--version answers as the installed command would."""
    run = talon_process("--version")
    assert (run.status, run.out.strip()) == (0, "%s %s" % (PROG, talon_models.__version__))
