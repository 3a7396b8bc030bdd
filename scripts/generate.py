#!/usr/bin/env python3
"""Write out each model's constructor, reader and writer from its field declarations.

A model module declares its fields once, in the class body (``name: Type = field(...)``).
This script imports each model module, reads the declarations back from the classes, and
writes into the same file, between marked lines:

* in each model's class body, ``__init__`` (keyword-only, typed for type checkers),
  ``_read`` (wire dict to model) and ``_write`` (model to wire dict), straight-line, one
  group of statements per field, in field order, with each rule's quick test inline
  (``Rule.inline_test``), and ``_written_for``, the fields they were written for;
* at the end of the module, the names that code uses for the rules and the readers of
  nested models;
* the module's ``from ._base import ...`` and ``from typing import ...`` lines, so that
  they import what the written-out code uses.

Everything else in the file is left as it is. Run it after changing a declaration:

    bash scripts/generate            # rewrite what is stale
    bash scripts/generate --check    # only say what is stale (exit 1), as the tests do

The models refuse to load when their written-out code was written for other fields
(``_written_for``), and ``tests/test_generated.py`` fails when any of it is stale.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import re
import sys
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Sequence, Set, Tuple

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "talon_models"

BEGIN = "# --- Written out by scripts/generate from the declarations above: do not edit. ---"
END = "# --- End of the written-out code. ---"
TAIL_BEGIN = "# --- Written out by scripts/generate: the rules and readers the code above uses. ---"

# Names the written-out methods use as locals, and the builtins they call: a field whose
# Python name is one of them is read into a local with a "_" after its name.
TAKEN = {
    "cls", "self", "data", "unknown", "errors", "start", "get", "known", "extra", "out",
    "type", "len", "list", "dict", "object", "str", "int", "float", "bool", "new_object",
}  # fmt: skip

LINE_LENGTH = 120


class Field:
    """One declared field, as the written-out code sees it."""

    def __init__(self, model: Any, index: int, name: str, annotation: str, spec: Any) -> None:
        self.model = model
        self.index = index
        self.name = name
        self.annotation = annotation
        self.spec = spec
        self.wire = spec.wire
        self.rule = spec.rule
        self.required = spec.rule.required
        self.local = name + "_" if name in TAKEN else name
        self.rule_name = "_%s_%s" % (model.__name__, name)

    @property
    def key(self) -> str:
        return '"%s"' % self.wire


def _rules() -> Any:
    return importlib.import_module("talon_models._fields")


def _negated(test: str) -> str:
    """``not (test)``, written plainly where the test is one ``type(x) is T``."""
    if re.fullmatch(r"type\(\w+\) is \w+", test):
        return test.replace(" is ", " is not ")
    return "not (%s)" % test


def _top_level_split(text: str, separator: str) -> List[str]:
    """``text`` split at each ``separator`` that is outside brackets and quotes."""
    parts, depth, quote, start = [], 0, "", 0
    index = 0
    while index < len(text):
        char = text[index]
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif depth == 0 and text.startswith(separator, index):
            parts.append(text[start:index])
            start = index + len(separator)
            index = start
            continue
        index += 1
    return [*parts, text[start:]]


def _fit(line: str) -> List[str]:
    """``line``, wrapped as ruff format would when it is longer than the line length."""
    if len(line) <= LINE_LENGTH:
        return [line]
    indent = line[: len(line) - len(line.lstrip())]
    inner = indent + "    "
    match = re.fullmatch(r"if (.*):", line.strip())
    if match:
        return ["%sif (" % indent, *_wrapped_expression(match.group(1), inner), "%s):" % indent]
    target, equals, value = line.strip().partition(" = ")
    if equals:
        parts = _top_level_split(value, " if ")
        if len(parts) == 2:
            test, _, otherwise = _top_level_split(parts[1], " else ")[0], None, parts[1].split(" else ", 1)[1]
            body = [inner + parts[0], inner + "if " + test, inner + "else " + otherwise]
            return ["%s%s = (" % (indent, target), *body, "%s)" % indent]
        match = re.fullmatch(r"([\w.]+)\((.*)\)", value)
        if match:
            wrapped = ["%s%s = %s(" % (indent, target, match.group(1)), inner + match.group(2), indent + ")"]
            if len(wrapped[1]) <= LINE_LENGTH:
                return wrapped
            arguments = _top_level_split(match.group(2), ", ")
            return [wrapped[0], *(inner + argument + "," for argument in arguments), indent + ")"]
        if value[:1] in "[{" and len(inner + value[1:-1]) <= LINE_LENGTH:
            return ["%s%s = %s" % (indent, target, value[0]), inner + value[1:-1], indent + value[-1]]
        if len(inner + value) <= LINE_LENGTH:
            return ["%s%s = (" % (indent, target), inner + value, indent + ")"]
    return [line + "  # noqa: E501"]


def _wrapped_expression(expression: str, indent: str, prefix: str = "") -> List[str]:
    """``expression`` on lines at ``indent``, the first of them starting with ``prefix``,
    split at its top-level ``and``/``or`` and into its ``not (...)`` and ``(...)``, as far as
    it takes to fit."""
    if len(indent + prefix + expression) <= LINE_LENGTH:
        return [indent + prefix + expression]
    for word in (" and ", " or "):
        parts = _top_level_split(expression, word)
        if len(parts) > 1:
            lines = _wrapped_expression(parts[0], indent, prefix)
            for part in parts[1:]:
                lines += _wrapped_expression(part, indent, word.strip() + " ")
            return lines
    for opening in ("not (", "("):
        if expression.startswith(opening) and expression.endswith(")"):
            inner = _wrapped_expression(expression[len(opening) : -1], indent + "    ")
            return [indent + prefix + opening, *inner, indent + ")"]
    return [indent + prefix + expression + "  # noqa: E501"]


def _fitted(lines: List[str]) -> List[str]:
    return [fitted for line in lines for fitted in _fit(line)]


class Writer:
    """The written-out code of one model."""

    def __init__(self, model: Any) -> None:
        self.model = model
        annotations = vars(model)["__annotations__"]
        self.fields = [
            Field(model, index, name, annotations[name], spec) for index, (name, _, spec) in enumerate(model._specs)
        ]
        self.uses: Set[str] = set()  # names of _base the code uses
        self.typing: Set[str] = {"Any", "Dict", "List", "Optional"}
        self.readers: Dict[str, str] = {}  # alias -> model class name

    # -- the constructor ------------------------------------------------------------------

    def constructor(self) -> List[str]:
        f = _rules()
        lines = ["    def __init__(", "        self,", "        *,"]
        for field in self.fields:
            annotation = field.annotation
            if isinstance(field.rule, f.Number):
                annotation = re.sub(r"\bfloat\b", "FloatOrDecimal", annotation)
                self.uses.add("FloatOrDecimal")
            if field.required:
                lines.append("        %s: %s," % (field.name, annotation))
                continue
            if not annotation.startswith("Optional["):
                annotation = "Optional[%s]" % annotation
            lines.append("        %s: %s = None," % (field.name, annotation))
            if field.spec.ruby_name is not None:
                lines.append("        %s: %s = None,  # Ruby's name for it" % (field.spec.ruby_name, annotation))
        lines += ["    ) -> None:", "        self._init(locals())"]
        return lines

    # -- the reader -----------------------------------------------------------------------

    def reader(self) -> List[str]:
        name = self.model.__name__
        self.uses.update(("ErrorDetail", "new_object", "read_object", "unknown_keys"))
        arguments = "cls, data: Any, unknown: str, errors: List[ErrorDetail]"
        signature = ["    def _read(%s) -> Optional[%s]:" % (arguments, name)]
        if len(signature[0]) > LINE_LENGTH:
            signature = ["    def _read(", "        " + arguments, "    ) -> Optional[%s]:" % name]
        lines = [
            "    @classmethod",
            *signature,
            "        if type(data) is not dict:",
            "            data = read_object(data, errors)",
            "            if data is None:",
            "                return None",
            "        start = len(errors) if errors else 0  # errors is usually empty: no call then",
            "        get = data.get",
        ]
        body = [line for field in self.fields for line in self.read_field(field)]
        lines += _declared(body)
        lines += body
        unknown_test = [
            "        known = cls._wire_keys",
            "        extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)",
        ]
        if len(self.fields) <= PRESENCE_TEST_FIELDS:
            # Every field there and no other key is cheaper to see than the set test, which
            # took a tenth of the time of reading a one-field model such as Product and a
            # twentieth of a full cart item's. A field read as null fails it: the set test then.
            present = " and ".join("%s is not None" % field.local for field in self.fields)
            unknown_test = [
                "        # every field, and no other key?",
                "        if len(data) == %d and %s:" % (len(self.fields), present),
                "            extra = None",
                "        else:",
                *("    " + line for line in unknown_test),
            ]
        lines += [
            *unknown_test,
            "        if errors and len(errors) > start:",
            "            return None",
            "        self = new_object(cls)",
        ]
        values = ", ".join([field.local for field in self.fields] + ["extra"])
        line = "        self._values = (%s)" % values
        if len(line) <= LINE_LENGTH:
            lines.append(line)
        else:
            lines.append("        self._values = (")
            lines += ["            %s," % field.local for field in self.fields]
            lines += ["            extra,", "        )"]
        lines.append("        return self")
        return lines

    def reader_of(self, model: Any) -> str:
        alias = "_read_%s" % model.__name__
        self.readers[alias] = model.__name__
        self.uses.update(("FIRST_PROBLEM", "ProblemFound"))
        return alias

    def read_field(self, field: Field) -> List[str]:  # one branch a kind of rule
        f = _rules()
        rule, x, key, r = field.rule, field.local, field.key, field.rule_name
        absent = "else" if field.required else "elif %s is not None" % x
        inner = getattr(rule, "model", None) or getattr(getattr(rule, "item", None), "model", None)
        if inner is not None and _read_inline(inner) and type(rule).finish is f.Rule.finish:
            return self.read_inline(field, inner, absent)
        if isinstance(rule, f.Nested):
            read = self.reader_of(rule.model)
            lines = [
                "        %s = get(%s)" % (x, key),
                "        if %s is not None:" % x,
                "            try:",
                "                %s = %s(%s, unknown, FIRST_PROBLEM)" % (x, read, x),
                "            except ProblemFound:",
                "                %s = %s.read(%s, %s, errors, unknown)" % (x, r, x, key),
            ]
            if field.required:
                lines += ["        else:", "            %s = %s.read(None, %s, errors, unknown)" % (x, r, key)]
            return lines
        if isinstance(rule, f.ListOf):
            return self.read_list(field, absent)
        if isinstance(rule, f.MapOf):
            read = self.reader_of(rule.model)
            return [
                "        %s = get(%s)" % (x, key),
                "        if type(%s) is dict:" % x,
                "            try:",
                "                _entries = {",
                "                    _key: %s(_entry, unknown, FIRST_PROBLEM)" % read,
                "                    for _key, _entry in %s.items()" % x,
                "                    if type(_key) is str",
                "                }",
                "            except ProblemFound:",
                "                _entries = {}  # fewer than in %s (not empty then): read again below" % x,
                "            %s = _entries if len(_entries) == len(%s) else %s.read(%s, %s, errors, unknown)"
                % (x, x, r, x, key),
                "        %s:" % absent,
                "            %s = %s.read(%s, %s, errors, unknown)" % (x, r, x, key),
            ]
        if isinstance(rule, f.DateTime):
            self.uses.add("canonical_cache")
            missing = "%s is None" % x if field.required else "%s is None and _raw is not None" % x
            return [
                "        _raw = get(%s)" % key,
                "        %s = canonical_cache.get(_raw) if type(_raw) is str else None" % x,
                "        if %s:" % missing,
                "            %s = %s.read(_raw, %s, errors)" % (x, r, key),
            ]
        if isinstance(rule, f.JSONObject):
            self.uses.add("copy_json")
            return [
                "        %s = get(%s)" % (x, key),
                "        if type(%s) is dict:" % x,
                "            %s = copy_json(%s, %s, errors)" % (x, x, key),
                "        %s:" % absent,
                "            %s = %s.read(%s, %s, errors)" % (x, r, x, key),
            ]
        test = rule.inline_test(x)
        if test is None:  # no quick test: the rule reads every value
            lines = ["        %s = get(%s)" % (x, key)]
            if field.required:
                return [*lines, "        %s = %s.read(%s, %s, errors)" % (x, r, x, key)]
            return [
                *lines,
                "        if %s is not None:" % x,
                "            %s = %s.read(%s, %s, errors)" % (x, r, x, key),
            ]
        self.uses.update(name for name in _base_names() if re.search(r"\b%s\b" % name, test))
        condition = _negated(test) if field.required else "%s and %s is not None" % (_negated(test), x)
        return [
            "        %s = get(%s)" % (x, key),
            "        if %s:" % condition,
            "            %s = %s.check(%s, %s, errors)" % (x, r, x, key),
        ]

    def read_inline(self, field: Field, inner: Any, absent: str) -> List[str]:
        """Read a field whose model (or whose list's or map's model) is small, reading that
        model's fields right here: its reader's call cost as much as reading them. Any
        value that is not plainly valid goes to the field's rule, which reads it in full."""
        f = _rules()
        rule, x, key, r = field.rule, field.local, field.key, field.rule_name
        slow = "%s.read(%s, %s, errors, unknown)" % (r, x, key)
        note = "        # %s read in place: for a model this small a call costs as much as the reading" % inner.__name__
        if isinstance(rule, f.Nested):
            reading, test, made = self.inline_parts(inner, x, "            ")
            return [
                note,
                "        %s = get(%s)" % (x, key),
                "        if type(%s) is dict:" % x,
                *reading,
                "            if %s:" % test,
                *made,
                "                %s = _made" % x,
                "            else:",
                "                %s = %s" % (x, slow),
                "        %s:" % ("else" if field.required else "elif %s is not None" % x),
                "            %s = %s" % (x, slow),
            ]
        if isinstance(rule, f.MapOf):  # a loop over the entries, into a new dict
            shape, entry, collected = "type(%s) is dict" % x, "_entry", "_entries"
            loop = ["            _entries = {}", "            for _key, _entry in %s.items():" % x]
            odd = "type(_key) is not str or type(_entry) is not dict"
            keep = "                _entries[_key] = _made"
        else:  # a loop over the items, into a new list
            shape, entry, collected = "type(%s) is list" % x, "_item", "_list"
            if rule.max_items is not None:
                shape += " and len(%s) <= %d" % (x, rule.max_items)
            loop = ["            _list = []", "            for _item in %s:" % x]
            odd = "type(_item) is not dict"
            keep = "                _list.append(_made)"
        reading, test, made = self.inline_parts(inner, entry, "                ")
        return [
            note,
            "        %s = get(%s)" % (x, key),
            "        if %s:" % shape,
            *loop,
            "                if %s:" % odd,
            "                    break",
            *reading,
            "                if %s:" % _negated(test),
            "                    break",
            *(line[4:] for line in made),
            keep,
            "            if len(%s) == len(%s):" % (collected, x),
            "                %s = %s" % (x, collected),
            "            else:  # not all of them plainly valid: read them all by the rule",
            "                %s = %s" % (x, slow),
            "        %s:" % absent,
            "            %s = %s" % (x, slow),
        ]

    def inline_parts(self, inner: Any, data: str, indent: str) -> Tuple[List[str], str, List[str]]:
        """The lines that read the fields of the small model ``inner`` from the dict ``data``,
        the test that they and the dict's keys are plainly valid, and the lines that then
        make the model (as ``_made``, indented one step further)."""
        f = _rules()
        fields = Writer(inner).fields
        get = "%s.get" % data if len(fields) == 1 else "_get"
        reading = [] if len(fields) == 1 else ["%s_get = %s.get" % (indent, data)]
        tests, values = [], []
        for field in fields:
            local = "_" + field.local
            if local in FIXED_LOCALS:
                raise SystemExit("%s.%s: its local %s is taken" % (inner.__name__, field.name, local))
            values.append(local)
            if isinstance(field.rule, f.DateTime):
                self.uses.add("canonical_cache")
                raw = local + "_raw"
                reading += [
                    "%s%s = %s(%s)" % (indent, raw, get, field.key),
                    "%s%s = canonical_cache.get(%s) if type(%s) is str else None" % (indent, local, raw, raw),
                ]
                test = "%s is not None" % local
                tests.append(test if field.required else "(%s or %s is None)" % (test, raw))
                continue
            reading.append("%s%s = %s(%s)" % (indent, local, get, field.key))
            test = field.rule.inline_test(local)
            self.uses.update(name for name in _base_names() if re.search(r"\b%s\b" % name, test))
            if " and " in test:
                test = "(%s)" % test
            tests.append(test if field.required else "(%s or %s is None)" % (test, local))
        if all(field.required for field in fields):
            tests.append("len(%s) == %d" % (data, len(fields)))  # every field, and no other key
        else:
            tests.append("%s._wire_keys.issuperset(%s)" % (inner.__name__, data))
        made = [
            "%s    _made = new_object(%s)" % (indent, inner.__name__),
            "%s    _made._values = (%s, None)" % (indent, ", ".join(values)),
        ]
        return reading, " and ".join(tests), made

    def read_list(self, field: Field, absent: str) -> List[str]:
        f = _rules()
        rule, x, key, r = field.rule, field.local, field.key, field.rule_name
        shape = "type(%s) is list" % x
        if rule.max_items is not None:
            shape += " and len(%s) <= %d" % (x, rule.max_items)
        lines = ["        %s = get(%s)" % (x, key), "        if %s:" % shape]
        if isinstance(rule.item, f.Nested):
            read = self.reader_of(rule.item.model)
            lines += [
                "            try:",
                "                %s = [%s(_item, unknown, FIRST_PROBLEM) for _item in %s]" % (x, read, x),
                "            except ProblemFound:",
                "                %s = %s.read(%s, %s, errors, unknown)" % (x, r, x, key),
            ]
            if type(rule).finish is not f.Rule.finish:  # a rule of the whole list, when it has items
                lines += [
                    "            else:",
                    "                if %s:" % x,
                    "                    %s = %s.finish(%s, %s, errors)" % (x, r, x, key),
                ]
        else:
            test = rule.item.inline_test("_item")
            if test is None:
                lines.append("            %s = %s.read(%s, %s, errors)" % (x, r, x, key))
            else:
                self.uses.update(name for name in _base_names() if re.search(r"\b%s\b" % name, test))
                lines += [
                    "            for _item in %s:" % x,
                    "                if %s:" % _negated(test),
                    "                    %s = %s.read(%s, %s, errors)" % (x, r, x, key),
                    "                    break",
                    "            else:",
                    "                %s = %s[:]" % (x, x),
                ]
        lines += ["        %s:" % absent, "            %s = %s.read(%s, %s, errors, unknown)" % (x, r, x, key)]
        return lines

    # -- the writer -----------------------------------------------------------------------

    def writer(self) -> List[str]:
        self.uses.add("write_unknown")
        lines = ["    def _write(self) -> Dict[str, Any]:"]
        names = [field.local for field in self.fields] + ["extra"]
        line = "        %s = self._values" % ", ".join(names)
        if len(line) <= LINE_LENGTH:
            lines.append(line)
        else:
            lines += ["        (", *("            %s," % name for name in names), "        ) = self._values"]
        lines.append("        out: Dict[str, Any] = {}")
        fields: List[str] = []
        for field in self.fields:
            body = self.write_field(field)
            if field.required:
                fields += ["        " + line for line in body]
            else:
                fields += ["        if %s is not None:" % field.local, *("            " + line for line in body)]
        lines += _declared(fields) + fields
        lines.append("        return write_unknown(out, extra)")
        return lines

    def write_field(self, field: Field) -> List[str]:
        """The statements that write one set field, indented as if at the function's top."""
        f = _rules()
        rule, x, key, r = field.rule, field.local, field.key, field.rule_name
        if isinstance(rule, f.Nested):
            return ["out[%s] = %s._write()" % (key, x)]
        if isinstance(rule, f.ListOf):
            if isinstance(rule.item, f.Nested) and type(rule).finish is f.Rule.finish:
                most = "" if rule.max_items is None else " <= %d" % rule.max_items
                return [
                    "_list = [_item._write() for _item in %s if type(_item) is %s]" % (x, rule.item.model.__name__),
                    "out[%s] = _list if len(_list) == len(%s)%s else %s.write_slowly(%s)" % (key, x, most, r, x),
                ]
            test = None if isinstance(rule.item, f.Nested) else rule.item.inline_test("_item")
            if test is None:
                return ["out[%s] = %s.write(%s)" % (key, r, x)]
            self.uses.update(name for name in _base_names() if re.search(r"\b%s\b" % name, test))
            lines = ["_list = list(%s)" % x]
            if rule.max_items is not None:
                lines += ["if len(_list) > %d:" % rule.max_items, "    _list = %s.write_slowly(%s)" % (r, x)]
            return [
                *lines,
                "for _item in _list:",
                "    if %s:" % _negated(test),
                "        _list = %s.write_slowly(%s)" % (r, x),
                "        break",
                "out[%s] = _list" % key,
            ]
        if isinstance(rule, f.MapOf):
            return [
                "_entries = {",
                "    _key: _entry._write()",
                "    for _key, _entry in %s.items()" % x,
                "    if type(_entry) is %s and type(_key) is str" % rule.model.__name__,
                "}",
                "out[%s] = _entries if len(_entries) == len(%s) else %s.write(%s)" % (key, x, r, x),
            ]
        if type(rule).write is f.Rule.write:  # a value stored as it is written
            return ["out[%s] = %s" % (key, x)]
        return ["out[%s] = %s.write(%s)" % (key, r, x)]

    # -- the whole ------------------------------------------------------------------------

    def methods(self) -> List[str]:
        body = [*self.constructor(), "", *self.reader(), "", *self.writer()]
        written_for = ", ".join('"%s"' % field.name for field in self.fields)
        if len(self.fields) == 1:
            written_for += ","
        lines = ["    _written_for = (%s)" % written_for]
        if len(lines[0]) > LINE_LENGTH:
            lines = ["    _written_for = (", *('        "%s",' % field.name for field in self.fields), "    )"]
        return ["    " + BEGIN, "    # fmt: off", *lines, "", *_fitted(body), "    # fmt: on", "    " + END]

    def tail(self) -> List[str]:
        name = self.model.__name__
        return _fitted(['%s = %s._rules["%s"][2]' % (field.rule_name, name, field.name) for field in self.fields])


TEMPORARIES = {"_entries": "Dict[str, Any]", "_list": "List[Any]", "_made": "Any"}

# The locals of the written-out readers other than the fields' values; a field of a model
# read inline (read_inline) is read into "_" and its name, which must not be one of them.
FIXED_LOCALS = {"_entries", "_list", "_made", "_get", "_key", "_entry", "_item", "_raw"}

# A model of at most this many fields first tests whether its payload has every field and no
# other key (reader); more fields would make a long test for a payload that rarely has them all.
PRESENCE_TEST_FIELDS = 24

# A model is read inline where it is used when it has at most this many fields, each with
# a quick test of its own (or a date-time), and no model of its own inside.
INLINE_FIELDS = 5


def _read_inline(model: Any) -> bool:
    """Whether ``model`` is small enough to be read inline where it is used (``INLINE_FIELDS``)."""
    f = _rules()
    rules = [rule for _, _, rule in model._rules.values()]
    return len(rules) <= INLINE_FIELDS and all(
        isinstance(rule, f.DateTime)
        or (not isinstance(rule, (f.Nested, f.ListOf, f.MapOf, f.JSONObject)) and rule.inline_test("x") is not None)
        for rule in rules
    )


def _declared(body: List[str]) -> List[str]:
    """The declarations of the temporaries ``body`` assigns: the fields' values differ in
    type, and a type checker would take the first assignment's type for all."""
    return [
        "        %s: %s" % (name, annotation)
        for name, annotation in TEMPORARIES.items()
        if any(line.lstrip().startswith(name + " = ") for line in body)
    ]


def _base_names() -> Sequence[str]:
    names: Sequence[str] = importlib.import_module("talon_models._base").WRITTEN_OUT_NAMES
    return names


# -- rewriting a module ----------------------------------------------------------------------


def _without_written_out(text: str) -> str:
    """The module's text with every written-out block taken out."""
    out: List[str] = []
    skipping = False
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped in (BEGIN, TAIL_BEGIN):
            skipping = True
            while out and not out[-1].strip():  # the blank lines before the block go too
                out.pop()
            continue
        if skipping:
            if stripped == END:
                skipping = False
            continue
        out.append(line)
    return "\n".join(out).rstrip("\n") + "\n"


def _sorted_names(names: Set[str]) -> List[str]:
    """Import names in the order ruff's isort puts them: constants, classes, the rest."""

    def kind(name: str) -> int:
        bare = name.lstrip("_")
        if bare.isupper() and len(bare) > 1:
            return 0
        return 1 if bare[:1].isupper() else 2

    return sorted(names, key=lambda name: (kind(name), name))


def _import_lines(module: str, names: Set[str]) -> List[str]:
    line = "from %s import %s" % (module, ", ".join(_sorted_names(names)))
    if len(line) <= LINE_LENGTH:
        return [line]
    return ["from %s import (" % module, *("    %s," % name for name in _sorted_names(names)), ")"]


def _rewrite_import(lines: List[str], module: str, add: Set[str], drop: Set[str]) -> List[str]:
    """``lines`` with the ``from MODULE import`` statement importing ``add`` too, and of ``drop``
    only what is in ``add``."""
    tree = ast.parse("\n".join(lines))
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and ("." * node.level + (node.module or "")) == module:
            names = ({alias.name for alias in node.names} - drop) | add
            start, end = node.lineno - 1, node.end_lineno or node.lineno
            return lines[:start] + _import_lines(module, names) + lines[end:]
    if module.startswith("."):
        raise SystemExit("no 'from %s import' line to add the written-out code's names to" % module)
    return _insert_import(lines, tree, module, add)


def _insert_import(lines: List[str], tree: ast.Module, module: str, names: Set[str]) -> List[str]:
    """``lines`` with a ``from MODULE import NAMES`` of the standard library added where isort puts it."""
    stdlib = [
        node
        for node in tree.body
        if isinstance(node, (ast.Import, ast.ImportFrom))
        and not (isinstance(node, ast.ImportFrom) and (node.level or node.module == "__future__"))
    ]
    new = _import_lines(module, names)
    for node in stdlib:
        name = node.names[0].name if isinstance(node, ast.Import) else node.module or ""
        if name > module:
            return lines[: node.lineno - 1] + new + lines[node.lineno - 1 :]
    if stdlib:
        end = stdlib[-1].end_lineno or stdlib[-1].lineno
        return lines[:end] + new + lines[end:]
    future = next(node for node in tree.body if isinstance(node, ast.ImportFrom) and node.module == "__future__")
    end = future.end_lineno or future.lineno
    return [*lines[:end], "", *new, *lines[end:]]


def render(path: Path) -> str:
    """The text ``path`` should have: its own, with the written-out code of its models."""
    module = importlib.import_module("talon_models." + path.stem)
    text = _without_written_out(path.read_text("utf-8"))
    models = [
        value
        for value in vars(module).values()
        if isinstance(value, type) and value.__module__ == module.__name__ and "_specs" in vars(value)
    ]
    if not models:
        return path.read_text("utf-8")
    lines = text.rstrip("\n").split("\n")
    tree = ast.parse(text)
    ends = {
        node.name: node.end_lineno
        for node in tree.body
        if isinstance(node, ast.ClassDef) and node.name in {model.__name__ for model in models}
    }
    writers = [Writer(model) for model in models]
    for writer in sorted(writers, key=lambda writer: -ends[writer.model.__name__]):  # from the bottom up
        end = ends[writer.model.__name__]
        lines[end:end] = ["", *writer.methods()]
    uses: Set[str] = set()
    typing: Set[str] = set()
    readers: Dict[str, str] = {}
    tail: List[str] = []
    for writer in writers:
        uses |= writer.uses
        typing |= writer.typing
        tail += writer.tail()
        readers.update(writer.readers)
    tail += ["%s = %s._read" % (alias, name) for alias, name in sorted(readers.items())]
    lines += ["", "", TAIL_BEGIN, "# fmt: off", *tail, "# fmt: on", END]
    lines = _rewrite_import(lines, "._base", uses, set(_base_names()))
    lines = _rewrite_import(lines, "typing", typing, set())
    return "\n".join(lines) + "\n"


def model_modules() -> Iterator[Path]:
    for path in sorted(PACKAGE.glob("_*.py")):
        if "\n@model\n" in path.read_text("utf-8"):
            yield path


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only say which files are stale (exit 1 if any)")
    options = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    importlib.import_module("talon_models._base").GENERATING = True
    stale: List[Tuple[Path, str]] = []
    for path in model_modules():
        new = render(path)
        if new != path.read_text("utf-8"):
            stale.append((path, new))
    for path, new in stale:
        name = path.relative_to(ROOT)
        if options.check:
            print("stale: %s (run: bash scripts/generate)" % name)
        else:
            path.write_text(new, "utf-8")
            print("written: %s" % name)
    return 1 if options.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
