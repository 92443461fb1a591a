// The search page: reads the static index built with the site (search/index.json, then only the
// term chunks and documents a query needs), and lists matching memos with a marked snippet.
// Without JavaScript the page says so and points to the archive.
(function () {
  "use strict";
  var PAGE = 10;
  var base = document.currentScript.dataset.index;
  var form = document.querySelector(".search-form");
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  var manifest = null;
  var files = {};
  var results = [];
  var shown = 0;
  var current = 0;

  function load(path) {
    if (!files[path]) {
      files[path] = fetch(base + path).then(function (r) {
        if (!r.ok) throw new Error(r.status + " " + path);
        return r.json();
      });
    }
    return files[path];
  }

  // Lower case without accents, one character for one, so positions still match the text.
  function fold(text) {
    var out = "";
    for (var i = 0; i < text.length; i++) {
      var c = text[i].normalize("NFD")[0].toLowerCase();
      out += c.length === 1 ? c : text[i];
    }
    return out.replace(/\u2019/g, "'");
  }

  function words(query, stop) {
    var found = fold(query).match(/[\p{L}\p{N}]+(?:['.][\p{L}\p{N}]+)*/gu) || [];
    return found.map(function (w) { return w.replace(/'s$/, ""); })
      .filter(function (w, i, all) { return w && !stop.has(w) && all.indexOf(w) === i; });
  }

  // Chunk numbers that can hold `word` or, from three letters on, words that start with it.
  function chunksFor(word) {
    var best = -1, extra = [];
    manifest.prefixes.forEach(function (p, i) {
      if (word.startsWith(p) && (best < 0 || p.length > manifest.prefixes[best].length)) best = i;
      else if (word.length >= 3 && p.length > word.length && p.startsWith(word) && extra.length < 4) extra.push(i);
    });
    return (best < 0 ? [] : [best]).concat(extra);
  }

  // Document → best weight of `word` (exact, or as a prefix at 0.8).
  function postings(word) {
    return Promise.all(chunksFor(word).map(function (i) { return load("terms/" + i + ".json"); }))
      .then(function (chunks) {
        var scores = new Map();
        chunks.forEach(function (chunk) {
          Object.keys(chunk).forEach(function (term) {
            if (term !== word && !(word.length >= 3 && term.startsWith(word))) return;
            var factor = term === word ? 1 : 0.8, list = chunk[term], doc = 0;
            for (var k = 0; k < list.length; k += 2) {
              doc += list[k];
              var w = list[k + 1] * factor;
              if (!(scores.get(doc) >= w)) scores.set(doc, w);
            }
          });
        });
        return scores;
      });
  }

  function search(query) {
    var run = ++current;
    (manifest ? Promise.resolve(manifest) : load("index.json")).then(function (m) {
      manifest = m;
      var terms = words(query, new Set(m.stop));
      if (!terms.length) return { terms: terms, hits: [] };
      return Promise.all(terms.map(postings)).then(function (maps) {
        var hits = [];
        maps[0].forEach(function (score, doc) {
          for (var j = 1; j < maps.length; j++) {
            if (!maps[j].has(doc)) return;
            score += maps[j].get(doc);
          }
          hits.push({ doc: doc, score: score });
        });
        hits.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
        return { terms: terms, hits: hits };
      });
    }).then(function (found) {
      if (run !== current) return;
      results = found.hits;
      list.textContent = "";
      shown = 0;
      status.textContent = !query.trim() ? "" : results.length === 0
        ? "No memo matches \u201c" + query.trim() + "\u201d."
        : (results.length === 1 ? "1 memo matches" : results.length + " memos match") + " \u201c" + query.trim() + "\u201d.";
      return showMore(found.terms, false);
    }).catch(function () {
      if (run === current) status.textContent = "The search index could not be loaded.";
    });
  }

  function showMore(terms, focus) {
    var page = results.slice(shown, shown + PAGE);
    shown += page.length;
    return Promise.all(page.map(function (hit) { return load("docs/" + hit.doc + ".json"); })).then(function (docs) {
      var first = null;
      docs.forEach(function (doc) {
        var item = render(doc, terms);
        first = first || item.querySelector("a");
        list.appendChild(item);
      });
      more.hidden = shown >= results.length;
      more.onclick = function () { showMore(terms, true); };
      if (focus && first) first.focus();
    });
  }

  function render(doc, terms) {
    var item = document.createElement("li");
    item.className = "search-result";
    var title = document.createElement("a");
    title.className = "search-result-title";
    title.href = doc.url;
    title.textContent = doc.title;
    var date = document.createElement("time");
    date.className = "search-result-date";
    date.dateTime = doc.date;
    date.textContent = doc.date_text;
    var snippet = document.createElement("p");
    snippet.className = "search-result-snippet";
    marked(snippet, doc.text, terms);
    item.append(date, " ", title, snippet);
    return item;
  }

  // About 200 characters around the first match, each query word marked where a word starts with it.
  function marked(into, text, terms) {
    var folded = fold(text);
    var pattern = new RegExp("(^|[^\\p{L}\\p{N}])((?:" + terms.map(function (t) {
      return t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    }).join("|") + ")[\\p{L}\\p{N}]*)", "gu");
    var first = pattern.exec(folded);
    var start = first ? Math.max(0, first.index - 60) : 0;
    if (start > 0) start = text.indexOf(" ", start) + 1 || start;
    var end = Math.min(text.length, start + 220);
    if (end < text.length) end = text.lastIndexOf(" ", end) > start ? text.lastIndexOf(" ", end) : end;
    if (start > 0) into.append("\u2026");
    var at = start, m;
    pattern.lastIndex = start;
    while ((m = pattern.exec(folded)) && m.index < end) {
      var from = m.index + m[1].length, to = Math.min(end, from + m[2].length);
      into.append(text.slice(at, from));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(from, to);
      into.append(mark);
      at = to;
    }
    into.append(text.slice(at, end));
    if (end < text.length) into.append("\u2026");
  }

  var timer = 0;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { update(input.value, true); }, 150);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    update(input.value, true);
  });

  function update(query, remember) {
    if (remember) {
      var url = new URL(location.href);
      if (query.trim()) url.searchParams.set("q", query); else url.searchParams.delete("q");
      history.replaceState(null, "", url);
    }
    search(query);
  }

  var initial = new URLSearchParams(location.search).get("q") || "";
  input.value = initial;
  if (initial) update(initial, false);
})();
