import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  SEARCH_OPTIONS,
  indexShards,
  planShards,
  shardScript
} from "./chunk-X57RDM5A.js";
import {
  CLOUDS
} from "./chunk-YJQQ2E6G.js";
import {
  escapeHtml
} from "./chunk-MBYRZZPM.js";
import {
  mark
} from "./chunk-KEWQY3K4.js";
import {
  minisearchBrowserBuild
} from "./chunk-DOPRFVHJ.js";

// build/src/site/site.js
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

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
#results { padding-left: 1.2rem; } #results li { margin: .4rem 0; } #results small { color: var(--muted); }
figure { margin: 1.5rem 0; } figcaption { font-weight: 600; margin-bottom: .4rem; }
.chart .label, .chart .value { font-size: 13px; fill: var(--fg); } .chart .bar { fill: var(--accent); }
.lint-panel { grid-column: 1 / -1; border: 1px solid var(--warn); border-radius: 8px; padding: .2rem 1rem; background: var(--bg2); font-size: .9rem; } .lint-panel h2 { font-size: 1rem; margin: .6rem 0; } .lint-panel .error code { color: #cf222e; }
@media (max-width: 760px) { main, main:has(> article) { grid-template-columns: minmax(0, 1fr); } .facts { border-left: 0; padding-left: 0; border-top: 1px solid var(--line); } }
`;
var SEARCH_JS = `(function () {
  var input = document.getElementById('q');
  var list = document.getElementById('results');
  if (!input || !list || typeof MiniSearch === 'undefined') return;
  var OPTIONS = ${JSON.stringify(SEARCH_OPTIONS)};
  var names = (input.form.getAttribute('data-shards') || '').split(' ').filter(Boolean);
  var indexes = [];
  var loading = null;
  var arrived = null;
  window.selfhelpSearch = function (name, data) {
    indexes.push(MiniSearch.loadJS(data, OPTIONS));
    if (arrived) arrived();
  };
  function load() {
    if (loading) return loading;
    loading = new Promise(function (resolve, reject) {
      arrived = function () { if (indexes.length === names.length) resolve(indexes); };
      arrived();
      names.forEach(function (name) {
        var s = document.createElement('script');
        s.src = 'search/' + name + '.js';
        s.onerror = function () { reject(new Error('cannot load search/' + name + '.js')); };
        document.head.appendChild(s);
      });
    });
    return loading;
  }
  input.form.addEventListener('submit', function (e) { e.preventDefault(); });
  input.addEventListener('input', function () {
    var q = input.value.trim();
    if (!q) { list.textContent = ''; return; }
    load().then(function (all) {
      if (input.value.trim() !== q) return;
      var hits = [];
      all.forEach(function (ix) { hits = hits.concat(ix.search(q)); });
      hits.sort(function (a, b) { return b.score - a.score || (a.path < b.path ? -1 : 1); });
      list.textContent = '';
      hits.slice(0, 20).forEach(function (hit) {
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.href = hit.path;
        a.textContent = hit.title;
        var small = document.createElement('small');
        small.textContent = ' ' + (hit.service || '');
        li.appendChild(a);
        li.appendChild(small);
        list.appendChild(li);
      });
    });
  });
})();
`;

// build/src/site/site.js
var CLOUD_NAMES = { public: "Public", fairfax: "Azure Government (Fairfax)", mooncake: "Azure China (Mooncake)", usnat: "USNat", ussec: "USSec", blackforest: "Azure Germany (Black Forest)" };
function slug(key) {
  const s = key.toLowerCase().replace(/[^a-z0-9.-]/gu, (c) => `_${c.codePointAt(0).toString(16)}_`).replace(/^\./, "_2e_");
  return s || "_";
}
async function buildSite(all, options = {}) {
  const files = /* @__PURE__ */ new Map();
  const add = (p, content) => {
    if (files.has(p))
      throw new Error(`two files at one path: ${p}`);
    files.set(p, content);
  };
  const emitter = {
    file: (p, make) => add(p, typeof make === "function" ? make() : make),
    link: (p, same) => add(p, files.get(same)),
    reusable: () => false
  };
  const bodies = new Map(all.map((r) => [r.file, r]));
  await writeSite(all, async () => bodies, options, emitter);
  return files;
}
var inThread = async (jobs) => indexShards(jobs);
async function writeSite(all, loadBodies, options, emitter, indexShards2 = inThread) {
  const records = all.filter((r) => r.ok).sort((a, b) => a.file < b.file ? -1 : 1);
  const shards = planShards(records);
  const todo = shards.filter((s) => !emitter.reusable(`search/${s.name}.js`, s.key));
  const pages = records.filter((r) => !emitter.reusable(r.page, pageKey(r)));
  const bodies = await loadBodies([.../* @__PURE__ */ new Set([...pages, ...todo.flatMap((s) => s.records)])]);
  const body = (r) => {
    const b = bodies.get(r.file);
    if (!b)
      throw new Error(`no rendered body for ${r.file}: its page changed during the build`);
    return b;
  };
  const docsOf = (s) => s.records.map((r, id) => ({ id, title: r.title, description: r.description, text: body(r).text, path: r.page, service: r.service }));
  const indexing = indexShards2(todo.map((s) => ({ name: s.name, docs: docsOf(s) })));
  indexing.catch(() => {
  });
  const breathe = () => new Promise((resolve) => setImmediate(resolve));
  for (const [rel, content] of ASSETS)
    emitter.file(rel, content);
  let n = 0;
  for (const r of records) {
    emitter.file(r.page, () => articlePage(r, body(r).html), pageKey(r));
    if (++n % 256 === 0)
      await breathe();
  }
  mark("  pages");
  const bundles = [{ prefix: "", shards }];
  const groups = { byService: group(records, (r) => [r.service || "unknown"]), byType: group(records, (r) => [r.typeName || "unknown"]), byTopic: group(records, (r) => r.supportTopicIds) };
  const entries = /* @__PURE__ */ new Map();
  const entryOf = (r) => {
    let e = entries.get(r);
    if (!e)
      entries.set(r, e = manifestEntry(r));
    return e;
  };
  const byPage = [...records].sort((a, b) => a.page < b.page ? -1 : 1);
  bundle(emitter, "", records, groups, shards, "All clouds", options, void 0, entryOf, byPage);
  const clouds = new Map(CLOUDS.map((c, i) => [c, i]));
  const cloudsOf = new Map(records.map((r) => [r, r.clouds.flatMap((c) => clouds.get(c) ?? [])]));
  const split = (rs) => {
    const out = CLOUDS.map(() => []);
    for (const r of rs)
      for (const i of cloudsOf.get(r))
        out[i].push(r);
    return out;
  };
  const splitGroups = (m) => {
    const out = CLOUDS.map(() => /* @__PURE__ */ new Map());
    for (const [k, list] of m)
      split(list).forEach((part, i) => part.length && out[i].set(k, part));
    return out;
  };
  const recordsOf = split(records);
  const pagesOf = split(byPage);
  const [services, types, topics] = [splitGroups(groups.byService), splitGroups(groups.byType), splitGroups(groups.byTopic)];
  for (const [i, cloud] of CLOUDS.entries()) {
    const own = shards.filter((s) => s.clouds.includes(cloud));
    bundles.push({ prefix: `${cloud}/`, shards: own });
    await breathe();
    bundle(emitter, `${cloud}/`, recordsOf[i], { byService: services[i], byType: types[i], byTopic: topics[i] }, own, CLOUD_NAMES[cloud], options, cloud, entryOf, pagesOf[i]);
  }
  mark("  bundles");
  const made = await indexing;
  const scripts = new Map(todo.map((s, i) => [s.name, made[i]]));
  for (const s of shards)
    emitter.file(`search/${s.name}.js`, () => scripts.get(s.name) ?? shardScript(s.name, docsOf(s)), s.key);
  for (const b of bundles)
    if (b.prefix)
      for (const s of b.shards)
        emitter.link(`${b.prefix}search/${s.name}.js`, `search/${s.name}.js`);
  mark("  search shards");
}
var ASSETS = [
  ["assets/site.css", () => CSS],
  ["assets/search.js", () => SEARCH_JS],
  ["assets/minisearch.js", () => readFileSync(minisearchBrowserBuild(), "utf8")]
];
function layout(depth, title, crumbs, body, bundleInfo) {
  const up = "../".repeat(depth);
  const crumbLabel = bundleInfo ? bundleInfo.label : "Home";
  const nav = [[`${up}index.html`, crumbLabel], ...crumbs].map(([href, text], i, a) => i === a.length - 1 && crumbs.length ? escapeHtml(text) : `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`).join(' <span aria-hidden="true">\u203A</span> ');
  let switcher = "";
  let footer = "Built by selfhelp.";
  if (bundleInfo) {
    const { prefix, cloud, count } = bundleInfo;
    const clouds = CLOUDS.map((c) => `<a href="${up}${prefix ? "../" : ""}${c}/index.html"${c === cloud ? ' aria-current="page"' : ""}>${escapeHtml(c)}</a>`).join(" ");
    switcher = `<nav class="clouds" aria-label="Cloud">${prefix ? `<a href="${up}../index.html">all</a> ` : `<a href="${up}index.html" aria-current="page">all</a> `}${clouds}</nav>`;
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
var pageKey = (r) => `page\0${r.hash}`;
function articlePage(r, html) {
  const page = r.page;
  const depth = page.split("/").length - 1;
  const up = "../".repeat(depth);
  const crumbs = [
    [`${up}services/${slug(r.service || "unknown")}.html`, r.service || "unknown"],
    ["", r.title]
  ];
  const facts = [
    ["Type", `<a href="${up}types/${slug(r.typeName || "unknown")}.html">${escapeHtml(r.typeName || "unknown")}</a>`],
    ["Support topics", r.supportTopicIds.map((t) => `<a href="${up}topics.html#topic-${slug(t)}">${escapeHtml(t)}</a>`).join(", ") || "\u2014"],
    ["Clouds", escapeHtml(r.clouds.join(", ") || "\u2014")],
    ["Article id", `<code>${escapeHtml(r.articleId)}</code>`]
  ];
  return layout(depth, r.title, crumbs, `<article>${html}</article>
<aside class="facts"><dl>${facts.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join("")}</dl></aside>`);
}
function bundle(emitter, prefix, records, { byService, byType, byTopic }, shards, label, options, cloud, entryOf, byPage) {
  const written = [];
  const info = { prefix, label, cloud, count: records.length };
  const infoKey = JSON.stringify(info);
  const put = (p, make, inputs) => {
    emitter.file(p, inputs === void 0 ? make() : make, inputs === void 0 ? void 0 : createHash("sha1").update(`${p}\0${infoKey}\0${inputs}`).digest("hex"));
    written.push(p);
  };
  const shown = (rs) => rs.map((r) => r.listed).join("");
  const allShown = shown(records);
  if (prefix) {
    for (const [rel] of ASSETS)
      emitter.link(prefix + rel, rel);
    for (const r of records)
      emitter.link(prefix + r.page, r.page);
  }
  const link = (depth, r) => `<a href="${"../".repeat(depth)}${r.page}">${escapeHtml(r.title)}</a>`;
  const list = (depth, rs) => `<ul class="articles">${rs.map((r) => `<li>${link(depth, r)}${r.description ? `<p>${escapeHtml(r.description)}</p>` : ""}</li>`).join("")}</ul>`;
  const listing = (dir, groups, what) => {
    for (const [key, rs] of groups) {
      put(`${prefix}${dir}/${slug(key)}.html`, () => layout(1, `${what}: ${key}`, [[`${dir}.html`, `By ${what.toLowerCase()}`], ["", key]], `<h1>${escapeHtml(what)}: ${escapeHtml(key)}</h1><p>${rs.length} article${rs.length === 1 ? "" : "s"}</p>${list(1, rs)}`, info), `${key}\0${shown(rs)}`);
    }
    put(`${prefix}${dir}.html`, () => layout(0, `By ${what.toLowerCase()}`, [["", `By ${what.toLowerCase()}`]], `<h1>By ${escapeHtml(what.toLowerCase())}</h1><ul class="groups">${[...groups].map(([k, rs]) => `<li><a href="${dir}/${slug(k)}.html">${escapeHtml(k)}</a> <span class="count">${rs.length}</span></li>`).join("")}</ul>`, info));
  };
  listing("services", byService, "Service");
  listing("types", byType, "Type");
  put(`${prefix}topics.html`, () => layout(0, "By support topic", [["", "By support topic"]], `<h1>By support topic</h1><p>${byTopic.size} topics</p>${[...byTopic].map(([t, rs]) => `<section id="topic-${slug(t)}"><h2>${escapeHtml(t)} <span class="count">${rs.length}</span></h2>${list(0, rs)}</section>`).join("")}`, info), [...byTopic].map(([t, rs]) => `${t}\0${shown(rs)}`).join("\n"));
  put(`${prefix}manifest.json`, () => manifestOf(cloud ?? "all", records, entryOf), records.map((r) => `${r.file}\0${r.hash}`).join("\n"));
  const topics = () => Object.fromEntries([...byTopic].sort(([a], [b]) => a < b ? -1 : 1).map(([t, rs]) => [t, rs.map((r) => r.articleId || r.file)]));
  put(`${prefix}support-topics.json`, () => `${JSON.stringify({ $schema: "schemas/support-topics.schema.json", cloud: cloud ?? "all", topics: topics() }, null, 2)}
`, allShown);
  put(`${prefix}reports/coverage.html`, () => layout(1, "Support topic coverage", [["", "Support topic coverage"]], coverage(records, byService, byTopic), info), allShown);
  if (!prefix)
    put("reports/index.html", () => layout(1, "Reports", [["", "Reports"]], reports(options), info));
  const stats = `<p class="lead">${records.length} articles, ${byService.size} services, ${byTopic.size} support topics.</p>`;
  const searchBox = `<form class="search" role="search" data-shards="${shards.map((s) => s.name).join(" ")}"><input id="q" type="search" placeholder="Search titles, descriptions and text" aria-label="Search" autocomplete="off"><ol id="results"></ol></form>`;
  const top = (m, dir) => [...m].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1)).slice(0, 24).map(([k, rs]) => `<li><a href="${dir}/${slug(k)}.html">${escapeHtml(k)}</a> <span class="count">${rs.length}</span></li>`).join("");
  put(`${prefix}index.html`, () => layout(0, `Self-help \u2014 ${label}`, [], `<h1>Self-help articles \u2014 ${escapeHtml(label)}</h1>${stats}${searchBox}
<section class="columns"><div><h2><a href="services.html">By service</a></h2><ul class="groups">${top(byService, "services")}</ul></div>
<div><h2><a href="types.html">By type</a></h2><ul class="groups">${top(byType, "types")}</ul></div>
<div><h2><a href="topics.html">By support topic</a></h2><p>${byTopic.size} topics</p><h2>Reports</h2><ul><li><a href="reports/coverage.html">Support topic coverage</a></li>${prefix ? "" : '<li><a href="reports/index.html">Lint summary</a></li>'}${!prefix && options.duplicatesReport ? `<li><a href="${escapeHtml(options.duplicatesReport)}">Duplicate guidance</a></li>` : ""}</ul></div></section>
<script src="assets/minisearch.js"></script><script src="assets/search.js"></script>`, info));
  const base = (options.baseUrl ?? "").replace(/\/$/, "");
  const urls = merge(written.filter((f) => f.endsWith(".html")).sort(), byPage.map((r) => prefix + r.page));
  emitter.file(`${prefix}sitemap.xml`, `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map((u) => `  <url><loc>${escapeHtml(`${base}/${u}`)}</loc></url>`).join("\n")}
</urlset>
`);
}
function manifestEntry(r) {
  const entry = {
    file: r.file,
    path: r.page,
    articleId: r.articleId,
    title: r.title,
    description: r.description,
    service: r.service,
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
function barChart(rows, title) {
  const max = Math.max(1, ...rows.map(([, v]) => v));
  const h = 22;
  const bars = rows.map(([k, v], i) => `<g transform="translate(0,${i * h})"><text x="0" y="15" class="label">${escapeHtml(k.length > 38 ? `${k.slice(0, 36)}\u2026` : k)}</text><rect x="260" y="3" height="16" width="${Math.max(1, v / max * 420).toFixed(1)}" class="bar"/><text x="${(266 + v / max * 420).toFixed(1)}" y="15" class="value">${v}</text></g>`).join("");
  return `<figure><figcaption>${escapeHtml(title)}</figcaption><svg class="chart" role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 740 ${rows.length * h + 4}" width="100%">${bars}</svg></figure>`;
}
function coverage(records, byService, byTopic) {
  const noTopic = records.filter((r) => !r.supportTopicIds.length);
  const crowded = [...byTopic].filter(([, rs]) => rs.length >= 5).sort((a, b) => b[1].length - a[1].length);
  const lonely = records.filter((r) => r.supportTopicIds.length && r.supportTopicIds.every((t) => byTopic.get(t).length === 1));
  const perService = [...byService].map(([s, rs]) => [s, rs.filter((r) => !r.supportTopicIds.length).length]).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]).slice(0, 25);
  return `<h1>Support topic coverage</h1>
<p class="lead">${byTopic.size} support topics have articles. ${noTopic.length} articles name no support topic; ${crowded.length} topics have 5 or more articles; ${lonely.length} articles point only at topics no other article uses.</p>
<p>Which topic ids have no article at all needs the portal's list of support topics, which is not part of the content repository.</p>
${barChart(perService, "Articles without a support topic, by service (top 25)")}
<h2>Topics with many articles</h2><table><thead><tr><th>Topic</th><th>Articles</th></tr></thead><tbody>${crowded.slice(0, 50).map(([t, rs]) => `<tr><td><a href="../topics.html#topic-${slug(t)}">${escapeHtml(t)}</a></td><td>${rs.length}</td></tr>`).join("")}</tbody></table>
<h2>Articles whose topics no other article uses</h2><p>${lonely.length} articles.</p>`;
}
function reports(options) {
  const lint = options.lint;
  if (!lint)
    return "<h1>Reports</h1><p>No lint summary: the build ran with --force or without lint.</p>";
  const top = (m) => Object.entries(m).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 25);
  return `<h1>Lint summary</h1><p class="lead">${lint.errors} errors and ${lint.warnings} warnings.</p>${barChart(top(lint.byRule), "Problems by rule")}${barChart(top(lint.byService), "Problems by service")}${options.duplicatesReport ? `<p><a href="../${escapeHtml(options.duplicatesReport)}">Duplicate guidance report</a></p>` : ""}`;
}

export {
  buildSite,
  writeSite
};
