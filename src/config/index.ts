/** Find, read and validate selfhelp.config.json; resolve each file's rule settings. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as momoa from '@humanwhocodes/momoa';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { lilconfigSync } from 'lilconfig';
import picomatch from 'picomatch';
import { UserError, type Diagnostic, type Severity } from '../diagnostic.js';
import { LineIndex, didYouMean } from '../parse/positions.js';
import { schemaDir } from '../validate/schemas.js';
import { validator } from '../validate/compiled.js';

export const CONFIG_NAME = 'selfhelp.config.json';

export type SeverityName = 'off' | 'info' | 'warn' | 'error';
export type RuleSetting = SeverityName | [SeverityName, Record<string, unknown>?];

export interface Config {
  rules: Record<string, RuleSetting>;
  ignore: string[];
  overrides: Array<{ files: string[]; rules: Record<string, RuleSetting> }>;
  dupes?: Record<string, unknown>;
  /** the published site: its URL (for the sitemaps) and those of the cloud bundles deployed alone */
  site?: SiteConfig;
  /** per-file budgets (see src/lint/budget.ts) */
  limits?: { fileTimeMs?: number; fileBytes?: number };
  /** the config file's folder, posix, relative to cwd ('' when none) */
  base: string;
  /** the cwd, posix, relative to the config file's folder ('' when the same): globs are matched from there */
  within?: string;
  /** the config file path, when one was read */
  file?: string;
}

export interface SiteConfig {
  baseUrl?: string;
  bundleUrls?: Record<string, string>;
}

export interface RuleInfo {
  id: string;
  severity: Severity;
  options?: Record<string, unknown>;
  defaultOptions?: Record<string, unknown>;
  configSection?: 'dupes';
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; diagnostics: Diagnostic[] };

/** The config, or a UserError carrying its positioned problems. */
export function requireConfig(cwd: string, explicit: string | undefined, knownRules: RuleInfo[]): Config {
  const loaded = loadConfig(cwd, explicit, knownRules);
  if (!loaded.ok) throw new UserError('The config file has problems', undefined, loaded.diagnostics);
  return loaded.config;
}

const empty = (): Config => ({ rules: {}, ignore: [], overrides: [], base: '' });

/**
 * The config file for a command run in `cwd`: the nearest selfhelp.config.json in cwd or a folder above it
 * (up to the home folder or the root, as lilconfig searches), as ESLint and markdownlint-cli2 find theirs.
 */
export function findConfig(cwd: string): string | undefined {
  // the file is read and parsed by loadConfig (with positions), so the loader keeps nothing
  const search = lilconfigSync('selfhelp', {
    searchPlaces: [CONFIG_NAME],
    ignoreEmptySearchPlaces: false,
    cache: false,
    loaders: { '.json': () => null },
  });
  return search.search(cwd)?.filepath || undefined;
}

export function loadConfig(cwd: string, explicit: string | undefined, knownRules: RuleInfo[]): ConfigResult {
  let file: string | undefined;
  try {
    file = explicit ? path.resolve(cwd, explicit) : findConfig(cwd);
  } catch (error) {
    // lilconfig reads the file it finds: a folder of that name, or one that cannot be read
    return { ok: false, diagnostics: [unreadable(cwd, error)] };
  }
  if (!file) return { ok: true, config: empty() };
  if (!existsSync(file)) {
    const missing = configDiagnostic(explicit!, 1, 1, `Config file not found: ${explicit}`, 'config/not-found');
    return { ok: false, diagnostics: [missing] };
  }
  const rel = toPosix(path.relative(cwd, file));
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\ufeff/, '');
  } catch (error) {
    return { ok: false, diagnostics: [unreadable(cwd, error, file)] };
  }
  const lines = new LineIndex(text);
  let document: momoa.DocumentNode;
  try {
    document = momoa.parse(text, { mode: 'json' });
  } catch (error) {
    const e = error as { message: string; offset?: number };
    const p = lines.point(e.offset ?? 0);
    return {
      ok: false,
      diagnostics: [
        configDiagnostic(
          rel,
          p.line,
          p.column,
          `Invalid JSON: ${e.message.replace(/\s*\(\d+:\d+\)$/, '')}`,
          'config/invalid-json',
        ),
      ],
    };
  }
  const value = momoa.evaluate(document) as Record<string, any>;
  const diagnostics: Diagnostic[] = [];
  const at = (pointer: string, key = false) => {
    const node = nodeAt(document, pointer, key);
    const p = node ? node.loc.start : { line: 1, column: 1 };
    return { line: p.line, column: p.column };
  };
  const validateConfig = configValidator();
  if (!validateConfig(value)) {
    for (const e of validateConfig.errors ?? []) {
      if (e.keyword === 'anyOf' || e.keyword === 'if') continue;
      const p = at(e.instancePath);
      const where = e.instancePath ? `\`${e.instancePath.slice(1).replace(/\//g, '.')}\`` : 'The config';
      const extra =
        e.keyword === 'additionalProperties'
          ? ` \`${(e.params as { additionalProperty: string }).additionalProperty}\``
          : '';
      diagnostics.push(configDiagnostic(rel, p.line, p.column, `${where} ${e.message}${extra}`, 'config/schema'));
    }
  }
  const known = new Map(knownRules.map((r) => [r.id, r]));
  const checkRules = (rules: Record<string, unknown> | undefined, pointer: string) => {
    for (const [id, setting] of Object.entries(rules ?? {})) {
      const rule = known.get(id);
      if (!rule) {
        const guess = didYouMean(id, known.keys());
        const p = at(`${pointer}/${escapePointer(id)}`, true);
        diagnostics.push(
          configDiagnostic(
            rel,
            p.line,
            p.column,
            `Unknown rule \`${id}\`${guess ? `; did you mean \`${guess}\`?` : ''}`,
            'config/unknown-rule',
          ),
        );
        continue;
      }
      if (Array.isArray(setting) && isObject(setting[1]) && !rule.options) {
        const p = at(`${pointer}/${escapePointer(id)}/1`);
        const message = `\`${id}\` takes no options; give its severity alone, as \`"${setting[0]}"\``;
        diagnostics.push(configDiagnostic(rel, p.line, p.column, message, 'config/rule-options'));
      } else if (Array.isArray(setting) && setting[1] && rule.options) {
        const validate = optionValidator(rule);
        if (!validate(setting[1])) {
          const e = validate.errors![0];
          const p = at(`${pointer}/${escapePointer(id)}/1${e.instancePath}`);
          diagnostics.push(
            configDiagnostic(
              rel,
              p.line,
              p.column,
              `Options of \`${id}\`${e.instancePath ? ` at ${e.instancePath}` : ''} ${e.message}`,
              'config/rule-options',
            ),
          );
        }
      }
    }
  };
  checkRules(value.rules, '/rules');
  for (const rule of knownRules) {
    if (!rule.configSection || value[rule.configSection] === undefined || !rule.options) continue;
    const validate = optionValidator(rule);
    if (!validate(value[rule.configSection])) {
      for (const e of validate.errors ?? []) {
        const p = at(`/${rule.configSection}${e.instancePath}`);
        diagnostics.push(
          configDiagnostic(
            rel,
            p.line,
            p.column,
            `\`${rule.configSection}${e.instancePath.replace(/\//g, '.')}\` ${e.message}`,
            'config/schema',
          ),
        );
      }
    }
  }
  (value.overrides ?? []).forEach((o: { rules?: Record<string, unknown> }, i: number) =>
    checkRules(o.rules, `/overrides/${i}/rules`),
  );
  if (diagnostics.length) return { ok: false, diagnostics };
  const base = toPosix(path.relative(cwd, path.dirname(file)));
  const config: Config = {
    rules: value.rules ?? {},
    ignore: value.ignore ?? [],
    overrides: value.overrides ?? [],
    dupes: value.dupes,
    site: value.site,
    limits: value.limits,
    base,
    file: rel,
  };
  // only a config above the cwd needs it: below or beside it, globs joined to `base` match as they always did
  if (climbs(base)) config.within = toPosix(path.relative(path.dirname(file), cwd));
  return { ok: true, config };
}

function unreadable(cwd: string, error: unknown, file?: string): Diagnostic {
  const e = error as NodeJS.ErrnoException;
  const where = toPosix(path.relative(cwd, file ?? e.path ?? CONFIG_NAME));
  return configDiagnostic(where, 1, 1, `Cannot read the config file (${e.code ?? e.message})`, 'config/unreadable');
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

let compiledConfig: ValidateFunction | undefined;
/** compiled (or loaded precompiled) only when there is a config file to check */
function configValidator() {
  return (compiledConfig ??= validator(
    'config',
    'config',
    JSON.parse(readFileSync(new URL('config.schema.json', schemaDir), 'utf8')),
  ));
}
const optionValidators = new Map<string, ValidateFunction>();
function optionValidator(rule: RuleInfo) {
  let v = optionValidators.get(rule.id);
  if (!v) optionValidators.set(rule.id, (v = validator('config', `options/${rule.id}`, rule.options!)));
  return v;
}

/** The node at a JSON pointer; with `key`, the last member's name rather than its value. */
function nodeAt(document: momoa.DocumentNode, pointer: string, key = false): momoa.AnyNode | undefined {
  let node: momoa.AnyNode = document.body;
  const segments = pointer.split('/').slice(1);
  for (const [i, raw] of segments.entries()) {
    const name = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node.type === 'Object') {
      const member: momoa.MemberNode | undefined = node.members.find(
        (m) => m.name.type === 'String' && m.name.value === name,
      );
      if (!member) return node;
      node = key && i === segments.length - 1 ? member.name : member.value;
    } else if (node.type === 'Array') {
      const element: momoa.ElementNode | undefined = node.elements[Number(name)];
      if (!element) return node;
      node = element.value;
    } else return node;
  }
  return node;
}

function escapePointer(s: string): string {
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
}

function configDiagnostic(file: string, line: number, column: number, message: string, ruleId: string): Diagnostic {
  return { file, line, column, severity: 'error', message, ruleId };
}

export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

const SEVERITY: Record<SeverityName, Severity | null> = { off: null, info: 'info', warn: 'warning', error: 'error' };

export interface ActiveRule {
  severity: Severity;
  options: Record<string, unknown>;
}

/** Rule settings for one file: defaults < config rules < matching overrides (later wins). */
export class RuleResolver {
  private readonly matchers: Array<(file: string) => boolean>;
  private readonly cache = new Map<string, Map<string, ActiveRule>>();

  constructor(
    private readonly config: Config,
    private readonly rules: RuleInfo[],
  ) {
    // a config above the cwd: files are matched by their path from its folder (see forFile)
    const from = config.within === undefined ? config.base : '';
    const globs = (o: { files: string[] }) => o.files.map((g) => joinGlob(from, g));
    this.matchers = config.overrides.map((o) => picomatch(globs(o), { dot: true }));
  }

  forFile(file: string): Map<string, ActiveRule> {
    const target = this.config.within === undefined ? file : fromConfigFolder(this.config.within, file);
    const hits = this.matchers.map((m, i) => (m(target) ? i : -1)).filter((i) => i >= 0);
    const key = hits.join(',');
    let resolved = this.cache.get(key);
    if (!resolved) {
      resolved = new Map();
      const layers = [this.config.rules, ...hits.map((i) => this.config.overrides[i].rules)];
      for (const rule of this.rules) {
        let severity: Severity | null = rule.severity;
        let options: Record<string, unknown> = {
          ...(rule.defaultOptions ?? {}),
          ...(rule.configSection ? (this.config[rule.configSection] ?? {}) : {}),
        };
        for (const layer of layers) {
          const setting = layer[rule.id];
          if (setting === undefined) continue;
          const [name, opts] = Array.isArray(setting) ? setting : [setting];
          severity = SEVERITY[name];
          if (opts) options = { ...options, ...opts };
        }
        if (severity) resolved.set(rule.id, { severity, options });
      }
      this.cache.set(key, resolved);
    }
    return resolved;
  }
}

/** Whether a config folder, relative to the cwd, lies outside it (a config found above the cwd). */
export function climbs(base: string): boolean {
  return base === '..' || base.startsWith('../');
}

/** A file's path (posix, relative to the cwd) relative to the config file's folder, given the cwd's from there. */
export function fromConfigFolder(within: string, file: string): string {
  return path.posix.normalize(within ? `${within}/${file}` : file);
}

export function joinGlob(base: string, glob: string): string {
  return base ? `${base}/${glob.replace(/^\.\//, '')}` : glob.replace(/^\.\//, '');
}
