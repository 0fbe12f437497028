/** Runs the active rules over one parsed article: diagnostics, fixes and cross-file summaries. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Nodes } from 'mdast';
import type { ActiveRule } from '../config/index.js';
import type { Diagnostic, Severity } from '../diagnostic.js';
import type { Article, ParseProblem } from '../parse/index.js';
import { loadCatalog, normalize, validateMetadata } from '../validate/index.js';
import { Directives } from './directives.js';
import { parseRules, rules } from './index.js';
import type { FileContext, Report } from './rule.js';

const RANK = { info: 0, warning: 1, error: 2 } as const;

export interface FileLint {
  diagnostics: Diagnostic[];
  /** rule id -> summary, for the cross-file rules */
  summaries: Record<string, unknown>;
  /** the inline comments that silence a cross-file rule here (absent when none does) */
  silenced?: Array<[rule: string, fromLine: number, toLine: number]>;
}

/** the rules whose problems are found across files: inline comments must reach them through the summaries' run */
const corpusRuleIds = new Set(rules.filter((r) => r.checkCorpus).map((r) => r.id));

export interface LintOptions {
  /** absolute folder the article's relative links are resolved from */
  folder: string;
}

export function lintArticle(article: Article, active: Map<string, ActiveRule>, options: LintOptions): FileLint {
  const diagnostics: Diagnostic[] = [];
  const summaries: Record<string, unknown> = {};
  const { lines } = article;
  const directives = new Directives(article.text, (o) => lines.point(o).line, lines.lineCount);
  const push = (
    ruleId: string,
    severity: Severity,
    r: { message: string; start: number; end: number; fix?: Diagnostic['fix']; related?: Diagnostic['related'] },
  ) => {
    const s = lines.point(r.start);
    if (directives.disabled(ruleId, s.line)) return;
    const e = lines.point(Math.max(r.end, r.start));
    const d: Diagnostic = {
      ruleId,
      severity,
      message: r.message,
      file: article.file,
      line: s.line,
      column: s.column,
      endLine: e.line,
      endColumn: e.column,
    };
    if (r.fix) d.fix = r.fix;
    if (r.related) d.related = r.related;
    diagnostics.push(d);
  };

  for (const problem of article.problems) reportProblem(problem, active, push);

  const catalog = loadCatalog();
  const meta = normalize(article, catalog);
  const issues = article.properties ? validateMetadata(article, meta, catalog) : [];
  const index = indexTree(article);
  const existsCache = new Map<string, boolean>();

  for (const rule of rules) {
    const setting = active.get(rule.id);
    if (!setting || (!rule.check && !rule.summarize)) continue;
    const ctx: FileContext = {
      article,
      meta,
      issues,
      catalog,
      options: setting.options,
      nodes: (type) => (index.byType.get(type) ?? []) as never,
      ancestors: (node) => index.ancestors(node),
      exists: (relative) => {
        const full = path.resolve(options.folder, relative);
        let hit = existsCache.get(full);
        if (hit === undefined) existsCache.set(full, (hit = existsSync(full)));
        return hit;
      },
      report: (r: Report) => {
        const start = r.start ?? r.node?.position?.start.offset ?? 0;
        const end = r.end ?? r.node?.position?.end.offset ?? start;
        // a report's own severity only ever lowers the rule's (a rule set to `info` stays at `info`)
        const severity = r.severity && RANK[r.severity] < RANK[setting.severity] ? r.severity : setting.severity;
        push(rule.id, severity, {
          message: r.message,
          start,
          end,
          fix: rule.fixable ? r.fix : undefined,
          related: r.related,
        });
      },
    };
    // a rule that throws is one internal/crash on this file; what it reported before stands, as do the other rules
    try {
      rule.check?.(ctx);
      if (rule.summarize) {
        const summary = rule.summarize(ctx);
        if (summary !== undefined) summaries[rule.id] = summary;
      }
    } catch (error) {
      diagnostics.push(ruleCrash(rule.id, article.file, error));
    }
  }
  const silenced = directives.spansOf(corpusRuleIds);
  return silenced.length ? { diagnostics, summaries, silenced } : { diagnostics, summaries };
}

/** `internal/crash` at 1:1 for a rule that threw on a file (markdownlint's "This rule threw an exception"). */
export function ruleCrash(ruleId: string, file: string, error: unknown): Diagnostic {
  const message = error instanceof Error ? error.message : String(error);
  if (process.env.DEBUG?.includes('selfhelp')) console.error(error);
  return {
    file,
    line: 1,
    column: 1,
    severity: 'error',
    ruleId: 'internal/crash',
    message: `Rule \`${ruleId}\` crashed on this file: ${message}`,
  };
}

function reportProblem(
  problem: ParseProblem,
  active: Map<string, ActiveRule>,
  push: (id: string, s: Severity, r: { message: string; start: number; end: number; fix?: Diagnostic['fix'] }) => void,
): void {
  const setting = active.get(problem.ruleId);
  if (!setting) return;
  const fixable = parseRules.find((r) => r.id === problem.ruleId)?.fixable;
  push(problem.ruleId, setting.severity, { ...problem, fix: fixable ? problem.fix : undefined });
}

interface TreeIndex {
  byType: Map<string, Nodes[]>;
  ancestors(node: Nodes): Nodes[];
}

/** One walk of the tree, shared by every rule: nodes by type in document order, and each node's parent. */
function indexTree(article: Article): TreeIndex {
  const byType = new Map<string, Nodes[]>();
  const parents = new Map<Nodes, Nodes>();
  const stack: Nodes[] = [article.tree];
  while (stack.length) {
    const node = stack.pop()!;
    let list = byType.get(node.type);
    if (!list) byType.set(node.type, (list = []));
    list.push(node);
    if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) {
        const child = node.children[i] as Nodes;
        parents.set(child, node);
        stack.push(child);
      }
    }
  }
  return {
    byType,
    ancestors(node) {
      const out: Nodes[] = [];
      for (let p = parents.get(node); p; p = parents.get(p)) out.unshift(p);
      return out;
    },
  };
}
