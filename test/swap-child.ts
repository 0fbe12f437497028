/**
 * A build in a process of its own, for test/swap.test.ts: one version of a small site written into an output
 * folder, and, when asked, the process killed (SIGKILL: no clean-up runs) just before its nth change to the
 * file system, so that the test can look at what a kill at each step leaves. Changes inside the folder being
 * built are not counted: a kill there is a kill before the swap, as the first of them is.
 *
 *   node build/test/swap-child.js <out> <version> [<kill before change n> [folder]]
 *
 * `folder`: swap as where symbolic links fail (the output stays a folder). Exits 0 when the build ended.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';

const [out, version, killAt = '0', mode] = process.argv.slice(2);

/** The site of one version: keyed pages (one differs per version), an unkeyed index and hard-linked copies. */
export function swapSite(v: string) {
  return async (emit: import('../src/site/site.js').Emitter) => {
    for (const name of ['a', 'b', 'c']) {
      const text = name === 'b' ? `beta ${v}` : name;
      emit.file(`pages/${name}.html`, `<p>${text}</p>`, `page:${text}`);
      emit.link(`cloud/pages/${name}.html`, `pages/${name}.html`);
    }
    emit.file('index.html', `index ${v}`);
    return Promise.resolve();
  };
}

if (process.argv[1] && path.basename(process.argv[1]) === 'swap-child.js') {
  const limit = Number(killAt);
  let changes = 0;
  const changing = [
    'renameSync',
    'rmSync',
    'rmdirSync',
    'unlinkSync',
    'symlinkSync',
    'mkdirSync',
    'writeFileSync',
    'linkSync',
    'copyFileSync',
  ] as const;
  const table = fs as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const name of changing) {
    const original = table[name];
    table[name] = (...args: unknown[]) => {
      const inside = typeof args[0] === 'string' && /[/\\]\.[^/\\]+\.building-\d+[/\\]/.test(args[0]);
      if (!inside && ++changes === limit) process.kill(process.pid, 'SIGKILL');
      return original(...args);
    };
  }
  // the named imports of node:fs in the product see the counting functions
  syncBuiltinESMExports();
  const { writeAtomically } = await import('../src/site/output.js');
  const index = { file: path.join(path.dirname(out), 'cache', 'build.v8'), key: 'k' };
  await writeAtomically(out, index, swapSite(version), undefined, { links: mode !== 'folder' });
}
