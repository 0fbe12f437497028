import type { Heading, Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { defineRule } from '../rule.js';

const SECTION = /^recommended\s+(steps?|documents?|docs)$/i;
const CANONICAL: Record<string, string> = { steps: 'Recommended Steps', documents: 'Recommended Documents' };

/** `Recommended steps:` / `**Recommended Documents**` / `##**Recommended Steps**` -> which section, if any. */
function sectionOf(text: string): string | undefined {
  const plain = text.replace(/^#+/, '').replace(/[*_:#]/g, ' ').replace(/\s+/g, ' ').trim();
  const m = SECTION.exec(plain);
  if (!m) return undefined;
  return /^step/i.test(m[1]) ? CANONICAL.steps : CANONICAL.documents;
}

export default defineRule({
  id: 'bold-recommended-sections',
  description: 'The sections `## **Recommended Steps**` and `## **Recommended Documents**` are bold H2s, written exactly so',
  rationale:
    'The portal finds these two sections by their exact markdown (the templates say "must be bold H2s, entered exactly as shown"); a plain H2, an H3, a bold paragraph or another casing is shown as ordinary text.',
  severity: 'warning',
  fixable: true,
  tags: ['structure'],
  check({ article, meta, nodes, report }) {
    if (meta.overlay && !meta.overlay.structure.sections) return;
    const { text } = article;
    const candidates: Array<Heading | Paragraph> = [...nodes('heading'), ...nodes('paragraph')];
    for (const node of candidates) {
      const s = node.position!.start.offset!;
      const e = node.position!.end.offset!;
      const source = text.slice(s, e);
      if (source.includes('\n') || source.length > 60) continue;
      const section = sectionOf(node.type === 'paragraph' ? source : toString(node));
      if (!section) continue;
      if (node.type === 'paragraph' && !/^(#|\*\*|__)/.test(source.trim())) continue;
      const wanted = `## **${section}**`;
      if (source.trimEnd() === wanted) continue;
      report({
        message: `Write this section heading exactly as \`${wanted}\``,
        start: s,
        end: e,
        fix: { range: [s, e], text: wanted },
      });
    }
  },
});
