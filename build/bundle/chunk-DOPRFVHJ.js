import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);

// build/src/paths.js
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
var here = fileURLToPath(import.meta.url);
var codeDir = path.dirname(here);
var bundled = path.basename(here) !== "paths.js";
function findRoot(from) {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json")))
      return dir;
    if (path.dirname(dir) === dir)
      throw new Error(`no package.json above ${from}`);
  }
}
var packageRoot = findRoot(codeDir);
var packageFile = (rel) => path.join(packageRoot, rel);
function workerUrl(worker) {
  const file = bundled ? `${worker}-worker.js` : worker === "lint" ? "lint/worker.js" : "site/search.js";
  return pathToFileURL(path.join(codeDir, file)).href;
}
var MINISEARCH_BROWSER = "minisearch.umd.js";
function minisearchBrowserBuild() {
  return bundled ? path.join(codeDir, MINISEARCH_BROWSER) : resolveBrowserBuild("minisearch");
}
function resolveBrowserBuild(name, from = import.meta.url) {
  const entry = createRequire(from).resolve(name);
  for (let dir = path.dirname(entry); path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    const manifest = path.join(dir, "package.json");
    if (!existsSync(manifest))
      continue;
    const pkg = JSON.parse(readFileSync(manifest, "utf8"));
    if (pkg.name !== name)
      continue;
    const field = [pkg.unpkg, pkg.browser, pkg.main].find((f) => typeof f === "string");
    if (!field)
      throw new Error(`${name}'s package.json names no browser build (unpkg, browser or main)`);
    return path.join(dir, field);
  }
  throw new Error(`no package.json of ${name} above ${entry}`);
}

// build/src/validate/schemas.js
import { readFileSync as readFileSync3, readdirSync } from "node:fs";
import { pathToFileURL as pathToFileURL2 } from "node:url";

// build/src/validate/compiled.js
import { createHash } from "node:crypto";
import { readFileSync as readFileSync2 } from "node:fs";
import { createRequire as createRequire2 } from "node:module";
var PROFILES = {
  // the schemas are checked against the meta-schema by the test suite, not at every start
  schemas: { allErrors: true, strict: true, verbose: true, allowUnionTypes: true, validateSchema: false },
  config: { allErrors: true, strict: false, allowUnionTypes: true, validateFormats: false }
};
var VOCABULARY = ["x-expected", "x-requiredOneOf", "recommended", "exempt", "structure", "payload"];
var generatedFile = (profile) => packageFile(`build/validators/${profile}.cjs`);
var requireHere = createRequire2(import.meta.url);
function newAjv(profile, source = false) {
  const { Ajv2020: Ajv } = requireHere("ajv/dist/2020.js");
  const ajv = new Ajv({ ...PROFILES[profile], ...source ? { code: { source: true } } : {} });
  if (profile === "schemas")
    ajv.addVocabulary(VOCABULARY);
  return ajv;
}
var ajvVersion;
function schemaDigest(profile, schema) {
  ajvVersion ??= JSON.parse(readFileSync2(requireHere.resolve("ajv/package.json"), "utf8")).version;
  return createHash("sha1").update(JSON.stringify([ajvVersion, PROFILES[profile], schema])).digest("hex");
}
var generated = /* @__PURE__ */ new Map();
var runtime = /* @__PURE__ */ new Map();
function generatedOf(profile) {
  let g = generated.get(profile);
  if (g === void 0) {
    try {
      const m = requireHere(generatedFile(profile));
      g = m.validators && m.digests ? { validators: m.validators, digests: m.digests } : null;
    } catch {
      g = null;
    }
    generated.set(profile, g);
  }
  return g;
}
function validator(profile, key, schema) {
  const g = generatedOf(profile);
  const made = g?.digests[key] === schemaDigest(profile, schema) ? g.validators[key] : void 0;
  if (typeof made === "function")
    return made;
  let ajv = runtime.get(profile);
  if (!ajv)
    runtime.set(profile, ajv = newAjv(profile));
  return ajv.compile(schema);
}

// build/src/validate/schemas.js
var schemaDir = pathToFileURL2(packageFile("schemas/"));
function readJson(url) {
  return JSON.parse(readFileSync3(url, "utf8"));
}
var TYPE_SPELLINGS = [
  "generic",
  "resource",
  "diagnostics",
  "rca",
  "servicehealthinsights",
  "TSG_Content",
  "TSG_Description",
  "TSG_Questions",
  "problemScopingQuestions",
  "advisorRecommendationMetadata",
  "supportTopicDescription",
  "Apollo",
  "diagnoseandsolve",
  "tools",
  "PartnerCenterQuickStart"
];
var cached;
var typeSchemas = () => readdirSync(new URL("types/", schemaDir)).filter((n) => n.endsWith(".schema.json")).sort();
var payloadSchemas = () => readdirSync(new URL("payload/", schemaDir)).filter((n) => n.endsWith(".schema.json")).sort().map((n) => `payload/${n}`);
function overlayChecks(schema) {
  if (!schema.properties)
    return void 0;
  const checks = { ...schema };
  delete checks.required;
  return checks;
}
function loadCatalog() {
  if (cached)
    return cached;
  const base = readJson(new URL("properties.schema.json", schemaDir));
  const validateBase = validator("schemas", "properties", base);
  const payloadValidators = /* @__PURE__ */ new Map();
  const payloadValidator = (schema) => {
    if (!payloadValidators.has(schema))
      payloadValidators.set(schema, payloadSchemas().includes(schema) ? validator("schemas", schema, readJson(new URL(schema, schemaDir))) : void 0);
    return payloadValidators.get(schema);
  };
  const overlays = /* @__PURE__ */ new Map();
  for (const name of typeSchemas()) {
    const schema = readJson(new URL(`types/${name}`, schemaDir));
    const type = name.replace(/\.schema\.json$/, "");
    const { required = [], recommended = [], exempt = [], structure = {}, payload } = schema;
    const checks = overlayChecks(schema);
    let compiled;
    overlays.set(type, {
      type,
      required,
      recommended,
      exempt,
      structure,
      payload,
      validate: () => compiled === void 0 ? compiled = checks ? validator("schemas", `types/${name}`, checks) : null : compiled
    });
  }
  const canonical = /* @__PURE__ */ new Map();
  const listAttributes = /* @__PURE__ */ new Set();
  const vocabularyAttributes = /* @__PURE__ */ new Set();
  const deprecated = /* @__PURE__ */ new Set();
  const resolve = (node) => {
    if (typeof node.$ref === "string" && node.$ref.startsWith("#/$defs/")) {
      return { ...base.$defs[node.$ref.slice("#/$defs/".length)], ...node, $ref: void 0 };
    }
    return node;
  };
  for (const [name, node] of Object.entries(base.properties)) {
    canonical.set(name.toLowerCase(), name);
    const s = resolve(node);
    if (s.type === "array")
      listAttributes.add(name);
    if (s.enum || s.items?.enum)
      vocabularyAttributes.add(name);
    if (s.deprecated)
      deprecated.add(name);
  }
  const typeSpelling = new Map(TYPE_SPELLINGS.map((t) => [t.toLowerCase(), t]));
  cached = {
    base,
    validateBase,
    overlays,
    payloadValidator,
    canonical,
    listAttributes,
    vocabularyAttributes,
    deprecated,
    typeSpelling,
    attributeSchema: (name) => {
      const node = base.properties[name];
      return node ? resolve(node) : void 0;
    }
  };
  return cached;
}

// build/src/parse/positions.js
var LineIndex = class {
  text;
  /** Offset of the first character of each line. A line ends after \n (so CRLF stays on its line). */
  starts;
  constructor(text) {
    this.text = text;
    const starts = [0];
    let i = text.indexOf("\n");
    while (i !== -1) {
      starts.push(i + 1);
      i = text.indexOf("\n", i + 1);
    }
    this.starts = starts;
  }
  get lineCount() {
    return this.starts.length;
  }
  point(offset) {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= o)
        lo = mid;
      else
        hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.starts[lo] + 1 };
  }
  offset(line, column) {
    const start = this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))];
    return Math.min(start + column - 1, this.text.length);
  }
  /** Text of a line without its line break. */
  lineText(line) {
    const start = this.starts[line - 1];
    const next = line < this.starts.length ? this.starts[line] : this.text.length;
    return this.text.slice(start, next).replace(/\r?\n$/, "");
  }
};
function blank(text, start, end) {
  const middle = text.slice(start, end).replace(/[^\r\n]/g, " ");
  return text.slice(0, start) + middle + text.slice(end);
}
function editDistance(a, b) {
  if (a === b)
    return 0;
  const prev = new Array(b.length + 1);
  for (let j = 0; j <= b.length; j++)
    prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}
function didYouMean(word, candidates) {
  const w = word.toLowerCase();
  let best;
  let bestDistance = Math.max(2, Math.floor(w.length / 4)) + 1;
  for (const c of candidates) {
    if (typeof c !== "string")
      continue;
    const d = editDistance(w, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

export {
  codeDir,
  packageFile,
  workerUrl,
  minisearchBrowserBuild,
  validator,
  schemaDir,
  loadCatalog,
  LineIndex,
  blank,
  didYouMean
};
