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

/** LSH: items whose signatures agree on every row of some band. Returns candidate pairs [i, j] with i < j. */
export function lshCandidates(signatures: Uint32Array[], bands: number, rows: number, maxBucket = Infinity): Array<[number, number]> {
  const pairs = new Set<number>();
  const out: Array<[number, number]> = [];
  const n = signatures.length;
  for (let band = 0; band < bands; band++) {
    const buckets = new Map<number, number[]>();
    for (let item = 0; item < n; item++) {
      const sig = signatures[item];
      if (!sig.length) continue;
      let h = band;
      for (let r = 0; r < rows; r++) h = mix(h ^ sig[band * rows + r]);
      const bucket = buckets.get(h);
      if (bucket) bucket.push(item);
      else buckets.set(h, [item]);
    }
    for (const bucket of buckets.values()) {
      if (bucket.length < 2) continue;
      // a huge bucket is one template repeated: chain its members instead of pairing them all
      const star = bucket.length > maxBucket;
      for (let x = 0; x < bucket.length; x++) {
        for (let y = x + 1; y < bucket.length; y++) {
          const key = bucket[x] * n + bucket[y];
          if (!pairs.has(key)) {
            pairs.add(key);
            out.push([bucket[x], bucket[y]]);
          }
          if (star) break;
        }
      }
    }
  }
  return out;
}
