/** selfhelp-dupes-baseline.json: accepted duplicate pairs, so CI fails only on new duplication. */
import { existsSync, readFileSync } from 'node:fs';
import { UserError } from '../diagnostic.js';
import { writeFileAtomic } from '../files.js';

export const BASELINE_NAME = 'selfhelp-dupes-baseline.json';

export class Baseline {
  private readonly keys: Set<string>;
  constructor(readonly pairs: Array<[string, string]>) {
    this.keys = new Set(pairs.map(([a, b]) => Baseline.key(a, b)));
  }

  static key(a: string, b: string): string {
    return a < b ? `${a}\n${b}` : `${b}\n${a}`;
  }

  has(a: string, b: string): boolean {
    return this.keys.has(Baseline.key(a, b));
  }

  static read(file: string): Baseline {
    if (!existsSync(file)) return new Baseline([]);
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new UserError(
        `${file} is not valid JSON: ${(error as Error).message}`,
        'Fix it, or write it anew with `selfhelp dupes --update-baseline`.',
      );
    }
    const pairs = (data as { pairs?: unknown }).pairs;
    if (
      !Array.isArray(pairs) ||
      !pairs.every((p) => Array.isArray(p) && p.length === 2 && p.every((x) => typeof x === 'string'))
    ) {
      throw new UserError(`${file} must hold { "version": 1, "pairs": [["a.md", "b.md"], ...] }`);
    }
    return new Baseline(pairs as Array<[string, string]>);
  }

  /** Deterministic and diff-friendly: pairs sorted, each pair sorted, one pair a line. */
  static write(file: string, pairs: Array<[string, string]>): void {
    const sorted = [...new Set(pairs.map(([a, b]) => Baseline.key(a, b)))].sort().map((k) => k.split('\n'));
    const lines = sorted.map((p) => `    ${JSON.stringify(p)}`);
    writeFileAtomic(file, `{\n  "version": 1,\n  "pairs": [\n${lines.join(',\n')}${lines.length ? '\n' : ''}  ]\n}\n`);
  }
}
