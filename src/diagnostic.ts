/** The one diagnostic type, produced by every stage and printed by every formatter. */

export type Severity = 'error' | 'warning' | 'info';

export interface Fix {
  /** Offsets into the decoded text of the file (BOM removed, line endings kept). */
  range: [start: number, end: number];
  text: string;
}

export interface Related {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  /** posix path relative to the current folder */
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  fix?: Fix;
  related?: Related[];
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function severityOrder(s: Severity): number {
  return severityRank[s];
}

/** file, line, column, ruleId: the one order every output uses. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.column !== b.column) return a.column - b.column;
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

/**
 * A file's problems counted by rule: [errors, warnings, info, fixable]. What a build needs of them (see
 * RunOptions.errorsOnly).
 */
export type Tally = Record<string, [errors: number, warnings: number, info: number, fixable: number]>;

export function tallyOf(diagnostics: Diagnostic[]): Tally {
  const tally: Tally = {};
  for (const d of diagnostics) {
    const t = (tally[d.ruleId] ??= [0, 0, 0, 0]);
    t[severityRank[d.severity]]++;
    if (d.fix) t[3]++;
  }
  return tally;
}

/** Add a tally's counts to a total. */
/** A tally of one's own, to add to. */
export function copyTally(tally: Tally): Tally {
  const copy: Tally = {};
  for (const rule in tally) copy[rule] = [...tally[rule]] as Tally[string];
  return copy;
}

export function addTally(total: Tally, tally: Tally): void {
  for (const [rule, [e, w, i, f]] of Object.entries(tally)) {
    const t = (total[rule] ??= [0, 0, 0, 0]);
    t[0] += e;
    t[1] += w;
    t[2] += i;
    t[3] += f;
  }
}

/** A problem with how the tool was called or configured: printed as one block, exit 2. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
    /** positioned problems (in the config file), printed one a line instead of the message */
    readonly diagnostics?: Diagnostic[],
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** The problems of a file over its per-file budgets (see src/engine/budget.ts): time, and size. */
export const TOO_COMPLEX = 'parse/too-complex';
export const TOO_LARGE = 'parse/too-large';
