/**
 * The corpus of a changed-files run as a cross-file rule's index (CorpusIndex): which files' summaries have a key.
 * The files whose cached entry is the one the cache's index was made from are looked up there (nothing of them is
 * read); the others (checked in this run, or changed since that index: the journal's) are indexed here, from their
 * summaries. Without a cache index every file is indexed here.
 */
import type { CacheIndex } from '../cache/index.js';
import type { CorpusIndex } from '../rules/rule.js';
import type { WorkResult } from './worker.js';

export class RunIndex implements CorpusIndex<unknown> {
  /** space -> key -> the files indexed here */
  private readonly own = new Map<number, Map<number, string[]>>();
  private readonly counts = new Map<string, number>();
  private sized: number | undefined;

  constructor(
    private readonly rule: string,
    keysOf: (summary: unknown) => number[][],
    private readonly byFile: Map<string, WorkResult>,
    private readonly base?: CacheIndex,
  ) {
    for (const [file, r] of byFile) {
      if (base && r.indexed) continue;
      const summary = r.summaries[rule];
      if (summary === undefined) continue;
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
  }

  /** how many files have a summary of the rule (counted when first asked for) */
  get size(): number {
    if (this.sized === undefined) {
      let n = 0;
      for (const [file, r] of this.byFile) {
        if (this.base && r.indexed) n += this.base.has(file) ? 1 : 0;
        else if (r.summaries[this.rule] !== undefined) n++;
      }
      this.sized = n;
    }
    return this.sized;
  }

  files(space: number, key: number): string[] {
    const out: string[] = [];
    // the index's files that this run took from it (not a file since changed, deleted or left out)
    if (this.base) for (const f of this.base.files(space, key)) if (this.byFile.get(f)?.indexed) out.push(f);
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
