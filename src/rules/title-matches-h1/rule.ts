import { toString } from 'mdast-util-to-string';
import { trimEndSpaceAnd } from '../../parse/positions.js';
import { defineRule } from '../rule.js';

// the final punctuation trimmed linearly, unlike /[\s.:!?]+$/ (issue 19)
const fold = (s: string) => trimEndSpaceAnd(s.toLowerCase().replace(/[*_`]/g, '').replace(/\s+/g, ' '), '.:!?').trim();

export default defineRule({
  id: 'title-matches-h1',
  description: '`pageTitle` and the H1 say the same thing (ignoring case, spacing, emphasis and final punctuation)',
  rationale:
    'The portal shows `pageTitle`, the article shows its H1: when they drift apart, one of them is stale. Types whose H1 is a fixed template sentence (diagnostics, rca, service health, forms...) are skipped by default.',
  severity: 'info',
  fixable: false,
  tags: ['metadata', 'structure'],
  options: {
    type: 'object',
    properties: { types: { type: 'array', items: { type: 'string' }, description: 'selfHelpTypes (lower case) the rule applies to' } },
    additionalProperties: false,
  },
  defaultOptions: { types: ['generic', 'resource', 'tsg_content', 'apollo', 'tools'] },
  check({ meta, nodes, report, options }) {
    if (!meta.type || !(options.types as string[]).includes(meta.type)) return;
    const title = meta.values.get('pageTitle');
    const h1 = nodes('heading').find((h) => h.depth === 1);
    if (!title || !title.value || !h1) return;
    const heading = toString(h1);
    if (fold(heading) !== fold(title.value)) {
      report({
        message: `\`pageTitle\` "${title.value}" differs from the H1 "${heading.trim()}"`,
        start: title.attribute.valueStart,
        end: title.attribute.valueEnd,
      });
    }
  },
});
