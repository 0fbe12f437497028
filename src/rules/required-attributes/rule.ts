import { defineRule } from '../rule.js';

export default defineRule({
  id: 'required-attributes',
  description: "Attributes required by the base schema or the article's selfHelpType must be present and non-empty",
  rationale:
    'The portal routes, filters and shows articles by these attributes: an article without `articleId`, ' +
    "`selfHelpType`, `cloudEnvironments` or its type's required ids is not published or shown where it should " +
    'be. An empty value counts as missing.\n\nSeverity `error`, for what the TPS Authoring Guide or the templates ' +
    'mark mandatory and the portal needs: `pageTitle`, `articleId`, `selfHelpType`, `cloudEnvironments`, an ' +
    "author, `ownershipId`, and per type what the type cannot work without (a scoping form's `supportTopicIds`, " +
    'through which the portal finds it). `supportTopicIds` and `productPesIds` of generic articles, and ' +
    '`infoBubbleText` of diagnostics, are not mandatory in the guide: they are `recommended-attributes` (warn). ' +
    'On `../shared/corpus` it fires 12 times (15 before).',
  severity: 'error',
  fixable: false,
  tags: ['metadata', 'schema'],
  check({ issues, report }) {
    for (const i of issues) if (i.kind === 'required') report({ message: i.message, start: i.start, end: i.end });
  },
});
