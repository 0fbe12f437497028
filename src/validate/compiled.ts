/**
 * JSON-schema validators compiled ahead of time. `npm run compile` writes ajv's standalone code of every
 * schema the tool uses into build/validators/ (scripts/validators.ts), so that a run loads a validator
 * instead of compiling its schema: a one-article lint saved about 25 ms of compiling and 15 ms of loading
 * ajv itself, which it no longer imports.
 *
 * A precompiled validator is used only when it was made from the very schema asked for, by the same ajv
 * version with the same options (a digest of the three names it). Otherwise (a schema edited since the
 * last compile, another ajv, no build/validators/ at all) the schema is compiled by ajv at run time, as
 * before: the result is the same, only slower.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Ajv2020, Options, ValidateFunction } from 'ajv/dist/2020.js';
import { packageFile } from '../paths.js';

/** The two ajv set-ups: the article schemas (strict, verbose errors for messages) and the config file's. */
export type Profile = 'schemas' | 'config';

const PROFILES: Record<Profile, Options> = {
  // the schemas are checked against the meta-schema by the test suite, not at every start
  schemas: { allErrors: true, strict: true, verbose: true, allowUnionTypes: true, validateSchema: false },
  config: { allErrors: true, strict: false, allowUnionTypes: true, validateFormats: false },
};

/** The annotation keywords of the article schemas (read by the catalogue, not validated). */
export const VOCABULARY = ['x-expected', 'x-requiredOneOf', 'recommended', 'exempt', 'structure', 'payload'];

/** Where `npm run compile` writes the standalone module of a profile. */
export const generatedFile = (profile: Profile): string => packageFile(`build/validators/${profile}.cjs`);

// ajv is CommonJS; loaded on demand by path, so that neither the bundle nor a run that needs no compiling loads it
const requireHere = createRequire(import.meta.url);

/** A new ajv of a profile; `source` keeps the generated code, for standaloneCode(). */
export function newAjv(profile: Profile, source = false): Ajv2020 {
  const { Ajv2020: Ajv } = requireHere('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const ajv = new Ajv({ ...PROFILES[profile], ...(source ? { code: { source: true } } : {}) });
  if (profile === 'schemas') ajv.addVocabulary(VOCABULARY);
  return ajv;
}

let ajvVersion: string | undefined;

/** What a validator is made from: ajv's version, the profile's options, the schema. */
export function schemaDigest(profile: Profile, schema: unknown): string {
  ajvVersion ??= (JSON.parse(readFileSync(requireHere.resolve('ajv/package.json'), 'utf8')) as { version: string })
    .version;
  return createHash('sha1')
    .update(JSON.stringify([ajvVersion, PROFILES[profile], schema]))
    .digest('hex');
}

/** The generated module: validators by key, and the digest each was made from. */
export interface Generated {
  validators: Record<string, ValidateFunction>;
  digests: Record<string, string>;
}

const generated = new Map<Profile, Generated | null>();
const runtime = new Map<Profile, Ajv2020>();

function generatedOf(profile: Profile): Generated | null {
  let g = generated.get(profile);
  if (g === undefined) {
    try {
      const m = requireHere(generatedFile(profile)) as {
        validators?: Generated['validators'];
        digests?: Generated['digests'];
      };
      g = m.validators && m.digests ? { validators: m.validators, digests: m.digests } : null;
    } catch {
      g = null;
    }
    generated.set(profile, g);
  }
  return g;
}

/**
 * The validator of a schema: the precompiled one named `key` when it was made from this schema, else
 * compiled now. A schema is asked for once per process (callers keep what they get).
 */
export function validator(profile: Profile, key: string, schema: Record<string, unknown>): ValidateFunction {
  const g = generatedOf(profile);
  const made = g?.digests[key] === schemaDigest(profile, schema) ? g.validators[key] : undefined;
  if (typeof made === 'function') return made;
  let ajv = runtime.get(profile);
  if (!ajv) runtime.set(profile, (ajv = newAjv(profile)));
  return ajv.compile(schema);
}
