#!/usr/bin/env python3
"""Crosscheck benchmarks (issue 7): Crosscheck vs Hugo vs the cmark floor on generated corpora.

Run through `make bench` (or Benchmarks/run.sh). Environment:
  BENCH_SIZES     article counts, default "1000 10000"
  BENCH_SEED      corpus seed, default 7
  BENCH_REPEAT    repetitions of the Hugo and cmark timings (median reported), default 3
  BENCH_TIMEOUT   seconds before one Crosscheck build is abandoned, default 1800
  BENCH_SERVE     "0" skips the serve latency measurement
  BENCH_BIN       the crosscheck binary, default .build/release/crosscheck
  BENCH_SCENARIOS "clean" runs only the clean Crosscheck build (a growth probe); default all four
  BENCH_MERGE     "1" adds these sizes to Benchmarks/.work/results.json instead of starting over
Everything is written under Benchmarks/.work/; the table is printed and written into BENCHMARKS.md
between the results markers (text outside them is kept).
"""
import datetime as dt
import http.client
import json
import math
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
WORK = os.path.join(HERE, ".work")
sys.path.insert(0, HERE)
import generate  # noqa: E402

START, END = "<!-- results:start -->", "<!-- results:end -->"


def log(*parts):
    print(*parts, file=sys.stderr, flush=True)


def timed(cmd, cwd=None, timeout=None):
    """Runs cmd under /usr/bin/time -v; returns wall seconds, peak RSS in KiB, stderr, exit code."""
    stats = os.path.join(WORK, "time.txt")
    started = time.monotonic()
    try:
        proc = subprocess.run(["/usr/bin/time", "-v", "-o", stats] + cmd, cwd=cwd, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"wall": None, "rss": None, "stderr": "", "code": "timeout"}
    wall = time.monotonic() - started
    rss = None
    with open(stats) as f:
        for line in f:
            if "Maximum resident set size" in line:
                rss = int(line.split(":")[1])
    return {"wall": wall, "rss": rss, "stderr": proc.stderr, "code": proc.returncode}


def stages(stderr):
    out = {}
    for m in re.finditer(r"^\s{2}(\w+)\s+([\d.]+) ms$", stderr, re.M):
        out[m.group(1)] = float(m.group(2))
    total = re.search(r"Total in (\d+) ms", stderr)
    if total:
        out["total"] = float(total.group(1))
    summary = {}
    for m in re.finditer(r"^([A-Z][\w ]+?)\s*\| (\d+)$", stderr, re.M):
        summary[m.group(1)] = int(m.group(2))
    return out, summary


def machine():
    cpu = "unknown"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as f:
        mem = int(f.readline().split()[1]) // 1024
    load = open("/proc/loadavg").read().split()[:3]
    return {"nproc": os.cpu_count(), "cpu": cpu, "memMiB": mem, "loadAtStart": " ".join(load),
            "kernel": os.uname().release}


def version(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True).stdout.strip().splitlines()[0]
    except Exception:
        return "unavailable"


# --------------------------------------------------------------------------------------------------

def crosscheck_runs(binary, n, corpus, timeout, scenarios):
    run = os.path.join(WORK, f"run-{n}")
    shutil.rmtree(run, ignore_errors=True)
    os.makedirs(run)
    base = [binary, "build", "--input", os.path.join(corpus, "txt"), "--output", "out",
            "--config", os.path.join(corpus, "crosscheck.yml"), "--templates", os.path.join(ROOT, "templates"),
            "--verbose"]
    results = {}

    def go(name, extra=()):
        log(f"  crosscheck {name} (N={n}) …")
        r = timed(base + list(extra), cwd=run, timeout=timeout)
        r["stages"], r["summary"] = stages(r["stderr"])
        del r["stderr"]
        results[name] = r
        log(f"    {fmt_s(r['wall'])} s, peak RSS {fmt_mib(r['rss'])} MiB")
        return r["code"] == 0

    if not go("clean", ["--no-cache"]) or scenarios == ["clean"]:
        return results
    shutil.rmtree(os.path.join(run, "out"))
    shutil.rmtree(os.path.join(run, ".crosscheck-cache"), ignore_errors=True)
    if not go("coldCache"):
        return results
    if not go("noop"):
        return results
    extra = os.listdir(os.path.join(corpus, "extra"))
    for name in extra:
        shutil.copy(os.path.join(corpus, "extra", name), os.path.join(corpus, "txt", name))
    try:
        go("addOne")
    finally:
        for name in extra:
            os.remove(os.path.join(corpus, "txt", name))
    return results


def hugo_runs(hugo, repeat):
    results = {}
    for name, extra in [("disk", ["--destination", "public"]), ("memory", ["--renderToMemory"])]:
        runs = []
        for _ in range(repeat):
            shutil.rmtree(os.path.join(hugo, "public"), ignore_errors=True)
            shutil.rmtree(os.path.join(hugo, "resources"), ignore_errors=True)
            runs.append(timed(["hugo", "--source", hugo, "--quiet"] + extra))
        ok = [r for r in runs if r["code"] == 0]
        results[name] = {"wall": statistics.median(r["wall"] for r in ok) if ok else None,
                         "rss": max(r["rss"] for r in ok) if ok else None,
                         "code": 0 if ok else runs[0]["code"], "runs": len(ok)}
        log(f"  hugo {name}: {fmt_s(results[name]['wall'])} s, peak RSS {fmt_mib(results[name]['rss'])} MiB")
    return results


def cmark_runs(corpus, repeat):
    bodies = os.path.join(corpus, "bodies.md")
    walls = []
    for _ in range(repeat):
        started = time.monotonic()
        with open(bodies, "rb") as f:
            subprocess.run(["cmark"], stdin=f, stdout=subprocess.DEVNULL, check=True)
        walls.append(time.monotonic() - started)
    wall = statistics.median(walls)
    log(f"  cmark floor: {wall:.3f} s")
    return {"wall": wall, "bytes": os.path.getsize(bodies)}


# --------------------------------------------------------------------------------------------------
# serve: time from saving a source to the reload event on /__reload

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve_latency(binary, corpus, n, samples, timeout):
    help_ok = subprocess.run([binary, "serve", "--help"], capture_output=True).returncode == 0
    if not help_ok:
        return {"available": False}
    folder = os.path.join(WORK, f"serve-{n}")
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(os.path.join(corpus, "txt"), os.path.join(folder, "txt"))
    port = free_port()
    log(f"  serve (N={n}) on port {port} …")
    proc = subprocess.Popen([binary, "serve", "--input", "txt", "--output", "out", "--port", str(port),
                             "--config", os.path.join(corpus, "crosscheck.yml"),
                             "--templates", os.path.join(ROOT, "templates")],
                            cwd=folder, stdout=subprocess.DEVNULL, stderr=open(os.path.join(folder, "serve.log"), "w"),
                            start_new_session=True)
    result = {"available": True, "samples": []}
    started = time.monotonic()
    try:
        conn = None
        while time.monotonic() - started < timeout:
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
                conn.request("GET", "/__reload", headers={"Accept": "text/event-stream"})
                resp = conn.getresponse()
                break
            except OSError:
                conn = None
                time.sleep(0.2)
        if conn is None:
            result["error"] = "server did not answer"
            return result
        result["firstReadySeconds"] = time.monotonic() - started

        def next_event():
            event = None
            while True:
                line = resp.fp.readline()
                if not line:
                    return None
                line = line.decode().strip()
                if line.startswith("event:"):
                    event = line.split(":", 1)[1].strip()
                elif line == "" and event:
                    return event

        if next_event() != "hello":
            result["error"] = "no hello event"
            return result
        target = os.path.join(folder, "txt", sorted(os.listdir(os.path.join(folder, "txt")))[0])
        for i in range(samples):
            time.sleep(1.0)
            with open(target, "a") as f:
                f.write(f"\nOfficials said on Sunday that {400 + i} more fighters had surrendered.\n")
            saved = time.monotonic()
            event = next_event()
            if event != "reload":
                result["error"] = f"expected reload, got {event}"
                break
            result["samples"].append(time.monotonic() - saved)
            log(f"    reload after {result['samples'][-1] * 1000:.0f} ms")
    except (OSError, socket.timeout) as error:
        result["error"] = str(error)
    finally:
        os.killpg(proc.pid, signal.SIGINT)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    return result


# --------------------------------------------------------------------------------------------------
# Report

def fmt_s(x):
    return "—" if x is None else f"{x:.2f}"


def fmt_mib(kib):
    return "—" if kib is None else f"{kib / 1024:.0f}"


def ratio(a, b):
    return "—" if a is None or b in (None, 0) else f"{a / b:.2f}×"


def verdict(value, limit):
    if value is None:
        return "not measured"
    return "met" if value <= limit else "**missed**"


def table(results, mach, versions):
    lines = []
    lines.append(f"Run {results['date']} · {mach['nproc']} cores · {mach['cpu']} · {mach['memMiB']} MiB RAM · "
                 f"load at start {mach['loadAtStart']} · Linux {mach['kernel']}")
    lines.append(f"Crosscheck {versions['crosscheck']} · {versions['hugo']} · cmark {versions['cmark']} · "
                 f"seed {results['seed']}")
    lines.append("")
    lines.append("| N | input MB | Crosscheck clean (`--no-cache`) s | cold cache s | no-op s | add one s | "
                 "Crosscheck RSS MiB | Hugo disk s | Hugo memory s | Hugo RSS MiB | cmark floor s | "
                 "CC / Hugo disk | CC / Hugo mem | CC / cmark | no-op / full | add-one / full | RSS CC / Hugo | "
                 "extract MB/s |")
    lines.append("|" + "---|" * 19)
    for n in results["sizes"]:
        r = results["runs"][str(n)]
        cc, hugo, cm = r["crosscheck"], r["hugo"], r["cmark"]
        full = cc.get("clean", {}).get("wall")
        mb = r["manifest"]["txtBytes"] / 1e6
        ex = cc.get("clean", {}).get("stages", {}).get("extract")
        lines.append("| " + " | ".join([
            f"{n:,}", f"{mb:.1f}", fmt_s(full), fmt_s(cc.get("coldCache", {}).get("wall")),
            fmt_s(cc.get("noop", {}).get("wall")), fmt_s(cc.get("addOne", {}).get("wall")),
            fmt_mib(cc.get("clean", {}).get("rss")), fmt_s(hugo["disk"]["wall"]), fmt_s(hugo["memory"]["wall"]),
            fmt_mib(max(filter(None, [hugo["disk"]["rss"], hugo["memory"]["rss"]]), default=None)),
            f"{cm['wall']:.3f}", ratio(full, hugo["disk"]["wall"]), ratio(full, hugo["memory"]["wall"]),
            ratio(full, cm["wall"]), ratio(cc.get("noop", {}).get("wall"), full),
            ratio(cc.get("addOne", {}).get("wall"), full),
            ratio(cc.get("clean", {}).get("rss"), hugo["disk"]["rss"]),
            "—" if not ex else f"{mb / (ex / 1000):.2f}"]) + " |")
    lines.append("")
    lines.append("Per-stage split of the clean `--no-cache` build (`--verbose`, ms; % of the stage sum):")
    lines.append("")
    names = ["config", "ingest", "extract", "reconcile", "compose", "render", "write"]
    lines.append("| N | scenario | " + " | ".join(names) + " | total |")
    lines.append("|" + "---|" * (len(names) + 3))
    for n in results["sizes"]:
        for scenario in ["clean", "coldCache", "noop", "addOne"]:
            st = results["runs"][str(n)]["crosscheck"].get(scenario, {}).get("stages")
            if not st:
                continue
            total = sum(st.get(k, 0) for k in names) or 1
            cells = [f"{st[k]:.0f} ({100 * st[k] / total:.0f}%)" if k in st else "—" for k in names]
            lines.append(f"| {n:,} | {scenario} | " + " | ".join(cells) + f" | {st.get('total', 0):.0f} |")
    lines.append("")
    serve = results.get("serve")
    if serve is None:
        lines.append("Serve latency: not measured (no N = 1,000 in this run or BENCH_SERVE=0).")
    elif not serve.get("available"):
        lines.append("Serve latency: not measured — `crosscheck serve --help` failed (serve not available).")
    else:
        s = serve.get("samples", [])
        text = ", ".join(f"{x * 1000:.0f} ms" for x in s) or "none"
        med = statistics.median(s) if s else None
        lines.append(f"Serve latency at N = {serve['n']:,} (save a source → `reload` event on `/__reload`): "
                     f"samples {text}; median {'—' if med is None else f'{med * 1000:.0f} ms'}; "
                     f"first build ready after {serve.get('firstReadySeconds', 0):.1f} s"
                     + (f"; error: {serve['error']}" if serve.get("error") else "") + ".")
    lines.append("")
    lines.append("Targets (issue 7):")
    lines.append("")
    big = str(max(results["sizes"]))
    rb = results["runs"][big]
    full = rb["crosscheck"].get("clean", {}).get("wall")
    hd = rb["hugo"]["disk"]["wall"]
    lines.append(f"- full build ≤ 1.0 × Hugo at N = {int(big):,}: {ratio(full, hd)} → "
                 f"{verdict(None if full is None else full / hd, 1.0)}"
                 + (" (issue asks at 10,000)" if big != "10000" else ""))
    noop, add = rb["crosscheck"].get("noop", {}).get("wall"), rb["crosscheck"].get("addOne", {}).get("wall")
    lines.append(f"- no-op ≤ 5 % of full: {ratio(noop, full)} → {verdict(None if noop is None or not full else noop / full, 0.05)}")
    lines.append(f"- add one ≤ 10 % of full: {ratio(add, full)} → {verdict(None if add is None or not full else add / full, 0.10)}")
    if serve and serve.get("samples"):
        med = statistics.median(serve["samples"])
        lines.append(f"- serve ≤ 300 ms at 1k: {med * 1000:.0f} ms → {verdict(med, 0.3)}")
    else:
        lines.append("- serve ≤ 300 ms at 1k: not measured")
    rc, rh = rb["crosscheck"].get("clean", {}).get("rss"), rb["hugo"]["disk"]["rss"]
    lines.append(f"- peak RSS ≤ Hugo's at N = {int(big):,}: {ratio(rc, rh)} → "
                 f"{verdict(None if rc is None else rc / rh, 1.0)}")
    if len(results["sizes"]) >= 2:
        a, b = str(min(results["sizes"])), big
        ta = results["runs"][a]["crosscheck"].get("clean", {}).get("wall")
        tb = results["runs"][b]["crosscheck"].get("clean", {}).get("wall")
        if ta and tb:
            k = int(b) / int(a)
            exp = math.log(tb / ta) / math.log(k)
            lines.append(f"- growth {int(a):,} → {int(b):,} ({k:.0f}× articles): time × {tb / ta:.1f} "
                         f"(limit {1.1 * k:.1f}), exponent {exp:.2f} → {verdict(tb / ta, 1.1 * k)}")
    else:
        lines.append("- growth 1k → 10k: not measured (one size only)")
    return "\n".join(lines)


def write_markdown(text):
    path = os.path.join(ROOT, "BENCHMARKS.md")
    block = f"{START}\n{text}\n{END}"
    if os.path.exists(path):
        doc = open(path, encoding="utf-8").read()
        if START in doc and END in doc:
            doc = doc[:doc.index(START)] + block + doc[doc.index(END) + len(END):]
        else:
            doc = doc.rstrip() + "\n\n## Results\n\n" + block + "\n"
    else:
        doc = ("# Benchmarks\n\n`make bench` writes the results below (between the markers); the analysis "
               "after them is written by hand.\n\n## Results\n\n" + block + "\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write(doc)


def report_only():
    """Rewrites the table from Benchmarks/.work/results.json (e.g. after an interrupted run)."""
    with open(os.path.join(WORK, "results.json")) as f:
        results = json.load(f)
    results["sizes"] = [n for n in results["sizes"] if str(n) in results["runs"]]
    versions = results.get("versions", {"crosscheck": "(working tree)", "hugo": version(["hugo", "version"]).split(" BuildDate")[0],
                                        "cmark": version(["cmark", "--version"]).split()[-1]})
    text = table(results, results["machine"], versions)
    print(text)
    write_markdown(text)


def main():
    if "--report-only" in sys.argv:
        return report_only()
    sizes = [int(x) for x in os.environ.get("BENCH_SIZES", "1000 10000").split()]
    seed = int(os.environ.get("BENCH_SEED", "7"))
    repeat = int(os.environ.get("BENCH_REPEAT", "3"))
    timeout = float(os.environ.get("BENCH_TIMEOUT", "1800"))
    source_bin = os.environ.get("BENCH_BIN", os.path.join(ROOT, ".build/release/crosscheck"))
    os.makedirs(os.path.join(WORK, "bin"), exist_ok=True)
    binary = os.path.join(WORK, "bin", "crosscheck")
    if os.path.realpath(source_bin) != os.path.realpath(binary):
        shutil.copy(source_bin, binary)  # a snapshot: other builds may replace .build/ during a long run
    for tool in ["hugo", "cmark"]:
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is missing: apt-get install -y {tool}")
    mach = machine()
    rev = version(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"])
    dirty = subprocess.run(["git", "-C", ROOT, "status", "--porcelain", "--", "Sources"], capture_output=True,
                           text=True).stdout.strip()
    versions = {"crosscheck": f"at {rev}" + (" with uncommitted changes in Sources/" if dirty else ""),
                "hugo": version(["hugo", "version"]).split(" BuildDate")[0], "cmark": version(["cmark", "--version"]).split()[-1]}
    results = {"date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), "seed": seed,
               "sizes": sizes, "machine": mach, "versions": versions, "runs": {}}
    scenarios = os.environ.get("BENCH_SCENARIOS", "all").split()
    saved = os.path.join(WORK, "results.json")
    if os.environ.get("BENCH_MERGE") == "1" and os.path.exists(saved):  # add sizes to an earlier run
        with open(saved) as f:
            earlier = json.load(f)
        earlier["runs"] = {k: v for k, v in earlier["runs"].items() if int(k) not in sizes}
        results["runs"] = earlier["runs"]
        results["serve"] = earlier.get("serve")
        results["sizes"] = sorted(set(int(k) for k in earlier["runs"]) | set(sizes))
        results["date"] = earlier["date"] + " (+ " + results["date"] + ")"
    for n in sizes:
        log(f"N = {n:,}: generating corpus …")
        corpus = os.path.join(WORK, f"corpus-{n}")
        hugo = os.path.join(WORK, f"hugo-{n}")
        manifest = generate.write(corpus, n, seed, hugo)
        r = {"manifest": manifest}
        r["crosscheck"] = crosscheck_runs(binary, n, corpus, timeout, scenarios)
        r["hugo"] = hugo_runs(hugo, repeat)
        r["cmark"] = cmark_runs(corpus, repeat)
        results["runs"][str(n)] = r
        with open(os.path.join(WORK, "results.json"), "w") as f:
            json.dump(results, f, indent=1, sort_keys=True)
        if n == int(os.environ.get("BENCH_SERVE_N", "1000")) and os.environ.get("BENCH_SERVE", "1") != "0":
            serve = serve_latency(binary, corpus, n, int(os.environ.get("BENCH_SERVE_SAMPLES", "3")), timeout)
            serve["n"] = n
            results["serve"] = serve
        with open(os.path.join(WORK, "results.json"), "w") as f:
            json.dump(results, f, indent=1, sort_keys=True)
    text = table(results, mach, versions)
    print(text)
    write_markdown(text)


if __name__ == "__main__":
    main()
