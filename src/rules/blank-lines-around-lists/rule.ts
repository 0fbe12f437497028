import type { List, Nodes, Parent } from 'mdast';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'blank-lines-around-lists',
  description: 'A list that follows a paragraph has a blank line before its first item',
  rationale:
    'The templates: "All lists require an empty line before the first item and after the last item." Without the ' +
    'blank line before it, a list that follows a paragraph is, for renderers that do not let a list interrupt a ' +
    'paragraph, part of that paragraph: the steps run together in one line. Only a list right after a paragraph ' +
    'is reported: after a heading or a comment the list renders the same either way, and a line of text right ' +
    'after a list is continued into its last item by markdown itself, so the blank line after a list cannot be ' +
    'checked from the rendered structure. Lists in list items and quotes are left alone.\n\nSeverity `info`: the ' +
    "portal's renderer shows most of these as lists. On `../shared/corpus` it fires 556 times (about 10% of " +
    'articles): a style rule of the templates that the portal tolerates, hence `info`.',
  severity: 'info',
  fixable: true,
  tags: ['structure'],
  check({ article, nodes, ancestors, report }) {
    for (const list of nodes('list') as List[]) {
      const chain = ancestors(list);
      const parent = chain[chain.length - 1] as Parent | undefined;
      if (!parent || chain.some((n) => n.type === 'listItem' || n.type === 'blockquote')) continue;
      const i = parent.children.indexOf(list);
      const prev = parent.children[i - 1] as Nodes | undefined;
      const start = list.position!.start;
      if (prev && prev.type === 'paragraph' && prev.position!.end.line === start.line - 1) {
        const lineStart = start.offset! - (start.column - 1);
        report({
          message: 'Add a blank line before this list',
          start: start.offset!,
          end: start.offset!,
          fix: { range: [lineStart, lineStart], text: article.text.includes('\r\n') ? '\r\n' : '\n' },
        });
      }
    }
  },
});
