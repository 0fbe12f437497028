import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  json
} from "./chunk-4X23XU2J.js";
import {
  formatLine,
  stylish,
  summaryLine
} from "./chunk-EFVQWBLI.js";
import {
  parseRules,
  ruleDocsUrl,
  rules
} from "./chunk-RXNWJEWY.js";
import {
  packageFile
} from "./chunk-VRXC4IAK.js";

// build/src/cli/version.js
import { readFileSync } from "node:fs";
var version = JSON.parse(readFileSync(packageFile("package.json"), "utf8")).version;

// build/src/cli/commands/render.js
import { readFileSync as readFileSync2 } from "node:fs";

// build/src/report/github.js
var ANNOTATIONS_PER_LEVEL = 10;
var COMMAND = { error: "error", warning: "warning", info: "notice" };
var escapeData = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
var escapeLine = (s) => escapeData(s).replace(/^(\s*):/, "$1%3A");
var escapeProperty = (s) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
function github(diagnostics, fileCount) {
  const out = [];
  const shown = { error: 0, warning: 0, info: 0 };
  const limit = {
    error: ANNOTATIONS_PER_LEVEL,
    warning: ANNOTATIONS_PER_LEVEL,
    info: ANNOTATIONS_PER_LEVEL - 1
  };
  let skipped = 0;
  for (const severity of ["error", "warning", "info"]) {
    for (const d of diagnostics) {
      if (d.severity !== severity)
        continue;
      if (shown[severity] >= limit[severity]) {
        skipped++;
        continue;
      }
      shown[severity]++;
      const props = [`file=${escapeProperty(d.file)}`, `line=${d.line}`, `col=${d.column}`];
      if (d.endLine)
        props.push(`endLine=${d.endLine}`);
      if (d.endColumn && d.endLine === d.line)
        props.push(`endColumn=${d.endColumn}`);
      props.push(`title=${escapeProperty(`selfhelp ${d.ruleId}`)}`);
      out.push(`::${COMMAND[severity]} ${props.join(",")}::${escapeData(d.message)}`);
    }
  }
  if (diagnostics.length) {
    out.push("::group::All problems");
    for (const d of diagnostics)
      out.push(escapeLine(formatLine(d)));
    out.push("::endgroup::");
  }
  const summary = summaryLine(diagnostics, fileCount);
  out.push(skipped ? `::notice title=selfhelp::${escapeData(`${summary}; ${skipped} not annotated (GitHub shows ${ANNOTATIONS_PER_LEVEL} per level per step): see the log`)}` : escapeData(summary));
  return `${out.join("\n")}
`;
}

// build/src/report/sarif.js
import { createHash } from "node:crypto";
var LEVEL = { error: "error", warning: "warning", info: "note" };
function sarif(diagnostics, options) {
  const known = new Map(options.rules.map((r, i) => [r.id, i]));
  const extra = [...new Set(diagnostics.map((d) => d.ruleId).filter((id) => !known.has(id)))].sort();
  const rules2 = [
    ...options.rules,
    ...extra.map((id) => ({ id, description: id, severity: "error" }))
  ];
  rules2.forEach((r, i) => known.set(r.id, i));
  const seen = /* @__PURE__ */ new Map();
  const results = diagnostics.map((d) => {
    const line = (options.lineText(d.file, d.line) ?? "").trim().replace(/\s+/g, " ");
    const base = createHash("sha256").update(`${d.ruleId}\0${d.file}\0${d.message}\0${line}`).digest("hex").slice(0, 32);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return {
      ruleId: d.ruleId,
      ruleIndex: known.get(d.ruleId),
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeURI(d.file), uriBaseId: "%SRCROOT%" },
            region: {
              startLine: d.line,
              startColumn: d.column,
              endLine: d.endLine ?? d.line,
              endColumn: Math.max(d.endColumn ?? d.column, d.endLine && d.endLine > d.line ? 1 : d.column)
            }
          }
        }
      ],
      partialFingerprints: { "selfhelpFingerprint/v1": `${base}:${n}` },
      ...d.related?.length ? {
        relatedLocations: d.related.map((r, i) => ({
          id: i,
          message: { text: r.message },
          physicalLocation: {
            artifactLocation: { uri: encodeURI(r.file), uriBaseId: "%SRCROOT%" },
            region: { startLine: r.line, startColumn: r.column }
          }
        }))
      } : {}
    };
  });
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "selfhelp",
            version: options.version,
            informationUri: "https://github.com/selfhelp/selfhelp",
            rules: rules2.map((r) => ({
              id: r.id,
              name: r.id.replace(/(^|[-/])([a-z])/g, (_, __, c) => c.toUpperCase()),
              shortDescription: { text: r.description.replace(/`/g, "") },
              fullDescription: { text: r.description },
              defaultConfiguration: { level: LEVEL[r.severity] },
              ...r.helpUri ? { helpUri: r.helpUri } : {},
              help: {
                text: `${r.rationale ?? r.description}${r.helpUri ? ` See ${r.helpUri}` : ""}`,
                markdown: `${r.rationale ?? r.description}${r.helpUri ? `

[Documentation](${r.helpUri})` : ""}`
              },
              properties: { tags: r.tags ?? [] }
            }))
          }
        },
        originalUriBaseIds: { "%SRCROOT%": { uri: "./" } },
        columnKind: "utf16CodeUnits",
        results
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}

// build/src/cli/commands/render.js
var FORMATS = ["stylish", "json", "sarif", "github"];
function render(diagnostics, fileCount, format, color = false) {
  switch (format) {
    case "json":
      return json(diagnostics);
    case "github":
      return github(diagnostics, fileCount);
    case "sarif": {
      const cache = /* @__PURE__ */ new Map();
      return sarif(diagnostics, {
        version,
        rules: [...parseRules, ...rules].map((r) => ({ ...r, helpUri: ruleDocsUrl(r.id) })),
        lineText(file, line) {
          let lines = cache.get(file);
          if (!lines) {
            try {
              lines = readFileSync2(file, "utf8").replace(/^\ufeff/, "").split(/\r\n?|\n/);
            } catch {
              lines = [];
            }
            cache.set(file, lines);
          }
          return lines[line - 1];
        }
      });
    }
    default:
      return stylish(diagnostics, { color, fileCount });
  }
}

export {
  version,
  FORMATS,
  render
};
