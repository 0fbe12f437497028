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
  /** regular expressions (case-insensitive) matched against the first 400 characters of a passage's normalised text: matching passages are intended boilerplate */
  ignorePassages: string[];
  /** selfHelpType (lower case) -> whether its pairs are reported */
  types: Record<string, 'report' | 'ignore'>;
  /** pairs whose file names differ only by a cloud suffix (`-mooncake`, `_fairfax`...) */
  perCloudCopies: 'report' | 'ignore';
  /** a passage standing in more articles than this is boilerplate, listed once but never per pair */
  boilerplateSpread: number;
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
  /** normalised text, cut to 200 characters (for reports) */
  text: string;
  /** 3-word shingles and their signature; empty for passages too short or ignored */
  shingles: Uint32Array;
  signature: Uint32Array;
  ignored: boolean;
}

export interface DupeSummary {
  type: string | null;
  words: number;
  bodyHash: number;
  shingles: Uint32Array;
  signature: Uint32Array;
  passages: PassageSummary[];
}

/**
 * A summary as it travels from a worker to the main thread: a handful of typed arrays and one string
 * instead of an object per passage, so structured cloning stays cheap.
 */
export interface PackedSummary {
  type: string | null;
  words: number;
  bodyHash: number;
  /** article shingles, article signature, then every passage's shingles and signature */
  data: Uint32Array;
  shingleCount: number;
  signatureSize: number;
  /** per passage, META numbers: kind, startLine, endLine, words, hash, ignored, shingle start, shingle count */
  meta: Float64Array;
  /** passage excerpts joined by \n */
  texts: string;
}

const KINDS: PassageSummary['kind'][] = ['paragraph', 'item', 'list', 'section'];
const META = 8;

export function pack(s: DupeSummary): PackedSummary {
  let size = s.shingles.length + s.signature.length;
  for (const p of s.passages) size += p.shingles.length + p.signature.length;
  const data = new Uint32Array(size);
  data.set(s.shingles, 0);
  data.set(s.signature, s.shingles.length);
  let at = s.shingles.length + s.signature.length;
  const meta = new Float64Array(s.passages.length * META);
  s.passages.forEach((p, i) => {
    meta.set([KINDS.indexOf(p.kind), p.startLine, p.endLine, p.words, p.hash, p.ignored ? 1 : 0, at, p.shingles.length], i * META);
    data.set(p.shingles, at);
    at += p.shingles.length;
    data.set(p.signature, at);
    at += p.signature.length;
  });
  return { type: s.type, words: s.words, bodyHash: s.bodyHash, data, shingleCount: s.shingles.length, signatureSize: s.signature.length, meta, texts: s.passages.map((p) => p.text).join('\n') };
}

/** Views into the packed buffer: nothing is copied. */
export function unpack(p: PackedSummary): DupeSummary {
  const texts = p.texts.split('\n');
  const passages: PassageSummary[] = [];
  const none = new Uint32Array(0);
  for (let i = 0; i * META < p.meta.length; i++) {
    const m = p.meta.subarray(i * META, i * META + META);
    const start = m[6];
    const count = m[7];
    const hasSignature = count > 0;
    passages.push({
      kind: KINDS[m[0]],
      startLine: m[1],
      endLine: m[2],
      words: m[3],
      hash: m[4],
      ignored: m[5] === 1,
      text: texts[i] ?? '',
      shingles: hasSignature ? p.data.subarray(start, start + count) : none,
      signature: hasSignature ? p.data.subarray(start + count, start + count + PASSAGE_SIGNATURE) : none,
    });
  }
  return {
    type: p.type,
    words: p.words,
    bodyHash: p.bodyHash,
    shingles: p.data.subarray(0, p.shingleCount),
    signature: p.data.subarray(p.shingleCount, p.shingleCount + p.signatureSize),
    passages,
  };
}

const regexCache = new Map<string, RegExp | null>();
/** All ignorePassages patterns as one case-insensitive alternation, compiled once per worker. */
function ignoreRegex(patterns: string[]): RegExp | null {
  const key = patterns.join('\u0000');
  let r = regexCache.get(key);
  if (r === undefined) regexCache.set(key, (r = patterns.length ? new RegExp(patterns.map((p) => `(?:${p})`).join('|'), 'i') : null));
  return r;
}

/** Patterns are matched against the start of a passage's normalised text: boilerplate is told by how it begins. */
const IGNORE_PREFIX = 400;

function passagePrefix(words: string[], start: number, end: number): string {
  let out = '';
  for (let i = start; i < end && out.length < IGNORE_PREFIX; i++) out += (out ? ' ' : '') + words[i];
  return out;
}

export function summarize(article: Article, type: string | null, options: DupeOptions): DupeSummary {
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
      if (p.kind === 'section' || p.end - p.start < options.minPassageWords || !ignore.test(passagePrefix(text.words, p.start, p.end))) continue;
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
      text: excerpt(text.words, p.start, p.end),
      shingles: set,
      signature: near ? signatureK(set, PASSAGE_SIGNATURE) : none,
      ignored,
    });
  }
  return {
    type,
    words: text.words.length,
    bodyHash: sequenceHash(hashes),
    shingles: articleShingles,
    signature: signature(articleShingles, articleShingles.length ? ARTICLE_SIGNATURE : 0),
    passages,
  };
}

/** The first words of a passage, up to about 160 characters. */
function excerpt(words: string[], start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) {
    if (out.length > 160) return `${out}...`;
    out += (out ? ' ' : '') + words[i];
  }
  return out;
}

/** String values of the JSON payload (form labels, descriptions), with their lines: forms are compared too. */
function payloadText(article: Article): Array<{ text: string; line: number }> {
  const out: Array<{ text: string; line: number }> = [];
  const doc = article.payload?.document;
  if (!doc) return out;
  const visit = (node: { type: string; [k: string]: any }): void => {
    if (node.type === 'String') out.push({ text: node.value as string, line: article.lines.point(article.payload!.jsonStart + node.loc.start.offset).line });
    else if (node.type === 'Object') for (const m of node.members) visit(m.value);
    else if (node.type === 'Array') for (const e of node.elements) visit(e.value);
  };
  visit(doc.body);
  return out;
}
