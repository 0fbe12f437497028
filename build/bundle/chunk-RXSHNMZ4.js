import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  defineRule,
  rule_default
} from "./chunk-FIOTYFPC.js";
import {
  toString
} from "./chunk-HUB6SNEQ.js";
import {
  didYouMean
} from "./chunk-DOPRFVHJ.js";

// build/src/rules/article-id-format/rule.js
var GUID_SHAPE = /^[0-9a-z]{8}(-[0-9a-z]{4}){3}-[0-9a-z]{12}(_\w+)?$/i;
var GUID = /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}(_\w+)?$/i;
var rule_default2 = defineRule({
  id: "article-id-format",
  description: "`articleId` is a real GUID when it looks like one, with no braces or `.md` suffix",
  rationale: "Ids are permanent keys: a GUID-shaped id with non-hex characters (`75vc4298-...`) was typed by hand and breaks tools that parse GUIDs; braces and a file extension are copy-paste leftovers. Slug ids are accepted (many real articles use them).",
  severity: "warning",
  fixable: false,
  tags: ["metadata"],
  check({ meta, report }) {
    const id = meta.values.get("articleId");
    if (!id || !id.value)
      return;
    const a = id.attribute;
    const v = id.value;
    let message;
    if (GUID_SHAPE.test(v) && !GUID.test(v)) {
      const bad = [...v.replace(/_\w+$/, "")].filter((c) => /[g-z]/i.test(c));
      message = `articleId "${v}" looks like a GUID but holds non-hex characters (${[...new Set(bad)].join(", ")}); generate a new GUID`;
    } else if (/^\{.*\}$/.test(v))
      message = `articleId "${v}" is wrapped in braces; remove them`;
    else if (/\.md$/i.test(v))
      message = `articleId "${v}" ends in \`.md\`; an id is not a file name`;
    if (message)
      report({ message, start: a.valueStart, end: a.valueEnd });
  }
});

// build/src/rules/attribute-name-casing/rule.js
var rule_default3 = defineRule({
  id: "attribute-name-casing",
  description: "Attribute names use their canonical camelCase spelling (`articleId`, not `articleid`)",
  rationale: "The portal matches names ignoring case, so this is style, not a defect: one spelling keeps articles greppable and diffs quiet. The fix rewrites the name in place.",
  severity: "info",
  fixable: true,
  tags: ["metadata", "style"],
  check({ meta, report }) {
    for (const v of meta.values.values()) {
      const a = v.attribute;
      if (a.name !== v.canonical) {
        report({
          message: `Write \`${v.canonical}\`, not \`${a.name}\``,
          start: a.nameStart,
          end: a.nameEnd,
          fix: { range: [a.nameStart, a.nameEnd], text: v.canonical }
        });
      }
    }
  }
});

// build/src/rules/bold-recommended-sections/rule.js
var SECTION = /^recommended\s+(steps?|documents?|docs)$/i;
var CANONICAL = { steps: "Recommended Steps", documents: "Recommended Documents" };
function sectionOf(text) {
  const plain = text.replace(/^#+/, "").replace(/[*_:#]/g, " ").replace(/\s+/g, " ").trim();
  const m = SECTION.exec(plain);
  if (!m)
    return void 0;
  return /^step/i.test(m[1]) ? CANONICAL.steps : CANONICAL.documents;
}
var rule_default4 = defineRule({
  id: "bold-recommended-sections",
  description: "The sections `## **Recommended Steps**` and `## **Recommended Documents**` are bold H2s, written exactly so",
  rationale: 'The portal finds these two sections by their exact markdown (the templates say "must be bold H2s, entered exactly as shown"); a plain H2, an H3, a bold paragraph or another casing is shown as ordinary text.',
  severity: "warning",
  fixable: true,
  tags: ["structure"],
  check({ article, meta, nodes, report }) {
    if (meta.overlay && !meta.overlay.structure.sections)
      return;
    const { text } = article;
    const candidates = [...nodes("heading"), ...nodes("paragraph")];
    for (const node of candidates) {
      const s = node.position.start.offset;
      const e = node.position.end.offset;
      const source = text.slice(s, e);
      if (source.includes("\n") || source.length > 60)
        continue;
      const section = sectionOf(node.type === "paragraph" ? source : toString(node));
      if (!section)
        continue;
      if (node.type === "paragraph" && !/^(#|\*\*|__)/.test(source.trim()))
        continue;
      const wanted = `## **${section}**`;
      if (source.trimEnd() === wanted)
        continue;
      report({
        message: `Write this section heading exactly as \`${wanted}\``,
        start: s,
        end: e,
        fix: { range: [s, e], text: wanted }
      });
    }
  }
});

// build/src/rules/payload.js
function jsonNodeAt(document, segments) {
  let node = document.body;
  for (const key of segments) {
    if (node.type === "Object") {
      const member2 = node.members.find((m) => m.name.type === "String" && m.name.value === key);
      if (!member2)
        return node;
      node = member2.value;
    } else if (node.type === "Array") {
      const element = node.elements[Number(key)];
      if (!element)
        return node;
      node = element.value;
    } else
      return node;
  }
  return node;
}
function member(node, key) {
  return node.type === "Object" ? node.members.find((m) => m.name.type === "String" && m.name.value === key) : void 0;
}
function span(payload, node) {
  return { start: payload.jsonStart + node.loc.start.offset, end: payload.jsonStart + node.loc.end.offset };
}
function formElements(payload) {
  const body = payload?.document?.body;
  if (!body)
    return [];
  const list = member(body, "formElements")?.value;
  if (!list || list.type !== "Array")
    return [];
  const out = [];
  list.elements.forEach((el, index) => {
    if (el.value.type !== "Object")
      return;
    const node = el.value;
    const id = member(node, "id")?.value;
    const visibility = member(node, "visibility")?.value;
    const options = [];
    const dropdown = (member(node, "dropdownOptions") ?? member(node, "radioButtonOptions"))?.value;
    if (dropdown?.type === "Array") {
      for (const o of dropdown.elements) {
        const v = member(o.value, "value")?.value;
        if (v && (v.type === "String" || v.type === "Number" || v.type === "Boolean"))
          options.push({ value: v.value, node: v });
      }
    }
    out.push({
      index,
      node,
      id: id?.type === "String" ? { value: id.value, node: id } : void 0,
      visibility: visibility?.type === "String" ? { value: visibility.value, node: visibility } : void 0,
      options
    });
  });
  return out;
}

// build/src/rules/form-unique-dropdown-values/rule.js
var rule_default5 = defineRule({
  id: "form-unique-dropdown-values",
  description: "The options of one dropdown have distinct `value`s",
  rationale: "Visibility expressions and answers compare option values: two options with one value cannot be told apart.",
  severity: "warning",
  fixable: false,
  tags: ["payload", "form"],
  check({ article, report }) {
    for (const el of formElements(article.payload)) {
      const seen = /* @__PURE__ */ new Map();
      for (const o of el.options) {
        const key = String(o.value);
        const where = span(article.payload, o.node);
        const line = seen.get(key);
        if (line !== void 0)
          report({ message: `Option value "${key}" is already used in this dropdown (line ${line})`, ...where });
        else
          seen.set(key, article.lines.point(where.start).line);
      }
    }
  }
});

// build/src/rules/form-unique-ids/rule.js
var rule_default6 = defineRule({
  id: "form-unique-ids",
  description: "In a problem-scoping form, every element `id` is unique and has no spaces",
  rationale: "Answers are stored by element id and `visibility` expressions refer to ids: two elements with one id overwrite each other, and an id with a space cannot be referred to.",
  severity: "error",
  fixable: false,
  tags: ["payload", "form"],
  check({ article, report }) {
    const seen = /* @__PURE__ */ new Map();
    for (const el of formElements(article.payload)) {
      if (!el.id)
        continue;
      const where = span(article.payload, el.id.node);
      const line = seen.get(el.id.value);
      if (line !== void 0)
        report({ message: `Element id "${el.id.value}" is already used on line ${line}`, ...where });
      else
        seen.set(el.id.value, article.lines.point(where.start).line);
      if (/\s/.test(el.id.value))
        report({ message: `Element id "${el.id.value}" contains whitespace; visibility expressions cannot refer to it`, ...where });
    }
  }
});

// build/src/rules/form-visibility-references/rule.js
var COMPARISON = /([^\s()&|=!][^()&|=!]*?)\s*(==|!=)\s*([^()&|]*)/g;
var rule_default7 = defineRule({
  id: "form-visibility-references",
  description: "Form `visibility` expressions refer to element ids that exist in the form",
  rationale: "An element whose visibility names a missing id (a typo, a renamed element) is never shown, or always shown: the question silently disappears from the form.",
  severity: "error",
  fixable: false,
  tags: ["payload", "form"],
  check({ article, report }) {
    const elements = formElements(article.payload);
    const ids = new Set(elements.flatMap((e) => e.id ? [e.id.value] : []));
    for (const el of elements) {
      if (!el.visibility)
        continue;
      const where = span(article.payload, el.visibility.node);
      const raw = article.text.slice(where.start + 1, where.end - 1);
      const exact = raw === el.visibility.value;
      for (const m of el.visibility.value.matchAll(COMPARISON)) {
        const ref = m[1].trim();
        if (ids.has(ref) || ref === "null")
          continue;
        const at = exact ? where.start + 1 + m.index + m[0].indexOf(ref) : where.start;
        const guess = didYouMean(ref, ids);
        report({
          message: `Visibility refers to "${ref}", which is not an element id of this form${guess ? `; did you mean "${guess}"?` : ""}`,
          start: at,
          end: exact ? at + ref.length : where.end
        });
      }
    }
  }
});

// build/src/rules/markers.js
var COMMENT = /<!--([\s\S]*?)-->/g;
var cache = /* @__PURE__ */ new WeakMap();
function markers(ctx) {
  const cached = cache.get(ctx.article);
  if (cached)
    return cached;
  const { text } = ctx.article;
  const out = [];
  if (text.includes("<!--")) {
    const code = codeRanges(ctx);
    for (const m of text.matchAll(COMMENT)) {
      const start = m.index ?? 0;
      if (code.some(([s, e]) => start >= s && start < e))
        continue;
      const body = m[1].trim();
      const closing = body.startsWith("/");
      const inner = closing ? body.slice(1).trimStart() : body;
      if (/^issuedescription$/i.test(inner))
        out.push({ kind: "issue", closing, name: inner, start, end: start + m[0].length });
      else if (inner.startsWith("$"))
        out.push({ kind: "token", closing, name: inner.slice(1), start, end: start + m[0].length });
    }
  }
  cache.set(ctx.article, out);
  return out;
}
function codeRanges(ctx) {
  const ranges = [];
  for (const type of ["code", "inlineCode"]) {
    for (const n of ctx.nodes(type)) {
      if (n.position?.start.offset !== void 0 && n.position.end.offset !== void 0)
        ranges.push([n.position.start.offset, n.position.end.offset]);
    }
  }
  return ranges;
}
function issueDescriptionRanges(ctx) {
  const ranges = [];
  let open = null;
  for (const m of markers(ctx)) {
    if (m.kind !== "issue")
      continue;
    if (!m.closing && !open)
      open = m;
    else if (m.closing && open) {
      ranges.push([open.end, m.start]);
      open = null;
    }
  }
  return ranges;
}

// build/src/rules/issue-description-markers/rule.js
var rule_default8 = defineRule({
  id: "issue-description-markers",
  description: "`<!--issueDescription-->` and `<!--/issueDescription-->` come in balanced, un-nested pairs, at most one block per article",
  rationale: "Diagnostics insights show the text between the markers as the issue description: an opening marker written as a closing one, or a block never closed, shows the wrong text or none.",
  severity: "error",
  fixable: false,
  tags: ["structure", "diagnostics"],
  check(ctx) {
    const { report } = ctx;
    let open = null;
    let blocks = 0;
    for (const m of markers(ctx)) {
      if (m.kind !== "issue")
        continue;
      if (m.name !== "issueDescription") {
        report({ message: `Write the marker as \`<!--${m.closing ? "/" : ""}issueDescription-->\``, start: m.start, end: m.end });
      }
      if (!m.closing) {
        if (open)
          report({ message: "An issueDescription block opens inside another; close the first one before", start: m.start, end: m.end });
        else {
          open = m;
          blocks++;
          if (blocks === 2)
            report({ message: "A second issueDescription block; an article has one", start: m.start, end: m.end });
        }
      } else if (!open) {
        report({ message: "This closing marker has no opening `<!--issueDescription-->` before it", start: m.start, end: m.end });
      } else
        open = null;
    }
    if (open)
      report({ message: "This issueDescription block is never closed with `<!--/issueDescription-->`", start: open.start, end: open.end });
  }
});

// build/src/rules/max-list-depth/rule.js
var rule_default9 = defineRule({
  id: "max-list-depth",
  description: "Lists are nested at most two levels deep",
  rationale: "The templates allow two levels of bullets; deeper lists are flattened or mis-indented by the portal's renderer and are hard to follow.",
  severity: "warning",
  fixable: false,
  tags: ["structure"],
  options: { type: "object", properties: { max: { type: "integer", minimum: 1 } }, additionalProperties: false },
  defaultOptions: { max: 2 },
  check({ nodes, ancestors, report, options }) {
    const max = options.max;
    for (const list of nodes("list")) {
      const depth = ancestors(list).filter((a) => a.type === "list").length + 1;
      if (depth === max + 1) {
        report({ message: `This list is nested ${depth} levels deep; at most ${max} levels are allowed`, node: list.children[0] ?? list, end: list.children[0]?.position?.start.offset });
      }
    }
  }
});

// build/src/rules/links.js
var cache2 = /* @__PURE__ */ new WeakMap();
var HTML_ATTR = /\b(?:href|src)\s*=\s*(["'])(.*?)\1/gi;
var BARE_URL = /\bhttps?:\/\/[^\s<>()"'\]]+/gi;
function linkTargets(ctx) {
  const cached = cache2.get(ctx.article);
  if (cached)
    return cached;
  const { text } = ctx.article;
  const out = [];
  for (const type of ["link", "image", "definition"]) {
    for (const node of ctx.nodes(type)) {
      const s = node.position?.start.offset;
      const e = node.position?.end.offset;
      if (s === void 0 || e === void 0)
        continue;
      const source = text.slice(s, e);
      const at = locateUrl(source, node.url, type === "definition");
      out.push({ url: node.url, start: s + at.start, end: s + at.end, kind: type, node });
    }
  }
  for (const node of ctx.nodes("html")) {
    const s = node.position?.start.offset;
    if (s === void 0)
      continue;
    for (const m of node.value.matchAll(HTML_ATTR)) {
      const start = s + (m.index ?? 0) + m[0].indexOf(m[1]) + 1;
      out.push({ url: m[2], start, end: start + m[2].length, kind: "html", node });
    }
  }
  for (const node of ctx.nodes("text")) {
    const s = node.position?.start.offset;
    const e = node.position?.end.offset;
    if (s === void 0 || e === void 0 || !/https?:\/\//i.test(node.value))
      continue;
    const source = text.slice(s, e);
    for (const m of source.matchAll(BARE_URL)) {
      const url = m[0].replace(/[.,;:!?*_]+$/, "");
      out.push({ url, start: s + (m.index ?? 0), end: s + (m.index ?? 0) + url.length, kind: "bare", node });
    }
  }
  out.sort((a, b) => a.start - b.start);
  cache2.set(ctx.article, out);
  return out;
}
function locateUrl(source, url, definition) {
  const opener = definition ? source.indexOf("]:") : source.lastIndexOf("](");
  if (opener !== -1) {
    let p = opener + 2;
    while (p < source.length && /[ \t\r\n<]/.test(source[p]))
      p++;
    const raw = url === "" ? "" : source.slice(p);
    let end = p;
    if (raw) {
      const idx = source.indexOf(url, p);
      if (idx === p)
        end = p + url.length;
      else {
        while (end < source.length && !/[\s)>]/.test(source[end]))
          end++;
      }
    }
    return { start: p, end };
  }
  return { start: 0, end: source.length };
}
function hostOf(url) {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i.exec(url.trim());
  return m ? m[1].toLowerCase() : null;
}
function isMicrosoftHost(host) {
  return /(^|\.)(microsoft\.com|azure\.com|azure\.net|aka\.ms|msdn\.com|technet\.com|windows\.net|visualstudio\.com|office\.com|live\.com|bing\.com|microsoftonline\.com|azure\.cn)$/.test(host);
}

// build/src/rules/no-aka-ms-links/rule.js
var rule_default10 = defineRule({
  id: "no-aka-ms-links",
  description: "No `aka.ms` short links",
  rationale: "Short links hide where they go, cannot be checked, and may be retargeted by anyone who owns them; the templates ask for the full URL.",
  severity: "warning",
  fixable: false,
  tags: ["links"],
  check(ctx) {
    for (const t of linkTargets(ctx)) {
      if (hostOf(t.url) === "aka.ms")
        ctx.report({ message: `Replace the aka.ms short link \`${t.url}\` with the full URL of the page it points to`, start: t.start, end: t.end });
    }
  }
});

// build/src/rules/no-duplicate-attributes/rule.js
var rule_default11 = defineRule({
  id: "no-duplicate-attributes",
  description: "An attribute appears at most once in the properties block (names compared ignoring case)",
  rationale: "With two values for one attribute, which one the portal uses is undefined; the author meant one of them.",
  severity: "error",
  fixable: false,
  tags: ["metadata"],
  check({ article, report }) {
    const first = /* @__PURE__ */ new Map();
    for (const a of article.properties?.attributes ?? []) {
      const key = a.name.toLowerCase();
      const seen = first.get(key);
      if (seen) {
        report({
          message: `\`${a.name}\` is given twice; the first is on line ${seen.line}`,
          start: a.nameStart,
          end: a.nameEnd,
          related: [{ file: article.file, ...seen, message: "first given here" }]
        });
      } else
        first.set(key, article.lines.point(a.nameStart));
    }
  }
});

// build/src/rules/no-empty-link-targets/rule.js
var rule_default12 = defineRule({
  id: "no-empty-link-targets",
  description: "Links have a target: not empty, not `#`, not a bare `https://` placeholder",
  rationale: "An empty or placeholder target is a link the author meant to fill in; readers get a dead link.",
  severity: "error",
  fixable: false,
  tags: ["links"],
  check(ctx) {
    for (const t of linkTargets(ctx)) {
      if (t.kind === "bare")
        continue;
      const url = t.url.trim();
      if (url === "" || url === "#" || /^https?:\/*$/i.test(url) || /^<.*>$/.test(url)) {
        const source = ctx.article.text.slice(t.node.position.start.offset, t.node.position.end.offset);
        ctx.report({ message: `This link has no target${url ? ` (\`${url}\` is a placeholder)` : ""}: \`${source.length > 60 ? `${source.slice(0, 57)}...` : source}\``, node: t.node });
      }
    }
  }
});

// build/src/rules/no-formatting-in-issue-description/rule.js
var WHAT = { link: "a link", strong: "bold text", emphasis: "italic text", image: "an image" };
var rule_default13 = defineRule({
  id: "no-formatting-in-issue-description",
  description: "No links, bold or italics inside `<!--issueDescription-->`",
  rationale: "The issue description is shown as plain text (template notes): markdown inside it appears as raw asterisks and brackets.",
  severity: "warning",
  fixable: false,
  tags: ["structure", "diagnostics"],
  check(ctx) {
    const ranges = issueDescriptionRanges(ctx);
    if (!ranges.length)
      return;
    for (const type of ["link", "strong", "emphasis", "image"]) {
      for (const node of ctx.nodes(type)) {
        const s = node.position.start.offset;
        if (ranges.some(([a, b]) => s >= a && s < b)) {
          ctx.report({ message: `The issue description is plain text; remove ${WHAT[type]}`, node });
        }
      }
    }
  }
});

// build/src/rules/no-http-microsoft-links/rule.js
var rule_default14 = defineRule({
  id: "no-http-microsoft-links",
  description: "Links to Microsoft sites use `https://`",
  rationale: "Every Microsoft docs and portal host serves https; an `http://` link costs a redirect and is flagged as insecure by browsers and scanners.",
  severity: "warning",
  fixable: true,
  tags: ["links"],
  check(ctx) {
    for (const t of linkTargets(ctx)) {
      if (!/^http:\/\//i.test(t.url))
        continue;
      const host = hostOf(t.url);
      if (!host || !isMicrosoftHost(host))
        continue;
      ctx.report({ message: `Use \`https://\` for ${host}`, start: t.start, end: t.end, fix: { range: [t.start, t.start + "http".length], text: "https" } });
    }
  }
});

// build/src/rules/no-locale-in-docs-links/rule.js
var LOCALE = /^(https?:\/\/[^/]+)\/([a-z]{2}-[a-z]{2,4})(?=\/|$)/i;
var DOCS = /(^|\.)(learn\.microsoft\.com|docs\.microsoft\.com|azure\.microsoft\.com|support\.microsoft\.com|technet\.microsoft\.com|msdn\.microsoft\.com|microsoft\.com)$/;
var rule_default15 = defineRule({
  id: "no-locale-in-docs-links",
  description: "Docs links must not pin a locale such as `/en-us/`",
  rationale: "The docs site picks the reader's language; a pinned `/en-us/` sends every reader to English (TPS guide and templates). Articles published only to Mooncake are exempt: there the locale is deliberate.",
  severity: "warning",
  fixable: true,
  tags: ["links"],
  check(ctx) {
    const clouds = ctx.meta.object.cloudEnvironments ?? [];
    if (clouds.length === 1 && clouds[0] === "mooncake")
      return;
    for (const t of linkTargets(ctx)) {
      const host = hostOf(t.url);
      if (!host || !DOCS.test(host))
        continue;
      const m = LOCALE.exec(t.url);
      if (!m)
        continue;
      const at = t.start + m[1].length;
      ctx.report({
        message: `Remove \`/${m[2]}\` from this docs link; the site picks the reader's locale`,
        start: at,
        end: at + m[2].length + 1,
        fix: { range: [at, at + m[2].length + 1], text: "" }
      });
    }
  }
});

// build/src/rules/no-missing-local-targets/rule.js
var SCHEME = /^[a-z][a-z0-9+.-]*:/i;
var BLADE_ID = /^Microsoft_[A-Za-z]\w*\./;
var rule_default16 = defineRule({
  id: "no-missing-local-targets",
  description: "Relative links and images point at files that exist; no absolute local paths",
  rationale: "A relative target is published beside the article only if the file is there: a missing screenshot or a Windows path such as `C:\\Users\\...` or `Screenshots\\x.png` is a broken image for every reader.",
  severity: "error",
  fixable: false,
  tags: ["links"],
  check(ctx) {
    for (const t of linkTargets(ctx)) {
      if (t.kind === "bare" || t.kind === "definition")
        continue;
      const url = t.url.trim();
      if (!url || url.startsWith("#") || url.startsWith("//") || url.startsWith("/") || BLADE_ID.test(url))
        continue;
      if (/^[a-z]:[\\/]/i.test(url)) {
        ctx.report({ message: `\`${url}\` is a path on the author's machine; add the file beside the article and link it relatively`, start: t.start, end: t.end });
        continue;
      }
      if (SCHEME.test(url) || /^(www\.|aka\.ms\/)/i.test(url))
        continue;
      const file = url.split(/[?#]/)[0];
      let decoded = file;
      try {
        decoded = decodeURI(file);
      } catch {
      }
      if (decoded.includes("\\")) {
        const slashed = decoded.replace(/\\/g, "/");
        const hint = ctx.exists(slashed) ? `; write \`${slashed}\`` : "";
        ctx.report({ message: `\`${url}\` uses backslashes; links use forward slashes${hint}`, start: t.start, end: t.end });
        continue;
      }
      if (!ctx.exists(decoded)) {
        const what = t.kind === "image" ? "Image" : "Link target";
        ctx.report({ message: `${what} \`${url}\` does not exist next to this article`, start: t.start, end: t.end });
      }
    }
  }
});

// build/src/rules/no-note-tags/rule.js
var TAG = /\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]|\[AZURE\.(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]/gi;
var rule_default17 = defineRule({
  id: "no-note-tags",
  description: "No `[!NOTE]`-style alert tags",
  rationale: 'docs.microsoft.com alert syntax does not work in the portal (template notes): the tag shows literally. Write "Note:" in bold instead.',
  severity: "warning",
  fixable: false,
  tags: ["structure"],
  check({ article, nodes, report }) {
    for (const t of nodes("text")) {
      if (!t.value.includes("["))
        continue;
      const s = t.position.start.offset;
      const source = article.text.slice(s, t.position.end.offset);
      for (const m of source.matchAll(TAG)) {
        const at = s + m.index;
        report({ message: `\`${m[0]}\` does not render in the portal; write **Note:** instead`, start: at, end: at + m[0].length });
      }
    }
  }
});

// build/src/rules/no-review-docs-links/rule.js
var rule_default18 = defineRule({
  id: "no-review-docs-links",
  description: "No links to the docs review (staging) sites",
  rationale: "`review.docs.microsoft.com` and `review.learn.microsoft.com` are internal previews: customers cannot open them.",
  severity: "error",
  fixable: true,
  tags: ["links"],
  check(ctx) {
    for (const t of linkTargets(ctx)) {
      const host = hostOf(t.url);
      if (host && /^review\.(docs|learn)\.microsoft\.com$/.test(host)) {
        const publicHost = host.replace(/^review\./, "");
        const url = new URL(t.url);
        url.hostname = publicHost;
        url.searchParams.delete("branch");
        ctx.report({
          message: `\`${host}\` is an internal preview site; link to \`${publicHost}\``,
          start: t.start,
          end: t.end,
          fix: { range: [t.start, t.end], text: url.href }
        });
      }
    }
  }
});

// build/src/rules/no-tables/rule.js
var DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*\r?$/m;
var rule_default19 = defineRule({
  id: "no-tables",
  description: "No tables (pipe tables or HTML `<table>`)",
  rationale: `The portal's renderer does not support tables (the templates say "tables do not work"): they show as rows of pipes. Use a list.`,
  severity: "warning",
  fixable: false,
  tags: ["structure"],
  check({ article, nodes, report }) {
    for (const p of nodes("paragraph")) {
      const s = p.position.start.offset;
      const source = article.text.slice(s, p.position.end.offset);
      if (source.includes("|") && DELIMITER_ROW.test(source))
        report({ message: "Tables do not render in the portal; use a list instead", node: p });
    }
    for (const h of nodes("html")) {
      if (/<table[\s>]/i.test(h.value))
        report({ message: "Tables do not render in the portal; use a list instead", node: h });
    }
  }
});

// build/src/rules/no-unknown-attributes/rule.js
var rule_default20 = defineRule({
  id: "no-unknown-attributes",
  description: "Every attribute is one the schema knows; misspellings get a suggestion",
  rationale: "An attribute the portal does not know is ignored: `supportToicIds` publishes an article with no support topics. Names are matched ignoring case, so only real misspellings and junk names fire.",
  severity: "warning",
  fixable: true,
  tags: ["metadata"],
  check({ meta, catalog, report }) {
    const names = [...catalog.canonical.values()];
    for (const a of meta.unknown) {
      const guess = didYouMean(a.name, names);
      const fix = guess && !meta.values.has(guess) ? { range: [a.nameStart, a.nameEnd], text: guess } : void 0;
      report({
        message: `Unknown attribute \`${a.name}\`${guess ? `; did you mean \`${guess}\`?` : ""}`,
        start: a.nameStart,
        end: a.nameEnd,
        fix
      });
    }
  }
});

// build/src/rules/payload-duplicate-keys/rule.js
var rule_default21 = defineRule({
  id: "payload-duplicate-keys",
  description: "No key appears twice in one JSON object of the payload",
  rationale: "JSON parsers keep the last of two equal keys and drop the first without a word: the author's first value is lost.",
  severity: "warning",
  fixable: false,
  tags: ["payload"],
  check({ article, report }) {
    const payload = article.payload;
    if (!payload?.document)
      return;
    const visit = (node) => {
      if (node.type === "Object") {
        const seen = /* @__PURE__ */ new Map();
        for (const m of node.members) {
          const key = m.name.type === "String" ? m.name.value : m.name.name;
          const first = seen.get(key);
          if (first)
            report({ message: `Key "${key}" appears twice in this object (first on line ${article.lines.point(span(payload, first.name).start).line}); the first value is ignored`, ...span(payload, m.name) });
          else
            seen.set(key, m);
          visit(m.value);
        }
      } else if (node.type === "Array")
        for (const e of node.elements)
          visit(e.value);
    };
    visit(payload.document.body);
  }
});

// build/src/rules/payload-json/rule.js
var rule_default22 = defineRule({
  id: "payload-json",
  description: "Types that carry a JSON payload have one, between `---` lines after the H1, and it is strict JSON",
  rationale: "Problem-scoping forms, advisor metadata and support topic descriptions are read by the portal as JSON: a trailing comma, an unquoted key or a raw line break inside a string drops the whole form. Syntax errors point at the exact character.",
  severity: "error",
  fixable: false,
  tags: ["payload"],
  check({ article, meta, catalog, nodes, report }) {
    const wanted = meta.overlay?.payload;
    if (!wanted?.required || article.payload)
      return;
    const typeName = catalog.typeSpelling.get(meta.type) ?? meta.type;
    const h1 = nodes("heading").find((h) => h.depth === 1);
    const at = article.properties ? article.properties.end : 0;
    report({
      message: `A ${typeName} article needs a JSON payload: \`---\`, then the JSON object, then \`---\`, after the H1`,
      ...h1 ? { node: h1 } : { start: at, end: at }
    });
  }
});

// build/src/rules/payload-schema/rule.js
var rule_default23 = defineRule({
  id: "payload-schema",
  description: "The JSON payload validates against the schema of its type (`schemas/payload/`)",
  rationale: 'The portal reads fixed keys: a form element without `id` or `order`, an unknown `controlType`, or a payload whose `"$schema"` does not match the article\'s type is not shown. Every error points at the JSON value in the article.',
  severity: "error",
  fixable: false,
  tags: ["payload"],
  check({ article, meta, catalog, report }) {
    const payload = article.payload;
    const wanted = meta.overlay?.payload;
    if (!payload?.document || payload.value === void 0 || !wanted)
      return;
    const value = payload.value;
    const marker = member(payload.document.body, "$schema");
    if (typeof value !== "object" || value === null || Array.isArray(value))
      return;
    if (!wanted.$schema.includes(String(value.$schema))) {
      const where = marker ? span(payload, marker.value) : span(payload, payload.document.body);
      report({
        message: marker ? `"$schema" is "${String(value.$schema)}"; a ${meta.type} payload has "$schema": "${wanted.$schema[0]}"` : `The payload has no "$schema"; add "$schema": "${wanted.$schema[0]}"`,
        ...where,
        end: marker ? where.end : where.start + 1
      });
      return;
    }
    const validate = catalog.payloadValidator(wanted.schema);
    if (!validate || validate(value))
      return;
    for (const error of validate.errors ?? []) {
      if (error.keyword === "if" || error.keyword === "anyOf")
        continue;
      const segments = error.instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
      const node = jsonNodeAt(payload.document, segments);
      const where = span(payload, node);
      report({ message: describe(error, segments), start: where.start, end: node.type === "Object" || node.type === "Array" ? where.start + 1 : where.end });
    }
  }
});
function describe(error, segments) {
  const path = segments.length ? segments.map((s) => /^\d+$/.test(s) ? `[${s}]` : `.${s}`).join("").replace(/^\./, "") : "The payload";
  const p = error.params;
  switch (error.keyword) {
    case "required":
      return `${path === "The payload" ? path : `\`${path}\``} has no \`${p.missingProperty}\``;
    case "enum": {
      const guess = didYouMean(String(error.data), p.allowedValues);
      return `\`${path}\` is "${String(error.data)}"; ${guess ? `did you mean "${guess}"?` : `expected one of ${p.allowedValues.join(", ")}`}`;
    }
    case "type":
      return `\`${path}\` must be ${p.type === "array" || p.type === "object" || p.type === "integer" ? `an ${p.type}` : `a ${String(p.type).replace(/,/g, " or ")}`}, not ${JSON.stringify(error.data)}`;
    default:
      return `\`${path}\` ${error.message}`;
  }
}

// build/src/rules/recommended-attributes/rule.js
var rule_default24 = defineRule({
  id: "recommended-attributes",
  description: "Attributes the article's selfHelpType should have (such as `description`) are present and non-empty",
  rationale: "Each type overlay in `schemas/types/` lists attributes that articles of that type nearly always carry; a missing one (usually `description`, used in search results) makes the article harder to find.",
  severity: "warning",
  fixable: false,
  tags: ["metadata", "schema"],
  check({ issues, report }) {
    for (const i of issues)
      if (i.kind === "recommended")
        report({ message: i.message, start: i.start, end: i.end });
  }
});

// build/src/rules/replacement-tokens/rule.js
var NAME = /^[A-Za-z_][\w.]*$/;
var rule_default25 = defineRule({
  id: "replacement-tokens",
  description: "Replacement tokens `<!--$Name-->default<!--/$Name-->` are well formed, balanced and properly nested",
  rationale: "The portal replaces each token with a value from the diagnostic: a name with a space, a closing marker with other casing or a token never closed leaves the raw default text, or swallows the rest of the article.",
  severity: "error",
  fixable: false,
  tags: ["structure", "diagnostics"],
  check(ctx) {
    const stack = [];
    for (const m of markers(ctx)) {
      if (m.kind !== "token")
        continue;
      if (!NAME.test(m.name)) {
        const clean = m.name.replace(/\s+/g, "");
        ctx.report({
          message: `Token name \`$${m.name}\` is not a name (letters, digits, \`_\`, \`.\`)${clean && NAME.test(clean) ? `; write \`$${clean}\`` : ""}`,
          start: m.start,
          end: m.end
        });
      }
      const name = m.name.replace(/\s+/g, "");
      if (!m.closing) {
        stack.push({ ...m, name });
        continue;
      }
      const index = stack.map((s) => s.name.toLowerCase()).lastIndexOf(name.toLowerCase());
      if (index === -1) {
        ctx.report({ message: `Closing token \`<!--/$${m.name}-->\` has no opening \`<!--$${m.name}-->\``, start: m.start, end: m.end });
        continue;
      }
      const opener = stack[index];
      if (index !== stack.length - 1) {
        const inner = stack[stack.length - 1];
        ctx.report({ message: `Token \`$${inner.name}\` is still open when \`$${opener.name}\` closes; close tokens in reverse order`, start: m.start, end: m.end });
      }
      if (opener.name !== name) {
        ctx.report({ message: `Closing token \`$${name}\` does not match the opening \`$${opener.name}\` (case differs)`, start: m.start, end: m.end });
      }
      stack.splice(index);
    }
    for (const m of stack)
      ctx.report({ message: `Token \`<!--$${m.name}-->\` is never closed with \`<!--/$${m.name}-->\``, start: m.start, end: m.end });
  }
});

// build/src/rules/required-attributes/rule.js
var rule_default26 = defineRule({
  id: "required-attributes",
  description: "Attributes required by the base schema or the article's selfHelpType must be present and non-empty",
  rationale: "The portal routes, filters and shows articles by these attributes: an article without `articleId`, `selfHelpType`, `cloudEnvironments` or its type's required ids is not published or shown where it should be. An empty value counts as missing.",
  severity: "error",
  fixable: false,
  tags: ["metadata", "schema"],
  check({ issues, report }) {
    for (const i of issues)
      if (i.kind === "required")
        report({ message: i.message, start: i.start, end: i.end });
  }
});

// build/src/rules/single-h1/rule.js
var rule_default27 = defineRule({
  id: "single-h1",
  description: "The article has exactly one H1 heading",
  rationale: "Every template starts the body with one H1; the portal uses it as the article's heading in search and in the bundle. A second H1 is usually a section written at the wrong level.",
  severity: "error",
  fixable: false,
  tags: ["structure"],
  check({ article, meta, nodes, report }) {
    if (meta.overlay?.structure.h1 === false)
      return;
    const h1s = nodes("heading").filter((h) => h.depth === 1);
    if (h1s.length === 0) {
      const after = article.properties ? article.properties.end : 0;
      const next = article.text.slice(after).search(/\S/);
      const at = next === -1 ? after : after + next;
      report({ message: "No H1 heading: start the body with `# Title`", start: at, end: at });
      return;
    }
    const first = h1s[0].position.start.line;
    for (const h of h1s.slice(1)) {
      report({ message: `A second H1 heading (the first is on line ${first}); use \`##\` or \`###\` for sections`, node: h });
    }
  }
});

// build/src/rules/title-matches-h1/rule.js
var fold = (s) => s.toLowerCase().replace(/[*_`]/g, "").replace(/\s+/g, " ").replace(/[\s.:!?]+$/, "").trim();
var rule_default28 = defineRule({
  id: "title-matches-h1",
  description: "`pageTitle` and the H1 say the same thing (ignoring case, spacing, emphasis and final punctuation)",
  rationale: "The portal shows `pageTitle`, the article shows its H1: when they drift apart, one of them is stale. Types whose H1 is a fixed template sentence (diagnostics, rca, service health, forms...) are skipped by default.",
  severity: "info",
  fixable: false,
  tags: ["metadata", "structure"],
  options: {
    type: "object",
    properties: { types: { type: "array", items: { type: "string" }, description: "selfHelpTypes (lower case) the rule applies to" } },
    additionalProperties: false
  },
  defaultOptions: { types: ["generic", "resource", "tsg_content", "apollo", "tools"] },
  check({ meta, nodes, report, options }) {
    if (!meta.type || !options.types.includes(meta.type))
      return;
    const title = meta.values.get("pageTitle");
    const h1 = nodes("heading").find((h) => h.depth === 1);
    if (!title || !title.value || !h1)
      return;
    const heading = toString(h1);
    if (fold(heading) !== fold(title.value)) {
      report({
        message: `\`pageTitle\` "${title.value}" differs from the H1 "${heading.trim()}"`,
        start: title.attribute.valueStart,
        end: title.attribute.valueEnd
      });
    }
  }
});

// build/src/rules/unique-article-id/rule.js
var rule_default29 = defineRule({
  id: "unique-article-id",
  description: "No two articles share an `articleId` (compared ignoring case and surrounding space)",
  rationale: "The portal keys articles by id: of two articles with one id, one is never shown, and which one depends on publishing order.",
  severity: "error",
  fixable: false,
  tags: ["metadata", "corpus"],
  summarize({ meta, article }) {
    const id = meta.values.get("articleId");
    if (!id || !id.value)
      return void 0;
    const s = article.lines.point(id.attribute.valueStart);
    const e = article.lines.point(id.attribute.valueEnd);
    return { id: id.value, line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
  },
  checkCorpus(entries, report) {
    const byId = /* @__PURE__ */ new Map();
    for (const entry of entries) {
      const key = entry.summary.id.toLowerCase();
      const list = byId.get(key);
      if (list)
        list.push(entry);
      else
        byId.set(key, [entry]);
    }
    for (const group of byId.values()) {
      if (group.length < 2)
        continue;
      for (const entry of group) {
        const others = group.filter((g) => g !== entry);
        report({
          file: entry.file,
          line: entry.summary.line,
          column: entry.summary.column,
          endLine: entry.summary.endLine,
          endColumn: entry.summary.endColumn,
          message: `articleId "${entry.summary.id}" is also used by ${others.map((o) => o.file).join(", ")}`,
          related: others.map((o) => ({ file: o.file, line: o.summary.line, column: o.summary.column, message: "same articleId" }))
        });
      }
    }
  }
});

// build/src/rules/valid-attribute-values/rule.js
var rule_default30 = defineRule({
  id: "valid-attribute-values",
  description: "Attribute values match their schema: id lists, the cloud and selfHelpType vocabularies, numbers",
  rationale: "Values that do not match the schema (a support topic id with a letter in it, an unknown cloud, a misspelt selfHelpType) are silently dropped by the portal. Case and spacing do not matter; the content itself does.",
  severity: "error",
  fixable: false,
  tags: ["metadata", "schema"],
  check({ issues, report }) {
    for (const i of issues)
      if (i.kind === "value")
        report({ message: i.message, start: i.start, end: i.end });
  }
});

// build/src/rules/valid-blade-links/rule.js
var VALID = /^(button-)?data-blade:[A-Za-z][\w-]*\.[A-Za-z][\w-]*(\.[^\s]*)?$/;
var TYPO = /^(data[\s_]?blade|datablade|data-blade\s*[;=]|Data-Blade)\s*:?/i;
var BARE_BLADE = /^Microsoft_[A-Za-z]\w*\.[A-Za-z]\w*(Blade|Menu)\b/;
var rule_default31 = defineRule({
  id: "valid-blade-links",
  description: "`data-blade:` links have the form `data-blade:<Extension>.<Blade>[.<param>.<value>...]`",
  rationale: "The portal turns `data-blade:` targets into blade openers. A typo in the scheme (`datablade:`), a blade id without the prefix, or a target without `<Extension>.<Blade>` is a dead link (TPS guide).",
  severity: "error",
  fixable: true,
  tags: ["links"],
  check(ctx) {
    for (const t of linkTargets(ctx)) {
      if (t.kind === "bare")
        continue;
      const url = t.url.trim().split(";data-blade-uri:")[0];
      if (/^(button-)?data-blade:/.test(url)) {
        if (!VALID.test(url))
          ctx.report({ message: `Malformed blade link \`${url}\`: expected \`data-blade:<Extension>.<Blade>\``, start: t.start, end: t.end });
      } else if (TYPO.test(url) && !/^data-context:|^button-data-context:/.test(url)) {
        const prefix = TYPO.exec(url)[0];
        ctx.report({
          message: `Write the blade link scheme as \`data-blade:\`, not \`${prefix}\``,
          start: t.start,
          end: t.end,
          fix: { range: [t.start, t.start + prefix.length], text: "data-blade:" }
        });
      } else if (BARE_BLADE.test(url)) {
        ctx.report({
          message: `\`${url}\` looks like a blade id; write \`data-blade:${url}\``,
          start: t.start,
          end: t.end,
          fix: { range: [t.start, t.start], text: "data-blade:" }
        });
      }
    }
  }
});

// build/src/rules/index.js
var rules = [
  rule_default2,
  rule_default3,
  rule_default4,
  rule_default,
  rule_default5,
  rule_default6,
  rule_default7,
  rule_default8,
  rule_default9,
  rule_default10,
  rule_default11,
  rule_default12,
  rule_default13,
  rule_default14,
  rule_default15,
  rule_default16,
  rule_default17,
  rule_default18,
  rule_default19,
  rule_default20,
  rule_default21,
  rule_default22,
  rule_default23,
  rule_default24,
  rule_default25,
  rule_default26,
  rule_default27,
  rule_default28,
  rule_default29,
  rule_default30,
  rule_default31
];
var parseRules = [
  { id: "parse/unreadable", description: "The file cannot be read", severity: "error", fixable: false },
  { id: "parse/binary", description: "The file is binary, not a markdown article", severity: "error", fixable: false },
  { id: "parse/not-utf8", description: "The file is not valid UTF-8 (the position of the first bad byte is given)", severity: "error", fixable: false },
  { id: "parse/no-properties", description: "The file has no `<properties ... />` block", severity: "error", fixable: false },
  { id: "parse/text-before-properties", description: "Text (or a second byte-order mark) stands before the block; HTML comments and whitespace are allowed", severity: "error", fixable: true },
  { id: "parse/unclosed-properties", description: "The block does not end with `/>`", severity: "error", fixable: true },
  { id: "parse/unclosed-quote", description: "A value's quote is never closed, so it swallows the attributes after it", severity: "error", fixable: false },
  { id: "parse/unquoted-value", description: "A value is not in quotes", severity: "error", fixable: true },
  { id: "parse/missing-value", description: 'An attribute has no `="value"`', severity: "error", fixable: false },
  { id: "parse/stray-character", description: "A stray character between attributes: a zero-width or no-break space, a comma, a doubled quote, a missing space", severity: "error", fixable: true },
  { id: "parse/invalid-properties", description: "Any other syntax error fast-xml-parser finds in the block", severity: "error", fixable: false }
];
function ruleInfos() {
  return [...parseRules, ...rules];
}

export {
  rules,
  parseRules,
  ruleInfos
};
