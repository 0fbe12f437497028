/** The contract every rule folder's `rule.ts` fulfils. */
import type { Nodes, Root } from 'mdast';
import type { Fix, Related, Severity } from '../diagnostic.js';
import type { Article } from '../parse/index.js';
import type { Catalog, Metadata, SchemaIssue } from '../validate/index.js';
import type { Codec } from '../cache/fields.js';

export interface Report {
  message: string;
  /** offsets into article.text; or give `node` and the node's position is used */
  start?: number;
  end?: number;
  node?: Nodes;
  fix?: Fix;
  related?: Related[];
  /**
   * a severity of its own, below the rule's (a note at `info` where nothing is lost, a `warning` where what is
   * wrong breaks nothing): it never raises what the config sets
   */
  severity?: 'warning' | 'info';
}

export interface FileContext {
  article: Article;
  meta: Metadata;
  /** schema issues of this file, computed once for the schema rules */
  issues: SchemaIssue[];
  catalog: Catalog;
  /** the rule's options, defaults applied */
  options: Record<string, any>;
  /** nodes of the markdown tree by type, in document order (one walk shared by all rules) */
  nodes<T extends Nodes['type']>(type: T): Extract<Nodes, { type: T }>[];
  /** the ancestors of a node (root first), for nodes returned by `nodes()` */
  ancestors(node: Nodes): Nodes[];
  /** whether a file exists, for a path relative to the article's folder */
  exists(relativePath: string): boolean;
  report(report: Report): void;
}

export interface CorpusEntry<S> {
  file: string;
  summary: S;
}

export interface CorpusReport {
  file: string;
  message: string;
  /** a severity of its own (a suggestion at `info`), instead of the rule's */
  severity?: 'error' | 'warning' | 'info';
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  related?: Related[];
}

/** What a cross-file rule knows about the run beyond the summaries. */
export interface CorpusRun {
  /** the folder the files' paths are relative to (default: the current one) */
  cwd?: string;
  /** in changed-files mode: the changed files; only problems involving them are reported */
  changed?: Set<string>;
  /** whether file a is newer than file b (added later), when known */
  newer?(a: string, b: string): boolean;
  /** pairs accepted in a baseline */
  accepted?(a: string, b: string): boolean;
  /** results a corpus rule shares with its caller (the build's duplicates report reuses the detection) */
  results?: Map<string, unknown>;
  /** per file, the hash of the source its summary was made from */
  fingerprints?: Map<string, string>;
  /** what a corpus rule keeps between full runs (in the cache): absent in changed-files mode and without a cache */
  state?: { get(rule: string): unknown; set(rule: string, value: unknown): void };
  /**
   * in changed-files mode, for a rule with `indexKeys` and `select`: the whole corpus through its index (the entries
   * checkCorpus is given are only the selected ones)
   */
  corpus?: CorpusIndex<unknown>;
}

/**
 * The corpus of a changed-files run as a cross-file rule's index: the files whose summary has a key, in each space
 * of keys the rule's `indexKeys` makes (the cache keeps it, so a run with one changed file reads no other summary).
 */
export interface CorpusIndex<S> {
  /** how many files the corpus has */
  readonly size: number;
  /** the files whose summary has this key in this space, sorted (keys may collide: the rule checks) */
  files(space: number, key: number): string[];
  /** how many files have the key (files(space, key).length) */
  count(space: number, key: number): number;
  /** a file's summary, if it is in the corpus and has one */
  summary(file: string): S | undefined;
}

export interface Rule<S = unknown> {
  id: string;
  description: string;
  /** why the rule exists: shown in its README */
  rationale: string;
  severity: Severity;
  fixable: boolean;
  tags: string[];
  /** JSON Schema of the rule's options (validated with the config) */
  options?: Record<string, unknown>;
  defaultOptions?: Record<string, unknown>;
  /** a top-level section of the config file merged into the rule's options (e.g. `dupes`) */
  configSection?: 'dupes';
  check?(ctx: FileContext): void;
  /** cross-file rules: a compact per-file summary, computed where the file is parsed... */
  summarize?(ctx: FileContext): S | undefined;
  /** how the cache keeps the summary, when it is not plain data (see src/cache/fields.ts) */
  summaryCodec?: Codec<S>;
  /**
   * changed-files mode: the keys a summary is indexed under, per space (the rule's own numbering of the kinds of keys:
   * an id, a band of a signature...), finite numbers; with `select`, the run reads only what the changed files need
   */
  indexKeys?(summary: S): number[][];
  /**
   * changed-files mode: the files whose summaries checkCorpus needs to judge the changed ones exactly as it would
   * with the whole corpus (the changed ones among them), found through the index; `options` are the changed files'
   * (each distinct set once)
   */
  select?(changed: CorpusEntry<S>[], corpus: CorpusIndex<S>, options: Record<string, any>[]): Iterable<string>;
  /** ...and the check over all summaries, run once after every file is parsed */
  checkCorpus?(
    entries: CorpusEntry<S>[],
    report: (r: CorpusReport) => void,
    options: Record<string, any>,
    run: CorpusRun,
  ): void;
}

export function defineRule<S = unknown>(rule: Rule<S>): Rule<S> {
  return rule;
}

export type { Root };
