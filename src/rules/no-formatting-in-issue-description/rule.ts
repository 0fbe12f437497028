import { issueDescriptionRanges } from '../markers.js';
import { defineRule } from '../rule.js';

const WHAT = { link: 'a link', strong: 'bold text', emphasis: 'italic text', image: 'an image' } as const;

/** A replacement token as written: `<!--$Name-->default<!--/$Name-->` (a name may have spaces). */
const TOKEN = /<!--\s*\$([^>]*?)\s*-->[\s\S]*?<!--\s*\/\s*\$\1\s*-->/g;

/**
 * Bold or italics around a value the portal fills in: one or more replacement tokens, with at most a unit or a
 * short label beside them (`**<!--$Size-->Size<!--/$Size--> GB**`). The team's own diagnostic sample emphasises
 * its tokens so: the value stands out in the description, and the sentence around it is plain.
 */
function emphasisedValue(source: string): boolean {
  const inner = source.replace(/^(\*\*|__|\*|_)([\s\S]*)\1$/, '$2');
  if (inner === source) return false;
  const rest = inner.replace(TOKEN, ' ');
  if (rest === inner) return false;
  const words = rest.trim().split(/\s+/).filter(Boolean);
  return words.length <= 2 && !/[*_[\]<>`]/.test(rest);
}

export default defineRule({
  id: 'no-formatting-in-issue-description',
  description: 'No links, bold or italics inside `<!--issueDescription-->`',
  rationale:
    'The issue description is shown as plain text (template notes): markdown inside it appears as raw asterisks and ' +
    'brackets.\n\nSeverity `warn`: the insight is shown, with a garbled description. Only the types whose template ' +
    'has the block (diagnostics, rca, service health) are checked, as for `no-headings-in-issue-description`: ' +
    'troubleshooter cards (`TSG_Content`) and the other types that wrap a whole formatted body in the markers use ' +
    'them by convention, not as a plain-text description. Bold or italics around a replacement token (with at most ' +
    "a unit or a short label beside it) is not reported: the team's own diagnostic sample emphasises its tokens " +
    'so, and the portal shows the value it fills in. On `../shared/corpus` it fires 11 times (112 before: 101 ' +
    'were emphasised tokens; 356 before that: 239 in types without the block, 229 of them `TSG_Content` cards; 5 ' +
    'were bold headings inside the block, which `no-headings-in-issue-description` reports as the block closing ' +
    'too late).',
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
        if (!ranges.some(([a, b]) => s >= a && s < b)) continue;
        // bold in a heading inside the block: the heading is what is wrong (no-headings-in-issue-description)
        if (ctx.ancestors(node).some((n) => n.type === 'heading')) continue;
        const written = ctx.article.text.slice(s, node.position!.end.offset!);
        if ((type === 'strong' || type === 'emphasis') && emphasisedValue(written)) continue;
        ctx.report({ message: `The issue description is plain text; remove ${WHAT[type]}`, node });
      }
    }
  },
});
