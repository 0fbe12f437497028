/** The config file: where it is found, what it may say, and where its problems are reported. */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { findConfig, loadConfig, RuleResolver, type ConfigResult } from '../src/config/index.js';
import type { Diagnostic } from '../src/diagnostic.js';
import { discover } from '../src/discover/index.js';
import { ruleInfos } from '../src/rules/index.js';
import { tempDir } from './fixtures.js';

function project(files: Record<string, string>): string {
  const dir = tempDir('config');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** The problems of a config text, as `line:column ruleId`. */
function problems(text: string): string[] {
  const dir = project({ 'selfhelp.config.json': text });
  const loaded = loadConfig(dir, undefined, ruleInfos());
  assert.equal(loaded.ok, false, 'the config has problems');
  const { diagnostics } = loaded as Extract<ConfigResult, { ok: false }>;
  return diagnostics.map((d: Diagnostic) => `${d.line}:${d.column} ${d.ruleId}`);
}

/** Where `needle` starts in `text`, as `line:column` (1-based). */
function positionOf(text: string, needle: string, from = 0): string {
  const offset = text.indexOf(needle, from);
  assert.ok(offset >= 0, `${needle} is in the text`);
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

describe('config problems inside overrides[n]', () => {
  const text = `{
  "overrides": [
    { "files": ["a/**"], "rules": { "single-h1": "warn" } },
    { "files": ["b/**"], "rules": { "no-tables": "off" } },
    { "files": ["c/**"], "rules": {
      "single-h1": "loud", "no-tablez": "off", "max-list-depth": ["warn", { "max": "3" }] } }
  ]
}
`;
  const third = text.indexOf('"c/**"');
  it('are reported at the offending value in that entry, not in overrides[0]', () => {
    const found = problems(text);
    const at = (needle: string) => positionOf(text, needle, third);
    assert.ok(found.includes(`${at('"loud"')} config/schema`), found.join(', '));
    const elsewhere = found.filter((f) => f.endsWith('config/schema') && f !== `${at('"loud"')} config/schema`);
    assert.deepEqual(elsewhere, [], 'every schema problem is at the bad severity');
    assert.ok(found.includes(`${at('"no-tablez"')} config/unknown-rule`), found.join(', '));
    assert.ok(found.includes(`${at('"3"')} config/rule-options`), found.join(', '));
  });
  it('a schema problem in an entry itself points at that entry', () => {
    const bad = '{ "overrides": [\n  { "files": ["a/**"], "rules": {} },\n  { "files": [], "rules": {} }\n] }';
    assert.deepEqual(problems(bad), [`${positionOf(bad, '[]')} config/schema`]);
  });
});

describe('options given to a rule that takes none', () => {
  it('are a config/rule-options problem at the options object, in rules and in overrides', () => {
    const text = `{
  "rules": { "single-h1": ["warn", { "level": 2 }], "parse/binary": ["error", {}] },
  "overrides": [{ "files": ["x/**"], "rules": { "no-tables": ["off", { "strict": true }] } }]
}
`;
    assert.deepEqual(problems(text), [
      `${positionOf(text, '{ "level"')} config/rule-options`,
      `${positionOf(text, '{}')} config/rule-options`,
      `${positionOf(text, '{ "strict"')} config/rule-options`,
    ]);
  });
  it('a severity alone, alone in a list, and options a rule declares are still accepted', () => {
    const dir = project({
      'selfhelp.config.json': JSON.stringify({
        rules: { 'single-h1': ['warn'], 'no-tables': 'off', 'max-list-depth': ['warn', { max: 2 }] },
      }),
    });
    const loaded = loadConfig(dir, undefined, ruleInfos());
    assert.ok(loaded.ok, JSON.stringify(loaded));
  });
});

describe('finding the config from a subfolder', () => {
  const config = JSON.stringify({
    ignore: ['articles/drafts/**', '**/wip-*.md'],
    overrides: [{ files: ['articles/legacy/**'], rules: { 'no-tables': 'off' } }],
  });
  const files = {
    'selfhelp.config.json': config,
    'articles/a.md': 'a',
    'articles/legacy/old.md': 'b',
    'articles/legacy/wip-x.md': 'c',
    'articles/drafts/d.md': 'd',
  };

  it('searches upward from the cwd; paths in the config stay relative to its folder', async () => {
    const dir = project(files);
    const cwd = path.join(dir, 'articles');
    assert.equal(findConfig(cwd), path.join(dir, 'selfhelp.config.json'));
    const loaded = loadConfig(cwd, undefined, ruleInfos());
    assert.ok(loaded.ok, JSON.stringify(loaded));
    const c = loaded.config;
    assert.equal(c.file, '../selfhelp.config.json');
    assert.equal(c.base, '..');
    // articles' paths stay relative to the cwd; the ignore globs are matched from the config's folder
    const found = await discover({ cwd, patterns: ['.'], ignore: c.ignore, base: c.base });
    assert.deepEqual(found, ['a.md', 'legacy/old.md']);
    const resolver = new RuleResolver(c, ruleInfos());
    assert.equal(resolver.forFile('legacy/old.md').has('no-tables'), false, 'the override applies');
    assert.equal(resolver.forFile('a.md').has('no-tables'), true, 'only to its files');
  });

  it('two folders down, the nearest config wins and an explicit --config stays relative to the cwd', () => {
    const dir = project({ ...files, 'articles/legacy/selfhelp.config.json': '{}' });
    const cwd = path.join(dir, 'articles', 'legacy');
    assert.equal(findConfig(cwd), path.join(cwd, 'selfhelp.config.json'));
    const deeper = path.join(dir, 'articles', 'drafts');
    const loaded = loadConfig(deeper, undefined, ruleInfos());
    assert.ok(loaded.ok);
    assert.equal(loaded.config.file, '../../selfhelp.config.json');
    const explicit = loadConfig(cwd, '../../selfhelp.config.json', ruleInfos());
    assert.ok(explicit.ok);
    assert.equal(explicit.config.base, '../..');
  });

  it('an empty config file found upward is reported, not skipped', () => {
    const dir = project({ 'selfhelp.config.json': '', 'articles/a.md': 'a' });
    const loaded = loadConfig(path.join(dir, 'articles'), undefined, ruleInfos());
    assert.equal(loaded.ok, false);
    const d = (loaded as Extract<ConfigResult, { ok: false }>).diagnostics[0];
    assert.deepEqual([d.file, d.ruleId], ['../selfhelp.config.json', 'config/invalid-json']);
  });

  it('a config that cannot be read is a positioned problem, not a crash', () => {
    const dir = project({ 'folder.json/x': '' });
    const loaded = loadConfig(dir, 'folder.json', ruleInfos());
    assert.equal(loaded.ok, false);
    const d = (loaded as Extract<ConfigResult, { ok: false }>).diagnostics[0];
    assert.deepEqual([d.file, d.line, d.column, d.ruleId], ['folder.json', 1, 1, 'config/unreadable']);
  });

  it('a config beside the cwd changes nothing: globs joined to its folder, as before', async () => {
    const dir = project(files);
    const loaded = loadConfig(dir, undefined, ruleInfos());
    assert.ok(loaded.ok);
    assert.equal(loaded.config.base, '');
    assert.equal(loaded.config.within, undefined);
    const c = loaded.config;
    assert.deepEqual(await discover({ cwd: dir, patterns: ['articles'], ignore: c.ignore, base: c.base }), [
      'articles/a.md',
      'articles/legacy/old.md',
    ]);
  });
});
