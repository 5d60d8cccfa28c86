"""Tests of the sov plugin, run with `python3 -m unittest` in this folder; expected values worked out by hand."""
import json
import subprocess
import sys
import unittest
from pathlib import Path

import sov

PLUGIN = Path(__file__).with_name("sov.py")

TABLE = {"columns": [{"name": "account", "type": "text"}, {"name": "reach", "type": "integer"}],
         "rows": [["acme", 100], ["anna", 300], ["acme", 50], [None, 10], ["bert", None], ["anna", 0]]}


class ShareOfVoiceTests(unittest.TestCase):
    def test_counts_rows_and_leaves_out_missing_values(self):
        result, warnings, count, total = sov.share_of_voice(TABLE, "account", None, sov.WORDS["en"])
        # acme 2 rows, anna 2 rows, bert 1 row; the row without an account is left out: 5 rows.
        # Ties on share go by value: acme before anna.
        self.assertEqual(result["rows"], [["acme", 2, 2 / 5], ["anna", 2, 2 / 5], ["bert", 1, 1 / 5]])
        self.assertEqual(warnings, ["rows left out for want of a value or weight: 1"])
        self.assertEqual((count, total), (3, 5))

    def test_weights_sum_the_weight_column(self):
        result, warnings, _, total = sov.share_of_voice(TABLE, "account", "reach", sov.WORDS["en"])
        # anna 300 + 0 = 300, acme 100 + 50 = 150; bert's reach and the unnamed row are missing: total 450.
        self.assertEqual(result["rows"], [["anna", 300, 300 / 450], ["acme", 150, 150 / 450]])
        self.assertEqual(result["columns"][1], {"name": "reach", "type": "integer", "role": None})
        self.assertEqual(total, 450)
        self.assertEqual(len(warnings), 1)

    def test_a_text_weight_is_an_error(self):
        with self.assertRaises(ValueError):
            sov.share_of_voice(TABLE, "reach", "account", sov.WORDS["en"])


class ProtocolTests(unittest.TestCase):
    def converse(self, *messages):
        lines = "".join(json.dumps(message) + "\n" for message in messages)
        done = subprocess.run([sys.executable, str(PLUGIN)], input=lines, capture_output=True, text=True, check=True)
        return [json.loads(line) for line in done.stdout.splitlines()]

    def test_describe_names_the_command_of_the_manifest(self):
        hello, described = self.converse({"type": "hello", "protocol": 1}, {"type": "describe"})
        self.assertEqual(hello, {"type": "hello", "protocol": 1})
        manifest = json.loads(PLUGIN.with_name("plugin.json").read_text())
        self.assertEqual([command["name"] for command in described["commands"]], manifest["commands"])

    def test_run_answers_in_german_and_stores_with_as(self):
        request = {"type": "run", "command": "sov", "settings": {"lang": "de"}, "datasets": {"posts": TABLE},
                   "arguments": {"positionals": ["posts", "account"], "flags": {}, "switches": [], "as": "anteile"}}
        _, answer = self.converse({"type": "hello", "protocol": 1}, request)
        self.assertEqual(answer["type"], "result")
        self.assertEqual(answer["tables"][0]["title"], "Share of Voice: account")
        self.assertEqual(answer["datasets"][0]["name"], "anteile")
        self.assertEqual(answer["datasets"][0]["rows"][2], ["bert", 1, 0.2])

    def test_another_protocol_version_gets_only_the_hello(self):
        answers = self.converse({"type": "hello", "protocol": 2})
        self.assertEqual(answers, [{"type": "hello", "protocol": 1}])


if __name__ == "__main__":
    unittest.main()
