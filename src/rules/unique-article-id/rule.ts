import { defineRule } from '../rule.js';

interface IdSummary {
  id: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A 32-bit hash (FNV-1a) of an id as the check compares it. */
function idKey(id: string): number {
  const key = id.toLowerCase();
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export default defineRule<IdSummary>({
  id: 'unique-article-id',
  description: 'No two articles share an `articleId` (compared ignoring case and surrounding space)',
  rationale:
    'The portal keys articles by id: of two articles with one id, one is never shown, and which one depends on publishing order.',
  severity: 'error',
  fixable: false,
  tags: ['metadata', 'corpus'],
  summarize({ meta, article }) {
    const id = meta.values.get('articleId');
    if (!id || !id.value) return undefined;
    const s = article.lines.point(id.attribute.valueStart);
    const e = article.lines.point(id.attribute.valueEnd);
    return { id: id.value, line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
  },
  // changed-files mode: the files that share an id with a changed file (by a hash of the id; the check compares ids)
  indexKeys: (summary) => [[idKey(summary.id)]],
  select(changed, corpus) {
    const files = new Set(changed.map((e) => e.file));
    for (const e of changed) for (const f of corpus.files(0, idKey(e.summary.id))) files.add(f);
    return files;
  },
  checkCorpus(entries, report) {
    const byId = new Map<string, typeof entries>();
    for (const entry of entries) {
      const key = entry.summary.id.toLowerCase();
      const list = byId.get(key);
      if (list) list.push(entry);
      else byId.set(key, [entry]);
    }
    for (const group of byId.values()) {
      if (group.length < 2) continue;
      for (const entry of group) {
        const others = group.filter((g) => g !== entry);
        report({
          file: entry.file,
          line: entry.summary.line,
          column: entry.summary.column,
          endLine: entry.summary.endLine,
          endColumn: entry.summary.endColumn,
          message: `articleId "${entry.summary.id}" is also used by ${others.map((o) => o.file).join(', ')}`,
          related: others.map((o) => ({
            file: o.file,
            line: o.summary.line,
            column: o.summary.column,
            message: 'same articleId',
          })),
        });
      }
    }
  },
});
