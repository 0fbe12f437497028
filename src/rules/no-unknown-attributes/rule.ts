import { didYouMean } from '../../parse/positions.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'no-unknown-attributes',
  description: 'Every attribute is one the schema knows; misspellings get a suggestion',
  rationale:
    'An attribute the portal does not know is ignored: `supportToicIds` publishes an article with no support topics. Names are matched ignoring case, so only real misspellings and junk names fire.',
  severity: 'warning',
  fixable: true,
  tags: ['metadata'],
  check({ meta, catalog, report }) {
    const names = [...catalog.canonical.values()];
    for (const a of meta.unknown) {
      const guess = didYouMean(a.name, names);
      const fix =
        guess && !meta.values.has(guess)
          ? { range: [a.nameStart, a.nameEnd] as [number, number], text: guess }
          : undefined;
      report({
        message: `Unknown attribute \`${a.name}\`${guess ? `; did you mean \`${guess}\`?` : ''}`,
        start: a.nameStart,
        end: a.nameEnd,
        fix,
      });
    }
  },
});
