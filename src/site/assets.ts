/** The site's own CSS and search client: no external fonts or scripts, so the site works offline. */
import { BUCKETS, CHUNK, STOP_WORDS } from './search.js';
import { CLOUDS } from './clouds.js';

export const CSS = `:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #ffffff; --bg2: #f6f8fa; --accent: #0969da; --warn: #9a6700; --issue: #fff8c5; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --bg: #0d1117; --bg2: #151b23; --accent: #4493f8; --warn: #d29922; --issue: #2f2a1a; } }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
header { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; padding: .7rem 1.5rem; border-bottom: 1px solid var(--line); background: var(--bg2); }
.brand { font-weight: 700; color: var(--fg); text-decoration: none; }
.clouds a { margin-right: .6rem; font-size: .9rem; } .clouds a[aria-current] { font-weight: 700; color: var(--fg); text-decoration: none; }
.crumbs { padding: .5rem 1.5rem; font-size: .9rem; color: var(--muted); }
main { max-width: 1100px; margin: 0 auto; padding: .5rem 1.5rem 3rem; }
main:has(> article) { display: grid; grid-template-columns: minmax(0, 1fr) 260px; gap: 2rem; }
footer { text-align: center; color: var(--muted); font-size: .85rem; padding: 1.5rem; border-top: 1px solid var(--line); }
a { color: var(--accent); } h1 { font-size: 1.8rem; line-height: 1.25; } h2 { margin-top: 2rem; }
code { font-size: .9em; background: var(--bg2); padding: .1em .3em; border-radius: 4px; }
pre { background: var(--bg2); padding: 1rem; border-radius: 6px; overflow-x: auto; }
.lead { color: var(--muted); font-size: 1.05rem; }
.facts { border-left: 1px solid var(--line); padding-left: 1rem; font-size: .9rem; } .facts dt { font-weight: 600; color: var(--muted); } .facts dd { margin: 0 0 .8rem; overflow-wrap: anywhere; }
.issue-description { background: var(--issue); border-left: 4px solid var(--warn); padding: .5rem 1rem; margin: 1rem 0; border-radius: 4px; }
.token { font-style: normal; font-family: ui-monospace, monospace; font-size: .9em; border: 1px dashed var(--warn); border-radius: 4px; padding: 0 .25em; }
.token::before { content: "["; } .token::after { content: "]"; }
.blade { border-bottom: 1px dotted var(--accent); cursor: help; } .blade-name { color: var(--muted); font-size: .85em; }
.form-preview fieldset { border: 1px solid var(--line); border-radius: 6px; margin: .6rem 0; padding: .5rem .8rem; }
.form-preview legend { font-weight: 600; } .form-preview select, .form-preview input, .form-preview textarea { width: 100%; max-width: 32rem; font: inherit; }
.form-preview .note, .visibility, .required { color: var(--muted); font-size: .85rem; }
table { border-collapse: collapse; } th, td { border-bottom: 1px solid var(--line); padding: .35rem .6rem; text-align: left; vertical-align: top; }
ul.articles { list-style: none; padding: 0; } ul.articles li { padding: .5rem 0; border-bottom: 1px solid var(--line); } ul.articles p { margin: .2rem 0 0; color: var(--muted); font-size: .9rem; }
ul.groups { list-style: none; padding: 0; columns: 2 14rem; } .count { color: var(--muted); font-size: .85rem; }
.columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1.5rem; }
.search input { width: 100%; font: inherit; font-size: 1.1rem; padding: .6rem .8rem; border: 1px solid var(--line); border-radius: 8px; background: var(--bg); color: var(--fg); }
#results { padding-left: 1.2rem; } #results li { margin: .7rem 0; } #results .meta { color: var(--muted); font-size: .85rem; }
#results .snippet { margin: .15rem 0 0; font-size: .92rem; } mark { background: var(--issue); color: inherit; font-weight: 600; }
.filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; margin: .6rem 0; font-size: .9rem; } .filters select { font: inherit; max-width: 16rem; }
#status { color: var(--muted); font-size: .9rem; min-height: 1.4em; margin: .3rem 0; }
.pager { margin: .8rem 0; } .pager a, .pager span { margin-right: .5rem; } .pager [aria-current] { font-weight: 700; }
.dead-link { border-bottom: 1px dashed var(--muted); }
.insight { border: 1px solid var(--line); border-left: 4px solid var(--accent); border-radius: 4px; padding: .2rem 1rem; margin: 1rem 0; }
.metric, .video, .web-results { padding: .4rem .8rem; background: var(--bg2); border-radius: 4px; }
article img { max-width: 100%; height: auto; }
article table { display: block; max-width: 100%; overflow-x: auto; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
figure { margin: 1.5rem 0; } figcaption { font-weight: 600; margin-bottom: .4rem; }
.chart .label, .chart .value { font-size: 13px; fill: var(--fg); } .chart .bar { fill: var(--accent); }
.lint-panel { grid-column: 1 / -1; border: 1px solid var(--warn); border-radius: 8px; padding: .2rem 1rem; background: var(--bg2); font-size: .9rem; } .lint-panel h2 { font-size: 1rem; margin: .6rem 0; } .lint-panel .error code { color: #cf222e; }
@media (max-width: 760px) { main, main:has(> article) { grid-template-columns: minmax(0, 1fr); } .facts { border-left: 0; padding-left: 0; border-top: 1px solid var(--line); } }
`;

/**
 * The search client. For a query it loads, as scripts (which works from a static server and from file://
 * alike), the term file of each word's bucket in each large group (a small group's one term file comes with
 * the facets, as the page opens), scores the articles (BM25: the weights stored, times an idf from the
 * postings loaded; the last word matches as a prefix), keeps those with every word (or, when none has them
 * all, those with some), applies the filters, then loads the 20 best articles' files of titles and snippets
 * and shows each result as soon as it and those above it have come. The query and filters live in the URL.
 */
export const SEARCH_JS = `(function () {
  var form = document.querySelector('form.search');
  var input = document.getElementById('q');
  var list = document.getElementById('results');
  var status = document.getElementById('status');
  if (!form || !input || !list || !status) return;
  var BUCKETS = ${BUCKETS};
  var CHUNK = ${CHUNK};
  var STOP = {};
  ${JSON.stringify(STOP_WORDS)}.forEach(function (w) { STOP[w] = 1; });
  var CLOUDS = ${JSON.stringify(CLOUDS)};
  var SHOWN = 20;
  var groups = (form.getAttribute('data-groups') || '').split(' ').filter(Boolean);
  var whole = {};
  (form.getAttribute('data-whole') || '').split(' ').filter(Boolean).forEach(function (g) { whole[g] = 1; });
  var filters = ['service', 'type', 'cloud'].map(function (n) { return form.elements[n]; }).filter(Boolean);
  var promises = {};
  var waiting = {};
  function load(key, src) {
    if (!promises[key]) {
      promises[key] = new Promise(function (resolve, reject) {
        waiting[key] = resolve;
        var s = document.createElement('script');
        s.src = src;
        s.onerror = function () { delete promises[key]; reject(new Error('cannot load ' + src)); };
        document.head.appendChild(s);
      });
    }
    return promises[key];
  }
  function arrive(key, data) { var r = waiting[key]; delete waiting[key]; if (r) r(data); }
  window.selfhelpTerms = function (g, b, data) { arrive('t:' + g + ':' + b, data); };
  window.selfhelpDocs2 = function (id, data) { arrive('f:' + id, data); };
  function fnv1a(s) {
    var h = 0x811c9dc5;
    for (var i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); }
    return h >>> 0;
  }
  function words(text) {
    return text.toLowerCase().split(/[^\\p{L}\\p{N}]+/u).filter(function (w) { return w && w.length <= 40 && !STOP[w]; });
  }
  function bucketOf(term) { return fnv1a(term.slice(0, 3)) % BUCKETS; }
  // a group's terms of a bucket: its term file of that bucket, or a small group's one term file
  function terms(g, b) {
    return whole[g] ? load('t:' + g + ':-1', 'search/' + g + '/t.js') : load('t:' + g + ':' + b, 'search/' + g + '/t' + b + '.js');
  }
  function escapeRe(s) { return s.replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&'); }

  // the facets of every article of the bundle: one small file, loaded as the page opens
  var facetsLoaded = null;
  function facets() {
    if (!facetsLoaded && !groups.length) facetsLoaded = Promise.resolve();
    if (!facetsLoaded) {
      groups.forEach(function (g) { promises['d:' + g] = new Promise(function (resolve) { waiting['d:' + g] = resolve; }); });
      facetsLoaded = load('facets', 'search/facets.js');
      groups.forEach(function (g) { if (whole[g]) terms(g, -1).catch(function () {}); });
      window.selfhelpDocs = function (g, data) { arrive('d:' + g, data); if (!Object.keys(waiting).some(function (k) { return k.lastIndexOf('d:', 0) === 0; })) arrive('facets'); };
    }
    return facetsLoaded;
  }
  var seq = 0;
  function run(push) {
    var q = input.value.trim();
    var chosen = {};
    filters.forEach(function (f) { if (f.value) chosen[f.name] = f.value; });
    var params = new URLSearchParams();
    if (q) params.set('q', q);
    Object.keys(chosen).forEach(function (k) { params.set(k, chosen[k]); });
    var url = location.pathname + (params.toString() ? '?' + params.toString() : '');
    if (url !== location.pathname + location.search) history[push ? 'pushState' : 'replaceState'](null, '', url);
    var query = words(q);
    var mine = ++seq;
    if (!query.length) { list.textContent = ''; status.textContent = q ? 'Type a word to search for.' : ''; return Promise.resolve(); }
    form.setAttribute('aria-busy', 'true');
    var slow = setTimeout(function () { if (mine === seq) status.textContent = 'Loading the search index…'; }, 80);
    var buckets = [];
    query.forEach(function (t) { var b = bucketOf(t); if (buckets.indexOf(b) < 0) buckets.push(b); });
    var docs = facets().then(function () { return Promise.all(groups.map(function (g) { return promises['d:' + g]; })); });
    var tables = Promise.all(groups.map(function (g) {
      return Promise.all(buckets.map(function (b) { return terms(g, b); }));
    }));
    return Promise.all([docs, tables]).then(function (got) {
      if (mine !== seq) return;
      var ranked = rank(query, buckets, got[0], got[1], chosen);
      var view = results(q, query, ranked);
      if (!ranked.hits.length) { clearTimeout(slow); return; }
      // every result's file is asked for at once; each is shown once those above it are
      var frags = ranked.hits.slice(0, SHOWN).map(function (h) {
        var id = groups[h.g] + '/d' + Math.floor(h.d / CHUNK);
        return load('f:' + id, 'search/' + id + '.js').then(function (chunk) { return chunk[h.d % CHUNK]; });
      });
      return frags.reduce(function (shown, frag) {
        return shown.then(function () { return frag; }).then(function (f) {
          if (mine !== seq) return;
          clearTimeout(slow);
          view(f);
        });
      }, Promise.resolve());
    }).catch(function (e) {
      clearTimeout(slow);
      if (mine === seq) status.textContent = 'Search is not available: ' + e.message;
    }).then(function () { if (mine === seq) form.removeAttribute('aria-busy'); });
  }

  function rank(query, buckets, docs, tables, chosen) {
    var n = 0;
    docs.forEach(function (d) { n += d.docs.length; });
    var scores = new Map();
    var count = new Map();
    var last = query.length - 1;
    query.forEach(function (t, i) {
      var b = buckets.indexOf(bucketOf(t));
      var prefix = i === last && t.length >= 3;
      var found = [];
      var df = {};
      groups.forEach(function (g, gi) {
        var table = tables[gi][b];
        if (!prefix) { if (table[t]) found.push([gi, t, table[t]]); }
        else for (var term in table) if (term.lastIndexOf(t, 0) === 0) found.push([gi, term, table[term]]);
      });
      found.forEach(function (f) { df[f[1]] = (df[f[1]] || 0) + f[2].length / 2; });
      var best = new Map();
      found.forEach(function (f) {
        var idf = Math.log(1 + (n - df[f[1]] + 0.5) / (df[f[1]] + 0.5)) * (f[1] === t ? 1 : 0.7);
        var p = f[2];
        for (var k = 0; k < p.length; k += 2) {
          var key = f[0] * 1048576 + p[k];
          var s = p[k + 1] * idf;
          if (!(best.get(key) >= s)) best.set(key, s);
        }
      });
      best.forEach(function (s, key) { scores.set(key, (scores.get(key) || 0) + s); count.set(key, (count.get(key) || 0) + 1); });
    });
    var mask = chosen.cloud ? 1 << CLOUDS.indexOf(chosen.cloud) : 0;
    var hits = [];
    var some = [];
    scores.forEach(function (s, key) {
      var g = Math.floor(key / 1048576), d = key % 1048576;
      var facet = docs[g].docs[d];
      if (chosen.service && docs[g].services[facet[0]] !== chosen.service) return;
      if (chosen.type && docs[g].types[facet[1]] !== chosen.type) return;
      if (mask && !(facet[2] & mask)) return;
      (count.get(key) === query.length ? hits : some).push({ g: g, d: d, s: s, m: count.get(key) });
    });
    var partial = !hits.length && some.length > 0;
    if (partial) hits = some;
    hits.sort(function (a, b) { return b.m - a.m || b.s - a.s || a.g - b.g || a.d - b.d; });
    return { hits: hits, partial: partial };
  }

  function snippet(p, text, re) {
    p.textContent = '';
    var m = re.exec(text);
    var start = m ? Math.max(0, m.index - 70) : 0;
    if (start > 0) { var sp = text.indexOf(' ', start); if (sp > 0 && sp < m.index) start = sp + 1; }
    var part = (start > 0 ? '… ' : '') + text.slice(start, start + 220) + (text.length > start + 220 ? ' …' : '');
    var all = new RegExp(re.source, 'giu');
    var at = 0;
    part.replace(all, function (whole, before, hit, offset) {
      var from = offset + before.length;
      p.appendChild(document.createTextNode(part.slice(at, from)));
      var mark = document.createElement('mark');
      mark.textContent = hit;
      p.appendChild(mark);
      at = from + hit.length;
      return whole;
    });
    p.appendChild(document.createTextNode(part.slice(at)));
  }

  // the results of a search: says how many there are, and returns the function that shows each in turn (the
  // list of the previous search stays until the first comes); results with the same title also show their path
  function results(q, query, ranked) {
    var total = ranked.hits.length;
    if (!total) {
      list.textContent = '';
      status.textContent = 'No results for “' + q + '”' + (filters.some(function (f) { return f.value; }) ? ' with these filters.' : '.');
      return null;
    }
    var summary = total + ' result' + (total === 1 ? '' : 's') + (ranked.partial ? ' with some of the words' : '') + (total > SHOWN ? ' (the first ' + SHOWN + ' shown)' : '') + '.';
    var titles = {};
    var re = new RegExp('(^|[^\\\\p{L}\\\\p{N}])(' + query.map(escapeRe).join('|') + ')', 'iu');
    var first = true;
    return function (f) {
      if (first) { list.textContent = ''; status.textContent = summary; first = false; }
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = f.p;
      a.textContent = f.t;
      li.appendChild(a);
      var meta = document.createElement('div');
      meta.className = 'meta';
      var facts = [f.s + (f.i ? ' (from its folder)' : ''), f.y, f.c.join(', ') || 'no cloud'];
      var same = titles[f.t] || (titles[f.t] = []);
      same.push({ meta: meta, facts: facts, path: f.p.replace(/^articles\\//, '').replace(/\\.html$/, '') });
      same.forEach(function (e) { e.meta.textContent = (same.length > 1 ? e.facts.concat(e.path) : e.facts).join(' · '); });
      li.appendChild(meta);
      var p = document.createElement('p');
      p.className = 'snippet';
      var text = re.test(f.x) ? f.x : re.test(f.d) ? f.d : f.d || f.x;
      snippet(p, text, re);
      li.appendChild(p);
      list.appendChild(li);
    };
  }

  function fromUrl() {
    var params = new URLSearchParams(location.search);
    input.value = params.get('q') || '';
    filters.forEach(function (f) { f.value = params.get(f.name) || ''; });
    return run(false);
  }
  form.addEventListener('submit', function (e) { e.preventDefault(); run(true); });
  input.addEventListener('input', function () { run(false); });
  filters.forEach(function (f) { f.addEventListener('change', function () { run(true); }); });
  window.addEventListener('popstate', fromUrl);
  input.addEventListener('focus', facets);
  if (location.search) fromUrl();
  else if (window.requestIdleCallback) requestIdleCallback(facets);
  else setTimeout(facets, 200);
})();
`;
