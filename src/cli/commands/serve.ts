/** selfhelp serve: run the preview server until interrupted. */
import { serve } from '../../serve/index.js';

export interface ServeFlags {
  port: number;
  host: string;
  watch: boolean;
  config?: string;
  cache: boolean;
  cacheLocation: string;
}

export async function serveCommand(paths: string[], flags: ServeFlags): Promise<number> {
  const preview = await serve({
    cwd: process.cwd(),
    patterns: paths,
    configFile: flags.config,
    port: flags.port,
    host: flags.host,
    watch: flags.watch,
    cache: flags.cache === false ? false : flags.cacheLocation,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`selfhelp serve: ${preview.url} (Ctrl-C to stop)\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await preview.close();
  return 0;
}
