import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  simpleGit
} from "./chunk-K36LX4PL.js";
import {
  toPosix
} from "./chunk-EHEM4Y62.js";
import {
  UserError
} from "./chunk-FIOTYFPC.js";

// build/src/git/index.js
import path from "node:path";
function git(cwd) {
  return simpleGit({ baseDir: cwd, binary: "git", maxConcurrentProcesses: 4 });
}
async function inRepository(g) {
  try {
    return await g.checkIsRepo();
  } catch {
    return false;
  }
}
function parseNameStatus(out) {
  const parts = out.split("\0").filter((p) => p !== "");
  const changed = [];
  const deleted = [];
  for (let i = 0; i < parts.length; ) {
    const status = parts[i++];
    if (status.startsWith("R") || status.startsWith("C")) {
      const from = parts[i++];
      const to = parts[i++];
      if (status.startsWith("R"))
        deleted.push(from);
      changed.push(to);
    } else if (status.startsWith("D"))
      deleted.push(parts[i++]);
    else
      changed.push(parts[i++]);
  }
  return { changed: changed.sort(), deleted: deleted.sort() };
}
async function changedFiles(cwd, mode) {
  const g = git(cwd);
  const notARepository = async () => new UserError(`${"staged" in mode ? "--staged" : "--since"} needs a git repository, and ${cwd} is not in one`);
  if ("staged" in mode) {
    try {
      return parseNameStatus(await g.raw(["diff", "--cached", "--name-status", "-z", "-M", "--relative"]));
    } catch (error) {
      if (!await inRepository(g))
        throw await notARepository();
      throw error;
    }
  }
  if (!await inRepository(g))
    throw await notARepository();
  let commit = "";
  try {
    commit = (await g.raw(["rev-parse", "--verify", "--quiet", `${mode.since}^{commit}`])).trim();
  } catch {
    commit = "";
  }
  if (!commit) {
    throw new UserError(`--since: \`${mode.since}\` is not a commit git knows`, "Fetch it first (in CI: actions/checkout with fetch-depth: 0).");
  }
  const tracked = parseNameStatus(await g.raw(["diff", "--name-status", "-z", "-M", "--relative", mode.since]));
  const untracked = (await g.raw(["ls-files", "--others", "--exclude-standard", "-z"])).split("\0").filter(Boolean);
  return { changed: [.../* @__PURE__ */ new Set([...tracked.changed, ...untracked])].sort(), deleted: tracked.deleted };
}
async function stagedContent(cwd, file) {
  return git(cwd).showBuffer([`:./${file.split(path.sep).join("/")}`]);
}
async function addedTimes(cwd) {
  const g = git(cwd);
  const times = /* @__PURE__ */ new Map();
  if (!await inRepository(g))
    return times;
  let out = "";
  try {
    out = await g.raw(["log", "--diff-filter=A", "--format=%x00%ct", "--name-only", "--relative", "--no-renames"]);
  } catch {
    return times;
  }
  let current = 0;
  for (const line of out.split("\n")) {
    if (line.startsWith("\0"))
      current = Number(line.slice(1));
    else if (line.trim() && !times.has(line))
      times.set(line, current);
  }
  return times;
}

// build/src/cli/commands/changes.js
import path2 from "node:path";
async function changeSet(cwd, flags) {
  const modes = [flags.files?.length ? "--files" : "", flags.staged ? "--staged" : "", flags.since ? "--since" : ""].filter(Boolean);
  if (modes.length > 1)
    throw new UserError(`${modes.join(" and ")} cannot be combined; use one`);
  if (flags.files?.length) {
    const changed = flags.files.flatMap((f) => f.split(",")).filter(Boolean).map((f) => toPosix(path2.relative(cwd, path2.resolve(cwd, f))));
    return { changed: new Set(changed), deleted: [] };
  }
  if (flags.staged) {
    const c = await changedFiles(cwd, { staged: true });
    const contents = /* @__PURE__ */ new Map();
    for (const f of c.changed)
      contents.set(f, await stagedContent(cwd, f));
    return { changed: new Set(c.changed), deleted: c.deleted, contents };
  }
  if (flags.since) {
    const c = await changedFiles(cwd, { since: flags.since });
    return { changed: new Set(c.changed), deleted: c.deleted };
  }
  return void 0;
}

export {
  addedTimes,
  changeSet
};
