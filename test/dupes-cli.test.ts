/** selfhelp dupes from the command line: report, HTML, changed-files mode, baseline, git modes. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { cli, root, runCli, tempDir } from './fixtures.js';

const run = cli;

const STEPS = [
  'Open the widget console and select Diagnostics, which lists every widget with its last heartbeat time.',
  'If a widget has not reported for more than ten minutes, restart the widget agent from the action menu.',
  'Check that the agent can reach the widget service endpoint on port 8443 through the corporate firewall.',
  'Review the agent log in the data folder for certificate errors, and renew the widget certificate if needed.',
];
const OTHER = [
  'Compare the configured gadget region with the region of the subscription in the gadget portal.',
  'Move the gadget to a supported region, or create a new gadget there and copy the settings across.',
  'Update the client configuration so that it uses the regional endpoint rather than the global one.',
  'Ask an administrator for the Gadget Contributor role when the portal hides the move option.',
];
const article = (id: number, steps: string[]) =>
  `<properties\n    pageTitle="Article ${id}"\n    description="d"\n    ms.author="a"\n    selfHelpType="generic"\n    supportTopicIds="1"\n    productPesIds="1"\n    cloudEnvironments="public"\n    articleId="00000000-0000-4000-8000-${String(id).padStart(12, '0')}"\n    ownershipId="E_W"\n/>\n# Article ${id}\n\n## **Recommended Steps**\n\n${steps.map((s) => `* ${s}`).join('\n')}\n`;

function project(): string {
  const dir = tempDir('dupes');
  mkdirSync(path.join(dir, 'articles/x'), { recursive: true });
  writeFileSync(path.join(dir, 'articles/x/original.md'), article(1, STEPS));
  writeFileSync(
    path.join(dir, 'articles/x/copy.md'),
    article(2, [...STEPS.slice(0, 3), 'Contact support when nothing else helps.']),
  );
  writeFileSync(path.join(dir, 'articles/x/other.md'), article(3, OTHER));
  writeFileSync(path.join(dir, 'articles/x/other-copy.md'), article(4, OTHER));
  return dir;
}

describe('selfhelp dupes', () => {
  // the first test runs the binary; the others run the command line in this process (cli())
  it('reports each pair once, exit 1, and writes a self-contained HTML report', () => {
    const dir = project();
    const r = runCli(dir, 'dupes', '--format', 'json');
    assert.equal(r.code, 1, r.stderr);
    const rows = JSON.parse(r.stdout) as Array<{ file: string; line: number; message: string; ruleId: string }>;
    assert.equal(rows.length, 2);
    assert.ok(rows.every((x) => x.ruleId === 'duplicate-guidance'));
    assert.match(rows.find((x) => x.file === 'articles/x/original.md')!.message, /copy\.md/);
    const html = readFileSync(path.join(dir, 'dist/reports/duplicates.html'), 'utf8');
    assert.match(html, /^<!doctype html>/);
    assert.doesNotMatch(html, /<script|https?:\/\/(?!learn)/);
    assert.ok(html.includes('articles/x/copy.md') && html.includes('restart the widget agent'));
  });

  it('writes its default report into dist/ before any build, and the first build may still replace dist/', async () => {
    const dir = project();
    await run(dir, 'dupes', 'articles');
    assert.ok(existsSync(path.join(dir, 'dist', 'reports', 'duplicates.html')));
    const built = await run(dir, 'build', '--force', 'articles');
    assert.equal(built.code, 0, built.stderr);
    assert.ok(existsSync(path.join(dir, 'dist', 'index.html')));
  });

  it('--files reports only the pairs that involve those files', async () => {
    const dir = project();
    const rows = JSON.parse(
      (await run(dir, 'dupes', '--format', 'json', '--no-html', '--files', 'articles/x/other.md')).stdout,
    ) as Array<{ file: string; message: string }>;
    assert.equal(rows.length, 1);
    assert.match(`${rows[0].file} ${rows[0].message}`, /other/);
    assert.doesNotMatch(rows[0].message, /original\.md|x\/copy\.md/);
    assert.equal(rows[0].file, 'articles/x/other.md', 'reported in the changed file');
  });

  it('--update-baseline accepts the current pairs; only new duplication fails afterwards', async () => {
    const dir = project();
    assert.equal((await run(dir, 'dupes', '--update-baseline', '--no-html')).code, 0);
    const baseline = readFileSync(path.join(dir, 'selfhelp-dupes-baseline.json'), 'utf8');
    assert.equal(
      baseline,
      '{\n  "version": 1,\n  "pairs": [\n    ["articles/x/copy.md","articles/x/original.md"],\n    ["articles/x/other-copy.md","articles/x/other.md"]\n  ]\n}\n',
    );
    assert.equal((await run(dir, 'dupes', '--update-baseline', '--no-html')).code, 0);
    assert.equal(readFileSync(path.join(dir, 'selfhelp-dupes-baseline.json'), 'utf8'), baseline, 'deterministic');
    assert.equal((await run(dir, 'dupes', '--no-html')).code, 0, 'baseline pairs are not reported');
    assert.equal((await run(dir, 'lint')).code, 0, 'nor by the lint rule');
    writeFileSync(path.join(dir, 'articles/x/third.md'), article(5, STEPS));
    const r = await run(dir, 'dupes', '--no-html', '--format', 'json');
    assert.equal(r.code, 1);
    const rows = JSON.parse(r.stdout) as Array<{ file: string; message: string }>;
    assert.ok(rows.length >= 1 && rows.every((x) => /third\.md/.test(`${x.file} ${x.message}`)), JSON.stringify(rows));
  });

  it('a broken baseline file is a usage error, exit 2', async () => {
    const dir = project();
    writeFileSync(path.join(dir, 'selfhelp-dupes-baseline.json'), '{ "pairs": 3 }');
    const r = await run(dir, 'dupes', '--no-html');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /selfhelp-dupes-baseline\.json must hold/);
  });

  it('--staged compares the staged content of the staged files with the whole corpus', async () => {
    const dir = project();
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
    git('init', '-q');
    git('-c', 'user.email=t@t', '-c', 'user.name=t', 'add', '.');
    git('-c', 'user.email=t@t', '-c', 'user.name=t', 'commit', '-qm', 'init');
    // staged: a new copy of OTHER; working tree: the same file rewritten to unrelated text
    writeFileSync(path.join(dir, 'articles/x/new.md'), article(6, OTHER));
    git('add', 'articles/x/new.md');
    writeFileSync(
      path.join(dir, 'articles/x/new.md'),
      article(6, ['Completely unrelated words about hedgehogs and the autumn garden in the evening light.']),
    );
    const rows = JSON.parse((await run(dir, 'dupes', '--staged', '--no-html', '--format', 'json')).stdout) as Array<{
      file: string;
    }>;
    assert.ok(rows.length >= 2 && rows.every((x) => x.file === 'articles/x/new.md'), JSON.stringify(rows));
    assert.ok(!existsSync(path.join(dir, 'dist')));
  });

  it('--format json carries the scores, the other file and the shared passages as fields, valid against its schema', async () => {
    const dir = project();
    // a per-cloud group (a consolidation suggestion at info) and a file with a parse error
    writeFileSync(
      path.join(dir, 'articles/x/reset.md'),
      article(
        7,
        STEPS.map((s) => s.replace(/widget/g, 'gizmo')),
      ),
    );
    writeFileSync(
      path.join(dir, 'articles/x/reset-mooncake.md'),
      article(
        7,
        STEPS.map((s) => s.replace(/widget/g, 'gizmo')),
      ),
    );
    writeFileSync(path.join(dir, 'articles/x/broken.md'), '<properties\n    pageTitle="Broken\n/>\n# Broken\n');
    const r = await run(dir, 'dupes', '--format', 'json');
    assert.equal(r.code, 1, r.stderr);
    const rows = JSON.parse(r.stdout) as any[];
    // the HTML report shows the exempt group with its reason, and its charts
    const html = readFileSync(path.join(dir, 'dist/reports/duplicates.html'), 'utf8');
    const exempt = html.slice(html.indexOf('id="exempt"'), html.indexOf('Passages in several articles'));
    assert.match(exempt, /per-cloud copies/);
    assert.ok(exempt.includes('articles/x/reset-mooncake.md'));
    assert.equal(html.match(/<svg /g)?.length, 2, 'pairs by service, clusters by size');
    const ajv = new Ajv2020({ strict: true });
    const validate = ajv.compile(
      JSON.parse(readFileSync(path.join(root, 'schemas', 'dupes-report.schema.json'), 'utf8')),
    );
    assert.ok(validate(rows), JSON.stringify(validate.errors));
    const pair = rows.find((x: any) => x.file === 'articles/x/original.md');
    assert.equal(pair.duplicate.other, 'articles/x/copy.md');
    assert.ok(pair.duplicate.containment.here > 0.5 && pair.duplicate.jaccard > 0.5, JSON.stringify(pair));
    assert.ok(
      pair.duplicate.shared.length >= 1 && pair.duplicate.shared[0].here.startLine === pair.line,
      JSON.stringify(pair),
    );
    const cloud = rows.find((x: any) => x.perCloud);
    assert.equal(cloud.severity, 'info');
    assert.deepEqual(cloud.perCloud.files, ['articles/x/reset.md', 'articles/x/reset-mooncake.md']);
    assert.ok(
      rows.some((x: any) => x.file === 'articles/x/broken.md' && x.ruleId.startsWith('parse/')),
      'a full run shows parse errors',
    );
  });

  it("changed-files mode neither prints the corpus's parse errors nor exits 1 for them (the pre-commit hook)", async () => {
    const dir = project();
    writeFileSync(path.join(dir, 'articles/x/broken.md'), '<properties\n    pageTitle="Broken\n/>\n# Broken\n');
    writeFileSync(
      path.join(dir, 'articles/x/fresh.md'),
      article(8, ['Completely unrelated words about hedgehogs and the autumn garden in the evening light.']),
    );
    for (const args of [
      ['--files', 'articles/x/fresh.md'],
      ['--files', 'articles/x/fresh.md', '--format', 'json'],
    ]) {
      const r = await run(dir, 'dupes', '--no-html', ...args);
      assert.equal(r.code, 0, `${args.join(' ')}: ${r.stdout}${r.stderr}`);
      assert.doesNotMatch(r.stdout, /broken\.md|parse\//);
    }
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
    git('init', '-q');
    git('-c', 'user.email=t@t', '-c', 'user.name=t', 'add', '.');
    git('-c', 'user.email=t@t', '-c', 'user.name=t', 'commit', '-qm', 'init');
    writeFileSync(
      path.join(dir, 'articles/x/fresh.md'),
      article(8, ['Other unrelated words about hedgehogs and the winter garden in the morning light.']),
    );
    git('add', 'articles/x/fresh.md');
    const staged = await run(dir, 'dupes', '--staged');
    assert.equal(staged.code, 0, staged.stdout + staged.stderr);
    assert.doesNotMatch(staged.stdout, /broken\.md/);
    const since = await run(dir, 'dupes', '--since', 'HEAD', '--no-html');
    assert.equal(since.code, 0, since.stdout + since.stderr);
    // a parse error in a changed file is still shown
    const own = await run(dir, 'dupes', '--no-html', '--files', 'articles/x/broken.md');
    assert.equal(own.code, 1);
    assert.match(own.stdout, /broken\.md/);
  });
});
