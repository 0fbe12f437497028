import { guidLike } from '../article-id-format/rule.js';
import { defineRule } from '../rule.js';

/** Checked by `known-type-and-clouds`, at error. */
const PUBLISHING = new Set(['selfHelpType', 'cloudEnvironments']);

export default defineRule({
  id: 'valid-attribute-values',
  description: 'Attribute values match their schema: id lists, aliases, a single service and resource, numbers',
  rationale:
    'Values that do not match the schema (a support topic id with a letter in it, two resources where the guide ' +
    "allows one, an articleId with spaces) are ignored or misread by the portal's tools. Case and spacing do not " +
    'matter; a value listed twice is harmless and not reported; the generated service-health ids ' +
    '(`servicehealthinsights-<provider>-<type>-healthannotation_<annotation name>`, whose name may hold spaces) ' +
    'are accepted. A GUID-shaped articleId with a typo is left to `article-id-format`, which says what is wrong ' +
    'with it.\n\nSeverity `warn`: the portal still publishes such an article (every one of them in ' +
    '`../shared/corpus` is published); the values that do decide publishing, `selfHelpType` and ' +
    '`cloudEnvironments`, are checked by `known-type-and-clouds` at error. On `../shared/corpus` it fires 84 ' +
    'times (86 before: 2 were one resource written twice in two cases; 90 before that, at error: 2 duplicate ' +
    'support topics are no longer reported, and 2 GUID typos in ' +
    'articleIds are left to `article-id-format`). An articleId with spaces is reported at `info` (35 of the 84): ' +
    'any unique string is a working id, and a published article keeps its own, as for `article-id-format`.',
  severity: 'warning',
  fixable: false,
  tags: ['metadata', 'schema'],
  check({ issues, meta, report }) {
    const id = meta.values.get('articleId')?.value ?? '';
    for (const i of issues) {
      if (i.kind !== 'value' || PUBLISHING.has(i.attribute)) continue;
      if (i.attribute === 'articleId' && guidLike(id)) continue; // article-id-format says what is wrong with it
      // an id with spaces is still a unique key, and a published article keeps its id: a note (as article-id-format)
      report({
        message: i.message,
        start: i.start,
        end: i.end,
        severity: i.attribute === 'articleId' ? 'info' : undefined,
      });
    }
  },
});
