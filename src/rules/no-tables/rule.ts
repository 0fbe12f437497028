import { defineRule } from '../rule.js';

const DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*\r?$/m;

export default defineRule({
  id: 'no-tables',
  description: 'No tables (pipe tables or HTML `<table>`)',
  rationale:
    'The portal\'s renderer does not support tables (the templates say "tables do not work"): they show as rows of pipes. Use a list.',
  severity: 'warning',
  fixable: false,
  tags: ['structure'],
  check({ article, nodes, report }) {
    for (const p of nodes('paragraph')) {
      const s = p.position!.start.offset!;
      const source = article.text.slice(s, p.position!.end.offset!);
      if (source.includes('|') && DELIMITER_ROW.test(source))
        report({ message: 'Tables do not render in the portal; use a list instead', node: p });
    }
    for (const h of nodes('html')) {
      if (/<table[\s>]/i.test(h.value))
        report({ message: 'Tables do not render in the portal; use a list instead', node: h });
    }
  },
});
