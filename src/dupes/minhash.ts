/**
 * Word shingles, MinHash signatures and LSH banding. Hashes are 32-bit and deterministic (FNV-1a for
 * words, a multiply-xorshift mix for shingles and permutations), so runs and machines agree.
 */

export function hashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Sorted, unique hashes of the k-word shingles of words[start, end). Fewer than k words: no shingle. */
export function shingles(wordHashes: Uint32Array, k: number, start = 0, end = wordHashes.length): Uint32Array {
  const n = end - start - k + 1;
  if (n <= 0) return new Uint32Array(0);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = 0x9747b28c;
    for (let j = 0; j < k; j++) h = (Math.imul(h, 0x9e3779b1) + wordHashes[start + i + j]) | 0;
    out[i] = mix(h);
  }
  out.sort();
  let w = 0;
  for (let i = 0; i < n; i++) if (i === 0 || out[i] !== out[i - 1]) out[w++] = out[i];
  return out.slice(0, w);
}

/** Hash of a whole word sequence (for exact matches), 52 bits as a number. */
export function sequenceHash(wordHashes: Uint32Array, start = 0, end = wordHashes.length): number {
  let a = 0x12345678;
  let b = 0x9abcdef0;
  for (let i = start; i < end; i++) {
    a = mix(a ^ wordHashes[i]);
    b = mix(b + wordHashes[i] + 0x7f4a7c15);
  }
  return (a & 0xfffff) * 0x100000000 + b;
}

/**
 * MinHash signature by one-permutation hashing (Li, Owen & Zhang 2012): the top bits of each (already
 * well-mixed) shingle hash pick one of `size` bins, each bin keeps its minimum low bits; one pass over the
 * set instead of `size`. Empty bins borrow the value of the next non-empty bin to the right, tagged with
 * the distance (rotation densification, Shrivastava & Li 2014), so that two equal sets always get equal
 * signatures and the share of equal slots estimates Jaccard similarity. `size` is a power of two.
 */
export function signature(set: Uint32Array, size: number): Uint32Array {
  const sig = new Uint32Array(size);
  if (!set.length || !size) return sig;
  const bits = Math.log2(size);
  const shift = 32 - bits;
  const low = shift === 32 ? 0xffffffff : (1 << shift) - 1;
  const EMPTY = 0xffffffff;
  sig.fill(EMPTY);
  for (let k = 0; k < set.length; k++) {
    const x = set[k];
    const bin = x >>> shift;
    const v = (x & low) >>> 0;
    if (v < sig[bin]) sig[bin] = v;
  }
  for (let i = 0; i < size; i++) {
    if (sig[i] !== EMPTY) continue;
    for (let t = 1; t < size; t++) {
      const j = (i + t) % size;
      if (sig[j] !== EMPTY && sig[j] <= low) {
        sig[i] = ((t << shift) | sig[j]) >>> 0;
        break;
      }
    }
  }
  return sig;
}

const SEEDS: Array<[number, number]> = [];
function seeds(n: number): Array<[number, number]> {
  while (SEEDS.length < n) {
    const i = SEEDS.length + 1;
    SEEDS.push([mix(i * 0x9e3779b1) | 1, mix(i * 0x85ebca77 + 0x165667b1)]);
  }
  return SEEDS;
}

/**
 * Classic MinHash with `size` permutations h_i(x) = a_i * x + b_i (mod 2^32), a_i odd. O(n * size): used for
 * passages, whose sets are too small for one-permutation hashing (most of its bins would be borrowed).
 */
export function signatureK(set: Uint32Array, size: number): Uint32Array {
  const sig = new Uint32Array(size);
  if (!set.length) return sig;
  sig.fill(0xffffffff);
  const s = seeds(size);
  for (let i = 0; i < size; i++) {
    const a = s[i][0];
    const b = s[i][1];
    let min = 0xffffffff;
    for (let k = 0; k < set.length; k++) {
      const v = (Math.imul(a, set[k]) + b) >>> 0;
      if (v < min) min = v;
    }
    sig[i] = min;
  }
  return sig;
}

/** The MinHash estimate of Jaccard similarity: the share of equal signature slots. */
export function estimate(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return a.length ? same / a.length : 0;
}

/** |A ∩ B| of two sorted unique arrays. */
export function intersection(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}

export function jaccard(a: Uint32Array, b: Uint32Array): number {
  const inter = intersection(a, b);
  const union = a.length + b.length - inter;
  return union ? inter / union : 1;
}

/**
 * The key of a signature's band: its rows mixed into 32 bits (as an int32, so that it stays a small integer for V8).
 */
export function bandKey(sig: Uint32Array, band: number, rows: number): number {
  let h = band;
  for (let r = 0; r < rows; r++) h = mix(h ^ sig[band * rows + r]);
  return h | 0;
}

/** Candidate pairs as the numbers a * n + b (a < b), in a growing typed array: sorted and de-duplicated at the end. */
class PairCodes {
  private codes = new Float64Array(1024);
  private count = 0;
  constructor(private readonly n: number) {}

  add(a: number, b: number): void {
    if (this.count === this.codes.length) {
      const grown = new Float64Array(this.codes.length * 2);
      grown.set(this.codes);
      this.codes = grown;
    }
    this.codes[this.count++] = a < b ? a * this.n + b : b * this.n + a;
  }

  pairs(): Array<[number, number]> {
    const sorted = this.codes.subarray(0, this.count).sort();
    const out: Array<[number, number]> = [];
    for (let i = 0; i < sorted.length; i++) {
      if (i > 0 && sorted[i] === sorted[i - 1]) continue;
      const a = Math.floor(sorted[i] / this.n);
      out.push([a, sorted[i] - a * this.n]);
    }
    return out;
  }
}

/**
 * LSH: items whose signatures agree on every row of some band. Returns candidate pairs [i, j], i < j, sorted.
 * Each band is bucketed in an open-addressing hash table of typed arrays (integer work only, no object per
 * item and no sort: 3x faster than sorting packed keys, which matters most in a short run where this code
 * is still cold). A bucket larger than `maxBucket` is one template repeated: its members are chained to
 * the first (the lowest item) instead of paired with each other.
 */
export function lshCandidates(
  signatures: Uint32Array[],
  bands: number,
  rows: number,
  maxBucket = Infinity,
): Array<[number, number]> {
  const items: number[] = [];
  for (let item = 0; item < signatures.length; item++) if (signatures[item].length) items.push(item);
  const found = new PairCodes(signatures.length);
  const table = new BandTable(items.length);
  // each loop in a function of its own, so that V8 optimises each with the feedback of its own code
  for (let band = 0; band < bands; band++) {
    table.fill(signatures, items, band, rows);
    table.emit(found, items, maxBucket);
  }
  return found.pairs();
}

/**
 * One band's buckets: per slot the key, the bucket's first and last member (positions in items) and size; per member
 * the next.
 */
class BandTable {
  private readonly mask: number;
  private readonly key: Int32Array;
  private readonly head: Int32Array;
  private readonly tail: Int32Array;
  private readonly count: Int32Array;
  private readonly next: Int32Array;

  constructor(members: number) {
    let size = 2;
    while (size < members * 2) size *= 2;
    this.mask = size - 1;
    this.key = new Int32Array(size);
    this.head = new Int32Array(size);
    this.tail = new Int32Array(size);
    this.count = new Int32Array(size);
    this.next = new Int32Array(members);
  }

  /** Bucket the items by their band key, each bucket's members in ascending order. */
  fill(signatures: Uint32Array[], items: number[], band: number, rows: number): void {
    const { key, head, tail, count, next, mask } = this;
    head.fill(-1);
    for (let x = 0; x < items.length; x++) {
      const k = bandKey(signatures[items[x]], band, rows);
      let s = k & mask;
      while (head[s] !== -1 && key[s] !== k) s = (s + 1) & mask;
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
  emit(found: PairCodes, items: number[], maxBucket: number): void {
    const { head, count, next } = this;
    for (let s = 0; s < head.length; s++) {
      const first = head[s];
      if (first === -1 || count[s] < 2) continue;
      if (count[s] > maxBucket) {
        for (let x = next[first]; x !== -1; x = next[x]) found.add(items[first], items[x]);
        continue;
      }
      for (let x = first; x !== -1; x = next[x])
        for (let y = next[x]; y !== -1; y = next[y]) found.add(items[x], items[y]);
    }
  }
}

/**
 * LSH candidates that involve a focus item: the focus items' band keys go into a small map, every item's
 * band keys are looked up in it. O(items x bands), with no sort of the whole corpus.
 */
export function focusCandidates(
  signatures: Uint32Array[],
  focus: boolean[],
  bands: number,
  rows: number,
): Array<[number, number]> {
  const pairs = new Set<string>();
  const out: Array<[number, number]> = [];
  const key = (sig: Uint32Array, band: number) => bandKey(sig, band, rows);
  for (let band = 0; band < bands; band++) {
    const buckets = new Map<number, number[]>();
    signatures.forEach((sig, i) => {
      if (!focus[i] || !sig.length) return;
      const k = key(sig, band);
      buckets.set(k, [...(buckets.get(k) ?? []), i]);
    });
    if (!buckets.size) continue;
    signatures.forEach((sig, j) => {
      if (!sig.length) return;
      const hits = buckets.get(key(sig, band));
      if (!hits) return;
      for (const i of hits) {
        if (i === j) continue;
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
