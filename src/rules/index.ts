/** The rule registry: every rule, in a fixed order, and the ids of problems found while parsing. */
import type { Severity } from '../diagnostic.js';
import type { Rule } from './rule.js';
import apolloStructure from './apollo-structure/rule.js';
import articleIdFormat from './article-id-format/rule.js';
import attributeNameCasing from './attribute-name-casing/rule.js';
import blankLinesAroundLists from './blank-lines-around-lists/rule.js';
import boldH2Reserved from './bold-h2-reserved/rule.js';
import boldRecommendedSections from './bold-recommended-sections/rule.js';
import duplicateGuidance from './duplicate-guidance/rule.js';
import fileNameFormat from './file-name-format/rule.js';
import formDropdownOptions from './form-dropdown-options/rule.js';
import formIdWithoutSpaces from './form-id-without-spaces/rule.js';
import formSingleAdditionalDetails from './form-single-additional-details/rule.js';
import formUniqueDropdownValues from './form-unique-dropdown-values/rule.js';
import formUniqueIds from './form-unique-ids/rule.js';
import formUniqueOrder from './form-unique-order/rule.js';
import formVisibilityReferences from './form-visibility-references/rule.js';
import formVisibilitySelfReference from './form-visibility-self-reference/rule.js';
import imageAltText from './image-alt-text/rule.js';
import issueDescriptionMarkers from './issue-description-markers/rule.js';
import knownTypeAndClouds from './known-type-and-clouds/rule.js';
import maxListDepth from './max-list-depth/rule.js';
import noAkaMsLinks from './no-aka-ms-links/rule.js';
import noBrokenLinkSyntax from './no-broken-link-syntax/rule.js';
import noDuplicateAttributes from './no-duplicate-attributes/rule.js';
import noEmptyLinkTargets from './no-empty-link-targets/rule.js';
import noFormattingInIssueDescription from './no-formatting-in-issue-description/rule.js';
import noHeadingsInIssueDescription from './no-headings-in-issue-description/rule.js';
import noHttpMicrosoftLinks from './no-http-microsoft-links/rule.js';
import noIncludeReferences from './no-include-references/rule.js';
import noLocaleInDocsLinks from './no-locale-in-docs-links/rule.js';
import noMdSuffixInArticleId from './no-md-suffix-in-article-id/rule.js';
import noMissingAnchors from './no-missing-anchors/rule.js';
import noMissingLocalTargets from './no-missing-local-targets/rule.js';
import noNoteTags from './no-note-tags/rule.js';
import noReviewDocsLinks from './no-review-docs-links/rule.js';
import noSecondH1 from './no-second-h1/rule.js';
import noTables from './no-tables/rule.js';
import noUndefinedReferences from './no-undefined-references/rule.js';
import noUnknownAttributes from './no-unknown-attributes/rule.js';
import pageTitleSentence from './page-title-sentence/rule.js';
import payloadDuplicateKeys from './payload-duplicate-keys/rule.js';
import payloadJson from './payload-json/rule.js';
import payloadSchema from './payload-schema/rule.js';
import recommendedAttributes from './recommended-attributes/rule.js';
import replacementTokens from './replacement-tokens/rule.js';
import requiredAttributes from './required-attributes/rule.js';
import singleH1 from './single-h1/rule.js';
import titleMatchesH1 from './title-matches-h1/rule.js';
import uniqueArticleId from './unique-article-id/rule.js';
import validAttributeValues from './valid-attribute-values/rule.js';
import validBladeLinks from './valid-blade-links/rule.js';
import validLinkUrls from './valid-link-urls/rule.js';

export const rules: Rule<any>[] = [
  apolloStructure,
  articleIdFormat,
  attributeNameCasing,
  blankLinesAroundLists,
  boldH2Reserved,
  boldRecommendedSections,
  duplicateGuidance,
  fileNameFormat,
  formDropdownOptions,
  formIdWithoutSpaces,
  formSingleAdditionalDetails,
  formUniqueDropdownValues,
  formUniqueIds,
  formUniqueOrder,
  formVisibilityReferences,
  formVisibilitySelfReference,
  imageAltText,
  issueDescriptionMarkers,
  knownTypeAndClouds,
  maxListDepth,
  noAkaMsLinks,
  noBrokenLinkSyntax,
  noDuplicateAttributes,
  noEmptyLinkTargets,
  noFormattingInIssueDescription,
  noHeadingsInIssueDescription,
  noHttpMicrosoftLinks,
  noIncludeReferences,
  noLocaleInDocsLinks,
  noMdSuffixInArticleId,
  noMissingAnchors,
  noMissingLocalTargets,
  noNoteTags,
  noReviewDocsLinks,
  noSecondH1,
  noTables,
  noUndefinedReferences,
  noUnknownAttributes,
  pageTitleSentence,
  payloadDuplicateKeys,
  payloadJson,
  payloadSchema,
  recommendedAttributes,
  replacementTokens,
  requiredAttributes,
  singleH1,
  titleMatchesH1,
  uniqueArticleId,
  validAttributeValues,
  validBladeLinks,
  validLinkUrls,
];

export interface ParseRule {
  id: string;
  description: string;
  severity: Severity;
  fixable: boolean;
}

/** Problems found by the parser: reported under these ids, configurable like rules. */
export const parseRules: ParseRule[] = [
  { id: 'parse/unreadable', description: 'The file cannot be read', severity: 'error', fixable: false },
  {
    id: 'parse/not-regular-file',
    description:
      'Not read: a FIFO, socket or device, or a symbolic link to anything but a regular file inside the folder linted',
    severity: 'error',
    fixable: false,
  },
  {
    id: 'parse/file-name',
    description:
      'A folder or file name that is not portable as a page name (other than ASCII letters, digits, `.`, `_`, `-`, or over 200 bytes)',
    severity: 'warning',
    fixable: false,
  },
  {
    id: 'parse/too-complex',
    description:
      'Checking the file took longer than its time budget (`limits.fileTimeMs`): it was stopped, nothing else is reported for it',
    severity: 'error',
    fixable: false,
  },
  {
    id: 'parse/too-large',
    description: 'The file is larger than the size limit (`limits.fileBytes`): it is not read',
    severity: 'error',
    fixable: false,
  },
  {
    id: 'parse/too-deep',
    description: 'Lists, quotes or emphasis nested more than 200 levels deep: below that the text is kept as written',
    severity: 'warning',
    fixable: false,
  },
  { id: 'parse/binary', description: 'The file is binary, not a markdown article', severity: 'error', fixable: false },
  {
    id: 'parse/not-utf8',
    description: 'The file is not valid UTF-8 (the position of the first bad byte is given)',
    severity: 'error',
    fixable: false,
  },
  {
    id: 'parse/no-properties',
    description: 'The file has no `<properties ... />` block',
    severity: 'error',
    fixable: false,
  },
  {
    id: 'parse/text-before-properties',
    description: 'Text (or a second byte-order mark) stands before the block; HTML comments and whitespace are allowed',
    severity: 'error',
    fixable: true,
  },
  {
    id: 'parse/unclosed-properties',
    description: 'The block does not end with `/>`',
    severity: 'error',
    fixable: true,
  },
  {
    id: 'parse/unclosed-quote',
    description: "A value's quote is never closed, so it swallows the attributes after it",
    severity: 'error',
    fixable: false,
  },
  { id: 'parse/unquoted-value', description: 'A value is not in quotes', severity: 'error', fixable: true },
  { id: 'parse/missing-value', description: 'An attribute has no `="value"`', severity: 'error', fixable: false },
  {
    id: 'parse/stray-character',
    description:
      'A stray character between attributes: a zero-width or no-break space, a comma, a doubled quote, a missing space',
    severity: 'error',
    fixable: true,
  },
  {
    id: 'parse/invalid-properties',
    description: 'Any other syntax error fast-xml-parser finds in the block',
    severity: 'error',
    fixable: false,
  },
];

/** Every id the config may name, with its default severity. */
export function ruleInfos(): Array<{
  id: string;
  severity: Severity;
  options?: Record<string, unknown>;
  defaultOptions?: Record<string, unknown>;
  configSection?: 'dupes';
}> {
  return [...parseRules, ...rules];
}

/** the duplicate rule's defaults, for `selfhelp init`'s starter config */
export { defaultDupeOptions } from './duplicate-guidance/rule.js';

/** Where a rule's documentation is: its README in the repository (the parse checks are described in the README). */
export const DOCS_BASE = 'https://github.com/selfhelp/selfhelp/blob/main/';

export function ruleDocsUrl(ruleId: string): string {
  if (rules.some((r) => r.id === ruleId)) return `${DOCS_BASE}src/rules/${ruleId}/README.md`;
  return `${DOCS_BASE}README.md#rules`;
}
