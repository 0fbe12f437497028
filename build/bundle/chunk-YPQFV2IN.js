import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);

// build/src/site/search.js
import { createHash } from "node:crypto";
var GROUP_SIZE = 1e3;
var BUCKETS = 64;
var SNIPPET_TEXT = 1500;
var WHOLE = 128;
var CHUNK = 8;
var CODES = {
  public: "p",
  fairfax: "f",
  mooncake: "m",
  usnat: "n",
  ussec: "s",
  blackforest: "b"
};
var CLOUD_ORDER = ["public", "fairfax", "mooncake", "usnat", "ussec", "blackforest"];
var isWhole = (articles) => articles <= WHOLE;
function groupFiles(shard) {
  return [
    ...isWhole(shard.records.length) ? ["t.js"] : Array.from({ length: BUCKETS }, (_, i) => `t${i}.js`),
    ...Array.from({ length: Math.ceil(shard.records.length / CHUNK) }, (_, i) => `d${i}.js`)
  ];
}
function facetsScript(name, docs) {
  const services = [];
  const types = [];
  const index = (list, v) => {
    let i = list.indexOf(v);
    if (i < 0)
      i = list.push(v) - 1;
    return i;
  };
  const facets = docs.map((d) => [
    index(services, d.service),
    index(types, d.type),
    d.clouds.reduce((m, c) => m | 1 << CLOUD_ORDER.indexOf(c), 0)
  ]);
  return `selfhelpDocs(${JSON.stringify(name)},${JSON.stringify({ services, types, docs: facets })});
`;
}
function planShards(records) {
  const partitions = /* @__PURE__ */ new Map();
  for (const r of records) {
    const part = r.clouds.map((c) => CODES[c]).join("") || "none";
    const members = partitions.get(part);
    if (members)
      members.push(r);
    else
      partitions.set(part, [r]);
  }
  const shards = [];
  for (const [part, rs] of [...partitions].sort(([a], [b]) => a < b ? -1 : 1)) {
    const buckets = 2 ** Math.ceil(Math.log2(Math.max(1, Math.ceil(rs.length / GROUP_SIZE))));
    const groups = Array.from({ length: buckets }, () => []);
    for (const r of rs)
      groups[fnv1a(r.file) % buckets].push(r);
    groups.forEach((members, i) => {
      if (!members.length)
        return;
      const name = `${part}-${i}`;
      const h = createHash("sha1").update(`search-group-2\0${name}\0`);
      for (const r of members)
        h.update(`${r.file}\0${r.hash}\0${r.service}
`);
      shards.push({ name, clouds: members[0].clouds, records: members, key: h.digest("hex") });
    });
  }
  return shards;
}
var STOP_WORDS = "a an and are as at be by can for from has have how if in into is it its of on or that the then this to was will with you your".split(" ");
var STOP = new Set(STOP_WORDS);
function words(text) {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w && w.length <= 40 && !STOP.has(w));
}
function bucketOf(term) {
  return fnv1a(term.slice(0, 3)) % BUCKETS;
}
var FIELDS = [
  // field, boost, typical length in words
  ["title", 6, 8],
  ["description", 2, 25],
  ["text", 1, 500]
];
function weights(doc) {
  const out = /* @__PURE__ */ new Map();
  for (const [field, boost, typical] of FIELDS) {
    const ws = words(String(doc[field] ?? ""));
    const tf = /* @__PURE__ */ new Map();
    for (const w of ws)
      tf.set(w, (tf.get(w) ?? 0) + 1);
    const norm = 1.2 * (0.25 + 0.75 * ws.length / typical);
    for (const [w, n] of tf)
      out.set(w, (out.get(w) ?? 0) + boost * n / (n + norm));
  }
  for (const [w, v] of out)
    out.set(w, Math.max(1, Math.round(v * 10)));
  return out;
}
function groupScripts(name, docs) {
  const call = (fn, ...args) => `${fn}(${args.map((a) => JSON.stringify(a)).join(",")});
`;
  const buckets = Array.from({ length: BUCKETS }, () => /* @__PURE__ */ new Map());
  docs.forEach((d, i) => {
    for (const [term, w] of weights(d)) {
      const b = buckets[bucketOf(term)];
      const postings = b.get(term);
      if (postings)
        postings.push(i, w);
      else
        b.set(term, [i, w]);
    }
  });
  const sorted = (m) => Object.fromEntries([...m].sort(([a], [b]) => a < b ? -1 : 1));
  const terms = isWhole(docs.length) ? [call("selfhelpTerms", name, -1, sorted(new Map(buckets.flatMap((b) => [...b]))))] : buckets.map((b, i) => call("selfhelpTerms", name, i, sorted(b)));
  return [
    ...terms,
    ...Array.from({ length: Math.ceil(docs.length / CHUNK) }, (_, k) => call("selfhelpDocs2", `${name}/d${k}`, docs.slice(k * CHUNK, (k + 1) * CHUNK).map((d) => ({
      t: d.title,
      p: d.path,
      s: d.service,
      y: d.type,
      c: d.clouds,
      i: d.inferred ? 1 : 0,
      d: d.description,
      x: d.text.slice(0, SNIPPET_TEXT)
    }))))
  ];
}
function indexShards(jobs) {
  return jobs.map((j) => JSON.stringify(groupScripts(j.name, j.docs)));
}
function fnv1a(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

export {
  BUCKETS,
  WHOLE,
  CHUNK,
  isWhole,
  groupFiles,
  facetsScript,
  planShards,
  STOP_WORDS,
  words,
  bucketOf,
  weights,
  groupScripts,
  indexShards,
  fnv1a
};
