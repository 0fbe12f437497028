import { defineRule } from '../rule.js';

export default defineRule({
  id: 'apollo-structure',
  description: 'Apollo (Solutions 2.0) articles have an H1, then an H2 issue title before any body text',
  rationale:
    'The Apollo template: the H1 "is required and is used only internally"; the H2 after it is the title ' +
    '"presented to the customer", then comes the description of the issue, then the body. An Apollo article ' +
    'without that H2 shows the customer no title.\n\nSeverity `warn`. On `../shared/corpus` it fires 12 times ' +
    '(all 12 read or spot-checked: Apollo articles whose H1 is followed by text or a `:::Section` block). Where a ' +
    'section directive (`:::Section Name:::`) stands between the H1 and the H2, the message says so, at the H2 (5 ' +
    'of the 12): the title is there, below the first section instead of above them all.',
  severity: 'warning',
  fixable: false,
  tags: ['structure'],
  check({ meta, article, nodes, report }) {
    if (meta.type !== 'apollo') return;
    const children = article.tree.children.filter((n) => n.type !== 'html' && n.type !== ('properties' as string));
    const h1 = children.findIndex((n) => n.type === 'heading' && n.depth === 1);
    if (h1 === -1) return; // single-h1 reports it
    const next = children[h1 + 1];
    if (next && next.type === 'heading' && next.depth === 2) return;
    const heading = nodes('heading').find((h) => h.depth === 1)!;
    const written = next?.position ? article.text.slice(next.position.start.offset, next.position.end.offset) : '';
    // a `:::Section Name:::` line opens a section of the page: the title above it is the page's, in it the section's
    const directive = /^:::\s*\w+/.test(written);
    const after = children[h1 + 2];
    if (directive && after?.type === 'heading' && after.depth === 2) {
      report({
        message:
          "The H2 title comes after a section directive (`:::...:::`); an Apollo article gives the customer's title " +
          'as an H2 right after the H1, above its sections',
        node: after,
      });
      return;
    }
    const found = next
      ? next.type === 'heading'
        ? `an H${next.depth}`
        : directive
          ? 'a section directive (`:::...:::`)'
          : 'body text'
      : 'nothing';
    report({
      message: `The H1 is followed by ${found}; an Apollo article gives the customer's title as an H2 right after the H1`,
      node: next ?? heading,
    });
  },
});
