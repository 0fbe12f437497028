import { defineRule } from '../rule.js';

const GUID_SHAPE = /^[0-9a-z]{8}(-[0-9a-z]{4}){3}-[0-9a-z]{12}(_\w+)?$/i;
const GUID = /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}(_\w+)?$/i;
const GROUPS = [8, 4, 4, 4, 12];

/** `58c2b94-c16b-4154-a7d1-0bbac4a79615`: five hex groups, as a GUID has, but not of 8-4-4-4-12 characters. */
export function wrongGroupLengths(id: string): number[] | undefined {
  const groups = id.replace(/_\w+$/, '').split('-');
  if (groups.length !== 5 || !groups.every((g) => /^[0-9a-f]+$/i.test(g))) return undefined;
  const total = groups.reduce((n, g) => n + g.length, 0);
  if (total < 24 || total > 40 || groups.every((g, i) => g.length === GROUPS[i])) return undefined;
  return groups.map((g) => g.length);
}

/** Whether this rule reports the id (so that `valid-attribute-values` does not report it again). */
export function guidLike(id: string): boolean {
  return (GUID_SHAPE.test(id) && !GUID.test(id)) || wrongGroupLengths(id) !== undefined;
}

export default defineRule({
  id: 'article-id-format',
  description: '`articleId` is a real GUID when it looks like one (hex digits in groups of 8-4-4-4-12), with no braces',
  rationale:
    'Ids are permanent keys: a GUID-shaped id with non-hex characters (`75vc4298-...`) or a group of the wrong ' +
    'length (`58c2b94-...`, a digit lost) was typed by hand and breaks tools that parse GUIDs; braces are ' +
    'copy-paste leftovers. Slug ids, and GUIDs with a suffix (`<guid>-psq`, `<guid>_Fairfax`), are accepted: many ' +
    'real articles use them.\n\nSeverity `info`: any unique string is a working id (the templates allow an ' +
    "article's name), so the portal publishes the article as it is, and a published article keeps its id (a new " +
    'one would be another key); a new article should get a generated GUID. On `../shared/corpus` it fires 82 ' +
    'times (72 non-hex characters, 10 wrong group lengths; 205 before, of which 133 were the `.md` suffix, now ' +
    '`no-md-suffix-in-article-id`, also at info); it was a `warning` until a review of its reports found none an ' +
    'author of a published article could act on.',
  severity: 'info',
  fixable: false,
  tags: ['metadata'],
  check({ meta, report }) {
    const id = meta.values.get('articleId');
    if (!id || !id.value) return;
    const a = id.attribute;
    const v = id.value;
    let message: string | undefined;
    const lengths = wrongGroupLengths(v);
    if (GUID_SHAPE.test(v) && !GUID.test(v)) {
      const bad = [...v.replace(/_\w+$/, '')].filter((c) => /[g-z]/i.test(c));
      message = `articleId "${v}" looks like a GUID but holds non-hex characters (${[...new Set(bad)].join(', ')}); a new article needs a real GUID (a published one keeps its id, which tools key on)`;
    } else if (lengths) {
      const groups = lengths.join('-');
      message = `articleId "${v}" looks like a GUID but its groups have ${groups} characters, not 8-4-4-4-12; a new article needs a real GUID (a published one keeps its id, which tools key on)`;
    } else if (/^\{.*\}$/.test(v)) message = `articleId "${v}" is wrapped in braces; remove them`;
    if (message) report({ message, start: a.valueStart, end: a.valueEnd });
  },
});
