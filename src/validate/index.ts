/**
 * properties -> normalised metadata -> schema issues. Normalisation follows the content team's guide
 * ("spaces and capitalisation don't matter"): names match their canonical spelling ignoring case, list
 * values are split on commas and trimmed, vocabulary values are lower-cased, empty values count as
 * missing. Every issue keeps the offsets of the attribute (or list item) it is about.
 */
import type { ErrorObject } from 'ajv';
import type { Article, Attribute } from '../parse/index.js';
import { didYouMean } from '../parse/positions.js';
import { loadCatalog, type Catalog, type TypeOverlay } from './schemas.js';

export { loadCatalog } from './schemas.js';
export type { Catalog, TypeOverlay } from './schemas.js';

export interface ListItem {
  value: string;
  start: number;
  end: number;
}

export interface MetaValue {
  canonical: string;
  attribute: Attribute;
  /** trimmed value */
  value: string;
  items?: ListItem[];
}

export interface Metadata {
  /** canonical name -> first attribute of that name */
  values: Map<string, MetaValue>;
  /** attributes whose name matches no known attribute */
  unknown: Attribute[];
  /** lower-cased selfHelpType, when present */
  type: string | null;
  overlay: TypeOverlay | null;
  /** the normalised object given to ajv */
  object: Record<string, unknown>;
}

export type IssueKind = 'required' | 'recommended' | 'value';

export interface SchemaIssue {
  kind: IssueKind;
  attribute: string;
  message: string;
  start: number;
  end: number;
}

export function normalize(article: Article, catalog: Catalog = loadCatalog()): Metadata {
  const values = new Map<string, MetaValue>();
  const unknown: Attribute[] = [];
  const object: Record<string, unknown> = {};
  for (const attribute of article.properties?.attributes ?? []) {
    const canonical = catalog.canonical.get(attribute.name.toLowerCase());
    if (!canonical) {
      unknown.push(attribute);
      continue;
    }
    if (values.has(canonical)) continue;
    const value = attribute.value.trim();
    const meta: MetaValue = { canonical, attribute, value };
    values.set(canonical, meta);
    if (catalog.listAttributes.has(canonical)) {
      meta.items = splitList(attribute, catalog.vocabularyAttributes.has(canonical));
      if (meta.items.length) object[canonical] = meta.items.map((i) => i.value);
    } else if (value !== '') {
      object[canonical] = catalog.vocabularyAttributes.has(canonical) ? value.toLowerCase() : value;
    }
  }
  const type = typeof object.selfHelpType === 'string' ? object.selfHelpType : null;
  const overlay = type ? (catalog.overlays.get(type) ?? null) : null;
  return { values, unknown, type, overlay, object };
}

/** Split a list value on commas and line breaks, keeping each item's offsets in the file. */
function splitList(attribute: Attribute, lowerCase: boolean): ListItem[] {
  const exact = attribute.value === attribute.raw;
  const source = exact ? attribute.raw : attribute.value;
  const items: ListItem[] = [];
  const re = /[^,\r\n]+/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    const text = m[0];
    const lead = text.length - text.trimStart().length;
    const value = text.trim();
    if (!value) continue;
    const start = exact ? attribute.valueStart + m.index + lead : attribute.valueStart;
    const end = exact ? start + value.length : attribute.valueEnd;
    items.push({ value: lowerCase ? value.toLowerCase() : value, start, end });
  }
  return items;
}

/** Validate the normalised metadata against the base schema and the type's overlay. */
export function validateMetadata(article: Article, meta: Metadata, catalog: Catalog = loadCatalog()): SchemaIssue[] {
  const block = article.properties;
  if (!block) return [];
  const issues: SchemaIssue[] = [];
  const tagEnd = block.start + '<properties'.length;
  const exempt = new Set(meta.overlay?.exempt ?? []);
  const typeName = meta.type ? (catalog.typeSpelling.get(meta.type) ?? meta.type) : '';

  const missing = (name: string, kind: 'required' | 'recommended', why: string) => {
    const present = meta.values.get(name);
    if (present) {
      const a = present.attribute;
      issues.push({
        kind,
        attribute: name,
        message: `\`${name}\` is empty; ${why}`,
        start: a.valueStart,
        end: a.valueEnd,
      });
    } else {
      issues.push({
        kind,
        attribute: name,
        message: `\`${name}\` is missing; ${why}`,
        start: block.start,
        end: tagEnd,
      });
    }
  };

  if (!catalog.validateBase(meta.object)) {
    for (const error of catalog.validateBase.errors ?? []) {
      if (error.keyword === 'required') {
        const name = (error.params as { missingProperty: string }).missingProperty;
        if (!exempt.has(name)) missing(name, 'required', 'every article needs it');
      } else if (error.keyword !== 'additionalProperties') {
        const issue = valueIssue(error, meta, catalog);
        if (issue) issues.push(issue);
      }
    }
  }
  const authors = (catalog.base['x-requiredOneOf'] as string[]) ?? [];
  if (authors.length && !authors.some((n) => n in meta.object) && !exempt.has(authors[0])) {
    const present = authors.map((n) => meta.values.get(n)).find(Boolean);
    issues.push({
      kind: 'required',
      attribute: authors[0],
      message: `No author: give \`${authors[1]}\` or \`${authors[0]}\` a value`,
      start: present ? present.attribute.valueStart : block.start,
      end: present ? present.attribute.valueEnd : tagEnd,
    });
  }
  const overlay = meta.overlay;
  if (overlay) {
    for (const name of overlay.required) {
      if (!(name in meta.object)) missing(name, 'required', `a ${typeName} article needs it`);
    }
    for (const name of overlay.recommended) {
      if (!(name in meta.object)) missing(name, 'recommended', `${typeName} articles should have it`);
    }
    const validate = overlay.validate();
    if (validate && !validate(meta.object)) {
      for (const error of validate.errors ?? []) {
        const issue = valueIssue(error, meta, catalog);
        if (issue) issues.push(issue);
      }
    }
  }
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.kind}|${i.attribute}|${i.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** One ajv error on a value -> a sentence an author understands, at the value (or list item). */
function valueIssue(error: ErrorObject, meta: Metadata, catalog: Catalog): SchemaIssue | null {
  const [name, index] = error.instancePath.split('/').slice(1);
  const present = meta.values.get(name);
  if (!present) return null;
  const item = index !== undefined ? present.items?.[Number(index)] : undefined;
  const start = item ? item.start : present.attribute.valueStart;
  const end = item ? item.end : present.attribute.valueEnd;
  const shown = item ? item.value : present.value;
  const schema = catalog.attributeSchema(name) ?? {};
  const parent = (error.parentSchema ?? {}) as Record<string, unknown>;
  const expected = (parent['x-expected'] as string) ?? (schema['x-expected'] as string) ?? 'valid';
  let message: string;
  switch (error.keyword) {
    case 'enum': {
      const allowed = (error.params as { allowedValues: string[] }).allowedValues;
      const spelled = name === 'selfHelpType' ? allowed.map((v) => catalog.typeSpelling.get(v) ?? v) : allowed;
      const guess = didYouMean(shown, spelled);
      message = `${name}: "${shown}" is not ${item ? 'a known value' : expected}; ${guess ? `did you mean \`${guess}\`?` : `expected one of ${spelled.join(', ')}`}`;
      break;
    }
    case 'uniqueItems': {
      const j = (error.params as { j: number }).j;
      const dup = present.items?.[j];
      return dup
        ? {
            kind: 'value',
            attribute: name,
            message: `${name}: "${dup.value}" is listed twice`,
            start: dup.start,
            end: dup.end,
          }
        : null;
    }
    case 'const':
      message = `${name}: "${shown}" must be ${expected}`;
      break;
    default: {
      // one name written twice (`A,a`: case and spacing do not matter) is one name: listed twice, harmless
      const names = new Set(
        shown
          .split(',')
          .map((v) => v.trim().toLowerCase())
          .filter(Boolean),
      );
      if (expected.startsWith('a single') && names.size === 1) return null;
      message = `${name}: "${shown}" is not ${expected}`;
    }
  }
  return { kind: 'value', attribute: name, message, start, end };
}
