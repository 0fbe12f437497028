import { markers, type Marker } from '../markers.js';
import { defineRule } from '../rule.js';

/**
 * A token's name: letters, digits, `_` and `.`, words separated by single spaces (the name is the key of the
 * diagnostic's output it stands for, which may be several words: `$Modules Out of date`). A space before or
 * after the name, or two in a row, is a typing slip: `$ Scenario`.
 */
const NAME = /^[A-Za-z_][\w.]*(?: [\w.]+)*$/;

export default defineRule({
  id: 'replacement-tokens',
  description: 'Replacement tokens `<!--$Name-->default<!--/$Name-->` are well formed, balanced and properly nested',
  rationale:
    'The portal replaces each token with a value from the diagnostic: a name with a stray space ' +
    '(`$ Scenario`), a closing marker with other casing or a token never closed leaves the raw default text, ' +
    'or swallows the rest of the article. It is an `error`: the article shows the wrong text. A bad name is ' +
    'reported once, at the opening marker. A name of several words (`$Modules Out of date`) is a name: it is ' +
    "the key of the diagnostic's output, which may have spaces, and removing them would break the " +
    'replacement. On `../shared/corpus` (5,512 articles): no report (1 before: a name of several words, and 2 ' +
    'before that: the same name at its opening and its closing marker).',
  severity: 'error',
  fixable: false,
  tags: ['structure', 'diagnostics'],
  check(ctx) {
    const stack: Array<Marker & { key: string }> = [];
    // lower-case name -> its positions in the stack, so a closing marker finds its opener in constant time (issue 19)
    const at = new Map<string, number[]>();
    const lastIndexOf = (key: string) => {
      const list = at.get(key);
      while (list?.length) {
        const i = list[list.length - 1];
        if (i < stack.length && stack[i].key === key) return i;
        list.pop();
      }
      return -1;
    };
    for (const m of markers(ctx)) {
      if (m.kind !== 'token') continue;
      // a bad name is reported once, at the opening marker (a closing one is judged against its opener)
      if (!m.closing && !NAME.test(m.name)) {
        const clean = m.name.trim().replace(/\s+/g, ' ');
        ctx.report({
          message: `Token name \`$${m.name}\` is not a name (letters, digits, \`_\`, \`.\`, words separated by single spaces)${clean && NAME.test(clean) ? `; write \`$${clean}\`` : ''}`,
          start: m.start,
          end: m.end,
        });
      }
      const name = m.name.replace(/\s+/g, '');
      const key = name.toLowerCase();
      if (!m.closing) {
        const list = at.get(key);
        if (list) list.push(stack.length);
        else at.set(key, [stack.length]);
        stack.push({ ...m, name, key });
        continue;
      }
      const index = lastIndexOf(key);
      if (index === -1) {
        ctx.report({
          message: `Closing token \`<!--/$${m.name}-->\` has no opening \`<!--$${m.name}-->\``,
          start: m.start,
          end: m.end,
        });
        continue;
      }
      const opener = stack[index];
      if (index !== stack.length - 1) {
        const inner = stack[stack.length - 1];
        ctx.report({
          message: `Token \`$${inner.name}\` is still open when \`$${opener.name}\` closes; close tokens in reverse order`,
          start: m.start,
          end: m.end,
        });
      }
      if (opener.name !== name) {
        ctx.report({
          message: `Closing token \`$${name}\` does not match the opening \`$${opener.name}\` (case differs)`,
          start: m.start,
          end: m.end,
        });
      }
      stack.splice(index);
    }
    for (const m of stack)
      ctx.report({
        message: `Token \`<!--$${m.name}-->\` is never closed with \`<!--/$${m.name}-->\``,
        start: m.start,
        end: m.end,
      });
  },
});
