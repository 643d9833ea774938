#!/usr/bin/env python3
"""One mutation table over several Stryker runs (scripts/mutation-groups.sh).

Usage:
  mutation-aggregate.py REPORT.json …        per-file counts and the overall score (Markdown table)
  mutation-aggregate.py --survivors REPORT.json …   every surviving / uncovered mutant, one a line
  mutation-aggregate.py --survivor-spans REPORT.json …   one Stryker `--mutate` pattern per file selecting exactly the
                                              surviving and uncovered mutants (character spans), for a re-run
  mutation-aggregate.py REPORT.json … --rerun RERUN.json …   the table, with the status of every mutant the re-run
                                              tested (same file, location, mutator and replacement) taken from it
  mutation-aggregate.py --check-spans CONFIG PROJECT_DIR   checks that each character span of a `!file{a..b}`
                                              exclusion in the config still covers one whole method

Mutants "removed by mutate filter" (outside a run's scope, or excluded by the configured `!` patterns) are not
counted. Each file is taken from the report in which it was in scope (the report with the most mutants of that file not
"removed by mutate filter"), so a file counted by two runs is counted once. Score as Stryker computes it:
(killed + timeout) / (killed + timeout + survived + no coverage).
"""
import json
import re
import sys

STATUSES = ["Killed", "Timeout", "Survived", "NoCoverage", "CompileError", "Ignored"]


def in_scope(mutant):
    return not (mutant["status"] == "Ignored" and "mutate filter" in (mutant.get("statusReason") or "").lower())


def load(paths):
    chosen = {}
    for path in paths:
        report = json.load(open(path, encoding="utf-8"))
        for name, data in report["files"].items():
            short = name.replace("\\", "/").split("implementation/Implementation/")[-1]
            mutants = data["mutants"]
            weight = (sum(1 for m in mutants if in_scope(m) and m["status"] != "CompileError"),
                      sum(1 for m in mutants if in_scope(m)))
            if weight > (0, 0) and (short not in chosen or weight > chosen[short][0]):
                chosen[short] = (weight, mutants, data.get("source", ""))
    return {name: (mutants, source) for name, (_, mutants, source) in sorted(chosen.items())}


def key(mutant):
    loc = mutant["location"]
    return (loc["start"]["line"], loc["start"]["column"], loc["end"]["line"], loc["end"]["column"],
            mutant["mutatorName"], mutant.get("replacement", ""))


def merge(files, rerun_paths):
    """Overrides the statuses of mutants the re-runs tested; prints how many were re-tested and how many changed."""
    retested = changed = 0
    for path in rerun_paths:
        report = json.load(open(path, encoding="utf-8"))
        for name, data in report["files"].items():
            short = name.replace("\\", "/").split("implementation/Implementation/")[-1]
            if short not in files:
                continue
            fresh = {key(m): m for m in data["mutants"] if in_scope(m) and m["status"] != "Ignored"}
            if not fresh:
                continue
            if data.get("source") != files[short][1]:
                sys.exit(f"{short}: the re-run mutated a different source text; re-run the whole group instead")
            for m in files[short][0]:
                if key(m) in fresh:
                    retested += 1
                    if fresh[key(m)]["status"] != m["status"]:
                        changed += 1
                    m["status"] = fresh[key(m)]["status"]
    print(f"Re-run: {retested} mutants re-tested, {changed} changed status.\n")


def survivor_spans(files):
    for name, (mutants, source) in files.items():
        lines = source.split("\n")
        starts = [0]
        for line in lines:
            starts.append(starts[-1] + len(line) + 1)
        spans = sorted({(starts[m["location"]["start"]["line"] - 1] + m["location"]["start"]["column"] - 1,
                         starts[m["location"]["end"]["line"] - 1] + m["location"]["end"]["column"] - 1)
                        for m in mutants if m["status"] in ("Survived", "NoCoverage")})
        if spans:
            print(f"**/{name}" + "".join(f"{{{a}..{b}}}" for a, b in spans))


def table(files):
    total = dict.fromkeys(STATUSES, 0)
    print("| File | Killed | Timeout | Survived | No coverage | Compile error | Ignored | Score |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, (mutants, _) in files.items():
        counts = dict.fromkeys(STATUSES, 0)
        for m in mutants:
            if not in_scope(m):
                continue
            status = m["status"]
            if status == "RuntimeError":
                status = "CompileError"
            counts[status] = counts.get(status, 0) + 1
            total[status] = total.get(status, 0) + 1
        print(f"| {name} | " + " | ".join(str(counts[s]) for s in STATUSES) + f" | {score(counts)} |")
    print("| **Total** | " + " | ".join(f"**{total[s]}**" for s in STATUSES) + f" | **{score(total)}** |")
    detected = total["Killed"] + total["Timeout"]
    valid = detected + total["Survived"] + total["NoCoverage"]
    print(f"\nScore = (killed + timeout) / (killed + timeout + survived + no coverage) = {detected} / {valid} = "
          f"{100.0 * detected / valid:.1f} %")
    print(f"Killed only (timeouts not counted as detected) = {total['Killed']} / {valid} = "
          f"{100.0 * total['Killed'] / valid:.1f} %")


def score(counts):
    valid = counts["Killed"] + counts["Timeout"] + counts["Survived"] + counts["NoCoverage"]
    return "–" if valid == 0 else f"{100.0 * (counts['Killed'] + counts['Timeout']) / valid:.1f} %"


def survivors(files):
    for name, (mutants, source) in files.items():
        lines = source.split("\n")
        for m in sorted(mutants, key=lambda m: m["location"]["start"]["line"]):
            if m["status"] in ("Survived", "NoCoverage"):
                line = m["location"]["start"]["line"]
                text = lines[line - 1].strip() if 0 < line <= len(lines) else ""
                print(f"{name}:{line} {m['status']} {m['mutatorName']}: {m.get('replacement', '')!r} | {text}")


def check_spans(config, project_dir):
    mutate = json.load(open(config, encoding="utf-8"))["stryker-config"]["mutate"]
    for pattern in mutate:
        match = re.fullmatch(r"!(?:\*\*/)?(.+)\{(\d+)\.\.(\d+)\}", pattern)
        if not match:
            continue
        path, start, end = match.group(1), int(match.group(2)), int(match.group(3))
        text = open(f"{project_dir}/{path}", encoding="utf-8-sig").read()[start:end]
        if not (re.match(r"public void \w+\(\)", text) and text.rstrip().endswith("}")
                and text.count("{") == text.count("}")):
            sys.exit(f"exclusion {pattern} no longer covers one method: {text[:60]!r} … {text[-20:]!r}")


if __name__ == "__main__":
    args = sys.argv[1:]
    if args[:1] == ["--check-spans"]:
        check_spans(args[1], args[2])
    elif args[:1] == ["--survivors"]:
        survivors(load(args[1:]))
    elif args[:1] == ["--survivor-spans"]:
        survivor_spans(load(args[1:]))
    else:
        reruns = args[args.index("--rerun") + 1:] if "--rerun" in args else []
        files = load(args[:args.index("--rerun")] if reruns else args)
        if reruns:
            merge(files, reruns)
        table(files)
