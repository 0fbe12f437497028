/** `path:line:column  severity  message  rule-id`, one problem a line, then a summary. */
import { styleText } from 'node:util';
import type { Diagnostic } from '../diagnostic.js';

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

export function summaryLine(diagnostics: Diagnostic[], fileCount: number): string {
  const count = (s: string) => diagnostics.filter((d) => d.severity === s).length;
  const [e, w, i] = [count('error'), count('warning'), count('info')];
  const fixable = diagnostics.filter((d) => d.fix).length;
  const files = `${fileCount} file${fileCount === 1 ? '' : 's'} checked`;
  if (!diagnostics.length) return `${files}: no problems`;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  return `${files}: ${plural(diagnostics.length, 'problem')} (${plural(e, 'error')}, ${plural(w, 'warning')}, ${i} info)${fixable ? `; ${fixable} fixable with --fix` : ''}`;
}
