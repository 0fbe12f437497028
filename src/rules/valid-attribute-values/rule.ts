import { defineRule } from '../rule.js';

export default defineRule({
  id: 'valid-attribute-values',
  description: 'Attribute values match their schema: id lists, the cloud and selfHelpType vocabularies, numbers',
  rationale:
    'Values that do not match the schema (a support topic id with a letter in it, an unknown cloud, a misspelt selfHelpType) are silently dropped by the portal. Case and spacing do not matter; the content itself does.',
  severity: 'error',
  fixable: false,
  tags: ['metadata', 'schema'],
  check({ issues, report }) {
    for (const i of issues) if (i.kind === 'value') report({ message: i.message, start: i.start, end: i.end });
  },
});
