import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  normalize,
  parseArticle,
  parseText,
  validateMetadata
} from "./chunk-KR46CCC3.js";
import "./chunk-Y3KCPCRH.js";
import {
  lintMarked
} from "./chunk-MH55NRSS.js";
import {
  parseRules,
  ruleInfos,
  rules
} from "./chunk-RXNWJEWY.js";
import {
  RuleResolver
} from "./chunk-D2B5XFJA.js";
import "./chunk-UL6VRVRT.js";
import "./chunk-R33AW5XD.js";
import {
  loadCatalog
} from "./chunk-VRXC4IAK.js";
import {
  TOO_LARGE
} from "./chunk-ATJKFEQU.js";
import {
  NotRegularFile,
  hashBytes,
  readRegularFile,
  rewriteFile,
  statOf
} from "./chunk-QA7Q626X.js";
import "./chunk-QO3SQUOH.js";
import "./chunk-JBGIVCUS.js";
import "./chunk-PA5VV2XA.js";
import "./chunk-CELZMKDY.js";

// build/src/lint/file.js
import path2 from "node:path";

// build/src/rules/run.js
import { existsSync } from "node:fs";
import path from "node:path";

// build/src/rules/directives.js
var DIRECTIVE = /<!--\s*selfhelp-(disable-next-line|disable-line|disable|enable)((?:\s+[\w/-]+)*)\s*-->/g;
var Directives = class {
  spans = [];
  constructor(text, lineOf, lineCount) {
    if (!text.includes("selfhelp-"))
      return;
    const open = /* @__PURE__ */ new Map();
    for (const m of text.matchAll(DIRECTIVE)) {
      const line = lineOf(m.index ?? 0);
      const rules2 = m[2].trim() ? m[2].trim().split(/\s+/) : ["*"];
      for (const rule of rules2) {
        switch (m[1]) {
          case "disable-next-line":
            this.spans.push({ rule, fromLine: line + 1, toLine: line + 1 });
            break;
          case "disable-line":
            this.spans.push({ rule, fromLine: line, toLine: line });
            break;
          case "disable":
            if (!open.has(rule))
              open.set(rule, line);
            break;
          case "enable":
            if (rule === "*") {
              for (const [r, from] of open)
                this.spans.push({ rule: r, fromLine: from, toLine: line });
              open.clear();
            } else if (open.has(rule)) {
              this.spans.push({ rule, fromLine: open.get(rule), toLine: line });
              open.delete(rule);
            }
        }
      }
    }
    for (const [rule, from] of open)
      this.spans.push({ rule, fromLine: from, toLine: lineCount });
  }
  /**
   * The spans that silence any of these rules (or every rule), as [rule, fromLine, toLine]: what the cross-file rules
   * obey.
   */
  spansOf(ruleIds) {
    return this.spans.filter((s) => s.rule === "*" || ruleIds.has(s.rule)).map((s) => [s.rule, s.fromLine, s.toLine]);
  }
  disabled(ruleId, line) {
    return this.spans.some((s) => (s.rule === "*" || s.rule === ruleId) && line >= s.fromLine && line <= s.toLine);
  }
};

// build/src/rules/run.js
var RANK = { info: 0, warning: 1, error: 2 };
var corpusRuleIds = new Set(rules.filter((r) => r.checkCorpus).map((r) => r.id));
function lintArticle(article, active, options) {
  const diagnostics = [];
  const summaries = {};
  const { lines } = article;
  const directives = new Directives(article.text, (o) => lines.point(o).line, lines.lineCount);
  const push = (ruleId, severity, r) => {
    const s = lines.point(r.start);
    if (directives.disabled(ruleId, s.line))
      return;
    const e = lines.point(Math.max(r.end, r.start));
    const d = {
      ruleId,
      severity,
      message: r.message,
      file: article.file,
      line: s.line,
      column: s.column,
      endLine: e.line,
      endColumn: e.column
    };
    if (r.fix)
      d.fix = r.fix;
    if (r.related)
      d.related = r.related;
    diagnostics.push(d);
  };
  for (const problem of article.problems)
    reportProblem(problem, active, push);
  const catalog = loadCatalog();
  const meta = normalize(article, catalog);
  const issues = article.properties ? validateMetadata(article, meta, catalog) : [];
  const index = indexTree(article);
  const existsCache = /* @__PURE__ */ new Map();
  for (const rule of rules) {
    const setting = active.get(rule.id);
    if (!setting || !rule.check && !rule.summarize)
      continue;
    const ctx = {
      article,
      meta,
      issues,
      catalog,
      options: setting.options,
      nodes: (type) => index.byType.get(type) ?? [],
      ancestors: (node) => index.ancestors(node),
      exists: (relative) => {
        const full = path.resolve(options.folder, relative);
        let hit = existsCache.get(full);
        if (hit === void 0)
          existsCache.set(full, hit = existsSync(full));
        return hit;
      },
      report: (r) => {
        const start = r.start ?? r.node?.position?.start.offset ?? 0;
        const end = r.end ?? r.node?.position?.end.offset ?? start;
        const severity = r.severity && RANK[r.severity] < RANK[setting.severity] ? r.severity : setting.severity;
        push(rule.id, severity, {
          message: r.message,
          start,
          end,
          fix: rule.fixable ? r.fix : void 0,
          related: r.related
        });
      }
    };
    try {
      rule.check?.(ctx);
      if (rule.summarize) {
        const summary = rule.summarize(ctx);
        if (summary !== void 0)
          summaries[rule.id] = summary;
      }
    } catch (error) {
      diagnostics.push(ruleCrash(rule.id, article.file, error));
    }
  }
  const silenced = directives.spansOf(corpusRuleIds);
  return silenced.length ? { diagnostics, summaries, silenced } : { diagnostics, summaries };
}
function ruleCrash(ruleId, file, error) {
  const message = error instanceof Error ? error.message : String(error);
  if (process.env.DEBUG?.includes("selfhelp"))
    console.error(error);
  return {
    file,
    line: 1,
    column: 1,
    severity: "error",
    ruleId: "internal/crash",
    message: `Rule \`${ruleId}\` crashed on this file: ${message}`
  };
}
function reportProblem(problem, active, push) {
  const setting = active.get(problem.ruleId);
  if (!setting)
    return;
  const fixable = parseRules.find((r) => r.id === problem.ruleId)?.fixable;
  push(problem.ruleId, setting.severity, { ...problem, fix: fixable ? problem.fix : void 0 });
}
function indexTree(article) {
  const byType = /* @__PURE__ */ new Map();
  const parents = /* @__PURE__ */ new Map();
  const stack = [article.tree];
  while (stack.length) {
    const node = stack.pop();
    let list = byType.get(node.type);
    if (!list)
      byType.set(node.type, list = []);
    list.push(node);
    if ("children" in node) {
      for (let i = node.children.length - 1; i >= 0; i--) {
        const child = node.children[i];
        parents.set(child, node);
        stack.push(child);
      }
    }
  }
  return {
    byType,
    ancestors(node) {
      const out = [];
      for (let p = parents.get(node); p; p = parents.get(p))
        out.unshift(p);
      return out;
    }
  };
}

// build/src/lint/file.js
var MAX_FIX_PASSES = 10;
function lintFile(file, cwd, active, fix, content, maxBytes = Infinity) {
  const full = path2.resolve(cwd, file);
  const folder = path2.dirname(full);
  try {
    let bytes;
    try {
      bytes = content ?? readRegularFile(full, maxBytes);
      if (bytes.length > maxBytes)
        throw new NotRegularFile("E2BIG", String(bytes.length));
    } catch (error) {
      if (error instanceof NotRegularFile && error.code === "E2BIG") {
        return { result: overSize(file, content?.length ?? statOf(full)?.size ?? 0, maxBytes) };
      }
      const code = error.code ?? "error";
      return { result: single(file, active, "parse/unreadable", `Cannot read this file (${code})`) };
    }
    const hash = hashBytes(bytes);
    const parsed = parseArticle(file, bytes);
    if (!parsed.ok)
      return { result: { ...single(file, active, parsed.ruleId, parsed.message, parsed.line, parsed.column), hash } };
    let article = parsed.article;
    let result = lintArticle(article, active, { folder });
    let fixed = false;
    if (fix) {
      for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
        const fixes = result.diagnostics.flatMap((d) => d.fix ? [d.fix] : []);
        if (!fixes.length)
          break;
        const text = applyFixes(article.text, fixes);
        if (text === article.text)
          break;
        article = parseText(file, text, article.bom);
        result = lintArticle(article, active, { folder });
        fixed = true;
      }
      if (fixed)
        rewriteFile(full, (article.bom ? "\uFEFF" : "") + article.text);
    }
    const { diagnostics, summaries, silenced } = result;
    return { result: { file, diagnostics, summaries, fixed, hash, ...silenced && { silenced } }, article };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (process.env.DEBUG?.includes("selfhelp"))
      console.error(error);
    const diagnostics = [
      {
        file,
        line: 1,
        column: 1,
        severity: "error",
        ruleId: "internal/crash",
        message: `selfhelp crashed on this file: ${message}`
      }
    ];
    return { result: { file, diagnostics, summaries: {}, fixed: false } };
  }
}
function single(file, active, ruleId, message, line = 1, column = 1) {
  const setting = active.get(ruleId);
  const diagnostics = setting ? [{ file, line, column, severity: setting.severity, ruleId, message }] : [];
  return { file, diagnostics, summaries: {}, fixed: false };
}
function applyFixes(text, fixes) {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let out = "";
  let last = 0;
  for (const f of sorted) {
    if (f.range[0] < last)
      continue;
    out += text.slice(last, f.range[0]) + f.text;
    last = f.range[1];
  }
  return out + text.slice(last);
}
function overSize(file, size, maxBytes) {
  const d = {
    file,
    line: 1,
    column: 1,
    severity: "error",
    ruleId: TOO_LARGE,
    message: `This file is ${size} bytes, over the limit of ${maxBytes} (\`limits.fileBytes\`): it is not read`
  };
  return { file, diagnostics: [d], summaries: {}, fixed: false };
}

// build/src/engine/worker.js
var resolver;
var site;
async function loadRenderer() {
  site ??= await import("./chunk-5M5DEMMO.js");
}
function lintChunk(chunk) {
  const key = JSON.stringify(chunk.config);
  if (!resolver || resolver.key !== key)
    resolver = { key, value: new RuleResolver(chunk.config, ruleInfos()) };
  const r = resolver.value;
  return lintMarked(chunk, (file, content) => {
    const own = content ?? chunk.contents?.[file];
    const { result, article } = lintFile(file, chunk.cwd, r.forFile(file), chunk.fix && !content, own, chunk.budget?.maxBytes);
    if (!chunk.render || !article || !result.hash)
      return result;
    return renderStage(result, article, result.hash);
  });
}
function renderStage(result, article, hash) {
  try {
    if (!site)
      throw new Error("the renderer was not loaded");
    const record = site.renderRecord(article, hash);
    return { ...result, page: { meta: site.metaOf(record), body: { html: record.html, text: record.text } } };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const crash = {
      file: result.file,
      line: 1,
      column: 1,
      severity: "error",
      ruleId: "internal/crash",
      message: `selfhelp crashed rendering this file: ${message}`
    };
    return { ...result, diagnostics: [...result.diagnostics, crash] };
  }
}
async function task(chunk) {
  if (chunk.render)
    await loadRenderer();
  return lintChunk(chunk);
}
export {
  task as default,
  lintChunk,
  loadRenderer
};
