import { defineRule } from '../rule.js';

export default defineRule({
  id: 'no-duplicate-attributes',
  description: 'An attribute appears at most once in the properties block (names compared ignoring case)',
  rationale: 'With two values for one attribute, which one the portal uses is undefined; the author meant one of them.',
  severity: 'error',
  fixable: false,
  tags: ['metadata'],
  check({ article, report }) {
    const first = new Map<string, { line: number; column: number }>();
    for (const a of article.properties?.attributes ?? []) {
      const key = a.name.toLowerCase();
      const seen = first.get(key);
      if (seen) {
        report({
          message: `\`${a.name}\` is given twice; the first is on line ${seen.line}`,
          start: a.nameStart,
          end: a.nameEnd,
          related: [{ file: article.file, ...seen, message: 'first given here' }],
        });
      } else first.set(key, article.lines.point(a.nameStart));
    }
  },
});
