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
    // one suggestion per distinct name: a block of 10,000 unknown attributes asks for a few
    const guesses = new Map<string, string | undefined>();
    for (const a of meta.unknown) {
      const key = a.name.toLowerCase();
      if (!guesses.has(key)) guesses.set(key, didYouMean(a.name, names));
      const guess = guesses.get(key);
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
