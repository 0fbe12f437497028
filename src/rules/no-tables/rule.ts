import { defineRule } from '../rule.js';

const DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*\r?$/m;

export default defineRule({
  id: 'no-tables',
  description: 'No tables (pipe tables or HTML `<table>`)',
  rationale:
    'The portal\'s renderer does not support tables (the templates say "tables do not work"): they show as rows of ' +
    'pipes. Use a list. A pipe table is reported at its header row, also when prose runs into it in one ' +
    'paragraph.\n\nApollo (Solutions 2.0) articles are not checked: the note is in the older templates, not in ' +
    "Apollo's, whose renderer has table components (their titles are among its localised fields). On " +
    '`../shared/corpus` it fires 31 times (35 before: 4 tables in Apollo articles).',
  severity: 'warning',
  fixable: false,
  tags: ['structure'],
  check({ article, meta, nodes, report }) {
    if (meta.type === 'apollo') return;
    for (const p of nodes('paragraph')) {
      const s = p.position!.start.offset!;
      const source = article.text.slice(s, p.position!.end.offset!);
      const row = source.includes('|') ? DELIMITER_ROW.exec(source) : null;
      if (!row) continue;
      // the table starts at its header, the line above the delimiter row (a paragraph may have prose before it)
      // back over the line break before the delimiter row (LF, CRLF or a lone CR), then to its line's start
      let line = row.index;
      if (source[line - 1] === '\n') line--;
      if (source[line - 1] === '\r') line--;
      if (line === row.index) line = 0;
      while (line > 0 && source[line - 1] !== '\n' && source[line - 1] !== '\r') line--;
      const header = line + /^[ \t]*/.exec(source.slice(line))![0].length;
      report({
        message: 'Tables do not render in the portal; use a list instead',
        start: s + header,
        end: p.position!.end.offset!,
      });
    }
    for (const h of nodes('html')) {
      if (/<table[\s>]/i.test(h.value))
        report({ message: 'Tables do not render in the portal; use a list instead', node: h });
    }
  },
});
