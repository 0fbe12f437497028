import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  evaluate,
  parse,
  schemaDir,
  validator
} from "./chunk-VRXC4IAK.js";
import {
  UserError
} from "./chunk-ATJKFEQU.js";
import {
  require_picomatch
} from "./chunk-QO3SQUOH.js";
import {
  LineIndex,
  didYouMean
} from "./chunk-PA5VV2XA.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-CELZMKDY.js";

// node_modules/lilconfig/src/index.js
var require_src = __commonJS({
  "node_modules/lilconfig/src/index.js"(exports, module) {
    var path2 = __require("path");
    var fs = __require("fs");
    var os = __require("os");
    var url = __require("url");
    var fsReadFileAsync = fs.promises.readFile;
    function getDefaultSearchPlaces(name, sync) {
      return [
        "package.json",
        `.${name}rc.json`,
        `.${name}rc.js`,
        `.${name}rc.cjs`,
        ...sync ? [] : [`.${name}rc.mjs`],
        `.config/${name}rc`,
        `.config/${name}rc.json`,
        `.config/${name}rc.js`,
        `.config/${name}rc.cjs`,
        ...sync ? [] : [`.config/${name}rc.mjs`],
        `${name}.config.js`,
        `${name}.config.cjs`,
        ...sync ? [] : [`${name}.config.mjs`]
      ];
    }
    function parentDir(p) {
      return path2.dirname(p) || path2.sep;
    }
    var jsonLoader = (_, content) => JSON.parse(content.replace(/^\uFEFF/, ""));
    var requireFunc = typeof __webpack_require__ === "function" ? __non_webpack_require__ : __require;
    var defaultLoadersSync = Object.freeze({
      ".js": requireFunc,
      ".json": requireFunc,
      ".cjs": requireFunc,
      noExt: jsonLoader
    });
    module.exports.defaultLoadersSync = defaultLoadersSync;
    var dynamicImport = async (id) => {
      try {
        const fileUrl = url.pathToFileURL(id).href;
        const mod = await import(
          /* webpackIgnore: true */
          fileUrl
        );
        return mod.default;
      } catch (e) {
        try {
          return requireFunc(id);
        } catch (requireE) {
          if (requireE.code === "ERR_REQUIRE_ESM" || requireE instanceof SyntaxError && requireE.toString().includes("Cannot use import statement outside a module")) {
            throw e;
          }
          throw requireE;
        }
      }
    };
    var defaultLoaders = Object.freeze({
      ".js": dynamicImport,
      ".mjs": dynamicImport,
      ".cjs": dynamicImport,
      ".json": jsonLoader,
      noExt: jsonLoader
    });
    module.exports.defaultLoaders = defaultLoaders;
    function getOptions(name, options, sync) {
      const conf = {
        stopDir: os.homedir(),
        searchPlaces: getDefaultSearchPlaces(name, sync),
        ignoreEmptySearchPlaces: true,
        cache: true,
        transform: (x) => x,
        packageProp: [name],
        ...options,
        loaders: {
          ...sync ? defaultLoadersSync : defaultLoaders,
          ...options.loaders
        }
      };
      conf.stopDir = path2.resolve(conf.stopDir);
      conf.searchPlaces.forEach((place) => {
        const key = path2.extname(place) || "noExt";
        const loader = conf.loaders[key];
        if (!loader) {
          throw new Error(`Missing loader for extension "${place}"`);
        }
        if (typeof loader !== "function") {
          throw new Error(
            `Loader for extension "${place}" is not a function: Received ${typeof loader}.`
          );
        }
      });
      return conf;
    }
    function getPackageProp(props, obj) {
      if (typeof props === "string" && props in obj) return obj[props];
      return (Array.isArray(props) ? props : props.split(".")).reduce(
        (acc, prop) => acc === void 0 ? acc : acc[prop],
        obj
      ) || null;
    }
    function validateFilePath(filepath) {
      if (!filepath) throw new Error("load must pass a non-empty string");
    }
    function validateLoader(loader, ext) {
      if (!loader) throw new Error(`No loader specified for extension "${ext}"`);
      if (typeof loader !== "function") throw new Error("loader is not a function");
    }
    var makeEmplace = (enableCache) => (c, filepath, res) => {
      if (enableCache) c.set(filepath, res);
      return res;
    };
    module.exports.lilconfig = function lilconfig(name, options) {
      const {
        ignoreEmptySearchPlaces,
        loaders,
        packageProp,
        searchPlaces,
        stopDir,
        transform,
        cache
      } = getOptions(name, options ?? {}, false);
      const searchCache = /* @__PURE__ */ new Map();
      const loadCache = /* @__PURE__ */ new Map();
      const emplace = makeEmplace(cache);
      return {
        async search(searchFrom = process.cwd()) {
          const result = {
            config: null,
            filepath: ""
          };
          const visited = /* @__PURE__ */ new Set();
          let dir = path2.resolve(searchFrom);
          dirLoop: while (true) {
            if (cache) {
              const r = searchCache.get(dir);
              if (r !== void 0) {
                for (const p of visited) searchCache.set(p, r);
                return r;
              }
              visited.add(dir);
            }
            for (const searchPlace of searchPlaces) {
              const filepath = path2.join(dir, searchPlace);
              try {
                await fs.promises.access(filepath);
              } catch {
                continue;
              }
              const content = String(await fsReadFileAsync(filepath));
              const loaderKey = path2.extname(searchPlace) || "noExt";
              const loader = loaders[loaderKey];
              if (searchPlace === "package.json") {
                const pkg = await loader(filepath, content);
                const maybeConfig = getPackageProp(packageProp, pkg);
                if (maybeConfig != null) {
                  result.config = maybeConfig;
                  result.filepath = filepath;
                  break dirLoop;
                }
                continue;
              }
              const isEmpty = content.trim() === "";
              if (isEmpty && ignoreEmptySearchPlaces) continue;
              if (isEmpty) {
                result.isEmpty = true;
                result.config = void 0;
              } else {
                validateLoader(loader, loaderKey);
                result.config = await loader(filepath, content);
              }
              result.filepath = filepath;
              break dirLoop;
            }
            if (dir === stopDir || dir === parentDir(dir)) break dirLoop;
            dir = parentDir(dir);
          }
          const transformed = (
            // not found
            result.filepath === "" && result.config === null ? transform(null) : transform(result)
          );
          if (cache) {
            for (const p of visited) searchCache.set(p, transformed);
          }
          return transformed;
        },
        async load(filepath) {
          validateFilePath(filepath);
          const absPath = path2.resolve(process.cwd(), filepath);
          if (cache && loadCache.has(absPath)) {
            return loadCache.get(absPath);
          }
          const { base, ext } = path2.parse(absPath);
          const loaderKey = ext || "noExt";
          const loader = loaders[loaderKey];
          validateLoader(loader, loaderKey);
          const content = String(await fsReadFileAsync(absPath));
          if (base === "package.json") {
            const pkg = await loader(absPath, content);
            return emplace(
              loadCache,
              absPath,
              transform({
                config: getPackageProp(packageProp, pkg),
                filepath: absPath
              })
            );
          }
          const result = {
            config: null,
            filepath: absPath
          };
          const isEmpty = content.trim() === "";
          if (isEmpty && ignoreEmptySearchPlaces)
            return emplace(
              loadCache,
              absPath,
              transform({
                config: void 0,
                filepath: absPath,
                isEmpty: true
              })
            );
          result.config = isEmpty ? void 0 : await loader(absPath, content);
          return emplace(
            loadCache,
            absPath,
            transform(isEmpty ? { ...result, isEmpty, config: void 0 } : result)
          );
        },
        clearLoadCache() {
          if (cache) loadCache.clear();
        },
        clearSearchCache() {
          if (cache) searchCache.clear();
        },
        clearCaches() {
          if (cache) {
            loadCache.clear();
            searchCache.clear();
          }
        }
      };
    };
    module.exports.lilconfigSync = function lilconfigSync2(name, options) {
      const {
        ignoreEmptySearchPlaces,
        loaders,
        packageProp,
        searchPlaces,
        stopDir,
        transform,
        cache
      } = getOptions(name, options ?? {}, true);
      const searchCache = /* @__PURE__ */ new Map();
      const loadCache = /* @__PURE__ */ new Map();
      const emplace = makeEmplace(cache);
      return {
        search(searchFrom = process.cwd()) {
          const result = {
            config: null,
            filepath: ""
          };
          const visited = /* @__PURE__ */ new Set();
          let dir = path2.resolve(searchFrom);
          dirLoop: while (true) {
            if (cache) {
              const r = searchCache.get(dir);
              if (r !== void 0) {
                for (const p of visited) searchCache.set(p, r);
                return r;
              }
              visited.add(dir);
            }
            for (const searchPlace of searchPlaces) {
              const filepath = path2.join(dir, searchPlace);
              try {
                fs.accessSync(filepath);
              } catch {
                continue;
              }
              const loaderKey = path2.extname(searchPlace) || "noExt";
              const loader = loaders[loaderKey];
              const content = String(fs.readFileSync(filepath));
              if (searchPlace === "package.json") {
                const pkg = loader(filepath, content);
                const maybeConfig = getPackageProp(packageProp, pkg);
                if (maybeConfig != null) {
                  result.config = maybeConfig;
                  result.filepath = filepath;
                  break dirLoop;
                }
                continue;
              }
              const isEmpty = content.trim() === "";
              if (isEmpty && ignoreEmptySearchPlaces) continue;
              if (isEmpty) {
                result.isEmpty = true;
                result.config = void 0;
              } else {
                validateLoader(loader, loaderKey);
                result.config = loader(filepath, content);
              }
              result.filepath = filepath;
              break dirLoop;
            }
            if (dir === stopDir || dir === parentDir(dir)) break dirLoop;
            dir = parentDir(dir);
          }
          const transformed = (
            // not found
            result.filepath === "" && result.config === null ? transform(null) : transform(result)
          );
          if (cache) {
            for (const p of visited) searchCache.set(p, transformed);
          }
          return transformed;
        },
        load(filepath) {
          validateFilePath(filepath);
          const absPath = path2.resolve(process.cwd(), filepath);
          if (cache && loadCache.has(absPath)) {
            return loadCache.get(absPath);
          }
          const { base, ext } = path2.parse(absPath);
          const loaderKey = ext || "noExt";
          const loader = loaders[loaderKey];
          validateLoader(loader, loaderKey);
          const content = String(fs.readFileSync(absPath));
          if (base === "package.json") {
            const pkg = loader(absPath, content);
            return transform({
              config: getPackageProp(packageProp, pkg),
              filepath: absPath
            });
          }
          const result = {
            config: null,
            filepath: absPath
          };
          const isEmpty = content.trim() === "";
          if (isEmpty && ignoreEmptySearchPlaces)
            return emplace(
              loadCache,
              absPath,
              transform({
                filepath: absPath,
                config: void 0,
                isEmpty: true
              })
            );
          result.config = isEmpty ? void 0 : loader(absPath, content);
          return emplace(
            loadCache,
            absPath,
            transform(isEmpty ? { ...result, isEmpty, config: void 0 } : result)
          );
        },
        clearLoadCache() {
          if (cache) loadCache.clear();
        },
        clearSearchCache() {
          if (cache) searchCache.clear();
        },
        clearCaches() {
          if (cache) {
            loadCache.clear();
            searchCache.clear();
          }
        }
      };
    };
  }
});

// build/src/config/index.js
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
var import_lilconfig = __toESM(require_src(), 1);
var import_picomatch = __toESM(require_picomatch(), 1);
var CONFIG_NAME = "selfhelp.config.json";
function requireConfig(cwd, explicit, knownRules) {
  const loaded = loadConfig(cwd, explicit, knownRules);
  if (!loaded.ok)
    throw new UserError("The config file has problems", void 0, loaded.diagnostics);
  return loaded.config;
}
var empty = () => ({ rules: {}, ignore: [], overrides: [], base: "" });
function findConfig(cwd) {
  const search = (0, import_lilconfig.lilconfigSync)("selfhelp", {
    searchPlaces: [CONFIG_NAME],
    ignoreEmptySearchPlaces: false,
    cache: false,
    loaders: { ".json": () => null }
  });
  return search.search(cwd)?.filepath || void 0;
}
function loadConfig(cwd, explicit, knownRules) {
  let file;
  try {
    file = explicit ? path.resolve(cwd, explicit) : findConfig(cwd);
  } catch (error) {
    return { ok: false, diagnostics: [unreadable(cwd, error)] };
  }
  if (!file)
    return { ok: true, config: empty() };
  if (!existsSync(file)) {
    const missing = configDiagnostic(explicit, 1, 1, `Config file not found: ${explicit}`, "config/not-found");
    return { ok: false, diagnostics: [missing] };
  }
  const rel = toPosix(path.relative(cwd, file));
  let text;
  try {
    text = readFileSync(file, "utf8").replace(/^\ufeff/, "");
  } catch (error) {
    return { ok: false, diagnostics: [unreadable(cwd, error, file)] };
  }
  const lines = new LineIndex(text);
  let document;
  try {
    document = parse(text, { mode: "json" });
  } catch (error) {
    const e = error;
    const p = lines.point(e.offset ?? 0);
    return {
      ok: false,
      diagnostics: [
        configDiagnostic(rel, p.line, p.column, `Invalid JSON: ${e.message.replace(/\s*\(\d+:\d+\)$/, "")}`, "config/invalid-json")
      ]
    };
  }
  const value = evaluate(document);
  const diagnostics = [];
  const at = (pointer, key = false) => {
    const node = nodeAt(document, pointer, key);
    const p = node ? node.loc.start : { line: 1, column: 1 };
    return { line: p.line, column: p.column };
  };
  const validateConfig = configValidator();
  if (!validateConfig(value)) {
    for (const e of validateConfig.errors ?? []) {
      if (e.keyword === "anyOf" || e.keyword === "if")
        continue;
      const p = at(e.instancePath);
      const where = e.instancePath ? `\`${e.instancePath.slice(1).replace(/\//g, ".")}\`` : "The config";
      const extra = e.keyword === "additionalProperties" ? ` \`${e.params.additionalProperty}\`` : "";
      diagnostics.push(configDiagnostic(rel, p.line, p.column, `${where} ${e.message}${extra}`, "config/schema"));
    }
  }
  const known = new Map(knownRules.map((r) => [r.id, r]));
  const checkRules = (rules, pointer) => {
    for (const [id, setting] of Object.entries(rules ?? {})) {
      const rule = known.get(id);
      if (!rule) {
        const guess = didYouMean(id, known.keys());
        const p = at(`${pointer}/${escapePointer(id)}`, true);
        diagnostics.push(configDiagnostic(rel, p.line, p.column, `Unknown rule \`${id}\`${guess ? `; did you mean \`${guess}\`?` : ""}`, "config/unknown-rule"));
        continue;
      }
      if (Array.isArray(setting) && isObject(setting[1]) && !rule.options) {
        const p = at(`${pointer}/${escapePointer(id)}/1`);
        const message = `\`${id}\` takes no options; give its severity alone, as \`"${setting[0]}"\``;
        diagnostics.push(configDiagnostic(rel, p.line, p.column, message, "config/rule-options"));
      } else if (Array.isArray(setting) && setting[1] && rule.options) {
        const validate = optionValidator(rule);
        if (!validate(setting[1])) {
          const e = validate.errors[0];
          const p = at(`${pointer}/${escapePointer(id)}/1${e.instancePath}`);
          diagnostics.push(configDiagnostic(rel, p.line, p.column, `Options of \`${id}\`${e.instancePath ? ` at ${e.instancePath}` : ""} ${e.message}`, "config/rule-options"));
        }
      }
    }
  };
  checkRules(value.rules, "/rules");
  for (const rule of knownRules) {
    if (!rule.configSection || value[rule.configSection] === void 0 || !rule.options)
      continue;
    const validate = optionValidator(rule);
    if (!validate(value[rule.configSection])) {
      for (const e of validate.errors ?? []) {
        const p = at(`/${rule.configSection}${e.instancePath}`);
        diagnostics.push(configDiagnostic(rel, p.line, p.column, `\`${rule.configSection}${e.instancePath.replace(/\//g, ".")}\` ${e.message}`, "config/schema"));
      }
    }
  }
  (value.overrides ?? []).forEach((o, i) => checkRules(o.rules, `/overrides/${i}/rules`));
  if (diagnostics.length)
    return { ok: false, diagnostics };
  const base = toPosix(path.relative(cwd, path.dirname(file)));
  const config = {
    rules: value.rules ?? {},
    ignore: value.ignore ?? [],
    overrides: value.overrides ?? [],
    dupes: value.dupes,
    site: value.site,
    limits: value.limits,
    base,
    file: rel
  };
  if (climbs(base))
    config.within = toPosix(path.relative(path.dirname(file), cwd));
  return { ok: true, config };
}
function unreadable(cwd, error, file) {
  const e = error;
  const where = toPosix(path.relative(cwd, file ?? e.path ?? CONFIG_NAME));
  return configDiagnostic(where, 1, 1, `Cannot read the config file (${e.code ?? e.message})`, "config/unreadable");
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
var compiledConfig;
function configValidator() {
  return compiledConfig ??= validator("config", "config", JSON.parse(readFileSync(new URL("config.schema.json", schemaDir), "utf8")));
}
var optionValidators = /* @__PURE__ */ new Map();
function optionValidator(rule) {
  let v = optionValidators.get(rule.id);
  if (!v)
    optionValidators.set(rule.id, v = validator("config", `options/${rule.id}`, rule.options));
  return v;
}
function nodeAt(document, pointer, key = false) {
  let node = document.body;
  const segments = pointer.split("/").slice(1);
  for (const [i, raw] of segments.entries()) {
    const name = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (node.type === "Object") {
      const member = node.members.find((m) => m.name.type === "String" && m.name.value === name);
      if (!member)
        return node;
      node = key && i === segments.length - 1 ? member.name : member.value;
    } else if (node.type === "Array") {
      const element = node.elements[Number(name)];
      if (!element)
        return node;
      node = element.value;
    } else
      return node;
  }
  return node;
}
function escapePointer(s) {
  return s.replace(/~/g, "~0").replace(/\//g, "~1");
}
function configDiagnostic(file, line, column, message, ruleId) {
  return { file, line, column, severity: "error", message, ruleId };
}
function toPosix(p) {
  return p.split(path.sep).join("/");
}
var SEVERITY = { off: null, info: "info", warn: "warning", error: "error" };
var RuleResolver = class {
  config;
  rules;
  matchers;
  cache = /* @__PURE__ */ new Map();
  constructor(config, rules) {
    this.config = config;
    this.rules = rules;
    const from = config.within === void 0 ? config.base : "";
    const globs = (o) => o.files.map((g) => joinGlob(from, g));
    this.matchers = config.overrides.map((o) => (0, import_picomatch.default)(globs(o), { dot: true }));
  }
  forFile(file) {
    const target = this.config.within === void 0 ? file : fromConfigFolder(this.config.within, file);
    const hits = this.matchers.map((m, i) => m(target) ? i : -1).filter((i) => i >= 0);
    const key = hits.join(",");
    let resolved = this.cache.get(key);
    if (!resolved) {
      resolved = /* @__PURE__ */ new Map();
      const layers = [this.config.rules, ...hits.map((i) => this.config.overrides[i].rules)];
      for (const rule of this.rules) {
        let severity = rule.severity;
        let options = {
          ...rule.defaultOptions ?? {},
          ...rule.configSection ? this.config[rule.configSection] ?? {} : {}
        };
        for (const layer of layers) {
          const setting = layer[rule.id];
          if (setting === void 0)
            continue;
          const [name, opts] = Array.isArray(setting) ? setting : [setting];
          severity = SEVERITY[name];
          if (opts)
            options = { ...options, ...opts };
        }
        if (severity)
          resolved.set(rule.id, { severity, options });
      }
      this.cache.set(key, resolved);
    }
    return resolved;
  }
};
function climbs(base) {
  return base === ".." || base.startsWith("../");
}
function fromConfigFolder(within, file) {
  return path.posix.normalize(within ? `${within}/${file}` : file);
}
function joinGlob(base, glob) {
  return base ? `${base}/${glob.replace(/^\.\//, "")}` : glob.replace(/^\.\//, "");
}

export {
  CONFIG_NAME,
  requireConfig,
  findConfig,
  toPosix,
  RuleResolver,
  climbs,
  fromConfigFolder,
  joinGlob
};
