/**
 * One article -> safe HTML: mdast (from the same parser as lint) -> portal-specific transforms ->
 * remark-rehype -> rehype-slug (heading anchors) -> rehype-sanitize -> HTML. Article content never runs
 * script in a reader's browser: raw HTML is not passed through, and the sanitizer (GitHub's schema, plus
 * the few classes our transforms add) removes event handlers and javascript:/data: URLs.
 */
import type { Element, Root as HastRoot } from 'hast';
import { h } from 'hastscript';
import type { Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Article } from '../parse/index.js';

const schema: SanitizeSchema = {
  ...defaultSchema,
  // ids from rehype-slug are kept as they are (no `user-content-` prefix): they are our own, not the author's
  clobber: [],
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'className', 'title'],
    h1: ['id'], h2: ['id'], h3: ['id'], h4: ['id'], h5: ['id'], h6: ['id'],
    input: ['type', 'disabled', 'checked', 'value', 'placeholder'],
    select: ['disabled'],
    option: ['value', 'selected'],
    textarea: ['disabled', 'placeholder', 'rows'],
    label: [],
  },
  tagNames: [...(defaultSchema.tagNames ?? []), 'section', 'form', 'fieldset', 'legend', 'label', 'select', 'option', 'textarea', 'span', 'aside'],
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'] },
};

const toHtml = unified()
  .use(rehypeSlug)
  .use(rehypeSanitize, schema)
  .use(rehypeStringify)
  .freeze();

const mdastToHast = unified().use(remarkRehype, { allowDangerousHtml: false }).freeze();

const TOKEN_OPEN = /^<!--\s*\$\s*([\w.]+)\s*-->$/;
const TOKEN_CLOSE = /^<!--\s*\/\s*\$/;
const ISSUE_OPEN = /^<!--\s*issueDescription\s*-->$/i;
const ISSUE_CLOSE = /^<!--\s*\/\s*issueDescription\s*-->$/i;

export interface Rendered {
  /** the article body as HTML (H1 included) */
  html: string;
  /** plain text for the search index */
  text: string;
  /** the H1, when there is one */
  heading?: string;
}

/** The body of an article as safe HTML. */
export function renderArticle(article: Article, type: string | null): Rendered {
  const tree = structuredClone(article.tree) as Root;
  tree.children = tree.children.filter((c) => (c.type as string) !== 'properties');
  transformTokens(tree);
  wrapIssueDescription(tree);
  const body = mdastToHast.runSync(tree as never) as HastRoot;
  rewriteBladeLinks(body);
  const payload = article.payload?.value;
  if (payload && typeof payload === 'object') body.children.push(renderPayload(payload as Record<string, unknown>, type));
  const safe = toHtml.runSync(body) as HastRoot;
  const html = String(toHtml.stringify(safe));
  const h1 = article.tree.children.find((c) => c.type === 'heading' && c.depth === 1);
  const text = html.replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' ').replace(/\s+/g, ' ').trim();
  return { html, text, heading: h1 ? toString(h1).trim() : undefined };
}

/**
 * `<!--$Name-->default<!--/$Name-->` -> a visible placeholder `[Name]`, inside paragraphs; and the text
 * between inline `<script>`/`<style>` tags is dropped with them.
 */
function transformTokens(tree: Root): void {
  const visit = (node: Nodes) => {
    if (!('children' in node)) return;
    const out: RootContent[] = [];
    let open: string | null = null;
    let skipUntil: RegExp | null = null;
    for (const child of node.children as RootContent[]) {
      // inline <script>/<style> arrive as separate html nodes: the text between them is code, not content
      if (skipUntil) {
        if (child.type === 'html' && skipUntil.test(child.value)) skipUntil = null;
        continue;
      }
      if (child.type === 'html' && /^<(script|style)\b/i.test(child.value.trim()) && !/<\/(script|style)>\s*$/i.test(child.value.trim())) {
        skipUntil = new RegExp(`</${/^<(\w+)/.exec(child.value.trim())![1]}\\s*>`, 'i');
        continue;
      }
      if (child.type === 'html') {
        const value = child.value.trim();
        const m = TOKEN_OPEN.exec(value);
        if (m) {
          open = m[1];
          out.push({ type: 'emphasis', data: { hName: 'span', hProperties: { className: ['token'], title: `Replaced by the portal: ${m[1]}` } }, children: [{ type: 'text', value: m[1] }] } as RootContent);
          continue;
        }
        if (TOKEN_CLOSE.test(value)) {
          open = null;
          continue;
        }
      }
      if (open) continue; // the default text is replaced by the placeholder
      visit(child as Nodes);
      out.push(child);
    }
    (node as { children: RootContent[] }).children = out;
  };
  visit(tree);
}

/** Top-level `<!--issueDescription-->` ... `<!--/issueDescription-->` -> a styled block. */
function wrapIssueDescription(tree: Root): void {
  const out: RootContent[] = [];
  let block: RootContent[] | null = null;
  for (const child of tree.children) {
    const value = child.type === 'html' ? child.value.trim() : '';
    if (ISSUE_OPEN.test(value)) {
      block = [];
      continue;
    }
    if (ISSUE_CLOSE.test(value) && block) {
      out.push({ type: 'blockquote', data: { hName: 'aside', hProperties: { className: ['issue-description'] } }, children: block } as RootContent);
      block = null;
      continue;
    }
    (block ?? out).push(child);
  }
  if (block) out.push(...block);
  tree.children = out;
}

/** `data-blade:` links open a portal blade: shown as a visible, non-navigating reference. */
function rewriteBladeLinks(tree: HastRoot): void {
  const visit = (node: HastRoot | Element) => {
    for (let i = 0; i < node.children.length; i++) {
      const child = node.children[i];
      if (child.type !== 'element') continue;
      const href = typeof child.properties?.href === 'string' ? child.properties.href : '';
      if (child.tagName === 'a' && /^(button-)?data-blade:/i.test(href)) {
        const blade = href.replace(/^(button-)?data-blade:/i, '').split(';')[0];
        node.children[i] = h('span', { className: ['blade'], title: `Opens the portal blade ${blade}` }, [...child.children, h('span', { className: ['blade-name'] }, ` (portal: ${blade.split('.').slice(0, 2).join('.')})`)]);
        continue;
      }
      visit(child);
    }
  };
  visit(tree);
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
/** A JSON value as text: strings as they are, other scalars spelled, objects and arrays as JSON (never their toString). */
const text = (v: unknown): string => (typeof v === 'string' ? v : v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));
const orderOf = (e: Record<string, unknown>): number => (typeof e.order === 'number' ? e.order : typeof e.order === 'string' ? Number(e.order) : NaN);

/** JSON payloads: a problem-scoping form as a read-only preview, advisor metadata as a summary table. */
function renderPayload(value: Record<string, unknown>, type: string | null): Element {
  if (Array.isArray(value.formElements)) {
    // any JSON is valid here (`[null]`, `{"toString":1}`): only objects are elements, and values are shown as text
    const elements = (value.formElements as unknown[]).filter(isObject).sort((a, b) => orderOf(a) - orderOf(b));
    return h('form', { className: ['form-preview'] }, [
      h('p', { className: ['note'] }, 'Preview of the questions the portal asks (read-only).'),
      ...elements.map((e) => {
        const label = text(e.displayLabel ?? e.id);
        const control = text(e.controlType).toLowerCase();
        const options = (Array.isArray(e.dropdownOptions) ? e.dropdownOptions : Array.isArray(e.radioButtonOptions) ? e.radioButtonOptions : []).filter(isObject);
        const input =
          control.includes('dropdown') || control.includes('radio')
            ? h('select', { disabled: true }, options.map((o) => h('option', { value: text(o.value) }, text(o.text ?? o.value))))
            : control === 'multilinetextbox'
              ? h('textarea', { disabled: true, rows: 3, placeholder: text(e.watermarkText) })
              : control === 'infoblock' || control === 'textblock'
                ? h('p', text(e.content))
                : h('input', { type: 'text', disabled: true, placeholder: text(e.watermarkText ?? control) });
        return h('fieldset', [h('legend', [label, e.required === true ? h('span', { className: ['required'] }, ' (required)') : '']), input, e.visibility ? h('p', { className: ['visibility'] }, `Shown when: ${text(e.visibility)}`) : '']);
      }),
    ]);
  }
  const rows: Array<[string, unknown]> = [
    ['Category', value.recommendationCategory],
    ['Impact', value.recommendationImpact],
    ['Resource type', value.recommendationResourceType],
    ['Description', value.description],
    ['Potential benefits', value.potentialBenefits],
    ['Learn more', value.learnMoreLink],
  ];
  const present = rows.filter(([, v]) => typeof v === 'string' && v);
  return h('section', { className: ['payload'] }, [
    h('h2', type === 'advisorrecommendationmetadata' ? 'Advisor recommendation' : 'Details'),
    present.length ? h('table', [h('tbody', present.map(([k, v]) => h('tr', [h('th', k), h('td', String(v))])))]) : h('p', 'This article carries structured data for the portal.'),
  ]);
}
