#!/usr/bin/env python3
"""Scores and survivors of a Stryker JSON report, per file.

    tools/mutation/summary.py tools/mutation/output/runtime/reports/mutation-report.json [--survivors]

The score counts as Stryker does: (killed + timeout) / (killed + timeout + survived + no coverage); compile errors
and ignored mutants are left out. Several reports (one per folder run) can be given, oldest first: their files are
summed, and a file tested in several reports counts from the last one (a re-run of a folder replaces its old result).
"""
import json
import sys
from collections import Counter

DETECTED = ("Killed", "Timeout")
UNDETECTED = ("Survived", "NoCoverage")


def score(counts):
    detected = sum(counts[s] for s in DETECTED)
    valid = detected + sum(counts[s] for s in UNDETECTED)
    return (100.0 * detected / valid if valid else None), valid


def short(path):
    for root in ("/generator/", "/runtime/"):
        if root in path:
            return root.strip("/") + "/" + path.split(root, 1)[1]
    return path


def main(args):
    show_survivors = "--survivors" in args
    paths = [a for a in args if not a.startswith("--")]
    if not paths:
        sys.exit(__doc__)
    files = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            report = json.load(f)
        for path_name, data in report["files"].items():
            # Every report lists every file; a file outside the run's --mutate globs has only ignored mutants.
            if any(m["status"] in DETECTED + UNDETECTED for m in data["mutants"]) or short(path_name) not in files:
                files[short(path_name)] = data
    total = Counter()
    survivors = []
    rows = []
    for name, data in sorted(files.items()):
        counts = Counter(m["status"] for m in data["mutants"])
        total.update(counts)
        value, valid = score(counts)
        if valid:
            rows.append((name, value, counts))
        lines = data["source"].split("\n")
        for m in data["mutants"]:
            if m["status"] in UNDETECTED:
                line = m["location"]["start"]["line"]
                survivors.append(f"{m['status'][:8]:8} {name}:{line} {m['mutatorName']}: {lines[line - 1].strip()[:100]}")
    for name, value, counts in rows:
        print(f"{value:6.1f} %  {name}  (killed {counts['Killed']}, timeout {counts['Timeout']}, survived {counts['Survived']}, no coverage {counts['NoCoverage']})")
    value, valid = score(total)
    print(f"\nTotal: {value:.1f} % of {valid} mutants (killed {total['Killed']}, timeout {total['Timeout']}, survived {total['Survived']}, "
          f"no coverage {total['NoCoverage']}; compile errors {total['CompileError']}, ignored {total['Ignored']})")
    if show_survivors:
        print("\n" + "\n".join(survivors))


if __name__ == "__main__":
    main(sys.argv[1:])
