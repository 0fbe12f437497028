/**
 * The brute-force reference for duplicate detection's recall: the exact word 5-shingle Jaccard similarity
 * and containment of every pair of articles that share a shingle, found through an inverted index (every
 * pair with a non-zero intersection is counted, none is sampled or estimated). The shingles are those of
 * the documented normalisation (the summaries' article shingles: markdown stripped, tokens masked, links
 * as normalised `url:` words, `ignorePassages` items left out); no passage, MinHash or LSH is used.
 */
import { reportable, type DupeEntry } from '../src/dupes/detect.js';
import type { DupeOptions } from '../src/dupes/summary.js';

export interface ReferencePair {
  a: string;
  b: string;
  jaccard: number;
  /** max of the two containments */
  containment: number;
}

/**
 * Every pair of articles, both of types the policy reports and not per-cloud copies, whose Jaccard
 * similarity or containment (the larger of the two directions) reaches `min`.
 */
export function referencePairs(input: DupeEntry[], options: DupeOptions, min = 0.8): ReferencePair[] {
  const entries = [...input].sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : 0));
  const types = new Map(entries.map((e) => [e.file, e.summary.type]));
  const reported = entries.filter((e) => !e.summary.type || options.types[e.summary.type] !== 'ignore');
  const sets = reported.map((e) => e.summary.shingles);
  const postings = new Map<number, number[]>();
  sets.forEach((set, i) => {
    for (const s of set) {
      const list = postings.get(s);
      if (list) list.push(i);
      else postings.set(s, [i]);
    }
  });
  const out: ReferencePair[] = [];
  const counts = new Uint32Array(reported.length);
  const touched: number[] = [];
  for (let i = 0; i < reported.length; i++) {
    for (const s of sets[i]) {
      for (const j of postings.get(s)!) {
        if (j <= i) continue;
        if (!counts[j]) touched.push(j);
        counts[j]++;
      }
    }
    for (const j of touched) {
      const inter = counts[j];
      counts[j] = 0;
      const jac = inter / (sets[i].length + sets[j].length - inter);
      const containment = Math.max(inter / sets[i].length, inter / sets[j].length);
      if (jac < min && containment < min) continue;
      const pair = { a: reported[i].file, b: reported[j].file, jaccard: jac, containment };
      if (reportable({ ...pair, containmentA: 0, containmentB: 0, exact: false, identical: false }, types, options))
        out.push(pair);
    }
    touched.length = 0;
  }
  return out.sort((p, q) => (p.a < q.a ? -1 : p.a > q.a ? 1 : p.b < q.b ? -1 : 1));
}

export interface RecallFigures {
  reference: number;
  found: number;
  recall: number;
  reported: number;
  /** reported pairs that the reference confirms (>= min by exact shingles) */
  confirmed: number;
  precision: number;
  missed: ReferencePair[];
}

/** Recall of the reference pairs among the pairs reported, and the share of reported pairs it confirms. */
export function recallAgainst(reference: ReferencePair[], reported: Array<{ a: string; b: string }>): RecallFigures {
  const key = (p: { a: string; b: string }) => (p.a < p.b ? `${p.a}\n${p.b}` : `${p.b}\n${p.a}`);
  const got = new Set(reported.map(key));
  const ref = new Set(reference.map(key));
  const missed = reference.filter((p) => !got.has(key(p)));
  const confirmed = reported.filter((p) => ref.has(key(p))).length;
  return {
    reference: reference.length,
    found: reference.length - missed.length,
    recall: reference.length ? (reference.length - missed.length) / reference.length : 1,
    reported: reported.length,
    confirmed,
    precision: reported.length ? confirmed / reported.length : 1,
    missed,
  };
}
