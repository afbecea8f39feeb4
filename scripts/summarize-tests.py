#!/usr/bin/env python3
"""Adds up the results ./test wrote (.NET TRX files, Vitest JSON) and prints one closing line."""
import glob
import json
import os
import sys
import xml.etree.ElementTree as ET

results = sys.argv[1]
rows = []

for trx in glob.glob(os.path.join(results, "dotnet", "*.trx")):
    counters = ET.parse(trx).getroot().find(".//{*}ResultSummary/{*}Counters")
    if counters is not None:
        passed = int(counters.get("passed", 0))
        failed = int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0))
        skipped = int(counters.get("notExecuted", 0))
        rows.append((".NET " + os.path.basename(trx).split("_")[0], passed, failed, skipped))

for name, label in (("web-units.json", "web units"), ("web-e2e.json", "end-to-end")):
    path = os.path.join(results, name)
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        rows.append((label, data.get("numPassedTests", 0), data.get("numFailedTests", 0),
                     data.get("numPendingTests", 0) + data.get("numTodoTests", 0)))

print()
for label, passed, failed, skipped in rows:
    print(f"  {label:<20} {passed:>4} passed {failed:>4} failed {skipped:>4} skipped")
total_passed = sum(r[1] for r in rows)
total_failed = sum(r[2] for r in rows)
total_skipped = sum(r[3] for r in rows)
print(f"Total: {total_passed} passed, {total_failed} failed, {total_skipped} skipped")
