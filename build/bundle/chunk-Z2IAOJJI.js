import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  CLOUDS,
  metaOf,
  pagePath,
  renderChunk,
  renderRecord,
  worker_default
} from "./chunk-BLQOA4MK.js";
import "./chunk-R33AW5XD.js";
import "./chunk-Q33GWPDB.js";
import "./chunk-DPGIXPRS.js";
import "./chunk-35I6ETIK.js";
import "./chunk-CELZMKDY.js";
export {
  CLOUDS,
  worker_default as default,
  metaOf,
  pagePath,
  renderChunk,
  renderRecord
};
