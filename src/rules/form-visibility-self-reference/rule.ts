import { comparisons, formElements, span } from '../payload.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'form-visibility-self-reference',
  description: "A form element's `visibility` does not depend on the element itself",
  rationale:
    "An element is shown when its visibility expression holds; an expression about the element's own answer can " +
    'only hold once the element has been answered, so the question is never shown (or, with `!=`, can never be ' +
    'hidden again). The author meant another element, usually the one before it.\n\nSeverity `warn`: the form ' +
    'loads; one question misbehaves. On `../shared/corpus` it fires 1 time.',
  severity: 'warning',
  fixable: false,
  tags: ['payload', 'form'],
  check({ article, report }) {
    for (const el of formElements(article.payload)) {
      if (!el.visibility || !el.id) continue;
      const where = span(article.payload!, el.visibility.node);
      const exact = article.text.slice(where.start + 1, where.end - 1) === el.visibility.value;
      for (const c of comparisons(el.visibility.value)) {
        if (c.ref !== el.id.value) continue;
        const at = exact ? where.start + 1 + c.refStart : where.start;
        report({
          message:
            `The visibility of "${el.id.value}" depends on "${el.id.value}" itself; ` +
            'refer to the element whose answer decides it',
          start: at,
          end: exact ? at + c.ref.length : where.end,
        });
      }
    }
  },
});
