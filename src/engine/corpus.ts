/**
 * The corpus of a changed-files run as a cross-file rule's index (CorpusIndex): which files' summaries have a key,
 * made from every file's summary.
 */
import type { CorpusIndex } from '../rules/rule.js';
import type { WorkResult } from './worker.js';

export class RunIndex implements CorpusIndex<unknown> {
  /** space -> key -> the files indexed here */
  private readonly own = new Map<number, Map<number, string[]>>();
  private readonly counts = new Map<string, number>();
  readonly size: number;

  constructor(
    private readonly rule: string,
    keysOf: (summary: unknown) => number[][],
    private readonly byFile: Map<string, WorkResult>,
  ) {
    let size = 0;
    for (const [file, r] of byFile) {
      const summary = r.summaries[rule];
      if (summary === undefined) continue;
      size++;
      keysOf(summary).forEach((keys, space) => {
        let bySpace = this.own.get(space);
        if (!bySpace) this.own.set(space, (bySpace = new Map()));
        for (const key of new Set(keys)) {
          const list = bySpace.get(key);
          if (list) list.push(file);
          else bySpace.set(key, [file]);
        }
      });
    }
    this.size = size;
  }

  files(space: number, key: number): string[] {
    const out: string[] = [];
    const own = this.own.get(space)?.get(key);
    if (own) out.push(...own);
    return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  count(space: number, key: number): number {
    const id = `${space}:${key}`;
    let n = this.counts.get(id);
    if (n === undefined) this.counts.set(id, (n = this.files(space, key).length));
    return n;
  }

  summary(file: string): unknown {
    return this.byFile.get(file)?.summaries[this.rule];
  }
}
