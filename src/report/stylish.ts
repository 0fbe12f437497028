/** `path:line:column  severity  message  rule-id`, one problem a line, then a summary. */
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
  const sev = d.severity === 'error' ? paint(color, 'red', 'error') : d.severity === 'warning' ? paint(color, 'yellow', 'warning') : paint(color, 'blue', 'info');
  return `${where}  ${sev}  ${d.message}  ${paint(color, 'dim', d.ruleId)}`;
}

export function stylish(diagnostics: Diagnostic[], options: StylishOptions): string {
  const lines = diagnostics.map((d) => formatLine(d, true, options.color));
  lines.push(summaryLine(diagnostics, options.fileCount));
  return `${lines.join('\n')}\n`;
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
