/**
 * The declared fields of a cache entry, and how each is kept: what goes in comes back exactly as it went in, or
 * the cache refuses it at once (never a cold run that works and a warm one that silently differs).
 *
 * | field       | what it holds                                   | kept as                                        |
 * |-------------|-------------------------------------------------|------------------------------------------------|
 * | hash, size, mtimeMs | the source's sha1, size and time         | JSON, in the summaries section of lint.v8      |
 * | tally       | the diagnostics counted by rule                 | JSON, beside them                              |
 * | diagnostics | the per-file rules' diagnostics                 | v8-serialised, one blob per file (lazy)        |
 * | summaries   | per cross-file rule, its summary of the file    | the rule's codec (below), then JSON; typed     |
 * |             |                                                 | arrays at a summary's top level pooled         |
 * | page        | the rendered page: metadata, and a lazy body    | metadata as JSON, body v8-serialised in        |
 * |             |                                                 | lint.blobs                                     |
 * | silenced    | inline comments that silence a cross-file rule  | JSON                                           |
 *
 * A summary is plain data (null, booleans, finite numbers, strings, arrays and plain objects of them) with
 * Uint32Array and Float64Array allowed as the values of its top-level object. A rule whose summary holds anything
 * else (a Map, a Set, a class instance, a typed array deeper down) declares a `summaryCodec` that turns it into
 * plain data and back; its `version` is part of the cache key, so changing a codec empties the cache.
 */

/** Encode a value into the plain data the cache keeps, and decode it back. */
export interface Codec<T> {
  /** bump it when the encoded form changes: caches written by another version are not read */
  version: number;
  encode(value: T): unknown;
  decode(stored: unknown): T;
}

/** The codecs of the summaries, by rule id (rules without one keep plain data). */
export type SummaryCodecs = ReadonlyMap<string, Codec<unknown>>;

/** A summary the cache cannot keep as it is. */
export class UnkeepableSummary extends Error {
  override name = 'UnkeepableSummary';
}

/** Check that a summary is kept exactly by the plain form; throws UnkeepableSummary naming where it is not. */
export function assertPlain(rule: string, value: unknown): void {
  const fail = (where: string, what: string) => {
    throw new UnkeepableSummary(
      `the summary of rule \`${rule}\` holds ${what} at ${where || 'its top'}: the cache keeps plain data ` +
        '(and Uint32Array or Float64Array values at the top level); give the rule a summaryCodec',
    );
  };
  const walk = (v: unknown, where: string, top: boolean): void => {
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) fail(where, String(v));
      return;
    }
    if (typeof v !== 'object') return fail(where, `a ${typeof v}`);
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) walk(v[i], `${where}[${i}]`, false);
      return;
    }
    if (v instanceof Uint32Array || v instanceof Float64Array) {
      if (!top) fail(where, `a ${v.constructor.name} below the top level`);
      return;
    }
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null)
      return fail(where, `a ${proto?.constructor?.name ?? 'class instance'}`);
    for (const [k, inner] of Object.entries(v)) {
      if (inner === undefined) continue;
      walk(inner, `${where}.${k}`, where === '' && !Array.isArray(value));
    }
  };
  walk(value, '', false);
}

/** The summaries as the cache stores them: each rule's codec applied (plain ones checked). */
export function encodeSummaries(summaries: Record<string, unknown>, codecs: SummaryCodecs): Record<string, unknown> {
  let out: Record<string, unknown> | undefined;
  for (const [rule, value] of Object.entries(summaries)) {
    const codec = codecs.get(rule);
    if (!codec) continue;
    out ??= { ...summaries };
    out[rule] = codec.encode(value);
  }
  return out ?? summaries;
}

/** The summaries as the rules made them, from what the cache stored. */
export function decodeSummaries(stored: Record<string, unknown>, codecs: SummaryCodecs): Record<string, unknown> {
  for (const [rule, codec] of codecs) if (stored[rule] !== undefined) stored[rule] = codec.decode(stored[rule]);
  return stored;
}

/** Check what a fresh entry's summaries would be stored as, before the cache takes it. */
export function checkSummaries(summaries: Record<string, unknown>, codecs: SummaryCodecs): void {
  const stored = encodeSummaries(summaries, codecs);
  for (const [rule, value] of Object.entries(stored))
    if (!rule.startsWith('$') && rule !== 'render') assertPlain(rule, value);
}

/** What the codecs add to the cache key. */
export function codecsKey(codecs: SummaryCodecs): string {
  return [...codecs]
    .map(([rule, c]) => `${rule}@${c.version}`)
    .sort()
    .join(',');
}
