#!/usr/bin/env python3
"""Validates a JSON file against a JSON Schema: validate_json_schema.py DOCUMENT SCHEMA.

Exit 0 when the document matches, 1 when it does not (every error printed, one
per line, with its JSON path), 2 on bad usage or an invalid schema, 3 when the
jsonschema module is missing. Used by tests/support/schema_validate.hpp.
"""
import json
import sys

try:
    import jsonschema
except ImportError:
    sys.stderr.write("the Python module jsonschema is missing: install python3-jsonschema "
                     "(scripts/install-deps.sh)\n")
    sys.exit(3)


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: validate_json_schema.py DOCUMENT SCHEMA\n")
        return 2
    with open(sys.argv[1], encoding="utf-8") as f:
        document = json.load(f)
    with open(sys.argv[2], encoding="utf-8") as f:
        schema = json.load(f)
    validator_class = jsonschema.validators.validator_for(schema)
    try:
        validator_class.check_schema(schema)
    except jsonschema.exceptions.SchemaError as error:
        sys.stderr.write("%s: invalid schema: %s\n" % (sys.argv[2], error.message))
        return 2
    errors = sorted(validator_class(schema).iter_errors(document),
                    key=lambda e: ("/".join(str(p) for p in e.absolute_path), e.message))
    for error in errors:
        path = "/" + "/".join(str(p) for p in error.absolute_path)
        sys.stderr.write("%s: %s\n" % (path, error.message))
    return 1 if errors else 0


sys.exit(main())
