import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  CLOUDS,
  findingJson,
  mediaPath,
  sovereignLinks
} from "./chunk-5OCK4BYQ.js";
import {
  escapeHtml
} from "./chunk-MBYRZZPM.js";
import {
  checkOutputFolder,
  writeAtomically
} from "./chunk-ZUP4AJ5X.js";
import {
  mark
} from "./chunk-PEF5I3VR.js";
import {
  BUCKETS,
  CHUNK,
  STOP_WORDS,
  facetsScript,
  fnv1a,
  groupFiles,
  groupScripts,
  indexShards,
  isWhole,
  planShards
} from "./chunk-YPQFV2IN.js";

// build/src/site/index.js
import path2 from "node:path";

// build/src/site/site.js
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

// build/src/site/links.js
import { statSync } from "node:fs";
import path from "node:path";
var MISSING_ARTICLE_RULE = "build/link-to-missing-article";
var MISSING_MEDIA_RULE = "build/missing-media";
function withServices(records) {
  const byFolder = /* @__PURE__ */ new Map();
  for (const r of records) {
    if (!r.service)
      continue;
    const folder = path.posix.dirname(r.file);
    const counts = byFolder.get(folder) ?? /* @__PURE__ */ new Map();
    counts.set(r.service, (counts.get(r.service) ?? 0) + 1);
    byFolder.set(folder, counts);
  }
  return records.map((r) => {
    if (r.service)
      return r;
    const folder = path.posix.dirname(r.file);
    const counts = [...byFolder.get(folder) ?? []].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const name = path.posix.basename(folder);
    const service = counts[0]?.[0] ?? (folder === "." || name === "articles" ? "" : name.toLowerCase());
    if (!service)
      return r;
    const copy = INFERRED.get(r);
    if (copy?.service === service)
      return copy;
    const made = { ...r, service, inferredService: true };
    INFERRED.set(r, made);
    return made;
  });
}
var INFERRED = /* @__PURE__ */ new WeakMap();
function checkLocalLinks(records, options) {
  const files = new Set(records.map((r) => r.file));
  const cwd = options.cwd ?? process.cwd();
  const out = { dead: /* @__PURE__ */ new Map(), media: /* @__PURE__ */ new Map(), mediaOf: /* @__PURE__ */ new Map() };
  const sources = /* @__PURE__ */ new Map();
  const problem = (r, line, column, ruleId, message) => options.problems?.push({ file: r.file, line, column, severity: "warning", ruleId, message });
  for (const r of records) {
    for (const [line, column, target, n, kind] of r.links ?? []) {
      if (kind === "article") {
        if (files.has(target))
          continue;
        problem(r, line, column, MISSING_ARTICLE_RULE, `Links to \`${target}\`, which is not an article of the site; shown as text`);
        (out.dead.get(r) ?? out.dead.set(r, []).get(r)).push(n);
        continue;
      }
      const rel = mediaPath(target);
      const full = path.resolve(cwd, target);
      const s = statSync(full, { throwIfNoEntry: false });
      const other = sources.get(rel);
      if (!s?.isFile() || other !== void 0 && other !== target) {
        const why = s?.isFile() ? `its place in the site is taken by \`${other}\`` : "there is no such file";
        problem(r, line, column, MISSING_MEDIA_RULE, `Shows \`${target}\`, but ${why}; shown as text`);
        (out.dead.get(r) ?? out.dead.set(r, []).get(r)).push(n);
        continue;
      }
      sources.set(rel, target);
      out.media.set(rel, { full, size: s.size, mtimeMs: s.mtimeMs });
      const list = out.mediaOf.get(r) ?? out.mediaOf.set(r, []).get(r);
      if (!list.includes(rel))
        list.push(rel);
    }
  }
  return out;
}
function withDeadLinks(html, dead) {
  let out = html;
  for (const n of dead) {
    const cls = `link-${n}"`;
    out = out.replace(new RegExp(`<a [^>]*class="(?:article-link )?${cls}[^>]*>([\\s\\S]*?)</a>`), '<span class="dead-link" title="Not in this site">$1</span>').replace(new RegExp(`<img [^>]*class="${cls}[^>]*>`), (img) => `<span class="dead-link">[image${/alt="([^"]+)"/.exec(img) ? `: ${/alt="([^"]+)"/.exec(img)[1]}` : ""}]</span>`);
  }
  return out;
}

// build/src/site/assets.js
var CSS = `:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #ffffff; --bg2: #f6f8fa; --accent: #0969da; --warn: #9a6700; --issue: #fff8c5; }
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
var SEARCH_JS = `(function () {
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
    var slow = setTimeout(function () { if (mine === seq) status.textContent = 'Loading the search index\u2026'; }, 80);
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
    var part = (start > 0 ? '\u2026 ' : '') + text.slice(start, start + 220) + (text.length > start + 220 ? ' \u2026' : '');
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
      status.textContent = 'No results for \u201C' + q + '\u201D' + (filters.some(function (f) { return f.value; }) ? ' with these filters.' : '.');
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
      same.forEach(function (e) { e.meta.textContent = (same.length > 1 ? e.facts.concat(e.path) : e.facts).join(' \xB7 '); });
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

// build/src/site/site.js
var CLOUD_NAMES = {
  public: "Public",
  fairfax: "Azure Government (Fairfax)",
  mooncake: "Azure China (Mooncake)",
  usnat: "USNat",
  ussec: "USSec",
  blackforest: "Azure Germany (Black Forest)"
};
function slug(key) {
  const s = key.toLowerCase().replace(/[^a-z0-9.-]/gu, (c) => `_${c.codePointAt(0).toString(16)}_`).replace(/^\./, "_2e_");
  return s || "_";
}
function lazy(make) {
  let value;
  return () => (value ??= { v: make() }).v;
}
var inThread = async (jobs) => indexShards(jobs);
async function writeSite(all, loadBodies, options, emitter, indexShards2 = inThread) {
  const records = withServices(all.filter((r) => r.ok).sort((a, b) => a.file < b.file ? -1 : 1));
  const local = checkLocalLinks(records, options);
  mark("  local links checked");
  const findings = options.cloudLinks ?? sovereignLinks(records).byCloud;
  const names = topicNames(records);
  const extra = { local, findings, names };
  const shards = planShards(records);
  mark("  search groups planned");
  const todo = emitter.deferred ? [] : shards.filter((s) => groupFiles(s).some((f) => !emitter.reusable(`search/${s.name}/${f}`, groupKey(s, f))));
  const keys = records.map((r) => pageKey(r, names, local.dead.get(r)));
  const pages2 = emitter.deferred ? records : records.filter((r, i) => !emitter.reusable(r.page, keys[i]));
  mark("  reuse checked");
  const bodies = await loadBodies([.../* @__PURE__ */ new Set([...pages2, ...todo.flatMap((s) => s.records)])]);
  const body = (r) => {
    const b = bodies.get(r.file);
    if (!b)
      throw new Error(`no rendered body for ${r.file}: its page changed during the build`);
    return b;
  };
  const docsOf = (s) => s.records.map((r) => ({
    title: r.title,
    description: r.description,
    text: body(r).text,
    path: r.page,
    service: r.service || "unknown",
    type: r.typeName || "unknown",
    clouds: r.clouds
  }));
  const indexing = indexShards2(todo.map((s) => ({ name: s.name, docs: docsOf(s) })));
  indexing.catch(() => {
  });
  const breathe = () => new Promise((resolve) => setImmediate(resolve));
  for (const [rel, content] of ASSETS)
    emitter.file(rel, content);
  for (const [i, r] of records.entries()) {
    const dead = local.dead.get(r);
    emitter.file(r.page, () => articlePage(r, dead ? withDeadLinks(body(r).html, dead) : body(r).html, names), keys[i]);
    if ((i + 1) % 256 === 0)
      await breathe();
  }
  for (const [rel, source] of local.media)
    emitter.file(rel, () => readFileSync(source.full), `media\0${source.size}\0${source.mtimeMs}`);
  mark("  pages");
  const bundles = [{ prefix: "", shards }];
  const entryOf = (r) => {
    let e = ENTRIES.get(r);
    if (!e)
      ENTRIES.set(r, e = manifestEntry(r));
    return e;
  };
  const shownOf = (r) => r.inferredService ? `${r.listed}\0${r.service}\0` : r.listed;
  const memo = (name, inputs2, emit) => emitter.memo ? emitter.memo(name, inputs2(), emit) : emit();
  const common = lazy(() => JSON.stringify([
    options.baseUrl,
    options.bundleUrls,
    options.duplicatesReport,
    [...names],
    [...findings].map(([c, list]) => [c, list.length])
  ]));
  const inputs = {
    shown: lazy(() => records.map(shownOf)),
    media: lazy(() => records.map((r) => local.mediaOf.get(r)?.join("\0"))),
    sources: lazy(() => digestOf(records.map((r) => `${r.file}\0${r.hash}`))),
    // a finding is made of its article's path, page and clouds and of the link (see sovereignLinks): an edit that
    // moves no such link leaves the lists as they were
    linked: lazy(() => digestOf(records.filter((r) => r.publicLinks.length).map((r) => `${r.file}\0${r.page}\0${r.clouds.join(",")}\0${JSON.stringify(r.publicLinks)}`)))
  };
  const context = { emitter, options, entryOf, extra, memo, inputs, common };
  const groups = lazy(() => ({
    byService: group(records, (r) => [r.service || "unknown"]),
    byType: group(records, (r) => [r.typeName || "unknown"]),
    byTopic: group(records, (r) => r.supportTopicIds)
  }));
  const byPage = lazy(() => [...records].sort((a, b) => a.page < b.page ? -1 : 1));
  bundle(context, { prefix: "", records, groups, shards, label: "All clouds", byPage });
  const clouds = new Map(CLOUDS.map((c, i) => [c, i]));
  const split = (rs) => {
    const out = CLOUDS.map(() => []);
    for (const r of rs)
      for (const c of r.clouds) {
        const i = clouds.get(c);
        if (i !== void 0)
          out[i].push(r);
      }
    return out;
  };
  const splitGroups = (m) => {
    const out = CLOUDS.map(() => /* @__PURE__ */ new Map());
    for (const [k, list] of m)
      split(list).forEach((part, i) => part.length && out[i].set(k, part));
    return out;
  };
  const recordsOf = split(records);
  const pagesOf = lazy(() => split(byPage()));
  const groupsOf = lazy(() => {
    const [services, types, topics] = [groups().byService, groups().byType, groups().byTopic].map(splitGroups);
    return CLOUDS.map((_, i) => ({ byService: services[i], byType: types[i], byTopic: topics[i] }));
  });
  for (const [i, cloud] of CLOUDS.entries()) {
    const own = shards.filter((s) => s.clouds.includes(cloud));
    bundles.push({ prefix: `${cloud}/`, shards: own });
    await breathe();
    bundle(context, {
      prefix: `${cloud}/`,
      records: recordsOf[i],
      groups: () => groupsOf()[i],
      shards: own,
      label: CLOUD_NAMES[cloud],
      cloud,
      byPage: () => pagesOf()[i]
    });
  }
  mark("  bundles");
  const made = await indexing;
  const scripts = new Map(todo.map((s, i) => [s.name, made[i]]));
  for (const s of shards) {
    let files;
    const made2 = () => files ??= scripts.has(s.name) ? JSON.parse(scripts.get(s.name)) : groupScripts(s.name, docsOf(s));
    groupFiles(s).forEach((f, i) => emitter.file(`search/${s.name}/${f}`, () => made2()[i], groupKey(s, f)));
  }
  const facets = /* @__PURE__ */ new Map();
  const facetsOf = (s) => {
    let script = facets.get(s.name);
    if (script === void 0) {
      const docs = s.records.map((r) => ({
        service: r.service || "unknown",
        type: r.typeName || "unknown",
        clouds: r.clouds
      }));
      facets.set(s.name, script = facetsScript(s.name, docs));
    }
    return script;
  };
  for (const b of bundles)
    memo(`${b.prefix}\0facets`, () => [b.shards.map((s) => s.name).join(" "), inputs.shown()], () => emitter.file(`${b.prefix}search/facets.js`, b.shards.map(facetsOf).join("")));
  for (const b of bundles) {
    if (!b.prefix)
      continue;
    memo(`${b.prefix}\0search-links`, () => b.shards.flatMap((s) => [s.name, ...groupFiles(s)]), () => {
      for (const s of b.shards)
        for (const f of groupFiles(s))
          emitter.link(`${b.prefix}search/${s.name}/${f}`, `search/${s.name}/${f}`);
    });
  }
  mark("  search shards");
}
var ASSETS = [
  ["assets/site.css", () => CSS],
  ["assets/search.js", () => SEARCH_JS]
];
function layout(depth, title, crumbs, body, bundleInfo) {
  const up = "../".repeat(depth);
  const crumbLabel = bundleInfo ? bundleInfo.label : "Home";
  const nav = [[`${up}index.html`, crumbLabel], ...crumbs].map(([href, text], i, a) => i === a.length - 1 && crumbs.length ? escapeHtml(text) : `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`).join(' <span aria-hidden="true">\u203A</span> ');
  let switcher = "";
  let footer = "Built by selfhelp.";
  if (bundleInfo) {
    const { prefix, cloud, count } = bundleInfo;
    if (prefix) {
      const others = CLOUDS.filter((c) => c !== cloud && bundleInfo.urls?.[c]);
      const links = others.map((c) => `<a href="${escapeHtml(bundleInfo.urls[c])}">${escapeHtml(c)}</a>`).join(" ");
      switcher = `<nav class="clouds" aria-label="Cloud"><span aria-current="page">${escapeHtml(cloud ?? "")}</span>${links ? ` ${links}` : ""}</nav>`;
    } else {
      const clouds = CLOUDS.map((c) => `<a href="${up}${c}/index.html">${escapeHtml(c)}</a>`).join(" ");
      switcher = `<nav class="clouds" aria-label="Cloud"><a href="${up}index.html" aria-current="page">all</a> ${clouds}</nav>`;
    }
    footer = `Built by selfhelp from ${count} articles${cloud ? ` published to ${escapeHtml(CLOUD_NAMES[cloud])}` : ""}.`;
  }
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${up}assets/site.css">
</head>
<body>
<header><a class="brand" href="${up}index.html">Self-help</a>${switcher}</header>
<nav class="crumbs" aria-label="Breadcrumb">${nav}</nav>
<main>
${body}
</main>
<footer>${footer}</footer>
</body>
</html>
`;
}
var groupKey = (s, file) => {
  const i = /^d(\d+)\.js$/.exec(file);
  const rs = i ? s.records.slice(Number(i[1]) * CHUNK, (Number(i[1]) + 1) * CHUNK) : [];
  return rs.length ? `docs\0${s.name}\0${file}\0${rs.map((r) => `${r.hash}\0${r.service}`).join("\0")}` : `${s.key}\0${file}`;
};
var pageKey = (r, names, dead) => `page\0${r.hash}\0${r.inferredService ? r.service : ""}\0${dead?.join(",") ?? ""}\0${r.supportTopicIds.map((t) => names.get(t) ?? "").join("\0")}`;
function articlePage(r, html, names) {
  const page = r.page;
  const depth = page.split("/").length - 1;
  const up = "../".repeat(depth);
  const crumbs = [
    [`${up}services/${slug(r.service || "unknown")}.html`, r.service || "unknown"],
    ["", r.title]
  ];
  const facts = [
    [
      "Service",
      `<a href="${up}services/${slug(r.service || "unknown")}.html">${escapeHtml(r.service || "unknown")}</a>${r.inferredService ? " <small>(from its folder: the article names no service)</small>" : ""}`
    ],
    ["Type", `<a href="${up}types/${slug(r.typeName || "unknown")}.html">${escapeHtml(r.typeName || "unknown")}</a>`],
    [
      "Support topics",
      r.supportTopicIds.map((t) => `<a href="${up}${topicPage(t)}#topic-${slug(t)}">${escapeHtml(names.has(t) ? `${names.get(t)} (${t})` : t)}</a>`).join(", ") || "\u2014"
    ],
    ["Clouds", escapeHtml(r.clouds.join(", ") || "\u2014")],
    ["Article id", `<code>${escapeHtml(r.articleId)}</code>`]
  ];
  return layout(depth, r.title, crumbs, `<article>${html}</article>
<aside class="facts"><dl>${facts.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join("")}</dl></aside>`);
}
function topicNames(records) {
  const names = /* @__PURE__ */ new Map();
  for (const r of records)
    for (const [id, name] of r.topicNames ?? [])
      if (!names.has(id))
        names.set(id, name);
  return names;
}
var TOPIC_PAGES = 32;
var topicPage = (id) => `topics/${fnv1a(id) % TOPIC_PAGES}.html`;
var PER_PAGE = 400;
var pageName = (base, n) => n ? `${base}_p${n + 1}.html` : `${base}.html`;
function pages(list) {
  const out = [];
  for (let i = 0; i < list.length; i += PER_PAGE)
    out.push(list.slice(i, i + PER_PAGE));
  return out.length ? out : [[]];
}
function pager(base, count, current) {
  if (count < 2)
    return "";
  const links = Array.from({ length: count }, (_, i) => i === current ? `<span aria-current="page">${i + 1}</span>` : `<a href="${pageName(base, i)}">${i + 1}</a>`);
  return `<nav class="pager" aria-label="Pages">Page ${links.join(" ")}</nav>`;
}
function bundle(c, b) {
  const { emitter, options, entryOf, memo } = c;
  const { prefix, records, shards, label, cloud } = b;
  const { local, findings } = c.extra;
  const written = [];
  const info = { prefix, label, cloud, count: records.length, urls: bundleUrls(options) };
  const infoKey = JSON.stringify(info);
  const put = (p, make, inputs) => {
    emitter.file(p, inputs === void 0 ? make() : make, inputs === void 0 ? void 0 : createHash("sha1").update(`${p}\0${infoKey}\0${inputs}`).digest("hex"));
    written.push(p);
  };
  if (prefix)
    memo(`${prefix}\0links`, () => [c.inputs.shown(), c.inputs.media()], () => {
      for (const [rel] of ASSETS)
        emitter.link(prefix + rel, rel);
      const media = /* @__PURE__ */ new Set();
      for (const r of records) {
        emitter.link(prefix + r.page, r.page);
        for (const m of local.mediaOf.get(r) ?? []) {
          if (media.has(m))
            continue;
          media.add(m);
          emitter.link(prefix + m, m);
        }
      }
    });
  put(`${prefix}manifest.json`, () => manifestOf(cloud ?? "all", records, entryOf), c.inputs.sources());
  const own = cloud ? findings.get(cloud) : void 0;
  if (own) {
    const inputs = c.inputs.linked();
    put(`${prefix}reports/cloud-links.json`, () => `{
"cloud": ${JSON.stringify(cloud)},
"count": ${own.length},
"links": [
${own.map(findingJson).join(",\n")}
]}
`, inputs);
  }
  memo(`${prefix}\0listings`, () => [
    infoKey,
    c.common(),
    // the whole site's sitemap lists the lint report's pages (a cloud's bundle has none)
    prefix ? "" : lintPageNames(options.lint).join(" "),
    shards.map((s) => s.name).join(" "),
    c.inputs.shown()
  ], () => listings(c, b, info, put, written));
  if (!prefix)
    memo("\0lint-report", () => [infoKey, c.common(), JSON.stringify(options.lint ?? null), c.inputs.shown()], () => lintReports(c, b, info, put));
}
function lintPageNames(lint) {
  return Object.entries(lint?.byRuleFile ?? {}).flatMap(([rule, perFile]) => pages(Object.keys(perFile)).map((_, n) => `reports/rules/${pageName(slug(rule), n)}`));
}
function lintReports(c, b, info, put) {
  const { options } = c;
  const { findings } = c.extra;
  const { records } = b;
  put("reports/index.html", () => layout(1, "Reports", [["", "Reports"]], reports(options, findings), info));
  const byRuleFile = options.lint?.byRuleFile;
  const recordOf = new Map(records.map((r) => [r.file, r]));
  for (const [rule, perFile] of Object.entries(byRuleFile ?? {})) {
    const rows = Object.entries(perFile).sort((a, b2) => b2[1] - a[1] || (a[0] < b2[0] ? -1 : 1));
    const parts = pages(rows);
    parts.forEach((part, n) => {
      const nav = pager(slug(rule), parts.length, n);
      const item = ([file, count]) => {
        const r = recordOf.get(file);
        return `<li>${r ? `<a href="../../${r.page}">${escapeHtml(r.title)}</a> <small>${escapeHtml(file)}</small>` : escapeHtml(file)} <span class="count">${count}</span></li>`;
      };
      const shownRows = part.map(([file, count]) => {
        const r = recordOf.get(file);
        return `${file}\0${count}\0${r ? `${r.page}\0${r.title}` : ""}`;
      });
      put(`reports/rules/${pageName(slug(rule), n)}`, () => layout(2, `Problems: ${rule}`, [
        ["../index.html", "Reports"],
        ["", rule]
      ], `<h1>Problems of <code>${escapeHtml(rule)}</code>, by article</h1>${nav}<ul>${part.map(item).join("")}</ul>${nav}`, info), `${rule}\0${n}\0${parts.length}\0${shownRows.join("\n")}`);
    });
  }
}
function listings(c, b, info, put, written) {
  const { emitter, options } = c;
  const { prefix, records, shards, label, cloud } = b;
  const { byService, byType, byTopic } = b.groups();
  const { findings, names } = c.extra;
  const shown = (rs) => rs.map((r) => r.listed).join("");
  const allShown = shown(records);
  const link = (depth, r) => `<a href="${"../".repeat(depth)}${r.page}">${escapeHtml(r.title)}</a>`;
  const list = (depth, rs) => `<ul class="articles">${rs.map((r) => `<li>${link(depth, r)}${r.description ? `<p>${escapeHtml(r.description)}</p>` : ""}</li>`).join("")}</ul>`;
  const listing = (dir, groups, what) => {
    for (const [key, all] of groups) {
      const parts = pages(all);
      parts.forEach((rs, n) => {
        const body = () => {
          const nav = pager(slug(key), parts.length, n);
          return `<h1>${escapeHtml(what)}: ${escapeHtml(key)}</h1><p>${all.length} article${all.length === 1 ? "" : "s"}</p>${nav}${list(1, rs)}${nav}`;
        };
        put(`${prefix}${dir}/${pageName(slug(key), n)}`, () => layout(1, `${what}: ${key}`, [
          [`${dir}.html`, `By ${what.toLowerCase()}`],
          ["", key]
        ], body(), info), `${key}\0${n}\0${parts.length}\0${all.length}\0${shown(rs)}`);
      });
    }
    put(`${prefix}${dir}.html`, () => layout(0, `By ${what.toLowerCase()}`, [["", `By ${what.toLowerCase()}`]], `<h1>By ${escapeHtml(what.toLowerCase())}</h1><ul class="groups">${[...groups].map(([k, rs]) => `<li><a href="${dir}/${slug(k)}.html">${escapeHtml(k)}</a> <span class="count">${rs.length}</span></li>`).join("")}</ul>`, info));
  };
  listing("services", byService, "Service");
  listing("types", byType, "Type");
  const topicName = (t) => names.has(t) ? `${names.get(t)} (${t})` : t;
  const byPageOfTopic = /* @__PURE__ */ new Map();
  for (const entry of byTopic) {
    const p = topicPage(entry[0]);
    (byPageOfTopic.get(p) ?? byPageOfTopic.set(p, []).get(p)).push(entry);
  }
  const titles = (rs) => `<ul>${rs.map((r) => `<li>${link(1, r)}</li>`).join("")}</ul>`;
  for (const [p, entries] of [...byPageOfTopic].sort(([a], [b2]) => a < b2 ? -1 : 1)) {
    const body = () => `<h1>Support topics, page ${escapeHtml(p.replace(/\D/g, ""))}</h1>${entries.map(([t, rs]) => `<section id="topic-${slug(t)}"><h2>${escapeHtml(topicName(t))} <span class="count">${rs.length}</span></h2>${titles(rs)}</section>`).join("")}`;
    put(`${prefix}${p}`, () => layout(1, "Support topics", [
      ["topics.html", "By support topic"],
      ["", p.replace(/\D/g, "")]
    ], body(), info), entries.map(([t, rs]) => `${t}\0${names.get(t) ?? ""}\0${rs.map((r) => r.listed).join("")}`).join("\n"));
  }
  const named = [...byTopic.keys()].filter((t) => names.has(t));
  put(`${prefix}topics.html`, () => layout(0, "By support topic", [["", "By support topic"]], `<h1>By support topic</h1><p>${byTopic.size} topics, ${named.length} of them named by a support topic description.</p>
<h2>Named topics</h2><ul class="groups">${named.map((t) => `<li><a href="${topicPage(t)}#topic-${slug(t)}">${escapeHtml(names.get(t))}</a> <span class="count">${byTopic.get(t).length}</span></li>`).join("")}</ul>
<h2>All topics, by page</h2><ul class="groups">${[...byPageOfTopic].sort(([a], [b2]) => a < b2 ? -1 : 1).map(([p, e]) => `<li><a href="${p}">Page ${p.replace(/\D/g, "")}</a> <span class="count">${e.length} topics</span></li>`).join("")}</ul>`, info), [...byTopic].map(([t, rs]) => `${t}\0${names.get(t) ?? ""}\0${rs.length}`).join("\n"));
  const topics = () => Object.fromEntries([...byTopic].sort(([a], [b2]) => a < b2 ? -1 : 1).map(([t, rs]) => [t, rs.map((r) => r.articleId || r.file)]));
  put(`${prefix}support-topics.json`, () => `${JSON.stringify({ $schema: "schemas/support-topics.schema.json", cloud: cloud ?? "all", topics: topics() }, null, 2)}
`, allShown);
  const noTopic = (rs) => rs.filter((r) => !r.supportTopicIds.length);
  for (const [service] of noTopicChart(byService)) {
    const missing = noTopic(byService.get(service));
    const parts = pages(missing);
    parts.forEach((part, n) => {
      const nav = pager(slug(service), parts.length, n);
      put(`${prefix}reports/no-topic/${pageName(slug(service), n)}`, () => layout(2, `No support topic: ${service}`, [
        ["../coverage.html", "Support topic coverage"],
        ["", service]
      ], `<h1>Articles of ${escapeHtml(service)} without a support topic</h1><p>${missing.length} articles</p>${nav}${list(2, part)}${nav}`, info), `${service}\0${n}\0${parts.length}\0${shown(part)}`);
    });
  }
  if (!prefix)
    written.push("reports/index.html", ...lintPageNames(options.lint));
  put(`${prefix}reports/coverage.html`, () => layout(1, "Support topic coverage", [["", "Support topic coverage"]], coverage(records, byService, byTopic), info), allShown);
  const own = cloud ? findings.get(cloud) : void 0;
  const stats = `<p class="lead">${records.length} articles, ${byService.size} services, ${byTopic.size} support topics.</p>`;
  const searchBox = searchForm(shards, byService, byType, cloud);
  const top = (m, dir) => [...m].sort((a, b2) => b2[1].length - a[1].length || (a[0] < b2[0] ? -1 : 1)).slice(0, 24).map(([k, rs]) => `<li><a href="${dir}/${slug(k)}.html">${escapeHtml(k)}</a> <span class="count">${rs.length}</span></li>`).join("");
  put(`${prefix}index.html`, () => layout(0, `Self-help \u2014 ${label}`, [], `<h1>Self-help articles \u2014 ${escapeHtml(label)}</h1>${stats}${searchBox}
<section class="columns"><div><h2><a href="services.html">By service</a></h2><ul class="groups">${top(byService, "services")}</ul></div>
<div><h2><a href="types.html">By type</a></h2><ul class="groups">${top(byType, "types")}</ul></div>
<div><h2><a href="topics.html">By support topic</a></h2><p>${byTopic.size} topics</p><h2>Reports</h2><ul><li><a href="reports/coverage.html">Support topic coverage</a></li>${own ? `<li><a href="reports/cloud-links.json">Links to other clouds (${own.length}, JSON)</a></li>` : ""}${prefix ? "" : '<li><a href="reports/index.html">Lint summary</a></li>'}${!prefix && options.duplicatesReport ? `<li><a href="${escapeHtml(options.duplicatesReport)}">Duplicate guidance</a></li>` : ""}</ul></div></section>
<script src="assets/search.js"></script>`, info));
  const base = cloud ? info.urls?.[cloud] : options.baseUrl;
  if (!base)
    return;
  const root = base.endsWith("/") ? base : `${base}/`;
  const urls = merge(written.filter((f) => f.endsWith(".html")).map((f) => f.slice(prefix.length)).sort(), b.byPage().map((r) => r.page));
  const loc = (u) => `  <url><loc>${escapeHtml(root + u.split("/").map(encodeURIComponent).join("/"))}</loc></url>`;
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map(loc).join("\n")}
</urlset>
`;
  emitter.file(`${prefix}sitemap.xml`, xml);
}
function bundleUrls(options) {
  if (!options.baseUrl && !options.bundleUrls)
    return void 0;
  const root = options.baseUrl ? options.baseUrl.endsWith("/") ? options.baseUrl : `${options.baseUrl}/` : "";
  const urls = {};
  for (const c of CLOUDS) {
    const url = options.bundleUrls?.[c] ?? (root && `${root}${c}/`);
    if (url)
      urls[c] = url;
  }
  return urls;
}
function searchForm(shards, byService, byType, cloud) {
  const options = (keys) => [...keys].map((k) => `<option value="${escapeHtml(k)}">${escapeHtml(k)}</option>`).join("");
  const select = (name, label, keys) => `<label>${label} <select name="${name}" id="f-${name}"><option value="">all</option>${options(keys)}</select></label>`;
  const clouds = cloud ? "" : select("cloud", "Cloud", CLOUDS);
  return `<form class="search" role="search" action="index.html" data-groups="${shards.map((s) => s.name).join(" ")}" data-whole="${shards.filter((s) => isWhole(s.records.length)).map((s) => s.name).join(" ")}">
<label for="q" class="visually-hidden">Search the articles</label>
<input id="q" name="q" type="search" placeholder="Search titles, descriptions and text" autocomplete="off">
<div class="filters">${select("service", "Service", byService.keys())}${select("type", "Type", byType.keys())}${clouds}</div>
<p id="status" role="status" aria-live="polite"></p>
<ol id="results"></ol>
<noscript><p>Search needs JavaScript; the listings below work without it.</p></noscript>
</form>`;
}
function digestOf(lines) {
  return createHash("sha1").update(lines.join("\n")).digest("hex");
}
var ENTRIES = /* @__PURE__ */ new WeakMap();
function manifestEntry(r) {
  const entry = {
    file: r.file,
    path: r.page,
    articleId: r.articleId,
    title: r.title,
    description: r.description,
    service: r.inferredService ? "" : r.service,
    selfHelpType: r.typeName,
    supportTopicIds: r.supportTopicIds,
    cloudEnvironments: r.clouds,
    contentHash: r.hash
  };
  return Buffer.from(JSON.stringify(entry));
}
function manifestOf(cloud, records, entryOf) {
  const head = `{
"$schema": "schemas/manifest.schema.json",
"cloud": ${JSON.stringify(cloud)},
"articles": [`;
  if (!records.length)
    return Buffer.from(`${head}]}
`);
  const comma = Buffer.from(",\n");
  const parts = [Buffer.from(`${head}
`)];
  records.forEach((r, i) => {
    if (i)
      parts.push(comma);
    parts.push(entryOf(r));
  });
  parts.push(Buffer.from("\n]}\n"));
  return Buffer.concat(parts);
}
function merge(a, b) {
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length)
    out.push(a[i] < b[j] ? a[i++] : b[j++]);
  while (i < a.length)
    out.push(a[i++]);
  while (j < b.length)
    out.push(b[j++]);
  return out;
}
function group(records, keys) {
  const m = /* @__PURE__ */ new Map();
  for (const r of records) {
    for (const k of keys(r)) {
      const list = m.get(k);
      if (list)
        list.push(r);
      else
        m.set(k, [r]);
    }
  }
  return new Map([...m].sort(([a], [b]) => a < b ? -1 : 1));
}
function barChart(rows, title, href) {
  const max = Math.max(1, ...rows.map(([, v]) => v));
  const h = 22;
  const bars = rows.map(([k, v], i) => {
    const bar = `<g transform="translate(0,${i * h})"><text x="0" y="15" class="label">${escapeHtml(k.length > 38 ? `${k.slice(0, 36)}\u2026` : k)}</text><rect x="260" y="3" height="16" width="${Math.max(1, v / max * 420).toFixed(1)}" class="bar"/><text x="${(266 + v / max * 420).toFixed(1)}" y="15" class="value">${v}</text></g>`;
    const to = href?.(k);
    return to ? `<a href="${escapeHtml(to)}">${bar}</a>` : bar;
  }).join("");
  const role = href ? 'role="group"' : 'role="img"';
  return `<figure><figcaption>${escapeHtml(title)}</figcaption><svg class="chart" ${role} aria-label="${escapeHtml(title)}" viewBox="0 0 740 ${rows.length * h + 4}" width="100%">${bars}</svg></figure>`;
}
function noTopicChart(byService) {
  const rows = [...byService].map(([s, rs]) => [s, rs.filter((r) => !r.supportTopicIds.length).length]);
  return rows.filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 25);
}
function coverage(records, byService, byTopic) {
  const noTopic = records.filter((r) => !r.supportTopicIds.length);
  const crowded = [...byTopic].filter(([, rs]) => rs.length >= 5).sort((a, b) => b[1].length - a[1].length);
  const lonely = records.filter((r) => r.supportTopicIds.length && r.supportTopicIds.every((t) => byTopic.get(t).length === 1));
  const perService = noTopicChart(byService);
  return `<h1>Support topic coverage</h1>
<p class="lead">${byTopic.size} support topics have articles. ${noTopic.length} articles name no support topic; ${crowded.length} topics have 5 or more articles; ${lonely.length} articles point only at topics no other article uses.</p>
<p>Which topic ids have no article at all needs the portal's list of support topics, which is not part of the content repository.</p>
${barChart(perService, "Articles without a support topic, by service (top 25)", (k) => `no-topic/${slug(k)}.html`)}
<h2>Topics with many articles</h2><table><thead><tr><th>Topic</th><th>Articles</th></tr></thead><tbody>${crowded.slice(0, 50).map(([t, rs]) => `<tr><td><a href="../${topicPage(t)}#topic-${slug(t)}">${escapeHtml(t)}</a></td><td>${rs.length}</td></tr>`).join("")}</tbody></table>
<h2>Articles whose topics no other article uses</h2><p>${lonely.length} articles.</p>`;
}
function reports(options, findings) {
  const lint = options.lint;
  const rows = [...findings].map(([c, list]) => `<tr><td>${escapeHtml(CLOUD_NAMES[c])}</td><td>${list.length}</td><td><a href="../${c}/reports/cloud-links.json">${c}/reports/cloud-links.json</a></td></tr>`).join("");
  const cloudLinks = `<h2>Links to another cloud's portal or docs</h2><p>Every link, in each sovereign bundle, that sends its readers to another cloud (the public one, or another sovereign cloud); links to the bundle's own cloud are not counted.</p><table><thead><tr><th>Bundle</th><th>Links</th><th>All of them</th></tr></thead><tbody>${rows}</tbody></table>`;
  if (!lint)
    return `<h1>Reports</h1><p>No lint summary: the build ran without lint.</p>${cloudLinks}`;
  const top = (m) => Object.entries(m).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 25);
  return `<h1>Lint summary</h1><p class="lead">${lint.errors} errors and ${lint.warnings} warnings.</p>${barChart(top(lint.byRule), "Problems by rule", (k) => lint.byRuleFile?.[k] ? `rules/${slug(k)}.html` : void 0)}${barChart(top(lint.byService), "Problems by service", (k) => `../services/${slug(k)}.html`)}${options.duplicatesReport ? `<p><a href="../${escapeHtml(options.duplicatesReport)}">Duplicate guidance report</a></p>` : ""}${cloudLinks}`;
}

// build/src/site/index.js
async function writeBuild(options) {
  const { records } = options;
  const out = path2.resolve(options.cwd, options.out);
  const problems = [];
  const site = {
    lint: options.lint,
    duplicatesReport: options.duplicates ? "reports/duplicates.html" : void 0,
    ...options.urls,
    cloudLinks: options.cloudLinks,
    cwd: options.cwd,
    problems
  };
  const guard = { cwd: options.cwd, sources: records.map((r) => r.file) };
  const produce = async (emitter) => {
    await writeSite(records, options.bodies, site, emitter, options.indexShards);
    if (options.duplicates)
      emitter.file("reports/duplicates.html", options.duplicates.make, options.duplicates.key);
  };
  let result;
  if (options.inPlace)
    result = await options.inPlace.write(produce, () => checkOutputFolder(out, options.cwd, guard.sources));
  else
    result = await writeAtomically(out, options.index, produce, guard);
  return { articles: records.filter((r) => r.ok).length, ...result, out, problems };
}

export {
  writeBuild
};
