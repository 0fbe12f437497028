import { formElements, span } from '../payload.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'form-unique-order',
  description: 'No two elements of a problem-scoping form have the same `order`',
  rationale:
    'The portal lays the form out by `order`: two elements with one number are shown in an order nobody chose, ' +
    'which breaks forms whose later questions depend on earlier ones. Gaps (1, 2, 5) are fine; the templates have ' +
    'them.\n\nSeverity `warn`: every question is still shown. On `../shared/corpus` it fires 0 times ' +
    '(CORPUS-FINDINGS counts 0 too); it guards new forms.',
  severity: 'warning',
  fixable: false,
  tags: ['payload', 'form'],
  check({ article, report }) {
    const seen = new Map<number, { line: number; id?: string }>();
    for (const el of formElements(article.payload)) {
      if (!el.order) continue;
      const where = span(article.payload!, el.order.node);
      const first = seen.get(el.order.value);
      if (first) {
        const who = first.id ? ` by "${first.id}"` : '';
        const message = `Order ${el.order.value} is already used${who} on line ${first.line}; give each element its own order`;
        report({ message, ...where });
      } else seen.set(el.order.value, { line: article.lines.point(where.start).line, id: el.id?.value });
    }
  },
});
