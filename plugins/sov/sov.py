#!/usr/bin/env python3
"""rapport plugin `sov`: share of voice, the share of each value of a column in the rows or in a weight column's total.

Speaks protocol version 1 (../PROTOCOL.md). Python 3 standard library only.
"""
import json
import sys

PROTOCOL = 1

SIGNATURE = {
    "name": "sov",
    "summary": {"en": "share of voice: each value's share of the rows or of a weight column",
                "de": "Share of Voice: Anteil jedes Werts an den Zeilen oder an einer Gewichtsspalte"},
    "help": {"en": "Counts the rows of each value of COLUMN (or sums the --weight column) and divides by the total. "
                   "Rows where COLUMN or the weight is missing are left out, with a warning. "
                   "Sorted by share, largest first. With `as NAME` the table is also stored as a dataset.",
             "de": "Zählt die Zeilen jedes Werts von COLUMN (oder summiert die Spalte --weight) und teilt durch die Summe. "
                   "Zeilen, in denen COLUMN oder das Gewicht fehlt, bleiben mit einer Warnung außen vor. "
                   "Sortiert nach Anteil, größter zuerst. Mit `as NAME` wird die Tabelle auch als Datensatz gespeichert."},
    "examples": ["sov posts account", "sov posts voice --weight reach as voice_share"],
    "arguments": [{"name": "DATASET", "kind": "dataset"}, {"name": "COLUMN", "kind": "column"}],
    "flags": [{"name": "weight", "kind": "column", "value_name": "COLUMN",
               "summary": {"en": "sum this column instead of counting rows",
                           "de": "diese Spalte summieren statt Zeilen zu zählen"}}],
    "clauses": ["as"],
}

WORDS = {
    "en": {"title": "share of voice: {}", "left_out": "rows left out for want of a value or weight: {}",
           "no_rows": "no rows with a value to share", "negative": "the weight column {} has negative values",
           "not_number": "the weight column {} is not a number column", "total": "{} values, total {}"},
    "de": {"title": "Share of Voice: {}", "left_out": "ausgelassene Zeilen ohne Wert oder Gewicht: {}",
           "no_rows": "keine Zeilen mit einem Wert", "negative": "die Gewichtsspalte {} hat negative Werte",
           "not_number": "die Gewichtsspalte {} ist keine Zahlenspalte", "total": "{} Werte, Summe {}"},
}


def send(message):
    sys.stdout.write(json.dumps(message, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def column_index(table, name):
    for index, column in enumerate(table["columns"]):
        if column["name"] == name:
            return index
    for index, column in enumerate(table["columns"]):
        if column["name"].lower() == name.lower():
            return index
    raise KeyError(name)


def share_of_voice(table, column_name, weight_name, words):
    """The result table and the warnings for one dataset, column and optional weight column."""
    value_index = column_index(table, column_name)
    value_column = table["columns"][value_index]
    weight_type = "integer"
    weight_index = None
    if weight_name is not None:
        weight_index = column_index(table, weight_name)
        weight_type = table["columns"][weight_index]["type"]
        if weight_type not in ("integer", "decimal"):
            raise ValueError(words["not_number"].format(weight_name))
    totals = {}
    order = []
    left_out = 0
    for row in table["rows"]:
        value = row[value_index]
        weight = 1 if weight_index is None else row[weight_index]
        if value is None or weight is None:
            left_out += 1
            continue
        if weight < 0:
            raise ValueError(words["negative"].format(weight_name))
        if value not in totals:
            totals[value] = 0
            order.append(value)
        totals[value] += weight
    grand_total = sum(totals.values())
    if not totals or grand_total == 0:
        raise ValueError(words["no_rows"])
    ranked = sorted(order, key=lambda value: (-totals[value], str(value)))
    rows = [[value, totals[value], totals[value] / grand_total] for value in ranked]
    columns = [{"name": value_column["name"], "type": value_column["type"], "role": None},
               {"name": weight_name or "count", "type": weight_type, "role": None},
               {"name": "share", "type": "decimal", "role": "rate"}]
    warnings = [words["left_out"].format(left_out)] if left_out else []
    return {"columns": columns, "rows": rows}, warnings, len(rows), grand_total


def run(request):
    words = WORDS.get(request["settings"].get("lang"), WORDS["en"])
    arguments = request["arguments"]
    dataset_name, column_name = arguments["positionals"][:2]
    weight_name = arguments["flags"].get("weight")
    table = request["datasets"][dataset_name]
    try:
        result, warnings, count, total = share_of_voice(table, column_name, weight_name, words)
    except ValueError as problem:
        return {"type": "error", "message": str(problem)}
    answer = {"type": "result", "warnings": warnings, "messages": [words["total"].format(count, total)],
              "tables": [dict(result, title=words["title"].format(column_name))]}
    if arguments.get("as"):
        answer["datasets"] = [dict(result, name=arguments["as"], replace=False)]
    return answer


def main():
    hello = json.loads(sys.stdin.readline())
    send({"type": "hello", "protocol": PROTOCOL})
    if hello.get("protocol") != PROTOCOL:
        return
    request = json.loads(sys.stdin.readline())
    if request["type"] == "describe":
        send({"type": "describe", "commands": [SIGNATURE]})
    elif request["type"] == "run":
        send(run(request))
    else:
        send({"type": "error", "message": "unknown request " + str(request["type"])})


if __name__ == "__main__":
    main()
