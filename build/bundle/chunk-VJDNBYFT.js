import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  changedFiles,
  stagedFiles
} from "./chunk-4X23XU2J.js";
import {
  toPosix
} from "./chunk-D2B5XFJA.js";
import {
  UserError
} from "./chunk-ATJKFEQU.js";

// build/src/cli/commands/changes.js
import path from "node:path";
async function changeSet(cwd, flags) {
  const modes = [
    flags.files?.length ? "--files" : "",
    flags.staged ? "--staged" : "",
    flags.since ? "--since" : ""
  ].filter(Boolean);
  if (modes.length > 1)
    throw new UserError(`${modes.join(" and ")} cannot be combined; use one`);
  if (flags.files?.length) {
    const changed = flags.files.flatMap((f) => f.split(",")).filter(Boolean).map((f) => toPosix(path.relative(cwd, path.resolve(cwd, f))));
    return { changed: new Set(changed), deleted: [] };
  }
  if (flags.staged) {
    const c = await stagedFiles(cwd);
    return { changed: new Set(c.changed), deleted: c.deleted, contents: c.contents };
  }
  if (flags.since) {
    const c = await changedFiles(cwd, { since: flags.since });
    return { changed: new Set(c.changed), deleted: c.deleted };
  }
  return void 0;
}

export {
  changeSet
};
