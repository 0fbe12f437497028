import { defineRule } from '../rule.js';

/** A comma, or a period that ends a sentence (at the end or before a space): not `.NET`, `java.io`, `v1.2`. */
const BREAK = /,|\.(?=\s|$)/;

export default defineRule({
  id: 'page-title-sentence',
  description: '`pageTitle` is one sentence, without periods or commas',
  rationale:
    'The TPS Authoring Guide: the pageTitle "can only be one sentence - do not include periods or commas"; it is ' +
    "the line shown in the portal's list of solutions. A period inside a name (`.NET`, `java.io`) is not a " +
    'sentence break and is not reported. Types whose title is generated or written as a message (service health, ' +
    'diagnostics, rca, forms, advisor and support-topic metadata) are skipped by default: their titles are ' +
    "sentences by design (`We're sorry, your cluster is unavailable.`).\n\nSeverity `info`: a style rule of the " +
    'guide that a fifth of the published corpus does otherwise. On `../shared/corpus` it fires 302 times in the ' +
    'types it checks.',
  severity: 'info',
  fixable: false,
  tags: ['metadata'],
  options: {
    type: 'object',
    properties: {
      types: {
        type: 'array',
        items: { type: 'string' },
        description: 'selfHelpTypes (lower case) the rule applies to',
      },
    },
    additionalProperties: false,
  },
  defaultOptions: { types: ['generic', 'resource', 'tsg_content', 'tsg_description', 'apollo', 'tools', 'health'] },
  check({ meta, report, options }) {
    if (!meta.type || !(options.types as string[]).includes(meta.type)) return;
    const title = meta.values.get('pageTitle');
    if (!title?.value) return;
    const a = title.attribute;
    const exact = a.value === a.raw;
    const m = BREAK.exec(a.value);
    if (!m) return;
    const what = m[0] === ',' ? 'a comma' : 'a period';
    const at = exact ? a.valueStart + m.index : a.valueStart;
    report({
      message: `pageTitle has ${what}; write it as one sentence without periods or commas`,
      start: at,
      end: exact ? at + 1 : a.valueEnd,
    });
  },
});
