/**
 * `path:line:column  severity  message  rule-id`, one problem a line, grouped under each file's name (a blank
 * line between files), then a table of the problems by rule and severity (with how many `--fix` would fix),
 * and a summary line. Every line keeps its full path, so terminals, editors and problem matchers can jump to it.
 */
import { styleText } from 'node:util';
import { tallyOf, type Diagnostic, type Tally } from '../diagnostic.js';

export interface StylishOptions {
  color: boolean;
  /** files checked, for the summary line */
  fileCount: number;
}

const paint = (on: boolean, style: Parameters<typeof styleText>[0], s: string) => (on ? styleText(style, s) : s);

export function formatLine(d: Diagnostic, withFile = true, color = false): string {
  const where = withFile ? `${d.file}:${d.line}:${d.column}` : `${d.line}:${d.column}`;
  const sev =
    d.severity === 'error'
      ? paint(color, 'red', 'error')
      : d.severity === 'warning'
        ? paint(color, 'yellow', 'warning')
        : paint(color, 'blue', 'info');
  return `${where}  ${sev}  ${d.message}  ${paint(color, 'dim', d.ruleId)}`;
}

export function stylish(diagnostics: Diagnostic[], options: StylishOptions): string {
  const lines: string[] = [];
  let file: string | undefined;
  for (const d of diagnostics) {
    if (d.file !== file) {
      if (file !== undefined) lines.push('');
      lines.push(paint(options.color, 'underline', d.file));
      file = d.file;
    }
    lines.push(formatLine(d, true, options.color));
  }
  if (diagnostics.length) lines.push('', ...summaryTable(diagnostics), '');
  lines.push(summaryLine(diagnostics, options.fileCount));
  return `${lines.join('\n')}\n`;
}

/** The problems by rule: errors, warnings, info and fixable, the most frequent rule first. */
export function summaryTable(diagnostics: Diagnostic[]): string[] {
  const tally = tallyOf(diagnostics);
  const rows = Object.entries(tally).sort(
    ([a, x], [b, y]) => y[0] + y[1] + y[2] - (x[0] + x[1] + x[2]) || (a < b ? -1 : 1),
  );
  const head = ['rule', 'errors', 'warnings', 'info', 'fixable'];
  const body = rows.map(([rule, t]) => [rule, ...t.slice(0, 4).map(String)]);
  const width = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (i ? c.padStart(width[i]) : c.padEnd(width[i])))
      .join('  ')
      .trimEnd();
  return [line(head), ...body.map(line)];
}

export function summaryLine(diagnostics: Diagnostic[] | Tally, fileCount: number): string {
  let [e, w, i, fixable] = [0, 0, 0, 0];
  for (const t of Object.values(Array.isArray(diagnostics) ? tallyOf(diagnostics) : diagnostics)) {
    e += t[0];
    w += t[1];
    i += t[2];
    fixable += t[3];
  }
  const problems = e + w + i;
  const files = `${fileCount} file${fileCount === 1 ? '' : 's'} checked`;
  if (!problems) return `${files}: no problems`;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  return `${files}: ${plural(problems, 'problem')} (${plural(e, 'error')}, ${plural(w, 'warning')}, ${i} info)${fixable ? `; ${fixable} fixable with --fix` : ''}`;
}
