#!/usr/bin/env python3
"""Whole-process builds of two or more Quire jars on one site, alternating (a, b, a, b, ...) so
that the machine's noise falls on all alike: what one change to Quire buys.

Usage: python3 bench/jars_ab.py SITE ROUNDS name=JAR name=JAR ...
  e.g. python3 bench/jars_ab.py /tmp/quire-1000 3 before=/tmp/quire-before.jar after=target/quire.jar
Each jar builds SITE into its own output folder (/tmp/jars-ab-NAME; OUT_ROOT=/dev/shm puts it, and
the cache folders below, in memory, where disk writes do not drown the difference) with the launcher's build
flags (C1 only, serial collector, survivors promoted at once) and --timings. The output folder is removed before every run,
as an author's second build after 'rm -rf _site'; KEEP_OUT=1 keeps it, as a rebuild over the
previous output. COLD=1 gives each jar a cache folder of its own (/tmp/jars-ab-NAME-cache), removed
before every run: a build from an empty cache, every formula, code block and body rendered.
JAVA_OPTS adds JVM flags to every run, e.g. JAVA_OPTS=-Xmx845m, the heap ceiling the launcher
gives a 1,000-memo site. Otherwise give each jar one untimed build first: a new jar renders every memo body once
(the cache is keyed by Quire's code).
Prints each run (wall, CPU = user + sys, system time, peak RSS, --timings stages), then per jar
the medians, and per jar beside the first the median and range of the per-round ratios.
Wall time is measured around the process, CPU and peak RSS from its rusage (os.wait4).
Standard library only.
"""
import os
import re
import shutil
import statistics
import subprocess
import sys
import time


def huge_pages():
    """The launcher's flag for transparent huge pages, where Linux gives them on request."""
    try:
        with open("/sys/kernel/mm/transparent_hugepage/enabled") as f:
            return ["-XX:+UseTransparentHugePages"] if "[madvise]" in f.read() else []
    except OSError:
        return []


def run(jar, site, out, cache=None):
    cmd = ["java", "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:MaxTenuringThreshold=0", *huge_pages(),
           *os.environ.get("JAVA_OPTS", "").split(), "-jar", jar,
           "build", site, "-o", out, "--timings"] + (["--cache", cache] if cache else [])
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    output = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - start
    if status != 0:
        sys.exit(f"{jar} failed:\n{output}")
    stages = {m.group(1).strip(): int(m.group(2)) for m in re.finditer(r"^  (\S[\w ]*?)\s+(\d+) ms", output, re.M)}
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_stime, usage.ru_maxrss // 1024, stages


def main():
    site, rounds = sys.argv[1], int(sys.argv[2])
    jars = [a.split("=", 1) for a in sys.argv[3:]]
    keep = os.environ.get("KEEP_OUT") == "1"
    cold = os.environ.get("COLD") == "1"
    root = os.environ.get("OUT_ROOT", "/tmp")
    results = {name: [] for name, _ in jars}
    for r in range(rounds):
        for name, jar in jars:
            out = f"{root}/jars-ab-{name}"
            if not keep:
                shutil.rmtree(out, ignore_errors=True)
            cache = f"{root}/jars-ab-{name}-cache" if cold else None
            if cold:
                shutil.rmtree(cache, ignore_errors=True)
            wall, cpu, sys_time, rss, stages = run(jar, site, out, cache)
            results[name].append((wall, cpu, sys_time, rss, stages))
            print(f"round {r} {name}: wall {wall:.2f} s, cpu {cpu:.2f} s, sys {sys_time:.2f} s, rss {rss} MB; "
                  + ", ".join(f"{k} {v}" for k, v in stages.items()), flush=True)
    print()
    for name, _ in jars:
        rs = results[name]
        stages = {k: statistics.median(x[4].get(k, 0) for x in rs) for k in rs[0][4]}
        print(f"{name}: median wall {statistics.median(x[0] for x in rs):.2f} s, cpu {statistics.median(x[1] for x in rs):.2f} s"
              f" (min {min(x[1] for x in rs):.2f}), sys {statistics.median(x[2] for x in rs):.2f} s, "
              f"rss {statistics.median(x[3] for x in rs):.0f} MB; " + ", ".join(f"{k} {v:.0f} ms" for k, v in stages.items()))
    base = jars[0][0]
    for name, _ in jars[1:]:
        walls = [results[name][i][0] / results[base][i][0] for i in range(rounds)]
        cpus = [results[name][i][1] / results[base][i][1] for i in range(rounds)]
        print(f"{name}/{base}: wall {statistics.median(walls):.3f} ({min(walls):.3f}-{max(walls):.3f}), "
              f"cpu {statistics.median(cpus):.3f} ({min(cpus):.3f}-{max(cpus):.3f})")


if __name__ == "__main__":
    main()
