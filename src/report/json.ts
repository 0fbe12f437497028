/** One JSON array of diagnostics with a fixed set of fields, in the run's sorted order. */
import type { Diagnostic } from '../diagnostic.js';

export function json(diagnostics: Diagnostic[]): string {
  return `${JSON.stringify(diagnostics.map(jsonRow), null, 2)}\n`;
}

/** A diagnostic's fixed fields, in their fixed order (other formats of diagnostics add theirs after them). */
export function jsonRow(d: Diagnostic) {
  return {
    file: d.file,
    line: d.line,
    column: d.column,
    endLine: d.endLine ?? d.line,
    endColumn: d.endColumn ?? d.column,
    severity: d.severity,
    ruleId: d.ruleId,
    message: d.message,
  };
}
