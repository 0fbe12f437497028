import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  ReportPieces,
  duplicatesReport,
  exemptGroups,
  renderHtml
} from "./chunk-WMLL3TMW.js";
import "./chunk-MBYRZZPM.js";
import "./chunk-2K7F6K7T.js";
import "./chunk-CELZMKDY.js";
export {
  ReportPieces,
  duplicatesReport,
  exemptGroups,
  renderHtml
};
