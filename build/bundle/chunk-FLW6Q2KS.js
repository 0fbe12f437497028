import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  ReportPieces,
  duplicatesReport,
  exemptGroups,
  renderHtml
} from "./chunk-7JKMUUBM.js";
import "./chunk-MBYRZZPM.js";
import "./chunk-MNZFWSQW.js";
import "./chunk-CELZMKDY.js";
export {
  ReportPieces,
  duplicatesReport,
  exemptGroups,
  renderHtml
};
