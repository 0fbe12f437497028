import { issueDescriptionRanges } from '../markers.js';
import { defineRule } from '../rule.js';

const WHAT = { link: 'a link', strong: 'bold text', emphasis: 'italic text', image: 'an image' } as const;

export default defineRule({
  id: 'no-formatting-in-issue-description',
  description: 'No links, bold or italics inside `<!--issueDescription-->`',
  rationale:
    'The issue description is shown as plain text (template notes): markdown inside it appears as raw asterisks and brackets.',
  severity: 'warning',
  fixable: false,
  tags: ['structure', 'diagnostics'],
  check(ctx) {
    const ranges = issueDescriptionRanges(ctx);
    if (!ranges.length) return;
    for (const type of ['link', 'strong', 'emphasis', 'image'] as const) {
      for (const node of ctx.nodes(type)) {
        const s = node.position!.start.offset!;
        if (ranges.some(([a, b]) => s >= a && s < b)) {
          ctx.report({ message: `The issue description is plain text; remove ${WHAT[type]}`, node });
        }
      }
    }
  },
});
