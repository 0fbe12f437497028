import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);

// build/src/dupes/minhash.js
function hashWord(word) {
  let h = 2166136261;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}
function mix(h) {
  h ^= h >>> 16;
  h = Math.imul(h, 2246822507);
  h ^= h >>> 13;
  h = Math.imul(h, 3266489909);
  h ^= h >>> 16;
  return h >>> 0;
}
function shingles(wordHashes, k, start = 0, end = wordHashes.length) {
  const n = end - start - k + 1;
  if (n <= 0)
    return new Uint32Array(0);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = 2538058380;
    for (let j = 0; j < k; j++)
      h = Math.imul(h, 2654435761) + wordHashes[start + i + j] | 0;
    out[i] = mix(h);
  }
  out.sort();
  let w = 0;
  for (let i = 0; i < n; i++)
    if (i === 0 || out[i] !== out[i - 1])
      out[w++] = out[i];
  return out.slice(0, w);
}
function sequenceHash(wordHashes, start = 0, end = wordHashes.length) {
  let a = 305419896;
  let b = 2596069104;
  for (let i = start; i < end; i++) {
    a = mix(a ^ wordHashes[i]);
    b = mix(b + wordHashes[i] + 2135587861);
  }
  return (a & 1048575) * 4294967296 + b;
}
function signature(set, size) {
  const sig = new Uint32Array(size);
  if (!set.length || !size)
    return sig;
  const bits = Math.log2(size);
  const shift = 32 - bits;
  const low = shift === 32 ? 4294967295 : (1 << shift) - 1;
  const EMPTY = 4294967295;
  sig.fill(EMPTY);
  for (let k = 0; k < set.length; k++) {
    const x = set[k];
    const bin = x >>> shift;
    const v = (x & low) >>> 0;
    if (v < sig[bin])
      sig[bin] = v;
  }
  for (let i = 0; i < size; i++) {
    if (sig[i] !== EMPTY)
      continue;
    for (let t = 1; t < size; t++) {
      const j = (i + t) % size;
      if (sig[j] !== EMPTY && sig[j] <= low) {
        sig[i] = (t << shift | sig[j]) >>> 0;
        break;
      }
    }
  }
  return sig;
}
var SEEDS = [];
function seeds(n) {
  while (SEEDS.length < n) {
    const i = SEEDS.length + 1;
    SEEDS.push([mix(i * 2654435761) | 1, mix(i * 2246822519 + 374761393)]);
  }
  return SEEDS;
}
function signatureK(set, size) {
  const sig = new Uint32Array(size);
  if (!set.length)
    return sig;
  sig.fill(4294967295);
  const s = seeds(size);
  for (let i = 0; i < size; i++) {
    const a = s[i][0];
    const b = s[i][1];
    let min = 4294967295;
    for (let k = 0; k < set.length; k++) {
      const v = Math.imul(a, set[k]) + b >>> 0;
      if (v < min)
        min = v;
    }
    sig[i] = min;
  }
  return sig;
}
function estimate(a, b) {
  let same = 0;
  for (let i = 0; i < a.length; i++)
    if (a[i] === b[i])
      same++;
  return a.length ? same / a.length : 0;
}
function intersection(a, b) {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j])
      i++;
    else
      j++;
  }
  return n;
}
function jaccard(a, b) {
  const inter = intersection(a, b);
  const union = a.length + b.length - inter;
  return union ? inter / union : 1;
}
function bandKey(sig, band, rows) {
  let h = band;
  for (let r = 0; r < rows; r++)
    h = mix(h ^ sig[band * rows + r]);
  return h | 0;
}
var PairCodes = class {
  n;
  codes = new Float64Array(1024);
  count = 0;
  constructor(n) {
    this.n = n;
  }
  add(a, b) {
    if (this.count === this.codes.length) {
      const grown = new Float64Array(this.codes.length * 2);
      grown.set(this.codes);
      this.codes = grown;
    }
    this.codes[this.count++] = a < b ? a * this.n + b : b * this.n + a;
  }
  pairs() {
    const sorted = this.codes.subarray(0, this.count).sort();
    const out = [];
    for (let i = 0; i < sorted.length; i++) {
      if (i > 0 && sorted[i] === sorted[i - 1])
        continue;
      const a = Math.floor(sorted[i] / this.n);
      out.push([a, sorted[i] - a * this.n]);
    }
    return out;
  }
};
function lshCandidates(signatures, bands, rows, maxBucket = Infinity) {
  const items = [];
  for (let item = 0; item < signatures.length; item++)
    if (signatures[item].length)
      items.push(item);
  const found = new PairCodes(signatures.length);
  const table = new BandTable(items.length);
  for (let band = 0; band < bands; band++) {
    table.fill(signatures, items, band, rows);
    table.emit(found, items, maxBucket);
  }
  return found.pairs();
}
var BandTable = class {
  mask;
  key;
  head;
  tail;
  count;
  next;
  constructor(members) {
    let size = 2;
    while (size < members * 2)
      size *= 2;
    this.mask = size - 1;
    this.key = new Int32Array(size);
    this.head = new Int32Array(size);
    this.tail = new Int32Array(size);
    this.count = new Int32Array(size);
    this.next = new Int32Array(members);
  }
  /** Bucket the items by their band key, each bucket's members in ascending order. */
  fill(signatures, items, band, rows) {
    const { key, head, tail, count, next, mask } = this;
    head.fill(-1);
    for (let x = 0; x < items.length; x++) {
      const k = bandKey(signatures[items[x]], band, rows);
      let s = k & mask;
      while (head[s] !== -1 && key[s] !== k)
        s = s + 1 & mask;
      next[x] = -1;
      if (head[s] === -1) {
        head[s] = x;
        key[s] = k;
        count[s] = 1;
      } else {
        next[tail[s]] = x;
        count[s]++;
      }
      tail[s] = x;
    }
  }
  /** Every bucket's pairs: all of them, or, in a bucket larger than maxBucket, each member with the first. */
  emit(found, items, maxBucket) {
    const { head, count, next } = this;
    for (let s = 0; s < head.length; s++) {
      const first = head[s];
      if (first === -1 || count[s] < 2)
        continue;
      if (count[s] > maxBucket) {
        for (let x = next[first]; x !== -1; x = next[x])
          found.add(items[first], items[x]);
        continue;
      }
      for (let x = first; x !== -1; x = next[x])
        for (let y = next[x]; y !== -1; y = next[y])
          found.add(items[x], items[y]);
    }
  }
};
function focusCandidates(signatures, focus, bands, rows) {
  const pairs = /* @__PURE__ */ new Set();
  const out = [];
  const key = (sig, band) => bandKey(sig, band, rows);
  for (let band = 0; band < bands; band++) {
    const buckets = /* @__PURE__ */ new Map();
    signatures.forEach((sig, i) => {
      if (!focus[i] || !sig.length)
        return;
      const k = key(sig, band);
      buckets.set(k, [...buckets.get(k) ?? [], i]);
    });
    if (!buckets.size)
      continue;
    signatures.forEach((sig, j) => {
      if (!sig.length)
        return;
      const hits = buckets.get(key(sig, band));
      if (!hits)
        return;
      for (const i of hits) {
        if (i === j)
          continue;
        const [a, b] = i < j ? [i, j] : [j, i];
        const id = `${a},${b}`;
        if (!pairs.has(id)) {
          pairs.add(id);
          out.push([a, b]);
        }
      }
    });
  }
  return out.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

// build/src/dupes/detect.js
var BANDS = 16;
var ROWS = 4;
var PASSAGE_BANDS = 8;
var PASSAGE_ROWS = 4;
var UnionFind = class {
  parent;
  constructor(n) {
    this.parent = new Int32Array(n).map((_, i) => i);
  }
  find(x) {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]];
      x = this.parent[x];
    }
    return x;
  }
  union(a, b) {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb)
      this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
};
function detect(input, options, focus, spread = passageSpread(input), articles = input.length) {
  const spreadOf = typeof spread === "function" ? spread : (hash) => spread.get(hash);
  const entries = byFileName(input);
  const n = entries.length;
  const inFocus = focus ? entries.map((e) => focus.has(e.file)) : void 0;
  const byBody = /* @__PURE__ */ new Map();
  entries.forEach((e, i) => {
    if (!e.summary.words)
      return;
    const group = byBody.get(e.summary.bodyHash);
    if (group)
      group.push(i);
    else
      byBody.set(e.summary.bodyHash, [i]);
  });
  const reps = [];
  const members = /* @__PURE__ */ new Map();
  for (const group of byBody.values()) {
    reps.push(group[0]);
    members.set(group[0], group);
  }
  reps.sort((a, b) => a - b);
  const pairs = [];
  const pairOf = (i, j, jac, exact) => {
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
      identical: exact && entries[i].summary.rawHash === entries[j].summary.rawHash
    };
  };
  for (const group of members.values()) {
    for (let x = 0; x < group.length; x++) {
      for (let y = x + 1; y < group.length; y++)
        if (!inFocus || inFocus[group[x]] || inFocus[group[y]])
          pairs.push(pairOf(group[x], group[y], 1, true));
    }
  }
  const withShingles = reps.filter((i) => entries[i].summary.shingles.length > 0);
  const candidates = /* @__PURE__ */ new Map();
  const repInFocus = inFocus && new Set(reps.filter((r) => members.get(r).some((m) => inFocus[m])));
  const lsh = repInFocus ? focusCandidates(withShingles.map((i) => entries[i].summary.signature), withShingles.map((i) => repInFocus.has(i)), BANDS, ROWS) : lshCandidates(withShingles.map((i) => entries[i].summary.signature), BANDS, ROWS);
  for (const [x, y] of lsh) {
    const i = withShingles[x];
    const j = withShingles[y];
    candidates.set(i * n + j, [i, j]);
  }
  let focusHashes;
  if (repInFocus) {
    focusHashes = /* @__PURE__ */ new Set();
    for (const i of repInFocus)
      for (let k = 0; k < entries[i].summary.passageCount; k++)
        focusHashes.add(entries[i].summary.passageHash(k));
  }
  const byPassage = /* @__PURE__ */ new Map();
  for (const i of withShingles) {
    const summary = entries[i].summary;
    for (let k = 0; k < summary.passageCount; k++) {
      const h = summary.passageHash(k);
      if (h !== h || focusHashes && !focusHashes.has(h))
        continue;
      const list = byPassage.get(h);
      if (!list)
        byPassage.set(h, [i]);
      else if (list[list.length - 1] !== i)
        list.push(i);
    }
  }
  for (const [hash, list] of byPassage) {
    if (list.length < 2 || (spreadOf(hash) ?? 0) > options.boilerplateSpread)
      continue;
    if (repInFocus && !list.some((i) => repInFocus.has(i)))
      continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const [i, j] = list[x] < list[y] ? [list[x], list[y]] : [list[y], list[x]];
        candidates.set(i * n + j, [i, j]);
      }
    }
  }
  const sharesGuidance = (i, j) => {
    const a = entries[i].summary;
    const b = entries[j].summary;
    const hashes = /* @__PURE__ */ new Set();
    for (let k = 0; k < a.passageCount; k++)
      hashes.add(a.passageHash(k));
    for (let k = 0; k < b.passageCount; k++) {
      const h = b.passageHash(k);
      if (h === h && hashes.has(h) && spreadOf(h) <= options.boilerplateSpread)
        return true;
    }
    const common = (k, s) => spreadOf(s.passageHashOf(k)) <= options.boilerplateSpread;
    for (let x = 0; x < a.passageCount; x++) {
      const sa = a.passageShingles(x);
      if (!sa.length || !common(x, a))
        continue;
      for (let y = 0; y < b.passageCount; y++) {
        const sb = b.passageShingles(y);
        if (!sb.length || !estimate(a.passageSignature(x), b.passageSignature(y)) || !common(y, b))
          continue;
        if (passageSimilarity(sa, sb, true) >= options.passageThreshold)
          return true;
      }
    }
    return false;
  };
  for (const [i, j] of candidates.values()) {
    if (repInFocus && !repInFocus.has(i) && !repInFocus.has(j))
      continue;
    const a = entries[i].summary.shingles;
    const b = entries[j].summary.shingles;
    const inter = intersection(a, b);
    const jac = inter / (a.length + b.length - inter);
    if (jac < options.threshold && (Math.max(inter / a.length, inter / b.length) < options.containment || !sharesGuidance(i, j)))
      continue;
    for (const x of members.get(i)) {
      for (const y of members.get(j))
        if (!inFocus || inFocus[x] || inFocus[y])
          pairs.push(x < y ? pairOf(x, y, jac, false) : pairOf(y, x, jac, false));
    }
  }
  pairs.sort((p, q) => p.a < q.a ? -1 : p.a > q.a ? 1 : p.b < q.b ? -1 : p.b > q.b ? 1 : 0);
  return resultOf(entries, options, pairs, candidates.size, !focus, articles);
}
var SPACE = { body: 0, band: 1, passage: 2 };
function dupeKeys(summary) {
  const body = summary.words ? [summary.bodyHash] : [];
  const bands = [];
  const sig = summary.signature;
  if (sig.length && summary.shingles.length)
    for (let band = 0; band < BANDS; band++)
      bands.push(bandKey(sig, band, ROWS));
  const passages = /* @__PURE__ */ new Set();
  for (let k = 0; k < summary.passageCount; k++) {
    const h = summary.passageHash(k);
    if (h === h)
      passages.add(h);
  }
  return [body, bands, [...passages]];
}
function selectFocused(changed, corpus, boilerplateSpread) {
  const selected = /* @__PURE__ */ new Set();
  const bodyOf = (file, summary) => summary.words ? corpus.files(SPACE.body, summary.bodyHash) : [file];
  const reps = /* @__PURE__ */ new Set();
  for (const file of changed) {
    const summary = corpus.summary(file);
    if (!summary)
      continue;
    selected.add(file);
    if (summary.words)
      reps.add(bodyOf(file, summary).reduce((a, b) => b < a ? b : a, file));
  }
  for (const rep of reps) {
    const summary = corpus.summary(rep);
    if (!summary)
      continue;
    selected.add(rep);
    const [, bands, passages] = dupeKeys(summary);
    for (const key of bands)
      for (const f of corpus.files(SPACE.band, key))
        selected.add(f);
    for (const key of passages) {
      if (corpus.count(SPACE.passage, key) > boilerplateSpread)
        continue;
      for (const f of corpus.files(SPACE.passage, key))
        selected.add(f);
    }
  }
  for (const file of [...selected]) {
    const summary = corpus.summary(file);
    if (summary?.words)
      for (const f of bodyOf(file, summary))
        selected.add(f);
  }
  return selected;
}
function passageSimilarity(a, b, both = false) {
  const inter = intersection(a, b);
  return Math.max(inter / (a.length + b.length - inter), inter / (both ? Math.min(a.length, b.length) : a.length));
}
function byFileName(entries) {
  return [...entries].sort((x, y) => x.file < y.file ? -1 : x.file > y.file ? 1 : 0);
}
function resultOf(input, options, pairs, candidatePairs, whole = true, articles = input.length) {
  const entries = byFileName(input);
  const byFile = new Map(entries.map((e) => [e.file, e.summary]));
  let groups;
  const shared = /* @__PURE__ */ new Map();
  return {
    get articles() {
      return typeof articles === "function" ? articles = articles() : articles;
    },
    options,
    summaryOf: (file) => byFile.get(file),
    candidatePairs,
    pairs,
    clusters: whole ? clustersOf(entries, pairs) : [],
    get passageGroups() {
      return groups ??= whole ? groupPassages(entries, options) : [];
    },
    // asked for by the rule and again by a build's report: found once per pair
    shared: (pair) => {
      let found = shared.get(pair);
      if (!found)
        shared.set(pair, found = sharedPassages(byFile.get(pair.a), byFile.get(pair.b), options));
      return found;
    }
  };
}
function passageSpread(entries) {
  const spread = /* @__PURE__ */ new Map();
  for (const e of entries) {
    const seen = /* @__PURE__ */ new Set();
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
function clustersOf(entries, pairs) {
  const n = entries.length;
  const index = new Map(entries.map((e, i) => [e.file, i]));
  const uf = new UnionFind(n);
  for (const p of pairs)
    uf.union(index.get(p.a), index.get(p.b));
  const score = new Float64Array(n);
  for (const p of pairs) {
    score[index.get(p.b)] += p.containmentA;
    score[index.get(p.a)] += p.containmentB;
  }
  const groups = /* @__PURE__ */ new Map();
  for (const p of pairs) {
    for (const f of [p.a, p.b]) {
      const i = index.get(f);
      const root = uf.find(i);
      const g = groups.get(root);
      if (!g)
        groups.set(root, [i]);
      else if (!g.includes(i))
        g.push(i);
    }
  }
  return [...groups.values()].map((g) => g.sort((a, b) => a - b)).map((g) => {
    let best = g[0];
    for (const i of g)
      if (score[i] > score[best] + 1e-9)
        best = i;
    return { files: g.map((i) => entries[i].file), canonical: entries[best].file };
  }).sort((a, b) => b.files.length - a.files.length || (a.files[0] < b.files[0] ? -1 : 1));
}
function sharedPassages(a, b, options) {
  const found = [];
  const byHash = /* @__PURE__ */ new Map();
  for (const p of b.passages)
    if (!p.ignored && !byHash.has(p.hash))
      byHash.set(p.hash, p);
  for (const pa of a.passages) {
    if (pa.ignored)
      continue;
    const same = byHash.get(pa.hash);
    if (same) {
      found.push({ a: pa, b: same, exact: true, similarity: 1 });
      continue;
    }
    let best;
    for (const pb of b.passages) {
      if (pb.ignored || !pa.signature.length || !pb.signature.length)
        continue;
      const na = pa.shingles.length;
      const least = options.passageThreshold * na / (na + pb.shingles.length - options.passageThreshold * na);
      if (estimate(pa.signature, pb.signature) < Math.min(options.passageThreshold, least) - 0.2)
        continue;
      const s = passageSimilarity(pa.shingles, pb.shingles);
      if (s >= options.passageThreshold && (!best || s > best.similarity))
        best = { a: pa, b: pb, exact: false, similarity: s };
    }
    if (best)
      found.push(best);
  }
  found.sort((x, y) => y.a.words - x.a.words || x.a.startLine - y.a.startLine);
  const kept = [];
  const inside = (p, q) => p.startLine >= q.startLine && p.endLine <= q.endLine;
  for (const s of found)
    if (!kept.some((k) => inside(s.a, k.a) && inside(s.b, k.b)))
      kept.push(s);
  return kept.sort((x, y) => x.a.startLine - y.a.startLine || x.b.startLine - y.b.startLine);
}
function groupPassages(entries, options) {
  let total = 0;
  for (const e of entries)
    total += e.summary.passageCount;
  const fileOf = new Int32Array(total);
  const indexOf = new Int32Array(total);
  let count = 0;
  for (let file = 0; file < entries.length; file++) {
    const s = entries[file].summary;
    for (let k = 0; k < s.passageCount; k++) {
      if (s.passageIgnored(k))
        continue;
      fileOf[count] = file;
      indexOf[count] = k;
      count++;
    }
  }
  const summary = (i) => entries[fileOf[i]].summary;
  const uf = new UnionFind(count);
  const firstByHash = /* @__PURE__ */ new Map();
  for (let i = 0; i < count; i++) {
    const h = summary(i).passageHashOf(indexOf[i]);
    const first = firstByHash.get(h);
    if (first === void 0)
      firstByHash.set(h, i);
    else
      uf.union(first, i);
  }
  const withSig = [];
  const signatures = [];
  for (const i of firstByHash.values()) {
    const sig = summary(i).passageSignature(indexOf[i]);
    if (!sig.length)
      continue;
    withSig.push(i);
    signatures.push(sig);
  }
  for (const [x, y] of lshCandidates(signatures, PASSAGE_BANDS, PASSAGE_ROWS, 64)) {
    const i = withSig[x];
    const j = withSig[y];
    if (uf.find(i) === uf.find(j))
      continue;
    if (jaccard(summary(i).passageShingles(indexOf[i]), summary(j).passageShingles(indexOf[j])) >= options.passageThreshold)
      uf.union(i, j);
  }
  const rootOf = new Int32Array(count);
  const size = new Int32Array(count);
  for (let i = 0; i < count; i++)
    size[rootOf[i] = uf.find(i)]++;
  const groups = /* @__PURE__ */ new Map();
  for (let i = 0; i < count; i++) {
    if (size[rootOf[i]] < 2)
      continue;
    const g = groups.get(rootOf[i]);
    if (g)
      g.push(i);
    else
      groups.set(rootOf[i], [i]);
  }
  const out = [];
  for (const g of groups.values()) {
    const files = /* @__PURE__ */ new Set();
    for (const i of g)
      files.add(fileOf[i]);
    if (files.size < 2)
      continue;
    const hash = summary(g[0]).passageHashOf(indexOf[g[0]]);
    out.push({
      words: summary(g[0]).passageWords(indexOf[g[0]]),
      hash,
      exact: g.every((i) => summary(i).passageHashOf(indexOf[i]) === hash),
      boilerplate: files.size > options.boilerplateSpread,
      occurrences: g.map((i) => ({
        file: entries[fileOf[i]].file,
        startLine: summary(i).passageStartLine(indexOf[i]),
        endLine: summary(i).passageEndLine(indexOf[i])
      }))
    });
  }
  return out.sort((a, b) => b.occurrences.length - a.occurrences.length || b.words - a.words || a.hash - b.hash);
}
var CLOUD_SUFFIX = /[-_.](public|fairfax|mooncake|usnat|ussec|blackforest|gov|china)(?=\.md$)/i;
function cloudSuffix(file) {
  return CLOUD_SUFFIX.exec(file)?.[1].toLowerCase();
}
var withoutSuffix = /* @__PURE__ */ new Map();
function baseName(file) {
  let base = withoutSuffix.get(file);
  if (base === void 0) {
    if (withoutSuffix.size > 1e5)
      withoutSuffix.clear();
    withoutSuffix.set(file, base = file.replace(CLOUD_SUFFIX, ""));
  }
  return base;
}
function isPerCloudCopy(pair) {
  return baseName(pair.a) === baseName(pair.b);
}
var OS_SUFFIX = /[-_.](windows|linux|win)(?=\.md$)/i;
function isPerOsVariant(pair) {
  if (!OS_SUFFIX.test(pair.a) && !OS_SUFFIX.test(pair.b))
    return false;
  return pair.a.replace(OS_SUFFIX, "") === pair.b.replace(OS_SUFFIX, "");
}
function exemption(pair, types, options) {
  if (options.perCloudCopies === "ignore" && isPerCloudCopy(pair))
    return "per-cloud copies (file names differ only by a cloud suffix)";
  if (pair.identical)
    return void 0;
  if (isPerOsVariant(pair))
    return "per-OS variants (file names differ only by a windows/linux descriptor)";
  for (const f of [pair.a, pair.b]) {
    const t = types.get(f);
    if (t && options.types[t] === "ignore")
      return `templated type \`${t}\` (repeats by design)`;
  }
  return void 0;
}
function reportable(pair, types, options) {
  return exemption(pair, types, options) === void 0;
}
function perCloudGroups(pairs) {
  const index = /* @__PURE__ */ new Map();
  const files = [];
  const id = (f) => {
    let i = index.get(f);
    if (i === void 0)
      index.set(f, i = files.push(f) - 1);
    return i;
  };
  const cloudPairs = pairs.filter(isPerCloudCopy).map((p) => [id(p.a), id(p.b)]);
  const uf = new UnionFind(files.length);
  for (const [a, b] of cloudPairs)
    uf.union(a, b);
  const groups = /* @__PURE__ */ new Map();
  files.forEach((f, i) => {
    const root = uf.find(i);
    const g = groups.get(root);
    if (g)
      g.push(f);
    else
      groups.set(root, [f]);
  });
  return [...groups.values()].map((g) => g.sort()).sort((x, y) => x[0] < y[0] ? -1 : 1);
}

export {
  hashWord,
  shingles,
  sequenceHash,
  signature,
  signatureK,
  bandKey,
  BANDS,
  ROWS,
  detect,
  SPACE,
  dupeKeys,
  selectFocused,
  resultOf,
  passageSpread,
  cloudSuffix,
  isPerCloudCopy,
  exemption,
  reportable,
  perCloudGroups
};
