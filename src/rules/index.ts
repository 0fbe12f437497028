/** The rule registry: every rule, in a fixed order, and the ids of problems found while parsing. */
import type { Severity } from '../diagnostic.js';
import type { Rule } from './rule.js';
import articleIdFormat from './article-id-format/rule.js';
import attributeNameCasing from './attribute-name-casing/rule.js';
import boldRecommendedSections from './bold-recommended-sections/rule.js';
import duplicateGuidance from './duplicate-guidance/rule.js';
import formUniqueDropdownValues from './form-unique-dropdown-values/rule.js';
import formUniqueIds from './form-unique-ids/rule.js';
import formVisibilityReferences from './form-visibility-references/rule.js';
import issueDescriptionMarkers from './issue-description-markers/rule.js';
import maxListDepth from './max-list-depth/rule.js';
import noAkaMsLinks from './no-aka-ms-links/rule.js';
import noDuplicateAttributes from './no-duplicate-attributes/rule.js';
import noEmptyLinkTargets from './no-empty-link-targets/rule.js';
import noFormattingInIssueDescription from './no-formatting-in-issue-description/rule.js';
import noHttpMicrosoftLinks from './no-http-microsoft-links/rule.js';
import noLocaleInDocsLinks from './no-locale-in-docs-links/rule.js';
import noMissingLocalTargets from './no-missing-local-targets/rule.js';
import noNoteTags from './no-note-tags/rule.js';
import noReviewDocsLinks from './no-review-docs-links/rule.js';
import noTables from './no-tables/rule.js';
import noUnknownAttributes from './no-unknown-attributes/rule.js';
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

export const rules: Rule<any>[] = [
  articleIdFormat,
  attributeNameCasing,
  boldRecommendedSections,
  duplicateGuidance,
  formUniqueDropdownValues,
  formUniqueIds,
  formVisibilityReferences,
  issueDescriptionMarkers,
  maxListDepth,
  noAkaMsLinks,
  noDuplicateAttributes,
  noEmptyLinkTargets,
  noFormattingInIssueDescription,
  noHttpMicrosoftLinks,
  noLocaleInDocsLinks,
  noMissingLocalTargets,
  noNoteTags,
  noReviewDocsLinks,
  noTables,
  noUnknownAttributes,
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
  { id: 'parse/not-regular-file', description: 'Not read: a FIFO, socket or device, or a symbolic link to anything but a regular file inside the folder linted', severity: 'error', fixable: false },
  { id: 'parse/file-name', description: 'A folder or file name that is not portable as a page name (other than ASCII letters, digits, `.`, `_`, `-`, or over 200 bytes)', severity: 'warning', fixable: false },
  { id: 'parse/too-complex', description: 'Checking the file took longer than its time budget (`limits.fileTimeMs`): it was stopped, nothing else is reported for it', severity: 'error', fixable: false },
  { id: 'parse/too-large', description: 'The file is larger than the size limit (`limits.fileBytes`): it is not read', severity: 'error', fixable: false },
  { id: 'parse/too-deep', description: 'Lists, quotes or emphasis nested more than 200 levels deep: below that the text is kept as written', severity: 'warning', fixable: false },
  { id: 'parse/binary', description: 'The file is binary, not a markdown article', severity: 'error', fixable: false },
  { id: 'parse/not-utf8', description: 'The file is not valid UTF-8 (the position of the first bad byte is given)', severity: 'error', fixable: false },
  { id: 'parse/no-properties', description: 'The file has no `<properties ... />` block', severity: 'error', fixable: false },
  { id: 'parse/text-before-properties', description: 'Text (or a second byte-order mark) stands before the block; HTML comments and whitespace are allowed', severity: 'error', fixable: true },
  { id: 'parse/unclosed-properties', description: 'The block does not end with `/>`', severity: 'error', fixable: true },
  { id: 'parse/unclosed-quote', description: 'A value\'s quote is never closed, so it swallows the attributes after it', severity: 'error', fixable: false },
  { id: 'parse/unquoted-value', description: 'A value is not in quotes', severity: 'error', fixable: true },
  { id: 'parse/missing-value', description: 'An attribute has no `="value"`', severity: 'error', fixable: false },
  { id: 'parse/stray-character', description: 'A stray character between attributes: a zero-width or no-break space, a comma, a doubled quote, a missing space', severity: 'error', fixable: true },
  { id: 'parse/invalid-properties', description: 'Any other syntax error fast-xml-parser finds in the block', severity: 'error', fixable: false },
];

/** Every id the config may name, with its default severity. */
export function ruleInfos(): Array<{ id: string; severity: Severity; options?: Record<string, unknown>; defaultOptions?: Record<string, unknown>; configSection?: 'dupes' }> {
  return [...parseRules, ...rules];
}
