import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  evaluate,
  parse,
  traverse
} from "./chunk-VRXC4IAK.js";
import {
  lineEndOf,
  nextLineStart
} from "./chunk-PA5VV2XA.js";

// build/src/parse/payload.js
var FENCE = /^[ \t]*---[ \t]*$/;
function findPayload(text, from) {
  let lineStart = from;
  while (lineStart < text.length) {
    const lineEndAt = lineEndOf(text, lineStart);
    const next = nextLineStart(text, lineStart);
    if (FENCE.test(text.slice(lineStart, lineEndAt))) {
      const jsonStart = next;
      const firstContent = text.slice(jsonStart).search(/\S/);
      if (firstContent !== -1 && text[jsonStart + firstContent] === "{") {
        let p = jsonStart;
        while (p < text.length) {
          const e = lineEndOf(text, p);
          if (FENCE.test(text.slice(p, e))) {
            return { start: lineStart, end: e, jsonStart, json: text.slice(jsonStart, p) };
          }
          p = nextLineStart(text, p);
        }
        return { start: lineStart, end: text.length, jsonStart, json: text.slice(jsonStart) };
      }
    }
    if (next >= text.length)
      break;
    lineStart = next;
  }
  return null;
}
function trailingComma(json, at) {
  if (json[at] !== "}" && json[at] !== "]")
    return void 0;
  let i = at - 1;
  while (i >= 0 && (json[i] === " " || json[i] === "	" || json[i] === "\n" || json[i] === "\r"))
    i--;
  return json[i] === "," ? i : void 0;
}
function parsePayload(payload) {
  let document;
  try {
    document = parse(payload.json, { mode: "json", ranges: true });
  } catch (error) {
    const e = error;
    const at = typeof e.offset === "number" ? e.offset : 0;
    const comma = trailingComma(payload.json, at);
    if (comma !== void 0) {
      const closer = payload.json[at] === "}" ? "}" : "]";
      const start = payload.jsonStart + comma;
      const message2 = `The JSON payload does not parse: a trailing comma before \`${closer}\`; remove it`;
      return [{ ruleId: "payload-json", message: message2, start, end: start + 1 }];
    }
    const offset = payload.jsonStart + at;
    const message = String(e.message ?? error).replace(/\s*\(\d+:\d+\)\s*$/, "").replace(/\.$/, "");
    return [
      {
        ruleId: "payload-json",
        message: `The JSON payload does not parse: ${message}`,
        start: offset,
        end: offset + 1
      }
    ];
  }
  const problems = [];
  traverse(document, {
    enter(node) {
      if (node.type !== "String")
        return;
      const raw = payload.json.slice(node.loc.start.offset, node.loc.end.offset);
      const bad = raw.search(/[\u0000-\u001f]/);
      if (bad !== -1) {
        const offset = payload.jsonStart + node.loc.start.offset + bad;
        const what = raw[bad] === "\n" || raw[bad] === "\r" ? "a line break" : raw[bad] === "	" ? "a tab" : "a control character";
        problems.push({
          ruleId: "payload-json",
          message: `A JSON string holds ${what}; write it as ${raw[bad] === "	" ? "`\\t`" : "`\\n`"}`,
          start: offset,
          end: offset + 1
        });
      }
    }
  });
  payload.document = document;
  if (!problems.length)
    payload.value = evaluate(document);
  return problems;
}

export {
  findPayload,
  parsePayload
};
