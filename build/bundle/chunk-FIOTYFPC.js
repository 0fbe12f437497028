import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);

// build/src/diagnostic.js
var severityRank = { error: 0, warning: 1, info: 2 };
function compareDiagnostics(a, b) {
  if (a.file !== b.file)
    return a.file < b.file ? -1 : 1;
  if (a.line !== b.line)
    return a.line - b.line;
  if (a.column !== b.column)
    return a.column - b.column;
  if (a.ruleId !== b.ruleId)
    return a.ruleId < b.ruleId ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}
function tallyOf(diagnostics) {
  const tally = {};
  for (const d of diagnostics) {
    const t = tally[d.ruleId] ??= [0, 0, 0, 0];
    t[severityRank[d.severity]]++;
    if (d.fix)
      t[3]++;
  }
  return tally;
}
function addTally(total, tally) {
  for (const [rule, [e, w, i, f]] of Object.entries(tally)) {
    const t = total[rule] ??= [0, 0, 0, 0];
    t[0] += e;
    t[1] += w;
    t[2] += i;
    t[3] += f;
  }
}
var UserError = class extends Error {
  hint;
  diagnostics;
  constructor(message, hint, diagnostics) {
    super(message);
    this.hint = hint;
    this.diagnostics = diagnostics;
    this.name = "UserError";
  }
};

// build/src/files.js
import { createHash } from "node:crypto";
import { closeSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import path from "node:path";
var counter = 0;
function writeFileAtomic(file, data) {
  writePartsAtomic(file, [typeof data === "string" ? Buffer.from(data) : data]);
}
function writePartsAtomic(file, parts) {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${counter++}.tmp`);
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    const fd = openSync(temp, "w");
    try {
      for (const part of parts)
        for (let at = 0; at < part.length; )
          at += writeSync(fd, part, at);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
function hashBytes(bytes) {
  return createHash("sha1").update(bytes).digest("hex");
}
function statOf(file) {
  try {
    const s = statSync(file);
    return { mtimeMs: s.mtimeMs, size: s.size };
  } catch {
    return void 0;
  }
}

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
function detect(input, options, focus, spread = passageSpread(input)) {
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
      exact
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
  const spreadOf = (hash) => spread.get(hash);
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
      if (h === h && hashes.has(h) && spread.get(h) <= options.boilerplateSpread)
        return true;
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
  return resultOf(entries, options, pairs, candidates.size, !focus);
}
function byFileName(entries) {
  return [...entries].sort((x, y) => x.file < y.file ? -1 : x.file > y.file ? 1 : 0);
}
function resultOf(input, options, pairs, candidatePairs, whole = true) {
  const entries = byFileName(input);
  const byFile = new Map(entries.map((e) => [e.file, e.summary]));
  let groups;
  const shared = /* @__PURE__ */ new Map();
  return {
    articles: entries.length,
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
      if (estimate(pa.signature, pb.signature) < options.passageThreshold - 0.2)
        continue;
      const s = jaccard(pa.shingles, pb.shingles);
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
      occurrences: g.map((i) => ({ file: entries[fileOf[i]].file, startLine: summary(i).passageStartLine(indexOf[i]), endLine: summary(i).passageEndLine(indexOf[i]) }))
    });
  }
  return out.sort((a, b) => b.occurrences.length - a.occurrences.length || b.words - a.words || a.hash - b.hash);
}
var CLOUD_SUFFIX = /[-_.](public|fairfax|mooncake|usnat|ussec|blackforest|gov|china)(?=\.md$)/i;
function reportable(pair, types, options) {
  for (const f of [pair.a, pair.b]) {
    const t = types.get(f);
    if (t && options.types[t] === "ignore")
      return false;
  }
  if (options.perCloudCopies === "ignore" && pair.a.replace(CLOUD_SUFFIX, "") === pair.b.replace(CLOUD_SUFFIX, ""))
    return false;
  return true;
}

// build/src/dupes/text.js
var WORD_CHAR = /[\p{L}\p{N}]/u;
function isWordChar(code, text, i) {
  if (code < 128)
    return code >= 97 && code <= 122 || code >= 48 && code <= 57;
  return WORD_CHAR.test(text[i]);
}
var TOKEN_OPEN = /^<!--\s*\$\s*([\w.]+)\s*-->$/;
var TOKEN_CLOSE = /^<!--\s*\/\s*\$/;
function urlWord(url) {
  return `url:${url.trim().toLowerCase().replace(/^[a-z][a-z0-9+.-]*:\/\//, "").replace(/^www\./, "").replace(/\/[a-z]{2}-[a-z]{2}(?=\/)/, "").replace(/[/#?]+$/, "")}`;
}
function guidanceText(tree, payloadStrings = []) {
  const words = [];
  const lines = [];
  const passages = [];
  let maskedUntilClose = false;
  let itemDepth = 0;
  const addText = (text, line) => {
    if (maskedUntilClose)
      return;
    const lower = text.toLowerCase();
    let l = line;
    let start = -1;
    for (let i = 0; i <= lower.length; i++) {
      const code = i < lower.length ? lower.charCodeAt(i) : 32;
      if (i < lower.length && isWordChar(code, lower, i)) {
        if (start === -1)
          start = i;
        continue;
      }
      if (start !== -1) {
        words.push(lower.slice(start, i));
        lines.push(l);
        start = -1;
      }
      if (code === 10)
        l++;
    }
  };
  const walk = (node) => {
    const line = node.position?.start.line ?? 0;
    switch (node.type) {
      case "text":
      case "inlineCode":
      case "code":
        addText(node.value, node.type === "code" ? line + 1 : line);
        return;
      case "html": {
        const value = node.value.trim();
        const open2 = TOKEN_OPEN.exec(value);
        if (open2) {
          if (!maskedUntilClose) {
            words.push(`$${open2[1].toLowerCase()}`);
            lines.push(line);
          }
          maskedUntilClose = true;
        } else if (TOKEN_CLOSE.test(value))
          maskedUntilClose = false;
        else if (!value.startsWith("<!--")) {
          const start = words.length;
          addText(node.value.replace(/<!--[\s\S]*?-->/g, " ").replace(/<[^>]*>/g, " "), line);
          if (words.length > start && itemDepth === 0 && node.value.includes("\n")) {
            passages.push({ kind: "paragraph", start, end: words.length, startLine: line, endLine: node.position?.end.line ?? line });
          }
        }
        return;
      }
      case "link":
      case "image":
      case "definition":
        if ("children" in node)
          node.children.forEach((c) => walk(c));
        if (node.type === "image" && node.alt)
          addText(node.alt, line);
        if (!maskedUntilClose && node.url) {
          words.push(urlWord(node.url));
          lines.push(line);
        }
        return;
      case "listItem": {
        const start = words.length;
        let ownEnd = -1;
        let ownEndLine = line;
        itemDepth++;
        for (const child of node.children) {
          if (child.type === "list" && ownEnd === -1) {
            ownEnd = words.length;
            ownEndLine = lines[words.length - 1] ?? line;
          }
          walk(child);
        }
        itemDepth--;
        const end = ownEnd === -1 ? words.length : ownEnd;
        const endLine = ownEnd === -1 ? node.position?.end.line ?? line : ownEndLine;
        if (end > start)
          passages.push({ kind: "item", start, end, startLine: line, endLine });
        return;
      }
      case "list": {
        const start = words.length;
        const top = itemDepth === 0;
        node.children.forEach((c) => walk(c));
        if (top && node.children.length > 1 && words.length > start) {
          passages.push({ kind: "list", start, end: words.length, startLine: line, endLine: node.position?.end.line ?? line });
        }
        return;
      }
      case "paragraph": {
        const start = words.length;
        node.children.forEach((c) => walk(c));
        if (words.length > start && itemDepth === 0)
          passages.push({ kind: "paragraph", start, end: words.length, startLine: line, endLine: node.position?.end.line ?? line });
        return;
      }
      default:
        if ("children" in node)
          node.children.forEach((c) => walk(c));
    }
  };
  const open = [];
  const closeSections = (depth, endLine) => {
    while (open.length && open[open.length - 1].depth >= depth) {
      const s = open.pop();
      if (words.length > s.start)
        passages.push({ kind: "section", start: s.start, end: words.length, startLine: s.startLine, endLine });
    }
  };
  let lastLine = 1;
  for (const child of tree.children) {
    if (child.type === "heading") {
      closeSections(child.depth, lastLine);
      open.push({ depth: child.depth, start: words.length, startLine: child.position?.start.line ?? 0 });
    }
    walk(child);
    lastLine = child.position?.end.line ?? lastLine;
  }
  for (const s of payloadStrings)
    addText(s.text, s.line);
  closeSections(0, Math.max(lastLine, lines[lines.length - 1] ?? lastLine));
  passages.sort((a, b) => a.start - b.start || b.end - a.end);
  return { words, lines, passages };
}

// build/src/dupes/summary.js
var ARTICLE_SHINGLE = 5;
var ARTICLE_SIGNATURE = 64;
var PASSAGE_SHINGLE = 3;
var PASSAGE_SIGNATURE = 32;
var KINDS = ["paragraph", "item", "list", "section"];
var META = 8;
var NONE = new Uint32Array(0);
var DupeSummary = class {
  packed;
  cachedPassages;
  constructor(packed) {
    this.packed = packed;
  }
  get type() {
    return this.packed.type;
  }
  get words() {
    return this.packed.words;
  }
  get bodyHash() {
    return this.packed.bodyHash;
  }
  get shingles() {
    return this.packed.data.subarray(0, this.packed.shingleCount);
  }
  get signature() {
    return this.packed.data.subarray(this.packed.shingleCount, this.packed.shingleCount + this.packed.signatureSize);
  }
  get passageCount() {
    return this.packed.meta.length / META;
  }
  /** the hash of passage i, or NaN when it is ignored as boilerplate: no object is made */
  passageHash(i) {
    return this.passageIgnored(i) ? Number.NaN : this.passageHashOf(i);
  }
  /** passage i's hash, whether or not it is ignored */
  passageHashOf(i) {
    return this.packed.meta[i * META + 4];
  }
  passageIgnored(i) {
    return this.packed.meta[i * META + 5] === 1;
  }
  passageWords(i) {
    return this.packed.meta[i * META + 3];
  }
  passageStartLine(i) {
    return this.packed.meta[i * META + 1];
  }
  passageEndLine(i) {
    return this.packed.meta[i * META + 2];
  }
  /** passage i's shingles (empty for sections and ignored passages): a view, no copy */
  passageShingles(i) {
    const start = this.packed.meta[i * META + 6];
    const count = this.packed.meta[i * META + 7];
    return count ? this.packed.data.subarray(start, start + count) : NONE;
  }
  /** passage i's MinHash signature (empty when it has no shingles): a view, no copy */
  passageSignature(i) {
    const start = this.packed.meta[i * META + 6];
    const count = this.packed.meta[i * META + 7];
    return count ? this.packed.data.subarray(start + count, start + count + PASSAGE_SIGNATURE) : NONE;
  }
  get passages() {
    if (this.cachedPassages)
      return this.cachedPassages;
    const out = [];
    for (let i = 0; i < this.passageCount; i++) {
      out.push({
        kind: KINDS[this.packed.meta[i * META]],
        startLine: this.passageStartLine(i),
        endLine: this.passageEndLine(i),
        words: this.passageWords(i),
        hash: this.passageHashOf(i),
        ignored: this.passageIgnored(i),
        shingles: this.passageShingles(i),
        signature: this.passageSignature(i)
      });
    }
    return this.cachedPassages = out;
  }
};
function pack(type, words, bodyHash, articleShingles, articleSignature, passages) {
  let size = articleShingles.length + articleSignature.length;
  for (const p of passages)
    size += p.shingles.length + p.signature.length;
  const data = new Uint32Array(size);
  data.set(articleShingles, 0);
  data.set(articleSignature, articleShingles.length);
  let at = articleShingles.length + articleSignature.length;
  const meta = new Float64Array(passages.length * META);
  passages.forEach((p, i) => {
    meta.set([KINDS.indexOf(p.kind), p.startLine, p.endLine, p.words, p.hash, p.ignored ? 1 : 0, at, p.shingles.length], i * META);
    data.set(p.shingles, at);
    at += p.shingles.length;
    data.set(p.signature, at);
    at += p.signature.length;
  });
  return { type, words, bodyHash, data, shingleCount: articleShingles.length, signatureSize: articleSignature.length, meta };
}
var regexCache = /* @__PURE__ */ new Map();
function ignoreRegex(patterns) {
  const key = patterns.join("\0");
  let r = regexCache.get(key);
  if (r === void 0)
    regexCache.set(key, r = patterns.length ? new RegExp(patterns.map((p) => `(?:${p})`).join("|"), "i") : null);
  return r;
}
var IGNORE_PREFIX = 400;
function passagePrefix(words, start, end) {
  let out = "";
  for (let i = start; i < end && out.length < IGNORE_PREFIX; i++)
    out += (out ? " " : "") + words[i];
  return out;
}
function summarize(article, type, options) {
  const payloadStrings = payloadText(article);
  const text = guidanceText(article.tree, payloadStrings);
  const hashes = new Uint32Array(text.words.length);
  for (let i = 0; i < text.words.length; i++)
    hashes[i] = hashWord(text.words[i]);
  const ignore = ignoreRegex(options.ignorePassages);
  const ignoredPassages = /* @__PURE__ */ new Set();
  let kept = hashes;
  if (ignore) {
    const drop = new Uint8Array(hashes.length);
    for (const p of text.passages) {
      if (p.kind === "section" || p.end - p.start < options.minPassageWords || !ignore.test(passagePrefix(text.words, p.start, p.end)))
        continue;
      ignoredPassages.add(p);
      drop.fill(1, p.start, p.end);
    }
    if (ignoredPassages.size)
      kept = hashes.filter((_, i) => !drop[i]);
  }
  const articleShingles = kept.length >= options.minArticleWords ? shingles(kept, ARTICLE_SHINGLE) : new Uint32Array(0);
  const passages = [];
  const none = new Uint32Array(0);
  const keepPassages = !type || options.types[type] !== "ignore";
  for (const p of keepPassages ? text.passages : []) {
    const n = p.end - p.start;
    if (n < options.minPassageWords)
      continue;
    const ignored = ignoredPassages.has(p);
    const near = !ignored && p.kind !== "section";
    const set = near ? shingles(hashes, PASSAGE_SHINGLE, p.start, p.end) : none;
    passages.push({
      kind: p.kind,
      startLine: p.startLine,
      endLine: p.endLine,
      words: n,
      hash: sequenceHash(hashes, p.start, p.end),
      shingles: set,
      signature: near ? signatureK(set, PASSAGE_SIGNATURE) : none,
      ignored
    });
  }
  return pack(type, text.words.length, sequenceHash(hashes), articleShingles, signature(articleShingles, articleShingles.length ? ARTICLE_SIGNATURE : 0), passages);
}
function payloadText(article) {
  const out = [];
  const doc = article.payload?.document;
  if (!doc)
    return out;
  const visit = (node) => {
    if (node.type === "String")
      out.push({ text: node.value, line: article.lines.point(article.payload.jsonStart + node.loc.start.offset).line });
    else if (node.type === "Object")
      for (const m of node.members)
        visit(m.value);
    else if (node.type === "Array")
      for (const e of node.elements)
        visit(e.value);
  };
  visit(doc.body);
  return out;
}

// build/src/rules/rule.js
function defineRule(rule) {
  return rule;
}

// build/src/dupes/incremental.js
import { createHash as createHash2 } from "node:crypto";
var MAX_CHANGED = 0.2;
function detectIncremental(entries, options, fingerprints, previous) {
  const optionsKey = createHash2("sha1").update(JSON.stringify(options)).digest("hex");
  const files = {};
  for (const e of entries)
    files[e.file] = fingerprints.get(e.file) ?? "";
  const spread = passageSpread(entries);
  const boilerplate = [...spread].filter(([, n]) => n > options.boilerplateSpread).map(([h]) => h).sort((a, b) => a - b);
  const state = (pairs2) => ({ version: 1, options: optionsKey, files, boilerplate, pairs: pairs2 });
  const changed = /* @__PURE__ */ new Set();
  let usable = !!previous && previous.version === 1 && previous.options === optionsKey && sameNumbers(previous.boilerplate, boilerplate);
  if (usable) {
    for (const e of entries)
      if (previous.files[e.file] !== files[e.file] || !files[e.file])
        changed.add(e.file);
    for (const f of Object.keys(previous.files))
      if (!(f in files))
        changed.add(f);
    usable = changed.size <= MAX_CHANGED * Math.max(1, entries.length);
  }
  if (!usable) {
    const result = detect(entries, options, void 0, spread);
    return { result, state: state(result.pairs), incremental: false, changed: entries.length };
  }
  const focus = detect(entries, options, changed, spread);
  const pairs = [...previous.pairs.filter((p) => !changed.has(p.a) && !changed.has(p.b)), ...focus.pairs];
  pairs.sort((p, q) => p.a < q.a ? -1 : p.a > q.a ? 1 : p.b < q.b ? -1 : p.b > q.b ? 1 : 0);
  return { result: resultOf(entries, options, pairs, focus.candidatePairs), state: state(pairs), incremental: true, changed: changed.size };
}
function sameNumbers(a, b) {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

// build/src/rules/duplicate-guidance/rule.js
var dupeOptionsSchema = {
  type: "object",
  properties: {
    threshold: { type: "number", minimum: 0, maximum: 1, description: "article-level Jaccard similarity (word 5-shingles) at or above which two articles are reported" },
    containment: { type: "number", minimum: 0, maximum: 1, description: "...or the share of one article's shingles that stand in the other (one article copied into a longer one)" },
    passageThreshold: { type: "number", minimum: 0, maximum: 1, description: "Jaccard similarity (word 3-shingles) at or above which two passages count as the same" },
    minPassageWords: { type: "integer", minimum: 1, description: "passages shorter than this are not compared" },
    minArticleWords: { type: "integer", minimum: 1, description: "articles shorter than this are compared for exact copies only" },
    ignorePassages: { type: "array", items: { type: "string", format: "regex" }, description: "regular expressions (case-insensitive) for intended boilerplate paragraphs and list items, matched against the first 400 characters of their normalised text (lower case, words separated by one space, link targets as `url:host/path`)" },
    types: { type: "object", additionalProperties: { enum: ["report", "ignore"] }, description: "selfHelpType (lower case) -> `report` or `ignore` its pairs" },
    perCloudCopies: { enum: ["report", "ignore"], description: "pairs whose file names differ only by a cloud suffix (`-mooncake`, `-fairfax`...)" },
    boilerplateSpread: { type: "integer", minimum: 2, description: "a passage in more articles than this is boilerplate: listed once, never per pair" }
  },
  additionalProperties: false
};
var defaultDupeOptions = {
  threshold: 0.8,
  containment: 0.8,
  passageThreshold: 0.8,
  minPassageWords: 8,
  minArticleWords: 20,
  // messages that stand, by design, in dozens of articles of the real corpus (matched against normalised text)
  ignorePassages: [
    "^note for faster resolution check that you have .* in your portal",
    "^to submit or vote on feature ideas",
    "^for .* questions visit the .* forum",
    "^post your question on microsoft q ?a",
    "^(most users|\\d+ out of \\d+ customers) (are able to resolve|resolved) their .*issue using the",
    "^we apologize for any inconvenience",
    "^please use the link below to view the latest information about the health event",
    "^understand and use resource health center to troubleshoot",
    "^microsoft azure also provides access to resource health",
    "^please make sure the above are verified and work with a ta"
  ],
  types: {
    servicehealthinsights: "ignore",
    problemscopingquestions: "ignore",
    advisorrecommendationmetadata: "ignore",
    supporttopicdescription: "ignore",
    diagnostics: "ignore",
    rca: "ignore",
    tsg_questions: "ignore",
    diagnoseandsolve: "ignore"
  },
  perCloudCopies: "ignore",
  boilerplateSpread: 20
};
var pct = (x) => `${Math.round(x * 100)}%`;
function pairMessage(pair, here, shared) {
  const there = here === "a" ? "b" : "a";
  const inOther = here === "a" ? pair.containmentA : pair.containmentB;
  const ofOther = here === "a" ? pair.containmentB : pair.containmentA;
  const how = pair.exact ? `Same guidance as ${pair[there]} (identical text)` : `Copied guidance: ${pct(inOther)} of this article stands in ${pair[there]}, ${pct(ofOther)} of that one stands here (Jaccard ${pair.jaccard.toFixed(2)})`;
  if (!shared.length)
    return how;
  const f = shared[0];
  return `${how}; ${shared.length} shared passage${shared.length === 1 ? "" : "s"}, the first at lines ${f[here].startLine}-${f[here].endLine} here, ${f[there].startLine}-${f[there].endLine} there`;
}
var rule_default = defineRule({
  id: "duplicate-guidance",
  description: "No article copies most of its guidance from another article",
  rationale: "Copied troubleshooting steps drift: one copy gets fixed, the others go stale. Articles whose guidance text (markdown stripped, tokens masked, link targets kept) is at least 80% the same (Jaccard similarity of word 5-shingles), or 80% contained in another, are reported in the newer or changed one, at the first shared passage, naming the other file. Templated types and per-cloud copies repeat by design and are not reported by default (see the `dupes` config section).",
  severity: "warning",
  fixable: false,
  tags: ["corpus", "duplicates"],
  options: dupeOptionsSchema,
  defaultOptions: defaultDupeOptions,
  configSection: "dupes",
  summarize({ article, meta, options }) {
    return summarize(article, meta.type, options);
  },
  checkCorpus(entries, report, options, run) {
    const unpacked = unpackEntries(entries);
    let result;
    if (run.changed || !run.state || !run.fingerprints)
      result = detect(unpacked, options, run.changed);
    else {
      const found = detectIncremental(unpacked, options, run.fingerprints, run.state.get("duplicate-guidance"));
      if (found.changed)
        run.state.set("duplicate-guidance", found.state);
      result = found.result;
    }
    run.results?.set("duplicate-guidance", { result, entries: unpacked });
    for (const r of reportedPairs(result, unpacked, options, run))
      report(r.report);
  }
});
function unpackEntries(entries) {
  return entries.map((e) => ({ file: e.file, summary: new DupeSummary(e.summary) }));
}
function reportedPairs(result, entries, options, run) {
  const types = new Map(entries.map((e) => [e.file, e.summary.type]));
  const out = [];
  for (const pair of result.pairs) {
    if (!reportable(pair, types, options) || run.accepted?.(pair.a, pair.b))
      continue;
    if (run.changed && !run.changed.has(pair.a) && !run.changed.has(pair.b))
      continue;
    const aIsNewer = run.changed?.has(pair.a) && !run.changed.has(pair.b) ? true : run.changed?.has(pair.b) && !run.changed.has(pair.a) ? false : run.newer?.(pair.a, pair.b) ?? false;
    const [here, there] = aIsNewer ? ["a", "b"] : ["b", "a"];
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
        related: [{ file: pair[there], line: first ? first[there].startLine : 1, column: 1, message: "the other copy" }]
      }
    });
  }
  return out;
}

export {
  compareDiagnostics,
  tallyOf,
  addTally,
  UserError,
  writeFileAtomic,
  writePartsAtomic,
  hashBytes,
  statOf,
  defineRule,
  detect,
  reportable,
  defaultDupeOptions,
  rule_default,
  unpackEntries,
  reportedPairs
};
