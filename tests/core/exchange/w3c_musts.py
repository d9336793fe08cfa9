#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Corroborate contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Judges exported Web Annotations as the W3C test suite's runner does.

usage: w3c_musts.py SUITE_DIR FILE.jsonld

SUITE_DIR is ../shared/standards/w3c-web-annotation-tests (read in place, never copied). Every annotation in FILE
(an AnnotationCollection, a page, a list or one annotation) is checked against each assertion that
annotations/annotationMusts.test lists: it passes when "the schema accepts it" equals expectedResult == "valid".
Format checks are on (uri, date-time). Prints one line per failure; exit status 0 when all pass, 1 otherwise,
2 when the validator or the suite is missing.
"""
import json
import os
import re
import sys

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is missing (scripts/install-deps installs it)", file=sys.stderr)
    sys.exit(2)

# RFC 3339 date-time; Debian's jsonschema has no checker of its own for it without rfc3339-validator.
DATE_TIME = re.compile(
    r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?"
    r"([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$")


def format_checker():
    checker = jsonschema.FormatChecker()
    if "date-time" not in checker.checkers:
        checker.checks("date-time")(lambda value: not isinstance(value, str) or bool(DATE_TIME.match(value)))
    if "uri" not in checker.checkers:
        print("no 'uri' format checker (python3-rfc3987 is missing)", file=sys.stderr)
        sys.exit(2)
    return checker


def annotations_of(doc):
    if isinstance(doc, list):
        return doc
    kinds = doc.get("type", [])
    kinds = kinds if isinstance(kinds, list) else [kinds]
    if "AnnotationCollection" in kinds:
        first = doc.get("first", {})
        return first.get("items", []) if isinstance(first, dict) else []
    if "AnnotationPage" in kinds:
        return doc.get("items", [])
    return [doc]


def main():
    suite, path = sys.argv[1], sys.argv[2]
    store = {}
    for name in sorted(os.listdir(os.path.join(suite, "definitions"))):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(suite, "definitions", name), encoding="utf-8") as f:
            schema = json.load(f)
        store[schema.get("id", name)] = schema
    with open(os.path.join(suite, "annotations", "annotationMusts.test"), encoding="utf-8") as f:
        assertions = json.load(f)["assertions"]
    with open(path, encoding="utf-8") as f:
        annotations = annotations_of(json.load(f))
    if not annotations:
        print("no annotations in " + path)
        return 1
    checker = format_checker()
    failures = 0
    for file in assertions:
        with open(os.path.join(suite, file), encoding="utf-8") as f:
            schema = json.load(f)
        resolver = jsonschema.RefResolver(base_uri=schema.get("id", ""), referrer=schema, store=store)
        validator = jsonschema.Draft4Validator(schema, resolver=resolver, format_checker=checker)
        expected = schema.get("expectedResult", "valid") == "valid"
        for a in annotations:
            if validator.is_valid(a) != expected:
                failures += 1
                print("%s fails %s: %s" % (a.get("id", "?"), file, schema.get("errorMessage", "")))
    print("%d annotation(s), %d assertion(s), %d failure(s)" % (len(annotations), len(assertions), failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
