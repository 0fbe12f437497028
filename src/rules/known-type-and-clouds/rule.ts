import { defineRule } from '../rule.js';

/** The attributes whose value decides whether, how and where the portal publishes an article. */
const PUBLISHING = new Set(['selfHelpType', 'cloudEnvironments']);

export default defineRule({
  id: 'known-type-and-clouds',
  description:
    '`selfHelpType` and `cloudEnvironments` hold known values (they decide how and where an article is published)',
  rationale:
    'An unknown `selfHelpType` leaves the portal no way to show the article, and an unknown cloud (`moncake`) ' +
    'silently withholds it from the cloud the author meant: both break publishing, unlike the hygiene that ' +
    '`valid-attribute-values` checks. Case and spacing do not matter (`Generic`, `public, Fairfax`); every type ' +
    'of the templates (`health` included) and of the corpus is known.\n\nSeverity `error`. On `../shared/corpus` ' +
    'it fires 0 times.',
  severity: 'error',
  fixable: false,
  tags: ['metadata', 'schema'],
  check({ issues, report }) {
    for (const i of issues) {
      if (i.kind === 'value' && PUBLISHING.has(i.attribute)) report({ message: i.message, start: i.start, end: i.end });
    }
  },
});
