/** A seeded fuzzer of articles (shared by test/fuzz.test.ts and test/slow/fuzz-corpus.test.ts). */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../src/config/index.js';
import { lintProject } from '../src/engine/run.js';

/** mulberry32: a small, seeded, well-mixed generator. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const enc = (s: string) => Buffer.from(s, 'utf8');

/** The mutations the issue names, each a function of the bytes and the generator. */
export const MUTATIONS: Record<string, (b: Buffer, r: () => number) => Buffer> = {
  truncate: (b, r) => b.subarray(0, Math.floor(r() * b.length)),
  'flip bytes': (b, r) => {
    const out = Buffer.from(b);
    for (let i = 0; i < 1 + Math.floor(r() * 8) && out.length; i++)
      out[Math.floor(r() * out.length)] ^= 1 << Math.floor(r() * 8);
    return out;
  },
  'delete quotes': (b, r) => enc(b.toString('utf8').replace(/"/g, (q) => (r() < 0.3 ? '' : q))),
  'delete />': (b) => enc(b.toString('utf8').replace('/>', '')),
  'duplicate attributes': (b, r) => {
    const lines = b.toString('utf8').split('\n');
    const i = Math.floor(r() * Math.min(lines.length, 12));
    lines.splice(i, 0, lines[i], lines[i]);
    return enc(lines.join('\n'));
  },
  'NUL bytes': (b, r) => {
    const at = Math.floor(r() * b.length);
    return Buffer.concat([b.subarray(0, at), Buffer.from([0]), b.subarray(at)]);
  },
  'invalid UTF-8': (b, r) => {
    const at = Math.floor(r() * b.length);
    return Buffer.concat([
      b.subarray(0, at),
      Buffer.from([[0xff], [0xc0, 0x80], [0xe2, 0x82], [0xed, 0xa0, 0x80]][Math.floor(r() * 4)]),
      b.subarray(at),
    ]);
  },
  // a lone CR ends a line too, as micromark counts (the positions must agree)
  'mixed line endings': (b, r) =>
    enc(b.toString('utf8').replace(/\n/g, () => ['\n', '\r\n', '\r'][Math.floor(r() * 3)])),
  'huge value': (b, r) =>
    enc(b.toString('utf8').replace(/="([^"]*)"/, (_m, v) => `="${v}${'x'.repeat(20_000 + Math.floor(r() * 40_000))}"`)),
  'BOM and blank start': (b) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]), enc('\n\n'), b]),
  'deep and unbalanced': (b, r) =>
    enc(`${b.toString('utf8')}\n${'> - *['.repeat(50 + Math.floor(r() * 200))}x\n<!--$Tok-->\n`),
};

/** Mutated copies of the sources in `dir` (one to three mutations each), named by source and number. */
export function mutate(
  sources: Array<{ name: string; bytes: Buffer }>,
  count: number,
  seed: number,
  dir: string,
): string[] {
  const r = rng(seed);
  const names = Object.keys(MUTATIONS);
  const files: string[] = [];
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const src = sources[Math.floor(r() * sources.length)];
    let bytes = src.bytes;
    for (let k = 0; k < 1 + Math.floor(r() * 3); k++)
      bytes = MUTATIONS[names[Math.floor(r() * names.length)]](bytes, r);
    const file = `f${String(i).padStart(4, '0')}-${path.basename(src.name).replace(/[^A-Za-z0-9.-]/g, '_')}`;
    writeFileSync(path.join(dir, file), bytes);
    files.push(file);
  }
  return files;
}

/**
 * Lint and render the files of `dir`: no crash, no internal error, every position inside its file, none over budget.
 */
export async function checkFuzzed(
  dir: string,
  files: string[],
  contents: (f: string) => Buffer,
  config: Config,
  threads?: number,
): Promise<number> {
  const r = await lintProject({ cwd: dir, patterns: files, config, fix: false, threads, render: true });
  const bad = r.diagnostics.filter((d) => d.ruleId.startsWith('internal/') || d.ruleId === 'parse/too-complex');
  assert.deepEqual(
    bad.map((d) => `${d.file}: ${d.ruleId} ${d.message}`),
    [],
  );
  for (const d of r.diagnostics) {
    const text = contents(d.file)
      .toString('utf8')
      .replace(/^\ufeff/, '');
    // lines as the parser counts them: LF, CRLF or a lone CR ends one
    const lines = text.split(/\r\n?|\n/);
    const where = `${d.file}:${d.line}:${d.column} ${d.ruleId}`;
    assert.ok(d.line >= 1 && d.line <= lines.length, `line outside the file: ${where}`);
    assert.ok(d.column >= 1 && d.column <= lines[d.line - 1].length + 1, `column outside the line: ${where}`);
    if (d.endLine !== undefined)
      assert.ok(d.endLine >= d.line && d.endLine <= lines.length, `end outside the file: ${where}`);
  }
  return r.diagnostics.length;
}
