import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  buildSite
} from "./chunk-QWO27MKO.js";
import "./chunk-X57RDM5A.js";
import {
  pagePath,
  renderChunk
} from "./chunk-YJQQ2E6G.js";
import {
  escapeHtml
} from "./chunk-MBYRZZPM.js";
import {
  discover,
  lintProject
} from "./chunk-KEWQY3K4.js";
import "./chunk-GI4UXMGD.js";
import {
  requireConfig
} from "./chunk-EHEM4Y62.js";
import {
  ruleInfos
} from "./chunk-RXSHNMZ4.js";
import "./chunk-FIOTYFPC.js";
import "./chunk-MEOQG2BS.js";
import "./chunk-HUB6SNEQ.js";
import "./chunk-DOPRFVHJ.js";
import "./chunk-3X33MS6F.js";

// build/src/serve/index.js
import { watch } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
var TYPES = { ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".json": "application/json; charset=utf-8", ".xml": "application/xml; charset=utf-8" };
var RELOAD = `<script>(function(){var s=new EventSource('/__selfhelp/events');s.onmessage=function(){location.reload();};})();</script>`;
async function serve(options) {
  const log = options.log ?? (() => {
  });
  let records = /* @__PURE__ */ new Map();
  let problems = /* @__PURE__ */ new Map();
  let site = /* @__PURE__ */ new Map();
  const clients = /* @__PURE__ */ new Set();
  let waiting = [];
  const rebuild = async (changed) => {
    const files = await discover({ cwd: options.cwd, patterns: options.patterns, ignore: options.config.ignore, base: options.config.base });
    const todo = changed ? files.filter((f) => changed.includes(f) || !records.has(f)) : files;
    const fresh = renderChunk({ files: todo, cwd: options.cwd });
    const next = new Map([...records].filter(([f]) => files.includes(f)));
    for (const r of fresh)
      next.set(r.file, r);
    records = next;
    const lint = await lintProject({ cwd: options.cwd, patterns: files, config: options.config, fix: false, threads: 1 });
    problems = /* @__PURE__ */ new Map();
    for (const d of lint.diagnostics)
      problems.set(d.file, [...problems.get(d.file) ?? [], d]);
    site = await buildSite([...records.values()]);
    log(`rendered ${todo.length} article${todo.length === 1 ? "" : "s"}; ${lint.diagnostics.length} problems`);
    for (const c of clients)
      c.write("data: reload\n\n");
    const w = waiting;
    waiting = [];
    w.forEach((f) => f());
  };
  await rebuild();
  const pageOf = /* @__PURE__ */ new Map();
  const sourceOf = (page) => {
    if (!pageOf.size || pageOf.size !== records.size) {
      pageOf.clear();
      for (const f of records.keys())
        pageOf.set(pagePath(f), f);
    }
    const inCloud = page.replace(/^(public|fairfax|mooncake|usnat|ussec|blackforest)\//, "");
    return pageOf.get(inCloud);
  };
  const server = createServer((req, res) => {
    const url2 = new URL(req.url ?? "/", "http://localhost");
    if (url2.pathname === "/__selfhelp/events") {
      res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive" });
      res.write(": connected\n\n");
      clients.add(res);
      req.on("close", () => clients.delete(res));
      return;
    }
    let rel = decodeURIComponent(url2.pathname).replace(/^\/+/, "");
    if (rel === "" || rel.endsWith("/"))
      rel += "index.html";
    const body = site.get(path.posix.normalize(rel));
    if (body === void 0 || rel.split("/").includes("..")) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
      res.end("Not found");
      return;
    }
    let out = body;
    if (rel.endsWith(".html")) {
      const source = sourceOf(rel);
      const list = source ? problems.get(source) ?? [] : [];
      const panel = source ? `<section class="lint-panel" aria-label="Lint problems"><h2>Lint: ${list.length ? `${list.length} problem${list.length === 1 ? "" : "s"}` : "no problems"}</h2>${list.length ? `<ul>${list.map((d) => `<li class="${d.severity}"><code>${d.line}:${d.column}</code> ${escapeHtml(d.message)} <small>${escapeHtml(d.ruleId)}</small></li>`).join("")}</ul>` : ""}<p><small>${escapeHtml(source)}</small></p></section>` : "";
      out = String(body).replace("<main>", `<main>${panel}`).replace("</body>", `${RELOAD}</body>`);
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(rel)] ?? "application/octet-stream", "cache-control": "no-store" });
    res.end(out);
  });
  await new Promise((resolve) => server.listen(options.port, options.host, resolve));
  const address = server.address();
  const url = `http://${options.host}:${typeof address === "object" && address ? address.port : options.port}/`;
  let watcher;
  if (options.watch) {
    let timer;
    const pending = /* @__PURE__ */ new Set();
    watcher = watch(options.cwd, { recursive: true }, (_event, name) => {
      if (!name || !/\.md$/i.test(name) || /(^|[/\\])(node_modules|dist|\.git)[/\\]/.test(name))
        return;
      pending.add(name.split(path.sep).join("/"));
      clearTimeout(timer);
      timer = setTimeout(() => {
        const changed = [...pending];
        pending.clear();
        rebuild(changed).catch((error) => log(`rebuild failed: ${error.message}`));
      }, 100);
    });
  }
  return {
    url,
    rebuilt: () => new Promise((resolve) => waiting.push(resolve)),
    close: async () => {
      watcher?.close();
      for (const c of clients)
        c.end();
      await new Promise((resolve) => server.close(() => resolve()));
    }
  };
}

// build/src/cli/commands/serve.js
async function serveCommand(paths, flags) {
  const cwd = process.cwd();
  const config = requireConfig(cwd, flags.config, ruleInfos());
  const preview = await serve({ cwd, patterns: paths, config, port: flags.port, host: flags.host, watch: flags.watch, log: (l) => process.stderr.write(`${l}
`) });
  process.stdout.write(`selfhelp serve: ${preview.url} (Ctrl-C to stop)
`);
  await new Promise((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await preview.close();
  return 0;
}
export {
  serveCommand
};
