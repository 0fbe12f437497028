/**
 * The selfhelp extension: starts `selfhelp lsp` (the workspace's installed package, or the `selfhelp.path`
 * setting) for the markdown articles of the workspace. Everything else (diagnostics, quick fixes, completion,
 * hover, watching the other articles) is the language server's.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { window, workspace, type ExtensionContext } from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/** The executable: the setting (relative to the workspace folder), else node_modules/.bin/selfhelp. */
export function serverCommand(folder: string, setting: string, platform = process.platform): string | undefined {
  if (setting) return path.resolve(folder, setting);
  const bin = path.join(folder, 'node_modules', '.bin', platform === 'win32' ? 'selfhelp.cmd' : 'selfhelp');
  return existsSync(bin) ? bin : undefined;
}

export async function activate(context: ExtensionContext): Promise<void> {
  const folder = workspace.workspaceFolders?.[0];
  if (!folder || folder.uri.scheme !== 'file') return;
  const settings = workspace.getConfiguration('selfhelp', folder.uri);
  const command = serverCommand(folder.uri.fsPath, settings.get<string>('path', ''));
  if (!command) {
    void window.showWarningMessage(
      'selfhelp: not installed in this workspace. Run `npm install --save-dev selfhelp`, or set `selfhelp.path`.',
    );
    return;
  }
  const serverOptions: ServerOptions = {
    command,
    args: ['lsp'],
    transport: TransportKind.stdio,
    // a .cmd shim runs only through the shell on Windows
    options: { cwd: folder.uri.fsPath, shell: command.endsWith('.cmd') },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'markdown', pattern: '**/articles/**/*.md' }],
    workspaceFolder: folder,
    initializationOptions: {
      patterns: settings.get<string[]>('patterns'),
      debounce: settings.get<number>('debounce'),
    },
  };
  client = new LanguageClient('selfhelp', 'selfhelp', serverOptions, clientOptions);
  context.subscriptions.push(
    workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('selfhelp'))
        void window.showInformationMessage('selfhelp: reload the window to apply the new settings.');
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
