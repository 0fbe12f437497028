/**
 * The command line: exit codes, output formats, --fix, config, inline directives. The exit codes are the real
 * binary's (a node process each); the rest runs the command line in this process (cli()), the same code.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import AjvDraft04 from 'ajv-draft-04';
import { cli, root, runCli, tempDir } from './fixtures.js';

const run = cli;

const PROPS = (id: string, extra = '') => `<properties
    pageTitle="Widgets fail to start"
    description="What to do"
    ms.author="author1"
    selfHelpType="generic"
    supportTopicIds="32600001"
    productPesIds="15000"
    cloudEnvironments="public"
    articleId="${id}"
    ownershipId="Example_Widgets"${extra}
/>
`;
const BODY = '# Widgets fail to start\n\n## **Recommended Steps**\n\n* Restart the widget service.\n';

function project(files: Record<string, string | Buffer>): string {
  const dir = tempDir('cli');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

describe('exit codes', () => {
  it('0 when clean', () => {
    const dir = project({ 'articles/a.md': PROPS('11111111-1111-4111-8111-111111111111') + BODY });
    const r = runCli(dir, 'lint');
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /1 file checked: no problems/);
  });
  it('1 when there are errors, and a broken file does not stop the others', () => {
    const dir = project({
      'articles/a.md': PROPS('11111111-1111-4111-8111-111111111111') + BODY,
      'articles/b.md': Buffer.from([0x3c, 0x70, 0x92, 0x0a]),
      'articles/c.md': PROPS('11111111-1111-4111-8111-111111111111') + BODY,
    });
    const r = runCli(dir, 'lint', '--format', 'json');
    assert.equal(r.code, 1);
    const rows = JSON.parse(r.stdout) as Array<{ file: string; ruleId: string }>;
    assert.deepEqual(
      rows.map((x) => `${x.file} ${x.ruleId}`),
      [
        'articles/a.md unique-article-id',
        'articles/b.md parse/not-utf8',
        'articles/c.md unique-article-id',
        'articles/c.md duplicate-guidance',
      ],
    );
  });
  it('1 when warnings exceed --max-warnings, 0 when within', async () => {
    const dir = project({ 'a.md': PROPS('11111111-1111-4111-8111-111111111111') + BODY + '\n[x](https://aka.ms/x)\n' });
    assert.equal((await run(dir, 'lint', 'a.md')).code, 0);
    assert.equal((await run(dir, 'lint', 'a.md', '--max-warnings', '0')).code, 1);
    assert.equal((await run(dir, 'lint', 'a.md', '--max-warnings', '1')).code, 0);
  });
  it('2 on a usage error, with no stack trace', async () => {
    const dir = project({});
    for (const args of [
      ['lint', '--format', 'xml'],
      ['lint', 'no-such-folder'],
      ['frobnicate'],
      ['lint', '--max-warnings', 'many'],
    ]) {
      const r = await run(dir, ...args);
      assert.equal(r.code, 2, args.join(' '));
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    }
    // and the binary's process: the same message, exit 2
    const binary = runCli(dir, 'lint', 'no-such-folder');
    assert.equal(binary.code, 2);
    assert.equal(binary.stderr, (await run(dir, 'lint', 'no-such-folder')).stderr);
  });
});

describe('output formats', () => {
  const dir = project({
    'articles/x/b.md':
      PROPS('22222222-2222-4222-8222-222222222222') + BODY + '\n[docs](http://docs.microsoft.com/en-us/azure/x)\n',
    'articles/a.md':
      PROPS('33333333-3333-4333-8333-333333333333').replace('supportTopicIds="32600001"', 'supportTopicIds="3259x"') +
      BODY,
  });
  it('json: one array of the documented fields, sorted by file, line, column, rule', async () => {
    const rows = JSON.parse((await run(dir, 'lint', '--format', 'json')).stdout) as Array<Record<string, unknown>>;
    assert.ok(rows.length >= 3);
    for (const row of rows)
      assert.deepEqual(Object.keys(row), [
        'file',
        'line',
        'column',
        'endLine',
        'endColumn',
        'severity',
        'ruleId',
        'message',
      ]);
    const keys = rows.map((r) => [r.file, r.line, r.column, r.ruleId] as [string, number, number, string]);
    const sorted = [...keys].sort((a, b) =>
      a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || a[2] - b[2] || (a[3] < b[3] ? -1 : 1),
    );
    assert.deepEqual(keys, sorted);
    const bad = rows.find((r) => r.ruleId === 'valid-attribute-values')!;
    assert.deepEqual([bad.file, bad.line, bad.column], ['articles/a.md', 6, 22]);
    assert.equal(bad.message, 'supportTopicIds: "3259x" is not a comma-separated list of numeric ids');
  });
  it('stylish: path:line:column  severity  message  rule-id', async () => {
    const out = (await run(dir, 'lint')).stdout;
    assert.match(
      out,
      /^articles\/a\.md:6:22 {2}warning {2}supportTopicIds: "3259x" is not a comma-separated list of numeric ids {2}valid-attribute-values$/m,
    );
  });
  it('sarif: validates against the SARIF 2.1.0 schema, with stable fingerprints', async () => {
    const schema = JSON.parse(
      readFileSync(path.join(root, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
    );
    const ajv = new AjvDraft04.default({
      allErrors: true,
      strict: false,
      validateFormats: false,
      unicodeRegExp: false,
    });
    const validate = ajv.compile(schema);
    const first = JSON.parse((await run(dir, 'lint', '--format', 'sarif')).stdout) as {
      runs: Array<{ results: unknown[] }>;
    };
    assert.ok(validate(first), JSON.stringify(validate.errors?.slice(0, 3)));
    const results = first.runs[0].results as Array<{ partialFingerprints: Record<string, string>; ruleId: string }>;
    assert.ok(results.length >= 3);
    const prints = results.map((r) => r.partialFingerprints['selfhelpFingerprint/v1']);
    assert.equal(new Set(prints).size, prints.length, 'fingerprints are unique');
    // moving the problem down two lines keeps its fingerprint
    const file = path.join(dir, 'articles/a.md');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, `\n\n${original}`);
    try {
      const second = JSON.parse((await run(dir, 'lint', '--format', 'sarif')).stdout);
      const find = (log: typeof first) =>
        (log.runs[0].results as typeof results).find((r) => r.ruleId === 'valid-attribute-values')!;
      assert.equal(
        find(second).partialFingerprints['selfhelpFingerprint/v1'],
        find(first).partialFingerprints['selfhelpFingerprint/v1'],
      );
    } finally {
      writeFileSync(file, original);
    }
  });
  it('github: annotations capped at 10 per level, the rest listed and counted', async () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 14; i++)
      many[`a${String(i).padStart(2, '0')}.md`] =
        PROPS(`44444444-4444-4444-8444-${String(i).padStart(12, '0')}`).replace(
          'supportTopicIds="32600001"',
          'supportTopicIds="x"',
        ) + BODY;
    many['selfhelp.config.json'] = JSON.stringify({
      rules: { 'duplicate-guidance': 'off', 'valid-attribute-values': 'error' },
    });
    const out = (await run(project(many), 'lint', '.', '--format', 'github')).stdout;
    assert.equal(out.match(/^::error /gm)?.length, 10);
    assert.match(out, /^::notice title=selfhelp::14 files checked: 14 problems .*4 not annotated/m);
    assert.equal(out.match(/ {2}valid-attribute-values$/gm)?.length, 14, 'every problem is still in the log');
  });
});

describe('--fix', () => {
  it('fixes in place, keeping CRLF line endings and the BOM, touching nothing else', async () => {
    const text = `\ufeff${(PROPS('55555555-5555-4555-8555-555555555555') + BODY + '\n* [Docs](http://docs.microsoft.com/en-us/azure/widgets)  \n').replace(/\n/g, '\r\n')}`;
    const dir = project({ 'a.md': text });
    const r = await run(dir, 'lint', '--fix', 'a.md');
    assert.equal(r.code, 0, r.stdout);
    const fixed = readFileSync(path.join(dir, 'a.md'), 'utf8');
    assert.equal(fixed, text.replace('http://docs.microsoft.com/en-us/azure', 'https://docs.microsoft.com/azure'));
    assert.deepEqual(readdirSync(dir), ['a.md'], 'no temp file left behind');
  });
});

describe('config', () => {
  it('turns rules off, changes severities, overrides per folder, ignores files', async () => {
    const dir = project({
      'selfhelp.config.json': JSON.stringify({
        rules: { 'no-aka-ms-links': 'error', 'duplicate-guidance': 'off' },
        ignore: ['articles/drafts/**'],
        overrides: [{ files: ['articles/legacy/**'], rules: { 'no-aka-ms-links': 'off' } }],
      }),
      'articles/new.md': PROPS('66666666-6666-4666-8666-666666666661') + BODY + '\n[x](https://aka.ms/x)\n',
      'articles/legacy/old.md': PROPS('66666666-6666-4666-8666-666666666662') + BODY + '\n[x](https://aka.ms/x)\n',
      'articles/drafts/wip.md': 'not even an article',
    });
    const rows = JSON.parse((await run(dir, 'lint', '--format', 'json')).stdout) as Array<{
      file: string;
      ruleId: string;
      severity: string;
    }>;
    assert.deepEqual(
      rows.map((r) => `${r.file} ${r.ruleId} ${r.severity}`),
      ['articles/new.md no-aka-ms-links error'],
    );
  });
  it('reports an unknown rule with its position and a suggestion, exit 2', async () => {
    const dir = project({
      'selfhelp.config.json': '{\n  "rules": {\n    "no-aka-links": "off"\n  }\n}\n',
      'a.md': PROPS('1') + BODY,
    });
    const r = await run(dir, 'lint', 'a.md');
    assert.equal(r.code, 2);
    assert.match(
      r.stderr,
      /selfhelp\.config\.json:3:5 {2}error {2}Unknown rule `no-aka-links`; did you mean `no-aka-ms-links`\? {2}config\/unknown-rule/,
    );
  });
  it('reports a broken config file, exit 2', async () => {
    const dir = project({ 'selfhelp.config.json': '{ "rules": { "single-h1": "loud" } }', 'a.md': PROPS('1') + BODY });
    const r = await run(dir, 'lint', 'a.md');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /config\/schema/);
  });
  it('finds the config in a folder above the cwd; its globs stay relative to it, reported paths to the cwd', async () => {
    const link = '\n[x](https://aka.ms/x)\n';
    const dir = project({
      'selfhelp.config.json': JSON.stringify({
        rules: { 'no-aka-ms-links': 'error', 'duplicate-guidance': 'off' },
        ignore: ['articles/drafts/**'],
        overrides: [{ files: ['articles/legacy/**'], rules: { 'no-aka-ms-links': 'off' } }],
      }),
      'articles/new.md': PROPS('66666666-6666-4666-8666-666666666671') + BODY + link,
      'articles/legacy/old.md': PROPS('66666666-6666-4666-8666-666666666672') + BODY + link,
      'articles/drafts/wip.md': 'not even an article',
    });
    const r = await run(path.join(dir, 'articles'), 'lint', '.', '--format', 'json', '--no-cache');
    assert.equal(r.code, 1, r.stderr);
    const rows = JSON.parse(r.stdout) as Array<{ file: string; ruleId: string; severity: string }>;
    assert.deepEqual(
      rows.map((x) => `${x.file} ${x.ruleId} ${x.severity}`),
      ['new.md no-aka-ms-links error'],
    );
  });
  it('reports a problem in a config above the cwd at its path from the cwd, and options a rule does not take', async () => {
    const config = '{\n  "rules": {\n    "no-tables": ["warn", { "allow": 1 }]\n  }\n}\n';
    const dir = project({ 'selfhelp.config.json': config, 'articles/a.md': PROPS('1') + BODY });
    const r = await run(path.join(dir, 'articles'), 'lint', 'a.md');
    assert.equal(r.code, 2);
    const line = /\.\.\/selfhelp\.config\.json:3:27 {2}error {2}`no-tables` takes no options.* {2}config\/rule-options/;
    assert.match(r.stderr, line);
  });
});

describe('inline directives', () => {
  it('selfhelp-disable-next-line and disable/enable silence only the named rule where they apply', async () => {
    const body = `${BODY}
<!-- selfhelp-disable-next-line no-aka-ms-links -->
[a](https://aka.ms/a)
[b](https://aka.ms/b)

<!-- selfhelp-disable no-aka-ms-links -->
[c](https://aka.ms/c)
<!-- selfhelp-enable no-aka-ms-links -->
[d](https://aka.ms/d)
`;
    const dir = project({ 'a.md': PROPS('77777777-7777-4777-8777-777777777777') + body });
    const rows = JSON.parse((await run(dir, 'lint', 'a.md', '--format', 'json')).stdout) as Array<{
      line: number;
      ruleId: string;
    }>;
    assert.deepEqual(
      rows.filter((r) => r.ruleId === 'no-aka-ms-links').map((r) => r.line),
      [20, 25],
    );
  });
});

describe('discovery', () => {
  it('lists the same plain posix paths however a folder is named', async () => {
    const { discover } = await import('../src/discover/index.js');
    const list = (patterns: string[]) => discover({ cwd: root, patterns, ignore: [], base: '' });
    const plain = await list(['articles']);
    assert.ok(plain.length >= 5 && plain.every((f) => f.startsWith('articles/') && f.endsWith('.md')));
    for (const named of [
      ['./articles'],
      ['articles/'],
      ['articles/../articles'],
      ['./articles/./microsoft.storage/..'],
    ])
      assert.deepEqual(await list(named), plain, named[0]);
    assert.deepEqual(await list(['articles', './articles/microsoft.storage']), plain, 'each file once');
  });
});

describe("a report's own severity", () => {
  it('lowers the rule severity for one report, never raises it above what the config sets', async () => {
    const fixture = readFileSync(path.join(root, 'src/rules/payload-schema/fixtures/invalid/bad-elements.md'), 'utf8');
    const line = (out: string) => out.split('\n').find((l) => l.includes('formElements[0].required')) ?? '';
    const asDefault = (await run(project({ 'a.md': fixture }), 'lint', 'a.md')).stdout;
    assert.match(line(asDefault), / {2}warning {2}/, 'the rule is an error; this report is a warning');
    assert.match(asDefault, /formElements\[1\]\.order.* {2}payload-schema/);
    const config = JSON.stringify({ rules: { 'payload-schema': 'info' } });
    const lowered = (await run(project({ 'a.md': fixture, 'selfhelp.config.json': config }), 'lint', 'a.md')).stdout;
    assert.match(line(lowered), / {2}info {2}/, 'set to info: the report stays at info');
  });
});
