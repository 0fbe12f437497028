/**
 * GitHub Actions workflow commands. GitHub shows at most 10 annotations of each level per step, so the
 * most severe are annotated, every problem is still printed as a plain log line, and a final notice says
 * how many were not annotated: nothing is dropped silently.
 */
import type { Diagnostic, Severity } from '../diagnostic.js';
import { formatLine, summaryLine } from './stylish.js';

export const ANNOTATIONS_PER_LEVEL = 10;
const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** A plain log line: data-escaped, and never starting with `::` (which the runner would take for a command). */
const escapeLine = (s: string) => escapeData(s).replace(/^(\s*):/, '$1%3A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function github(diagnostics: Diagnostic[], fileCount: number): string {
  const out: string[] = [];
  const shown: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  // one notice is kept for the summary
  const limit: Record<Severity, number> = {
    error: ANNOTATIONS_PER_LEVEL,
    warning: ANNOTATIONS_PER_LEVEL,
    info: ANNOTATIONS_PER_LEVEL - 1,
  };
  let skipped = 0;
  for (const severity of ['error', 'warning', 'info'] as Severity[]) {
    for (const d of diagnostics) {
      if (d.severity !== severity) continue;
      if (shown[severity] >= limit[severity]) {
        skipped++;
        continue;
      }
      shown[severity]++;
      const props = [`file=${escapeProperty(d.file)}`, `line=${d.line}`, `col=${d.column}`];
      if (d.endLine) props.push(`endLine=${d.endLine}`);
      if (d.endColumn && d.endLine === d.line) props.push(`endColumn=${d.endColumn}`);
      props.push(`title=${escapeProperty(`selfhelp ${d.ruleId}`)}`);
      out.push(`::${COMMAND[severity]} ${props.join(',')}::${escapeData(d.message)}`);
    }
  }
  if (diagnostics.length) {
    out.push('::group::All problems');
    // a log line is escaped too: a newline in a file name or message never starts a workflow command
    for (const d of diagnostics) out.push(escapeLine(formatLine(d)));
    out.push('::endgroup::');
  }
  const summary = summaryLine(diagnostics, fileCount);
  out.push(
    skipped
      ? `::notice title=selfhelp::${escapeData(`${summary}; ${skipped} not annotated (GitHub shows ${ANNOTATIONS_PER_LEVEL} per level per step): see the log`)}`
      : escapeData(summary),
  );
  return `${out.join('\n')}\n`;
}
