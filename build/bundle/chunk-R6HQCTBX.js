import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  hashBytes,
  statOf,
  writeFileAtomic,
  writePartsAtomic
} from "./chunk-CIO5GOH6.js";
import "./chunk-CELZMKDY.js";
export {
  hashBytes,
  statOf,
  writeFileAtomic,
  writePartsAtomic
};
