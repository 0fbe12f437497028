import { defineRule } from '../rule.js';

const TAG = /\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]|\[AZURE\.(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]/gi;

export default defineRule({
  id: 'no-note-tags',
  description: 'No `[!NOTE]`-style alert tags',
  rationale:
    'docs.microsoft.com alert syntax does not work in the portal (template notes): the tag shows literally. Write "Note:" in bold instead.',
  severity: 'warning',
  fixable: false,
  tags: ['structure'],
  check({ article, nodes, report }) {
    for (const t of nodes('text')) {
      if (!t.value.includes('[')) continue;
      const s = t.position!.start.offset!;
      const source = article.text.slice(s, t.position!.end.offset!);
      for (const m of source.matchAll(TAG)) {
        const at = s + m.index!;
        report({
          message: `\`${m[0]}\` does not render in the portal; write **Note:** instead`,
          start: at,
          end: at + m[0].length,
        });
      }
    }
  },
});
