import { formElements, span } from '../payload.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'form-single-additional-details',
  description: 'At most one element of a problem-scoping form has `"useAsAdditionalDetails": true`',
  rationale:
    "The answer of the element marked `useAsAdditionalDetails` becomes the support case's description (the " +
    'templates mark the `problem_description` text box). With two marked, one answer is dropped or they are ' +
    'merged in an order nobody chose.\n\nSeverity `warn`: the case is still created. On `../shared/corpus` it ' +
    'fires 6 times (in 5 forms).',
  severity: 'warning',
  fixable: false,
  tags: ['payload', 'form'],
  check({ article, report }) {
    let first: { line: number; id?: string } | undefined;
    for (const el of formElements(article.payload)) {
      if (!el.additionalDetails) continue;
      const where = span(article.payload!, el.additionalDetails);
      if (!first) {
        first = { line: article.lines.point(where.start).line, id: el.id?.value };
        continue;
      }
      const who = first.id ? `"${first.id}"` : 'another element';
      report({
        message: `${who} on line ${first.line} is already used as the additional details; mark only one element`,
        ...where,
      });
    }
  },
});
