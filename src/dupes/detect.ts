/**
 * Cross-article duplicate detection over the per-file summaries: exact copies by body hash, near copies by
 * MinHash + LSH banding with every candidate's exact Jaccard similarity and containment computed, clusters
 * by union-find with a suggested canonical article, and the passages that stand in more than one article.
 * Nothing here compares all pairs: cost grows with the number of candidates, near-linearly with the corpus.
 */
import { bandKey, estimate, focusCandidates, intersection, jaccard, lshCandidates } from './minhash.js';
import type { DupeOptions, DupeSummary, PassageSummary } from './summary.js';

export interface DupeEntry {
  file: string;
  summary: DupeSummary;
}

export interface SharedPassage {
  /** passage in a / in b */
  a: PassageSummary;
  b: PassageSummary;
  exact: boolean;
  similarity: number;
}

export interface DupePair {
  a: string;
  b: string;
  jaccard: number;
  /** share of a's shingles found in b, and of b's in a */
  containmentA: number;
  containmentB: number;
  /** the same guidance text after normalisation */
  exact: boolean;
  /** the same body, byte for byte (line endings and surrounding whitespace folded) */
  identical: boolean;
}

export interface Cluster {
  files: string[];
  canonical: string;
}

export interface PassageGroup {
  words: number;
  hash: number;
  exact: boolean;
  boilerplate: boolean;
  occurrences: Array<{ file: string; startLine: number; endLine: number }>;
}

export interface DupeResult {
  articles: number;
  options: DupeOptions;
  /** a file's summary (its type, service and clouds) */
  summaryOf(file: string): DupeSummary | undefined;
  candidatePairs: number;
  pairs: DupePair[];
  clusters: Cluster[];
  passageGroups: PassageGroup[];
  /** the passages two articles share (computed for the pairs asked for) */
  shared(pair: DupePair): SharedPassage[];
}

export const BANDS = 16;
export const ROWS = 4;
const PASSAGE_BANDS = 8;
const PASSAGE_ROWS = 4;

class UnionFind {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n).map((_, i) => i);
  }
  find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]];
      x = this.parent[x];
    }
    return x;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/**
 * With `focus`, only the pairs that involve those files are looked for (changed-files mode): candidates come
 * from the focus files' LSH buckets and passages, and clusters and passage groups are left empty.
 */
export function detect(
  input: DupeEntry[],
  options: DupeOptions,
  focus?: Set<string>,
  spread: Spread = passageSpread(input),
  /** the corpus's size, when `input` is a selection of it (see selectFocused): counted when first asked for */
  articles: number | (() => number) = input.length,
): DupeResult {
  const spreadOf = typeof spread === 'function' ? spread : (hash: number) => spread.get(hash);
  const entries = byFileName(input);
  const n = entries.length;
  const inFocus = focus ? entries.map((e) => focus.has(e.file)) : undefined;

  // exact copies: one representative per identical body
  const byBody = new Map<number, number[]>();
  entries.forEach((e, i) => {
    if (!e.summary.words) return;
    const group = byBody.get(e.summary.bodyHash);
    if (group) group.push(i);
    else byBody.set(e.summary.bodyHash, [i]);
  });
  const reps: number[] = [];
  const members = new Map<number, number[]>();
  for (const group of byBody.values()) {
    reps.push(group[0]);
    members.set(group[0], group);
  }
  reps.sort((a, b) => a - b);

  const pairs: DupePair[] = [];
  const pairOf = (i: number, j: number, jac: number, exact: boolean): DupePair => {
    const a = entries[i].summary.shingles;
    const b = entries[j].summary.shingles;
    const inter = exact ? a.length : intersection(a, b);
    return {
      a: entries[i].file,
      b: entries[j].file,
      jaccard: jac,
      containmentA: a.length ? inter / a.length : 1,
      containmentB: b.length ? inter / b.length : 1,
      exact,
      identical: exact && entries[i].summary.rawHash === entries[j].summary.rawHash,
    };
  };
  for (const group of members.values()) {
    for (let x = 0; x < group.length; x++) {
      for (let y = x + 1; y < group.length; y++)
        if (!inFocus || inFocus[group[x]] || inFocus[group[y]]) pairs.push(pairOf(group[x], group[y], 1, true));
    }
  }

  // near copies among representatives. Candidates: LSH on the MinHash signatures (similar articles), and
  // articles sharing a passage (one article copied into a longer one: high containment, lower Jaccard)
  const withShingles = reps.filter((i) => entries[i].summary.shingles.length > 0);
  const candidates = new Map<number, [number, number]>();
  // in focus mode a representative stands for its whole exact group: any member in focus puts it in focus
  const repInFocus = inFocus && new Set(reps.filter((r) => members.get(r)!.some((m) => inFocus[m])));
  const lsh = repInFocus
    ? focusCandidates(
        withShingles.map((i) => entries[i].summary.signature),
        withShingles.map((i) => repInFocus.has(i)),
        BANDS,
        ROWS,
      )
    : lshCandidates(
        withShingles.map((i) => entries[i].summary.signature),
        BANDS,
        ROWS,
      );
  for (const [x, y] of lsh) {
    const i = withShingles[x];
    const j = withShingles[y];
    candidates.set(i * n + j, [i, j]);
  }
  // in focus mode only the focus representatives' passages can make a candidate: the others are not listed
  let focusHashes: Set<number> | undefined;
  if (repInFocus) {
    focusHashes = new Set();
    for (const i of repInFocus)
      for (let k = 0; k < entries[i].summary.passageCount; k++) focusHashes.add(entries[i].summary.passageHash(k));
  }
  const byPassage = new Map<number, number[]>();
  for (const i of withShingles) {
    const summary = entries[i].summary;
    for (let k = 0; k < summary.passageCount; k++) {
      const h = summary.passageHash(k);
      if (h !== h || (focusHashes && !focusHashes.has(h))) continue;
      const list = byPassage.get(h);
      if (!list) byPassage.set(h, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  }
  for (const [hash, list] of byPassage) {
    if (list.length < 2 || (spreadOf(hash) ?? 0) > options.boilerplateSpread) continue;
    if (repInFocus && !list.some((i) => repInFocus.has(i))) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const [i, j] = list[x] < list[y] ? [list[x], list[y]] : [list[y], list[x]];
        candidates.set(i * n + j, [i, j]);
      }
    }
  }
  // one article contained in another counts only when they share a passage that is not boilerplate,
  // the same or near (Jaccard or containment of word 3-shingles at passageThreshold)
  const sharesGuidance = (i: number, j: number) => {
    const a = entries[i].summary;
    const b = entries[j].summary;
    const hashes = new Set<number>();
    for (let k = 0; k < a.passageCount; k++) hashes.add(a.passageHash(k));
    for (let k = 0; k < b.passageCount; k++) {
      const h = b.passageHash(k);
      if (h === h && hashes.has(h) && spreadOf(h)! <= options.boilerplateSpread) return true;
    }
    const common = (k: number, s: DupeSummary) => spreadOf(s.passageHashOf(k))! <= options.boilerplateSpread;
    for (let x = 0; x < a.passageCount; x++) {
      const sa = a.passageShingles(x);
      if (!sa.length || !common(x, a)) continue;
      for (let y = 0; y < b.passageCount; y++) {
        const sb = b.passageShingles(y);
        // no equal MinHash slot: the two share (almost surely) no 3-shingle
        if (!sb.length || !estimate(a.passageSignature(x), b.passageSignature(y)) || !common(y, b)) continue;
        if (passageSimilarity(sa, sb, true) >= options.passageThreshold) return true;
      }
    }
    return false;
  };
  for (const [i, j] of candidates.values()) {
    if (repInFocus && !repInFocus.has(i) && !repInFocus.has(j)) continue;
    const a = entries[i].summary.shingles;
    const b = entries[j].summary.shingles;
    const inter = intersection(a, b);
    const jac = inter / (a.length + b.length - inter);
    if (
      jac < options.threshold &&
      (Math.max(inter / a.length, inter / b.length) < options.containment || !sharesGuidance(i, j))
    )
      continue;
    for (const x of members.get(i)!) {
      for (const y of members.get(j)!)
        if (!inFocus || inFocus[x] || inFocus[y])
          pairs.push(x < y ? pairOf(x, y, jac, false) : pairOf(y, x, jac, false));
    }
  }
  pairs.sort((p, q) => (p.a < q.a ? -1 : p.a > q.a ? 1 : p.b < q.b ? -1 : p.b > q.b ? 1 : 0));

  return resultOf(entries, options, pairs, candidates.size, !focus, articles);
}

/** How many articles a passage (by hash) stands in: counted over the input, or asked of the corpus's index. */
export type Spread = Map<number, number> | ((hash: number) => number | undefined);

/** The spaces of keys under which a changed-files run finds an article's possible copies (see dupeKeys). */
export const SPACE = { body: 0, band: 1, passage: 2 } as const;

/**
 * The keys that can make an article part of a pair, by space: its body hash (exact copies: articles with words), its
 * LSH band keys (near copies: articles with shingles), its passages' hashes (those not ignored, each once: also what
 * the spread of a passage counts).
 */
export function dupeKeys(summary: DupeSummary): number[][] {
  const body = summary.words ? [summary.bodyHash] : [];
  const bands: number[] = [];
  const sig = summary.signature;
  if (sig.length && summary.shingles.length)
    for (let band = 0; band < BANDS; band++) bands.push(bandKey(sig, band, ROWS));
  const passages = new Set<number>();
  for (let k = 0; k < summary.passageCount; k++) {
    const h = summary.passageHash(k);
    if (h === h) passages.add(h);
  }
  return [body, bands, [...passages]];
}

/** The corpus as selectFocused() sees it, through the keys of dupeKeys(). */
export interface DupeCorpus {
  files(space: number, key: number): string[];
  count(space: number, key: number): number;
  summary(file: string): DupeSummary | undefined;
}

/**
 * The articles a detection focused on `changed` needs, so that detect() on them alone finds the pairs it finds on
 * the whole corpus (given the corpus's passage spread and size): the changed articles; the representative of each
 * one's group of identical bodies (the group's first file) and what shares an LSH band or a passage with it (the
 * candidates detect() considers; a passage in more articles than `boilerplateSpread` makes none); and every article
 * with the body of one selected, so that each group of identical bodies is whole (a group's representative and
 * members are those of the corpus).
 */
export function selectFocused(changed: Iterable<string>, corpus: DupeCorpus, boilerplateSpread: number): Set<string> {
  const selected = new Set<string>();
  const bodyOf = (file: string, summary: DupeSummary) =>
    summary.words ? corpus.files(SPACE.body, summary.bodyHash) : [file];
  const reps = new Set<string>();
  for (const file of changed) {
    const summary = corpus.summary(file);
    if (!summary) continue;
    selected.add(file);
    if (summary.words) reps.add(bodyOf(file, summary).reduce((a, b) => (b < a ? b : a), file));
  }
  for (const rep of reps) {
    const summary = corpus.summary(rep);
    if (!summary) continue;
    selected.add(rep);
    const [, bands, passages] = dupeKeys(summary);
    for (const key of bands) for (const f of corpus.files(SPACE.band, key)) selected.add(f);
    for (const key of passages) {
      if (corpus.count(SPACE.passage, key) > boilerplateSpread) continue;
      for (const f of corpus.files(SPACE.passage, key)) selected.add(f);
    }
  }
  for (const file of [...selected]) {
    const summary = corpus.summary(file);
    if (summary?.words) for (const f of bodyOf(file, summary)) selected.add(f);
  }
  return selected;
}

/**
 * How much of passage a stands in passage b: their Jaccard similarity, or the share of a's 3-shingles found
 * in b when that is larger (a copied sentence or item inside a longer passage). `both`: either way round.
 */
export function passageSimilarity(a: Uint32Array, b: Uint32Array, both = false): number {
  const inter = intersection(a, b);
  return Math.max(inter / (a.length + b.length - inter), inter / (both ? Math.min(a.length, b.length) : a.length));
}

function byFileName(entries: DupeEntry[]): DupeEntry[] {
  return [...entries].sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : 0));
}

/**
 * A result over these pairs: clusters, and passage groups made when a report first asks for them (both
 * left empty for a focused detection, which sees only part of the corpus).
 */
export function resultOf(
  input: DupeEntry[],
  options: DupeOptions,
  pairs: DupePair[],
  candidatePairs: number,
  whole = true,
  articles: number | (() => number) = input.length,
): DupeResult {
  const entries = byFileName(input);
  const byFile = new Map(entries.map((e) => [e.file, e.summary]));
  let groups: PassageGroup[] | undefined;
  const shared = new Map<DupePair, SharedPassage[]>();
  return {
    get articles() {
      return typeof articles === 'function' ? (articles = articles()) : articles;
    },
    options,
    summaryOf: (file) => byFile.get(file),
    candidatePairs,
    pairs,
    clusters: whole ? clustersOf(entries, pairs) : [],
    get passageGroups() {
      return (groups ??= whole ? groupPassages(entries, options) : []);
    },
    // asked for by the rule and again by a build's report: found once per pair
    shared: (pair) => {
      let found = shared.get(pair);
      if (!found) shared.set(pair, (found = sharedPassages(byFile.get(pair.a)!, byFile.get(pair.b)!, options)));
      return found;
    },
  };
}

/**
 * How many articles each passage stands in (by hash): passages in too many are boilerplate. Hashes are read
 * from the packed summaries, no passage object is made.
 */
export function passageSpread(entries: DupeEntry[]): Map<number, number> {
  const spread = new Map<number, number>();
  for (const e of entries) {
    const seen = new Set<number>();
    for (let k = 0; k < e.summary.passageCount; k++) {
      const h = e.summary.passageHash(k);
      if (h === h && !seen.has(h)) {
        seen.add(h);
        spread.set(h, (spread.get(h) ?? 0) + 1);
      }
    }
  }
  return spread;
}

/** Clusters of the pairs (union-find), each with the member that contains the most of the others. */
function clustersOf(entries: DupeEntry[], pairs: DupePair[]): Cluster[] {
  const n = entries.length;
  const index = new Map(entries.map((e, i) => [e.file, i]));
  const uf = new UnionFind(n);
  for (const p of pairs) uf.union(index.get(p.a)!, index.get(p.b)!);
  const score = new Float64Array(n);
  for (const p of pairs) {
    score[index.get(p.b)!] += p.containmentA; // how much of a stands in b
    score[index.get(p.a)!] += p.containmentB;
  }
  const groups = new Map<number, number[]>();
  for (const p of pairs) {
    for (const f of [p.a, p.b]) {
      const i = index.get(f)!;
      const root = uf.find(i);
      const g = groups.get(root);
      if (!g) groups.set(root, [i]);
      else if (!g.includes(i)) g.push(i);
    }
  }
  return [...groups.values()]
    .map((g) => g.sort((a, b) => a - b))
    .map((g) => {
      let best = g[0];
      for (const i of g) if (score[i] > score[best] + 1e-9) best = i;
      return { files: g.map((i) => entries[i].file), canonical: entries[best].file };
    })
    .sort((a, b) => b.files.length - a.files.length || (a.files[0] < b.files[0] ? -1 : 1));
}

/** Passages of a that stand in b, exact or near, the largest first, without passages nested in a larger shared one. */
export function sharedPassages(a: DupeSummary, b: DupeSummary, options: DupeOptions): SharedPassage[] {
  const found: SharedPassage[] = [];
  const byHash = new Map<number, PassageSummary>();
  for (const p of b.passages) if (!p.ignored && !byHash.has(p.hash)) byHash.set(p.hash, p);
  for (const pa of a.passages) {
    if (pa.ignored) continue;
    const same = byHash.get(pa.hash);
    if (same) {
      found.push({ a: pa, b: same, exact: true, similarity: 1 });
      continue;
    }
    let best: SharedPassage | undefined;
    for (const pb of b.passages) {
      if (pb.ignored || !pa.signature.length || !pb.signature.length) continue;
      // the Jaccard similarity that a's share in b of passageThreshold implies, less the estimate's slack
      const na = pa.shingles.length;
      const least = (options.passageThreshold * na) / (na + pb.shingles.length - options.passageThreshold * na);
      if (estimate(pa.signature, pb.signature) < Math.min(options.passageThreshold, least) - 0.2) continue;
      const s = passageSimilarity(pa.shingles, pb.shingles);
      if (s >= options.passageThreshold && (!best || s > best.similarity))
        best = { a: pa, b: pb, exact: false, similarity: s };
    }
    if (best) found.push(best);
  }
  found.sort((x, y) => y.a.words - x.a.words || x.a.startLine - y.a.startLine);
  const kept: SharedPassage[] = [];
  const inside = (p: PassageSummary, q: PassageSummary) => p.startLine >= q.startLine && p.endLine <= q.endLine;
  for (const s of found) if (!kept.some((k) => inside(s.a, k.a) && inside(s.b, k.b))) kept.push(s);
  return kept.sort((x, y) => x.a.startLine - y.a.startLine || x.b.startLine - y.b.startLine);
}

/**
 * Passages standing in more than one article: exact (same normalised words) and near (LSH at passage size).
 * Passages are numbered in file order and read from the packed summaries: no object per passage.
 */
function groupPassages(entries: DupeEntry[], options: DupeOptions): PassageGroup[] {
  // every passage not ignored, as (file, passage index) in two flat arrays
  let total = 0;
  for (const e of entries) total += e.summary.passageCount;
  const fileOf = new Int32Array(total);
  const indexOf = new Int32Array(total);
  let count = 0;
  for (let file = 0; file < entries.length; file++) {
    const s = entries[file].summary;
    for (let k = 0; k < s.passageCount; k++) {
      if (s.passageIgnored(k)) continue;
      fileOf[count] = file;
      indexOf[count] = k;
      count++;
    }
  }
  const summary = (i: number) => entries[fileOf[i]].summary;
  // sections join groups by exact match only (they carry no signature); paragraphs and items also near
  const uf = new UnionFind(count);
  const firstByHash = new Map<number, number>();
  for (let i = 0; i < count; i++) {
    const h = summary(i).passageHashOf(indexOf[i]);
    const first = firstByHash.get(h);
    if (first === undefined) firstByHash.set(h, i);
    else uf.union(first, i);
  }
  // near passages: LSH over one representative per distinct passage (identical ones are united already)
  const withSig: number[] = [];
  const signatures: Uint32Array[] = [];
  for (const i of firstByHash.values()) {
    const sig = summary(i).passageSignature(indexOf[i]);
    if (!sig.length) continue;
    withSig.push(i);
    signatures.push(sig);
  }
  for (const [x, y] of lshCandidates(signatures, PASSAGE_BANDS, PASSAGE_ROWS, 64)) {
    const i = withSig[x];
    const j = withSig[y];
    if (uf.find(i) === uf.find(j)) continue;
    if (
      jaccard(summary(i).passageShingles(indexOf[i]), summary(j).passageShingles(indexOf[j])) >=
      options.passageThreshold
    )
      uf.union(i, j);
  }
  // groups of two passages or more (most passages stand alone), members in passage order
  const rootOf = new Int32Array(count);
  const size = new Int32Array(count);
  for (let i = 0; i < count; i++) size[(rootOf[i] = uf.find(i))]++;
  const groups = new Map<number, number[]>();
  for (let i = 0; i < count; i++) {
    if (size[rootOf[i]] < 2) continue;
    const g = groups.get(rootOf[i]);
    if (g) g.push(i);
    else groups.set(rootOf[i], [i]);
  }
  const out: PassageGroup[] = [];
  for (const g of groups.values()) {
    const files = new Set<number>();
    for (const i of g) files.add(fileOf[i]);
    if (files.size < 2) continue;
    const hash = summary(g[0]).passageHashOf(indexOf[g[0]]);
    out.push({
      words: summary(g[0]).passageWords(indexOf[g[0]]),
      hash,
      exact: g.every((i) => summary(i).passageHashOf(indexOf[i]) === hash),
      boilerplate: files.size > options.boilerplateSpread,
      occurrences: g.map((i) => ({
        file: entries[fileOf[i]].file,
        startLine: summary(i).passageStartLine(indexOf[i]),
        endLine: summary(i).passageEndLine(indexOf[i]),
      })),
    });
  }
  return out.sort((a, b) => b.occurrences.length - a.occurrences.length || b.words - a.words || a.hash - b.hash);
}

const CLOUD_SUFFIX = /[-_.](public|fairfax|mooncake|usnat|ussec|blackforest|gov|china)(?=\.md$)/i;

/** The cloud a file name's suffix names (`x-mooncake.md` -> `mooncake`), if any. */
export function cloudSuffix(file: string): string | undefined {
  return CLOUD_SUFFIX.exec(file)?.[1].toLowerCase();
}

/** File names without their cloud suffix, kept: every pair asks, every run. */
const withoutSuffix = new Map<string, string>();
function baseName(file: string): string {
  let base = withoutSuffix.get(file);
  if (base === undefined) {
    if (withoutSuffix.size > 100_000) withoutSuffix.clear();
    withoutSuffix.set(file, (base = file.replace(CLOUD_SUFFIX, '')));
  }
  return base;
}

export function isPerCloudCopy(pair: { a: string; b: string }): boolean {
  return baseName(pair.a) === baseName(pair.b);
}

/**
 * A descriptor at the end of a file name that names an operating system: the authoring guide asks for one
 * document per OS, told apart so (`x-windows.md`, `x-linux.md`; often `x.md` beside `x-linux.md`).
 */
const OS_SUFFIX = /[-_.](windows|linux|win)(?=\.md$)/i;

/** Two articles whose names are one once an OS descriptor is taken off either: variants by design. */
export function isPerOsVariant(pair: { a: string; b: string }): boolean {
  if (!OS_SUFFIX.test(pair.a) && !OS_SUFFIX.test(pair.b)) return false;
  return pair.a.replace(OS_SUFFIX, '') === pair.b.replace(OS_SUFFIX, '');
}

/**
 * Why the policy does not report a pair, or undefined when it does. Byte-identical bodies are reported
 * whatever their type (copy and paste, not templating); per-cloud copies go to the consolidation suggestion.
 */
export function exemption(pair: DupePair, types: Map<string, string | null>, options: DupeOptions): string | undefined {
  if (options.perCloudCopies === 'ignore' && isPerCloudCopy(pair))
    return 'per-cloud copies (file names differ only by a cloud suffix)';
  if (pair.identical) return undefined;
  // one document per operating system, as the authoring guide names them: they share all but the OS's steps
  if (isPerOsVariant(pair)) return 'per-OS variants (file names differ only by a windows/linux descriptor)';
  for (const f of [pair.a, pair.b]) {
    const t = types.get(f);
    if (t && options.types[t] === 'ignore') return `templated type \`${t}\` (repeats by design)`;
  }
  return undefined;
}

/** Whether a pair is reported under the policy: both types reported or byte-identical, not a per-cloud copy. */
export function reportable(pair: DupePair, types: Map<string, string | null>, options: DupeOptions): boolean {
  return exemption(pair, types, options) === undefined;
}

/** Groups of per-cloud copies (union of the per-cloud pairs), each sorted, the groups by their first file. */
export function perCloudGroups(pairs: DupePair[]): string[][] {
  const index = new Map<string, number>();
  const files: string[] = [];
  const id = (f: string) => {
    let i = index.get(f);
    if (i === undefined) index.set(f, (i = files.push(f) - 1));
    return i;
  };
  const cloudPairs = pairs.filter(isPerCloudCopy).map((p) => [id(p.a), id(p.b)] as const);
  const uf = new UnionFind(files.length);
  for (const [a, b] of cloudPairs) uf.union(a, b);
  const groups = new Map<number, string[]>();
  files.forEach((f, i) => {
    const root = uf.find(i);
    const g = groups.get(root);
    if (g) g.push(f);
    else groups.set(root, [f]);
  });
  return [...groups.values()].map((g) => g.sort()).sort((x, y) => (x[0] < y[0] ? -1 : 1));
}
