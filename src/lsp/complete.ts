/**
 * Completion and hover inside an article, from its text and an offset: attribute names and values in the
 * `<properties>` block (descriptions and vocabularies from schemas/properties.schema.json, `service` and
 * `resource` values as counted in the workspace), `controlType` values and element ids in a form's payload.
 * Pure functions over the text, so that they work on a half-typed buffer too.
 */
import { readFileSync } from 'node:fs';
import { findPayload } from '../parse/payload.js';
import { lineEndOf, lineStartOf } from '../parse/positions.js';
import { packageFile } from '../paths.js';

interface AttributeSchema {
  name: string;
  description: string;
  expected?: string;
  values?: string[];
  list: boolean;
}

let attributes: Map<string, AttributeSchema> | undefined;
let controlTypes: string[] | undefined;

const readJson = (rel: string) => JSON.parse(readFileSync(packageFile(rel), 'utf8'));

/** Known attributes by lower-case name. */
export function attributeSchemas(): Map<string, AttributeSchema> {
  if (attributes) return attributes;
  const schema = readJson('schemas/properties.schema.json');
  attributes = new Map();
  for (const [name, raw] of Object.entries<Record<string, any>>(schema.properties)) {
    const ref = typeof raw.$ref === 'string' ? schema.$defs[raw.$ref.split('/').pop()!] : undefined;
    const values: string[] | undefined = raw.enum ?? ref?.items?.enum;
    const list = ref?.type === 'array';
    attributes.set(name.toLowerCase(), {
      name,
      description: raw.description ?? '',
      expected: raw['x-expected'] ?? ref?.['x-expected'],
      values,
      list,
    });
  }
  return attributes;
}

function formControlTypes(): string[] {
  return (controlTypes ??= readJson('schemas/payload/problem-scoping-form.schema.json').$defs.element.properties
    .controlType.enum);
}

export type Completion =
  | { kind: 'attribute-name'; from: number; to: number; present: Set<string> }
  | { kind: 'attribute-value'; attribute: string; from: number; to: number; partial: string; others: string[] }
  | { kind: 'control-type'; from: number; to: number; quoted: boolean }
  | { kind: 'element-id'; from: number; to: number; ids: string[] };

const OPEN = /<properties(?=[\s/>]|$)/i;

/** The properties block's region: from `<properties` to its `/>` (or the end when it is not closed). */
export function blockRegion(text: string): { start: number; end: number } | undefined {
  const m = OPEN.exec(text);
  if (!m) return undefined;
  const close = text.indexOf('/>', m.index);
  return { start: m.index, end: close === -1 ? text.length : close + 2 };
}

/** What can be completed at this offset, if anything. */
export function completionAt(text: string, offset: number): Completion | undefined {
  const lineStart = lineStartOf(text, offset);
  const prefix = text.slice(lineStart, offset);
  const rest = text.slice(offset, lineEndOf(text, offset));
  const block = blockRegion(text);
  if (block && offset > block.start + '<properties'.length && offset <= block.end - 2) {
    const value = /([A-Za-z_:][\w.:-]*)[ \t]*=[ \t]*(["'])([^"']*)$/.exec(prefix);
    if (value) {
      const attribute = value[1];
      const typed = value[3];
      const schema = attributeSchemas().get(attribute.toLowerCase());
      const tail = /^[^"',]*/.exec(rest)![0];
      if (schema?.list) {
        const itemStart = typed.lastIndexOf(',') + 1;
        const lead = /^\s*/.exec(typed.slice(itemStart))![0].length;
        const others = typed
          .slice(0, itemStart)
          .split(',')
          .map((v) => v.trim().toLowerCase())
          .filter(Boolean);
        const from = offset - typed.length + itemStart + lead;
        return {
          kind: 'attribute-value',
          attribute: schema.name,
          from,
          to: offset + tail.length,
          partial: text.slice(from, offset),
          others,
        };
      }
      const from = offset - typed.length;
      return {
        kind: 'attribute-value',
        attribute: schema?.name ?? attribute,
        from,
        to: offset + tail.length,
        partial: typed,
        others: [],
      };
    }
    const word = /[\w.:-]*$/.exec(prefix)![0];
    const before = prefix.slice(0, prefix.length - word.length);
    if (/(^|[\s])$/.test(before) && !/=[ \t]*$/.test(before) && !/["']/.test(rest.slice(0, 1))) {
      const present = new Set<string>();
      const region = text.slice(block.start, block.end);
      for (const m of region.matchAll(/([A-Za-z_:][\w.:-]*)[ \t]*=/g)) present.add(m[1].toLowerCase());
      present.delete(word.toLowerCase());
      const tail = /^[\w.:-]*/.exec(rest)![0];
      return { kind: 'attribute-name', from: offset - word.length, to: offset + tail.length, present };
    }
    return undefined;
  }
  const payload = findPayload(text, block ? block.end : 0);
  if (!payload || offset < payload.jsonStart || offset > payload.end) return undefined;
  const control = /"controlType"\s*:\s*(")?([^"]*)$/.exec(prefix);
  if (control) {
    const tail = control[1] ? /^[^"]*/.exec(rest)![0] : '';
    return { kind: 'control-type', from: offset - control[2].length, to: offset + tail.length, quoted: !!control[1] };
  }
  const visibility = /"visibility"\s*:\s*"((?:[^"\\]|\\.)*)$/.exec(prefix);
  if (visibility) {
    const expression = visibility[1];
    const word = /[^\s()&|=!"]*$/.exec(expression)![0];
    const before = expression.slice(0, expression.length - word.length).trimEnd();
    if (/(==|!=)$/.test(before)) return undefined;
    const ids = [...new Set([...payload.json.matchAll(/"id"\s*:\s*"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]))];
    const tail = /^[^\s()&|=!"]*/.exec(rest)![0];
    return { kind: 'element-id', from: offset - word.length, to: offset + tail.length, ids };
  }
  return undefined;
}

export interface Item {
  label: string;
  insert: string;
  snippet?: boolean;
  detail?: string;
  documentation?: string;
  /** the rank: items are shown in this order */
  rank: number;
}

/** The items of a completion; `counts` gives workspace-wide use of attribute values (most used first). */
export function completionItems(c: Completion, counts: Map<string, Map<string, number>>): Item[] {
  switch (c.kind) {
    case 'attribute-name':
      return [...attributeSchemas().values()]
        .filter((a) => !c.present.has(a.name.toLowerCase()))
        .map((a, rank) => ({
          label: a.name,
          insert: `${a.name}="$1"`,
          snippet: true,
          detail: a.expected,
          documentation: a.description,
          rank,
        }));
    case 'attribute-value': {
      const schema = attributeSchemas().get(c.attribute.toLowerCase());
      const used = counts.get(c.attribute) ?? new Map<string, number>();
      if (schema?.values) {
        // the vocabulary, in the spelling most used in the workspace (values match ignoring case)
        const spelling = new Map<string, [string, number]>();
        for (const [v, n] of used) {
          for (const part of schema.list ? v.split(',') : [v]) {
            const key = part.trim().toLowerCase();
            const had = spelling.get(key);
            if (key && (!had || had[1] < n)) spelling.set(key, [part.trim(), n]);
          }
        }
        return schema.values
          .filter((v) => !c.others.includes(v))
          .map((v, rank) => {
            const label = spelling.get(v)?.[0] ?? v;
            return { label, insert: label, detail: schema.expected, documentation: schema.description, rank };
          });
      }
      return [...used]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .map(([v, n], rank) => ({ label: v, insert: v, detail: `used in ${n} article${n === 1 ? '' : 's'}`, rank }));
    }
    case 'control-type':
      return formControlTypes().map((v, rank) => ({
        label: v,
        insert: c.quoted ? v : `"${v}"`,
        detail: 'controlType',
        rank,
      }));
    case 'element-id':
      return c.ids.map((id, rank) => ({ label: id, insert: id, detail: 'form element id', rank }));
  }
}

/** Hover text for an attribute name (or value) under the offset in the properties block. */
export function attributeHover(text: string, offset: number): { text: string; from: number; to: number } | undefined {
  const block = blockRegion(text);
  if (!block || offset < block.start || offset > block.end) return undefined;
  const lineStart = lineStartOf(text, offset);
  const line = text.slice(lineStart, lineEndOf(text, offset));
  for (const m of line.matchAll(/([A-Za-z_:][\w.:-]*)[ \t]*=[ \t]*(?:"[^"]*"?|'[^']*'?)?/g)) {
    const from = lineStart + m.index!;
    const to = from + m[0].length;
    if (offset < from || offset > to) continue;
    const schema = attributeSchemas().get(m[1].toLowerCase());
    if (!schema) return undefined;
    const parts = [`**${schema.name}**`, schema.description];
    if (schema.expected) parts.push(`Expected: ${schema.expected}.`);
    if (schema.values) parts.push(`Values: ${schema.values.map((v) => `\`${v}\``).join(', ')}`);
    return { text: parts.join('\n\n'), from, to: from + m[1].length };
  }
  return undefined;
}
