/** selfhelp lsp: the language server, over standard input and output, until the client exits it. */
import { createConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { startServer } from '../../lsp/server.js';

export async function lspCommand(): Promise<number> {
  // standard output carries the protocol: anything else printed goes to standard error
  console.log = console.info = (...args: unknown[]) => process.stderr.write(`${args.join(' ')}\n`);
  const connection = createConnection(new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
  // a failed request to the client must not end the server
  process.on('unhandledRejection', (error) =>
    connection.console.error(`selfhelp: ${error instanceof Error ? error.message : String(error)}`),
  );
  startServer(connection, { cwd: process.cwd(), log: (line) => connection.console.log(line) });
  await new Promise<void>((resolve) => connection.onExit(resolve));
  return 0;
}
