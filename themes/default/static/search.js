// newsdesk search: runs in the browser against the index newsdesk writes into search/.
// It downloads search/meta.json once, then only the word chunks holding the words typed and
// the document chunks of the results shown. Words are split exactly as the index splits
// them (lower case, the folding table from meta.json, letters and digits, stop words out).
(function () {
  "use strict";
  var form = document.querySelector("form[data-search]");
  if (!form) return;
  var input = form.querySelector("input[name=q]");
  var status = document.querySelector(".search-status");
  var list = document.querySelector(".search-results");
  var indexUrl = form.getAttribute("data-index");
  var base = form.getAttribute("data-base");
  // The page's words, in its language (translated at build time; `{n}`, `{q}` and `{e}`
  // stand for the count, the query and the error).
  var lang = document.documentElement.lang || "en";
  var msg = {
    short: form.getAttribute("data-msg-short") || "Type a little more to search.",
    none: form.getAttribute("data-msg-none") || "No articles match “{q}”.",
    results: JSON.parse(form.getAttribute("data-msg-results") || '{"other":"{n} articles match “{q}”."}'),
    more: form.getAttribute("data-msg-more") || "Showing the first {n}.",
    unavailable: form.getAttribute("data-msg-unavailable") || "Search is not available: {e}"
  };
  var numbers = new Intl.NumberFormat(lang);
  var plurals = new Intl.PluralRules(lang);
  var dates = new Intl.DateTimeFormat(lang, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  function fill(text, values) {
    return text.replace(/\{([nqe])\}/g, function (all, k) { return k in values ? values[k] : all; });
  }
  function counted(forms, n, values) {
    var form = forms[plurals.select(n)] || forms.other || forms[Object.keys(forms)[0]];
    values.n = numbers.format(n);
    return fill(form, values);
  }
  var LIMIT = 20;
  var MAX_PREFIX_CHUNKS = 4;
  var MAX_EXPANSIONS = 300;
  var WORD = /[\p{Alphabetic}\p{N}]/u;
  var files = new Map();
  var chunks = new Map();
  var metaPromise = null;
  var runs = 0;

  async function bytes(path) {
    if (!files.has(path)) {
      files.set(path, (async function () {
        var r = await fetch(indexUrl + path);
        if (!r.ok) throw new Error(path + ": HTTP " + r.status);
        var b = new Uint8Array(await r.arrayBuffer());
        // gzip magic: some servers decompress for us (Content-Encoding), most do not.
        if (b.length > 1 && b[0] === 0x1f && b[1] === 0x8b) {
          if (typeof DecompressionStream === "undefined") {
            throw new Error("this browser cannot decompress the index");
          }
          var s = new Blob([b]).stream().pipeThrough(new DecompressionStream("gzip"));
          b = new Uint8Array(await new Response(s).arrayBuffer());
        }
        return b;
      })());
    }
    return files.get(path);
  }

  function meta() {
    if (!metaPromise) {
      metaPromise = bytes("meta.json").then(function (b) {
        return JSON.parse(new TextDecoder().decode(b));
      });
    }
    return metaPromise;
  }

  // Splits a query; the last word is a prefix unless the query ends with a separator.
  function words(q, m) {
    var out = [];
    var w = "";
    var stop = new Set(m.stop);
    var flush = function (complete) {
      if (w && (w.length > 1 || /^\p{N}+$/u.test(w) || !complete)) {
        if (!stop.has(w)) out.push({ text: w, prefix: !complete });
      }
      w = "";
    };
    for (var ch of q.toLowerCase()) {
      if (WORD.test(ch)) w += m.fold[ch] || ch;
      else flush(true);
    }
    flush(false);
    return out;
  }

  function varint(b, p) {
    var v = 0, shift = 0, byte;
    do {
      byte = b[p.i++];
      v += (byte & 0x7f) * Math.pow(2, shift);
      shift += 7;
    } while (byte >= 0x80);
    return v;
  }

  // A word chunk: sorted words and where each one's postings start.
  async function chunk(k) {
    if (!chunks.has(k)) {
      chunks.set(k, bytes("t/" + k + ".bin").then(function (b) {
        var p = { i: 0 };
        var n = varint(b, p);
        var dec = new TextDecoder();
        var prev = new Uint8Array(0);
        var ws = new Array(n), at = new Array(n);
        for (var j = 0; j < n; j++) {
          var shared = varint(b, p), rest = varint(b, p);
          var cur = new Uint8Array(shared + rest);
          cur.set(prev.subarray(0, shared));
          cur.set(b.subarray(p.i, p.i + rest), shared);
          p.i += rest;
          ws[j] = dec.decode(cur);
          prev = cur;
          var len = varint(b, p);
          at[j] = p.i;
          p.i += len;
        }
        return { bytes: b, words: ws, at: at };
      }));
    }
    return chunks.get(k);
  }

  function postings(c, j) {
    var p = { i: c.at[j] };
    var n = varint(c.bytes, p);
    var docs = new Array(n), weights = new Array(n), doc = 0;
    for (var k = 0; k < n; k++) {
      doc += varint(c.bytes, p);
      docs[k] = doc;
      weights[k] = c.bytes[p.i++];
    }
    return { docs: docs, weights: weights };
  }

  // The chunk that would hold `w`: the last whose first word is not after it.
  function chunkFor(m, w) {
    var best = 0;
    for (var k = 0; k < m.chunks.length; k++) {
      if (m.chunks[k] !== null && m.chunks[k] <= w) best = k;
    }
    return best;
  }

  function lowerBound(arr, w) {
    var lo = 0, hi = arr.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (arr[mid] < w) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  // doc -> score for one query word (a prefix matches every word it starts).
  async function scores(m, term) {
    var out = new Map();
    var ks = [chunkFor(m, term.text)];
    if (term.prefix) {
      var upper = term.text + "\uffff";
      for (var k = ks[0] + 1; k < m.chunks.length; k++) {
        if (m.chunks[k] === null || m.chunks[k] >= upper) break;
        ks.push(k);
      }
      if (ks.length > MAX_PREFIX_CHUNKS) ks = ks.slice(0, 1);
    }
    var loaded = await Promise.all(ks.map(chunk));
    var expansions = 0;
    for (var c of loaded) {
      var j = lowerBound(c.words, term.text);
      for (; j < c.words.length && expansions < MAX_EXPANSIONS; j++) {
        var w = c.words[j];
        var exact = w === term.text;
        if (!exact && !(term.prefix && w.startsWith(term.text))) break;
        expansions++;
        var p = postings(c, j);
        var idf = Math.log(1 + m.docs / p.docs.length);
        var factor = exact ? 1 : 0.8;
        for (var i = 0; i < p.docs.length; i++) {
          var s = idf * Math.log(1 + p.weights[i]) * factor;
          var d = p.docs[i];
          if (!(out.get(d) >= s)) out.set(d, s);
        }
        if (!term.prefix) break;
      }
    }
    return out;
  }

  async function search(q) {
    var m = await meta();
    var terms = words(q, m).filter(function (t) { return !t.prefix || t.text.length > 1; });
    if (!terms.length) return { terms: terms, total: 0, hits: [] };
    var per = await Promise.all(terms.map(function (t) { return scores(m, t); }));
    per.sort(function (a, b) { return a.size - b.size; });
    var hits = [];
    for (var [d, s] of per[0]) {
      var ok = true;
      for (var i = 1; i < per.length && ok; i++) {
        var t = per[i].get(d);
        if (t === undefined) ok = false; else s += t;
      }
      if (ok) hits.push([d, s]);
    }
    // Best first; newer first among equals (documents are numbered oldest first).
    hits.sort(function (a, b) { return b[1] - a[1] || b[0] - a[0]; });
    var top = hits.slice(0, LIMIT);
    var need = new Set(top.map(function (h) { return Math.floor(h[0] / m.docs_per_chunk); }));
    var docs = new Map();
    await Promise.all(Array.from(need).map(async function (c) {
      var b = await bytes("d/" + c + ".bin");
      JSON.parse(new TextDecoder().decode(b)).forEach(function (doc, i) {
        docs.set(c * m.docs_per_chunk + i, doc);
      });
    }));
    return {
      terms: terms,
      total: hits.length,
      hits: top.map(function (h) { return docs.get(h[0]); }),
    };
  }

  // Appends `text` to `el`, marking the words the query matched.
  function highlighted(el, text, terms, m) {
    var parts = text.split(/([\p{Alphabetic}\p{N}]+)/u);
    for (var i = 0; i < parts.length; i++) {
      if (!parts[i]) continue;
      var folded = "";
      for (var ch of parts[i].toLowerCase()) folded += m.fold[ch] || ch;
      var hit = i % 2 === 1 && terms.some(function (t) {
        return t.prefix ? folded.startsWith(t.text) : folded === t.text;
      });
      if (hit) {
        var mark = document.createElement("mark");
        mark.textContent = parts[i];
        el.appendChild(mark);
      } else {
        el.appendChild(document.createTextNode(parts[i]));
      }
    }
  }

  function show(q, r, m) {
    list.textContent = "";
    if (!q.trim()) {
      status.textContent = "";
      return;
    }
    if (!r.terms.length) {
      status.textContent = msg.short;
      return;
    }
    status.textContent = r.total === 0 ? fill(msg.none, { q: q.trim() }) :
      counted(msg.results, r.total, { q: q.trim() }) +
      (r.total > r.hits.length ? " " + fill(msg.more, { n: numbers.format(r.hits.length) }) : "");
    r.hits.forEach(function (doc) {
      var li = document.createElement("li");
      li.className = "card";
      if (doc[5]) {
        // Decorative beside the headline (alt=""); lazy, sized to keep the list from jumping.
        li.className = "card card-has-image";
        var fig = document.createElement("div");
        fig.className = "card-media";
        var img = document.createElement("img");
        img.src = /^https?:/i.test(doc[5]) ? doc[5] : base + doc[5];
        img.alt = "";
        img.loading = "lazy";
        img.decoding = "async";
        var wh = /^(\d+)x(\d+)$/.exec(doc[6] || "");
        if (wh) { img.width = +wh[1]; img.height = +wh[2]; }
        fig.appendChild(img);
        li.appendChild(fig);
      }
      var h = document.createElement("h2");
      h.className = "card-title";
      var a = document.createElement("a");
      a.href = base + doc[0];
      highlighted(a, doc[1], r.terms, m);
      h.appendChild(a);
      li.appendChild(h);
      var meta = document.createElement("p");
      meta.className = "card-meta";
      var time = document.createElement("time");
      time.dateTime = doc[2];
      var day = /^\d{4}-\d{2}-\d{2}$/.test(doc[2]) ? new Date(doc[2] + "T00:00:00Z") : null;
      time.textContent = day && !isNaN(day) ? dates.format(day) : doc[2];
      meta.appendChild(time);
      if (doc[3]) meta.appendChild(document.createTextNode(" · " + doc[3]));
      li.appendChild(meta);
      if (doc[4]) {
        var p = document.createElement("p");
        p.className = "card-summary";
        highlighted(p, doc[4], r.terms, m);
        li.appendChild(p);
      }
      list.appendChild(li);
    });
  }

  async function run(q) {
    var mine = ++runs;
    var started = performance.now();
    try {
      var m = await meta();
      var r = await search(q);
      if (mine !== runs) return; // a newer query is on its way
      show(q, r, m);
      form.setAttribute("data-last-query", q);
      form.setAttribute("data-last-ms", (performance.now() - started).toFixed(1));
    } catch (e) {
      if (mine === runs) status.textContent = fill(msg.unavailable, { e: e.message });
    }
  }

  var timer = 0;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var q = input.value;
      var url = q ? "?q=" + encodeURIComponent(q) : location.pathname;
      history.replaceState(null, "", url);
      run(q);
    }, 60);
  });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    clearTimeout(timer);
    run(input.value);
  });
  var initial = new URLSearchParams(location.search).get("q");
  if (initial) {
    input.value = initial;
    run(initial);
  }
  input.focus();
})();
