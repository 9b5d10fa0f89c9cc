"""Parses Spark and Snowflake SQL with sqlglot and transpiles it to DuckDB, for warehouse-sql.test.ts.

Reads a JSON array of {"dialect": "spark" | "snowflake", "sql": "..."} on stdin; writes a JSON array of
{"error": "..."} (the statement does not parse under the dialect's grammar) or {"duckdb": "..."} (the
same statement in DuckDB's SQL, keeping the dialect's semantics as sqlglot models them, e.g. Spark's
CAST returning NULL on failure becomes TRY_CAST). Debian package python3-sqlglot (10.6.3).

sqlglot 10.6 does not know Snowflake's GREATEST_IGNORE_NULLS and passes it through unchanged; DuckDB's
GREATEST already ignores NULLs, so that is the translation.
"""
import json
import sys

import sqlglot
from sqlglot import exp
from sqlglot.errors import ErrorLevel

IGNORING_NULLS = {"GREATEST_IGNORE_NULLS": "GREATEST", "LEAST_IGNORE_NULLS": "LEAST"}


def known_to_duckdb(node):
    if isinstance(node, exp.Anonymous) and node.name.upper() in IGNORING_NULLS:
        return exp.Anonymous(this=IGNORING_NULLS[node.name.upper()], expressions=node.expressions)
    return node


def check(item):
    try:
        trees = [t for t in sqlglot.parse(item["sql"], read=item["dialect"], error_level=ErrorLevel.RAISE) if t is not None]
    except Exception as error:  # sqlglot raises ParseError and TokenError, both worth reporting
        return {"error": str(error)[:500]}
    if len(trees) != 1:
        return {"error": f"{len(trees)} statements where one was printed"}
    return {"duckdb": trees[0].transform(known_to_duckdb).sql(dialect="duckdb")}


json.dump([check(item) for item in json.load(sys.stdin)], sys.stdout)
