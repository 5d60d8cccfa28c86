#!/usr/bin/env python3
"""Prints the size and SHA-256 of each file given, as JSON: the reference the SHA-256 tests compare with.

Usage: sha256_of.py FILE...   ->   [{"bytes": N, "sha256": "hex"}, ...]
"""
import hashlib
import json
import sys

out = []
for path in sys.argv[1:]:
    with open(path, "rb") as handle:
        data = handle.read()
    out.append({"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()})
print(json.dumps(out))
