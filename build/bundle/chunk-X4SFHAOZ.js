import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  maskProperties,
  scanProperties
} from "./chunk-35I6ETIK.js";
import "./chunk-CELZMKDY.js";
export {
  maskProperties,
  scanProperties
};
