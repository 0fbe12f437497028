/** The compact per-file summary duplicate detection needs, computed in the worker that parsed the file. */
import type { Article } from '../parse/index.js';
import { hashWord, sequenceHash, shingles, signature, signatureK } from './minhash.js';
import { guidanceText, type Passage } from './text.js';

export interface DupeOptions {
  /** article-level Jaccard similarity at or above which a pair is reported */
  threshold: number;
  /** ... or the share of one article's shingles found in the other (one copied into a longer one) */
  containment: number;
  /** passage-level Jaccard similarity for near-identical passages */
  passageThreshold: number;
  /** passages shorter than this many words are not compared */
  minPassageWords: number;
  /** articles with fewer words are compared only for exact copies */
  minArticleWords: number;
  /**
   * regular expressions (case-insensitive) matched against the first 400 characters of a passage's normalised text:
   * matching passages are intended boilerplate
   */
  ignorePassages: string[];
  /** selfHelpType (lower case) -> whether its pairs are reported */
  types: Record<string, 'report' | 'ignore'>;
  /** pairs whose file names differ only by a cloud suffix (`-mooncake`, `_fairfax`...) */
  perCloudCopies: 'report' | 'ignore';
  /** a passage standing in more articles than this is boilerplate, listed once but never per pair */
  boilerplateSpread: number;
  /** per-cloud copies (when not reported as pairs) are reported once per group as an `info` suggestion */
  perCloudSuggestion: boolean;
}

export const ARTICLE_SHINGLE = 5;
export const ARTICLE_SIGNATURE = 64;
export const PASSAGE_SHINGLE = 3;
export const PASSAGE_SIGNATURE = 32;

export interface PassageSummary {
  kind: Passage['kind'];
  startLine: number;
  endLine: number;
  words: number;
  hash: number;
  /** 3-word shingles and their signature; empty for sections and for passages ignored as boilerplate */
  shingles: Uint32Array;
  signature: Uint32Array;
  ignored: boolean;
}

/**
 * A summary as it travels from a worker to the main thread and lives in the cache: a handful of typed
 * arrays instead of an object per passage, so structured cloning and (de)serialisation stay cheap.
 */
export interface PackedSummary {
  type: string | null;
  /** the `service` attribute, lower case (charts of the report) */
  service: string | null;
  /** `cloudEnvironments`, lower case, comma-separated (the per-cloud consolidation suggestion) */
  clouds: string;
  words: number;
  bodyHash: number;
  /** hash of the body's bytes after the properties block (line endings folded): byte-identical bodies */
  rawHash: number;
  /** article shingles, article signature, then every passage's shingles and signature */
  data: Uint32Array;
  shingleCount: number;
  signatureSize: number;
  /** per passage, META numbers: kind, startLine, endLine, words, hash, ignored, shingle start, shingle count */
  meta: Float64Array;
}

const KINDS: PassageSummary['kind'][] = ['paragraph', 'item', 'list', 'section'];
const META = 8;
const NONE = new Uint32Array(0);

/** A read view over a packed summary: passage objects are made only when asked for. */
export class DupeSummary {
  private cachedPassages?: PassageSummary[];
  constructor(readonly packed: PackedSummary) {}

  get type(): string | null {
    return this.packed.type;
  }
  get words(): number {
    return this.packed.words;
  }
  get bodyHash(): number {
    return this.packed.bodyHash;
  }
  get rawHash(): number {
    return this.packed.rawHash;
  }
  get service(): string | null {
    return this.packed.service;
  }
  get clouds(): string[] {
    return this.packed.clouds ? this.packed.clouds.split(',') : [];
  }
  get shingles(): Uint32Array {
    return this.packed.data.subarray(0, this.packed.shingleCount);
  }
  get signature(): Uint32Array {
    return this.packed.data.subarray(this.packed.shingleCount, this.packed.shingleCount + this.packed.signatureSize);
  }
  get passageCount(): number {
    return this.packed.meta.length / META;
  }
  /** the hash of passage i, or NaN when it is ignored as boilerplate: no object is made */
  passageHash(i: number): number {
    return this.passageIgnored(i) ? Number.NaN : this.passageHashOf(i);
  }
  /** passage i's hash, whether or not it is ignored */
  passageHashOf(i: number): number {
    return this.packed.meta[i * META + 4];
  }
  passageIgnored(i: number): boolean {
    return this.packed.meta[i * META + 5] === 1;
  }
  passageWords(i: number): number {
    return this.packed.meta[i * META + 3];
  }
  passageStartLine(i: number): number {
    return this.packed.meta[i * META + 1];
  }
  passageEndLine(i: number): number {
    return this.packed.meta[i * META + 2];
  }
  /** passage i's shingles (empty for sections and ignored passages): a view, no copy */
  passageShingles(i: number): Uint32Array {
    const start = this.packed.meta[i * META + 6];
    const count = this.packed.meta[i * META + 7];
    return count ? this.packed.data.subarray(start, start + count) : NONE;
  }
  /** passage i's MinHash signature (empty when it has no shingles): a view, no copy */
  passageSignature(i: number): Uint32Array {
    const start = this.packed.meta[i * META + 6];
    const count = this.packed.meta[i * META + 7];
    return count ? this.packed.data.subarray(start + count, start + count + PASSAGE_SIGNATURE) : NONE;
  }
  get passages(): PassageSummary[] {
    if (this.cachedPassages) return this.cachedPassages;
    const out: PassageSummary[] = [];
    for (let i = 0; i < this.passageCount; i++) {
      out.push({
        kind: KINDS[this.packed.meta[i * META]],
        startLine: this.passageStartLine(i),
        endLine: this.passageEndLine(i),
        words: this.passageWords(i),
        hash: this.passageHashOf(i),
        ignored: this.passageIgnored(i),
        shingles: this.passageShingles(i),
        signature: this.passageSignature(i),
      });
    }
    return (this.cachedPassages = out);
  }
}

interface Identity {
  type: string | null;
  service: string | null;
  clouds: string;
  rawHash: number;
}

function pack(
  id: Identity,
  words: number,
  bodyHash: number,
  articleShingles: Uint32Array,
  articleSignature: Uint32Array,
  passages: PassageSummary[],
): PackedSummary {
  let size = articleShingles.length + articleSignature.length;
  for (const p of passages) size += p.shingles.length + p.signature.length;
  const data = new Uint32Array(size);
  data.set(articleShingles, 0);
  data.set(articleSignature, articleShingles.length);
  let at = articleShingles.length + articleSignature.length;
  const meta = new Float64Array(passages.length * META);
  passages.forEach((p, i) => {
    meta.set(
      [KINDS.indexOf(p.kind), p.startLine, p.endLine, p.words, p.hash, p.ignored ? 1 : 0, at, p.shingles.length],
      i * META,
    );
    data.set(p.shingles, at);
    at += p.shingles.length;
    data.set(p.signature, at);
    at += p.signature.length;
  });
  return {
    ...id,
    words,
    bodyHash,
    data,
    shingleCount: articleShingles.length,
    signatureSize: articleSignature.length,
    meta,
  };
}

const regexCache = new Map<string, RegExp | null>();
/** All ignorePassages patterns as one case-insensitive alternation, compiled once per worker. */
function ignoreRegex(patterns: string[]): RegExp | null {
  const key = patterns.join('\u0000');
  let r = regexCache.get(key);
  if (r === undefined)
    regexCache.set(key, (r = patterns.length ? new RegExp(patterns.map((p) => `(?:${p})`).join('|'), 'i') : null));
  return r;
}

/** Patterns are matched against the start of a passage's normalised text: boilerplate is told by how it begins. */
const IGNORE_PREFIX = 400;

function passagePrefix(words: string[], start: number, end: number): string {
  let out = '';
  for (let i = start; i < end && out.length < IGNORE_PREFIX; i++) out += (out ? ' ' : '') + words[i];
  return out;
}

/** What a summary records of the article's metadata. */
export interface SummaryMeta {
  service?: string | null;
  clouds?: string[];
}

export function summarize(
  article: Article,
  type: string | null,
  options: DupeOptions,
  meta: SummaryMeta = {},
): PackedSummary {
  const payloadStrings = payloadText(article);
  const text = guidanceText(article.tree, payloadStrings);
  const hashes = new Uint32Array(text.words.length);
  for (let i = 0; i < text.words.length; i++) hashes[i] = hashWord(text.words[i]);
  const ignore = ignoreRegex(options.ignorePassages);
  // intended boilerplate (paragraphs and items matching ignorePassages) counts neither as a shared passage
  // nor toward the similarity of whole articles
  const ignoredPassages = new Set<Passage>();
  let kept = hashes;
  if (ignore) {
    const drop = new Uint8Array(hashes.length);
    for (const p of text.passages) {
      // boilerplate is told item by item: a list or section whose first item matches is not dropped whole
      if (
        p.kind === 'section' ||
        p.kind === 'list' ||
        p.end - p.start < options.minPassageWords ||
        !ignore.test(passagePrefix(text.words, p.start, p.end))
      )
        continue;
      ignoredPassages.add(p);
      drop.fill(1, p.start, p.end);
    }
    if (ignoredPassages.size) kept = hashes.filter((_, i) => !drop[i]);
  }
  const articleShingles = kept.length >= options.minArticleWords ? shingles(kept, ARTICLE_SHINGLE) : new Uint32Array(0);
  const passages: PassageSummary[] = [];
  const none = new Uint32Array(0);
  // the policy never reports pairs of this type: its whole-article copies are still found, passages are not kept
  const keepPassages = !type || options.types[type] !== 'ignore';
  for (const p of keepPassages ? text.passages : []) {
    const n = p.end - p.start;
    if (n < options.minPassageWords) continue;
    const ignored = ignoredPassages.has(p);
    // sections are matched exactly; paragraphs and list items also near
    const near = !ignored && p.kind !== 'section';
    const set = near ? shingles(hashes, PASSAGE_SHINGLE, p.start, p.end) : none;
    passages.push({
      kind: p.kind,
      startLine: p.startLine,
      endLine: p.endLine,
      words: n,
      hash: sequenceHash(hashes, p.start, p.end),
      shingles: set,
      signature: near ? signatureK(set, PASSAGE_SIGNATURE) : none,
      ignored,
    });
  }
  const body = article.text
    .slice(article.properties?.end ?? 0)
    .replace(/\r\n?/g, '\n')
    .trim();
  const rawHash = body ? hashWord(body) : 0;
  const id: Identity = {
    type,
    service: meta.service?.toLowerCase() ?? null,
    clouds: (meta.clouds ?? []).map((c) => c.toLowerCase()).join(','),
    rawHash,
  };
  return pack(
    id,
    text.words.length,
    sequenceHash(hashes),
    articleShingles,
    signature(articleShingles, articleShingles.length ? ARTICLE_SIGNATURE : 0),
    passages,
  );
}

/** String values of the JSON payload (form labels, descriptions), with their lines: forms are compared too. */
function payloadText(article: Article): Array<{ text: string; line: number }> {
  const out: Array<{ text: string; line: number }> = [];
  const doc = article.payload?.document;
  if (!doc) return out;
  const visit = (node: { type: string; [k: string]: any }): void => {
    if (node.type === 'String')
      out.push({
        text: node.value as string,
        line: article.lines.point(article.payload!.jsonStart + node.loc.start.offset).line,
      });
    else if (node.type === 'Object') for (const m of node.members) visit(m.value);
    else if (node.type === 'Array') for (const e of node.elements) visit(e.value);
  };
  visit(doc.body);
  return out;
}
