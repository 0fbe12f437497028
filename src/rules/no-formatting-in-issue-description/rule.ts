import { issueDescriptionRanges } from '../markers.js';
import { defineRule } from '../rule.js';

const WHAT = { link: 'a link', strong: 'bold text', emphasis: 'italic text', image: 'an image' } as const;

export default defineRule({
  id: 'no-formatting-in-issue-description',
  description: 'No links, bold or italics inside `<!--issueDescription-->`',
  rationale:
    'The issue description is shown as plain text (template notes): markdown inside it appears as raw asterisks and ' +
    'brackets.\n\nSeverity `warn`: the insight is shown, with a garbled description. Only the types whose template ' +
    'has the block (diagnostics, rca, service health) are checked, as for `no-headings-in-issue-description`: ' +
    'troubleshooter cards (`TSG_Content`) and the other types that wrap a whole formatted body in the markers use ' +
    'them by convention, not as a plain-text description. On `../shared/corpus` it fires 112 times (356 before: ' +
    '239 of those in types without the block, 229 of them `TSG_Content` cards; 5 were bold headings inside the ' +
    'block, which `no-headings-in-issue-description` reports as the block closing too late).',
  severity: 'warning',
  fixable: false,
  tags: ['structure', 'diagnostics'],
  check(ctx) {
    // troubleshooter cards (TSG_Content) wrap whole bodies in the markers; the template's rule is for insights
    if (!ctx.meta.overlay?.structure.issueDescription) return;
    const ranges = issueDescriptionRanges(ctx);
    if (!ranges.length) return;
    for (const type of ['link', 'strong', 'emphasis', 'image'] as const) {
      for (const node of ctx.nodes(type)) {
        const s = node.position!.start.offset!;
        // bold in a heading inside the block: the heading is what is wrong (no-headings-in-issue-description)
        if (ranges.some(([a, b]) => s >= a && s < b) && !ctx.ancestors(node).some((n) => n.type === 'heading')) {
          ctx.report({ message: `The issue description is plain text; remove ${WHAT[type]}`, node });
        }
      }
    }
  },
});
