/** One JSON array of diagnostics with a fixed set of fields, in the run's sorted order. */
import type { Diagnostic } from '../diagnostic.js';

export function json(diagnostics: Diagnostic[]): string {
  const rows = diagnostics.map((d) => ({
    file: d.file,
    line: d.line,
    column: d.column,
    endLine: d.endLine ?? d.line,
    endColumn: d.endColumn ?? d.column,
    severity: d.severity,
    ruleId: d.ruleId,
    message: d.message,
  }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}
