/**
 * What other tools call: `lint --stdin`, one cache shared by lint and dupes (as the two pre-commit hooks run
 * them) and by two installs, the problem matcher.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { articleText, cli, root, tempDir } from './fixtures.js';

const article = (id: string, title: string, extra = '') =>
  articleText(id, title, `* A step about ${title.toLowerCase()} that is specific to it.\n${extra}`);

function corpus(): string {
  const dir = tempDir('hooks');
  mkdirSync(path.join(dir, 'articles'));
  writeFileSync(path.join(dir, 'articles', 'one.md'), article('20000000-0000-4000-8000-000000000001', 'First article'));
  writeFileSync(
    path.join(dir, 'articles', 'two.md'),
    article('20000000-0000-4000-8000-000000000002', 'Second article', '\n[x](https://aka.ms/x)\n'),
  );
  return dir;
}

/** The binary (standard input, another install); the other tests run the command line in this process (cli()). */
function run(cwd: string, args: string[], input?: string, from = root) {
  const r = spawnSync(process.execPath, [path.join(from, 'bin', 'selfhelp.js'), ...args], {
    cwd,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', CI: 'true' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('lint --stdin --stdin-filename', () => {
  it('checks the text from standard input as that file, against every article, and reports only it', () => {
    const dir = corpus();
    // a new file (not on disk) that takes one.md's articleId, with an aka.ms link on line 18
    const text = article('20000000-0000-4000-8000-000000000001', 'New article', '\n[y](https://aka.ms/y)\n');
    const r = run(dir, ['lint', '--stdin', '--stdin-filename', 'articles/new.md'], text);
    assert.equal(r.code, 1, r.stderr);
    // the problems, grouped under the file's name, then the table by rule and the summary line
    const lines = r.stdout
      .trim()
      .split('\n')
      .filter((l) => /^articles\/|^\d+ files? checked/.test(l));
    assert.equal(lines[0], 'articles/new.md');
    assert.match(lines[1]!, /^articles\/new\.md:9:16 {2}error {2}.*one\.md.* {2}unique-article-id$/);
    assert.match(lines[2]!, /^articles\/new\.md:18:5 {2}warning {2}.* {2}no-aka-ms-links$/);
    assert.match(lines[3]!, /^1 file checked: 2 problems/);
    assert.equal(lines.length, 4, 'two.md has a problem, but only the stdin file is reported');
  });

  it('uses the text, not the file on disk; the json format names the file', () => {
    const dir = corpus();
    const r = run(
      dir,
      ['lint', '--stdin', '--stdin-filename', path.join(dir, 'articles', 'two.md'), '--format', 'json'],
      article('20000000-0000-4000-8000-000000000002', 'Second article'),
    );
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), []);
  });

  // refused before standard input is read: in this process
  it('is a usage error without --stdin-filename, with a non-markdown name, or with --fix / --staged', async () => {
    const dir = corpus();
    for (const args of [
      ['--stdin'],
      ['--stdin', '--stdin-filename', 'a.txt'],
      ['--stdin', '--stdin-filename', 'a.md', '--fix'],
      ['--stdin', '--stdin-filename', 'a.md', '--staged'],
    ]) {
      const r = await cli(dir, 'lint', ...args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /^selfhelp: --stdin/, args.join(' '));
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    }
  });
});

describe('one cache for lint and dupes', () => {
  it('dupes neither discards nor rewrites the cache lint wrote, and lint afterwards finds it as it left it', async () => {
    const dir = corpus();
    const cache = path.join(dir, '.selfhelp-cache', 'lint.v8');
    const digest = () => createHash('sha1').update(readFileSync(cache)).digest('hex');
    assert.equal((await cli(dir, 'lint')).code, 0);
    const written = digest();
    assert.equal((await cli(dir, 'dupes', '--no-html')).code, 0);
    assert.equal(digest(), written, 'dupes opened the same cache, found every file fresh and had nothing to write');
    assert.equal((await cli(dir, 'dupes', '--no-html', '--files', 'articles/one.md')).code, 0);
    assert.equal((await cli(dir, 'lint')).code, 0);
    assert.equal(digest(), written, 'and lint found it fresh too');
  });
});

describe('one cache for two installs of the same version', () => {
  // as the pre-commit framework installs one beside the repository's own
  it('a copy of the package elsewhere, with other modification times, finds the cache fresh', () => {
    const dir = corpus();
    const copy = tempDir('install-copy');
    for (const part of ['bin', 'build/bundle', 'build/validators', 'schemas', 'package.json'])
      cpSync(path.join(root, part), path.join(copy, part), { recursive: true });
    symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'));
    const cache = path.join(dir, '.selfhelp-cache', 'lint.v8');
    const digest = () => createHash('sha1').update(readFileSync(cache)).digest('hex');
    assert.equal(run(dir, ['lint']).code, 0);
    const written = digest();
    const r = run(dir, ['lint'], undefined, copy);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(digest(), written, 'the copy used the cache as it was');
  });
});

describe('the GitHub problem matcher', () => {
  const matcher = JSON.parse(readFileSync(path.join(root, '.github', 'selfhelp-problem-matcher.json'), 'utf8')) as {
    problemMatcher: Array<{ owner: string; pattern: Array<Record<string, string | number>> }>;
  };

  it('matches every error and warning line of real stylish output: file, position, severity, message, rule', async () => {
    const dir = corpus();
    writeFileSync(
      path.join(dir, 'articles', 'my file.md'),
      article('20000000-0000-4000-8000-000000000001', 'Spaced: a title', '\n[y]()\n'),
    );
    const r = await cli(dir, 'lint', '--format', 'stylish');
    const json = JSON.parse((await cli(dir, 'lint', '--format', 'json')).stdout) as Array<
      Record<string, string | number>
    >;
    const [{ pattern }] = matcher.problemMatcher;
    assert.equal(pattern.length, 1);
    const p = pattern[0]!;
    const re = new RegExp(p.regexp as string);
    const group = (m: RegExpExecArray, key: string) => m[p[key] as number];
    const matched = r.stdout.split('\n').flatMap((line) => {
      const m = re.exec(line);
      return m
        ? [
            {
              file: group(m, 'file'),
              line: Number(group(m, 'line')),
              column: Number(group(m, 'column')),
              severity: group(m, 'severity'),
              message: group(m, 'message'),
              ruleId: group(m, 'code'),
            },
          ]
        : [];
    });
    const expected = json
      .filter((d) => d.severity !== 'info')
      .map((d) => ({
        file: d.file,
        line: d.line,
        column: d.column,
        severity: d.severity,
        message: d.message,
        ruleId: d.ruleId,
      }));
    assert.ok(
      expected.length >= 4 && expected.some((d) => d.file === 'articles/my file.md'),
      'the output has errors and warnings, in a file name with a space',
    );
    assert.deepEqual(matched, expected);
  });
});
