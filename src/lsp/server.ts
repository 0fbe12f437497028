/**
 * The language server (`selfhelp lsp`): everything `selfhelp lint` knows, in the editor, on the engine. The
 * workspace is read once from the cache (Engine.openWorkspace); an open article is checked on open and, debounced,
 * on each change, cross-file rules comparing it with the whole workspace; a change on disk (watched files) reads
 * the changed files again and re-checks the open articles. The config file, inline directives and the
 * duplicates baseline apply as in the CLI; a broken config is shown as diagnostics on the config file.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  CompletionItemKind,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  InsertTextFormat,
  MarkupKind,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Diagnostic as LspDiagnostic,
  type InitializeResult,
  type Range,
  type TextEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import picomatch from 'picomatch';
import { CONFIG_NAME, toPosix } from '../config/index.js';
import { UserError, type Diagnostic, type Fix } from '../diagnostic.js';
import { BASELINE_NAME } from '../dupes/baseline.js';
import { Engine } from '../engine/index.js';
import { compatibleFixes, disableEdits, type Edit } from './actions.js';
import { attributeHover, completionAt, completionItems } from './complete.js';
import { isCorpusRule, ruleDocs, ruleDocsUrl } from './docs.js';

export interface ServerOptions {
  /** the folder when the client names none */
  cwd: string;
  log?: (line: string) => void;
}

/** What a client may pass as `initializationOptions`. */
export interface InitOptions {
  /** the articles, as for `selfhelp lint` (default `articles`, else `.` when there is no such folder) */
  patterns?: string[];
  configFile?: string;
  /** false: no cache */
  cache?: string | false;
  baseline?: string;
  /** milliseconds between the last change of a buffer and its check (default 50) */
  debounce?: number;
}

/** Kept in each published diagnostic, and given back with a code action request. */
interface DiagnosticData {
  version: number;
  fix?: Fix;
}

const SOURCE = 'selfhelp';
const COUNTED = ['service', 'resource', 'selfHelpType', 'cloudEnvironments', 'disableClouds'];

export function startServer(connection: Connection, options: ServerOptions): void {
  const log = options.log ?? (() => {});
  const documents = new TextDocuments(TextDocument);
  let root = options.cwd;
  let init: InitOptions = {};
  let engine: Engine | undefined;
  let ready: Promise<void> | undefined;
  /** uri -> the diagnostics last published, with the version they were computed for */
  const published = new Map<string, { version: number; diagnostics: Diagnostic[] }>();
  const configProblems = new Set<string>();
  let baselineProblem: string | undefined;
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let queue: Promise<void> = Promise.resolve();
  let watchByClient = false;

  const patterns = () => init.patterns ?? [existsSync(path.join(root, 'articles')) ? 'articles' : '.'];
  const fileOf = (uri: string): string | undefined => {
    if (!uri.startsWith('file:')) return undefined;
    const rel = path.relative(root, fileURLToPath(uri));
    return rel.startsWith('..') || path.isAbsolute(rel) ? undefined : toPosix(rel);
  };
  const uriOf = (file: string) =>
    documents.all().find((d) => fileOf(d.uri) === file)?.uri ?? pathToFileURL(path.join(root, file)).href;
  /** An article of the workspace: read by the engine, or a new file where the patterns would find it. */
  const inScope = (file: string) => {
    if (!/\.md$/i.test(file)) return false;
    if (engine?.workspaceFiles().includes(file)) return true;
    return patterns().some((p) => p === '.' || file.startsWith(`${p.replace(/\/+$/, '')}/`) || picomatch(p)(file));
  };
  const serial = (job: () => Promise<void>) => {
    queue = queue
      .then(job)
      .catch((error) => log(`selfhelp: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
    return queue;
  };

  /** Open the engine and read the workspace; a config problem is published on the config file. */
  const open = async (): Promise<void> => {
    const started = performance.now();
    for (const uri of configProblems) connection.sendDiagnostics({ uri, diagnostics: [] });
    configProblems.clear();
    try {
      engine = Engine.open({ cwd: root, configFile: init.configFile, cache: init.cache, baseline: init.baseline });
    } catch (error) {
      engine = undefined;
      if (!(error instanceof UserError)) throw error;
      const byFile = new Map<string, Diagnostic[]>();
      for (const d of error.diagnostics ?? [
        {
          file: init.configFile ?? CONFIG_NAME,
          line: 1,
          column: 1,
          severity: 'error',
          message: error.message,
          ruleId: 'config/invalid',
        },
      ]) {
        byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
      }
      for (const [file, list] of byFile) {
        const uri = uriOf(file);
        configProblems.add(uri);
        connection.sendDiagnostics({ uri, diagnostics: list.map((d) => toLsp(d, undefined, 0, root)) });
      }
      const message = 'selfhelp: the config file has problems; articles are checked again once it is fixed.';
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message });
      for (const doc of documents.all()) if (published.has(doc.uri)) publish(doc.uri, doc.version, []);
      return;
    }
    const { files } = await engine.openWorkspace(patterns());
    const ms = Math.round(performance.now() - started);
    log(`selfhelp: ${files.length} articles read in ${ms} ms`);
    connection.sendNotification('selfhelp/ready', { files: files.length, ms });
  };

  const publish = (uri: string, version: number, diagnostics: Diagnostic[]) => {
    published.set(uri, { version, diagnostics });
    const doc = documents.get(uri);
    connection.sendDiagnostics({
      uri,
      version: doc ? version : undefined,
      diagnostics: diagnostics.map((d) => toLsp(d, doc, version, root)),
    });
  };

  /** Check the pending buffers together, against the workspace. */
  const checkPending = () =>
    serial(async () => {
      await ready;
      const uris = [...pending];
      pending.clear();
      const docs = uris.map((u) => documents.get(u)).filter((d): d is TextDocument => !!d);
      if (!engine) return;
      const buffers = new Map<string, Uint8Array>();
      const versions = new Map<string, { uri: string; version: number }>();
      for (const doc of docs) {
        const file = fileOf(doc.uri);
        if (!file || !inScope(file)) continue;
        buffers.set(file, new TextEncoder().encode(doc.getText()));
        versions.set(file, { uri: doc.uri, version: doc.version });
      }
      if (!buffers.size) return;
      let found: Diagnostic[];
      const started = performance.now();
      try {
        found = await engine.checkBuffers(buffers);
        if (baselineProblem) connection.sendDiagnostics({ uri: baselineProblem, diagnostics: [] });
        baselineProblem = undefined;
      } catch (error) {
        // a broken baseline: said once, on the file
        if (!(error instanceof UserError)) throw error;
        const file = init.baseline ?? BASELINE_NAME;
        baselineProblem = uriOf(file);
        connection.sendDiagnostics({
          uri: baselineProblem,
          diagnostics: [
            toLsp(
              { file, line: 1, column: 1, severity: 'error', message: error.message, ruleId: 'config/baseline' },
              undefined,
              0,
              root,
            ),
          ],
        });
        return;
      }
      log(
        `selfhelp: checked ${buffers.size} file${buffers.size === 1 ? '' : 's'} in ` +
          `${Math.round(performance.now() - started)} ms`,
      );
      for (const [file, { uri, version }] of versions) {
        // a buffer changed again meanwhile is checked again: its newer diagnostics are the ones to show
        if (pending.has(uri) || !documents.get(uri)) continue;
        publish(
          uri,
          version,
          found.filter((d) => d.file === file),
        );
      }
    });

  const schedule = (uri: string, delay = init.debounce ?? 50) => {
    pending.add(uri);
    clearTimeout(timer);
    timer = setTimeout(() => void checkPending(), delay);
  };

  /** Files changed on disk: the config or baseline, or articles (read again, then the open buffers re-checked). */
  let changedOnDisk = new Set<string>();
  let diskTimer: NodeJS.Timeout | undefined;
  const onDiskChange = (files: string[]) => {
    for (const f of files) changedOnDisk.add(f);
    clearTimeout(diskTimer);
    diskTimer = setTimeout(() => {
      const changed = [...changedOnDisk];
      changedOnDisk = new Set();
      const config = init.configFile ? toPosix(path.normalize(init.configFile)) : CONFIG_NAME;
      void serial(async () => {
        if (changed.includes(config) || !engine) await (ready = open());
        else {
          const articles = changed.filter((f) => /\.md$/i.test(f));
          if (articles.length) await engine.openWorkspace(patterns(), articles).catch((e) => log(String(e)));
        }
      });
      for (const doc of documents.all()) schedule(doc.uri, 0);
    }, 30);
  };

  connection.onInitialize((params): InitializeResult => {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    if (folder?.startsWith('file:')) root = fileURLToPath(folder);
    init = (params.initializationOptions as InitOptions | undefined) ?? {};
    watchByClient = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        completionProvider: { triggerCharacters: ['"', ',', ' ', '=', '(', '&', '|'] },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll] },
      },
      serverInfo: { name: 'selfhelp' },
    };
  });

  connection.onInitialized(() => {
    ready = serial(open);
    const watched = [`**/*.md`, init.configFile ?? CONFIG_NAME, init.baseline ?? BASELINE_NAME];
    if (watchByClient) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: watched.map((globPattern) => ({ globPattern })),
      });
    } else {
      void import('./watch.js').then(({ watchFiles }) =>
        watchFiles(root, patterns(), watched.slice(1), onDiskChange, log),
      );
    }
  });

  connection.onDidChangeWatchedFiles((params) => {
    const files = params.changes.map((c) => fileOf(c.uri)).filter((f): f is string => !!f);
    if (files.length) onDiskChange(files);
  });

  documents.onDidOpen((e) => schedule(e.document.uri, 0));
  documents.onDidChangeContent((e) => schedule(e.document.uri));
  documents.onDidClose((e) => {
    published.delete(e.document.uri);
    connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onCompletion(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const text = doc.getText();
    const context = completionAt(text, doc.offsetAt(params.position));
    if (!context) return [];
    let counts = new Map<string, Map<string, number>>();
    if (context.kind === 'attribute-value' && engine) {
      await ready;
      const file = fileOf(doc.uri);
      counts = await engine.attributeCounts(COUNTED, file ? new Map([[file, text]]) : undefined);
    }
    const range: Range = { start: doc.positionAt(context.from), end: doc.positionAt(context.to) };
    return completionItems(context, counts).map((item) => ({
      label: item.label,
      kind: context.kind === 'attribute-name' ? CompletionItemKind.Property : CompletionItemKind.Value,
      detail: item.detail,
      documentation: item.documentation ? { kind: MarkupKind.Markdown, value: item.documentation } : undefined,
      sortText: String(item.rank).padStart(5, '0'),
      filterText: item.label,
      insertTextFormat: item.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      textEdit: { range, newText: item.insert },
    }));
  });

  connection.onHover((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const offset = doc.offsetAt(params.position);
    const parts: string[] = [];
    let range: Range | undefined;
    const attribute = attributeHover(doc.getText(), offset);
    if (attribute) {
      parts.push(attribute.text);
      range = { start: doc.positionAt(attribute.from), end: doc.positionAt(attribute.to) };
    }
    const shown = published.get(doc.uri);
    const rules = new Set<string>();
    for (const d of shown?.diagnostics ?? []) {
      const r = toLsp(d, doc, shown!.version, root).range;
      const inside = compare(r.start, params.position) <= 0 && compare(params.position, r.end) <= 0;
      if (inside && !rules.has(d.ruleId)) {
        rules.add(d.ruleId);
        parts.push(ruleDocs(d.ruleId));
      }
    }
    if (!parts.length) return null;
    return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range };
  });

  connection.onCodeAction((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const uri = doc.uri;
    const edit = (edits: Edit[]) => ({
      changes: {
        [uri]: edits.map((e): TextEdit => ({
          range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) },
          newText: e.text,
        })),
      },
    });
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
    const actions: CodeAction[] = [];
    const ours = params.context.diagnostics.filter((d) => d.source === SOURCE && typeof d.code === 'string');
    for (const d of ours) {
      const data = d.data as DiagnosticData | undefined;
      if (data?.fix && data.version === doc.version && wants(CodeActionKind.QuickFix)) {
        const [start, end] = data.fix.range;
        actions.push({
          title: `Fix this ${d.code} problem`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          isPreferred: true,
          edit: edit([{ start, end, text: data.fix.text }]),
        });
      }
    }
    const shown = published.get(uri);
    const fixes =
      shown && shown.version === doc.version ? shown.diagnostics.flatMap((d) => (d.fix ? [d.fix] : [])) : [];
    if (fixes.length) {
      const all = compatibleFixes(fixes);
      if (wants(CodeActionKind.QuickFix) && ours.some((d) => (d.data as DiagnosticData | undefined)?.fix)) {
        actions.push({
          title: 'Fix all selfhelp problems in this file',
          kind: CodeActionKind.QuickFix,
          edit: edit(all),
        });
      }
      // on save ("editor.codeActionsOnSave": {"source.fixAll.selfhelp": "explicit"}), asked for by kind
      if (only?.length && wants(CodeActionKind.SourceFixAll)) {
        actions.push({
          title: 'Fix all selfhelp problems',
          kind: `${CodeActionKind.SourceFixAll}.selfhelp`,
          edit: edit(all),
        });
      }
    }
    if (wants(CodeActionKind.QuickFix)) {
      const text = doc.getText();
      const done = new Set<string>();
      for (const d of ours) {
        const rule = String(d.code);
        const line = d.range.start.line + 1;
        if (rule.startsWith('internal/') || isCorpusRule(rule) || done.has(`${rule}:${line}`)) continue;
        done.add(`${rule}:${line}`);
        const { edits, scope } = disableEdits(text, rule, line);
        const where = scope === 'line' ? 'this line' : scope === 'block' ? 'the properties block' : 'the JSON payload';
        actions.push({
          title: `Disable ${rule} for ${where}`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          edit: edit(edits),
        });
      }
    }
    return actions;
  });

  connection.onShutdown(() => {
    clearTimeout(timer);
    clearTimeout(diskTimer);
  });

  documents.listen(connection);
  connection.listen();
}

function compare(a: { line: number; character: number }, b: { line: number; character: number }): number {
  return a.line - b.line || a.character - b.character;
}

/** A diagnostic as LSP has it: 0-based positions (columns are UTF-16 code units in both), the rule as its code. */
export function toLsp(d: Diagnostic, doc: TextDocument | undefined, version: number, root: string): LspDiagnostic {
  const start = { line: d.line - 1, character: d.column - 1 };
  const end = d.endLine !== undefined ? { line: d.endLine - 1, character: (d.endColumn ?? d.column) - 1 } : start;
  const href = ruleDocsUrl(d.ruleId);
  const data: DiagnosticData = { version };
  if (d.fix) data.fix = d.fix;
  return {
    range: { start, end },
    severity:
      d.severity === 'error'
        ? DiagnosticSeverity.Error
        : d.severity === 'warning'
          ? DiagnosticSeverity.Warning
          : DiagnosticSeverity.Information,
    code: d.ruleId,
    codeDescription: href ? { href } : undefined,
    source: SOURCE,
    message: d.message,
    relatedInformation: d.related?.map((r) => ({
      location: {
        uri: doc && r.file === d.file ? doc.uri : pathToFileURL(path.resolve(root, r.file)).href,
        range: {
          start: { line: r.line - 1, character: r.column - 1 },
          end: { line: r.line - 1, character: r.column - 1 },
        },
      },
      message: r.message,
    })),
    data,
  };
}
