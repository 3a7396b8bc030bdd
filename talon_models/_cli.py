"""The ``talon-models`` command: check, normalise and describe payloads from a shell.

Exit status, the same for every subcommand:

* 0: done (the payload is valid);
* 1: the payload is JSON, but not a valid model: every problem is printed with its path;
* 2: nothing to check: the file is missing or unreadable, not UTF-8 or not JSON, or the
  command line is wrong. One line on stderr says why.

``validate`` takes several files: one verdict each, and the status of the worst, where an
invalid payload (1) counts before an unreadable one (2): a script learns first of all
that something needs fixing.

Without ``--model``, ``validate`` and ``normalize`` pick the model by the payload's keys
(``_pick``); a payload none of whose keys is a field of the model is invalid, whatever
the model.

Problems of the JSON text and problems of the data are told apart by reading in two
steps: ``_json.load`` (text problems only), then ``from_dict`` (data problems only).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import sys
import textwrap
from typing import Any, List, Optional, Sequence, TextIO, Tuple, Type

from . import __version__, _json
from ._additional_cost import AdditionalCost
from ._base import UNKNOWN_MODES, Model, UnknownMode
from ._cart_item import CartItem
from ._customer_session import CustomerSessionV2
from ._errors import ValidationError
from ._examples import example_payload
from ._integration_request import IntegrationRequest
from ._price_detail import PriceDetail
from ._product import Product
from ._registry import MODELS
from ._session import NewCustomerSessionV2

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_UNREADABLE = 2
EXIT_INTERRUPTED = 130  # what a shell reports for Ctrl-C
EXIT_BROKEN_PIPE = 141  # what a shell reports for a reader that went away (SIGPIPE)

MAX_INDENT = 16  # more is no easier to read, and a huge one only costs memory

DEFAULT_MODEL = "NewCustomerSessionV2"
STDIN = "-"
_SHOWN_CODES = 5  # coupon codes listed by name in a summary; the rest are counted


class _Unreadable(Exception):
    """There is no JSON to check; the message says why, in one line."""


# -- input -------------------------------------------------------------------------------


def _read_bytes(source: str) -> bytes:
    """The bytes of a file, or of standard input for ``-``.

    Raises:
        _Unreadable: the file is missing, a directory or cannot be read.
    """
    if source == STDIN:
        return sys.stdin.buffer.read()
    try:
        with open(source, "rb") as stream:
            return stream.read()
    except FileNotFoundError:
        raise _Unreadable("%s: no such file" % source) from None
    except IsADirectoryError:
        raise _Unreadable("%s: is a directory, not a file" % source) from None
    except PermissionError:
        raise _Unreadable("%s: permission denied" % source) from None
    except OSError as exc:
        raise _Unreadable("%s: cannot read it: %s" % (source, exc.strerror or exc)) from None


def _label(source: str) -> str:
    return "<stdin>" if source == STDIN else source


def _load(source: str, model: str) -> Any:
    """The JSON data in ``source``.

    Raises:
        _Unreadable: the text is empty, not UTF-8 or not strict JSON.
    """
    data = _read_bytes(source)
    if not data.strip():
        raise _Unreadable("%s: is empty; expected a JSON object" % _label(source))
    try:
        return _json.load(data, model)
    except ValidationError as exc:
        # Only the text can be wrong here: a syntax error (with line and column), bad
        # UTF-8, NaN, or a duplicate key (with its path).
        problems = "; ".join("%s: %s" % (error.path, error.msg) if error.path else error.msg for error in exc.errors)
        raise _Unreadable("%s: %s" % (_label(source), problems)) from None


def _required_keys(model: Type[Model]) -> List[str]:
    """The wire keys of the required fields of ``model``."""
    return [wire for _, wire, rule in model._rules.values() if rule.required]


def _pick(payload: Any) -> Tuple[str, str]:
    """The name of the registered model that fits the keys of ``payload`` best, and why, in words.

    The model with the most keys among its fields wins; on a tie, the one missing the
    fewest of its required fields; then the first in ``MODELS``. No keys, or none that
    is a field of any model: the default model.
    """
    if not isinstance(payload, dict):
        return DEFAULT_MODEL, "picked by default: not an object"
    if not payload:
        return DEFAULT_MODEL, "picked by default: no keys"
    keys = set(payload)
    scores = {}
    for name, model in MODELS.items():
        missing = [key for key in _required_keys(model) if key not in keys]
        scores[name] = (len(keys & model._wire_keys), -len(missing))
    best = max(scores.values())
    if best[0] == 0:
        return DEFAULT_MODEL, "picked by default: no key is a field of any model"
    tied = [name for name, score in scores.items() if score == best]  # in the registry's order
    reason = "picked: %d of %s match%s" % (best[0], _plural(len(keys), "key"), "es" if best[0] == 1 else "")
    if len(tied) > 1:
        reason += "; ties with " + (tied[1] if len(tied) == 2 else "%s and %d more" % (tied[1], len(tied) - 2))
    return tied[0], reason


class _Verdict:
    """What checking one payload found: its model, why that model, and the model or the problems."""

    def __init__(self, label: str, model: str, reason: str) -> None:
        self.label = label
        self.model = model
        self.reason = reason  # "" when --model named the model
        self.item: Optional[Model] = None
        self.problems: List[str] = []
        self.complete = True

    def summary(self) -> str:
        """The verdict line: valid, with the facts of the model, or not, with the count of problems."""
        if self.item is not None:
            facts = _facts(self.item)
            shown = " (%s)" % self.reason if self.reason else ""
            return "%s: valid %s%s%s" % (self.label, self.model, shown, ": " + ", ".join(facts) if facts else "")
        count = _plural(len(self.problems), "problem")
        more = "" if self.complete else "; checking stopped there, there may be more"
        shown = "%s; " % self.reason if self.reason else ""
        return "%s: not a valid %s (%s%s%s)" % (self.label, self.model, shown, count, more)


def _check(source: str, model: Optional[str], unknown: UnknownMode) -> _Verdict:
    """Read ``source`` as ``model`` (``None``: the model its keys pick).

    Raises:
        _Unreadable: there is no JSON to check.
    """
    label = _label(source)
    payload = _load(source, model or DEFAULT_MODEL)
    verdict = _Verdict(label, model, "") if model else _Verdict(label, *_pick(payload))
    try:
        item = MODELS[verdict.model].from_dict(payload, unknown=unknown)
    except ValidationError as exc:
        _json.explain_overflow(exc.errors)  # the same words as Model.from_json
        verdict.problems = [str(error) for error in exc.errors]
        verdict.complete = exc.complete
        return verdict
    if isinstance(payload, dict) and payload and not set(payload) & MODELS[verdict.model]._wire_keys:
        # Valid, as unknown keys are kept (or ignored), but it says nothing: most likely the
        # wrong model, or snake_case keys.
        keys = list(payload)
        which = "the key %s is not" % _quote(keys[0]) if len(keys) == 1 else "none of the keys %s is" % _names(keys)
        where, hint = (verdict.model, "is --model right? ") if model else ("any model", "")
        verdict.problems = ["%s a field of %s (%sJSON keys are camelCase)" % (which, where, hint)]
    else:
        verdict.item = item
    return verdict


def _report(verdict: _Verdict, out: TextIO) -> None:
    """Print the problems of ``verdict``, each on its line, then its verdict line."""
    for problem in verdict.problems:
        _emit(out, "%s: %s" % (verdict.label, problem))
    _emit(out, verdict.summary())


# -- output ------------------------------------------------------------------------------


def _ascii_only(text: str) -> str:
    """``text`` with every non-ASCII character as a JSON ``\\u`` escape.

    Non-ASCII characters only occur inside JSON strings, so JSON text stays valid JSON.
    """
    return re.sub(r"[^\x00-\x7f]", lambda match: json.dumps(match.group())[1:-1], text)


def _emit(stream: TextIO, text: str) -> None:
    """Write one line, escaping what a non-UTF-8 console cannot show instead of failing."""
    try:
        stream.write(text + "\n")
    except UnicodeEncodeError:
        stream.write(_ascii_only(text) + "\n")


def _quote(text: str) -> str:
    """A string as JSON shows it, cut short: one line, whatever it holds."""
    return json.dumps(text if len(text) <= 60 else text[:57] + "...", ensure_ascii=False)


def _names(items: Sequence[str]) -> str:
    shown = ", ".join(_quote(item) for item in items[:_SHOWN_CODES])
    if len(items) > _SHOWN_CODES:
        shown += " and %d more" % (len(items) - _SHOWN_CODES)
    return shown


def _plural(count: int, word: str) -> str:
    return "%d %s%s" % (count, word, "" if count == 1 else "s")


def _number(value: float) -> str:
    return json.dumps(value)


def _session_facts(item: Any) -> List[str]:
    """The facts of a session, as sent (``NewCustomerSessionV2``) or returned (``CustomerSessionV2``)."""
    facts = []
    if item.profile_id is not None:
        facts.append("profile " + _quote(item.profile_id))
    given = "state" in item.to_dict()  # reading .state gives "open" when it was never set
    facts.append("state %s%s" % (item.state, "" if given else " (default)"))
    items = item.cart_items or []
    facts.append(_plural(len(items), "cart item"))
    facts.append("total quantity %d" % sum(cart_item.quantity for cart_item in items))
    codes = item.coupon_codes or []
    facts.append("coupon codes " + _names(codes) if codes else "no coupon codes")
    if item.referral_code:
        facts.append("referral code " + _quote(item.referral_code))
    if item.additional_costs:
        facts.append("additional costs " + _names(list(item.additional_costs)))
    return facts


def _facts(item: Model) -> List[str]:
    """The facts of a valid model worth a glance, for the one-line summary."""
    facts = []
    if isinstance(item, NewCustomerSessionV2):
        facts.extend(_session_facts(item))
    elif isinstance(item, IntegrationRequest):
        facts.extend(_session_facts(item.customer_session))
        content = item.response_content
        facts.append("response content " + _names(content) if content else "no response content")
    elif isinstance(item, CustomerSessionV2):
        facts.append("session %s (id %d)" % (_quote(item.integration_id), item.id))
        facts.extend(_session_facts(item))
        facts.append("total " + _number(item.total))
    elif isinstance(item, CartItem):
        facts.append("sku %s, quantity %d" % (_quote(item.sku), item.quantity))
        if item.price is not None:
            facts.append("price " + _number(item.price))
        if item.product is not None:
            facts.append("product " + _quote(item.product.name))
    elif isinstance(item, AdditionalCost):
        facts.append("price " + _number(item.price))
    elif isinstance(item, Product):
        facts.append("name " + _quote(item.name))
    elif isinstance(item, PriceDetail):
        if item.price is not None:
            facts.append("price " + _number(item.price))
        if item.adjustment_reference_id is not None:
            facts.append("adjustment " + _quote(item.adjustment_reference_id))
    unknown = list(item.unknown_fields)
    if unknown:
        facts.append("unknown keys kept: " + _names(unknown))
    return facts


# -- subcommands -------------------------------------------------------------------------


def _validate(args: argparse.Namespace, out: TextIO) -> int:
    # Each file gets its verdict; the status is the worst: invalid (1) before unreadable (2).
    invalid = unreadable = False
    for source in args.files:
        try:
            verdict = _check(source, args.model, args.unknown)
        except _Unreadable as exc:
            out.flush()  # keep the order of the lines when both streams go to one terminal
            _emit(sys.stderr, "%s: error: %s" % (args.prog, exc))
            unreadable = True
            continue
        _report(verdict, out)
        invalid = invalid or verdict.item is None
    if invalid:
        return EXIT_INVALID
    return EXIT_UNREADABLE if unreadable else EXIT_OK


def _normalize(args: argparse.Namespace, out: TextIO) -> int:
    # Standard output gets JSON or nothing, so `normalize bad.json > out.json` never
    # leaves a file that is not JSON: the problems, and the model picked, go to standard error.
    verdict = _check(args.file, args.model, args.unknown)
    if verdict.item is None:
        _report(verdict, sys.stderr)
        return EXIT_INVALID
    _emit(out, verdict.item.to_json(indent=args.indent))
    if verdict.reason:
        out.flush()
        _emit(sys.stderr, "%s: normalized as %s (%s)" % (verdict.label, verdict.model, verdict.reason))
    return EXIT_OK


def _schema(args: argparse.Namespace, out: TextIO) -> int:
    _emit(out, _json.dump(MODELS[args.model].json_schema(), 2))
    return EXIT_OK


def _example(args: argparse.Namespace, out: TextIO) -> int:
    _emit(out, _json.dump(example_payload(MODELS[args.model]), 2))
    return EXIT_OK


# -- the command line --------------------------------------------------------------------


def _model_name(text: str) -> str:
    """A model name, in any letter case."""
    for name in MODELS:
        if name.lower() == text.lower():
            return name
    raise argparse.ArgumentTypeError("unknown model %r (choose from %s)" % (text, ", ".join(MODELS)))


def _indent(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= MAX_INDENT:
        message = "expected a whole number of spaces from 0 to %d, not %r" % (MAX_INDENT, text)
        raise argparse.ArgumentTypeError(message)
    return value


_EXIT_STATUS = """\
exit status:
  0  done: the payload is valid (or the schema or example was printed)
  1  the JSON is not a valid model: every problem is printed with its wire path
  2  no JSON to check (missing or unreadable file, not UTF-8, not JSON), a bad command
     line, or the output could not be written
  validate with several files: 1 if any is invalid, else 2 if any is unreadable, else 0"""

_PICKED = (
    "Without --model, the model is picked by the payload's keys: the one with the most keys "
    "among its fields (on a tie, the one missing the fewest required fields, then the first in "
    "the --model list), and the output says which and why. A payload none of whose keys is a "
    "field of the model is invalid."
)


def _wrapped(text: str) -> str:
    """A paragraph wrapped for a terminal; help with examples is formatted by hand, not by argparse."""
    return textwrap.fill(text, 79)


def _add_model_option(parser: argparse.ArgumentParser, default: Optional[str], what: str) -> None:
    parser.add_argument(
        "--model",
        type=_model_name,
        default=default,
        metavar="NAME",
        help="the model: %s (%s)" % (", ".join(MODELS), what),
    )


def _add_model_choice(parser: argparse.ArgumentParser) -> None:
    """The model of ``schema`` and ``example``: named as an argument, or with --model."""
    parser.add_argument(
        "name",
        nargs="?",
        type=_model_name,
        default=None,
        metavar="MODEL",
        help="the model (default: %s)" % DEFAULT_MODEL,
    )
    _add_model_option(parser, None, "the same as MODEL")


def _add_input_options(parser: argparse.ArgumentParser, files: str) -> None:
    if files == "*":
        parser.add_argument(
            "files", nargs="*", metavar="FILE", help="JSON files, or - for standard input (the default)"
        )
    else:
        parser.add_argument(
            "file", nargs="?", default=None, metavar="FILE", help="a JSON file, or - for standard input (the default)"
        )
    _add_model_option(parser, None, "default: the one the payload's keys pick")
    parser.add_argument(
        "--unknown",
        choices=UNKNOWN_MODES,
        default="keep",
        help="what to do with keys the model does not know: keep them (the default), ignore them or forbid them",
    )


def build_parser(prog: str = "talon-models") -> argparse.ArgumentParser:
    """The argument parser of the command, with its four subcommands.

    Options are never abbreviated (``allow_abbrev=False``): ``--mod`` is refused as the
    unknown option it is, not read as ``--model``, so a script keeps working when an
    option is added.
    """
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Check and describe Talon.One customer-session payloads (talon_models %s)." % __version__,
        epilog="examples:\n"
        "  %(prog)s validate session.json\n"
        "  %(prog)s validate --model CartItem item.json\n"
        "  %(prog)s normalize --indent 2 session.json\n"
        "  %(prog)s schema > NewCustomerSessionV2.schema.json\n"
        "  %(prog)s example CartItem\n\n"
        "Run '%(prog)s COMMAND --help' for the options of a command.\n\n" + _EXIT_STATUS,
        formatter_class=formatter,
        allow_abbrev=False,
    )
    parser.add_argument("--version", action="version", version="%(prog)s " + __version__)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    validate = commands.add_parser(
        "validate",
        help="check JSON payloads and print a summary or every problem",
        description=_wrapped(
            "Check JSON payloads against a model. A valid payload gets a one-line summary; "
            "an invalid one gets one line per problem, each with its wire path (such as cartItems[0].quantity), "
            "then a line with the count. Several files get one verdict line each."
        )
        + "\n\n"
        + _wrapped(_PICKED),
        epilog="examples:\n"
        "  %(prog)s examples/session-valid.json\n"
        "  %(prog)s examples/*.json\n"
        "  curl -s https://example.com/session.json | %(prog)s -\n"
        "  %(prog)s --model CartItem --unknown forbid item.json\n\n" + _EXIT_STATUS,
        formatter_class=formatter,
        allow_abbrev=False,
    )
    _add_input_options(validate, "*")
    validate.set_defaults(run=_validate)

    normalize = commands.add_parser(
        "normalize",
        help="print a valid payload in canonical form",
        description=_wrapped(
            "Print a valid payload in canonical form (to_json): wire keys in the order of the Ruby SDK, "
            "nulls of known fields dropped, unknown keys kept at the end, date-times in canonical text. "
            "An invalid payload gets its problems printed on standard error, as validate prints them, "
            "and nothing on standard output. A model picked by the keys is named on standard error."
        )
        + "\n\n"
        + _wrapped(_PICKED),
        epilog="examples:\n"
        "  %(prog)s examples/session-valid.json\n"
        "  %(prog)s --indent 2 - < session.json > session.normalized.json\n\n" + _EXIT_STATUS,
        formatter_class=formatter,
        allow_abbrev=False,
    )
    _add_input_options(normalize, "?")
    normalize.add_argument(
        "--indent", type=_indent, default=None, metavar="N", help="indent by N spaces (default: compact, one line)"
    )
    normalize.set_defaults(run=_normalize)

    schema = commands.add_parser(
        "schema",
        help="print the JSON Schema (draft 2020-12) of a model",
        description=_wrapped(
            "Print the JSON Schema (draft 2020-12) of a model's wire form. Its top-level description "
            "lists the rules a JSON Schema cannot state (such as the sum of the cart item quantities)."
        ),
        epilog="examples:\n  %(prog)s > session.schema.json\n  %(prog)s CartItem",
        formatter_class=formatter,
        allow_abbrev=False,
    )
    _add_model_choice(schema)
    schema.set_defaults(run=_schema)

    example = commands.add_parser(
        "example",
        help="print the example payload of a model, as the docs show it",
        description=_wrapped(
            "Print the example payload of a model: every field that has an example, as the docs show it."
        ),
        epilog="examples:\n  %(prog)s\n  %(prog)s PriceDetail > price.json",
        formatter_class=formatter,
        allow_abbrev=False,
    )
    _add_model_choice(example)
    example.set_defaults(run=_example)
    return parser


def main(argv: Optional[Sequence[str]] = None, prog: str = "talon-models") -> int:
    """Run the command with ``argv`` (default: the process arguments) and return the exit status."""
    parser = build_parser(prog)
    args = parser.parse_args(argv)
    args.prog = prog
    if "name" in args:  # schema and example: the model as an argument, or with --model
        if args.name and args.model and args.name != args.model:
            parser.error("two models given: %s and --model %s" % (args.name, args.model))
        args.model = args.name or args.model or DEFAULT_MODEL
    if (args.command == "validate" and not args.files) or (args.command == "normalize" and args.file is None):
        if sys.stdin is not None and sys.stdin.isatty():
            # Waiting for a payload typed by hand is hardly ever what was meant.
            parser.error("no FILE given: name a file, or pipe the JSON in")
        args.file, args.files = STDIN, [STDIN]
    try:
        status: int = args.run(args, sys.stdout)
        sys.stdout.flush()
        return status
    except _Unreadable as exc:
        _emit(sys.stderr, "%s: error: %s" % (prog, exc))
        return EXIT_UNREADABLE
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`... | head`): nothing is wrong with the payload. Send
        # what is still buffered to nowhere, so the exit does not fail on it.
        with contextlib.suppress(OSError, ValueError):  # no real stdout: nothing to quieten
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except OSError as exc:  # such as a full disk: the output is incomplete, the payload is not at fault
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        _emit(sys.stderr, "%s: error: cannot write the output: %s" % (prog, exc.strerror or exc))
        return EXIT_UNREADABLE
