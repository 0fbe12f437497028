/**
 * The JSON schemas in schemas/, loaded and compiled by ajv once per process (per worker thread),
 * and the attribute catalogue derived from them: canonical names, which attributes are lists,
 * which hold a lower-cased vocabulary.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { packageFile } from '../paths.js';

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
  'generic', 'resource', 'diagnostics', 'rca', 'servicehealthinsights', 'TSG_Content', 'TSG_Description',
  'TSG_Questions', 'problemScopingQuestions', 'advisorRecommendationMetadata', 'supportTopicDescription',
  'Apollo', 'diagnoseandsolve', 'tools', 'PartnerCenterQuickStart',
];

let cached: Catalog | undefined;

export function loadCatalog(): Catalog {
  if (cached) return cached;
  // the schemas are checked against the meta-schema by the test suite, not at every start
  const ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true, allowUnionTypes: true, validateSchema: false });
  ajv.addVocabulary(['x-expected', 'x-requiredOneOf', 'recommended', 'exempt', 'structure', 'payload']);
  const base = readJson(new URL('properties.schema.json', schemaDir));
  const validateBase = ajv.compile(base);

  const payloadValidators = new Map<string, ValidateFunction | undefined>();
  const payloadValidator = (schema: string) => {
    if (!payloadValidators.has(schema)) {
      const names = readdirSync(new URL('payload/', schemaDir)).map((n) => `payload/${n}`);
      payloadValidators.set(schema, names.includes(schema) ? ajv.compile(readJson(new URL(schema, schemaDir))) : undefined);
    }
    return payloadValidators.get(schema);
  };

  const overlays = new Map<string, TypeOverlay>();
  for (const name of readdirSync(new URL('types/', schemaDir)).sort()) {
    if (!name.endsWith('.schema.json')) continue;
    const schema = readJson(new URL(`types/${name}`, schemaDir));
    const type = name.replace(/\.schema\.json$/, '');
    const { required = [], recommended = [], exempt = [], structure = {}, payload } = schema;
    const checks = schema.properties ? { ...schema, required: undefined } : undefined;
    if (checks) delete checks.required;
    let compiled: ValidateFunction | null | undefined;
    overlays.set(type, {
      type,
      required,
      recommended,
      exempt,
      structure,
      payload,
      validate: () => (compiled === undefined ? (compiled = checks ? ajv.compile(checks) : null) : compiled),
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
