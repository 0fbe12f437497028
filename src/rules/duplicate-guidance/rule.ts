import {
  cloudSuffix,
  detect,
  dupeKeys,
  selectFocused,
  SPACE,
  type DupeCorpus,
  isPerCloudCopy,
  perCloudGroups,
  reportable,
  type DupeEntry,
  type DupePair,
  type DupeResult,
  type SharedPassage,
} from '../../dupes/detect.js';
import { DupeSummary, summarize, type DupeOptions, type PackedSummary } from '../../dupes/summary.js';
import { defineRule, type CorpusIndex, type CorpusReport, type CorpusRun } from '../rule.js';
import { detectIncremental, type DupeState } from '../../dupes/incremental.js';

export const dupeOptionsSchema = {
  type: 'object',
  properties: {
    threshold: {
      type: 'number',
      minimum: 0,
      maximum: 1,
      description: 'article-level Jaccard similarity (word 5-shingles) at or above which two articles are reported',
    },
    containment: {
      type: 'number',
      minimum: 0,
      maximum: 1,
      description:
        "...or the share of one article's shingles that stand in the other (one article copied into a longer one)",
    },
    passageThreshold: {
      type: 'number',
      minimum: 0,
      maximum: 1,
      description: 'Jaccard similarity (word 3-shingles) at or above which two passages count as the same',
    },
    minPassageWords: { type: 'integer', minimum: 1, description: 'passages shorter than this are not compared' },
    minArticleWords: {
      type: 'integer',
      minimum: 1,
      description: 'articles shorter than this are compared for exact copies only',
    },
    ignorePassages: {
      type: 'array',
      items: { type: 'string', format: 'regex' },
      description:
        'regular expressions (case-insensitive) for intended boilerplate paragraphs and list items, matched against the first 400 characters of their normalised text (lower case, words separated by one space, link targets as `url:host/path`)',
    },
    types: {
      type: 'object',
      additionalProperties: { enum: ['report', 'ignore'] },
      description: 'selfHelpType (lower case) -> `report` or `ignore` its pairs',
    },
    perCloudCopies: {
      enum: ['report', 'ignore'],
      description: 'pairs whose file names differ only by a cloud suffix (`-mooncake`, `-fairfax`...)',
    },
    boilerplateSpread: {
      type: 'integer',
      minimum: 2,
      description: 'a passage in more articles than this is boilerplate: listed once, never per pair',
    },
    perCloudSuggestion: {
      type: 'boolean',
      description:
        'report each group of per-cloud copies (when `perCloudCopies` is `ignore`) once, at `info`, as a consolidation suggestion',
    },
  },
  additionalProperties: false,
};

/** Derived from the real corpus: templated types repeat by design (CORPUS-FINDINGS.md, section 5, kinds A-E). */
export const defaultDupeOptions: DupeOptions = {
  threshold: 0.8,
  containment: 0.8,
  passageThreshold: 0.8,
  minPassageWords: 8,
  minArticleWords: 20,
  // messages that stand, by design, in dozens of articles of the real corpus (matched against normalised text)
  ignorePassages: [
    '^note for faster resolution check that you have .* in your portal',
    '^to submit or vote on feature ideas',
    '^for .* questions visit the .* forum',
    '^post your question on microsoft q ?a',
    '^(most users|\\d+ out of \\d+ customers) (are able to resolve|resolved) their .*issue using the',
    '^we apologize for any inconvenience',
    '^please use the link below to view the latest information about the health event',
    '^understand and use resource health center to troubleshoot',
    '^microsoft azure also provides access to resource health',
    '^please make sure the above are verified and work with a ta',
    '^api management (apim )?is a way to create consistent and modern api gateways',
    '^you can use azure api management to take any backend and launch',
  ],
  types: {
    servicehealthinsights: 'ignore',
    problemscopingquestions: 'ignore',
    advisorrecommendationmetadata: 'ignore',
    supporttopicdescription: 'ignore',
    diagnostics: 'ignore',
    rca: 'ignore',
    tsg_questions: 'ignore',
    diagnoseandsolve: 'ignore',
  },
  perCloudCopies: 'ignore',
  boilerplateSpread: 20,
  perCloudSuggestion: true,
};

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** One sentence about a pair, from the side of the file that carries the report. */
export function pairMessage(pair: DupePair, here: 'a' | 'b', shared: SharedPassage[]): string {
  const there = here === 'a' ? 'b' : 'a';
  const inOther = here === 'a' ? pair.containmentA : pair.containmentB;
  const ofOther = here === 'a' ? pair.containmentB : pair.containmentA;
  const how = pair.exact
    ? `Same guidance as ${pair[there]} (identical text)`
    : `Copied guidance: ${pct(inOther)} of this article stands in ${pair[there]}, ${pct(ofOther)} of that one stands here (Jaccard ${pair.jaccard.toFixed(2)})`;
  if (!shared.length) return how;
  const f = shared[0];
  return `${how}; ${shared.length} shared passage${shared.length === 1 ? '' : 's'}, the first at lines ${f[here].startLine}-${f[here].endLine} here, ${f[there].startLine}-${f[there].endLine} there`;
}

export default defineRule<PackedSummary>({
  id: 'duplicate-guidance',
  description: 'No article copies most of its guidance from another article',
  rationale:
    'Copied troubleshooting steps drift: one copy gets fixed, the others go stale. Articles whose guidance text (markdown stripped, tokens masked, link targets kept) is at least 80% the same (Jaccard similarity of word 5-shingles), or 80% contained in another, are reported in the newer or changed one, at the first shared passage, naming the other file. Templated types repeat by design and their near copies are not reported by default, but byte-identical bodies are, whatever the type. Per-cloud copies are reported once per group, at `info`, as a suggestion to publish one article to all their clouds (see the `dupes` config section). Per-OS variants, whose file names are one once a `windows`/`linux`/`win` descriptor is taken off (`x.md` and `x-linux.md`), are not reported unless byte-identical: the authoring guide asks for one document per operating system, named so, and they share all but the OS-specific steps (13 pairs on `../shared/corpus`, 912 reports -> 899).',
  severity: 'warning',
  fixable: false,
  tags: ['corpus', 'duplicates'],
  options: dupeOptionsSchema,
  defaultOptions: defaultDupeOptions as unknown as Record<string, unknown>,
  configSection: 'dupes',
  summarize({ article, meta, options }) {
    const service = meta.object.service;
    const clouds = meta.object.cloudEnvironments;
    return summarize(article, meta.type, options as DupeOptions, {
      service: typeof service === 'string' ? service : null,
      clouds: Array.isArray(clouds)
        ? clouds.map(String)
        : typeof clouds === 'string'
          ? clouds.split(',').map((c) => c.trim())
          : [],
    });
  },
  // changed-files mode: only the changed articles and their possible copies are read (see selectFocused)
  indexKeys: (summary) => dupeKeys(new DupeSummary(summary)),
  select: (changed, corpus, options) =>
    selectFocused(
      changed.map((e) => e.file),
      dupeCorpus(corpus),
      Math.max(...options.map((o) => (o as unknown as DupeOptions).boilerplateSpread)),
    ),
  checkCorpus(entries, report, options, run) {
    const unpacked = unpackEntries(entries);
    let result: DupeResult;
    if (run.corpus && run.changed) result = detectSelected(unpacked, options as DupeOptions, run.changed, run.corpus);
    else if (run.changed || !run.state || !run.fingerprints)
      result = detect(unpacked, options as DupeOptions, run.changed);
    else {
      // a full run with a cache: start from the pairs of the previous run
      const found = detectIncremental(
        unpacked,
        options as DupeOptions,
        run.fingerprints,
        run.state.get('duplicate-guidance') as DupeState | undefined,
      );
      if (found.changed) run.state.set('duplicate-guidance', found.state);
      result = found.result;
    }
    run.results?.set('duplicate-guidance', { result, entries: unpacked });
    for (const r of reportedPairs(result, unpacked, options as DupeOptions, run)) report(r.report);
    for (const r of cloudSuggestions(result, options as DupeOptions, run)) report(r);
  },
});

/** A changed-files run's index as the detection reads it: summaries unpacked (once each). */
export function dupeCorpus(corpus: CorpusIndex<unknown>): DupeCorpus {
  const unpacked = new Map<string, DupeSummary | undefined>();
  return {
    files: (space, key) => corpus.files(space, key),
    count: (space, key) => corpus.count(space, key),
    summary(file) {
      if (!unpacked.has(file)) {
        const packed = corpus.summary(file) as PackedSummary | undefined;
        unpacked.set(file, packed && new DupeSummary(packed));
      }
      return unpacked.get(file);
    },
  };
}

/**
 * The detection focused on the changed files, on the entries selectFocused() chose: the passages' spread and the
 * number of articles are the corpus's, from its index.
 */
export function detectSelected(
  selected: DupeEntry[],
  options: DupeOptions,
  changed: Set<string>,
  corpus: CorpusIndex<unknown>,
): DupeResult {
  const spread = (hash: number) => corpus.count(SPACE.passage, hash) || undefined;
  return detect(selected, options, changed, spread, () => corpus.size);
}

export function unpackEntries(entries: Array<{ file: string; summary: unknown }>): DupeEntry[] {
  return entries.map((e) => ({ file: e.file, summary: new DupeSummary(e.summary as PackedSummary) }));
}

export interface ReportedPair {
  pair: DupePair;
  shared: SharedPassage[];
  report: CorpusReport;
}

/**
 * The pairs the policy reports (types, per-cloud copies, baseline, changed files), each as a report in the
 * newer or changed file at its first shared passage: a changed file, else the one added later, else the
 * later path.
 */
export function reportedPairs(
  result: DupeResult,
  entries: DupeEntry[],
  options: DupeOptions,
  run: CorpusRun,
): ReportedPair[] {
  const types = new Map(entries.map((e) => [e.file, e.summary.type]));
  const out: ReportedPair[] = [];
  for (const pair of result.pairs) {
    if (!reportable(pair, types, options) || run.accepted?.(pair.a, pair.b)) continue;
    if (run.changed && !run.changed.has(pair.a) && !run.changed.has(pair.b)) continue;
    const aIsNewer =
      run.changed?.has(pair.a) && !run.changed.has(pair.b)
        ? true
        : run.changed?.has(pair.b) && !run.changed.has(pair.a)
          ? false
          : (run.newer?.(pair.a, pair.b) ?? false);
    const [here, there] = aIsNewer ? (['a', 'b'] as const) : (['b', 'a'] as const);
    const shared = result.shared(pair);
    const first = shared[0];
    out.push({
      pair,
      shared,
      report: {
        file: pair[here],
        line: first ? first[here].startLine : 1,
        column: 1,
        message: pairMessage(pair, here, shared),
        related: [
          { file: pair[there], line: first ? first[there].startLine : 1, column: 1, message: 'the other copy' },
        ],
      },
    });
  }
  return out;
}

/**
 * Each group of per-cloud copies (exempt as pairs), once, at `info`: which clouds, and that one article
 * whose `cloudEnvironments` lists them all would serve them. At the copy without a cloud suffix (else the
 * first); in changed-files mode only groups with a changed file, at the first changed one.
 */
export function cloudSuggestions(result: DupeResult, options: DupeOptions, run: CorpusRun): CorpusReport[] {
  if (!options.perCloudSuggestion || options.perCloudCopies !== 'ignore') return [];
  const out: CorpusReport[] = [];
  const cloudPairs = result.pairs.filter(isPerCloudCopy);
  for (const group of perCloudGroups(cloudPairs)) {
    const files = [...group.filter((f) => !cloudSuffix(f)), ...group.filter((f) => cloudSuffix(f))];
    const changed = run.changed ? files.filter((f) => run.changed!.has(f)) : files;
    if (!changed.length) continue;
    const here = run.changed ? changed[0] : (files.find((f) => !cloudSuffix(f)) ?? files[0]);
    const cloudsOf = (f: string) => {
      const listed = result.summaryOf(f)?.clouds ?? [];
      const suffix = cloudSuffix(f);
      return listed.length ? listed : suffix ? [suffix] : [];
    };
    const all = [...new Set(files.flatMap(cloudsOf))];
    const named = files.map((f) => `${f}${cloudsOf(f).length ? ` (${cloudsOf(f).join(', ')})` : ''}`);
    out.push({
      file: here,
      line: 1,
      column: 1,
      severity: 'info',
      message: `Per-cloud copies of ${sameness(cloudPairs, files)} guidance: ${named.join(', ')}; one article whose \`cloudEnvironments\` lists ${all.join(', ') || 'their clouds'} would serve them all`,
      related: files
        .filter((f) => f !== here)
        .map((f) => ({ file: f, line: 1, column: 1, message: 'a per-cloud copy' })),
    });
  }
  return out;
}

/** "the same" when every pair of the group is an exact copy, else "nearly the same (Jaccard x or more)". */
function sameness(pairs: DupePair[], files: string[]): string {
  const inGroup = new Set(files);
  const own = pairs.filter((p) => inGroup.has(p.a) && inGroup.has(p.b));
  if (own.every((p) => p.exact)) return 'the same';
  return `nearly the same (Jaccard ${Math.min(...own.map((p) => p.jaccard)).toFixed(2)} or more)`;
}
