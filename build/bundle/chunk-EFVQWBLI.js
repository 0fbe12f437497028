import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  tallyOf
} from "./chunk-ATJKFEQU.js";

// build/src/report/stylish.js
import { styleText } from "node:util";
var paint = (on, style, s) => on ? styleText(style, s) : s;
function formatLine(d, withFile = true, color = false) {
  const where = withFile ? `${d.file}:${d.line}:${d.column}` : `${d.line}:${d.column}`;
  const sev = d.severity === "error" ? paint(color, "red", "error") : d.severity === "warning" ? paint(color, "yellow", "warning") : paint(color, "blue", "info");
  return `${where}  ${sev}  ${d.message}  ${paint(color, "dim", d.ruleId)}`;
}
function stylish(diagnostics, options) {
  const lines = [];
  let file;
  for (const d of diagnostics) {
    if (d.file !== file) {
      if (file !== void 0)
        lines.push("");
      lines.push(paint(options.color, "underline", d.file));
      file = d.file;
    }
    lines.push(formatLine(d, true, options.color));
  }
  if (diagnostics.length)
    lines.push("", ...summaryTable(diagnostics), "");
  lines.push(summaryLine(diagnostics, options.fileCount));
  return `${lines.join("\n")}
`;
}
function summaryTable(diagnostics) {
  const tally = tallyOf(diagnostics);
  const rows = Object.entries(tally).sort(([a, x], [b, y]) => y[0] + y[1] + y[2] - (x[0] + x[1] + x[2]) || (a < b ? -1 : 1));
  const head = ["rule", "errors", "warnings", "info", "fixable"];
  const body = rows.map(([rule, t]) => [rule, ...t.slice(0, 4).map(String)]);
  const width = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => i ? c.padStart(width[i]) : c.padEnd(width[i])).join("  ").trimEnd();
  return [line(head), ...body.map(line)];
}
function summaryLine(diagnostics, fileCount) {
  let [e, w, i, fixable] = [0, 0, 0, 0];
  for (const t of Object.values(Array.isArray(diagnostics) ? tallyOf(diagnostics) : diagnostics)) {
    e += t[0];
    w += t[1];
    i += t[2];
    fixable += t[3];
  }
  const problems = e + w + i;
  const files = `${fileCount} file${fileCount === 1 ? "" : "s"} checked`;
  if (!problems)
    return `${files}: no problems`;
  const plural = (n, w2) => `${n} ${w2}${n === 1 ? "" : "s"}`;
  return `${files}: ${plural(problems, "problem")} (${plural(e, "error")}, ${plural(w, "warning")}, ${i} info)${fixable ? `; ${fixable} fixable with --fix` : ""}`;
}

export {
  formatLine,
  stylish,
  summaryLine
};
