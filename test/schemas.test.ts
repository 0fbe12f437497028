/**
 * Every schema in schemas/ is valid JSON Schema 2020-12 (the tool skips this check at run time), and editor-friendly;
 * the precompiled validators are those of the schemas as they are.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { createRequire } from 'node:module';
import { root } from './fixtures.js';
import { generatedFile, newAjv, schemaDigest, validator, type Profile } from '../src/validate/compiled.js';
import { schemaSources } from '../src/validate/schemas.js';
import { ruleInfos } from '../src/rules/index.js';

const dir = path.join(root, 'schemas');
const files = readdirSync(dir, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.schema.json'))
  .sort();

describe('schemas', () => {
  for (const file of files) {
    it(`${file} is valid against the meta-schema, with $id, title and a description on every property`, () => {
      const schema = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
      const ajv = new Ajv2020({ strict: false, validateSchema: true, allowUnionTypes: true });
      ajv.addVocabulary(['x-expected', 'x-requiredOneOf', 'recommended', 'exempt', 'structure', 'payload']);
      assert.ok(ajv.validateSchema(schema), JSON.stringify(ajv.errors));
      assert.match(schema.$id, /^https:\/\/selfhelp\.dev\/schemas\//);
      assert.ok(schema.title, 'title');
      const missing: string[] = [];
      const walk = (node: Record<string, any>, where: string) => {
        for (const [k, v] of Object.entries((node.properties ?? {}) as Record<string, any>)) {
          if (!v.description) missing.push(`${where}.${k}`);
          walk(v, `${where}.${k}`);
        }
        if (node.items) walk(node.items, `${where}[]`);
        for (const [i, v] of ((node.prefixItems ?? []) as Array<Record<string, any>>).entries())
          walk(v, `${where}[${i}]`);
        for (const [k, v] of Object.entries((node.$defs ?? {}) as Record<string, any>)) walk(v, `$defs.${k}`);
      };
      walk(schema, '');
      assert.deepEqual(missing, []);
    });
  }
});

describe('precompiled validators (build/validators, made by npm run compile)', () => {
  const sources = schemaSources(ruleInfos());
  const generated = (profile: Profile) =>
    createRequire(import.meta.url)(generatedFile(profile)) as {
      validators: Record<string, unknown>;
      digests: Record<string, string>;
    };

  it('cover every schema the tool uses, made from the schemas as they are now', () => {
    assert.ok(sources.length >= 10, `${sources.length} sources`);
    assert.ok(
      sources.some((s) => s.key.startsWith('types/')) &&
        sources.some((s) => s.key.startsWith('payload/')) &&
        sources.some((s) => s.key.startsWith('options/')),
    );
    for (const s of sources) {
      const g = generated(s.profile);
      assert.equal(g.digests[s.key], schemaDigest(s.profile, s.schema), `${s.profile} ${s.key} is stale`);
      assert.equal(typeof g.validators[s.key], 'function', s.key);
      // the precompiled function itself is what a run gets
      assert.equal(validator(s.profile, s.key, s.schema), g.validators[s.key], s.key);
    }
  });

  it('report the same errors as the schemas compiled by ajv at run time', () => {
    const properties = sources.find((s) => s.key === 'properties')!;
    const samples = [
      {},
      {
        pageTitle: 'A title',
        articleId: 'not-a-guid',
        selfHelpType: 'generic',
        cloudEnvironments: ['public', 'moon'],
        ownershipId: 'x',
        authors: 'someone',
      },
      { pageTitle: '', service: 'a b', supportTopicIds: ['12', 'x'], cloudEnvironments: 'public', unknownAttribute: 1 },
    ];
    const ajv = newAjv('schemas');
    const atRunTime = ajv.compile(properties.schema);
    const pre = validator('schemas', 'properties', properties.schema);
    for (const sample of samples) {
      assert.equal(pre(sample), atRunTime(sample));
      assert.deepEqual(pre.errors, atRunTime.errors);
      assert.ok(sample === samples[0] ? pre.errors!.length > 0 : true);
    }
    const config = sources.find((s) => s.key === 'config')!;
    const configAtRunTime = newAjv('config').compile(config.schema);
    const configPre = validator('config', 'config', config.schema);
    for (const sample of [
      { rules: { 'no-tables': 'loud' } },
      { rules: {}, ignore: 'x' },
      { rules: { 'no-tables': 'off' } },
    ]) {
      assert.equal(configPre(sample), configAtRunTime(sample));
      assert.deepEqual(configPre.errors, configAtRunTime.errors);
    }
  });

  it('a schema changed since the last compile is compiled at run time, never served stale', () => {
    const properties = sources.find((s) => s.key === 'properties')!;
    const changed = { ...properties.schema, required: [...(properties.schema.required as string[]), 'description'] };
    const v = validator('schemas', 'properties', changed);
    assert.notEqual(v, generated('schemas').validators.properties);
    const ok = {
      pageTitle: 'A title',
      articleId: '00000000-0000-0000-0000-000000000000',
      selfHelpType: 'generic',
      cloudEnvironments: ['public'],
      ownershipId: 'x',
      authors: ['someone'],
    };
    assert.equal(validator('schemas', 'properties', properties.schema)(ok), true);
    assert.equal(v(ok), false);
    assert.ok(v.errors!.some((e) => (e.params as { missingProperty?: string }).missingProperty === 'description'));
  });
});
