/** The compact per-file summary duplicate detection needs, computed in the worker that parsed the file. */
import type { Article } from '../parse/index.js';
import { hashWord, sequenceHash, shingles, signature } from './minhash.js';
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
  /** regular expressions (case-insensitive) matched against a passage's normalised text: matching passages are intended boilerplate */
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

const regexCache = new Map<string, RegExp[]>();
function ignoreRegexes(patterns: string[]): RegExp[] {
  const key = patterns.join('\u0000');
  let r = regexCache.get(key);
  if (!r) regexCache.set(key, (r = patterns.map((p) => new RegExp(p, 'i'))));
  return r;
}

export function summarize(article: Article, type: string | null, options: DupeOptions): DupeSummary {
  const payloadStrings = payloadText(article);
  const text = guidanceText(article.tree, payloadStrings);
  const hashes = new Uint32Array(text.words.length);
  for (let i = 0; i < text.words.length; i++) hashes[i] = hashWord(text.words[i]);
  const ignore = ignoreRegexes(options.ignorePassages);
  // intended boilerplate (paragraphs and items matching ignorePassages) counts neither as a shared passage
  // nor toward the similarity of whole articles
  const ignoredPassages = new Set<Passage>();
  let kept = hashes;
  if (ignore.length) {
    const drop = new Uint8Array(hashes.length);
    for (const p of text.passages) {
      if (p.kind === 'section' || !ignore.some((r) => r.test(text.words.slice(p.start, p.end).join(' ')))) continue;
      ignoredPassages.add(p);
      drop.fill(1, p.start, p.end);
    }
    if (ignoredPassages.size) kept = hashes.filter((_, i) => !drop[i]);
  }
  const articleShingles = kept.length >= options.minArticleWords ? shingles(kept, ARTICLE_SHINGLE) : new Uint32Array(0);
  const passages: PassageSummary[] = [];
  const none = new Uint32Array(0);
  for (const p of text.passages) {
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
      signature: near ? signature(set, PASSAGE_SIGNATURE) : none,
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
