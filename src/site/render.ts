/**
 * One article -> safe HTML: mdast (from the same parser as lint) -> portal-specific transforms ->
 * remark-rehype -> rehype-raw (the raw HTML the portal renders) -> Apollo components as static content ->
 * links to other articles and local media made site paths -> rehype-slug (heading anchors) ->
 * rehype-sanitize -> HTML. Article content never runs script in a reader's browser: the sanitizer keeps
 * only the tags and attributes of `schema` below (the subset the portal renders) and http(s)/mailto URLs.
 */
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { h } from 'hastscript';
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Article } from '../parse/index.js';
import { mediaPath, pagePath } from './paths.js';

const heading = ['id'];
/** The classes our own transforms add (and `link-N`, which the site uses to find a link to a missing article). */
const CLASSES = [
  'token',
  'blade',
  'blade-name',
  'issue-description',
  'form-preview',
  'note',
  'visibility',
  'required',
  'payload',
  'article-link',
  'insight',
  'metric',
  'video',
  'videos',
  'web-results',
  'control',
  'visually-hidden',
];

/**
 * What is kept: the tags markdown makes, the raw HTML the portal renders (links, line breaks, emphasis,
 * lists, tables, div and span), and the elements of our own previews; a short list of attributes.
 */
export const schema: SanitizeSchema = {
  strip: ['script', 'style', 'title', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math'],
  // ids from rehype-slug are kept as they are (no `user-content-` prefix): they are our own, not the author's
  clobber: [],
  tagNames: [
    'p',
    'br',
    'hr',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'a',
    'img',
    'em',
    'strong',
    'b',
    'i',
    'u',
    's',
    'del',
    'sup',
    'sub',
    'small',
    'kbd',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'dl',
    'dt',
    'dd',
    'table',
    'thead',
    'tbody',
    'tfoot',
    'tr',
    'th',
    'td',
    'caption',
    'div',
    'span',
    // our previews
    'section',
    'aside',
    'form',
    'fieldset',
    'legend',
    'label',
    'select',
    'option',
    'textarea',
    'input',
  ],
  attributes: {
    '*': ['title', ['className', ...CLASSES, /^link-\d+$/]],
    a: ['href'],
    img: ['src', 'alt', 'width', 'height'],
    code: [['className', /^language-[\w+-]+$/]],
    ol: ['start'],
    li: [['className', 'task-list-item']],
    th: ['align', 'colSpan', 'rowSpan'],
    td: ['align', 'colSpan', 'rowSpan'],
    h1: heading,
    h2: heading,
    h3: heading,
    h4: heading,
    h5: heading,
    h6: heading,
    input: [['type', 'text', 'checkbox'], 'disabled', 'checked', 'value', 'placeholder', 'id'],
    select: ['disabled', 'id'],
    option: ['value', 'selected'],
    textarea: ['disabled', 'placeholder', 'rows', 'id'],
    label: ['htmlFor'],
  },
  required: { input: { disabled: true }, select: { disabled: true }, textarea: { disabled: true } },
  protocols: { href: ['http', 'https', 'mailto'], src: ['http', 'https'] },
};

const toHtml = unified().use(rehypeSlug).use(rehypeSanitize, schema).use(rehypeStringify).freeze();

const mdastToHast = unified().use(remarkRehype, { allowDangerousHtml: true }).freeze();
const raw = unified().use(rehypeRaw).freeze();

const TOKEN_OPEN = /^<!--\s*\$\s*([\w.]+)\s*-->$/;
const TOKEN_CLOSE = /^<!--\s*\/\s*\$/;
const ISSUE_OPEN = /^<!--\s*issueDescription\s*-->$/i;
const ISSUE_CLOSE = /^<!--\s*\/\s*issueDescription\s*-->$/i;

/**
 * A link from an article to another article or to a local media file: line, column (in the source), the
 * target (a path like the article's own: relative to the working folder), and its number on the page (the
 * `link-N` class of the element, so that the site can render a link to a missing article as text).
 */
export type LocalLink = [line: number, column: number, target: string, n: number, kind: 'article' | 'media'];

export interface Rendered {
  /** the article body as HTML (H1 included) */
  html: string;
  /** links to other articles and local media */
  links: LocalLink[];
  /** plain text for the search index */
  text: string;
  /** the H1, when there is one */
  heading?: string;
}

/** The body of an article as safe HTML. */
export function renderArticle(article: Article, type: string | null): Rendered {
  // the article's tree is left as it is: the nodes the transforms change are copies (no clone of the whole tree)
  const tree = {
    ...article.tree,
    children: wrapIssueDescription(
      transformTokens(article.tree.children.filter((c) => (c.type as string) !== 'properties')),
    ),
  } as Root;
  const hast = mdastToHast.runSync(tree as never) as HastRoot;
  // rehype-raw serialises the whole page and parses it again (parse5) to turn raw HTML into elements: only a page
  // with raw HTML needs it (7 articles in 10 have none; it was a fifth of the render time, more on long pages)
  const body = hasRaw(hast) ? (raw.runSync(hast as never) as HastRoot) : dropLeadingNewlines(hast);
  apolloComponents(body);
  rewriteBladeLinks(body);
  const links = localLinks(body, article.file);
  const payload = article.payload?.value;
  if (payload && typeof payload === 'object')
    body.children.push(renderPayload(payload as Record<string, unknown>, type));
  const safe = toHtml.runSync(body) as HastRoot;
  const html = String(toHtml.stringify(safe));
  const h1 = article.tree.children.find((c) => c.type === 'heading' && c.depth === 1);
  const text = html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { html, links, text, heading: h1 ? toString(h1).trim() : undefined };
}

/**
 * `<!--$Name-->default<!--/$Name-->` -> a visible placeholder `[Name]`, inside paragraphs; and the text
 * between inline `<script>`/`<style>` tags is dropped with them. Returns new lists (and copies of the nodes whose
 * children change); the nodes given are not changed.
 */
function transformTokens(children: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  let open: string | null = null;
  let skipUntil: RegExp | null = null;
  let changed = false;
  for (const child of children) {
    // inline <script>/<style> arrive as separate html nodes: the text between them is code, not content
    if (skipUntil) {
      if (child.type === 'html' && skipUntil.test(child.value)) skipUntil = null;
      changed = true;
      continue;
    }
    if (
      child.type === 'html' &&
      /^<(script|style)\b/i.test(child.value.trim()) &&
      !/<\/(script|style)>\s*$/i.test(child.value.trim())
    ) {
      skipUntil = new RegExp(`</${/^<(\w+)/.exec(child.value.trim())![1]}\\s*>`, 'i');
      changed = true;
      continue;
    }
    if (child.type === 'html') {
      const value = child.value.trim();
      const m = TOKEN_OPEN.exec(value);
      if (m) {
        open = m[1];
        out.push({
          type: 'emphasis',
          data: { hName: 'span', hProperties: { className: ['token'], title: `Replaced by the portal: ${m[1]}` } },
          children: [{ type: 'text', value: m[1] }],
        } as RootContent);
        changed = true;
        continue;
      }
      if (TOKEN_CLOSE.test(value)) {
        open = null;
        changed = true;
        continue;
      }
    }
    if (open) {
      changed = true;
      continue; // the default text is replaced by the placeholder
    }
    if ('children' in child) {
      const kids = transformTokens(child.children as RootContent[]);
      if (kids !== child.children) {
        out.push({ ...child, children: kids } as RootContent);
        changed = true;
        continue;
      }
    }
    out.push(child);
  }
  return changed ? out : children;
}

/** Whether a hast tree holds raw HTML. */
function hasRaw(node: HastRoot | ElementContent): boolean {
  if (node.type === 'raw') return true;
  if (!('children' in node)) return false;
  for (const c of node.children) if (hasRaw(c as ElementContent)) return true;
  return false;
}

/**
 * What rehype-raw (parse5) does to a page without raw HTML, done without it: the line feed that starts a `pre`
 * (or `listing`, `textarea`) is dropped, as HTML parsing drops it, when it is the first text reached through the
 * element's first children (a code block whose first line is blank: `<pre><code>\n...`).
 */
function dropLeadingNewlines(tree: HastRoot): HastRoot {
  const visit = (node: HastRoot | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'pre' || child.tagName === 'listing' || child.tagName === 'textarea') {
        let first: ElementContent | undefined = child.children[0];
        while (first?.type === 'element') first = first.children[0];
        if (first?.type === 'text' && first.value.startsWith('\n')) first.value = first.value.slice(1);
      }
      visit(child);
    }
  };
  visit(tree);
  return tree;
}

/** Top-level `<!--issueDescription-->` ... `<!--/issueDescription-->` -> a styled block (a new list). */
function wrapIssueDescription(children: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  let block: RootContent[] | null = null;
  for (const child of children) {
    const value = child.type === 'html' ? child.value.trim() : '';
    if (ISSUE_OPEN.test(value)) {
      block = [];
      continue;
    }
    if (ISSUE_CLOSE.test(value) && block) {
      out.push({
        type: 'blockquote',
        data: { hName: 'aside', hProperties: { className: ['issue-description'] } },
        children: block,
      } as RootContent);
      block = null;
      continue;
    }
    (block ?? out).push(child);
  }
  if (block) out.push(...block);
  return out;
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
        node.children[i] = h('span', { className: ['blade'], title: `Opens the portal blade ${blade}` }, [
          ...child.children,
          h('span', { className: ['blade-name'] }, ` (portal: ${blade.split('.').slice(0, 2).join('.')})`),
        ]);
        continue;
      }
      visit(child);
    }
  };
  visit(tree);
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
/**
 * A JSON value as text: strings as they are, other scalars spelled, objects and arrays as JSON (never their toString).
 */
const text = (v: unknown): string =>
  typeof v === 'string'
    ? v
    : v === null || v === undefined
      ? ''
      : typeof v === 'object'
        ? JSON.stringify(v)
        : String(v);
const orderOf = (e: Record<string, unknown>): number =>
  typeof e.order === 'number' ? e.order : typeof e.order === 'string' ? Number(e.order) : NaN;

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
        const options = (
          Array.isArray(e.dropdownOptions)
            ? e.dropdownOptions
            : Array.isArray(e.radioButtonOptions)
              ? e.radioButtonOptions
              : []
        ).filter(isObject);
        const input =
          control.includes('dropdown') || control.includes('radio')
            ? h(
                'select',
                { disabled: true },
                options.map((o) => h('option', { value: text(o.value) }, text(o.text ?? o.value))),
              )
            : control === 'multilinetextbox'
              ? h('textarea', { disabled: true, rows: 3, placeholder: text(e.watermarkText) })
              : control === 'infoblock' || control === 'textblock'
                ? h('p', text(e.content))
                : h('input', { type: 'text', disabled: true, placeholder: text(e.watermarkText ?? control) });
        // the control is labelled by the question too (a label around it), not by the legend alone
        const labelled =
          input.tagName === 'p'
            ? input
            : h('label', [h('span', { className: ['visually-hidden'] }, label || control || 'Answer'), input]);
        return h('fieldset', [
          h('legend', [label, e.required === true ? h('span', { className: ['required'] }, ' (required)') : '']),
          labelled,
          e.visibility ? h('p', { className: ['visibility'] }, `Shown when: ${text(e.visibility)}`) : '',
        ]);
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
    present.length
      ? h('table', [
          h(
            'tbody',
            present.map(([k, v]) => h('tr', [h('th', k), h('td', String(v))])),
          ),
        ])
      : h('p', 'This article carries structured data for the portal.'),
  ]);
}

/** The text of the first descendant named `name`, trimmed ('' when none). */
function textOf(node: Element, name: string): string {
  let found = '';
  const visit = (n: Element) => {
    for (const c of n.children) {
      if (found || c.type !== 'element') continue;
      if (c.tagName === name) found = hastText(c).trim();
      else visit(c);
    }
  };
  visit(node);
  return found;
}

function hastText(n: ElementContent | Element): string {
  if (n.type === 'text') return n.value;
  return n.type === 'element' ? n.children.map(hastText).join('') : '';
}

/**
 * Apollo's components, which the portal fills at run time, as readable static content: a video's title
 * and link, an insight's texts (what the check does, what it says when it finds nothing), a metric
 * chart's title, and where web results would be.
 */
function apolloComponents(tree: HastRoot): void {
  const video = (e: Element): ElementContent => {
    const src = textOf(e, 'src');
    const title = textOf(e, 'title') || src || 'Video';
    return h('p', { className: ['video'] }, [
      'Video: ',
      /^https?:\/\//i.test(src) ? h('a', { href: src }, title) : title,
    ]);
  };
  const convert = (e: Element): ElementContent | ElementContent[] | undefined => {
    switch (e.tagName) {
      case 'video':
        return video(e);
      case 'videogroup':
        return h(
          'div',
          { className: ['videos'] },
          e.children.flatMap((c) => (c.type === 'element' && c.tagName === 'video' ? [video(c)] : [])),
        );
      case 'insight': {
        const running = textOf(e, 'executiontext');
        const none = textOf(e, 'noresulttext');
        const id = textOf(e, 'symptomid');
        return h('aside', { className: ['insight'] }, [
          h('p', [
            h('strong', 'Diagnostic check'),
            id ? [' (', h('code', id), ')'] : '',
            running ? `: ${running}` : '',
          ]),
          none ? h('p', `When it finds nothing: ${none}`) : '',
        ]);
      }
      case 'metric': {
        const title = textOf(e, 'title') || textOf(e, 'name') || 'a metric';
        const details = [textOf(e, 'name'), textOf(e, 'aggregationtype'), textOf(e, 'timespanduration')]
          .filter(Boolean)
          .join(', ');
        return h('p', { className: ['metric'] }, [
          h('strong', 'Chart: '),
          title,
          details && details !== title ? ` (${details})` : '',
        ]);
      }
      case 'azurekb':
        return h('p', { className: ['web-results'] }, 'The portal shows relevant results from the web here.');
      default:
        return undefined;
    }
  };
  const visit = (node: HastRoot | Element) => {
    const children = node.children as ElementContent[];
    node.children = children.flatMap((c): ElementContent[] => {
      if (c.type !== 'element') return [c];
      const out = convert(c);
      if (out) return Array.isArray(out) ? out : [out];
      visit(c);
      return [c];
    });
  };
  visit(tree);
}

/** Media an article may show from its own folder (SVG is left out: opened as a page, it can run script). */
const MEDIA = /\.(png|jpe?g|gif|webp|bmp|ico|mp4|webm|mp3|pdf)$/i;
const slugger = new GithubSlugger();

/**
 * Relative links to other articles (`x.md`, `../svc/x.md#Some heading`) become links to their pages
 * (the anchor as rehype-slug makes heading ids), and relative `src`/`href` to local media become links to
 * the media's place in the site. Each is numbered (class `link-N`) and listed, for the site to check.
 */
function localLinks(tree: HastRoot, file: string): LocalLink[] {
  const links: LocalLink[] = [];
  const page = pagePath(file);
  const from = path.posix.dirname(page);
  const folder = path.posix.dirname(file);
  const visit = (node: HastRoot | Element) => {
    for (const c of node.children) {
      if (c.type !== 'element') continue;
      visit(c);
      const attr = c.tagName === 'a' ? 'href' : c.tagName === 'img' ? 'src' : '';
      const value = attr ? c.properties?.[attr] : undefined;
      if (typeof value !== 'string') continue;
      if (c.tagName === 'a' && value.startsWith('#')) {
        c.properties.href = `#${anchor(value.slice(1))}`;
        continue;
      }
      // relative: no scheme, not from the host's root, not a Windows drive path
      const url = value.trim().replace(/\\/g, '/');
      if (!url || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('/')) continue;
      const [rawPath, ...hash] = url.split('#');
      let decoded: string;
      try {
        decoded = decodeURIComponent(rawPath.split('?')[0]);
      } catch {
        continue;
      }
      const target = path.posix.normalize(path.posix.join(folder, decoded));
      const at = c.position?.start ?? { line: 1, column: 1 };
      const n = links.length;
      const mark = () => {
        const classes = Array.isArray(c.properties.className) ? c.properties.className : [];
        c.properties.className = [...classes, `link-${n}`];
      };
      if (c.tagName === 'a' && /\.md$/i.test(target)) {
        const to = path.posix.relative(from, pagePath(target)) || path.posix.basename(page);
        c.properties.href = to + (hash.length ? `#${anchor(hash.join('#'))}` : '');
        c.properties.className = ['article-link'];
        mark();
        links.push([at.line, at.column, target, n, 'article']);
      } else if (MEDIA.test(target)) {
        c.properties[attr] = path.posix.relative(from, mediaPath(target));
        mark();
        links.push([at.line, at.column, target, n, 'media']);
      }
    }
  };
  visit(tree);
  return links;
}

/** An anchor as the id rehype-slug gives the heading it names. */
function anchor(text: string): string {
  let decoded = text;
  try {
    decoded = decodeURIComponent(text);
  } catch {
    /* kept as written */
  }
  slugger.reset();
  return slugger.slug(decoded);
}
