import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  BUCKETS,
  CHUNK,
  STOP_WORDS,
  WHOLE,
  bucketOf,
  facetsScript,
  fnv1a,
  groupFiles,
  groupScripts,
  indexShards,
  isWhole,
  planShards,
  weights,
  words
} from "./chunk-YPQFV2IN.js";
import "./chunk-CELZMKDY.js";
export {
  BUCKETS,
  CHUNK,
  STOP_WORDS,
  WHOLE,
  bucketOf,
  indexShards as default,
  facetsScript,
  fnv1a,
  groupFiles,
  groupScripts,
  isWhole,
  planShards,
  weights,
  words
};
