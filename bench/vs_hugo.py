#!/usr/bin/env python3
"""Whole-process builds of Quire and Hugo side by side on the same generated memos, alternating
(quire, hugo, quire, hugo, ...) so that the machine's noise falls on both alike.

For each round the Quire/Hugo wall-time ratio is taken; the result is the median of those ratios,
with the medians of wall time, CPU time (user + sys) and peak resident memory of each tool.
Wall time is measured around the process (start to reaped); CPU and peak RSS come from the
process's own rusage (os.wait4), so they count that build alone. Every build must exit with 0.

Scenarios (what is removed before every run, untimed):
  warm  Quire: the output folder (_site); its cache was filled by one untimed build first.
        Hugo: public/ and resources/.
  cold  Quire: the output folder and .quire-cache (GraalJS starts, every formula and code
        block is rendered). Hugo: public/ and resources/, as for warm.

Before the timed rounds of each scenario, one untimed round of each tool is run, then both
outputs are checked: every memo of the corpus must have its page (a folder named after the
memo's file, holding index.html), so that a broken build is never timed as a fast one.
Standard library only.

Usage: vs_hugo.py --n N --runs RUNS --scenarios warm,cold --quire-dir DIR --hugo-dir DIR|-
                  --quire-cmd "CMD ..." --tsv FILE [--quire-version V] [--hugo-version V] [--commit C]
"""

import argparse
import datetime as dt
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import time


class Tool:
    def __init__(self, name, site, cmd, out, clean, memo_dir):
        self.name = name
        self.site = site
        self.cmd = cmd
        self.out = out
        self.clean = clean            # scenario -> folders removed before each run
        self.memo_dir = memo_dir      # where the memo sources are, relative to site
        self.log = os.path.normpath(os.path.join(site, os.pardir, "%s-last-build.log" % os.path.basename(site)))

    def prepare(self, scenario):
        for d in self.clean[scenario]:
            shutil.rmtree(os.path.join(self.site, d), ignore_errors=True)

    def run(self):
        """One build; returns (wall s, cpu s, peak RSS MB). Exits when the build fails."""
        with open(self.log, "wb") as log:
            start = time.perf_counter()
            proc = subprocess.Popen(self.cmd, cwd=self.site, stdin=subprocess.DEVNULL, stdout=log, stderr=log)
            _, status, ru = os.wait4(proc.pid, 0)
            wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            sys.stdout.flush()
            with open(self.log, errors="replace") as f:
                sys.stderr.write(f.read()[-3000:])
            sys.exit("%s build failed (exit %d) in %s: %s" % (self.name, proc.returncode, self.site, shlex.join(self.cmd)))
        return wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024

    def command_line(self, scenario):
        rm = "rm -rf " + " ".join(self.clean[scenario])
        return "cd %s && %s && %s" % (shlex.quote(self.site), rm, shlex.join(self.cmd))

    def check_pages(self, n):
        """Counts index.html files in the output and the memos that have one; exits if any is missing."""
        out = os.path.join(self.site, self.out)
        pages, dirs = 0, set()
        for folder, _, files in os.walk(out):
            if "index.html" in files:
                pages += 1
                dirs.add(os.path.basename(folder))
        slugs = [f[:-3] for f in os.listdir(os.path.join(self.site, self.memo_dir)) if f.endswith(".md")]
        missing = [s for s in slugs if s not in dirs]
        if len(slugs) != n:
            sys.exit("%s: %d memos in %s, expected %d (a stale corpus? run without KEEP_CORPUS)"
                     % (self.name, len(slugs), os.path.join(self.site, self.memo_dir), n))
        if missing:
            sys.exit("%s: %d of %d memos have no page in %s (e.g. %s); not timing a broken build"
                     % (self.name, len(missing), len(slugs), out, ", ".join(missing[:3])))
        return pages


def median(xs):
    return statistics.median(xs)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--scenarios", default="warm,cold")
    ap.add_argument("--quire-dir", required=True)
    ap.add_argument("--hugo-dir", required=True, help="'-' when Hugo is not measured")
    ap.add_argument("--quire-cmd", required=True, help="build command run inside the Quire corpus")
    ap.add_argument("--hugo-cmd", default="hugo --quiet")
    ap.add_argument("--tsv", required=True)
    ap.add_argument("--quire-version", default="?")
    ap.add_argument("--hugo-version", default="?")
    ap.add_argument("--commit", default="?")
    args = ap.parse_args()

    quire = Tool("quire", os.path.abspath(args.quire_dir), shlex.split(args.quire_cmd), "_site",
                 {"warm": ["_site"], "cold": ["_site", ".quire-cache"]}, "memos")
    hugo = None
    if args.hugo_dir != "-":
        hugo = Tool("hugo", os.path.abspath(args.hugo_dir), shlex.split(args.hugo_cmd), "public",
                    {"warm": ["public", "resources"], "cold": ["public", "resources"]}, os.path.join("content", "posts"))
    tools = [quire] + ([hugo] if hugo else [])

    new_tsv = not os.path.exists(args.tsv)
    for scenario in args.scenarios.split(","):
        if scenario not in ("warm", "cold"):
            sys.exit("unknown scenario %r (warm, cold)" % scenario)
        load = os.getloadavg()[0]
        if scenario == "warm":
            quire.prepare("warm")
            quire.run()                       # fills .quire-cache, as an author's first build does
        for t in tools:                       # one untimed round
            t.prepare(scenario)
            t.run()
        pages = {t.name: t.check_pages(args.n) for t in tools}

        res = {t.name: [] for t in tools}
        ratios = []
        for _ in range(args.runs):
            for t in tools:
                t.prepare(scenario)
                res[t.name].append(t.run())
            if hugo:
                ratios.append(res["quire"][-1][0] / res["hugo"][-1][0])

        def summary(name):
            runs = res[name]
            return median([r[0] for r in runs]), median([r[1] for r in runs]), median([r[2] for r in runs])

        qw, qc, qm = summary("quire")
        line = "N=%d %s: quire %.2f s (cpu %.1f s, %.0f MB)" % (args.n, scenario, qw, qc, qm)
        if hugo:
            hw, hc, hm = summary("hugo")
            line += "  hugo %.2f s (cpu %.1f s, %.0f MB)  ratio %.2f (median of %d rounds; min %.2f max %.2f)" % (
                hw, hc, hm, median(ratios), len(ratios), min(ratios), max(ratios))
        else:
            line += "  hugo skipped (median of %d runs)" % args.runs
        print(line)
        for t in tools:
            walls = sorted(r[0] for r in res[t.name])
            print("    %-5s %s   [%d index.html; wall %s s]" % (
                t.name, t.command_line(scenario), pages[t.name], " ".join("%.2f" % w for w in walls)))
        print("    load average %.1f at start; quire %s (%s), hugo %s" % (load, args.quire_version, args.commit,
                                                                          args.hugo_version if hugo else "-"))
        sys.stdout.flush()

        cols = ["date", "n", "scenario", "rounds", "quire_version", "quire_commit", "hugo_version",
                "quire_wall_s", "quire_cpu_s", "quire_rss_mb", "hugo_wall_s", "hugo_cpu_s", "hugo_rss_mb",
                "ratio_median", "ratio_min", "ratio_max", "quire_pages", "hugo_pages", "load_avg"]
        row = [dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"), str(args.n), scenario, str(args.runs),
               args.quire_version, args.commit, args.hugo_version if hugo else "",
               "%.3f" % qw, "%.2f" % qc, "%.0f" % qm]
        if hugo:
            row += ["%.3f" % hw, "%.2f" % hc, "%.0f" % hm,
                    "%.3f" % median(ratios), "%.3f" % min(ratios), "%.3f" % max(ratios)]
        else:
            row += [""] * 6
        row += [str(pages["quire"]), str(pages["hugo"]) if hugo else "", "%.1f" % load]
        with open(args.tsv, "a") as f:
            if new_tsv:
                f.write("\t".join(cols) + "\n")
                new_tsv = False
            f.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main()
