/**
 * Line endings: LF, CRLF and a lone CR each end a line, as micromark (the parser), the LSP and ESLint count them.
 * The same articles with any of the three give the same problems at the same lines and columns.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { Diagnostic } from '../src/diagnostic.js';
import { lintProject } from '../src/engine/run.js';
import { decode } from '../src/parse/decode.js';
import { LineIndex } from '../src/parse/positions.js';
import { emptyConfig, root, ruleFolders, rulesDir, tempDir } from './fixtures.js';

const ENDINGS = { lf: '\n', crlf: '\r\n', cr: '\r' };

/** A copy of `from` (its *.md files, recursively) with every line ending made `ending`. */
function withEndings(from: string, to: string, ending: string): void {
  cpSync(from, to, { recursive: true, filter: (f) => !f.endsWith('.expected') && !f.endsWith('.fixed.md') });
  for (const f of readdirSync(to, { recursive: true }).map(String)) {
    if (!f.endsWith('.md')) continue;
    const file = path.join(to, f);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\r\n|\r|\n/g, ending));
  }
}

/** Where each problem is: file, rule, start and end (no message: a message may quote a line number). */
const where = (d: Diagnostic) => `${d.file} ${d.ruleId} ${d.line}:${d.column}-${d.endLine}:${d.endColumn}`;

async function lintAll(dir: string): Promise<Diagnostic[]> {
  const r = await lintProject({ cwd: dir, patterns: ['.'], config: emptyConfig(), fix: false, threads: 1 });
  return r.diagnostics;
}

/** Every problem inside its file, lines counted as the parser counts them. */
function assertInside(dir: string, diagnostics: Diagnostic[]): void {
  for (const d of diagnostics) {
    const lines = new LineIndex(readFileSync(path.join(dir, d.file), 'utf8').replace(/^\ufeff/, ''));
    const at = where(d);
    assert.ok(d.line >= 1 && d.line <= lines.lineCount, `line outside the file: ${at}`);
    assert.ok(d.column >= 1 && d.column <= lines.lineText(d.line).length + 1, `column outside the line: ${at}`);
    for (const r of d.related ?? []) {
      const other = new LineIndex(readFileSync(path.join(dir, r.file), 'utf8'));
      assert.ok(
        r.line >= 1 && r.line <= other.lineCount,
        `related line outside its file: ${at} -> ${r.file}:${r.line}`,
      );
    }
  }
}

describe('line endings', () => {
  it('a file that is not UTF-8 is reported on its line, lone CRs counted as line ends', () => {
    const bytes = Buffer.concat([Buffer.from('one\rtwo\r\nthree\rfo'), Buffer.from([0xff]), Buffer.from('ur\n')]);
    const r = decode(bytes);
    assert.ok(!r.ok);
    assert.deepEqual([r.line, r.column], [4, 3]);
  });

  it("a file with two byte-order marks: positions stay the file's (the parser drops one mark by itself)", async () => {
    const dir = tempDir('two-boms');
    const text = '\ufeff\ufeff# Title\n\nSome text before the list:\n- one\n- two\n';
    writeFileSync(path.join(dir, 'a.md'), text);
    const { diagnostics } = await lintProject({ cwd: dir, patterns: ['.'], config: emptyConfig(), fix: false });
    const list = diagnostics.find((d) => d.ruleId === 'blank-lines-around-lists');
    assert.deepEqual([list?.line, list?.column], [4, 1]);
  });

  it('the seed articles: duplicate-guidance reports the same lines with LF, CRLF or lone CR endings', async () => {
    const found: Record<string, string[]> = {};
    for (const [name, ending] of Object.entries(ENDINGS)) {
      const dir = path.join(tempDir(`endings-${name}`), 'articles');
      withEndings(path.join(root, 'articles'), dir, ending);
      const diagnostics = await lintAll(dir);
      assertInside(dir, diagnostics);
      const dupes = diagnostics.filter((d) => d.ruleId === 'duplicate-guidance');
      assert.equal(dupes.length, 1, name);
      found[name] = diagnostics.map((d) => `${where(d)} ${(d.related ?? []).map((r) => `${r.file}:${r.line}`)}`);
    }
    assert.deepEqual(found.crlf, found.lf);
    assert.deepEqual(found.cr, found.lf);
  });

  it("every rule's fixtures: the same problems at the same positions with LF, CRLF or lone CR endings", async () => {
    const base = tempDir('endings-fixtures');
    const found: Record<string, string[]> = {};
    for (const [name, ending] of Object.entries(ENDINGS)) {
      found[name] = [];
      for (const rule of ruleFolders()) {
        for (const kind of ['valid', 'invalid']) {
          const from = path.join(rulesDir, rule, 'fixtures', kind);
          const dir = path.join(base, name, rule, kind);
          mkdirSync(path.dirname(dir), { recursive: true });
          withEndings(from, dir, ending);
          const diagnostics = await lintAll(dir);
          assertInside(dir, diagnostics);
          found[name].push(...diagnostics.map((d) => `${rule}/${kind}/${where(d)}`));
        }
      }
    }
    assert.deepEqual(found.crlf, found.lf);
    assert.deepEqual(found.cr, found.lf);
  });
});
