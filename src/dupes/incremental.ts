/**
 * Duplicate detection that starts from the previous run's pairs. Whether two articles are a pair depends
 * on the two summaries and on which passages are boilerplate (spread over too many articles), nothing
 * else: so when the boilerplate set is unchanged, the pairs between unchanged files stand, and only the
 * pairs that involve changed files are looked for (focus mode). Any doubt (other options, another
 * boilerplate set, many changes, no state) means a full detection.
 */
import { createHash } from 'node:crypto';
import { detect, passageSpread, resultOf, type DupeEntry, type DupePair, type DupeResult } from './detect.js';
import type { DupeOptions } from './summary.js';

export interface DupeState {
  version: 1;
  /** the options the pairs were found with */
  options: string;
  /** per file, the hash of the source its summary was made from */
  files: Record<string, string>;
  /** passage hashes spread over more than boilerplateSpread articles, sorted */
  boilerplate: number[];
  pairs: DupePair[];
}

/** Above this share of changed files, a full detection is as quick. */
const MAX_CHANGED = 0.2;

export function detectIncremental(
  entries: DupeEntry[],
  options: DupeOptions,
  fingerprints: Map<string, string>,
  previous: DupeState | undefined,
): { result: DupeResult; state: DupeState; incremental: boolean; changed: number } {
  const optionsKey = createHash('sha1').update(JSON.stringify(options)).digest('hex');
  const files: Record<string, string> = {};
  for (const e of entries) files[e.file] = fingerprints.get(e.file) ?? '';
  const spread = passageSpread(entries);
  const boilerplate = [...spread]
    .filter(([, n]) => n > options.boilerplateSpread)
    .map(([h]) => h)
    .sort((a, b) => a - b);
  const state = (pairs: DupePair[]): DupeState => ({ version: 1, options: optionsKey, files, boilerplate, pairs });

  const changed = new Set<string>();
  let usable =
    !!previous &&
    previous.version === 1 &&
    previous.options === optionsKey &&
    sameNumbers(previous.boilerplate, boilerplate);
  if (usable) {
    for (const e of entries) if (previous!.files[e.file] !== files[e.file] || !files[e.file]) changed.add(e.file);
    for (const f of Object.keys(previous!.files)) if (!(f in files)) changed.add(f);
    usable = changed.size <= MAX_CHANGED * Math.max(1, entries.length);
  }
  if (!usable) {
    const result = detect(entries, options, undefined, spread);
    return { result, state: state(result.pairs), incremental: false, changed: entries.length };
  }
  const focus = detect(entries, options, changed, spread);
  const pairs = [...previous!.pairs.filter((p) => !changed.has(p.a) && !changed.has(p.b)), ...focus.pairs];
  pairs.sort((p, q) => (p.a < q.a ? -1 : p.a > q.a ? 1 : p.b < q.b ? -1 : p.b > q.b ? 1 : 0));
  return {
    result: resultOf(entries, options, pairs, focus.candidatePairs),
    state: state(pairs),
    incremental: true,
    changed: changed.size,
  };
}

function sameNumbers(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
