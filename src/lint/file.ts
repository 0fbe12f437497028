/**
 * One file: read, parse, validate, lint, and (with --fix) fix in place. Never throws. The parsed article is
 * handed back to the caller (the engine's worker), which renders it when a build asks for its page: the
 * check stage knows nothing of publishing.
 */
import path from 'node:path';

import type { ActiveRule } from '../config/index.js';
import { TOO_LARGE, type Diagnostic, type Fix, type Tally } from '../diagnostic.js';
import { parseArticle, parseText } from '../parse/index.js';
import { lintArticle } from '../rules/run.js';
import type { Article } from '../parse/index.js';
import { hashBytes, NotRegularFile, readRegularFile, rewriteFile, statOf } from '../files.js';

export interface FileResult {
  file: string;
  diagnostics: Diagnostic[];
  summaries: Record<string, unknown>;
  fixed: boolean;
  /** sha1 of the bytes linted, for the cache */
  hash?: string;
  /** the diagnostics counted by rule, when the cache has them (see RunOptions.errorsOnly) */
  tally?: Tally;
  /** the inline comments that silence a cross-file rule in this file: [rule or '*', fromLine, toLine] */
  silenced?: Array<[rule: string, fromLine: number, toLine: number]>;
}

/** A file's result with the article it parsed (in the thread that linted it: articles are not sent across). */
export interface LintedFile {
  result: FileResult;
  article?: Article;
}

const MAX_FIX_PASSES = 10;

export function lintFile(
  file: string,
  cwd: string,
  active: Map<string, ActiveRule>,
  fix: boolean,
  content?: Uint8Array,
  maxBytes = Infinity,
): LintedFile {
  const full = path.resolve(cwd, file);
  const folder = path.dirname(full);
  try {
    let bytes: Uint8Array;
    try {
      bytes = content ?? readRegularFile(full, maxBytes); // issue 19: never blocks on a FIFO nor reads a device
      if (bytes.length > maxBytes) throw new NotRegularFile('E2BIG', String(bytes.length));
    } catch (error) {
      if (error instanceof NotRegularFile && error.code === 'E2BIG') {
        return { result: overSize(file, content?.length ?? statOf(full)?.size ?? 0, maxBytes) };
      }
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      return { result: single(file, active, 'parse/unreadable', `Cannot read this file (${code})`) };
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
        const fixes = result.diagnostics.flatMap((d) => (d.fix ? [d.fix] : []));
        if (!fixes.length) break;
        const text = applyFixes(article.text, fixes);
        if (text === article.text) break;
        article = parseText(file, text, article.bom);
        result = lintArticle(article, active, { folder });
        fixed = true;
      }
      if (fixed) rewriteFile(full, (article.bom ? '\ufeff' : '') + article.text); // issue 19: mode, owner, links kept
    }
    const { diagnostics, summaries, silenced } = result;
    return { result: { file, diagnostics, summaries, fixed, hash, ...(silenced && { silenced }) }, article };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (process.env.DEBUG?.includes('selfhelp')) console.error(error);
    const diagnostics: Diagnostic[] = [
      {
        file,
        line: 1,
        column: 1,
        severity: 'error',
        ruleId: 'internal/crash',
        message: `selfhelp crashed on this file: ${message}`,
      },
    ];
    return { result: { file, diagnostics, summaries: {}, fixed: false } };
  }
}

function single(
  file: string,
  active: Map<string, ActiveRule>,
  ruleId: string,
  message: string,
  line = 1,
  column = 1,
): FileResult {
  const setting = active.get(ruleId);
  const diagnostics: Diagnostic[] = setting
    ? [{ file, line, column, severity: setting.severity, ruleId, message }]
    : [];
  return { file, diagnostics, summaries: {}, fixed: false };
}

/** Apply non-overlapping fixes (first come, first served by position); the rest wait for the next pass. */
export function applyFixes(text: string, fixes: Fix[]): string {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let out = '';
  let last = 0;
  for (const f of sorted) {
    if (f.range[0] < last) continue;
    out += text.slice(last, f.range[0]) + f.text;
    last = f.range[1];
  }
  return out + text.slice(last);
}

/** The one result of a file over the size limit (`limits.fileBytes`): it is not read. */
export function overSize(file: string, size: number, maxBytes: number): FileResult {
  const d: Diagnostic = {
    file,
    line: 1,
    column: 1,
    severity: 'error',
    ruleId: TOO_LARGE,
    message: `This file is ${size} bytes, over the limit of ${maxBytes} (\`limits.fileBytes\`): it is not read`,
  };
  return { file, diagnostics: [d], summaries: {}, fixed: false };
}
