/** Every schema in schemas/ is valid JSON Schema 2020-12 (the tool skips this check at run time), and editor-friendly. */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { root } from './fixtures.js';

const dir = path.join(root, 'schemas');
const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.schema.json')).sort();

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
        for (const [i, v] of ((node.prefixItems ?? []) as Array<Record<string, any>>).entries()) walk(v, `${where}[${i}]`);
        for (const [k, v] of Object.entries((node.$defs ?? {}) as Record<string, any>)) walk(v, `$defs.${k}`);
      };
      walk(schema, '');
      assert.deepEqual(missing, []);
    });
  }
});
