/**
 * Bulk suppressions, for switching the linter on over a legacy corpus (ESLint's `--suppress-all` and
 * `eslint-suppressions.json`): per file and rule, how many problems are known. A later run hides a file's
 * problems of a rule while there are at most that many, and shows them all once there are more (a new one
 * cannot be told from the old ones by position, which moves). `internal/*` problems are never suppressed.
 *
 * The file is deterministic and diff-friendly: one `[file, rule, count]` entry a line, sorted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { UserError, type Diagnostic } from '../diagnostic.js';
import { writeFileAtomic } from '../files.js';

export const SUPPRESSIONS_NAME = 'selfhelp-suppressions.json';

type Counts = Map<string, Map<string, number>>;

export interface Applied {
  kept: Diagnostic[];
  /** how many problems were hidden */
  suppressed: number;
}

const suppressible = (d: Diagnostic) => !d.ruleId.startsWith('internal/');

function countsOf(diagnostics: Diagnostic[]): Counts {
  const counts: Counts = new Map();
  for (const d of diagnostics) {
    if (!suppressible(d)) continue;
    let byRule = counts.get(d.file);
    if (!byRule) counts.set(d.file, (byRule = new Map()));
    byRule.set(d.ruleId, (byRule.get(d.ruleId) ?? 0) + 1);
  }
  return counts;
}

export class Suppressions {
  private constructor(private readonly counts: Counts) {}

  static empty(): Suppressions {
    return new Suppressions(new Map());
  }

  /** The suppressions in `file`; none when it does not exist. A broken file is a user error with its reason. */
  static read(file: string): Suppressions {
    if (!existsSync(file)) return Suppressions.empty();
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new UserError(
        `${file} is not valid JSON: ${(error as Error).message}`,
        'Fix it, or write it anew with `selfhelp lint --suppress-all`.',
      );
    }
    const entries = (data as { suppressions?: unknown })?.suppressions;
    const valid = (e: unknown): e is [string, string, number] =>
      Array.isArray(e) &&
      e.length === 3 &&
      typeof e[0] === 'string' &&
      typeof e[1] === 'string' &&
      Number.isInteger(e[2]) &&
      e[2] > 0;
    if ((data as { version?: unknown })?.version !== 1 || !Array.isArray(entries) || !entries.every(valid)) {
      throw new UserError(
        `${file} is not a selfhelp suppressions file (version 1)`,
        'Write it anew with `selfhelp lint --suppress-all`.',
      );
    }
    const counts: Counts = new Map();
    for (const [f, rule, n] of entries) {
      let byRule = counts.get(f);
      if (!byRule) counts.set(f, (byRule = new Map()));
      byRule.set(rule, n);
    }
    return new Suppressions(counts);
  }

  /** Every problem found now, counted (what `--suppress-all` writes). */
  static of(diagnostics: Diagnostic[]): Suppressions {
    return new Suppressions(countsOf(diagnostics));
  }

  get size(): number {
    let n = 0;
    for (const byRule of this.counts.values()) n += byRule.size;
    return n;
  }

  /** Hide the problems within the counts; a file and rule over its count shows all of its problems. */
  apply(diagnostics: Diagnostic[]): Applied {
    if (!this.counts.size) return { kept: diagnostics, suppressed: 0 };
    const found = countsOf(diagnostics);
    const hidden = (d: Diagnostic) => {
      if (!suppressible(d)) return false;
      const allowed = this.counts.get(d.file)?.get(d.ruleId);
      return allowed !== undefined && (found.get(d.file)?.get(d.ruleId) ?? 0) <= allowed;
    };
    const kept = diagnostics.filter((d) => !hidden(d));
    return { kept, suppressed: diagnostics.length - kept.length };
  }

  /** The suppressions that still hide something: each count lowered to what is found now, the fixed ones dropped. */
  prune(diagnostics: Diagnostic[]): Suppressions {
    const found = countsOf(diagnostics);
    const counts: Counts = new Map();
    for (const [file, byRule] of this.counts) {
      for (const [rule, allowed] of byRule) {
        const now = Math.min(allowed, found.get(file)?.get(rule) ?? 0);
        if (!now) continue;
        let kept = counts.get(file);
        if (!kept) counts.set(file, (kept = new Map()));
        kept.set(rule, now);
      }
    }
    return new Suppressions(counts);
  }

  write(file: string): void {
    const rows: Array<[string, string, number]> = [];
    for (const [f, byRule] of this.counts) for (const [rule, n] of byRule) rows.push([f, rule, n]);
    rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    const lines = rows.map((r) => `    ${JSON.stringify(r)}`);
    writeFileAtomic(
      file,
      `{\n  "version": 1,\n  "suppressions": [\n${lines.join(',\n')}${lines.length ? '\n' : ''}  ]\n}\n`,
    );
  }
}
