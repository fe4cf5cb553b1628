#!/usr/bin/env python3
"""Two Crosscheck binaries side by side on one generated corpus: add one article, no-op, serve latency.

On a shared, noisy machine only a comparison made under the same load means anything, so the two binaries
take turns (A B A B …) and the medians are compared. Each round builds the corpus from an empty cache
(timed as `coldCache`, a full build), then again (no-op), then with one more article (add one); the cache is
keyed by the binary, so the two never share entries.

  python3 Benchmarks/compare.py --before OLD_BINARY --after NEW_BINARY [--count 1000] [--rounds 3]

Prints one table (median and spread of each figure, wall seconds from this script's clock, stage times from
`--verbose`) and writes it as JSON to Benchmarks/.work/compare.json. Standard library only.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
WORK = os.path.join(HERE, ".work", "compare")
sys.path.insert(0, HERE)
import bench  # noqa: E402
import generate  # noqa: E402


def build(binary, folder, corpus, txt, extra=()):
    cmd = [binary, "build", "--input", txt, "--output", "out", "--config", os.path.join(corpus, "crosscheck.yml"),
           "--templates", os.path.join(ROOT, "templates"), "--verbose", *extra]
    started = time.monotonic()
    run = subprocess.run(cmd, cwd=folder, capture_output=True, text=True)
    wall = time.monotonic() - started
    if run.returncode != 0:
        raise SystemExit(f"{binary} failed: {run.stderr[-2000:]}")
    stages, _ = bench.stages(run.stderr)
    return wall, stages


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--before", required=True)
    parser.add_argument("--after", required=True)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--serve-samples", type=int, default=3)
    args = parser.parse_args()
    shutil.rmtree(WORK, ignore_errors=True)
    corpus = os.path.join(WORK, "corpus")
    generate.write(corpus, args.count, 7)
    # The corpus plus its extra article, as its own input folder, so no run edits another's input.
    plus = os.path.join(WORK, "plus")
    shutil.copytree(os.path.join(corpus, "txt"), plus)
    for name in os.listdir(os.path.join(corpus, "extra")):
        shutil.copy(os.path.join(corpus, "extra", name), os.path.join(plus, name))
    binaries = {"before": os.path.abspath(args.before), "after": os.path.abspath(args.after)}
    results = {name: {"coldCache": [], "addOne": [], "noop": [], "stages": [], "serve": []} for name in binaries}
    for round_ in range(args.rounds):
        for name, binary in binaries.items():
            folder = os.path.join(WORK, f"run-{name}")
            shutil.rmtree(folder, ignore_errors=True)
            os.makedirs(folder)
            wall, _ = build(binary, folder, corpus, os.path.join(corpus, "txt"))  # a full build that fills the cache
            results[name]["coldCache"].append(wall)
            wall, _ = build(binary, folder, corpus, os.path.join(corpus, "txt"))
            results[name]["noop"].append(wall)
            wall, stages = build(binary, folder, corpus, plus)
            results[name]["addOne"].append(wall)
            results[name]["stages"].append(stages)
            bench.log(f"round {round_ + 1} {name}: no-op {results[name]['noop'][-1]:.2f} s, add one {wall:.2f} s")
    if args.serve_samples:
        for round_ in range(args.rounds):
            for name, binary in binaries.items():
                serve = bench.serve_latency(binary, corpus, args.count, args.serve_samples, 1800)
                results[name]["serve"] += serve.get("samples", [])
                if serve.get("error"):
                    bench.log(f"serve {name}: {serve['error']}")
    lines = [f"N = {args.count:,}, {args.rounds} rounds, binaries taking turns (median, min–max)", "",
             "| figure | before | after | after / before |", "|---|---|---|---|"]

    def cell(values, scale=1.0, unit="s"):
        if not values:
            return "—"
        return f"{statistics.median(values) * scale:.2f} {unit} ({min(values) * scale:.2f}–{max(values) * scale:.2f})"

    def ratio(a, b):
        return f"{statistics.median(b) / statistics.median(a):.2f}×" if a and b else "—"

    for figure, scale, unit in [("coldCache", 1, "s"), ("addOne", 1, "s"), ("noop", 1, "s"), ("serve", 1000, "ms")]:
        a, b = results["before"][figure], results["after"][figure]
        lines.append(f"| {figure} | {cell(a, scale, unit)} | {cell(b, scale, unit)} | {ratio(a, b)} |")
    for stage in ["ingest", "extract", "reconcile", "compose", "render", "write"]:
        a = [s.get(stage) / 1000 for s in results["before"]["stages"] if s.get(stage) is not None]
        b = [s.get(stage) / 1000 for s in results["after"]["stages"] if s.get(stage) is not None]
        lines.append(f"| add one: {stage} | {cell(a)} | {cell(b)} | {ratio(a, b)} |")
    print("\n".join(lines))
    with open(os.path.join(HERE, ".work", "compare.json"), "w") as f:
        json.dump(results, f, indent=1)


if __name__ == "__main__":
    main()
