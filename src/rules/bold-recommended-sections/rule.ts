import type { Heading, Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { defineRule } from '../rule.js';

const SECTION = /^(recommended)\s+(steps?|documents?|docs)$/i;
/** `## **Recommended Steps**` as the templates write it, or `## **Recommended steps**` as the TPS guide does. */
const ACCEPTED = /^## \*\*Recommended (Steps|Documents)\*\*$/i;

/** `Recommended steps:` / `**Recommended Documents**` / `##**Recommended Steps**` -> the heading to write, if any. */
function wantedHeading(text: string): string | undefined {
  const plain = text
    .replace(/^#+/, '')
    .replace(/[*_:#]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const m = SECTION.exec(plain);
  if (!m) return undefined;
  // Keep the author's casing where it is one of the two accepted spellings, else the templates' spelling.
  const word = m[2].toLowerCase();
  const steps = word.startsWith('step');
  const lower = m[1] === 'Recommended' && m[2] === m[2].toLowerCase() && (word === 'steps' || word === 'documents');
  if (lower) return `## **Recommended ${steps ? 'steps' : 'documents'}**`;
  return `## **Recommended ${steps ? 'Steps' : 'Documents'}**`;
}

/**
 * An H2 that is one bold run of an accepted name, however its markdown is spaced or closed (`##  **Recommended
 * Steps**`, `## **Recommended Documents** ##`): markdown reads it as the bold H2 the templates ask for.
 */
function boldH2(node: Heading | Paragraph): boolean {
  if (node.type !== 'heading' || node.depth !== 2 || node.children.length !== 1) return false;
  const [only] = node.children;
  return only.type === 'strong' && /^Recommended (Steps|Documents)$/i.test(toString(only));
}

export default defineRule({
  id: 'bold-recommended-sections',
  description: 'The sections Recommended Steps and Recommended Documents are bold H2s (`## **Recommended Steps**`)',
  rationale:
    'The portal finds these two sections by their markdown (the templates say "must be entered as shown (bolded ' +
    'H2)"); a plain H2, an H3 or a bold paragraph is shown as ordinary text. Both spellings in use are accepted, ' +
    'whatever their case: the templates write `## **Recommended Steps**`, the TPS Authoring Guide `## ' +
    "**Recommended steps**`; `--fix` leaves either alone and keeps the author's spelling when it adds the " +
    "missing markup.\n\nSeverity `warn`: the section still renders, only not as the portal's section. On " +
    "`../shared/corpus` it fires 256 times (262 before a bold label under an H3 was left alone: one cause's own " +
    "steps in an article with one subsection per cause, not the article's section; 495 before both spellings " +
    'were accepted in any case, 268 before a bold H2 written with closing hashes or two spaces, `## ' +
    '**Recommended Documents** ##`, was): plain `## Recommended Steps`, `**Recommended Steps**` paragraphs, H1s ' +
    'and H3s.',
  severity: 'warning',
  fixable: true,
  tags: ['structure'],
  check({ article, meta, nodes, report }) {
    if (meta.overlay && !meta.overlay.structure.sections) return;
    const { text } = article;
    const headings = nodes('heading');
    const candidates: Array<Heading | Paragraph> = [...headings, ...nodes('paragraph')];
    for (const node of candidates) {
      const s = node.position!.start.offset!;
      const e = node.position!.end.offset!;
      const source = text.slice(s, e);
      if (source.includes('\n') || source.length > 60) continue;
      if (ACCEPTED.test(source.trimEnd()) || boldH2(node)) continue;
      const wanted = wantedHeading(node.type === 'paragraph' ? source : toString(node));
      if (!wanted) continue;
      if (node.type === 'paragraph' && !/^(#|\*\*|__)/.test(source.trim())) continue;
      // a bold label under an H3 or deeper is that subsection's own steps (one per cause), not the article's section
      if (node.type === 'paragraph' && (headingBefore(headings, s)?.depth ?? 0) >= 3) continue;
      report({
        message: `Write this section heading as \`${wanted}\`, a bold H2`,
        start: s,
        end: e,
        fix: { range: [s, e], text: wanted },
      });
    }
  },
});

/** The last heading that starts before an offset (headings come in document order). */
function headingBefore(headings: Heading[], offset: number): Heading | undefined {
  let last: Heading | undefined;
  for (const h of headings) {
    if (h.position!.start.offset! >= offset) break;
    last = h;
  }
  return last;
}
