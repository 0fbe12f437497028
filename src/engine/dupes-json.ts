/**
 * `selfhelp dupes --format json`: the lint JSON rows (file, position, severity, rule, message), each
 * duplicate-guidance row with its facts as fields: the other file, the scores, the shared passages' line
 * ranges, or the per-cloud group. Described by schemas/dupes-report.schema.json.
 */
import { compareDiagnostics, type Diagnostic } from '../diagnostic.js';
import { jsonRow } from '../report/json.js';
import type { CorpusReport } from '../rules/rule.js';
import type { ReportedPair } from '../rules/duplicate-guidance/rule.js';

export interface DuplicateFacts {
  other: string;
  jaccard: number;
  /** share of this file's shingles found in the other, and of the other's found here */
  containment: { here: number; there: number };
  exact: boolean;
  identical: boolean;
  shared: Array<{ here: LineRange; there: LineRange; exact: boolean; similarity: number }>;
}

export interface LineRange {
  startLine: number;
  endLine: number;
}

/** The facts of a reported pair, from the side of the file that carries the report. */
export function pairFacts(r: ReportedPair): DuplicateFacts {
  const here = r.report.file === r.pair.a ? 'a' : 'b';
  const there = here === 'a' ? 'b' : 'a';
  const round = (x: number) => Math.round(x * 10000) / 10000;
  return {
    other: r.pair[there],
    jaccard: round(r.pair.jaccard),
    containment: {
      here: round(here === 'a' ? r.pair.containmentA : r.pair.containmentB),
      there: round(here === 'a' ? r.pair.containmentB : r.pair.containmentA),
    },
    exact: r.pair.exact,
    identical: r.pair.identical,
    shared: r.shared.map((s) => ({
      here: { startLine: s[here].startLine, endLine: s[here].endLine },
      there: { startLine: s[there].startLine, endLine: s[there].endLine },
      exact: s.exact,
      similarity: round(s.similarity),
    })),
  };
}

/** A diagnostic that carries the facts of its pair or its per-cloud group. */
export type DupeDiagnostic = Diagnostic & { duplicate?: DuplicateFacts; perCloud?: { files: string[] } };

export function dupesJson(diagnostics: DupeDiagnostic[]): string {
  const rows = diagnostics.map((d) => ({
    ...jsonRow(d),
    ...(d.duplicate ? { duplicate: d.duplicate } : {}),
    ...(d.perCloud ? { perCloud: d.perCloud } : {}),
  }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}

/**
 * What `selfhelp dupes` reports: the files' parse and internal errors (in changed-files mode only those of
 * the changed files: the corpus's own parse errors are `selfhelp lint`'s business and must not block a
 * commit), each reported pair as a warning and each per-cloud suggestion at info, in the sorted order.
 */
export function dupesDiagnostics(
  problems: Diagnostic[],
  reported: ReportedPair[],
  suggestions: CorpusReport[],
  ruleId: string,
  changed?: Set<string>,
): DupeDiagnostic[] {
  const out: DupeDiagnostic[] = problems.filter(
    (d) =>
      d.ruleId.startsWith('internal/') ||
      (d.severity === 'error' && d.ruleId.startsWith('parse/') && (!changed || changed.has(d.file))),
  );
  for (const r of reported) out.push({ ...r.report, ruleId, severity: 'warning', duplicate: pairFacts(r) });
  for (const s of suggestions) {
    out.push({
      ...s,
      ruleId,
      severity: s.severity ?? 'info',
      perCloud: { files: [s.file, ...(s.related ?? []).map((r) => r.file)] },
    });
  }
  return out.sort(compareDiagnostics);
}

/** 2 for an internal error, 1 for a reported pair or an error, 0 otherwise (suggestions at info included). */
export function dupesExitCode(diagnostics: Diagnostic[]): number {
  if (diagnostics.some((d) => d.ruleId.startsWith('internal/'))) return 2;
  return diagnostics.some((d) => d.severity !== 'info') ? 1 : 0;
}
