import { issueDescriptionRanges, markers, type Marker } from '../markers.js';
import { defineRule } from '../rule.js';

const WHAT = { link: 'a link', strong: 'bold text', emphasis: 'italic text', image: 'an image' } as const;

/**
 * Bold or italics around a value the portal fills in: one or more replacement tokens (the shared marker scan's,
 * each opening closed by its own name), with at most a unit or a short label beside them
 * (`**<!--$Size-->Size<!--/$Size--> GB**`). The team's own diagnostic sample emphasises its tokens so: the value
 * stands out in the description, and the sentence around it is plain.
 */
function emphasisedValue(text: string, start: number, end: number, tokens: Marker[]): boolean {
  const delimiter = /^(\*\*|__|\*|_)/.exec(text.slice(start, end))?.[1];
  if (!delimiter || !text.slice(start, end).endsWith(delimiter)) return false;
  const inside = tokens.filter((m) => m.start >= start && m.end <= end);
  if (!inside.length) return false;
  // the text between the tokens (each from its opening to its closing marker)
  let rest = '';
  let at = start + delimiter.length;
  for (let i = 0; i < inside.length; i += 2) {
    const [open, close] = [inside[i], inside[i + 1]];
    if (open.closing || !close?.closing || close.name.trim().toLowerCase() !== open.name.trim().toLowerCase())
      return false;
    rest += ` ${text.slice(at, open.start)}`;
    at = close.end;
  }
  rest += ` ${text.slice(at, end - delimiter.length)}`;
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
    const tokens = markers(ctx).filter((m) => m.kind === 'token');
    for (const type of ['link', 'strong', 'emphasis', 'image'] as const) {
      for (const node of ctx.nodes(type)) {
        const s = node.position!.start.offset!;
        if (!ranges.some(([a, b]) => s >= a && s < b)) continue;
        // bold in a heading inside the block: the heading is what is wrong (no-headings-in-issue-description)
        if (ctx.ancestors(node).some((n) => n.type === 'heading')) continue;
        const e = node.position!.end.offset!;
        if ((type === 'strong' || type === 'emphasis') && emphasisedValue(ctx.article.text, s, e, tokens)) continue;
        ctx.report({ message: `The issue description is plain text; remove ${WHAT[type]}`, node });
      }
    }
  },
});
