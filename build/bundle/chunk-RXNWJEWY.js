import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  SPACE,
  cloudSuffix,
  detect,
  dupeKeys,
  hashWord,
  isPerCloudCopy,
  passageSpread,
  perCloudGroups,
  reportable,
  resultOf,
  selectFocused,
  sequenceHash,
  shingles,
  signature,
  signatureK
} from "./chunk-UL6VRVRT.js";
import {
  BananaSlug,
  toString
} from "./chunk-R33AW5XD.js";
import {
  didYouMean,
  replaceHtmlComments,
  trimEndOf
} from "./chunk-PA5VV2XA.js";

// build/src/dupes/text.js
var WORD_CHAR = /[\p{L}\p{N}]/u;
function isWordChar(code, text, i) {
  if (code < 128)
    return code >= 97 && code <= 122 || code >= 48 && code <= 57;
  return WORD_CHAR.test(text[i]);
}
var TOKEN_OPEN = /^<!--\s*\$\s*([\w.]+)\s*-->$/;
var TOKEN_CLOSE = /^<!--\s*\/\s*\$/;
function urlWord(url) {
  let u = url.trim().toLowerCase().replace(/^[a-z][a-z0-9+.-]*:\/\//, "").replace(/^www\./, "");
  const hash = u.indexOf("#");
  let fragment = hash === -1 ? "" : u.slice(hash);
  if (hash !== -1)
    u = u.slice(0, hash);
  const query = u.indexOf("?");
  if (query !== -1)
    u = u.slice(0, query);
  fragment = trimEndOf(fragment, "#?/");
  u = trimEndOf(u.replace(/^([^/]*)\/(?:[a-z]{2}-[a-z]{2}|zh-hans|zh-hant)(?=\/|$)/, "$1"), "/");
  return `url:${u}${fragment}`;
}
function guidanceText(tree, payloadStrings = []) {
  const words = [];
  const lines = [];
  const passages = [];
  let maskedUntilClose = false;
  let itemDepth = 0;
  const addText = (text, line) => {
    if (maskedUntilClose)
      return;
    const lower = text.toLowerCase();
    let l = line;
    let start = -1;
    for (let i = 0; i <= lower.length; i++) {
      const code = i < lower.length ? lower.charCodeAt(i) : 32;
      if (i < lower.length && isWordChar(code, lower, i)) {
        if (start === -1)
          start = i;
        continue;
      }
      if (start !== -1) {
        words.push(lower.slice(start, i));
        lines.push(l);
        start = -1;
      }
      if (code === 10 || code === 13 && lower.charCodeAt(i + 1) !== 10)
        l++;
    }
  };
  const walk = (node) => {
    const line = node.position?.start.line ?? 0;
    switch (node.type) {
      case "text":
      case "inlineCode":
      case "code":
        addText(node.value, node.type === "code" ? line + 1 : line);
        return;
      case "html": {
        const value = node.value.trim();
        const open2 = TOKEN_OPEN.exec(value);
        if (open2) {
          if (!maskedUntilClose) {
            words.push(`$${open2[1].toLowerCase()}`);
            lines.push(line);
          }
          maskedUntilClose = true;
        } else if (TOKEN_CLOSE.test(value))
          maskedUntilClose = false;
        else if (!value.startsWith("<!--")) {
          const start = words.length;
          addText(stripTags(replaceHtmlComments(node.value, () => " ")), line);
          if (words.length > start && itemDepth === 0 && node.value.includes("\n")) {
            passages.push({
              kind: "paragraph",
              start,
              end: words.length,
              startLine: line,
              endLine: node.position?.end.line ?? line
            });
          }
        }
        return;
      }
      case "link":
      case "image":
      case "definition":
        if ("children" in node)
          node.children.forEach((c) => walk(c));
        if (node.type === "image" && node.alt)
          addText(node.alt, line);
        if (!maskedUntilClose && node.url) {
          words.push(urlWord(node.url));
          lines.push(line);
        }
        return;
      case "listItem": {
        const start = words.length;
        let ownEnd = -1;
        let ownEndLine = line;
        itemDepth++;
        for (const child of node.children) {
          if (child.type === "list" && ownEnd === -1) {
            ownEnd = words.length;
            ownEndLine = lines[words.length - 1] ?? line;
          }
          walk(child);
        }
        itemDepth--;
        const end = ownEnd === -1 ? words.length : ownEnd;
        const endLine = ownEnd === -1 ? node.position?.end.line ?? line : ownEndLine;
        if (end > start)
          passages.push({ kind: "item", start, end, startLine: line, endLine });
        return;
      }
      case "list": {
        const start = words.length;
        const top = itemDepth === 0;
        node.children.forEach((c) => walk(c));
        if (top && node.children.length > 1 && words.length > start) {
          passages.push({
            kind: "list",
            start,
            end: words.length,
            startLine: line,
            endLine: node.position?.end.line ?? line
          });
        }
        return;
      }
      case "paragraph": {
        const start = words.length;
        node.children.forEach((c) => walk(c));
        if (words.length > start && itemDepth === 0)
          passages.push({
            kind: "paragraph",
            start,
            end: words.length,
            startLine: line,
            endLine: node.position?.end.line ?? line
          });
        return;
      }
      default:
        if ("children" in node)
          node.children.forEach((c) => walk(c));
    }
  };
  const open = [];
  const closeSections = (depth, endLine) => {
    while (open.length && open[open.length - 1].depth >= depth) {
      const s = open.pop();
      if (words.length > s.start)
        passages.push({ kind: "section", start: s.start, end: words.length, startLine: s.startLine, endLine });
    }
  };
  let lastLine = 1;
  for (const child of tree.children) {
    if (child.type === "heading") {
      closeSections(child.depth, lastLine);
      open.push({ depth: child.depth, start: words.length, startLine: child.position?.start.line ?? 0 });
    }
    walk(child);
    lastLine = child.position?.end.line ?? lastLine;
  }
  for (const s of payloadStrings)
    addText(s.text, s.line);
  closeSections(0, Math.max(lastLine, lines[lines.length - 1] ?? lastLine));
  passages.sort((a, b) => a.start - b.start || b.end - a.end);
  return { words, lines, passages };
}
function stripTags(html) {
  const last = html.lastIndexOf(">") + 1;
  return html.slice(0, last).replace(/<[^>]*>/g, " ") + html.slice(last);
}

// build/src/dupes/summary.js
var ARTICLE_SHINGLE = 5;
var ARTICLE_SIGNATURE = 64;
var PASSAGE_SHINGLE = 3;
var PASSAGE_SIGNATURE = 32;
var KINDS = ["paragraph", "item", "list", "section"];
var META = 8;
var NONE = new Uint32Array(0);
var DupeSummary = class {
  packed;
  cachedPassages;
  constructor(packed) {
    this.packed = packed;
  }
  get type() {
    return this.packed.type;
  }
  get words() {
    return this.packed.words;
  }
  get bodyHash() {
    return this.packed.bodyHash;
  }
  get rawHash() {
    return this.packed.rawHash;
  }
  get service() {
    return this.packed.service;
  }
  get clouds() {
    return this.packed.clouds ? this.packed.clouds.split(",") : [];
  }
  get shingles() {
    return this.packed.data.subarray(0, this.packed.shingleCount);
  }
  get signature() {
    return this.packed.data.subarray(this.packed.shingleCount, this.packed.shingleCount + this.packed.signatureSize);
  }
  get passageCount() {
    return this.packed.meta.length / META;
  }
  /** the hash of passage i, or NaN when it is ignored as boilerplate: no object is made */
  passageHash(i) {
    return this.passageIgnored(i) ? Number.NaN : this.passageHashOf(i);
  }
  /** passage i's hash, whether or not it is ignored */
  passageHashOf(i) {
    return this.packed.meta[i * META + 4];
  }
  passageIgnored(i) {
    return this.packed.meta[i * META + 5] === 1;
  }
  passageWords(i) {
    return this.packed.meta[i * META + 3];
  }
  passageStartLine(i) {
    return this.packed.meta[i * META + 1];
  }
  passageEndLine(i) {
    return this.packed.meta[i * META + 2];
  }
  /** passage i's shingles (empty for sections and ignored passages): a view, no copy */
  passageShingles(i) {
    const start = this.packed.meta[i * META + 6];
    const count = this.packed.meta[i * META + 7];
    return count ? this.packed.data.subarray(start, start + count) : NONE;
  }
  /** passage i's MinHash signature (empty when it has no shingles): a view, no copy */
  passageSignature(i) {
    const start = this.packed.meta[i * META + 6];
    const count = this.packed.meta[i * META + 7];
    return count ? this.packed.data.subarray(start + count, start + count + PASSAGE_SIGNATURE) : NONE;
  }
  get passages() {
    if (this.cachedPassages)
      return this.cachedPassages;
    const out = [];
    for (let i = 0; i < this.passageCount; i++) {
      out.push({
        kind: KINDS[this.packed.meta[i * META]],
        startLine: this.passageStartLine(i),
        endLine: this.passageEndLine(i),
        words: this.passageWords(i),
        hash: this.passageHashOf(i),
        ignored: this.passageIgnored(i),
        shingles: this.passageShingles(i),
        signature: this.passageSignature(i)
      });
    }
    return this.cachedPassages = out;
  }
};
function pack(id, words, bodyHash, articleShingles, articleSignature, passages) {
  let size = articleShingles.length + articleSignature.length;
  for (const p of passages)
    size += p.shingles.length + p.signature.length;
  const data = new Uint32Array(size);
  data.set(articleShingles, 0);
  data.set(articleSignature, articleShingles.length);
  let at = articleShingles.length + articleSignature.length;
  const meta = new Float64Array(passages.length * META);
  passages.forEach((p, i) => {
    meta.set([KINDS.indexOf(p.kind), p.startLine, p.endLine, p.words, p.hash, p.ignored ? 1 : 0, at, p.shingles.length], i * META);
    data.set(p.shingles, at);
    at += p.shingles.length;
    data.set(p.signature, at);
    at += p.signature.length;
  });
  return {
    ...id,
    words,
    bodyHash,
    data,
    shingleCount: articleShingles.length,
    signatureSize: articleSignature.length,
    meta
  };
}
var regexCache = /* @__PURE__ */ new Map();
function ignoreRegex(patterns) {
  const key = patterns.join("\0");
  let r = regexCache.get(key);
  if (r === void 0)
    regexCache.set(key, r = patterns.length ? new RegExp(patterns.map((p) => `(?:${p})`).join("|"), "i") : null);
  return r;
}
var IGNORE_PREFIX = 400;
function passagePrefix(words, start, end) {
  let out = "";
  for (let i = start; i < end && out.length < IGNORE_PREFIX; i++)
    out += (out ? " " : "") + words[i];
  return out;
}
function summarize(article, type, options, meta = {}) {
  const payloadStrings = payloadText(article);
  const text = guidanceText(article.tree, payloadStrings);
  const hashes = new Uint32Array(text.words.length);
  for (let i = 0; i < text.words.length; i++)
    hashes[i] = hashWord(text.words[i]);
  const ignore = ignoreRegex(options.ignorePassages);
  const ignoredPassages = /* @__PURE__ */ new Set();
  let kept = hashes;
  if (ignore) {
    const drop = new Uint8Array(hashes.length);
    for (const p of text.passages) {
      if (p.kind === "section" || p.kind === "list" || p.end - p.start < options.minPassageWords || !ignore.test(passagePrefix(text.words, p.start, p.end)))
        continue;
      ignoredPassages.add(p);
      drop.fill(1, p.start, p.end);
    }
    if (ignoredPassages.size)
      kept = hashes.filter((_, i) => !drop[i]);
  }
  const articleShingles = kept.length >= options.minArticleWords ? shingles(kept, ARTICLE_SHINGLE) : new Uint32Array(0);
  const passages = [];
  const none = new Uint32Array(0);
  const keepPassages = !type || options.types[type] !== "ignore";
  for (const p of keepPassages ? text.passages : []) {
    const n = p.end - p.start;
    if (n < options.minPassageWords)
      continue;
    const ignored = ignoredPassages.has(p);
    const near = !ignored && p.kind !== "section";
    const set = near ? shingles(hashes, PASSAGE_SHINGLE, p.start, p.end) : none;
    passages.push({
      kind: p.kind,
      startLine: p.startLine,
      endLine: p.endLine,
      words: n,
      hash: sequenceHash(hashes, p.start, p.end),
      shingles: set,
      signature: near ? signatureK(set, PASSAGE_SIGNATURE) : none,
      ignored
    });
  }
  const body = article.text.slice(article.properties?.end ?? 0).replace(/\r\n?/g, "\n").trim();
  const rawHash = body ? hashWord(body) : 0;
  const id = {
    type,
    service: meta.service?.toLowerCase() ?? null,
    clouds: (meta.clouds ?? []).map((c) => c.toLowerCase()).join(","),
    rawHash
  };
  return pack(id, text.words.length, sequenceHash(hashes), articleShingles, signature(articleShingles, articleShingles.length ? ARTICLE_SIGNATURE : 0), passages);
}
function payloadText(article) {
  const out = [];
  const doc = article.payload?.document;
  if (!doc)
    return out;
  const visit = (node) => {
    if (node.type === "String")
      out.push({
        text: node.value,
        line: article.lines.point(article.payload.jsonStart + node.loc.start.offset).line
      });
    else if (node.type === "Object")
      for (const m of node.members)
        visit(m.value);
    else if (node.type === "Array")
      for (const e of node.elements)
        visit(e.value);
  };
  visit(doc.body);
  return out;
}

// build/src/rules/rule.js
function defineRule(rule) {
  return rule;
}

// build/src/dupes/incremental.js
import { createHash } from "node:crypto";
var MAX_CHANGED = 0.2;
function detectIncremental(entries, options, fingerprints, previous) {
  const optionsKey = createHash("sha1").update(JSON.stringify(options)).digest("hex");
  const files = {};
  for (const e of entries)
    files[e.file] = fingerprints.get(e.file) ?? "";
  const spread = passageSpread(entries);
  const boilerplate = [...spread].filter(([, n]) => n > options.boilerplateSpread).map(([h]) => h).sort((a, b) => a - b);
  const state = (pairs2) => ({ version: 1, options: optionsKey, files, boilerplate, pairs: pairs2 });
  const changed = /* @__PURE__ */ new Set();
  let usable = !!previous && previous.version === 1 && previous.options === optionsKey && sameNumbers(previous.boilerplate, boilerplate);
  if (usable) {
    for (const e of entries)
      if (previous.files[e.file] !== files[e.file] || !files[e.file])
        changed.add(e.file);
    for (const f of Object.keys(previous.files))
      if (!(f in files))
        changed.add(f);
    usable = changed.size <= MAX_CHANGED * Math.max(1, entries.length);
  }
  if (!usable) {
    const result = detect(entries, options, void 0, spread);
    return { result, state: state(result.pairs), incremental: false, changed: entries.length };
  }
  const focus = detect(entries, options, changed, spread);
  const pairs = [...previous.pairs.filter((p) => !changed.has(p.a) && !changed.has(p.b)), ...focus.pairs];
  pairs.sort((p, q) => p.a < q.a ? -1 : p.a > q.a ? 1 : p.b < q.b ? -1 : p.b > q.b ? 1 : 0);
  return {
    result: resultOf(entries, options, pairs, focus.candidatePairs),
    state: state(pairs),
    incremental: true,
    changed: changed.size
  };
}
function sameNumbers(a, b) {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

// build/src/rules/duplicate-guidance/rule.js
var dupeOptionsSchema = {
  type: "object",
  properties: {
    threshold: {
      type: "number",
      minimum: 0,
      maximum: 1,
      description: "article-level Jaccard similarity (word 5-shingles) at or above which two articles are reported"
    },
    containment: {
      type: "number",
      minimum: 0,
      maximum: 1,
      description: "...or the share of one article's shingles that stand in the other (one article copied into a longer one)"
    },
    passageThreshold: {
      type: "number",
      minimum: 0,
      maximum: 1,
      description: "Jaccard similarity (word 3-shingles) at or above which two passages count as the same"
    },
    minPassageWords: { type: "integer", minimum: 1, description: "passages shorter than this are not compared" },
    minArticleWords: {
      type: "integer",
      minimum: 1,
      description: "articles shorter than this are compared for exact copies only"
    },
    ignorePassages: {
      type: "array",
      items: { type: "string", format: "regex" },
      description: "regular expressions (case-insensitive) for intended boilerplate paragraphs and list items, matched against the first 400 characters of their normalised text (lower case, words separated by one space, link targets as `url:host/path`)"
    },
    types: {
      type: "object",
      additionalProperties: { enum: ["report", "ignore"] },
      description: "selfHelpType (lower case) -> `report` or `ignore` its pairs"
    },
    perCloudCopies: {
      enum: ["report", "ignore"],
      description: "pairs whose file names differ only by a cloud suffix (`-mooncake`, `-fairfax`...)"
    },
    boilerplateSpread: {
      type: "integer",
      minimum: 2,
      description: "a passage in more articles than this is boilerplate: listed once, never per pair"
    },
    perCloudSuggestion: {
      type: "boolean",
      description: "report each group of per-cloud copies (when `perCloudCopies` is `ignore`) once, at `info`, as a consolidation suggestion"
    }
  },
  additionalProperties: false
};
var defaultDupeOptions = {
  threshold: 0.8,
  containment: 0.8,
  passageThreshold: 0.8,
  minPassageWords: 8,
  minArticleWords: 20,
  // messages that stand, by design, in dozens of articles of the real corpus (matched against normalised text)
  ignorePassages: [
    "^note for faster resolution check that you have .* in your portal",
    "^to submit or vote on feature ideas",
    "^for .* questions visit the .* forum",
    "^post your question on microsoft q ?a",
    "^(most users|\\d+ out of \\d+ customers) (are able to resolve|resolved) their .*issue using the",
    "^we apologize for any inconvenience",
    "^please use the link below to view the latest information about the health event",
    "^understand and use resource health center to troubleshoot",
    "^microsoft azure also provides access to resource health",
    "^please make sure the above are verified and work with a ta",
    "^api management (apim )?is a way to create consistent and modern api gateways",
    "^you can use azure api management to take any backend and launch"
  ],
  types: {
    servicehealthinsights: "ignore",
    problemscopingquestions: "ignore",
    advisorrecommendationmetadata: "ignore",
    supporttopicdescription: "ignore",
    diagnostics: "ignore",
    rca: "ignore",
    tsg_questions: "ignore",
    diagnoseandsolve: "ignore"
  },
  perCloudCopies: "ignore",
  boilerplateSpread: 20,
  perCloudSuggestion: true
};
var pct = (x) => `${Math.round(x * 100)}%`;
function pairMessage(pair, here, shared) {
  const there = here === "a" ? "b" : "a";
  const inOther = here === "a" ? pair.containmentA : pair.containmentB;
  const ofOther = here === "a" ? pair.containmentB : pair.containmentA;
  const how = pair.exact ? `Same guidance as ${pair[there]} (identical text)` : `Copied guidance: ${pct(inOther)} of this article stands in ${pair[there]}, ${pct(ofOther)} of that one stands here (Jaccard ${pair.jaccard.toFixed(2)})`;
  if (!shared.length)
    return how;
  const f = shared[0];
  return `${how}; ${shared.length} shared passage${shared.length === 1 ? "" : "s"}, the first at lines ${f[here].startLine}-${f[here].endLine} here, ${f[there].startLine}-${f[there].endLine} there`;
}
var rule_default = defineRule({
  id: "duplicate-guidance",
  description: "No article copies most of its guidance from another article",
  rationale: "Copied troubleshooting steps drift: one copy gets fixed, the others go stale. Articles whose guidance text (markdown stripped, tokens masked, link targets kept) is at least 80% the same (Jaccard similarity of word 5-shingles), or 80% contained in another, are reported in the newer or changed one, at the first shared passage, naming the other file. Templated types repeat by design and their near copies are not reported by default, but byte-identical bodies are, whatever the type. Per-cloud copies are reported once per group, at `info`, as a suggestion to publish one article to all their clouds (see the `dupes` config section). Per-OS variants, whose file names are one once a `windows`/`linux`/`win` descriptor is taken off (`x.md` and `x-linux.md`), are not reported unless byte-identical: the authoring guide asks for one document per operating system, named so, and they share all but the OS-specific steps (13 pairs on `../shared/corpus`, 912 reports -> 899).",
  severity: "warning",
  fixable: false,
  tags: ["corpus", "duplicates"],
  options: dupeOptionsSchema,
  defaultOptions: defaultDupeOptions,
  configSection: "dupes",
  summarize({ article, meta, options }) {
    const service = meta.object.service;
    const clouds = meta.object.cloudEnvironments;
    return summarize(article, meta.type, options, {
      service: typeof service === "string" ? service : null,
      clouds: Array.isArray(clouds) ? clouds.map(String) : typeof clouds === "string" ? clouds.split(",").map((c) => c.trim()) : []
    });
  },
  // changed-files mode: only the changed articles and their possible copies are read (see selectFocused)
  indexKeys: (summary) => dupeKeys(new DupeSummary(summary)),
  select: (changed, corpus, options) => selectFocused(changed.map((e) => e.file), dupeCorpus(corpus), Math.max(...options.map((o) => o.boilerplateSpread))),
  checkCorpus(entries, report, options, run) {
    const unpacked = unpackEntries(entries);
    let result;
    if (run.corpus && run.changed)
      result = detectSelected(unpacked, options, run.changed, run.corpus);
    else if (run.changed || !run.state || !run.fingerprints)
      result = detect(unpacked, options, run.changed);
    else {
      const found = detectIncremental(unpacked, options, run.fingerprints, run.state.get("duplicate-guidance"));
      if (found.changed)
        run.state.set("duplicate-guidance", found.state);
      result = found.result;
    }
    run.results?.set("duplicate-guidance", { result, entries: unpacked });
    for (const r of reportedPairs(result, unpacked, options, run))
      report(r.report);
    for (const r of cloudSuggestions(result, options, run))
      report(r);
  }
});
function dupeCorpus(corpus) {
  const unpacked = /* @__PURE__ */ new Map();
  return {
    files: (space, key) => corpus.files(space, key),
    count: (space, key) => corpus.count(space, key),
    summary(file) {
      if (!unpacked.has(file)) {
        const packed = corpus.summary(file);
        unpacked.set(file, packed && new DupeSummary(packed));
      }
      return unpacked.get(file);
    }
  };
}
function detectSelected(selected, options, changed, corpus) {
  const spread = (hash) => corpus.count(SPACE.passage, hash) || void 0;
  return detect(selected, options, changed, spread, () => corpus.size);
}
function unpackEntries(entries) {
  return entries.map((e) => ({ file: e.file, summary: new DupeSummary(e.summary) }));
}
function reportedPairs(result, entries, options, run) {
  const types = new Map(entries.map((e) => [e.file, e.summary.type]));
  const out = [];
  for (const pair of result.pairs) {
    if (!reportable(pair, types, options) || run.accepted?.(pair.a, pair.b))
      continue;
    if (run.changed && !run.changed.has(pair.a) && !run.changed.has(pair.b))
      continue;
    const aIsNewer = run.changed?.has(pair.a) && !run.changed.has(pair.b) ? true : run.changed?.has(pair.b) && !run.changed.has(pair.a) ? false : run.newer?.(pair.a, pair.b) ?? false;
    const [here, there] = aIsNewer ? ["a", "b"] : ["b", "a"];
    const shared = result.shared(pair);
    const first = shared[0];
    out.push({
      pair,
      shared,
      report: {
        file: pair[here],
        line: first ? first[here].startLine : 1,
        column: 1,
        message: pairMessage(pair, here, shared),
        related: [
          { file: pair[there], line: first ? first[there].startLine : 1, column: 1, message: "the other copy" }
        ]
      }
    });
  }
  return out;
}
function cloudSuggestions(result, options, run) {
  if (!options.perCloudSuggestion || options.perCloudCopies !== "ignore")
    return [];
  const out = [];
  const cloudPairs = result.pairs.filter(isPerCloudCopy);
  for (const group of perCloudGroups(cloudPairs)) {
    const files = [...group.filter((f) => !cloudSuffix(f)), ...group.filter((f) => cloudSuffix(f))];
    const changed = run.changed ? files.filter((f) => run.changed.has(f)) : files;
    if (!changed.length)
      continue;
    const here = run.changed ? changed[0] : files.find((f) => !cloudSuffix(f)) ?? files[0];
    const cloudsOf = (f) => {
      const listed = result.summaryOf(f)?.clouds ?? [];
      const suffix = cloudSuffix(f);
      return listed.length ? listed : suffix ? [suffix] : [];
    };
    const all = [...new Set(files.flatMap(cloudsOf))];
    const named = files.map((f) => `${f}${cloudsOf(f).length ? ` (${cloudsOf(f).join(", ")})` : ""}`);
    out.push({
      file: here,
      line: 1,
      column: 1,
      severity: "info",
      message: `Per-cloud copies of ${sameness(cloudPairs, files)} guidance: ${named.join(", ")}; one article whose \`cloudEnvironments\` lists ${all.join(", ") || "their clouds"} would serve them all`,
      related: files.filter((f) => f !== here).map((f) => ({ file: f, line: 1, column: 1, message: "a per-cloud copy" }))
    });
  }
  return out;
}
function sameness(pairs, files) {
  const inGroup = new Set(files);
  const own = pairs.filter((p) => inGroup.has(p.a) && inGroup.has(p.b));
  if (own.every((p) => p.exact))
    return "the same";
  return `nearly the same (Jaccard ${Math.min(...own.map((p) => p.jaccard)).toFixed(2)} or more)`;
}

// build/src/rules/apollo-structure/rule.js
var rule_default2 = defineRule({
  id: "apollo-structure",
  description: "Apollo (Solutions 2.0) articles have an H1, then an H2 issue title before any body text",
  rationale: 'The Apollo template: the H1 "is required and is used only internally"; the H2 after it is the title "presented to the customer", then comes the description of the issue, then the body. An Apollo article without that H2 shows the customer no title.\n\nSeverity `warn`. On `../shared/corpus` it fires 12 times (all 12 read or spot-checked: Apollo articles whose H1 is followed by text or a `:::Section` block). Where a section directive (`:::Section Name:::`) stands between the H1 and the H2, the message says so, at the H2 (5 of the 12): the title is there, below the first section instead of above them all.',
  severity: "warning",
  fixable: false,
  tags: ["structure"],
  check({ meta, article, nodes, report }) {
    if (meta.type !== "apollo")
      return;
    const children = article.tree.children.filter((n) => n.type !== "html" && n.type !== "properties");
    const h1 = children.findIndex((n) => n.type === "heading" && n.depth === 1);
    if (h1 === -1)
      return;
    const next = children[h1 + 1];
    if (next && next.type === "heading" && next.depth === 2)
      return;
    const heading = nodes("heading").find((h) => h.depth === 1);
    const written = next?.position ? article.text.slice(next.position.start.offset, next.position.end.offset) : "";
    const directive = /^:::\s*\w+/.test(written);
    const after = children[h1 + 2];
    if (directive && after?.type === "heading" && after.depth === 2) {
      report({
        message: "The H2 title comes after a section directive (`:::...:::`); an Apollo article gives the customer's title as an H2 right after the H1, above its sections",
        node: after
      });
      return;
    }
    const found = next ? next.type === "heading" ? `an H${next.depth}` : directive ? "a section directive (`:::...:::`)" : "body text" : "nothing";
    report({
      message: `The H1 is followed by ${found}; an Apollo article gives the customer's title as an H2 right after the H1`,
      node: next ?? heading
    });
  }
});

// build/src/rules/article-id-format/rule.js
var GUID_SHAPE = /^[0-9a-z]{8}(-[0-9a-z]{4}){3}-[0-9a-z]{12}(_\w+)?$/i;
var GUID = /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}(_\w+)?$/i;
var GROUPS = [8, 4, 4, 4, 12];
function wrongGroupLengths(id) {
  const groups = id.replace(/_\w+$/, "").split("-");
  if (groups.length !== 5 || !groups.every((g) => /^[0-9a-f]+$/i.test(g)))
    return void 0;
  const total = groups.reduce((n, g) => n + g.length, 0);
  if (total < 24 || total > 40 || groups.every((g, i) => g.length === GROUPS[i]))
    return void 0;
  return groups.map((g) => g.length);
}
function guidLike(id) {
  return GUID_SHAPE.test(id) && !GUID.test(id) || wrongGroupLengths(id) !== void 0;
}
var rule_default3 = defineRule({
  id: "article-id-format",
  description: "`articleId` is a real GUID when it looks like one (hex digits in groups of 8-4-4-4-12), with no braces",
  rationale: "Ids are permanent keys: a GUID-shaped id with non-hex characters (`75vc4298-...`) or a group of the wrong length (`58c2b94-...`, a digit lost) was typed by hand and breaks tools that parse GUIDs; braces are copy-paste leftovers. Slug ids, and GUIDs with a suffix (`<guid>-psq`, `<guid>_Fairfax`), are accepted: many real articles use them.\n\nSeverity `info`: any unique string is a working id (the templates allow an article's name), so the portal publishes the article as it is, and a published article keeps its id (a new one would be another key); a new article should get a generated GUID. On `../shared/corpus` it fires 82 times (72 non-hex characters, 10 wrong group lengths; 205 before, of which 133 were the `.md` suffix, now `no-md-suffix-in-article-id`, also at info); it was a `warning` until a review of its reports found none an author of a published article could act on.",
  severity: "info",
  fixable: false,
  tags: ["metadata"],
  check({ meta, report }) {
    const id = meta.values.get("articleId");
    if (!id || !id.value)
      return;
    const a = id.attribute;
    const v = id.value;
    let message;
    const lengths = wrongGroupLengths(v);
    if (GUID_SHAPE.test(v) && !GUID.test(v)) {
      const bad = [...v.replace(/_\w+$/, "")].filter((c) => /[g-z]/i.test(c));
      message = `articleId "${v}" looks like a GUID but holds non-hex characters (${[...new Set(bad)].join(", ")}); a new article needs a real GUID (a published one keeps its id, which tools key on)`;
    } else if (lengths) {
      const groups = lengths.join("-");
      message = `articleId "${v}" looks like a GUID but its groups have ${groups} characters, not 8-4-4-4-12; a new article needs a real GUID (a published one keeps its id, which tools key on)`;
    } else if (/^\{.*\}$/.test(v))
      message = `articleId "${v}" is wrapped in braces; remove them`;
    if (message)
      report({ message, start: a.valueStart, end: a.valueEnd });
  }
});

// build/src/rules/attribute-name-casing/rule.js
var rule_default4 = defineRule({
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

// build/src/rules/blank-lines-around-lists/rule.js
var rule_default5 = defineRule({
  id: "blank-lines-around-lists",
  description: "A list that follows a paragraph has a blank line before its first item",
  rationale: 'The templates: "All lists require an empty line before the first item and after the last item." Without the blank line before it, a list that follows a paragraph is, for renderers that do not let a list interrupt a paragraph, part of that paragraph: the steps run together in one line. Only a list right after a paragraph is reported: after a heading or a comment the list renders the same either way, and a line of text right after a list is continued into its last item by markdown itself, so the blank line after a list cannot be checked from the rendered structure. Lists in list items and quotes are left alone.\n\nSeverity `info`: the portal\'s renderer shows most of these as lists. On `../shared/corpus` it fires 556 times (about 10% of articles): a style rule of the templates that the portal tolerates, hence `info`.',
  severity: "info",
  fixable: true,
  tags: ["structure"],
  check({ article, nodes, ancestors, report }) {
    for (const list of nodes("list")) {
      const chain = ancestors(list);
      const parent = chain[chain.length - 1];
      if (!parent || chain.some((n) => n.type === "listItem" || n.type === "blockquote"))
        continue;
      const i = parent.children.indexOf(list);
      const prev = parent.children[i - 1];
      const start = list.position.start;
      if (prev && prev.type === "paragraph" && prev.position.end.line === start.line - 1) {
        const lineStart = start.offset - (start.column - 1);
        report({
          message: "Add a blank line before this list",
          start: start.offset,
          end: start.offset,
          fix: { range: [lineStart, lineStart], text: article.text.includes("\r\n") ? "\r\n" : "\n" }
        });
      }
    }
  }
});

// build/src/rules/markers.js
var cache = /* @__PURE__ */ new WeakMap();
var inCodeCache = /* @__PURE__ */ new WeakMap();
function issueMarkersInCode(ctx) {
  markers(ctx);
  return inCodeCache.get(ctx.article) ?? [];
}
function markers(ctx) {
  const cached = cache.get(ctx.article);
  if (cached)
    return cached;
  const { text } = ctx.article;
  const out = [];
  const inCode = [];
  if (text.includes("<!--")) {
    const code = codeRanges(ctx).sort((a, b) => a[0] - b[0]);
    let c = 0;
    for (const m of comments(text)) {
      const start = m.index;
      while (c < code.length && code[c][1] <= start)
        c++;
      const body = m.body.trim();
      const closing = body.startsWith("/");
      const inner = closing ? body.slice(1).trimStart() : body;
      if (c < code.length && code[c][0] <= start) {
        if (/^issuedescription$/i.test(inner))
          inCode.push({ kind: "issue", closing, name: inner, start, end: start + m.length });
        continue;
      }
      if (/^issuedescription$/i.test(inner))
        out.push({ kind: "issue", closing, name: inner, start, end: start + m.length });
      else if (inner.startsWith("$"))
        out.push({ kind: "token", closing, name: inner.slice(1), start, end: start + m.length });
    }
  }
  cache.set(ctx.article, out);
  inCodeCache.set(ctx.article, inCode);
  return out;
}
function comments(text) {
  const out = [];
  for (let open = text.indexOf("<!--"); open !== -1; ) {
    const close = text.indexOf("-->", open + 4);
    if (close === -1)
      break;
    out.push({ index: open, length: close + 3 - open, body: text.slice(open + 4, close) });
    open = text.indexOf("<!--", close + 3);
  }
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

// build/src/rules/bold-h2-reserved/rule.js
var SECTION = /^recommended\s+(steps?|documents?|docs)\s*:?$/i;
var rule_default6 = defineRule({
  id: "bold-h2-reserved",
  description: "Bold H2 headings are kept for the Recommended Steps and Recommended Documents sections",
  rationale: "The templates: \"Bolded H2 headers are reserved for Recommended Steps or Recommended Documents. If you wish to use a header to separate sections, use the H3 header.\" The portal treats a bold H2 as one of its sections. The Diagnostic template's own exception is accepted: a bold H2 title before the `issueDescription` block of a diagnostics, rca or service-health article.\n\nSeverity `info`: the article renders; its outline differs from the portal's. On `../shared/corpus` it fires 57 times (headings such as `## **Cause**`, `## **Resources**`, `## **Recommended Action**`).",
  severity: "info",
  fixable: false,
  tags: ["structure"],
  check(ctx) {
    const issue = issueDescriptionRanges(ctx);
    const firstIssue = issue.length ? issue[0][0] : -1;
    for (const node of ctx.nodes("heading")) {
      if (node.depth !== 2 || node.children.length !== 1 || node.children[0].type !== "strong")
        continue;
      if (SECTION.test(toString(node).trim()))
        continue;
      const s = node.position.start.offset;
      if (firstIssue !== -1 && s < firstIssue)
        continue;
      const text = toString(node).trim();
      const shown = text.length > 60 ? `${text.slice(0, 57)}...` : text;
      ctx.report({
        message: `"${shown}" is a bold H2, which the portal keeps for its two Recommended sections; use \`###\``,
        node
      });
    }
  }
});

// build/src/rules/bold-recommended-sections/rule.js
var SECTION2 = /^(recommended)\s+(steps?|documents?|docs)$/i;
var ACCEPTED = /^## \*\*Recommended (Steps|Documents)\*\*$/i;
function wantedHeading(text) {
  const plain = text.replace(/^#+/, "").replace(/[*_:#]/g, " ").replace(/\s+/g, " ").trim();
  const m = SECTION2.exec(plain);
  if (!m)
    return void 0;
  const word = m[2].toLowerCase();
  const steps = word.startsWith("step");
  const lower = m[1] === "Recommended" && m[2] === m[2].toLowerCase() && (word === "steps" || word === "documents");
  if (lower)
    return `## **Recommended ${steps ? "steps" : "documents"}**`;
  return `## **Recommended ${steps ? "Steps" : "Documents"}**`;
}
function boldH2(node) {
  if (node.type !== "heading" || node.depth !== 2 || node.children.length !== 1)
    return false;
  const [only] = node.children;
  return only.type === "strong" && /^Recommended (Steps|Documents)$/i.test(toString(only));
}
var rule_default7 = defineRule({
  id: "bold-recommended-sections",
  description: "The sections Recommended Steps and Recommended Documents are bold H2s (`## **Recommended Steps**`)",
  rationale: "The portal finds these two sections by their markdown (the templates say \"must be entered as shown (bolded H2)\"); a plain H2, an H3 or a bold paragraph is shown as ordinary text. Both spellings in use are accepted, whatever their case: the templates write `## **Recommended Steps**`, the TPS Authoring Guide `## **Recommended steps**`; `--fix` leaves either alone and keeps the author's spelling when it adds the missing markup.\n\nSeverity `warn`: the section still renders, only not as the portal's section. On `../shared/corpus` it fires 256 times (262 before a bold label under an H3 was left alone: one cause's own steps in an article with one subsection per cause, not the article's section; 495 before both spellings were accepted in any case, 268 before a bold H2 written with closing hashes or two spaces, `## **Recommended Documents** ##`, was): plain `## Recommended Steps`, `**Recommended Steps**` paragraphs, H1s and H3s.",
  severity: "warning",
  fixable: true,
  tags: ["structure"],
  check({ article, meta, nodes, report }) {
    if (meta.overlay && !meta.overlay.structure.sections)
      return;
    const { text } = article;
    const headings = nodes("heading");
    const candidates = [...headings, ...nodes("paragraph")];
    for (const node of candidates) {
      const s = node.position.start.offset;
      const e = node.position.end.offset;
      const source = text.slice(s, e);
      if (source.includes("\n") || source.length > 60)
        continue;
      if (ACCEPTED.test(source.trimEnd()) || boldH2(node))
        continue;
      const wanted = wantedHeading(node.type === "paragraph" ? source : toString(node));
      if (!wanted)
        continue;
      if (node.type === "paragraph" && !/^(#|\*\*|__)/.test(source.trim()))
        continue;
      if (node.type === "paragraph" && (headingBefore(headings, s)?.depth ?? 0) >= 3)
        continue;
      report({
        message: `Write this section heading as \`${wanted}\`, a bold H2`,
        start: s,
        end: e,
        fix: { range: [s, e], text: wanted }
      });
    }
  }
});
function headingBefore(headings, offset) {
  let last;
  for (const h of headings) {
    if (h.position.start.offset >= offset)
      break;
    last = h;
  }
  return last;
}

// build/src/rules/file-name-format/rule.js
var rule_default8 = defineRule({
  id: "file-name-format",
  description: "Article file names are under 80 characters, with no spaces",
  rationale: 'The TPS Authoring Guide: "File names must be under 80 characters" and name the problem "with no spaces" (`classiccompute-myvmisslow.md`); long names and spaces break the tools and URLs that carry them. The guide\'s third rule, that a name begins with the service name, is not checked: 76% of `../shared/corpus` (4,206 of 5,512 files, in folders such as `common-solutions` and `problemscopingques.*` that are not service names) does otherwise, so it is not the team\'s practice.\n\nSeverity `warn`. Generated service-health insights (`articleTags` with `ServiceHealthAutogenerated`) are not checked: no author names them. On `../shared/corpus` it fires 123 times, all for length (130 before the generated ones were left out; no file name has a space).',
  severity: "warning",
  fixable: false,
  tags: ["files"],
  options: {
    type: "object",
    properties: {
      maxLength: { type: "integer", minimum: 1, description: "file names (with `.md`) must be shorter than this" }
    },
    additionalProperties: false
  },
  defaultOptions: { maxLength: 80 },
  check({ article, meta, options, report }) {
    if (/(^|,)\s*ServiceHealthAutogenerated\s*(,|$)/i.test(meta.values.get("articleTags")?.value ?? ""))
      return;
    const name = article.file.slice(article.file.lastIndexOf("/") + 1);
    const max = options.maxLength;
    if (name.length >= max) {
      report({
        message: `The file name "${name}" has ${name.length} characters; keep it under ${max}`,
        start: 0,
        end: 0
      });
    }
    if (/\s/.test(name)) {
      report({ message: `The file name "${name}" contains a space; use \`-\` between words`, start: 0, end: 0 });
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
    const orderNode = member(node, "order")?.value;
    const control = member(node, "controlType")?.value;
    const details = member(node, "useAsAdditionalDetails")?.value;
    const options = [];
    const optionsMember = member(node, "dropdownOptions") ?? member(node, "radioButtonOptions") ?? member(node, "dynamicDropdownOptions");
    const dropdown = optionsMember?.value;
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
      options,
      optionsMember,
      order: orderNode?.type === "Number" ? { value: orderNode.value, node: orderNode } : void 0,
      controlType: control?.type === "String" ? { value: control.value.toLowerCase(), raw: control.value, node: control } : void 0,
      additionalDetails: details?.type === "Boolean" && details.value ? details : void 0
    });
  });
  return out;
}
function comparisons(expression) {
  const out = [];
  let start = 0;
  const piece = (from, to) => {
    const text = expression.slice(from, to);
    const eq = text.indexOf("==");
    const ne = text.indexOf("!=");
    const m = eq === -1 ? ne : ne === -1 ? eq : Math.min(eq, ne);
    if (m === -1)
      return;
    const left = text.slice(0, m);
    const ref = left.trim();
    if (!ref)
      return;
    const refStart = from + (left.length - left.trimStart().length);
    out.push({ ref, refStart, operator: text.slice(m, m + 2), value: text.slice(m + 2).trim() });
  };
  for (let i = 0; i < expression.length; i++) {
    const c = expression[i];
    if (c === "&" || c === "|" || c === "(" || c === ")") {
      piece(start, i);
      start = i + 1;
    }
  }
  piece(start, expression.length);
  return out;
}

// build/src/rules/form-dropdown-options/rule.js
var CHOICES = /* @__PURE__ */ new Set(["dropdown", "multiselectdropdown", "radiobuttongroup"]);
var rule_default9 = defineRule({
  id: "form-dropdown-options",
  description: "Dropdowns and radio button groups of a problem-scoping form have options to choose from",
  rationale: "A `dropdown`, `multiselectdropdown` or `radioButtonGroup` without `dropdownOptions` (or `radioButtonOptions`, or `dynamicDropdownOptions` filled at run time) shows an empty list: the question cannot be answered, and if it is `required` the form cannot be sent.\n\nSeverity `warn`: the form loads; one question is unusable. On `../shared/corpus` it fires 0 times.",
  severity: "warning",
  fixable: false,
  tags: ["payload", "form"],
  check({ article, report }) {
    for (const el of formElements(article.payload)) {
      if (!el.controlType || !CHOICES.has(el.controlType.value))
        continue;
      const dynamic = member(el.node, "dynamicDropdownOptions")?.value;
      if (dynamic && dynamic.type !== "Null")
        continue;
      const list = (member(el.node, "dropdownOptions") ?? member(el.node, "radioButtonOptions"))?.value;
      if (list?.type === "Array" && list.elements.length > 0)
        continue;
      const where = list ? span(article.payload, list) : span(article.payload, el.controlType.node);
      const what = list ? "an empty option list" : "no `dropdownOptions`";
      const id = el.id ? `"${el.id.value}"` : "This element";
      report({
        message: `${id} is a \`${el.controlType.raw}\` with ${what}; add the options to choose from`,
        ...where,
        ...list ? { end: where.start + 1 } : {}
      });
    }
  }
});

// build/src/rules/form-id-without-spaces/rule.js
var rule_default10 = defineRule({
  id: "form-id-without-spaces",
  description: "Problem-scoping form element ids have no spaces",
  rationale: "An element id is a key: the templates write `snake_case` ids, and an id with a space is easy to mistype in a `visibility` expression. The form still works (answers are stored under the id as written), so this is hygiene, unless a visibility expression refers to the id, which the message then says.\n\nSeverity `warn`. On `../shared/corpus` it fires 23 times (reported by `form-unique-ids` at error before).",
  severity: "warning",
  fixable: false,
  tags: ["payload", "form"],
  check({ article, report }) {
    const elements = formElements(article.payload);
    const referred = new Set(elements.flatMap((e) => e.visibility ? comparisons(e.visibility.value).map((c) => c.ref) : []));
    for (const el of elements) {
      if (!el.id || !/\s/.test(el.id.value))
        continue;
      const used = referred.has(el.id.value) ? ", and a visibility expression refers to it" : "";
      report({
        message: `Element id "${el.id.value}" contains whitespace${used}; use \`_\` between words`,
        ...span(article.payload, el.id.node)
      });
    }
  }
});

// build/src/rules/form-single-additional-details/rule.js
var rule_default11 = defineRule({
  id: "form-single-additional-details",
  description: 'At most one element of a problem-scoping form has `"useAsAdditionalDetails": true`',
  rationale: "The answer of the element marked `useAsAdditionalDetails` becomes the support case's description (the templates mark the `problem_description` text box). With two marked, one answer is dropped or they are merged in an order nobody chose.\n\nSeverity `warn`: the case is still created. On `../shared/corpus` it fires 6 times (in 5 forms).",
  severity: "warning",
  fixable: false,
  tags: ["payload", "form"],
  check({ article, report }) {
    let first;
    for (const el of formElements(article.payload)) {
      if (!el.additionalDetails)
        continue;
      const where = span(article.payload, el.additionalDetails);
      if (!first) {
        first = { line: article.lines.point(where.start).line, id: el.id?.value };
        continue;
      }
      const who = first.id ? `"${first.id}"` : "another element";
      report({
        message: `${who} on line ${first.line} is already used as the additional details; mark only one element`,
        ...where
      });
    }
  }
});

// build/src/rules/form-unique-dropdown-values/rule.js
var rule_default12 = defineRule({
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
var rule_default13 = defineRule({
  id: "form-unique-ids",
  description: "In a problem-scoping form, every element `id` is unique",
  rationale: "Answers are stored by element id and `visibility` expressions refer to ids: two elements with one id overwrite each other's answers. (Ids with spaces are `form-id-without-spaces`, a warning.)\n\nSeverity `error`: the form loses answers. On `../shared/corpus` it fires 0 times (23 before, all of them ids with spaces, now reported by `form-id-without-spaces`).",
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
    }
  }
});

// build/src/rules/form-unique-order/rule.js
var rule_default14 = defineRule({
  id: "form-unique-order",
  description: "No two elements of a problem-scoping form have the same `order`",
  rationale: "The portal lays the form out by `order`: two elements with one number are shown in an order nobody chose, which breaks forms whose later questions depend on earlier ones. Gaps (1, 2, 5) are fine; the templates have them.\n\nSeverity `warn`: every question is still shown. On `../shared/corpus` it fires 0 times (CORPUS-FINDINGS counts 0 too); it guards new forms.",
  severity: "warning",
  fixable: false,
  tags: ["payload", "form"],
  check({ article, report }) {
    const seen = /* @__PURE__ */ new Map();
    for (const el of formElements(article.payload)) {
      if (!el.order)
        continue;
      const where = span(article.payload, el.order.node);
      const first = seen.get(el.order.value);
      if (first) {
        const who = first.id ? ` by "${first.id}"` : "";
        const message = `Order ${el.order.value} is already used${who} on line ${first.line}; give each element its own order`;
        report({ message, ...where });
      } else
        seen.set(el.order.value, { line: article.lines.point(where.start).line, id: el.id?.value });
    }
  }
});

// build/src/rules/form-visibility-references/rule.js
var rule_default15 = defineRule({
  id: "form-visibility-references",
  description: "Form `visibility` expressions refer to element ids that exist in the form",
  rationale: "An element whose visibility names a missing id (a typo, a renamed element) is never shown, or always shown: the question silently disappears from the form. Expressions are read in one pass, however long or spaced.\n\nSeverity `error`: the form does not work as written. A reference that is an id in another case (`whichenv` for `Whichenv`) is a `warning`: whether the portal compares ids ignoring case is not written down, so the form may work. On `../shared/corpus` it fires 8 times (8 before), 1 of them such a case.",
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
      for (const c of comparisons(el.visibility.value)) {
        if (ids.has(c.ref) || c.ref === "null")
          continue;
        const at = exact ? where.start + 1 + c.refStart : where.start;
        const other = [...ids].find((id) => id.toLowerCase() === c.ref.toLowerCase());
        if (other) {
          report({
            message: `Visibility refers to "${c.ref}", and the element's id is "${other}": write it as the id is written`,
            severity: "warning",
            start: at,
            end: exact ? at + c.ref.length : where.end
          });
          continue;
        }
        const guess = didYouMean(c.ref, ids);
        report({
          message: `Visibility refers to "${c.ref}", which is not an element id of this form` + (guess ? `; did you mean "${guess}"?` : ""),
          start: at,
          end: exact ? at + c.ref.length : where.end
        });
      }
    }
  }
});

// build/src/rules/form-visibility-self-reference/rule.js
var rule_default16 = defineRule({
  id: "form-visibility-self-reference",
  description: "A form element's `visibility` does not depend on the element itself",
  rationale: "An element is shown when its visibility expression holds; an expression about the element's own answer can only hold once the element has been answered, so the question is never shown (or, with `!=`, can never be hidden again). The author meant another element, usually the one before it.\n\nSeverity `warn`: the form loads; one question misbehaves. On `../shared/corpus` it fires 1 time.",
  severity: "warning",
  fixable: false,
  tags: ["payload", "form"],
  check({ article, report }) {
    for (const el of formElements(article.payload)) {
      if (!el.visibility || !el.id)
        continue;
      const where = span(article.payload, el.visibility.node);
      const exact = article.text.slice(where.start + 1, where.end - 1) === el.visibility.value;
      for (const c of comparisons(el.visibility.value)) {
        if (c.ref !== el.id.value)
          continue;
        const at = exact ? where.start + 1 + c.refStart : where.start;
        report({
          message: `The visibility of "${el.id.value}" depends on "${el.id.value}" itself; refer to the element whose answer decides it`,
          start: at,
          end: exact ? at + c.ref.length : where.end
        });
      }
    }
  }
});

// build/src/rules/links.js
var cache2 = /* @__PURE__ */ new WeakMap();
var HTML_ATTR = /\b(href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
var BARE_URL = /\bhttps?:\/\/[^\s<>()"'\]]+/gi;
var TOKEN = /<!--\s*(?:\/\s*)?\$|^!--\s*(?:\/\s*)?\$/;
function isToken(url) {
  return TOKEN.test(url);
}
function linkTargets(ctx) {
  const cached = cache2.get(ctx.article);
  if (cached)
    return cached;
  const { text } = ctx.article;
  const out = [];
  const push = (url, start, end, kind, node, image) => out.push({ url, start, end, kind, node, image, token: isToken(url) });
  const used = usedLabels(ctx);
  for (const type of ["link", "image", "definition"]) {
    for (const node of ctx.nodes(type)) {
      const s = node.position?.start.offset;
      const e = node.position?.end.offset;
      if (s === void 0 || e === void 0)
        continue;
      if (type === "definition" && !used.has(node.identifier))
        continue;
      if (type === "link" && text[s] === "<") {
        push(node.url, s + 1, e - 1, "autolink", node, false);
        continue;
      }
      const source = text.slice(s, e);
      const at = locateUrl(source, node.url, type === "definition");
      push(node.url, s + at.start, s + at.end, type, node, type === "image");
    }
  }
  for (const node of ctx.nodes("html")) {
    const s = node.position?.start.offset;
    if (s === void 0 || !/\b(?:href|src)\s*=/i.test(node.value))
      continue;
    const value = blankComments(node.value);
    for (const m of value.matchAll(HTML_ATTR)) {
      const url = m[2] ?? m[3];
      const start = s + (m.index ?? 0) + m[0].length - url.length - 1;
      const image = m[1].toLowerCase() === "src";
      push(url, start, start + url.length, "html", node, image);
    }
  }
  const anchored = insideHtmlAnchors(ctx);
  for (const node of ctx.nodes("text")) {
    const s = node.position?.start.offset;
    const e = node.position?.end.offset;
    if (s === void 0 || e === void 0 || !/https?:\/\//i.test(node.value))
      continue;
    if (ctx.ancestors(node).some((a) => a.type === "link" || a.type === "linkReference"))
      continue;
    if (anchored.has(node))
      continue;
    const source = text.slice(s, e);
    for (const m of source.matchAll(BARE_URL)) {
      const url = trimTrailing(m[0]);
      push(url, s + (m.index ?? 0), s + (m.index ?? 0) + url.length, "bare", node, false);
    }
  }
  out.sort((a, b) => a.start - b.start);
  cache2.set(ctx.article, out);
  return out;
}
function insideHtmlAnchors(ctx) {
  const inside = /* @__PURE__ */ new Set();
  const parents = /* @__PURE__ */ new Set();
  for (const html of ctx.nodes("html")) {
    const parent = ctx.ancestors(html).at(-1);
    if (parent && parent.type !== "root" && /<a\b/i.test(html.value))
      parents.add(parent);
  }
  const mark = (n) => {
    inside.add(n);
    if ("children" in n)
      for (const c of n.children)
        mark(c);
  };
  for (const parent of parents) {
    let open = false;
    for (const child of parent.children) {
      if (child.type === "html") {
        const tags = child.value.match(/<\/?a\b/gi);
        if (tags)
          open = !tags[tags.length - 1].startsWith("</");
      } else if (open)
        mark(child);
    }
  }
  return inside;
}
function blankComments(value) {
  let out = "";
  let from = 0;
  for (let open = value.indexOf("<!--"); open !== -1; open = value.indexOf("<!--", from)) {
    const close = value.indexOf("-->", open + 4);
    if (close === -1)
      break;
    const end = close + 3;
    if (!/^<!--\s*(?:\/\s*)?\$/.test(value.slice(open, Math.min(end, open + 64)))) {
      out += value.slice(from, open) + value.slice(open, end).replace(/[^\n]/g, " ");
    } else
      out += value.slice(from, end);
    from = end;
  }
  return out + value.slice(from);
}
function trimTrailing(url) {
  let end = url.length;
  while (end > 0 && ".,;:!?*_".includes(url[end - 1]))
    end--;
  return url.slice(0, end);
}
function usedLabels(ctx) {
  const used = /* @__PURE__ */ new Set();
  for (const n of ctx.nodes("linkReference"))
    used.add(n.identifier);
  for (const n of ctx.nodes("imageReference"))
    used.add(n.identifier);
  return used;
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
function isPlaceholder(raw) {
  const url = raw.trim();
  if (url === "" || url === "#" || /^<[^<>]*>$/.test(url))
    return true;
  return /^https?:\/*$/i.test(url) || /^https?:\/\/aka\.ms\/?$/i.test(url);
}
function hostOf(url) {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i.exec(url.trim());
  return m ? m[1].toLowerCase() : null;
}
function isMicrosoftHost(host) {
  return /(^|\.)(microsoft\.com|azure\.com|azure\.net|aka\.ms|msdn\.com|technet\.com|windows\.net|visualstudio\.com|office\.com|live\.com|bing\.com|microsoftonline\.com|azure\.cn)$/.test(host);
}
var TLD = "com|net|org|ms|io|gov|edu|cn|us|de|uk|co|jp|fr|in|info|biz|dev|app|cloud|azure";
var SCHEME_LESS = new RegExp(`^(?:www\\.[a-z0-9-]+|[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:${TLD}))(?=[/?#:]|$)`, "i");
var SCHEME_TYPO = /^(ttps?|htps?|htp|htts?|hhttps?|htttps?|httpss|hptts?):\/\//i;
function urlProblem(raw) {
  const url = raw.trim();
  if (!url || isToken(url))
    return null;
  if (url.length > 2 && url.startsWith("(") && url.endsWith(")")) {
    return { kind: "parentheses", fixed: url.slice(1, -1) };
  }
  let m = SCHEME_TYPO.exec(url);
  if (m) {
    const scheme = m[1].toLowerCase().endsWith("s") ? "https" : "http";
    return { kind: "scheme-typo", fixed: `${scheme}://${url.slice(m[0].length)}` };
  }
  m = /^(https?):\/(?!\/)(?=\S)/i.exec(url) ?? /^(https?)\/\/(?=\S)/i.exec(url) ?? /^(https?):\\\\(?=\S)/i.exec(url);
  if (m)
    return { kind: "scheme-typo", fixed: `${m[1].toLowerCase()}://${url.slice(m[0].length)}` };
  if (/^https?:\/\/\S*\s/i.test(url))
    return { kind: "space" };
  if (/^https?(?:www\.|[a-z0-9-]+\.(?:microsoft|azure|windows|aka)\.)/i.test(url))
    return { kind: "scheme-typo" };
  m = SCHEME_LESS.exec(url);
  if (m) {
    const host = m[0].toLowerCase();
    return { kind: "no-scheme", fixed: isMicrosoftHost(host) ? `https://${url}` : void 0 };
  }
  return null;
}
var proseCache = /* @__PURE__ */ new WeakMap();
var NOT_PROSE = ["inlineCode", "html", "link", "linkReference", "image", "imageReference", "break"];
var IN_LINK = /* @__PURE__ */ new Set(["link", "linkReference"]);
function proseText(ctx) {
  const cached = proseCache.get(ctx.article);
  if (cached !== void 0)
    return cached;
  const { text } = ctx.article;
  const bytes = Buffer.from(text, "utf16le");
  const source = new Uint16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  const chars = new Uint16Array(text.length);
  const fill = (type, code) => {
    for (const n of ctx.nodes(type)) {
      const s = n.position?.start.offset;
      const e = n.position?.end.offset;
      if (s === void 0 || e === void 0)
        continue;
      if (code !== null)
        chars.fill(code, s, e);
      else if (!ctx.ancestors(n).some((a) => IN_LINK.has(a.type)))
        chars.set(source.subarray(s, e), s);
    }
  };
  for (const type of ["emphasis", "strong", "delete"])
    fill(type, 32);
  for (const type of NOT_PROSE)
    fill(type, 0);
  fill("text", null);
  const out = new TextDecoder("utf-16le").decode(chars);
  proseCache.set(ctx.article, out);
  return out;
}
function openingBracket(prose, close) {
  for (let i = close - 1; i >= 0 && close - i <= 1e3; i--) {
    const c = prose[i];
    if (c === "[")
      return i > 0 && prose[i - 1] === "\\" ? -1 : i;
    if (c === "]" || c === "\0")
      return -1;
  }
  return -1;
}

// build/src/rules/image-alt-text/rule.js
var rule_default17 = defineRule({
  id: "image-alt-text",
  description: "Images have alt text: `![What it shows](screenshot.png)`",
  rationale: 'Screen readers read the alt text instead of the image, and it is shown when the image cannot load (many screenshots in articles are on hosts that go away). It is a `warning`: the page works, but some readers get nothing. An HTML `<img alt="">` marks an image as decorative on purpose and is not reported. On `../shared/corpus` (5,512 articles): 5 reports in 4 articles, all `![](Screenshots\\...)`.',
  severity: "warning",
  fixable: false,
  tags: ["links"],
  check(ctx) {
    for (const type of ["image", "imageReference"]) {
      for (const node of ctx.nodes(type)) {
        if ((node.alt ?? "").trim())
          continue;
        ctx.report({ message: "Describe what this image shows in its alt text: `![...](...)`", node });
      }
    }
    for (const node of ctx.nodes("html")) {
      const s = node.position?.start.offset;
      if (s === void 0 || !/<img\b/i.test(node.value))
        continue;
      for (const tag of imgTags(blankComments(node.value))) {
        if (/\salt\s*=/i.test(tag.text))
          continue;
        const start = s + tag.index;
        const message = "Give this `<img>` an `alt` attribute describing what it shows";
        ctx.report({ message, start, end: start + tag.text.length });
      }
    }
  }
});
function imgTags(html) {
  const out = [];
  const lower = html.toLowerCase();
  for (let at = lower.indexOf("<img"); at !== -1; at = lower.indexOf("<img", at + 4)) {
    if (/[\w-]/.test(lower[at + 4] ?? ""))
      continue;
    const close = lower.indexOf(">", at);
    if (close === -1)
      break;
    out.push({ index: at, text: html.slice(at, close + 1) });
  }
  return out;
}

// build/src/rules/issue-description-markers/rule.js
var rule_default18 = defineRule({
  id: "issue-description-markers",
  description: "`<!--issueDescription-->` and `<!--/issueDescription-->` come in balanced, un-nested pairs, at most one block per article",
  rationale: "Diagnostics insights show the text between the markers as the issue description: an opening marker written as a closing one, or a block never closed, shows the wrong text or none. Each broken block is reported once, where it goes wrong: an opening written as a closing marker at that marker (not also at the closing one after it), an opening indented into code at the opening. A closing marker written as an opening one (a second opening that nothing closes after it) is reported at that marker, once, not as a block never closed. On `../shared/corpus` (5,512 articles): 22 reports in 22 articles, 17 openings written as closing markers, 3 closings written as openings, 1 indented opening and 1 block never closed (25 before: the 3 closings written as openings were reported twice, with advice to close the first block before them; 42 before that: the closing marker after an opening written as a closing was reported too, and the indented opening as a closing with no opening).",
  severity: "error",
  fixable: false,
  tags: ["structure", "diagnostics"],
  check(ctx) {
    const { report } = ctx;
    const issues = markers(ctx).filter((m) => m.kind === "issue");
    const inCode = issueMarkersInCode(ctx);
    let open = null;
    let blocks = 0;
    let after = 0;
    issues.forEach((m, i) => {
      if (m.name !== "issueDescription") {
        report({
          message: `Write the marker as \`<!--${m.closing ? "/" : ""}issueDescription-->\``,
          start: m.start,
          end: m.end
        });
      }
      const opens = (at) => {
        open = at;
        blocks++;
        if (blocks === 2)
          report({ message: "A second issueDescription block; an article has one", start: at.start, end: at.end });
      };
      if (!m.closing) {
        if (open && !issues[i + 1]?.closing) {
          report({
            message: "The block closes here, but the marker is written as an opening one: write `<!--/issueDescription-->`",
            start: m.start,
            end: m.end
          });
          open = null;
        } else if (open)
          report({
            message: "An issueDescription block opens inside another; close the first one before",
            start: m.start,
            end: m.end
          });
        else
          opens(m);
      } else if (!open) {
        const coded = inCode.find((c) => !c.closing && c.start >= after && c.start < m.start);
        const next = issues[i + 1];
        if (coded) {
          report({
            message: "This `<!--issueDescription-->` is indented 4 spaces or more (or inside a code block), so markdown shows it as code and the block has no opening; remove the indentation",
            start: coded.start,
            end: coded.end
          });
          blocks++;
        } else if (next?.closing) {
          report({
            message: "The block opens here, but the marker is written as a closing one: write `<!--issueDescription-->`",
            start: m.start,
            end: m.end
          });
          opens(m);
        } else
          report({
            message: "This closing marker has no opening `<!--issueDescription-->` before it",
            start: m.start,
            end: m.end
          });
      } else
        open = null;
      after = m.end;
    });
    const left = open;
    if (left && !left.closing)
      report({
        message: "This issueDescription block is never closed with `<!--/issueDescription-->`",
        start: left.start,
        end: left.end
      });
  }
});

// build/src/rules/known-type-and-clouds/rule.js
var PUBLISHING = /* @__PURE__ */ new Set(["selfHelpType", "cloudEnvironments"]);
var rule_default19 = defineRule({
  id: "known-type-and-clouds",
  description: "`selfHelpType` and `cloudEnvironments` hold known values (they decide how and where an article is published)",
  rationale: "An unknown `selfHelpType` leaves the portal no way to show the article, and an unknown cloud (`moncake`) silently withholds it from the cloud the author meant: both break publishing, unlike the hygiene that `valid-attribute-values` checks. Case and spacing do not matter (`Generic`, `public, Fairfax`); every type of the templates (`health` included) and of the corpus is known.\n\nSeverity `error`. On `../shared/corpus` it fires 0 times.",
  severity: "error",
  fixable: false,
  tags: ["metadata", "schema"],
  check({ issues, report }) {
    for (const i of issues) {
      if (i.kind === "value" && PUBLISHING.has(i.attribute))
        report({ message: i.message, start: i.start, end: i.end });
    }
  }
});

// build/src/rules/max-list-depth/rule.js
var rule_default20 = defineRule({
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
        report({
          message: `This list is nested ${depth} levels deep; at most ${max} levels are allowed`,
          node: list.children[0] ?? list,
          end: list.children[0]?.position?.start.offset
        });
      }
    }
  }
});

// build/src/rules/no-aka-ms-links/rule.js
var rule_default21 = defineRule({
  id: "no-aka-ms-links",
  description: "No `aka.ms` short links",
  rationale: "Short links hide where they go, cannot be checked, and may be retargeted by anyone who owns them; the templates ask for the full URL. It is a `warning`: the link works today; the risk is where it goes tomorrow. The root `https://aka.ms/` alone is a placeholder, reported by `no-empty-link-targets` instead. On `../shared/corpus` (5,512 articles): 33 reports in 24 articles (35 before the shared link extraction: two were `https://aka.ms/` placeholders).",
  severity: "warning",
  fixable: false,
  tags: ["links"],
  check(ctx) {
    for (const t of linkTargets(ctx)) {
      if (t.kind !== "bare" && isPlaceholder(t.url))
        continue;
      if (hostOf(t.url) === "aka.ms")
        ctx.report({
          message: `Replace the aka.ms short link \`${t.url}\` with the full URL of the page it points to`,
          start: t.start,
          end: t.end
        });
    }
  }
});

// build/src/rules/no-broken-link-syntax/rule.js
var TARGET = new RegExp("[ \\t]*<?(?:https?:|mailto:|(?:button-)?data-(?:blade|context):|www\\.|aka\\.ms/|#[\\w-]|\\.{1,2}/|(?:[\\w~%-]+/)*[\\w~%.-]+\\.(?:md|png|jpe?g|gif|svg|html?|pdf)[)#?])", "iy");
var rule_default22 = defineRule({
  id: "no-broken-link-syntax",
  description: "Links are written `[text](target)`: no line break or space between `]` and `(`, no space in the target",
  rationale: "CommonMark reads `[text]` followed by a line break or a space and `(url)` as plain text, and a target with a space in it ends the link before it starts: the reader sees the brackets and the raw URL instead of a link. It is a `warning`, not an `error`: the page still shows the text and the address, so nothing is lost, but the link is gone. `--fix` removes the line break or space between `]` and `(`; a space inside a target is left for the author (`%20` or a typo?). On `../shared/corpus` (5,512 articles): 3 reports in 3 articles, all spaces inside a docs URL (`docs.microsoft.com /azure/...`); that slice has no `]` + line break + `(`, which the unseen articles of issue 13 have 465 times.",
  severity: "warning",
  fixable: true,
  tags: ["links"],
  check(ctx) {
    const prose = proseText(ctx);
    const nextClose = closers(prose);
    for (let close = prose.indexOf("]"); close !== -1; close = prose.indexOf("]", close + 1)) {
      if (prose[close - 1] === "\\")
        continue;
      let p = close + 1;
      let breaks = 0;
      while (p < prose.length && (prose[p] === " " || prose[p] === "	" || prose[p] === "\r" || prose[p] === "\n")) {
        if (prose[p] === "\n" && ++breaks > 1)
          break;
        p++;
      }
      if (breaks > 1 || prose[p] !== "(")
        continue;
      TARGET.lastIndex = p + 1;
      if (!TARGET.test(prose))
        continue;
      const end = nextClose[p + 1];
      if (end === -1 || prose[end] !== ")")
        continue;
      const open = openingBracket(prose, close);
      if (open === -1 || close - open < 2)
        continue;
      const gap = prose.slice(close + 1, p);
      const target = prose.slice(p + 1, end).trim();
      if (gap) {
        const what = gap.includes("\n") ? "a line break" : "a space";
        ctx.report({
          message: `${what[0].toUpperCase()}${what.slice(1)} between \`]\` and \`(\` makes this plain text, not a link; write \`](\``,
          start: open,
          end: end + 1,
          fix: { range: [close + 1, p], text: "" }
        });
      } else if (/\s/.test(target) && !/^<[^<>]*>$/.test(target)) {
        ctx.report({
          message: `The target \`${target.length > 60 ? `${target.slice(0, 57)}...` : target}\` has a space, so this is plain text, not a link; remove the space or write it as \`%20\``,
          start: open,
          end: end + 1
        });
      }
    }
  }
});
function closers(prose) {
  const next = new Int32Array(prose.length + 1).fill(-1);
  for (let i = prose.length - 1; i >= 0; i--) {
    const c = prose[i];
    next[i] = c === ")" || c === "\n" || c === "\0" ? i : next[i + 1];
  }
  return next;
}

// build/src/rules/no-duplicate-attributes/rule.js
var rule_default23 = defineRule({
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
var rule_default24 = defineRule({
  id: "no-empty-link-targets",
  description: "Links have a target: not empty, not `#`, not a bare `https://` placeholder",
  rationale: "An empty or placeholder target is a link the author meant to fill in; readers get a dead link. It is an `error`: the link goes nowhere. A target that is a replacement token (`<!--$Link-->...<!--/$Link-->`) is filled by the portal and is not reported, nor is a definition nothing refers to (`[comment]: # (...)`, the markdown comment idiom). On `../shared/corpus` (5,512 articles): 8 reports in 5 articles (11 before: 5 of them token targets; the 2 `https://aka.ms/` placeholders now counted here were short-link reports before).",
  severity: "error",
  fixable: false,
  tags: ["links"],
  check(ctx) {
    for (const t of linkTargets(ctx)) {
      if (t.kind === "bare" || t.token)
        continue;
      const url = t.url.trim();
      if (isPlaceholder(url)) {
        const source = ctx.article.text.slice(t.node.position.start.offset, t.node.position.end.offset);
        ctx.report({
          message: `This link has no target${url ? ` (\`${url}\` is a placeholder)` : ""}: \`${source.length > 60 ? `${source.slice(0, 57)}...` : source}\``,
          node: t.node
        });
      }
    }
  }
});

// build/src/rules/no-formatting-in-issue-description/rule.js
var WHAT = { link: "a link", strong: "bold text", emphasis: "italic text", image: "an image" };
function emphasisedValue(text, start, end, tokens) {
  const delimiter = /^(\*\*|__|\*|_)/.exec(text.slice(start, end))?.[1];
  if (!delimiter || !text.slice(start, end).endsWith(delimiter))
    return false;
  const inside = tokens.filter((m) => m.start >= start && m.end <= end);
  if (!inside.length)
    return false;
  let rest = "";
  let at = start + delimiter.length;
  for (let i = 0; i < inside.length; i += 2) {
    const [open, close] = [inside[i], inside[i + 1]];
    if (open.closing || !close?.closing || close.name.trim().toLowerCase() !== open.name.trim().toLowerCase())
      return false;
    rest += ` ${text.slice(at, open.start)}`;
    at = close.end;
  }
  rest += ` ${text.slice(at, end - delimiter.length)}`;
  const words = rest.trim().split(/\s+/).filter(Boolean);
  return words.length <= 2 && !/[*_[\]<>`]/.test(rest);
}
var rule_default25 = defineRule({
  id: "no-formatting-in-issue-description",
  description: "No links, bold or italics inside `<!--issueDescription-->`",
  rationale: "The issue description is shown as plain text (template notes): markdown inside it appears as raw asterisks and brackets.\n\nSeverity `warn`: the insight is shown, with a garbled description. Only the types whose template has the block (diagnostics, rca, service health) are checked, as for `no-headings-in-issue-description`: troubleshooter cards (`TSG_Content`) and the other types that wrap a whole formatted body in the markers use them by convention, not as a plain-text description. Bold or italics around a replacement token (with at most a unit or a short label beside it) is not reported: the team's own diagnostic sample emphasises its tokens so, and the portal shows the value it fills in. On `../shared/corpus` it fires 11 times (112 before: 101 were emphasised tokens; 356 before that: 239 in types without the block, 229 of them `TSG_Content` cards; 5 were bold headings inside the block, which `no-headings-in-issue-description` reports as the block closing too late).",
  severity: "warning",
  fixable: false,
  tags: ["structure", "diagnostics"],
  check(ctx) {
    if (!ctx.meta.overlay?.structure.issueDescription)
      return;
    const ranges = issueDescriptionRanges(ctx);
    if (!ranges.length)
      return;
    const tokens = markers(ctx).filter((m) => m.kind === "token");
    for (const type of ["link", "strong", "emphasis", "image"]) {
      for (const node of ctx.nodes(type)) {
        const s = node.position.start.offset;
        if (!ranges.some(([a, b]) => s >= a && s < b))
          continue;
        if (ctx.ancestors(node).some((n) => n.type === "heading"))
          continue;
        const e = node.position.end.offset;
        if ((type === "strong" || type === "emphasis") && emphasisedValue(ctx.article.text, s, e, tokens))
          continue;
        ctx.report({ message: `The issue description is plain text; remove ${WHAT[type]}`, node });
      }
    }
  }
});

// build/src/rules/no-headings-in-issue-description/rule.js
var rule_default26 = defineRule({
  id: "no-headings-in-issue-description",
  description: "No headings inside `<!--issueDescription-->`; a diagnostic's H2 title goes before the block",
  rationale: "The Diagnostic template puts the insight's title, a bold H2, outside and before the `issueDescription` block, and says the block holds plain paragraphs: the portal shows the block's text as the description, so a heading inside it appears as raw `##` or is lost.\n\nSeverity `warn`: the insight is shown, with a garbled description. One report per block, at its first heading. Only the types whose template has the block (diagnostics, rca, service health) are checked: troubleshooter cards (`TSG_Content`) use the markers around their whole body. On `../shared/corpus` it fires 3 times (95 before it was limited to insight types and to one report per block).",
  severity: "warning",
  fixable: false,
  tags: ["structure", "diagnostics"],
  check(ctx) {
    if (!ctx.meta.overlay?.structure.issueDescription)
      return;
    const ranges = issueDescriptionRanges(ctx);
    if (!ranges.length)
      return;
    for (const [a, b] of ranges) {
      const inside = ctx.nodes("heading").filter((h) => {
        const s = h.position.start.offset;
        return s >= a && s < b;
      });
      if (!inside.length)
        continue;
      const first = inside[0];
      const more = inside.length > 1 ? ` (and ${inside.length - 1} more)` : "";
      const where = first.depth === 2 && inside.length === 1 ? "an H2 title goes before `<!--issueDescription-->`" : "the description is plain paragraphs; does `<!--/issueDescription-->` close too late?";
      ctx.report({ message: `A heading inside the issue description${more}; ${where}`, node: first });
    }
  }
});

// build/src/rules/no-http-microsoft-links/rule.js
var rule_default27 = defineRule({
  id: "no-http-microsoft-links",
  description: "Links to Microsoft sites use `https://`",
  rationale: "Every Microsoft docs and portal host serves https; an `http://` link costs a redirect and is flagged as insecure by browsers and scanners. It is a `warning`, not an `error`: the redirect to https works. On `../shared/corpus` (5,512 articles): 55 reports in 39 articles (55 before).",
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
      ctx.report({
        message: `Use \`https://\` for ${host}`,
        start: t.start,
        end: t.end,
        fix: { range: [t.start, t.start + "http".length], text: "https" }
      });
    }
  }
});

// build/src/rules/no-include-references/rule.js
var INCLUDE = /\[\s*(!|AZURE\.)\s*INCLUDE\b/gi;
var rule_default28 = defineRule({
  id: "no-include-references",
  description: "No include references (`[!INCLUDE [...](...)]`)",
  rationale: "The portal does not support includes: the reference is shown to readers as literal text and the included content never appears. The content team removed every include reference from its articles; copy the text in instead.\n\nSeverity `warn`: the article is published, with a visible hole. On `../shared/corpus` it fires 0 times.",
  severity: "warning",
  fixable: false,
  tags: ["structure"],
  check(ctx) {
    const { text } = ctx.article;
    if (!/include/i.test(text))
      return;
    const code = codeRanges(ctx);
    for (const m of text.matchAll(INCLUDE)) {
      const s = m.index;
      if (code.some(([a, b]) => s >= a && s < b))
        continue;
      ctx.report({
        message: "An include reference: the portal does not support includes; copy the text into the article",
        start: s,
        end: s + m[0].length
      });
    }
  }
});

// build/src/rules/no-locale-in-docs-links/rule.js
var LOCALE = /^(https?:\/\/[^/]+)\/([a-z]{2}-[a-z]{2,4})(?=\/|$)/i;
var DOCS = /(^|\.)(learn\.microsoft\.com|docs\.microsoft\.com|azure\.microsoft\.com|support\.microsoft\.com|technet\.microsoft\.com|msdn\.microsoft\.com|microsoft\.com)$/;
var rule_default29 = defineRule({
  id: "no-locale-in-docs-links",
  description: "Docs links must not pin a locale such as `/en-us/`",
  rationale: "The docs site picks the reader's language; a pinned `/en-us/` sends every reader to English (TPS guide and templates). Articles published only to Mooncake are exempt: there the locale is deliberate. It is a `warning`: the page opens, in a language the reader may not read. On `../shared/corpus` (5,512 articles): 139 reports in 101 articles (139 before).",
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

// build/src/rules/no-md-suffix-in-article-id/rule.js
var rule_default30 = defineRule({
  id: "no-md-suffix-in-article-id",
  description: "`articleId` does not end in `.md`",
  rationale: "An id is a key, not a file name: a `.md` suffix is usually the file name pasted in. But an articleId is permanent once published (support topics, telemetry and links refer to it), so changing it is riskier than the blemish: write new ids without the suffix and leave published ones alone.\n\nSeverity `info` for that reason. On `../shared/corpus` it fires 133 times (133 before, as part of `article-id-format`).",
  severity: "info",
  fixable: false,
  tags: ["metadata"],
  check({ meta, report }) {
    const id = meta.values.get("articleId");
    if (!id || !/\.md$/i.test(id.value))
      return;
    report({
      message: `articleId "${id.value}" ends in \`.md\`; an id is not a file name (keep it if the article is published)`,
      start: id.attribute.valueStart,
      end: id.attribute.valueEnd
    });
  }
});

// build/src/rules/no-missing-anchors/rule.js
var rule_default31 = defineRule({
  id: "no-missing-anchors",
  description: "Links to `#anchors` in the same article name an anchor that one of its headings makes",
  rationale: "The site gives each heading an anchor with GitHub's algorithm (rehype-slug, github-slugger: lower case, spaces to `-`, punctuation dropped, `-1` for a repeat). A `#fragment` no heading makes scrolls nowhere. Raw HTML anchors (`<a name=\"x\">`) are removed when the article is published (the templates say named anchors do not work), so they do not count. Fragments with `/` or `@` (`#blade/...`, `#view/...`) are routes of the portal, not anchors, and are left alone. It is a `warning`: the reader stays on the right page, only the jump is lost. `--fix` rewrites a fragment to the heading's anchor when the two differ only in case or punctuation (`#Check-The-Log` to `#check-the-log`). On `../shared/corpus` (5,512 articles): 0 reports: its articles link no `#fragment` of their own.",
  severity: "warning",
  fixable: true,
  tags: ["links"],
  check(ctx) {
    const targets = linkTargets(ctx).filter((t) => t.kind !== "bare" && !t.token && !t.image && t.url.startsWith("#") && t.url.length > 1);
    if (!targets.length)
      return;
    const slugger = new BananaSlug();
    const anchors = /* @__PURE__ */ new Set();
    for (const h of ctx.nodes("heading")) {
      anchors.add(slugger.slug(toString(h, { includeHtml: false, includeImageAlt: false })));
    }
    for (const t of targets) {
      let fragment = t.url.slice(1);
      try {
        fragment = decodeURIComponent(fragment);
      } catch {
      }
      if (anchors.has(fragment) || /[/@]/.test(fragment))
        continue;
      const near = new BananaSlug().slug(fragment);
      const hint = anchors.has(near) ? near : void 0;
      const exact = ctx.article.text.slice(t.start, t.end) === t.url;
      ctx.report({
        message: `No heading in this article makes the anchor \`${t.url}\`` + (hint ? `; the heading's anchor is \`#${hint}\`` : ""),
        start: t.start,
        end: t.end,
        fix: hint && exact ? { range: [t.start, t.end], text: `#${hint}` } : void 0
      });
    }
  }
});

// build/src/rules/no-missing-local-targets/rule.js
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
var SCHEME = /^[a-z][a-z0-9+.-]*:/i;
var MEDIA = /\.(?:png|jpe?g|gif|svg|webp|bmp|ico|tiff?|mp4|webm|mov|avi|wmv|mp3|wav)$/i;
var SKIP = /* @__PURE__ */ new Set(["node_modules", ".git", "dist", "build", "out"]);
function holdsMedia(root) {
  const stack = [root];
  while (stack.length) {
    const dir = stack.pop();
    let names;
    try {
      names = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const d of names) {
      if (d.isFile() && MEDIA.test(d.name))
        return true;
      if (d.isDirectory() && !SKIP.has(d.name) && !d.name.startsWith("."))
        stack.push(path.join(dir, d.name));
    }
  }
  return false;
}
var BLADE_ID = /^Microsoft_[A-Za-z]\w*\./;
var rule_default32 = defineRule({
  id: "no-missing-local-targets",
  description: "Relative links and images point at files that exist; no absolute local paths",
  rationale: "A relative target is published beside the article only if the file is there: a missing screenshot or a Windows path such as `C:\\Users\\...` or `Screenshots\\x.png` is a broken image for every reader. It is an `error`: a missing file is a broken image or link. A backslashed path to a file that is there is not reported (browsers read `\\` as `/` in a web address); a web address without its scheme is `valid-link-urls`' to report; a replacement-token target is filled by the portal. The targets are looked for at every run, not cached with the article: a screenshot added or removed since is seen at once. A checkout without a single media file (a markdown-only export, a sparse checkout) cannot tell a missing image from one it was not given: its images are not reported, its links to missing articles are. On `../shared/corpus` (5,512 articles, markdown only): 1 report, a path on the author's machine (6 before: 5 were screenshots the source repository has; 11 before that: 5 were replacement-token targets).",
  severity: "error",
  fixable: false,
  tags: ["links"],
  summarize(ctx) {
    const targets = [];
    const at = (start, end) => {
      const s = ctx.article.lines.point(start);
      const e = ctx.article.lines.point(end);
      return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
    };
    for (const t of linkTargets(ctx)) {
      if (t.kind === "bare" || t.kind === "autolink" || t.token)
        continue;
      const url = t.url.trim();
      if (!url || url.startsWith("#") || url.startsWith("//") || url.startsWith("/") || BLADE_ID.test(url))
        continue;
      if (/^[a-z]:[\\/]/i.test(url)) {
        targets.push({ url, image: !!t.image, backslashed: false, ...at(t.start, t.end) });
        continue;
      }
      if (SCHEME.test(url) || urlProblem(url))
        continue;
      const file = url.split(/[?#]/)[0];
      let decoded = file;
      try {
        decoded = decodeURI(file);
      } catch {
      }
      const backslashed = decoded.includes("\\");
      const slashed = backslashed ? decoded.replace(/\\/g, "/") : decoded;
      targets.push({ url, image: !!t.image, path: slashed, backslashed, ...at(t.start, t.end) });
    }
    return targets.length ? targets : void 0;
  },
  // changed-files mode: a file's targets are its own business
  indexKeys: () => [],
  select: (changed) => changed.map((e) => e.file),
  checkCorpus(entries, report, _options, run) {
    const cwd = run.cwd ?? process.cwd();
    const media = /* @__PURE__ */ new Map();
    const treeHasMedia = (file) => {
      const top = file.includes("/") ? file.slice(0, file.indexOf("/")) : ".";
      let has = media.get(top);
      if (has === void 0)
        media.set(top, has = holdsMedia(path.resolve(cwd, top)));
      return has;
    };
    for (const { file, summary } of entries) {
      if (run.changed && !run.changed.has(file))
        continue;
      const folder = path.resolve(cwd, path.dirname(file));
      for (const t of summary) {
        const where = { file, line: t.line, column: t.column, endLine: t.endLine, endColumn: t.endColumn };
        if (t.path === void 0) {
          report({
            ...where,
            message: `\`${t.url}\` is a path on the author's machine; add the file beside the article and link it relatively`
          });
          continue;
        }
        if (existsSync(path.resolve(folder, t.path)))
          continue;
        if ((t.image || MEDIA.test(t.path)) && !treeHasMedia(file))
          continue;
        const what = t.image ? "Image" : "Link target";
        report({
          ...where,
          message: t.backslashed ? `${what} \`${t.url}\` does not exist next to this article, nor as \`${t.path}\`` : `${what} \`${t.url}\` does not exist next to this article`
        });
      }
    }
  }
});

// build/src/rules/no-note-tags/rule.js
var TAG = /\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]|\[AZURE\.(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]/gi;
var rule_default33 = defineRule({
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
        report({
          message: `\`${m[0]}\` does not render in the portal; write **Note:** instead`,
          start: at,
          end: at + m[0].length
        });
      }
    }
  }
});

// build/src/rules/no-review-docs-links/rule.js
var rule_default34 = defineRule({
  id: "no-review-docs-links",
  description: "No links to the docs review (staging) sites",
  rationale: "`review.docs.microsoft.com` and `review.learn.microsoft.com` are internal previews: customers cannot open them. It is an `error`: the link is dead for every customer. On `../shared/corpus` (5,512 articles): 0 reports (0 before).",
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

// build/src/rules/no-second-h1/rule.js
var SECTION3 = /^[\s*_]*recommended\s+(steps?|documents?|docs)[\s*_:]*$/i;
var rule_default35 = defineRule({
  id: "no-second-h1",
  description: "The article has at most one H1 heading",
  rationale: "The portal takes the first H1 as the title; a second H1 is shown as an oversized section heading, usually a section written at the wrong level. A `# Recommended Steps` heading is left to `bold-recommended-sections`, whose fix writes it as the bold H2 it should be: one problem, one report.\n\nSeverity `warn`: the article is published and titled correctly. On `../shared/corpus` it fires 5 times (49 second H1s were reported by `single-h1` at error before; 44 of them are `# Recommended Steps` or `# Recommended Documents`, which `bold-recommended-sections` reports).",
  severity: "warning",
  fixable: false,
  tags: ["structure"],
  check({ meta, nodes, report }) {
    if (meta.overlay?.structure.h1 === false)
      return;
    const h1s = nodes("heading").filter((h) => h.depth === 1);
    if (h1s.length < 2)
      return;
    const first = h1s[0].position.start.line;
    const sections = !meta.overlay || meta.overlay.structure.sections;
    for (const h of h1s.slice(1)) {
      if (sections && SECTION3.test(toString(h)))
        continue;
      report({
        message: `A second H1 heading (the first is on line ${first}); use \`##\` or \`###\` for sections`,
        node: h
      });
    }
  }
});

// build/src/rules/no-tables/rule.js
var DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*\r?$/m;
var rule_default36 = defineRule({
  id: "no-tables",
  description: "No tables (pipe tables or HTML `<table>`)",
  rationale: "The portal's renderer does not support tables (the templates say \"tables do not work\"): they show as rows of pipes. Use a list. A pipe table is reported at its header row, also when prose runs into it in one paragraph.\n\nApollo (Solutions 2.0) articles are not checked: the note is in the older templates, not in Apollo's, whose renderer has table components (their titles are among its localised fields). On `../shared/corpus` it fires 31 times (35 before: 4 tables in Apollo articles).",
  severity: "warning",
  fixable: false,
  tags: ["structure"],
  check({ article, meta, nodes, report }) {
    if (meta.type === "apollo")
      return;
    for (const p of nodes("paragraph")) {
      const s = p.position.start.offset;
      const source = article.text.slice(s, p.position.end.offset);
      const row = source.includes("|") ? DELIMITER_ROW.exec(source) : null;
      if (!row)
        continue;
      let line = row.index;
      if (source[line - 1] === "\n")
        line--;
      if (source[line - 1] === "\r")
        line--;
      if (line === row.index)
        line = 0;
      while (line > 0 && source[line - 1] !== "\n" && source[line - 1] !== "\r")
        line--;
      const header = line + /^[ \t]*/.exec(source.slice(line))[0].length;
      report({
        message: "Tables do not render in the portal; use a list instead",
        start: s + header,
        end: p.position.end.offset
      });
    }
    for (const h of nodes("html")) {
      if (/<table[\s>]/i.test(h.value))
        report({ message: "Tables do not render in the portal; use a list instead", node: h });
    }
  }
});

// build/src/rules/no-undefined-references/rule.js
var RANGE = /^\^?\w-\w/;
var rule_default37 = defineRule({
  id: "no-undefined-references",
  description: "Reference-style links `[text][label]` have a `[label]: url` definition",
  rationale: "Without its definition a reference link is plain text: the reader sees `[text][label]` and no link. Only the full (`[text][label]`) and collapsed (`[text][]`) forms are checked: a lone `[text]` is just as often ordinary bracketed prose. It is a `warning`: the words are still there, the link is gone. `--fix` turns `[text][https://...]`, a web address written in square brackets, into `[text](https://...)`; other labels are left for the author. On `../shared/corpus` (5,512 articles): 2 reports in 2 articles, both a URL in square brackets (`[text][https://...]`).",
  severity: "warning",
  fixable: true,
  tags: ["links"],
  check(ctx) {
    const prose = proseText(ctx);
    for (let close = prose.indexOf("]["); close !== -1; close = prose.indexOf("][", close + 1)) {
      if (prose[close - 1] === "\\")
        continue;
      const open = openingBracket(prose, close);
      if (open === -1 || close - open < 2)
        continue;
      if (open > 0 && /[\w\]]/.test(prose[open - 1]))
        continue;
      let end = close + 2;
      while (end < prose.length && end - close <= 1e3 && !"[]\0\n".includes(prose[end]))
        end++;
      if (prose[end] !== "]")
        continue;
      const label = prose.slice(close + 2, end).trim() || prose.slice(open + 1, close).trim();
      if (RANGE.test(label) || RANGE.test(prose.slice(open + 1, close)))
        continue;
      if (!label)
        continue;
      const image = open > 0 && prose[open - 1] === "!";
      const start = image ? open - 1 : open;
      const raw = prose.slice(close + 2, end);
      if (/^(?:https?:\/\/|mailto:)\S+$/i.test(raw)) {
        ctx.report({
          message: `\`${raw.length > 60 ? `${raw.slice(0, 57)}...` : raw}\` is in square brackets, so this is plain text; write \`(...)\` around a link's address`,
          start,
          end: end + 1,
          fix: { range: [close + 1, end + 1], text: `(${raw})` }
        });
        continue;
      }
      ctx.report({
        message: `\`[${label}]\` is not defined, so this ${image ? "image" : "link"} is plain text; add \`[${label}]: <url>\` or write \`[...](<url>)\``,
        start,
        end: end + 1
      });
    }
  }
});

// build/src/rules/no-unknown-attributes/rule.js
var rule_default38 = defineRule({
  id: "no-unknown-attributes",
  description: "Every attribute is one the schema knows; misspellings get a suggestion",
  rationale: "An attribute the portal does not know is ignored: `supportToicIds` publishes an article with no support topics. Names are matched ignoring case, so only real misspellings and junk names fire.",
  severity: "warning",
  fixable: true,
  tags: ["metadata"],
  check({ meta, catalog, report }) {
    const names = [...catalog.canonical.values()];
    const guesses = /* @__PURE__ */ new Map();
    for (const a of meta.unknown) {
      const key = a.name.toLowerCase();
      if (!guesses.has(key))
        guesses.set(key, didYouMean(a.name, names));
      const guess = guesses.get(key);
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

// build/src/rules/page-title-sentence/rule.js
var BREAK = /,|\.(?=\s|$)/;
var rule_default39 = defineRule({
  id: "page-title-sentence",
  description: "`pageTitle` is one sentence, without periods or commas",
  rationale: "The TPS Authoring Guide: the pageTitle \"can only be one sentence - do not include periods or commas\"; it is the line shown in the portal's list of solutions. A period inside a name (`.NET`, `java.io`) is not a sentence break and is not reported. Types whose title is generated or written as a message (service health, diagnostics, rca, forms, advisor and support-topic metadata) are skipped by default: their titles are sentences by design (`We're sorry, your cluster is unavailable.`).\n\nSeverity `info`: a style rule of the guide that a fifth of the published corpus does otherwise. On `../shared/corpus` it fires 302 times in the types it checks.",
  severity: "info",
  fixable: false,
  tags: ["metadata"],
  options: {
    type: "object",
    properties: {
      types: {
        type: "array",
        items: { type: "string" },
        description: "selfHelpTypes (lower case) the rule applies to"
      }
    },
    additionalProperties: false
  },
  defaultOptions: { types: ["generic", "resource", "tsg_content", "tsg_description", "apollo", "tools", "health"] },
  check({ meta, report, options }) {
    if (!meta.type || !options.types.includes(meta.type))
      return;
    const title = meta.values.get("pageTitle");
    if (!title?.value)
      return;
    const a = title.attribute;
    const exact = a.value === a.raw;
    const m = BREAK.exec(a.value);
    if (!m)
      return;
    const what = m[0] === "," ? "a comma" : "a period";
    const at = exact ? a.valueStart + m.index : a.valueStart;
    report({
      message: `pageTitle has ${what}; write it as one sentence without periods or commas`,
      start: at,
      end: exact ? at + 1 : a.valueEnd
    });
  }
});

// build/src/rules/payload-duplicate-keys/rule.js
var rule_default40 = defineRule({
  id: "payload-duplicate-keys",
  description: "No key appears twice in one JSON object of the payload",
  rationale: "JSON parsers keep the last of two equal keys and drop the first without a word: the author's first value is lost (a `warning`). A key given twice with the same value loses nothing: it is reported at `info`, and the message says so (remove one); on `../shared/corpus` that is 33 of its 44 reports, 11 of them lose a value.",
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
          if (first) {
            const line = article.lines.point(span(payload, first.name).start).line;
            const text = (n) => {
              const { start, end } = span(payload, n);
              return article.text.slice(start, end);
            };
            const same = text(first.value) === text(m.value);
            report({
              message: same ? `Key "${key}" appears twice in this object, with the same value (first on line ${line}); remove one` : `Key "${key}" appears twice in this object (first on line ${line}); the first value is ignored`,
              // the same value twice loses nothing: a note
              severity: same ? "info" : void 0,
              ...span(payload, m.name)
            });
          } else
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
var rule_default41 = defineRule({
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
var rule_default42 = defineRule({
  id: "payload-schema",
  description: "The JSON payload validates against the schema of its type (`schemas/payload/`)",
  rationale: 'The portal reads fixed keys: a form element without `id` or `order`, an unknown `controlType`, or a payload whose `"$schema"` does not match the article\'s type is not shown. Every error points at the JSON value in the article. `controlType` is compared ignoring case, as the portal reads it.\n\nSeverity `error`: the portal does not show such a payload. `useInDiagnoseAndSolve` accepts `true`/`false` in any case, as a string or a boolean, and the template\'s empty string; `radiobuttongroup` is accepted beside `radioButtonGroup` (both are published). A string `"true"` or `"false"` where another key wants a boolean (`"required": "true"`) is a `warning`: the meaning is plain and such forms are published, but the schema wants the boolean. On `../shared/corpus` it fires 3 times, 2 of them such strings (514 before, 505 of them the case of `useInDiagnoseAndSolve`).',
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
    if (!validate || validate(withCanonicalControlTypes(value)))
      return;
    for (const error of validate.errors ?? []) {
      if (error.keyword === "if" || error.keyword === "anyOf")
        continue;
      const segments = error.instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
      const node = jsonNodeAt(payload.document, segments);
      const where = span(payload, node);
      const stringBoolean = error.keyword === "type" && String(error.params.type).split(",").includes("boolean") && typeof error.data === "string" && /^(true|false)$/i.test(error.data);
      report({
        message: stringBoolean ? `${describe(error, segments)}: write ${String(error.data).toLowerCase()}, without quotes` : describe(error, segments),
        severity: stringBoolean ? "warning" : void 0,
        start: where.start,
        end: node.type === "Object" || node.type === "Array" ? where.start + 1 : where.end
      });
    }
  }
});
var CONTROL_TYPES = new Map([
  "multilinetextbox",
  "dropdown",
  "textbox",
  "datetimepicker",
  "multiselectdropdown",
  "infoblock",
  "radioButtonGroup",
  "numerictextbox",
  "textBlock"
].map((t) => [t.toLowerCase(), t]));
function withCanonicalControlTypes(value) {
  const elements = value.formElements;
  if (!Array.isArray(elements))
    return value;
  return {
    ...value,
    formElements: elements.map((e) => {
      if (!e || typeof e !== "object" || typeof e.controlType !== "string")
        return e;
      const control = e.controlType;
      const canonical = CONTROL_TYPES.get(control.toLowerCase());
      return canonical && canonical !== control ? { ...e, controlType: canonical } : e;
    })
  };
}
function describe(error, segments) {
  const path2 = segments.length ? segments.map((s) => /^\d+$/.test(s) ? `[${s}]` : `.${s}`).join("").replace(/^\./, "") : "The payload";
  const p = error.params;
  switch (error.keyword) {
    case "required":
      return `${path2 === "The payload" ? path2 : `\`${path2}\``} has no \`${p.missingProperty}\``;
    case "enum": {
      const guess = didYouMean(String(error.data), p.allowedValues);
      return `\`${path2}\` is "${String(error.data)}"; ${guess ? `did you mean "${guess}"?` : `expected one of ${p.allowedValues.join(", ")}`}`;
    }
    case "type":
      return `\`${path2}\` must be ${p.type === "array" || p.type === "object" || p.type === "integer" ? `an ${p.type}` : `a ${String(p.type).replace(/,/g, " or ")}`}, not ${JSON.stringify(error.data)}`;
    default:
      return `\`${path2}\` ${error.message}`;
  }
}

// build/src/rules/recommended-attributes/rule.js
var rule_default43 = defineRule({
  id: "recommended-attributes",
  description: "Attributes the article's selfHelpType should have (such as `description`) are present and non-empty",
  rationale: "Each type overlay in `schemas/types/` lists attributes that articles of that type nearly always carry; a missing one (usually `description`, used in search results) makes the article harder to find.\n\nSeverity `warn`: the portal publishes the article without them. On `../shared/corpus` it fires 1,020 times (1,017 before; 791 of them are the `description` of generic articles, which the guide marks mandatory but says is metadata only).",
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
var NAME = /^[A-Za-z_][\w.]*(?: [\w.]+)*$/;
var rule_default44 = defineRule({
  id: "replacement-tokens",
  description: "Replacement tokens `<!--$Name-->default<!--/$Name-->` are well formed, balanced and properly nested",
  rationale: "The portal replaces each token with a value from the diagnostic: a name with a stray space (`$ Scenario`), a closing marker with other casing or a token never closed leaves the raw default text, or swallows the rest of the article. It is an `error`: the article shows the wrong text. A bad name is reported once, at the opening marker. A name of several words (`$Modules Out of date`) is a name: it is the key of the diagnostic's output, which may have spaces, and removing them would break the replacement. On `../shared/corpus` (5,512 articles): no report (1 before: a name of several words, and 2 before that: the same name at its opening and its closing marker).",
  severity: "error",
  fixable: false,
  tags: ["structure", "diagnostics"],
  check(ctx) {
    const stack = [];
    const at = /* @__PURE__ */ new Map();
    const lastIndexOf = (key) => {
      const list = at.get(key);
      while (list?.length) {
        const i = list[list.length - 1];
        if (i < stack.length && stack[i].key === key)
          return i;
        list.pop();
      }
      return -1;
    };
    for (const m of markers(ctx)) {
      if (m.kind !== "token")
        continue;
      if (!m.closing && !NAME.test(m.name)) {
        const clean = m.name.trim().replace(/\s+/g, " ");
        ctx.report({
          message: `Token name \`$${m.name}\` is not a name (letters, digits, \`_\`, \`.\`, words separated by single spaces)${clean && NAME.test(clean) ? `; write \`$${clean}\`` : ""}`,
          start: m.start,
          end: m.end
        });
      }
      const name = m.name.replace(/\s+/g, "");
      const key = name.toLowerCase();
      if (!m.closing) {
        const list = at.get(key);
        if (list)
          list.push(stack.length);
        else
          at.set(key, [stack.length]);
        stack.push({ ...m, name, key });
        continue;
      }
      const index = lastIndexOf(key);
      if (index === -1) {
        ctx.report({
          message: `Closing token \`<!--/$${m.name}-->\` has no opening \`<!--$${m.name}-->\``,
          start: m.start,
          end: m.end
        });
        continue;
      }
      const opener = stack[index];
      if (index !== stack.length - 1) {
        const inner = stack[stack.length - 1];
        ctx.report({
          message: `Token \`$${inner.name}\` is still open when \`$${opener.name}\` closes; close tokens in reverse order`,
          start: m.start,
          end: m.end
        });
      }
      if (opener.name !== name) {
        ctx.report({
          message: `Closing token \`$${name}\` does not match the opening \`$${opener.name}\` (case differs)`,
          start: m.start,
          end: m.end
        });
      }
      stack.splice(index);
    }
    for (const m of stack)
      ctx.report({
        message: `Token \`<!--$${m.name}-->\` is never closed with \`<!--/$${m.name}-->\``,
        start: m.start,
        end: m.end
      });
  }
});

// build/src/rules/required-attributes/rule.js
var rule_default45 = defineRule({
  id: "required-attributes",
  description: "Attributes required by the base schema or the article's selfHelpType must be present and non-empty",
  rationale: "The portal routes, filters and shows articles by these attributes: an article without `articleId`, `selfHelpType`, `cloudEnvironments` or its type's required ids is not published or shown where it should be. An empty value counts as missing.\n\nSeverity `error`, for what the TPS Authoring Guide or the templates mark mandatory and the portal needs: `pageTitle`, `articleId`, `selfHelpType`, `cloudEnvironments`, an author, `ownershipId`, and per type what the type cannot work without (a scoping form's `supportTopicIds`, through which the portal finds it). `supportTopicIds` and `productPesIds` of generic articles, and `infoBubbleText` of diagnostics, are not mandatory in the guide: they are `recommended-attributes` (warn). On `../shared/corpus` it fires 12 times (15 before).",
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
var rule_default46 = defineRule({
  id: "single-h1",
  description: "The article has an H1 heading",
  rationale: "Every template starts the body with an H1 (\"a required part of every article\"); the portal uses it as the article's title in its list and in search. (A second H1 is `no-second-h1`, a warning.)\n\nSeverity `error`: without it the article has no title. On `../shared/corpus` it fires 19 times (68 before: 49 of those were second H1s, now `no-second-h1` at warn); 11 of the 19 are H1s indented into a code block and 2 are H1s with no space after the `#`, each said so in the message. In a type with a JSON payload (a problem-scoping form, a metadata article) the portal shows the payload's own title: there a missing H1 is a `warning` (2 of the 19).",
  severity: "error",
  fixable: false,
  tags: ["structure"],
  check({ article, meta, nodes, report }) {
    if (meta.overlay?.structure.h1 === false)
      return;
    const h1s = nodes("heading").filter((h) => h.depth === 1);
    const severity = meta.overlay?.payload ? "warning" : void 0;
    if (h1s.length === 0) {
      const after = article.properties ? article.properties.end : 0;
      const next = article.text.slice(after).search(/\S/);
      const at = next === -1 ? after : after + next;
      const indented = /^(?:[ \t]*(?:\r\n?|\n))*([ \t]+)#\s/.exec(article.text.slice(after));
      if (indented && (indented[1].includes("	") || indented[1].length >= 4)) {
        const s = after + indented[0].length - indented[1].length - 2;
        report({
          message: "The H1 is indented by four spaces or a tab, so markdown shows it as code; remove the indentation",
          start: s,
          end: s + indented[1].length + 1,
          severity
        });
        return;
      }
      if (/^#[^\s#]/.test(article.text.slice(at))) {
        report({
          message: "The H1 has no space after `#`, so markdown shows `#Title` as text; write `# Title`",
          start: at,
          end: at + 1,
          severity
        });
        return;
      }
      report({ message: "No H1 heading: start the body with `# Title`", start: at, end: at, severity });
      return;
    }
  }
});

// build/src/rules/title-matches-h1/rule.js
var fold = (s) => s.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
function sameTitle(a, b) {
  if (a === b)
    return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 8 && (long.startsWith(short) || long.endsWith(short));
}
var rule_default47 = defineRule({
  id: "title-matches-h1",
  description: "`pageTitle` and the H1 say the same thing (ignoring case, spacing, emphasis, quotes and punctuation)",
  rationale: "The portal shows `pageTitle`, the article shows its H1: when they drift apart, one of them is stale. Types whose H1 is a fixed template sentence (diagnostics, rca, service health, forms...) are skipped by default.\n\nSeverity `info`: a title that drifted is worth a look, not a failure. It ignores case, spacing, emphasis, quotes (`'` or `\u2019`) and all punctuation (`/` against `-`), in one linear pass, and accepts a title that is the H1 with words before or after it (a category prefix such as `Partner Center - `). On `../shared/corpus` it fires 591 times (884 before).",
  severity: "info",
  fixable: false,
  tags: ["metadata", "structure"],
  options: {
    type: "object",
    properties: {
      types: {
        type: "array",
        items: { type: "string" },
        description: "selfHelpTypes (lower case) the rule applies to"
      }
    },
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
    if (!sameTitle(fold(heading), fold(title.value))) {
      report({
        message: `\`pageTitle\` "${title.value}" differs from the H1 "${heading.trim()}"`,
        start: title.attribute.valueStart,
        end: title.attribute.valueEnd
      });
    }
  }
});

// build/src/rules/unique-article-id/rule.js
function idKey(id) {
  const key = id.toLowerCase();
  let h = 2166136261;
  for (let i = 0; i < key.length; i++)
    h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return h >>> 0;
}
var rule_default48 = defineRule({
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
  // changed-files mode: the files that share an id with a changed file (by a hash of the id; the check compares ids)
  indexKeys: (summary) => [[idKey(summary.id)]],
  select(changed, corpus) {
    const files = new Set(changed.map((e) => e.file));
    for (const e of changed)
      for (const f of corpus.files(0, idKey(e.summary.id)))
        files.add(f);
    return files;
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
          related: others.map((o) => ({
            file: o.file,
            line: o.summary.line,
            column: o.summary.column,
            message: "same articleId"
          }))
        });
      }
    }
  }
});

// build/src/rules/valid-attribute-values/rule.js
var PUBLISHING2 = /* @__PURE__ */ new Set(["selfHelpType", "cloudEnvironments"]);
var rule_default49 = defineRule({
  id: "valid-attribute-values",
  description: "Attribute values match their schema: id lists, aliases, a single service and resource, numbers",
  rationale: "Values that do not match the schema (a support topic id with a letter in it, two resources where the guide allows one, an articleId with spaces) are ignored or misread by the portal's tools. Case and spacing do not matter; a value listed twice is harmless and not reported; the generated service-health ids (`servicehealthinsights-<provider>-<type>-healthannotation_<annotation name>`, whose name may hold spaces) are accepted. A GUID-shaped articleId with a typo is left to `article-id-format`, which says what is wrong with it.\n\nSeverity `warn`: the portal still publishes such an article (every one of them in `../shared/corpus` is published); the values that do decide publishing, `selfHelpType` and `cloudEnvironments`, are checked by `known-type-and-clouds` at error. On `../shared/corpus` it fires 84 times (86 before: 2 were one resource written twice in two cases; 90 before that, at error: 2 duplicate support topics are no longer reported, and 2 GUID typos in articleIds are left to `article-id-format`). An articleId with spaces is reported at `info` (35 of the 84): any unique string is a working id, and a published article keeps its own, as for `article-id-format`.",
  severity: "warning",
  fixable: false,
  tags: ["metadata", "schema"],
  check({ issues, meta, report }) {
    const id = meta.values.get("articleId")?.value ?? "";
    for (const i of issues) {
      if (i.kind !== "value" || PUBLISHING2.has(i.attribute))
        continue;
      if (i.attribute === "articleId" && guidLike(id))
        continue;
      report({
        message: i.message,
        start: i.start,
        end: i.end,
        severity: i.attribute === "articleId" ? "info" : void 0
      });
    }
  }
});

// build/src/rules/valid-blade-links/rule.js
var VALID = /^(button-)?data-blade:[A-Za-z][\w-]*\.[A-Za-z][\w-]*(\.[^\s]*)?$/;
var TYPO = /^(data[\s_]?blade|datablade|data-blade\s*[;=]|Data-Blade)\s*:?/i;
var BARE_BLADE = /^Microsoft_[A-Za-z]\w*\.[A-Za-z]\w*(Blade|Menu)\b/;
var rule_default50 = defineRule({
  id: "valid-blade-links",
  description: "`data-blade:` links have the form `data-blade:<Extension>.<Blade>[.<param>.<value>...]`",
  rationale: "The portal turns `data-blade:` targets into blade openers. A typo in the scheme (`datablade:`), a blade id without the prefix, or a target without `<Extension>.<Blade>` is a dead link (TPS guide). It is an `error`: the blade never opens. On `../shared/corpus` (5,512 articles): 1 report (1 before).",
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
          ctx.report({
            message: `Malformed blade link \`${url}\`: expected \`data-blade:<Extension>.<Blade>\``,
            start: t.start,
            end: t.end
          });
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

// build/src/rules/valid-link-urls/rule.js
var rule_default51 = defineRule({
  id: "valid-link-urls",
  description: "Web addresses in links are complete: `https://`, not `ttps://`, `http:/`, `https//` or no scheme",
  rationale: "A target such as `ttps://learn.microsoft.com/...`, `aka.ms/x` or `www.example.com` is not a web address to a browser but a path relative to the portal page: every click is a dead link. So are doubled parentheses (`[x]((https://...))`) and a space inside an absolute URL. It is an `error` because the link is broken for every reader. `--fix` corrects a scheme typo, drops doubled parentheses and adds `https://` to a Microsoft host (they all serve https); an unknown host is left for the author, who knows whether it serves https. On `../shared/corpus` (5,512 articles): 1 report (`[PeeringDB](www.peeringdb.com/net/694)`).",
  severity: "error",
  fixable: true,
  tags: ["links"],
  check(ctx) {
    for (const t of linkTargets(ctx)) {
      if (t.kind === "bare" || t.kind === "autolink")
        continue;
      const problem = urlProblem(t.url);
      if (!problem)
        continue;
      const url = t.url.trim();
      const shown = url.length > 60 ? `${url.slice(0, 57)}...` : url;
      const exact = ctx.article.text.slice(t.start, t.end) === t.url;
      const range = [t.start, t.end];
      const fix = problem.fixed !== void 0 && exact ? { range, text: problem.fixed } : void 0;
      const hint = problem.fixed ? `; write \`${problem.fixed.split("/").slice(0, 3).join("/")}/...\`` : "";
      const message = {
        "scheme-typo": `\`${shown}\` is not a web address (the scheme is misspelt)${hint}`,
        "no-scheme": `\`${shown}\` has no \`https://\`, so browsers read it as a path on the portal`,
        parentheses: `\`${shown}\` is wrapped in extra parentheses, which become part of the address`,
        space: `\`${shown}\` has a space in it; remove it or write it as \`%20\``
      }[problem.kind];
      ctx.report({ message, start: t.start, end: t.end, fix });
    }
  }
});

// build/src/rules/index.js
var rules = [
  rule_default2,
  rule_default3,
  rule_default4,
  rule_default5,
  rule_default6,
  rule_default7,
  rule_default,
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
  rule_default31,
  rule_default32,
  rule_default33,
  rule_default34,
  rule_default35,
  rule_default36,
  rule_default37,
  rule_default38,
  rule_default39,
  rule_default40,
  rule_default41,
  rule_default42,
  rule_default43,
  rule_default44,
  rule_default45,
  rule_default46,
  rule_default47,
  rule_default48,
  rule_default49,
  rule_default50,
  rule_default51
];
var parseRules = [
  { id: "parse/unreadable", description: "The file cannot be read", severity: "error", fixable: false },
  {
    id: "parse/not-regular-file",
    description: "Not read: a FIFO, socket or device, or a symbolic link to anything but a regular file inside the folder linted",
    severity: "error",
    fixable: false
  },
  {
    id: "parse/file-name",
    description: "A folder or file name that is not portable as a page name (other than ASCII letters, digits, `.`, `_`, `-`, or over 200 bytes)",
    severity: "warning",
    fixable: false
  },
  {
    id: "parse/too-complex",
    description: "Checking the file took longer than its time budget (`limits.fileTimeMs`): it was stopped, nothing else is reported for it",
    severity: "error",
    fixable: false
  },
  {
    id: "parse/too-large",
    description: "The file is larger than the size limit (`limits.fileBytes`): it is not read",
    severity: "error",
    fixable: false
  },
  {
    id: "parse/too-deep",
    description: "Lists, quotes or emphasis nested more than 200 levels deep: below that the text is kept as written",
    severity: "warning",
    fixable: false
  },
  { id: "parse/binary", description: "The file is binary, not a markdown article", severity: "error", fixable: false },
  {
    id: "parse/not-utf8",
    description: "The file is not valid UTF-8 (the position of the first bad byte is given)",
    severity: "error",
    fixable: false
  },
  {
    id: "parse/no-properties",
    description: "The file has no `<properties ... />` block",
    severity: "error",
    fixable: false
  },
  {
    id: "parse/text-before-properties",
    description: "Text (or a second byte-order mark) stands before the block; HTML comments and whitespace are allowed",
    severity: "error",
    fixable: true
  },
  {
    id: "parse/unclosed-properties",
    description: "The block does not end with `/>`",
    severity: "error",
    fixable: true
  },
  {
    id: "parse/unclosed-quote",
    description: "A value's quote is never closed, so it swallows the attributes after it",
    severity: "error",
    fixable: false
  },
  { id: "parse/unquoted-value", description: "A value is not in quotes", severity: "error", fixable: true },
  { id: "parse/missing-value", description: 'An attribute has no `="value"`', severity: "error", fixable: false },
  {
    id: "parse/stray-character",
    description: "A stray character between attributes: a zero-width or no-break space, a comma, a doubled quote, a missing space",
    severity: "error",
    fixable: true
  },
  {
    id: "parse/invalid-properties",
    description: "Any other syntax error fast-xml-parser finds in the block",
    severity: "error",
    fixable: false
  }
];
function ruleInfos() {
  return [...parseRules, ...rules];
}
var DOCS_BASE = "https://github.com/selfhelp/selfhelp/blob/main/";
function ruleDocsUrl(ruleId) {
  if (rules.some((r) => r.id === ruleId))
    return `${DOCS_BASE}src/rules/${ruleId}/README.md`;
  return `${DOCS_BASE}README.md#rules`;
}

export {
  defaultDupeOptions,
  dupeCorpus,
  detectSelected,
  unpackEntries,
  reportedPairs,
  cloudSuggestions,
  rules,
  parseRules,
  ruleInfos,
  ruleDocsUrl
};
