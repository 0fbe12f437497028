import { defineRule } from '../rule.js';

export default defineRule({
  id: 'recommended-attributes',
  description: "Attributes the article's selfHelpType should have (such as `description`) are present and non-empty",
  rationale:
    'Each type overlay in `schemas/types/` lists attributes that articles of that type nearly always carry; a ' +
    'missing one (usually `description`, used in search results) makes the article harder to find.\n\nSeverity ' +
    '`warn`: the portal publishes the article without them. On `../shared/corpus` it fires 1,020 times (1,017 ' +
    'before; 791 of them are the `description` of generic articles, which the guide marks mandatory but says is ' +
    'metadata only).',
  severity: 'warning',
  fixable: false,
  tags: ['metadata', 'schema'],
  check({ issues, report }) {
    for (const i of issues) if (i.kind === 'recommended') report({ message: i.message, start: i.start, end: i.end });
  },
});
