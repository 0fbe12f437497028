import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);

// build/src/lint/keys.js
var META_KEY = "render";
var RENDER_KEY = "$render";

export {
  META_KEY,
  RENDER_KEY
};
