/** Nothing lost, nothing leaked, nothing stalled: the output folder, symlinks and special files, escapes, budgets. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { lintProject } from '../src/engine/run.js';
import { github } from '../src/report/github.js';
import { parseText } from '../src/parse/index.js';
import { renderArticle } from '../src/site/render.js';
import { renderChunk } from '../src/site/worker.js';
import { outputTrees, SITE_MARKER, writeAtomically } from '../src/site/index.js';
import type { Emitter } from '../src/site/site.js';
import { ADVERSARIAL } from './adversarial.js';
import { ruleGrowth } from './linear.js';
import { cli, emptyConfig, root, runCli, tempDir } from './fixtures.js';

/** A project folder: a copy of the example articles and a sibling file that must survive. */
function project(prefix: string): string {
  const dir = tempDir(prefix);
  const work = path.join(dir, 'work');
  mkdirSync(work);
  cpSync(path.join(root, 'articles'), path.join(work, 'articles'), { recursive: true });
  writeFileSync(path.join(work, 'keep.txt'), 'mine');
  writeFileSync(path.join(dir, 'sibling.txt'), 'mine too');
  return work;
}

function listing(dir: string): string[] {
  return readdirSync(dir, { recursive: true }).map(String).sort();
}

const pages = (emit: Emitter) => {
  emit.file('pages/a.html', '<p>a</p>', 'a');
  emit.file('index.html', 'index');
  return Promise.resolve();
};

describe('the output folder', () => {
  it('refuses the current folder, its parent, the articles folder and a foreign non-empty folder (exit 2, nothing deleted)', async () => {
    const work = project('out');
    const before = listing(path.dirname(work));
    mkdirSync(path.join(work, 'mine'));
    writeFileSync(path.join(work, 'mine', 'notes.txt'), 'x');
    for (const out of ['.', '..', 'articles', 'articles/microsoft.storage', work, 'mine', 'keep.txt']) {
      const r = await cli(work, 'build', '--force', '--out', out);
      assert.equal(r.code, 2, `--out ${out}: ${r.stderr}`);
      assert.match(r.stderr, /Refusing to build into/, out);
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    }
    rmSync(path.join(work, 'mine'), { recursive: true });
    assert.deepEqual(listing(path.dirname(work)), before, 'nothing deleted or added');
  });

  it('builds into an absent or empty folder, marks it, and replaces it next time', async () => {
    const work = project('out-ok');
    mkdirSync(path.join(work, 'empty'));
    assert.equal((await cli(work, 'build', '--force', '--out', 'empty')).code, 0);
    assert.ok(existsSync(path.join(work, 'empty', SITE_MARKER)));
    assert.equal((await cli(work, 'build', '--force')).code, 0);
    assert.ok(existsSync(path.join(work, 'dist', SITE_MARKER)));
    assert.equal((await cli(work, 'build', '--force')).code, 0, 'a folder it built is replaced');
    assert.equal(readFileSync(path.join(work, 'keep.txt'), 'utf8'), 'mine');
  });

  it('a swap cut short between its two renames is finished by the next build (an output folder, where links fail)', async () => {
    const dir = tempDir('swap');
    const out = path.join(dir, 'dist');
    const index = { file: path.join(dir, 'cache', 'build.v8'), key: 'k' };
    const folder = { links: false };
    await writeAtomically(out, index, pages, undefined, folder);
    await writeAtomically(out, index, pages, undefined, folder);
    // what a kill between the renames leaves: the journal, the new tree, the old one as the spare, no output
    const dead = 999999;
    rmSync(path.join(dir, '.dist.spare'), { recursive: true });
    cpSync(out, path.join(dir, `.dist.building-${dead}`), { recursive: true });
    cpSync(out, path.join(dir, '.dist.spare'), { recursive: true });
    rmSync(out, { recursive: true });
    writeFileSync(path.join(dir, `.dist.swap-${dead}`), '');
    await writeAtomically(out, index, pages, undefined, folder);
    assert.equal(readFileSync(path.join(out, 'pages', 'a.html'), 'utf8'), '<p>a</p>');
    assert.ok(!readdirSync(dir).some((f) => /swap|building/.test(f)), readdirSync(dir).join(' '));
  });
});

describe('the spare tree', () => {
  it('a folder of the spare replaced by a symbolic link is never followed into dist/', async () => {
    const dir = tempDir('spare-link');
    const out = path.join(dir, 'dist');
    const outside = path.join(dir, 'outside');
    mkdirSync(outside);
    writeFileSync(path.join(outside, 'a.html'), 'SECRET');
    const index = { file: path.join(dir, 'cache', 'build.v8'), key: 'k' };
    await writeAtomically(out, index, pages);
    await writeAtomically(out, index, pages);
    const spare = outputTrees(out).spare!;
    rmSync(path.join(spare, 'pages'), { recursive: true });
    symlinkSync(outside, path.join(spare, 'pages'));
    await writeAtomically(out, index, pages);
    assert.equal(readFileSync(path.join(out, 'pages', 'a.html'), 'utf8'), '<p>a</p>');
    assert.equal(readFileSync(path.join(outside, 'a.html'), 'utf8'), 'SECRET', 'nothing written through the link');
    // dist is itself a link (to one of its two trees): find looks inside it
    const links = execFileSync('find', [`${out}/`, '-type', 'l'], { encoding: 'utf8' });
    assert.equal(links, '', 'no symbolic link in dist/');
  });

  it('a spare page edited with its size and time kept is not published', async () => {
    const dir = tempDir('spare-edit');
    const out = path.join(dir, 'dist');
    const index = { file: path.join(dir, 'cache', 'build.v8'), key: 'k' };
    await writeAtomically(out, index, pages);
    await writeAtomically(out, index, pages);
    const page = path.join(outputTrees(out).spare!, 'pages', 'a.html');
    const { mtime } = (await import('node:fs')).statSync(page);
    writeFileSync(page, '<p>X</p>');
    (await import('node:fs')).utimesSync(page, mtime, mtime);
    await writeAtomically(out, index, pages);
    assert.equal(readFileSync(path.join(out, 'pages', 'a.html'), 'utf8'), '<p>a</p>');
  });
});

describe('symbolic links and special files', () => {
  const article = (title: string) =>
    `<properties\n    pageTitle="${title}"\n    service="microsoft.storage"\n    selfHelpType="generic"\n/>\n# ${title}\n\nText.\n`;
  function tree(): string {
    const dir = tempDir('links');
    mkdirSync(path.join(dir, 'articles', 'sub'), { recursive: true });
    writeFileSync(path.join(dir, 'articles', 'one.md'), article('One'));
    writeFileSync(path.join(dir, 'secret.txt'), 'Authorization: SECRET-TOKEN');
    symlinkSync('../secret.txt', path.join(dir, 'articles', 'leak.md'));
    symlinkSync('/dev/zero', path.join(dir, 'articles', 'zero.md'));
    symlinkSync('one.md', path.join(dir, 'articles', 'same.md'));
    symlinkSync('..', path.join(dir, 'articles', 'sub', 'up'));
    execFileSync('mkfifo', [path.join(dir, 'articles', 'fifo.md')]);
    return dir;
  }

  it('lint reads only regular files inside the tree, one problem for each other *.md, and never stalls', async () => {
    const dir = tree();
    const r = await cli(dir, 'lint', 'articles', '--no-cache', '-f', 'json');
    assert.equal(r.code, 1, r.stderr);
    const found = (JSON.parse(r.stdout) as Array<{ file: string; ruleId: string }>).map((d) => `${d.file} ${d.ruleId}`);
    const odd = found.filter((f) => f.includes('not-regular-file')).sort();
    assert.deepEqual(odd, [
      'articles/fifo.md parse/not-regular-file',
      'articles/leak.md parse/not-regular-file',
      'articles/zero.md parse/not-regular-file',
    ]);
    assert.ok(!found.some((f) => f.includes('up/')), 'a folder link back up is not walked');
    assert.ok(!found.some((f) => f.includes('unique-article-id')), 'no file linted twice');
  });

  it('build --force publishes nothing from outside the tree', async () => {
    const dir = tree();
    const r = await cli(dir, 'build', '--force');
    assert.equal(r.code, 0, r.stderr);
    const leaked = readdirSync(path.join(dir, 'dist'), { recursive: true, withFileTypes: true }).filter(
      (f) => f.isFile() && readFileSync(path.join(f.parentPath, f.name), 'utf8').includes('SECRET-TOKEN'),
    );
    assert.deepEqual(
      leaked.map((f) => f.name),
      [],
    );
  });
});

describe('GitHub annotations', () => {
  it('no file name or message can forge a workflow command, in annotations or in the log group', () => {
    const forged = [
      {
        file: 'a\n::error file=x.md::forged.md',
        line: 1,
        column: 1,
        severity: 'error' as const,
        ruleId: 'r',
        message: 'm',
      },
      {
        file: '::warning file=y::z.md',
        line: 2,
        column: 3,
        severity: 'warning' as const,
        ruleId: 'r',
        message: 'title "x\r\n::error::forged" 100%',
      },
      { file: 'b,c:d.md', line: 1, column: 1, severity: 'info' as const, ruleId: 'r', message: 'x' },
    ];
    const out = github(forged, 3);
    const commands = out.split('\n').filter((l) => l.trimStart().startsWith('::'));
    assert.deepEqual(
      commands.map((l) => l.split(' ')[0]),
      ['::error', '::warning', '::notice', '::group::All', '::endgroup::'],
    );
    assert.ok(commands[0].includes('file=a%0A%3A%3Aerror file=x.md%3A%3Aforged.md,'), commands[0]);
    assert.ok(commands[1].endsWith('::title "x%0D%0A::error::forged" 100%25'), commands[1]);
    assert.ok(commands[2].includes('file=b%2Cc%3Ad.md,'), commands[2]);
  });
});

describe('payloads the renderer must survive', () => {
  const form = (elements: string) =>
    `<properties\n    pageTitle="Form"\n    selfHelpType="problemScopingQuestions"\n    articleId="99999999-0000-4000-8000-000000000001"\n/>\n# Form\n---\n{ "formElements": ${elements} }\n---\n`;
  const cases: Record<string, string> = {
    'null.md': '[null]',
    'to-string.md': '[{ "toString": 1 }]',
    'fields.md':
      '[{ "id": { "toString": 1 }, "order": { "valueOf": 1 }, "displayLabel": [1], "visibility": { "toString": 1 }, "controlType": "dropdown", "dropdownOptions": [null, { "value": { "toString": 1 } }] }]',
    'scalars.md': '[1, "x", true, []]',
  };
  it('renders every valid JSON form without a crash', async () => {
    const dir = tempDir('payloads');
    for (const [name, elements] of Object.entries(cases)) writeFileSync(path.join(dir, name), form(elements));
    for (const r of renderChunk({ files: Object.keys(cases), cwd: dir }))
      assert.ok(r.ok && r.html.includes('form-preview'), r.file);
    const lint = await lintProject({
      cwd: dir,
      patterns: ['.'],
      config: emptyConfig(),
      fix: false,
      threads: 1,
      render: true,
    });
    assert.deepEqual(
      lint.diagnostics.filter((d) => d.ruleId.startsWith('internal/')),
      [],
    );
  });
});

describe('odd file names', () => {
  it('ü.md, é.md and a 252-byte name: reported by lint, published under distinct pages by build', async () => {
    const dir = tempDir('names');
    mkdirSync(path.join(dir, 'articles'));
    const long = `${'n'.repeat(249)}.md`;
    const names = ['ü.md', 'é.md', long, 'plain.md'];
    names.forEach((n, i) =>
      writeFileSync(
        path.join(dir, 'articles', n),
        `<properties\n    pageTitle="T${i}"\n    articleId="99999999-0000-4000-8000-00000000000${i}"\n/>\n# T${i}\n`,
      ),
    );
    const lint = await cli(dir, 'lint', '--no-cache');
    const named = lint.stdout.split('\n').filter((l) => l.endsWith('  parse/file-name'));
    assert.equal(named.length, 3, lint.stdout);
    const build = await cli(dir, 'build', '--force');
    assert.equal(build.code, 0, build.stderr);
    const pages = readdirSync(path.join(dir, 'dist', 'articles')).sort();
    assert.equal(pages.length, 4, pages.join(' '));
    assert.ok(pages.includes('plain.html'));
    assert.ok(
      pages.every((p) => Buffer.byteLength(p) < 255 && /^[A-Za-z0-9._-]+$/.test(p)),
      pages.join(' '),
    );
  });
});

describe('render and attribute rules on long pages', () => {
  it('100 KB of headings or code spans (no raw HTML): the page costs less to render than to parse, and its tree is left as it was', () => {
    const best = (f: () => unknown) => {
      let ms = Infinity;
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        f();
        ms = Math.min(ms, performance.now() - t);
      }
      return ms;
    };
    for (const pattern of ['bold recommended steps', 'backtick runs']) {
      const text = ADVERSARIAL[pattern](100_000);
      const article = parseText('x.md', text);
      const before = JSON.stringify(article.tree);
      const parse = best(() => parseText('x.md', text));
      const render = best(() => renderArticle(article, null));
      // rehype-raw (parse5 over the whole page) ran on every page: the render cost about as much as the parse
      assert.ok(render < 0.75 * parse, `${pattern}: render ${render.toFixed(0)} ms, parse ${parse.toFixed(0)} ms`);
      assert.equal(JSON.stringify(article.tree), before, 'the article tree is not changed by the render');
    }
  });

  it('no-unknown-attributes suggests a name once for each distinct unknown name', () => {
    const growth = ruleGrowth(['many attributes'], 100_000);
    const [g] = growth.filter((x) => x.rule === 'no-unknown-attributes');
    const [dup] = growth.filter((x) => x.rule === 'no-duplicate-attributes');
    // both look at each of the 10,000 attributes once; the suggestion was an edit distance to every known name
    assert.ok(
      g.small < 2 * dup.small + 10,
      `no-unknown-attributes ${g.small.toFixed(0)} ms, duplicates ${dup.small.toFixed(0)} ms`,
    );
  });
});

// each rule's growth on these patterns: test/adversarial.test.ts
describe('time and size budgets', () => {
  it('a file over its time budget gets one problem, no other result, and the run goes on', async () => {
    const dir = tempDir('budget');
    writeFileSync(path.join(dir, 'slow.md'), ADVERSARIAL['heading of emphasis marks'](40_000));
    writeFileSync(path.join(dir, 'fine.md'), '<properties\n    pageTitle="Fine"\n/>\n# Fine\n');
    const config = { ...emptyConfig(), limits: { fileTimeMs: 1000 } };
    const t = performance.now();
    const r = await lintProject({ cwd: dir, patterns: ['.'], config, fix: false, threads: 1, render: true });
    const took = performance.now() - t;
    const slow = r.diagnostics.filter((d) => d.file === 'slow.md');
    assert.deepEqual(
      slow.map((d) => `${d.line}:${d.column} ${d.ruleId}`),
      ['1:1 parse/too-complex'],
    );
    assert.match(slow[0].message, /1000 ms/);
    assert.ok(
      r.diagnostics.some((d) => d.file === 'fine.md'),
      'the other file is linted',
    );
    assert.ok(took < 15_000, `took ${took} ms`);
  });

  it('a file over the size limit gets one problem and is not read', async () => {
    const dir = tempDir('size');
    writeFileSync(path.join(dir, 'big.md'), `<properties\n    pageTitle="Big"\n/>\n# Big\n\n${'word '.repeat(1000)}\n`);
    const r = await lintProject({
      cwd: dir,
      patterns: ['.'],
      config: { ...emptyConfig(), limits: { fileBytes: 2048 } },
      fix: false,
      threads: 1,
    });
    assert.deepEqual(
      r.diagnostics.map((d) => d.ruleId),
      ['parse/too-large'],
    );
  });
});

describe('deep nesting and odd names', () => {
  it('a 2,500-deep quote neither overflows the stack in lint nor in render', async () => {
    const dir = tempDir('deep');
    writeFileSync(
      path.join(dir, 'deep.md'),
      `<properties\n    pageTitle="Deep"\n/>\n# Deep\n\n${'> '.repeat(2500)}x\n`,
    );
    const r = await lintProject({
      cwd: dir,
      patterns: ['.'],
      config: emptyConfig(),
      fix: false,
      threads: 1,
      render: true,
    });
    assert.deepEqual(
      r.diagnostics.filter((d) => d.ruleId.startsWith('internal/')),
      [],
    );
    assert.ok(
      r.diagnostics.some((d) => d.ruleId === 'parse/too-deep' && d.line === 6),
      'the cut is reported where it is',
    );
    const [page] = renderChunk({ files: ['deep.md'], cwd: dir });
    assert.ok(page.ok && page.html.includes('<p>> > '), 'the deep part is kept as text');
  });

  it('names with U+2028 or U+2029 are linted, not skipped', async () => {
    const dir = tempDir('separators');
    mkdirSync(path.join(dir, 'a\u2029b'));
    for (const f of ['x\u2028y.md', 'a\u2029b/z.md'])
      writeFileSync(path.join(dir, f), '<properties\n    pageTitle="S"\n/>\n# S\n');
    const r = await lintProject({ cwd: dir, patterns: ['.'], config: emptyConfig(), fix: false, threads: 1 });
    assert.deepEqual(r.files, ['a\u2029b/z.md', 'x\u2028y.md']);
  });
});

describe('damaged caches', () => {
  // the binary, a process a run: a damaged cache file is warned about once a process
  it('a FIFO at build.v8 and a folder at lint.v8: one warning each, rebuilt, no hang, no internal error', () => {
    const work = project('cache');
    assert.equal(runCli(work, 'build', '--force').code, 0);
    const cache = path.join(work, '.selfhelp-cache');
    rmSync(path.join(cache, 'build.v8'));
    execFileSync('mkfifo', [path.join(cache, 'build.v8')]);
    rmSync(path.join(cache, 'lint.v8'));
    mkdirSync(path.join(cache, 'lint.v8'));
    writeFileSync(path.join(cache, 'lint.v8', 'x'), 'x');
    const r = runCli(work, 'build', '--force');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr.match(/warning: the cache file/g)?.length, 2, r.stderr);
    const again = runCli(work, 'build', '--force');
    assert.equal(again.code, 0);
    assert.doesNotMatch(again.stderr, /warning: the cache file/, 'rebuilt: no warning the next time');
  });
});

describe('--fix keeps what a file is', () => {
  it('mode, hard links and symbolic links are kept; no temp file is left', async () => {
    const { chmodSync, linkSync, lstatSync, statSync } = await import('node:fs');
    const dir = tempDir('fix');
    mkdirSync(path.join(dir, 'articles'));
    const fixture = readFileSync(
      path.join(root, 'src', 'rules', 'attribute-name-casing', 'fixtures', 'invalid', 'lower-case.md'),
    );
    for (const f of ['mode.md', 'linked.md', 'target.md']) writeFileSync(path.join(dir, 'articles', f), fixture);
    chmodSync(path.join(dir, 'articles', 'mode.md'), 0o751);
    linkSync(path.join(dir, 'articles', 'linked.md'), path.join(dir, 'linked-elsewhere.md'));
    symlinkSync('target.md', path.join(dir, 'articles', 'link.md'));
    const inode = statSync(path.join(dir, 'articles', 'linked.md')).ino;
    await cli(dir, 'lint', '--fix', '--no-cache');
    const changed = (f: string) => !readFileSync(path.join(dir, f)).equals(fixture);
    assert.ok(changed('articles/mode.md') && changed('articles/linked.md') && changed('articles/target.md'), 'fixed');
    assert.equal(statSync(path.join(dir, 'articles', 'mode.md')).mode & 0o777, 0o751, 'mode kept');
    assert.equal(statSync(path.join(dir, 'articles', 'linked.md')).ino, inode, 'inode kept');
    assert.ok(changed('linked-elsewhere.md'), 'the hard link sees the fix');
    assert.ok(lstatSync(path.join(dir, 'articles', 'link.md')).isSymbolicLink(), 'the link is still a link');
    assert.deepEqual(
      readdirSync(path.join(dir, 'articles')).filter((f) => f.endsWith('.tmp')),
      [],
    );
  });
});
