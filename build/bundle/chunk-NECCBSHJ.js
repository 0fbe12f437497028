import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  ReportPieces,
  duplicatesReport,
  exemptGroups,
  renderHtml
} from "./chunk-Z2TKPEJH.js";
import "./chunk-MBYRZZPM.js";
import "./chunk-UL6VRVRT.js";
import "./chunk-CELZMKDY.js";
export {
  ReportPieces,
  duplicatesReport,
  exemptGroups,
  renderHtml
};
