import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  SEARCH_OPTIONS,
  indexShards,
  planShards,
  shardScript
} from "./chunk-X57RDM5A.js";
import "./chunk-CELZMKDY.js";
export {
  SEARCH_OPTIONS,
  indexShards as default,
  planShards,
  shardScript
};
