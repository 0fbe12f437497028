import { comparisons, formElements, span } from '../payload.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'form-id-without-spaces',
  description: 'Problem-scoping form element ids have no spaces',
  rationale:
    'An element id is a key: the templates write `snake_case` ids, and an id with a space is easy to mistype in a ' +
    '`visibility` expression. The form still works (answers are stored under the id as written), so this is ' +
    'hygiene, unless a visibility expression refers to the id, which the message then says.\n\nSeverity `warn`. ' +
    'On `../shared/corpus` it fires 23 times (reported by `form-unique-ids` at error before).',
  severity: 'warning',
  fixable: false,
  tags: ['payload', 'form'],
  check({ article, report }) {
    const elements = formElements(article.payload);
    const referred = new Set(
      elements.flatMap((e) => (e.visibility ? comparisons(e.visibility.value).map((c) => c.ref) : [])),
    );
    for (const el of elements) {
      if (!el.id || !/\s/.test(el.id.value)) continue;
      const used = referred.has(el.id.value) ? ', and a visibility expression refers to it' : '';
      report({
        message: `Element id "${el.id.value}" contains whitespace${used}; use \`_\` between words`,
        ...span(article.payload!, el.id.node),
      });
    }
  },
});
