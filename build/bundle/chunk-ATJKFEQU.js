import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);

// build/src/diagnostic.js
var severityRank = { error: 0, warning: 1, info: 2 };
function compareDiagnostics(a, b) {
  if (a.file !== b.file)
    return a.file < b.file ? -1 : 1;
  if (a.line !== b.line)
    return a.line - b.line;
  if (a.column !== b.column)
    return a.column - b.column;
  if (a.ruleId !== b.ruleId)
    return a.ruleId < b.ruleId ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}
function tallyOf(diagnostics) {
  const tally = {};
  for (const d of diagnostics) {
    const t = tally[d.ruleId] ??= [0, 0, 0, 0];
    t[severityRank[d.severity]]++;
    if (d.fix)
      t[3]++;
  }
  return tally;
}
function copyTally(tally) {
  const copy = {};
  for (const rule in tally)
    copy[rule] = [...tally[rule]];
  return copy;
}
function addTally(total, tally) {
  for (const [rule, [e, w, i, f]] of Object.entries(tally)) {
    const t = total[rule] ??= [0, 0, 0, 0];
    t[0] += e;
    t[1] += w;
    t[2] += i;
    t[3] += f;
  }
}
var UserError = class extends Error {
  hint;
  diagnostics;
  constructor(message, hint, diagnostics) {
    super(message);
    this.hint = hint;
    this.diagnostics = diagnostics;
    this.name = "UserError";
  }
};
var TOO_COMPLEX = "parse/too-complex";
var TOO_LARGE = "parse/too-large";

export {
  compareDiagnostics,
  tallyOf,
  copyTally,
  addTally,
  UserError,
  TOO_COMPLEX,
  TOO_LARGE
};
