#!/usr/bin/env python3
"""Edit-to-reload latency of a preview server: the time from writing a memo file to the
server's reload signal reaching a listening page.

  quire: the `reload` event on the Server-Sent Events stream /_quire/events
  hugo:  the `reload` message on Hugo's LiveReload WebSocket /livereload

Each edit appends a sentence to one memo (a different memo each time); the clock starts just
before the write and stops when the signal has been read. Before the next edit the server is
left to finish (nothing sent for QUIET seconds). The first WARMUP edits are not counted (the
server's code warming up; WARMUP=0 counts the first edit after start). For Quire it also reports
when the edit has settled: the second event, once feeds and the search index are up to date. Standard library only.

A MEMO_GLOB of "quire.yml" times full rebuilds instead: each edit gives the site a new title.

Usage: serve_latency.py quire|hugo SITE_DIR MEMO_GLOB -- SERVER_COMMAND...
       (the command must contain {port}; it is run inside SITE_DIR)
"""

import base64
import glob
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import time
import urllib.request

# LOG=FILE keeps the server's output
EDITS = int(os.environ.get("EDITS", "30"))
WARMUP = int(os.environ.get("WARMUP", "5"))
# after each reload, wait until the server has sent nothing for QUIET seconds (Quire settles feeds
# and the search index after a page's reload), so that each edit finds the server idle
QUIET = float(os.environ.get("QUIET", "1.0"))


def drain(sock, quiet):
    sock.settimeout(quiet)
    deadline = time.time() + 120
    try:
        while time.time() < deadline:
            if not sock.recv(65536):
                break
    except socket.timeout:
        pass
    finally:
        sock.settimeout(None)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_up(port, proc, timeout=600):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            sys.exit("the server exited with code %s" % proc.returncode)
        try:
            urllib.request.urlopen("http://127.0.0.1:%d/" % port, timeout=2).read()
            return
        except Exception:
            time.sleep(0.2)
    sys.exit("the server did not answer within %d s" % timeout)


class SseListener:
    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port))
        self.sock.sendall(b"GET /_quire/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
        self.buf = b""
        self.until(b"retry:")

    def until(self, marker):
        """Reads up to and past marker; returns what came before it."""
        while marker not in self.buf:
            chunk = self.sock.recv(65536)
            if not chunk:
                sys.exit("event stream closed")
            self.buf += chunk
        before = self.buf[:self.buf.index(marker)]
        self.buf = self.buf[self.buf.index(marker) + len(marker):]
        return before

    def wait_reload(self):
        # an event is "event: NAME", its data lines (the changed paths), and a blank line
        self.until(b"event: reload")
        self.data = self.until(b"\n\n")

    def settle(self):
        # after a body edit's page, Quire renders what else shows the body (feeds, the search
        # index) and announces it with a second event: wait for it, so the next edit finds the
        # server idle. An edit that changed what lists show (a longer memo reads in more
        # minutes) rebuilds all of it at once: its one event already names the search index.
        if b'"search/' in self.data:
            return
        self.sock.settimeout(120)
        try:
            self.wait_reload()
        finally:
            self.sock.settimeout(None)


class LiveReloadListener:
    """A minimal WebSocket client (RFC 6455), enough to hear LiveReload's text frames."""

    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port))
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall(("GET /livereload HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nUpgrade: websocket\r\n"
                           "Connection: Upgrade\r\nSec-WebSocket-Key: %s\r\nSec-WebSocket-Version: 13\r\n\r\n"
                           % (port, key)).encode())
        self.buf = b""
        while b"\r\n\r\n" not in self.buf:
            self.buf += self.sock.recv(4096)
        head, self.buf = self.buf.split(b"\r\n\r\n", 1)
        if b" 101 " not in head.split(b"\r\n")[0]:
            sys.exit("no websocket upgrade: %r" % head[:200])
        self.send(json.dumps({"command": "hello", "protocols": ["http://livereload.com/protocols/official-7"]}))

    def send(self, text):
        data = text.encode()
        mask = os.urandom(4)
        header = bytes([0x81])
        if len(data) < 126:
            header += bytes([0x80 | len(data)])
        else:
            header += bytes([0x80 | 126]) + len(data).to_bytes(2, "big")
        self.sock.sendall(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(data)))

    def need(self, n):
        while len(self.buf) < n:
            chunk = self.sock.recv(65536)
            if not chunk:
                sys.exit("websocket closed")
            self.buf += chunk

    def frame(self):
        self.need(2)
        length = self.buf[1] & 0x7F
        at = 2
        if length == 126:
            self.need(4)
            length = int.from_bytes(self.buf[2:4], "big")
            at = 4
        elif length == 127:
            self.need(10)
            length = int.from_bytes(self.buf[2:10], "big")
            at = 10
        self.need(at + length)
        payload = self.buf[at:at + length]
        self.buf = self.buf[at + length:]
        return payload.decode(errors="replace")

    def wait_reload(self):
        while True:
            if '"reload"' in self.frame():
                return


def main():
    kind, site, pattern = sys.argv[1:4]
    command = sys.argv[sys.argv.index("--") + 1:]
    port = free_port()
    # a draft is not published: saving it reloads nothing, so it is not edited here
    memos = [m for m in sorted(glob.glob(os.path.join(site, pattern)))
             if b"\ndraft: true" not in open(m, "rb").read().split(b"\n---", 1)[0]]
    if not memos:
        sys.exit("no memos match %s" % pattern)
    originals = {}
    log = open(os.environ["LOG"], "wb") if os.environ.get("LOG") else subprocess.DEVNULL
    proc = subprocess.Popen([c.replace("{port}", str(port)) for c in command], cwd=site, stdout=log, stderr=log)
    try:
        wait_up(port, proc)
        listener = SseListener(port) if kind == "quire" else LiveReloadListener(port)
        time.sleep(1.0)
        times = []
        settled = []  # write → second event: feeds and search index up to date (Quire only)
        step = max(1, len(memos) // (EDITS + WARMUP))
        for i in range(EDITS + WARMUP):
            memo = memos[(i * step) % len(memos)]
            originals.setdefault(memo, open(memo, "rb").read())
            if memo.endswith((".yml", ".yaml")):
                # the settings get a new site title, which every page shows: serve rebuilds the
                # whole site and every page changes (a comment alone changes no page, so no reload)
                title = b'title: "Edited title %d"' % i
                text, found = re.subn(rb"(?m)^title:.*$", title, originals[memo], count=1)
                if not found:
                    text = originals[memo] + b"\n" + title + b"\n"
            else:
                text = open(memo, "rb").read() + ("\nEdited sentence number %d.\n" % i).encode()
            start = time.perf_counter()
            with open(memo, "wb") as f:
                f.write(text)
            listener.wait_reload()
            elapsed = (time.perf_counter() - start) * 1000
            if i >= WARMUP:
                times.append(elapsed)
            if hasattr(listener, "settle"):
                listener.settle()
                if i >= WARMUP:
                    settled.append((time.perf_counter() - start) * 1000)
            listener.buf = b""
            drain(listener.sock, QUIET)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        for memo, text in originals.items():
            with open(memo, "wb") as f:
                f.write(text)
    times.sort()
    p90 = times[min(len(times) - 1, int(round(0.9 * len(times))) - 1)]
    print("%s\t%d memos\tmedian %.1f ms\tp90 %.1f ms\tmin %.1f ms\tmax %.1f ms\t(%d edits after %d warm-up)"
          % (kind, len(glob.glob(os.path.join(site, pattern))), statistics.median(times), p90, times[0], times[-1],
             len(times), WARMUP))
    if settled:
        settled.sort()
        p90 = settled[min(len(settled) - 1, int(round(0.9 * len(settled))) - 1)]
        print("%s\t%d memos\tsettled: median %.1f ms\tp90 %.1f ms\tmax %.1f ms"
              % (kind, len(glob.glob(os.path.join(site, pattern))), statistics.median(settled), p90, settled[-1]))


if __name__ == "__main__":
    main()
