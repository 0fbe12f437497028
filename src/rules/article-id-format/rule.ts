import { defineRule } from '../rule.js';

const GUID_SHAPE = /^[0-9a-z]{8}(-[0-9a-z]{4}){3}-[0-9a-z]{12}(_\w+)?$/i;
const GUID = /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}(_\w+)?$/i;

export default defineRule({
  id: 'article-id-format',
  description: '`articleId` is a real GUID when it looks like one, with no braces or `.md` suffix',
  rationale:
    'Ids are permanent keys: a GUID-shaped id with non-hex characters (`75vc4298-...`) was typed by hand and breaks tools that parse GUIDs; braces and a file extension are copy-paste leftovers. Slug ids are accepted (many real articles use them).',
  severity: 'warning',
  fixable: false,
  tags: ['metadata'],
  check({ meta, report }) {
    const id = meta.values.get('articleId');
    if (!id || !id.value) return;
    const a = id.attribute;
    const v = id.value;
    let message: string | undefined;
    if (GUID_SHAPE.test(v) && !GUID.test(v)) {
      const bad = [...v.replace(/_\w+$/, '')].filter((c) => /[g-z]/i.test(c));
      message = `articleId "${v}" looks like a GUID but holds non-hex characters (${[...new Set(bad)].join(', ')}); generate a new GUID`;
    } else if (/^\{.*\}$/.test(v)) message = `articleId "${v}" is wrapped in braces; remove them`;
    else if (/\.md$/i.test(v)) message = `articleId "${v}" ends in \`.md\`; an id is not a file name`;
    if (message) report({ message, start: a.valueStart, end: a.valueEnd });
  },
});
