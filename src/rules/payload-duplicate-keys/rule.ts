import type * as momoa from '@humanwhocodes/momoa';
import { span } from '../payload.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'payload-duplicate-keys',
  description: 'No key appears twice in one JSON object of the payload',
  rationale:
    "JSON parsers keep the last of two equal keys and drop the first without a word: the author's first value is " +
    'lost (a `warning`). A key given twice with the same value loses nothing: it is reported at `info`, and the ' +
    'message says so (remove one); on `../shared/corpus` that is 33 of its 44 reports, 11 of them lose a value.',
  severity: 'warning',
  fixable: false,
  tags: ['payload'],
  check({ article, report }) {
    const payload = article.payload;
    if (!payload?.document) return;
    const visit = (node: momoa.AnyNode): void => {
      if (node.type === 'Object') {
        const seen = new Map<string, momoa.MemberNode>();
        for (const m of node.members) {
          const key = m.name.type === 'String' ? m.name.value : m.name.name;
          const first = seen.get(key);
          if (first) {
            const line = article.lines.point(span(payload, first.name).start).line;
            // the same value written twice loses nothing: the message says so
            const text = (n: momoa.AnyNode) => {
              const { start, end } = span(payload, n);
              return article.text.slice(start, end);
            };
            const same = text(first.value) === text(m.value);
            report({
              message: same
                ? `Key "${key}" appears twice in this object, with the same value (first on line ${line}); remove one`
                : `Key "${key}" appears twice in this object (first on line ${line}); the first value is ignored`,
              // the same value twice loses nothing: a note
              severity: same ? 'info' : undefined,
              ...span(payload, m.name),
            });
          } else seen.set(key, m);
          visit(m.value);
        }
      } else if (node.type === 'Array') for (const e of node.elements) visit(e.value);
    };
    visit(payload.document.body);
  },
});
