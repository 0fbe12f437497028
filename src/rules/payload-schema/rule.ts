import type { ErrorObject } from 'ajv';
import { didYouMean } from '../../parse/positions.js';
import { jsonNodeAt, member, span } from '../payload.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'payload-schema',
  description: 'The JSON payload validates against the schema of its type (`schemas/payload/`)',
  rationale:
    'The portal reads fixed keys: a form element without `id` or `order`, an unknown `controlType`, or a payload ' +
    'whose `"$schema"` does not match the article\'s type is not shown. Every error points at the JSON value in ' +
    'the article. `controlType` is compared ignoring case, as the portal reads it.\n\nSeverity `error`: the ' +
    'portal does not show such a payload. `useInDiagnoseAndSolve` accepts `true`/`false` in any case, as a string ' +
    "or a boolean, and the template's empty string; `radiobuttongroup` is accepted beside `radioButtonGroup` " +
    '(both are published). A string `"true"` or `"false"` where another key wants a boolean (`"required": "true"`) ' +
    'is a `warning`: the meaning is plain and such forms are published, but the schema wants the boolean. On ' +
    '`../shared/corpus` it fires 3 times, 2 of them such strings (514 before, 505 of them the case of ' +
    '`useInDiagnoseAndSolve`).',
  severity: 'error',
  fixable: false,
  tags: ['payload'],
  check({ article, meta, catalog, report }) {
    const payload = article.payload;
    const wanted = meta.overlay?.payload;
    if (!payload?.document || payload.value === undefined || !wanted) return;
    const value = payload.value as Record<string, unknown>;
    const marker = member(payload.document.body, '$schema');
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
    if (!wanted.$schema.includes(String(value.$schema))) {
      const where = marker ? span(payload, marker.value) : span(payload, payload.document.body);
      report({
        message: marker
          ? `"$schema" is "${String(value.$schema)}"; a ${meta.type} payload has "$schema": "${wanted.$schema[0]}"`
          : `The payload has no "$schema"; add "$schema": "${wanted.$schema[0]}"`,
        ...where,
        end: marker ? where.end : where.start + 1,
      });
      return;
    }
    const validate = catalog.payloadValidator(wanted.schema);
    if (!validate || validate(withCanonicalControlTypes(value))) return;
    for (const error of validate.errors ?? []) {
      if (error.keyword === 'if' || error.keyword === 'anyOf') continue;
      const segments = error.instancePath
        .split('/')
        .slice(1)
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
      const node = jsonNodeAt(payload.document, segments);
      const where = span(payload, node);
      // `"true"` where a boolean is wanted: the author's meaning is plain, and such forms are published
      const stringBoolean =
        error.keyword === 'type' &&
        String((error.params as { type?: unknown }).type)
          .split(',')
          .includes('boolean') &&
        typeof error.data === 'string' &&
        /^(true|false)$/i.test(error.data);
      report({
        message: stringBoolean
          ? `${describe(error, segments)}: write ${String(error.data).toLowerCase()}, without quotes`
          : describe(error, segments),
        severity: stringBoolean ? 'warning' : undefined,
        start: where.start,
        end: node.type === 'Object' || node.type === 'Array' ? where.start + 1 : where.end,
      });
    }
  },
});

/** The `controlType` values of schemas/payload/problem-scoping-form.schema.json, by their lower-case spelling. */
const CONTROL_TYPES = new Map(
  [
    'multilinetextbox',
    'dropdown',
    'textbox',
    'datetimepicker',
    'multiselectdropdown',
    'infoblock',
    'radioButtonGroup',
    'numerictextbox',
    'textBlock',
  ].map((t) => [t.toLowerCase(), t]),
);

/**
 * The portal reads `controlType` ignoring case (`radioButtonGroup` and `radiobuttongroup` forms are both published):
 * validate a copy whose control types are spelled as the schema spells them.
 */
function withCanonicalControlTypes(value: Record<string, unknown>): Record<string, unknown> {
  const elements = value.formElements;
  if (!Array.isArray(elements)) return value;
  return {
    ...value,
    formElements: elements.map((e) => {
      if (!e || typeof e !== 'object' || typeof (e as { controlType?: unknown }).controlType !== 'string') return e;
      const control = (e as { controlType: string }).controlType;
      const canonical = CONTROL_TYPES.get(control.toLowerCase());
      return canonical && canonical !== control ? { ...e, controlType: canonical } : e;
    }),
  };
}

function describe(error: ErrorObject, segments: string[]): string {
  const path = segments.length
    ? segments
        .map((s) => (/^\d+$/.test(s) ? `[${s}]` : `.${s}`))
        .join('')
        .replace(/^\./, '')
    : 'The payload';
  const p = error.params as Record<string, any>;
  switch (error.keyword) {
    case 'required':
      return `${path === 'The payload' ? path : `\`${path}\``} has no \`${p.missingProperty}\``;
    case 'enum': {
      const guess = didYouMean(String(error.data), p.allowedValues as string[]);
      return `\`${path}\` is "${String(error.data)}"; ${guess ? `did you mean "${guess}"?` : `expected one of ${(p.allowedValues as string[]).join(', ')}`}`;
    }
    case 'type':
      return `\`${path}\` must be ${p.type === 'array' || p.type === 'object' || p.type === 'integer' ? `an ${p.type}` : `a ${String(p.type).replace(/,/g, ' or ')}`}, not ${JSON.stringify(error.data)}`;
    default:
      return `\`${path}\` ${error.message}`;
  }
}
