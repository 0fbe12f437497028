/** The site's own CSS and search client: no external fonts or scripts, so the site works offline. */
import { SEARCH_OPTIONS } from './search.js';

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
#results { padding-left: 1.2rem; } #results li { margin: .4rem 0; } #results small { color: var(--muted); }
figure { margin: 1.5rem 0; } figcaption { font-weight: 600; margin-bottom: .4rem; }
.chart .label, .chart .value { font-size: 13px; fill: var(--fg); } .chart .bar { fill: var(--accent); }
.lint-panel { grid-column: 1 / -1; border: 1px solid var(--warn); border-radius: 8px; padding: .2rem 1rem; background: var(--bg2); font-size: .9rem; } .lint-panel h2 { font-size: 1rem; margin: .6rem 0; } .lint-panel .error code { color: #cf222e; }
@media (max-width: 760px) { main, main:has(> article) { grid-template-columns: minmax(0, 1fr); } .facts { border-left: 0; padding-left: 0; border-top: 1px solid var(--line); } }
`;

/**
 * The search client: on the first keystroke it loads the bundle's shards (listed on the form) as scripts,
 * which works from a static server and from file:// alike, searches each and merges the hits by score.
 */
export const SEARCH_JS = `(function () {
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
