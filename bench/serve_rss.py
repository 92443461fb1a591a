#!/usr/bin/env python3
"""Resident memory of `quire serve` under load: starts the server on a site, reads its page
list from /sitemap.xml, sends REQUESTS GET requests (default 10,000) over CONNECTIONS keep-alive
connections (default 200) to 127.0.0.1 only, and prints the server process's resident set size
(VmRSS) before and after, and its peak (VmHWM). Bounded in count and time; standard library only.

Usage: serve_rss.py SITE_DIR -- SERVER_COMMAND...   (the command must contain {port}; run inside SITE_DIR)
"""

import http.client
import os
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.request

REQUESTS = int(os.environ.get("REQUESTS", "10000"))
CONNECTIONS = int(os.environ.get("CONNECTIONS", "200"))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def status(pid, key):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1]) // 1024  # MB
    return -1


def wait_up(port, proc, timeout=900):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            sys.exit("the server exited with code %s" % proc.returncode)
        try:
            urllib.request.urlopen("http://127.0.0.1:%d/" % port, timeout=5).read()
            return
        except OSError:
            time.sleep(0.5)
    sys.exit("the server did not answer within %d s" % timeout)


def main():
    sep = sys.argv.index("--")
    site, command = sys.argv[1], sys.argv[sep + 1:]
    port = free_port()
    command = [c.replace("{port}", str(port)) for c in command]
    log = open(os.environ.get("LOG", os.devnull), "w")
    proc = subprocess.Popen(command, cwd=site, stdout=log, stderr=log)
    try:
        wait_up(port, proc)
        time.sleep(2)
        sitemap = urllib.request.urlopen("http://127.0.0.1:%d/sitemap.xml" % port, timeout=30).read().decode()
        paths = ["/" + re.sub(r"^https?://[^/]+/", "", loc) for loc in re.findall(r"<loc>([^<]+)</loc>", sitemap)]
        paths = paths or ["/"]
        before = status(proc.pid, "VmRSS")
        errors = [0]
        per = REQUESTS // CONNECTIONS
        deadline = time.time() + 600

        def client(k):
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            for i in range(per):
                if time.time() > deadline:
                    break
                try:
                    conn.request("GET", paths[(k * per + i) % len(paths)])
                    r = conn.getresponse()
                    r.read()
                    if r.status != 200:
                        errors[0] += 1
                except OSError:
                    errors[0] += 1
                    conn.close()
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            conn.close()

        start = time.time()
        threads = [threading.Thread(target=client, args=(k,)) for k in range(CONNECTIONS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        took = time.time() - start
        after = status(proc.pid, "VmRSS")
        peak = status(proc.pid, "VmHWM")
        print("%d requests over %d connections to %d pages in %.1f s, %d errors: RSS %d MB before, %d MB after, peak %d MB"
              % (per * CONNECTIONS, CONNECTIONS, len(paths), took, errors[0], before, after, peak))
    finally:
        proc.terminate()
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()


if __name__ == "__main__":
    main()
