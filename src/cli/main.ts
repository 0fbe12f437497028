/** argv -> command -> exit code. The only module that touches process.* and stdout. */
import { Command, CommanderError, Option } from 'commander';
import { UserError } from '../diagnostic.js';
import { BASELINE_NAME, CACHE_DIR, SUPPRESSIONS_NAME } from '../engine/index.js';
import { formatLine } from '../report/stylish.js';
import { FORMATS } from './commands/render.js';
import { version } from './version.js';

export { version };

const formatOption = () => new Option('-f, --format <format>', 'output format').choices(FORMATS).default('stylish');
const collect = (value: string, previous: string[] = []) => [...previous, value];

/** The options lint and dupes share: changed-files mode, the baseline, the cache. */
function sharedOptions(command: Command, what: string): Command {
  return command
    .option(
      '--files <list>',
      `changed-files mode: ${what} these files (comma-separated or repeated); cross-file checks still compare them with every article`,
      collect,
    )
    .option('--staged', `changed-files mode: ${what} the files staged in git, as staged`, false)
    .option('--since <ref>', `changed-files mode: ${what} the files changed since a git ref (for pull requests)`)
    .option('--baseline <file>', 'accepted duplicate pairs, not reported', BASELINE_NAME)
    .addOption(new Option('--no-cache', 'do not read or write the cache of per-file results'))
    .addOption(cacheLocation());
}

/** --config, as every command that reads articles takes it. */
const configOption = () =>
  new Option('-c, --config <file>', 'config file (default: the nearest selfhelp.config.json, here or above)');
const cacheLocation = () => new Option('--cache-location <dir>', 'where the cache lives').default(CACHE_DIR);

export async function main(argv: string[]): Promise<number> {
  const program = new Command('selfhelp')
    .description('Lint and publish Azure-style self-help articles')
    .version(version)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) });
  let exitCode = 0;

  const lint = program
    .command('lint')
    .description('check articles: properties block, metadata schemas, structure, links, JSON payloads, unique ids')
    .argument('[paths...]', 'files, folders or globs', ['articles'])
    .addOption(formatOption())
    .option('--fix', 'apply safe fixes in place (atomically; line endings and BOM kept)', false)
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parseCount)
    .addOption(configOption())
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('-q, --quiet', 'report errors only', false)
    .option('--threads <n>', 'worker threads (default: one per core when there are many files)', parseCount)
    .option('--verify', 'check again with no cache and compare every diagnostic (exit 2 if they differ)', false)
    .option(
      '--suppress-all',
      'write every problem found now to the suppressions file; later runs show only new ones',
      false,
    )
    .option('--prune-suppressions', 'drop from the suppressions file the problems that are fixed', false)
    .option('--suppressions-location <file>', 'the bulk suppressions file', SUPPRESSIONS_NAME)
    .option('--stdin', 'lint the text on standard input as the file --stdin-filename names, against all', false)
    .option('--stdin-filename <path>', 'with --stdin: the path of the article the text is');
  sharedOptions(lint, 'report only').action(async (paths: string[], options) => {
    const { lintCommand } = await import('./commands/lint.js');
    exitCode = await lintCommand(paths, options);
  });

  const dupes = program
    .command('dupes')
    .description('find duplicate and near-duplicate guidance across articles; writes an HTML report')
    .argument('[paths...]', 'files, folders or globs: the corpus', ['articles'])
    .addOption(formatOption())
    .addOption(configOption())
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('--html <file>', 'where to write the HTML report', 'dist/reports/duplicates.html')
    .option('--no-html', 'do not write the HTML report')
    .option('--update-baseline', 'write every pair found now to the baseline file, and exit 0', false)
    .option('--threshold <x>', 'article similarity threshold (0-1), overriding the config', parseRatio)
    .option('--stats', 'print corpus size, candidate pairs, reported pairs and timings to standard error', false);
  sharedOptions(dupes, 'report only the pairs that involve').action(async (paths: string[], options) => {
    const { dupesCommand } = await import('./commands/dupes.js');
    exitCode = await dupesCommand(paths, options);
  });

  program
    .command('build')
    .description('lint, then publish the articles as a static help site into dist/ (refuses on errors)')
    .argument('[paths...]', 'files, folders or globs', ['articles'])
    .option('--out <dir>', 'output folder, replaced atomically', 'dist')
    .option('--force', 'publish even when there are lint errors', false)
    .option('--verify', 'build again from nothing and compare every file byte for byte (exit 2 if they differ)', false)
    .addOption(configOption())
    .addOption(new Option('--no-cache', 'do not read or write the cache of per-file results'))
    .addOption(cacheLocation())
    .action(async (paths: string[], options) => {
      const { buildCommand } = await import('./commands/build.js');
      exitCode = await buildCommand(paths, options);
    });

  program
    .command('serve')
    .description('preview the site locally with live reload; lint problems are shown on each article')
    .argument('[paths...]', 'files, folders or globs', ['articles'])
    .option('--port <n>', 'port (0 picks a free one)', parseCount, 4173)
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--no-watch', 'do not watch for changes')
    .addOption(configOption())
    .addOption(
      new Option('--no-cache', 'start without the cache (the preview folder is kept in the cache folder still)'),
    )
    .addOption(cacheLocation())
    .action(async (paths: string[], options) => {
      const { serveCommand } = await import('./commands/serve.js');
      exitCode = await serveCommand(paths, options);
    });

  program
    .command('lsp')
    .description('the language server for editors, over standard input and output (see editors/vscode)')
    .option('--stdio', 'talk over standard input and output (the default and only transport)')
    .allowUnknownOption()
    .action(async () => {
      const { lspCommand } = await import('./commands/lsp.js');
      exitCode = await lspCommand();
    });

  program
    .command('init')
    .description('write a starter selfhelp.config.json and, with --hook, a git pre-commit hook')
    .option('--hook', 'also write .git/hooks/pre-commit running `selfhelp lint --staged`', false)
    .option('--force', 'overwrite existing files', false)
    .action(async (options) => {
      const { initCommand } = await import('./commands/init.js');
      exitCode = await initCommand(options);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UserError) {
      if (error.diagnostics) process.stderr.write(`${error.diagnostics.map((d) => formatLine(d)).join('\n')}\n`);
      else process.stderr.write(`selfhelp: ${error.message}\n${error.hint ? `  ${error.hint}\n` : ''}`);
      return 2;
    }
    process.stderr.write(`selfhelp: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.DEBUG?.includes('selfhelp') && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    else process.stderr.write('  Run again with DEBUG=selfhelp for details.\n');
    return 2;
  }
}

function parseRatio(value: string): number {
  const x = Number(value);
  if (!/^(0(\.\d+)?|1(\.0+)?)$/.test(value) || Number.isNaN(x))
    throw new UserError(`Expected a number from 0 to 1, got \`${value}\``);
  return x;
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new UserError(`Expected a whole number, got \`${value}\``);
  return Number(value);
}
