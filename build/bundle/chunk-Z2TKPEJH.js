import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  escapeHtml
} from "./chunk-MBYRZZPM.js";
import {
  exemption
} from "./chunk-UL6VRVRT.js";

// build/src/dupes/html.js
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
var ReportPieces = class {
  previous;
  hashOf;
  /** the pieces made or reused by this report: the ones to keep */
  used = /* @__PURE__ */ new Map();
  /** how many of the used pieces were made by this report */
  made = 0;
  constructor(previous, hashOf) {
    this.previous = previous;
    this.hashOf = hashOf;
  }
  /** The piece named by `inputs` and the sources it quotes: kept, or made now. */
  get(files, inputs, make) {
    const hashes = files.map(this.hashOf);
    if (hashes.some((h) => !h))
      return make();
    const key = createHash("sha1").update(`${hashes.join("\0")}\0${inputs}`).digest("base64");
    let piece = this.used.get(key) ?? this.previous.get(key);
    if (piece === void 0) {
      piece = make();
      this.made++;
    }
    this.used.set(key, piece);
    return piece;
  }
  /** Whether the pieces to keep differ from the previous ones. */
  get changed() {
    return this.made > 0 || this.used.size !== this.previous.size;
  }
};
var pct = (x) => `${Math.round(x * 100)}%`;
var STYLE = `
:root { color-scheme: light dark; --fg: #1b1f24; --muted: #59636e; --line: #d1d9e0; --bg2: #f6f8fa; --accent: #0969da; --hit: #fff8c5; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --bg2: #151b23; --accent: #4493f8; --hit: #3b2e00; } }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); margin: 0 auto; max-width: 1200px; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; } h2 { margin-top: 2rem; border-bottom: 1px solid var(--line); padding-bottom: .3rem; }
.stats { display: flex; gap: 1rem; flex-wrap: wrap; margin: 1rem 0; }
.stat { background: var(--bg2); border: 1px solid var(--line); border-radius: 8px; padding: .6rem 1rem; }
.stat b { display: block; font-size: 1.4rem; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; } td, th { border-bottom: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
body > * { max-width: 100%; } summary { overflow-wrap: anywhere; }
details { border: 1px solid var(--line); border-radius: 8px; margin: .5rem 0; } summary { cursor: pointer; padding: .5rem .8rem; background: var(--bg2); border-radius: 8px; }
.pair-body { padding: .5rem .8rem; } .side { display: grid; grid-template-columns: 1fr 1fr; gap: .8rem; margin: .6rem 0; }
.side > div { min-width: 0; } .side h4 { margin: 0 0 .2rem; font-size: .85rem; color: var(--muted); font-weight: 600; overflow-wrap: anywhere; }
pre { background: var(--hit); border: 1px solid var(--line); border-radius: 6px; padding: .5rem; margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; font-size: .82rem; }
.muted { color: var(--muted); } a { color: var(--accent); } code { font-size: .85em; }
table { table-layout: fixed; } td, th { overflow-wrap: anywhere; word-break: break-word; }
th.n, td.n { width: 5.5rem; text-align: right; } .wide { overflow-x: auto; max-width: 100%; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr)); gap: 1rem; }
.chart { background: var(--bg2); border: 1px solid var(--line); border-radius: 8px; padding: .6rem .8rem; min-width: 0; }
.chart h3 { margin: 0 0 .4rem; font-size: 1rem; } .chart svg { width: 100%; height: auto; display: block; }
.chart text { fill: var(--fg); font-size: 11px; } .chart rect { fill: var(--accent); }
.badge { display: inline-block; border-radius: 999px; padding: 0 .5rem; font-size: .75rem; border: 1px solid var(--line); }
@media (max-width: 800px) { .side { grid-template-columns: 1fr; } }
`;
function renderHtml(r) {
  const link = (file) => `<a href="${escapeHtml(r.href(file))}">${escapeHtml(file)}</a>`;
  const excerpt = (file, from, to) => escapeHtml(r.lines(file).slice(from - 1, to).join("\n"));
  const piece = (files, inputs, make) => r.pieces ? r.pieces.get(files, inputs, make) : make();
  const gist = (g) => {
    const o = g.occurrences[0];
    return piece([o.file], `gist\0${o.file}\0${o.startLine}\0${o.endLine}`, () => {
      const text = r.lines(o.file).slice(o.startLine - 1, o.endLine).join(" ").replace(/\s+/g, " ").trim();
      return escapeHtml(text.length > 160 ? `${text.slice(0, 157)}...` : text);
    });
  };
  const out = [];
  out.push('<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">');
  out.push(`<title>Duplicate guidance report</title><style>${STYLE}</style></head><body>`);
  out.push('<h1>Duplicate guidance</h1><p class="muted">Articles that share most of their guidance text, and passages that stand in several articles. Markdown is stripped, case and spacing folded, replacement tokens masked; link targets count as words.</p>');
  out.push('<div class="stats">');
  for (const [label, value] of [
    ["articles", r.articles],
    ["reported pairs", r.pairs.length],
    ["clusters", r.clusters.length],
    ["shared passages", r.passageGroups.filter((g) => !g.boilerplate).length],
    ...r.exempt ? [["exempt groups", r.exempt.length]] : []
  ]) {
    out.push(`<div class="stat"><b>${value}</b>${label}</div>`);
  }
  out.push("</div>");
  if (r.serviceOf) {
    const byService = /* @__PURE__ */ new Map();
    for (const { pair } of r.pairs) {
      for (const s of /* @__PURE__ */ new Set([r.serviceOf(pair.a), r.serviceOf(pair.b)]))
        byService.set(s, (byService.get(s) ?? 0) + 1);
    }
    const bySize = /* @__PURE__ */ new Map();
    for (const c of r.clusters)
      bySize.set(String(c.files.length), (bySize.get(String(c.files.length)) ?? 0) + 1);
    const services = [...byService].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 20);
    const sizes = [...bySize].sort((a, b) => Number(a[0]) - Number(b[0]));
    out.push('<div class="charts">');
    out.push(barChart("Reported pairs by service (the 20 with most; a cross-service pair counts in both)", services));
    out.push(barChart("Clusters by size (articles in the cluster)", sizes));
    out.push("</div>");
  }
  out.push("<h2>Clusters</h2>");
  if (!r.clusters.length)
    out.push("<p>None.</p>");
  else {
    out.push("<table><thead><tr><th>Articles</th><th>Suggested canonical article (the one the others are most contained in)</th><th>Members</th></tr></thead><tbody>");
    for (const c of r.clusters) {
      out.push(`<tr><td>${c.files.length}</td><td>${link(c.canonical)}</td><td>${c.files.filter((f) => f !== c.canonical).map(link).join("<br>")}</td></tr>`);
    }
    out.push("</tbody></table>");
  }
  out.push("<h2>Pairs</h2>");
  if (!r.pairs.length)
    out.push("<p>None.</p>");
  for (const { pair, shared } of r.pairs) {
    const inputs = `pair\0${JSON.stringify(pair)}\0${shared.map((s) => `${s.a.startLine},${s.a.endLine},${s.b.startLine},${s.b.endLine},${s.exact},${s.similarity}`).join(";")}\0${r.href(pair.a)}\0${r.href(pair.b)}`;
    out.push(piece([pair.a, pair.b], inputs, () => {
      const view = [];
      const kind = pair.exact ? '<span class="badge">identical</span>' : `<span class="badge">Jaccard ${pair.jaccard.toFixed(2)}</span>`;
      view.push(`<details><summary>${kind} <code>${escapeHtml(pair.a)}</code> \u2194 <code>${escapeHtml(pair.b)}</code> <span class="muted">\u2014 ${pct(pair.containmentA)} / ${pct(pair.containmentB)} contained, ${shared.length} shared passage${shared.length === 1 ? "" : "s"}</span></summary><div class="pair-body">`);
      view.push(`<p>${link(pair.a)}: ${pct(pair.containmentA)} of it stands in the other. ${link(pair.b)}: ${pct(pair.containmentB)}.</p>`);
      for (const s of shared) {
        view.push(`<div class="side"><div><h4>${escapeHtml(pair.a)}:${s.a.startLine}-${s.a.endLine}${s.exact ? "" : ` (similarity ${s.similarity.toFixed(2)})`}</h4><pre>${excerpt(pair.a, s.a.startLine, s.a.endLine)}</pre></div>`);
        view.push(`<div><h4>${escapeHtml(pair.b)}:${s.b.startLine}-${s.b.endLine}</h4><pre>${excerpt(pair.b, s.b.startLine, s.b.endLine)}</pre></div></div>`);
      }
      view.push("</div></details>");
      return view.join("\n");
    }));
  }
  if (r.exempt) {
    out.push('<h2 id="exempt">Exempt by policy</h2><p class="muted">Pairs found over the threshold but not reported, grouped (articles linked by such pairs), with the reason. Change <code>dupes.types</code> or <code>dupes.perCloudCopies</code> to report them.</p>');
    if (!r.exempt.length)
      out.push("<p>None.</p>");
    else {
      out.push('<div class="wide"><table><thead><tr><th style="width:28%">Reason</th><th class="n">Articles</th><th class="n">Pairs</th><th class="n">Identical</th><th class="n">Max Jaccard</th><th>Articles</th></tr></thead><tbody>');
      for (const g of r.exempt) {
        const shown = g.files.slice(0, 12).map(link).join("<br>") + (g.files.length > 12 ? `<br><span class="muted">and ${g.files.length - 12} more</span>` : "");
        out.push(`<tr><td>${escapeHtml(g.reason)}</td><td class="n">${g.files.length}</td><td class="n">${g.pairs}</td><td class="n">${g.identical}</td><td class="n">${g.maxJaccard.toFixed(2)}</td><td>${shown}</td></tr>`);
      }
      out.push("</tbody></table></div>");
    }
  }
  const groups = r.passageGroups.filter((g) => !g.boilerplate);
  const boilerplate = r.passageGroups.filter((g) => g.boilerplate);
  out.push(`<h2>Passages in several articles</h2><p class="muted">${groups.length} passages; the 200 most widespread are listed.</p>`);
  for (const g of groups.slice(0, 200)) {
    const files = new Set(g.occurrences.map((o) => o.file)).size;
    out.push(`<details><summary>${files} articles ${g.exact ? "" : '<span class="badge">near</span> '}<span class="muted">${gist(g)}</span></summary><div class="pair-body"><ul>`);
    for (const o of g.occurrences)
      out.push(`<li>${link(o.file)}:${o.startLine}-${o.endLine}</li>`);
    out.push("</ul></div></details>");
  }
  if (boilerplate.length) {
    out.push(`<h2>Boilerplate</h2><p class="muted">Passages in more articles than <code>boilerplateSpread</code>: repeated by design, not reported per pair. Add a pattern to <code>dupes.ignorePassages</code> to leave one out of article similarity too.</p><table><tbody>`);
    for (const g of boilerplate)
      out.push(`<tr><td>${new Set(g.occurrences.map((o) => o.file)).size}</td><td>${gist(g)}</td></tr>`);
    out.push("</tbody></table>");
  }
  out.push("</body></html>\n");
  return out.join("\n");
}
function barChart(title, rows) {
  if (!rows.length)
    return `<div class="chart"><h3>${escapeHtml(title)}</h3><p class="muted">None.</p></div>`;
  const max = Math.max(...rows.map((r) => r[1]));
  const bar = 18;
  const label = 170;
  const width = 460;
  const out = [
    `<div class="chart"><h3>${escapeHtml(title)}</h3><svg viewBox="0 0 ${width} ${rows.length * bar + 4}" role="img" aria-label="${escapeHtml(title)}">`
  ];
  rows.forEach(([name, value], i) => {
    const y = i * bar + 2;
    const w = Math.max(1, Math.round((width - label - 50) * value / max));
    const shown = name.length > 28 ? `${name.slice(0, 27)}\u2026` : name;
    out.push(`<text x="${label - 6}" y="${y + 12}" text-anchor="end">${escapeHtml(shown)}<title>${escapeHtml(name)}</title></text><rect x="${label}" y="${y + 2}" width="${w}" height="${bar - 5}" rx="2"></rect><text x="${label + w + 4}" y="${y + 12}">${value}</text>`);
  });
  out.push("</svg></div>");
  return out.join("");
}
function exemptGroups(pairs, reasonOf) {
  const byReason = /* @__PURE__ */ new Map();
  for (const p of pairs) {
    const reason = reasonOf(p);
    if (!reason)
      continue;
    const list = byReason.get(reason);
    if (list)
      list.push(p);
    else
      byReason.set(reason, [p]);
  }
  const out = [];
  for (const [reason, list] of byReason) {
    const parent = /* @__PURE__ */ new Map();
    const find = (f) => {
      let x = f;
      while (parent.get(x) !== x)
        x = parent.get(x) ?? (parent.set(x, x), x);
      parent.set(f, x);
      return x;
    };
    for (const p of list) {
      const a = find(p.a);
      const b = find(p.b);
      if (a !== b)
        parent.set(a < b ? b : a, a < b ? a : b);
    }
    const groups = /* @__PURE__ */ new Map();
    for (const p of list) {
      const root = find(p.a);
      const g = groups.get(root) ?? { files: /* @__PURE__ */ new Set(), pairs: [] };
      g.files.add(p.a).add(p.b);
      g.pairs.push(p);
      groups.set(root, g);
    }
    for (const g of groups.values()) {
      out.push({
        reason,
        files: [...g.files].sort(),
        pairs: g.pairs.length,
        identical: g.pairs.filter((p) => p.identical).length,
        maxJaccard: Math.max(...g.pairs.map((p) => p.jaccard))
      });
    }
  }
  return out.sort((a, b) => b.files.length - a.files.length || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : a.files[0] < b.files[0] ? -1 : 1));
}
function duplicatesReport(dupes, reported, cwd, htmlFile, href, pieces) {
  const cache = /* @__PURE__ */ new Map();
  const { summaryOf, options } = dupes;
  const types = { get: (f) => summaryOf?.(f)?.type ?? null };
  return renderHtml({
    articles: dupes.articles,
    pairs: reported.map((r) => ({ pair: r.pair, shared: r.shared })),
    exempt: dupes.pairs && options ? exemptGroups(dupes.pairs, (p) => exemption(p, types, options)) : void 0,
    serviceOf: summaryOf && ((file) => summaryOf(file)?.service ?? (file.includes("/") ? file.slice(0, file.indexOf("/")) : "(top folder)")),
    clusters: dupes.clusters.filter((c) => reported.some((r) => c.files.includes(r.pair.a))),
    passageGroups: dupes.passageGroups,
    lines(file) {
      let lines = cache.get(file);
      if (!lines) {
        try {
          lines = readFileSync(path.resolve(cwd, file), "utf8").replace(/^\ufeff/, "").split(/\r?\n/);
        } catch {
          lines = [];
        }
        cache.set(file, lines);
      }
      return lines;
    },
    href: href ?? ((file) => path.relative(path.dirname(htmlFile), path.resolve(cwd, file)).split(path.sep).join("/")),
    pieces
  });
}

export {
  ReportPieces,
  renderHtml,
  exemptGroups,
  duplicatesReport
};
