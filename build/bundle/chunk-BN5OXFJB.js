import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  ReportPieces,
  duplicatesReport,
  exemptGroups,
  renderHtml
} from "./chunk-RJRJ4Y2Q.js";
import "./chunk-MBYRZZPM.js";
import "./chunk-CFRGKOBM.js";
import "./chunk-CELZMKDY.js";
export {
  ReportPieces,
  duplicatesReport,
  exemptGroups,
  renderHtml
};
