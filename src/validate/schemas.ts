/**
 * The JSON schemas in schemas/, loaded once per process (per worker thread) with their validators
 * (precompiled, see compiled.ts), and the attribute catalogue derived from them: canonical names, which
 * attributes are lists, which hold a lower-cased vocabulary.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { packageFile } from '../paths.js';
import { validator, type Profile } from './compiled.js';

export const schemaDir = pathToFileURL(packageFile('schemas/'));

type JsonSchema = Record<string, any>;

export interface TypeOverlay {
  /** lower-cased selfHelpType */
  type: string;
  required: string[];
  recommended: string[];
  exempt: string[];
  structure: { sections?: boolean; issueDescription?: boolean; h1?: boolean };
  payload?: { required: boolean; $schema: string[]; schema: string };
  /** the overlay's own property checks, compiled on first use */
  validate(): ValidateFunction | null;
}

export interface Catalog {
  base: JsonSchema;
  validateBase: ValidateFunction;
  overlays: Map<string, TypeOverlay>;
  /** the validator of a payload schema (`payload/<name>.schema.json`), compiled on first use */
  payloadValidator(schema: string): ValidateFunction | undefined;
  /** lower-case name -> canonical name */
  canonical: Map<string, string>;
  listAttributes: Set<string>;
  vocabularyAttributes: Set<string>;
  /** canonical names whose schema is deprecated */
  deprecated: Set<string>;
  /** the canonical spellings of selfHelpType values, by lower-case value */
  typeSpelling: Map<string, string>;
  /** The schema node that describes an attribute (after $ref), for messages. */
  attributeSchema(name: string): JsonSchema | undefined;
}

function readJson(url: URL): JsonSchema {
  return JSON.parse(readFileSync(url, 'utf8')) as JsonSchema;
}

/** Canonical spellings of the selfHelpType vocabulary, as the content team's templates write them. */
const TYPE_SPELLINGS = [
  'generic',
  'resource',
  'diagnostics',
  'rca',
  'servicehealthinsights',
  'TSG_Content',
  'TSG_Description',
  'TSG_Questions',
  'problemScopingQuestions',
  'advisorRecommendationMetadata',
  'supportTopicDescription',
  'Apollo',
  'diagnoseandsolve',
  'tools',
  'PartnerCenterQuickStart',
  'health',
];

let cached: Catalog | undefined;

const typeSchemas = () =>
  readdirSync(new URL('types/', schemaDir))
    .filter((n) => n.endsWith('.schema.json'))
    .sort();
const payloadSchemas = () =>
  readdirSync(new URL('payload/', schemaDir))
    .filter((n) => n.endsWith('.schema.json'))
    .sort()
    .map((n) => `payload/${n}`);

/** A type overlay's own property checks (its `required` is the catalogue's business), or undefined when it has none. */
function overlayChecks(schema: JsonSchema): JsonSchema | undefined {
  if (!schema.properties) return undefined;
  const checks = { ...schema };
  delete checks.required;
  return checks;
}

/**
 * Every schema the tool validates against, with the profile and key it is compiled under: what
 * scripts/validators.ts precompiles. `options` are the rules' option schemas (by rule id).
 */
export function schemaSources(
  options: Array<{ id: string; options?: Record<string, unknown> }>,
): Array<{ profile: Profile; key: string; schema: JsonSchema }> {
  const out: Array<{ profile: Profile; key: string; schema: JsonSchema }> = [
    { profile: 'schemas', key: 'properties', schema: readJson(new URL('properties.schema.json', schemaDir)) },
  ];
  for (const name of typeSchemas()) {
    const checks = overlayChecks(readJson(new URL(`types/${name}`, schemaDir)));
    if (checks) out.push({ profile: 'schemas', key: `types/${name}`, schema: checks });
  }
  for (const name of payloadSchemas())
    out.push({ profile: 'schemas', key: name, schema: readJson(new URL(name, schemaDir)) });
  out.push({ profile: 'config', key: 'config', schema: readJson(new URL('config.schema.json', schemaDir)) });
  for (const rule of options)
    if (rule.options) out.push({ profile: 'config', key: `options/${rule.id}`, schema: rule.options });
  return out;
}

export function loadCatalog(): Catalog {
  if (cached) return cached;
  const base = readJson(new URL('properties.schema.json', schemaDir));
  const validateBase = validator('schemas', 'properties', base);

  const payloadValidators = new Map<string, ValidateFunction | undefined>();
  const payloadValidator = (schema: string) => {
    if (!payloadValidators.has(schema))
      payloadValidators.set(
        schema,
        payloadSchemas().includes(schema)
          ? validator('schemas', schema, readJson(new URL(schema, schemaDir)))
          : undefined,
      );
    return payloadValidators.get(schema);
  };

  const overlays = new Map<string, TypeOverlay>();
  for (const name of typeSchemas()) {
    const schema = readJson(new URL(`types/${name}`, schemaDir));
    const type = name.replace(/\.schema\.json$/, '');
    const { required = [], recommended = [], exempt = [], structure = {}, payload } = schema;
    const checks = overlayChecks(schema);
    let compiled: ValidateFunction | null | undefined;
    overlays.set(type, {
      type,
      required,
      recommended,
      exempt,
      structure,
      payload,
      validate: () =>
        compiled === undefined ? (compiled = checks ? validator('schemas', `types/${name}`, checks) : null) : compiled,
    });
  }

  const canonical = new Map<string, string>();
  const listAttributes = new Set<string>();
  const vocabularyAttributes = new Set<string>();
  const deprecated = new Set<string>();
  const resolve = (node: JsonSchema): JsonSchema => {
    if (typeof node.$ref === 'string' && node.$ref.startsWith('#/$defs/')) {
      return { ...base.$defs[node.$ref.slice('#/$defs/'.length)], ...node, $ref: undefined };
    }
    return node;
  };
  for (const [name, node] of Object.entries(base.properties as Record<string, JsonSchema>)) {
    canonical.set(name.toLowerCase(), name);
    const s = resolve(node);
    if (s.type === 'array') listAttributes.add(name);
    if (s.enum || s.items?.enum) vocabularyAttributes.add(name);
    if (s.deprecated) deprecated.add(name);
  }
  const typeSpelling = new Map(TYPE_SPELLINGS.map((t) => [t.toLowerCase(), t]));
  cached = {
    base,
    validateBase,
    overlays,
    payloadValidator,
    canonical,
    listAttributes,
    vocabularyAttributes,
    deprecated,
    typeSpelling,
    attributeSchema: (name) => {
      const node = (base.properties as Record<string, JsonSchema>)[name];
      return node ? resolve(node) : undefined;
    },
  };
  return cached;
}
