#!/usr/bin/env python3
"""Bytes one search query downloads from a built Quire site, following assets/search.js step by
step: the manifest, the term chunks each query word needs, then the first page of result
documents (10). Prints raw and gzip-compressed sizes per query.

Usage: bench/search_bytes.py SITE_OUTPUT_DIR "query one" "query two" ...
"""
import gzip
import json
import os
import re
import sys
import unicodedata

PAGE = 10


def fold(text):
    out = []
    for ch in text:
        c = unicodedata.normalize("NFD", ch)[0].lower()
        out.append(c if len(c) == 1 else ch)
    return "".join(out).replace("\u2019", "'")


def words(query, stop):
    found = re.findall(r"[^\W_]+(?:['.][^\W_]+)*", fold(query))
    seen = []
    for w in (re.sub(r"'s$", "", w) for w in found):
        if w and w not in stop and w not in seen:
            seen.append(w)
    return seen


class Fetcher:
    def __init__(self, root):
        self.root = root
        self.raw = 0
        self.gz = 0
        self.files = {}

    def load(self, path):
        if path not in self.files:
            with open(os.path.join(self.root, "search", path), "rb") as f:
                data = f.read()
            self.raw += len(data)
            self.gz += len(gzip.compress(data, 6))
            self.files[path] = json.loads(data)
        return self.files[path]


def chunks_for(word, prefixes):
    best, extra = -1, []
    for i, p in enumerate(prefixes):
        if word.startswith(p) and (best < 0 or len(p) > len(prefixes[best])):
            best = i
        elif len(word) >= 3 and len(p) > len(word) and p.startswith(word) and len(extra) < 4:
            extra.append(i)
    return ([] if best < 0 else [best]) + extra


def run(root, query):
    fetch = Fetcher(root)
    manifest = fetch.load("index.json")
    terms = words(query, set(manifest["stop"]))
    maps = []
    for word in terms:
        scores = {}
        for i in chunks_for(word, manifest["prefixes"]):
            for term, postings in fetch.load("terms/%d.json" % i).items():
                if term != word and not (len(word) >= 3 and term.startswith(word)):
                    continue
                factor = 1 if term == word else 0.8
                doc = 0
                for k in range(0, len(postings), 2):
                    doc += postings[k]
                    scores[doc] = max(scores.get(doc, 0), postings[k + 1] * factor)
        maps.append(scores)
    hits = []
    if maps:
        for doc, score in maps[0].items():
            if all(doc in m for m in maps[1:]):
                hits.append((-(score + sum(m[doc] for m in maps[1:])), doc))
    hits.sort()
    for _, doc in hits[:PAGE]:
        fetch.load("docs/%d.json" % doc)
    return len(hits), len(fetch.files), fetch.raw, fetch.gz


def main():
    root = sys.argv[1]
    worst = 0
    print("%-32s %8s %6s %10s %10s" % ("query", "matches", "files", "raw KB", "gzip KB"))
    for query in sys.argv[2:]:
        hits, files, raw, gz = run(root, query)
        worst = max(worst, raw)
        print("%-32s %8d %6d %10.1f %10.1f" % ('"' + query + '"', hits, files, raw / 1024, gz / 1024))
    print("largest download: %.1f KB uncompressed" % (worst / 1024))


if __name__ == "__main__":
    main()
