/** Duplicate detection: synthetic pairs of known similarity, MinHash against exact Jaccard, the seeds, the corpus. */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { detect, dupeKeys, exemption, selectFocused, type DupeEntry, type DupePair } from '../src/dupes/detect.js';
import { exemptGroups, ReportPieces, renderHtml } from '../src/dupes/html.js';
import { detectIncremental } from '../src/dupes/incremental.js';
import {
  estimate,
  focusCandidates,
  hashWord,
  jaccard,
  lshCandidates,
  shingles,
  signature,
} from '../src/dupes/minhash.js';
import { DupeSummary, summarize, type PackedSummary } from '../src/dupes/summary.js';
import { guidanceText, urlWord } from '../src/dupes/text.js';
import { parseText } from '../src/parse/index.js';
import { lintProject } from '../src/engine/run.js';
import { RunIndex } from '../src/engine/corpus.js';
import {
  cloudSuggestions,
  defaultDupeOptions,
  detectSelected,
  dupeCorpus,
} from '../src/rules/duplicate-guidance/rule.js';
import { emptyConfig, root } from './fixtures.js';

/** A deterministic pseudo-random word stream. */
function words(seed: number, n: number): string[] {
  let x = seed >>> 0 || 1;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out.push(`w${(x >>> 0) % 5000}`);
  }
  return out;
}

function article(id: number, body: string): string {
  return `<properties\n    pageTitle="Synthetic ${id}"\n    selfHelpType="generic"\n    articleId="00000000-0000-4000-8000-${String(id).padStart(12, '0')}"\n/>\n# Synthetic ${id}\n\n${body}\n`;
}

function summaryOf(text: string): DupeSummary {
  return new DupeSummary(summarize(parseText('x.md', text), 'generic', defaultDupeOptions));
}

/** Paragraphs of 40 words; `keep` of them shared with the base, the rest new. */
function variant(base: string[][], keep: number, seed: number): string[][] {
  return base.map((p, i) => (i < keep ? p : words(seed * 1000 + i, 40)));
}

describe('MinHash', () => {
  it('signature agreement estimates exact Jaccard similarity (mean error under 0.05)', () => {
    let error = 0;
    let n = 0;
    for (let t = 0; t < 60; t++) {
      const a = words(t + 1, 300);
      const b = [...a.slice(0, 300 - t * 5), ...words(t + 900, t * 5)];
      const ha = new Uint32Array(a.map(hashWord));
      const hb = new Uint32Array(b.map(hashWord));
      const sa = shingles(ha, 5);
      const sb = shingles(hb, 5);
      error += Math.abs(estimate(signature(sa, 64), signature(sb, 64)) - jaccard(sa, sb));
      n++;
    }
    assert.ok(error / n < 0.05, `mean error ${(error / n).toFixed(3)}`);
  });
  it('equal sets give equal signatures; disjoint sets rarely agree', () => {
    const a = shingles(new Uint32Array(words(7, 200).map(hashWord)), 5);
    assert.deepEqual(signature(a, 64), signature(a.slice(), 64));
    const b = shingles(new Uint32Array(words(8, 200).map(hashWord)), 5);
    assert.ok(estimate(signature(a, 64), signature(b, 64)) < 0.1);
  });
});

describe('LSH banding', () => {
  // signatures of 8 bands x 4 rows drawn from a small alphabet, so that many share a band: small and large buckets
  const rows = 4;
  const bands = 8;
  let x = 7;
  const next = () => (x = Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + 0x6b) >>> 0;
  const sigs = Array.from({ length: 600 }, (_, i) =>
    i % 41 === 0
      ? new Uint32Array(0)
      : Uint32Array.from({ length: rows * bands }, (_, k) =>
          k < rows && i % 3 === 0 ? 1 : next() % (i % 2 ? 3 : 1000),
        ),
  );
  /**
   * the definition: items whose signatures agree on a whole band; a bucket over maxBucket chained to its lowest item
   */
  const reference = (maxBucket: number) => {
    const pairs = new Set<string>();
    for (let b = 0; b < bands; b++) {
      const buckets = new Map<string, number[]>();
      sigs.forEach((s, i) => {
        if (!s.length) return;
        const k = s.subarray(b * rows, b * rows + rows).join(',');
        buckets.set(k, [...(buckets.get(k) ?? []), i]);
      });
      for (const members of buckets.values()) {
        if (members.length > maxBucket) for (const m of members.slice(1)) pairs.add(`${members[0]},${m}`);
        else
          for (let p = 0; p < members.length; p++)
            for (let q = p + 1; q < members.length; q++) pairs.add(`${members[p]},${members[q]}`);
      }
    }
    return [...pairs]
      .map((p) => p.split(',').map(Number) as [number, number])
      .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  };

  it('pairs the items that agree on a band, chaining buckets over the limit to their lowest item', () => {
    for (const maxBucket of [Infinity, 64, 5]) {
      const expected = reference(maxBucket);
      assert.ok(expected.length > 100, `${expected.length} pairs`);
      assert.deepEqual(lshCandidates(sigs, bands, rows, maxBucket), expected, `maxBucket ${maxBucket}`);
    }
    assert.notDeepEqual(reference(5), reference(Infinity));
  });

  it('finds, for focus items, the same pairs as the whole banding', () => {
    const focus = sigs.map((_, i) => i % 7 === 0);
    const all = lshCandidates(sigs, bands, rows).filter(([a, b]) => focus[a] || focus[b]);
    assert.deepEqual(focusCandidates(sigs, focus, bands, rows), all);
  });
});

describe('guidance text', () => {
  it('strips markdown, folds case, masks replacement tokens and keeps link targets as words', () => {
    const a = parseText(
      'a.md',
      article(
        1,
        'Widget <!--$Name-->[Contoso]<!--/$Name--> **FAILED**; see [the docs](https://learn.microsoft.com/en-us/azure/widgets/).',
      ),
    );
    const b = parseText(
      'b.md',
      article(
        2,
        'widget <!--$name-->[Fabrikam]<!--/$name--> failed; see [docs page](http://learn.microsoft.com/azure/widgets)',
      ),
    );
    const wa = guidanceText(a.tree).words;
    assert.deepEqual(wa, [
      'synthetic',
      '1',
      'widget',
      '$name',
      'failed',
      'see',
      'the',
      'docs',
      'url:learn.microsoft.com/azure/widgets',
    ]);
    assert.equal(guidanceText(b.tree).words.at(-1), wa.at(-1));
  });
  it('records passages with their line ranges', () => {
    const a = parseText(
      'a.md',
      article(1, '## Steps\n\n* first item with words\n* second item\n\nA closing paragraph.'),
    );
    const t = guidanceText(a.tree);
    const kinds = t.passages.map((p) => `${p.kind}:${p.startLine}-${p.endLine}`);
    assert.deepEqual(kinds, [
      'section:6-13',
      'section:8-13',
      'list:10-11',
      'item:10-10',
      'item:11-11',
      'paragraph:13-13',
    ]);
  });
});

describe('detection on synthetic pairs of known similarity', () => {
  const base = Array.from({ length: 10 }, (_, i) => words(100 + i, 40));
  const texts = new Map<string, string[][]>();
  texts.set('base.md', base);
  // keep k of 10 paragraphs: Jaccard about k / (20 - k)
  for (const keep of [10, 9, 8, 6, 4, 0]) texts.set(`keep-${keep}.md`, variant(base, keep, keep + 1));
  const entries: DupeEntry[] = [...texts].map(([file, paras], i) => ({
    file,
    summary: summaryOf(article(i, paras.map((p) => p.join(' ')).join('\n\n'))),
  }));
  const result = detect(entries, { ...defaultDupeOptions, containment: 1.01 });
  const found = (a: string) =>
    result.pairs.find((p) => (p.a === 'base.md' && p.b === a) || (p.b === 'base.md' && p.a === a));

  it('finds the pairs over the threshold with their exact Jaccard similarity', () => {
    for (const keep of [10, 9]) {
      const pair = found(`keep-${keep}.md`);
      assert.ok(pair, `keep-${keep} found`);
      const exact = jaccard(
        entries[0].summary.shingles,
        entries.find((e) => e.file === `keep-${keep}.md`)!.summary.shingles,
      );
      assert.equal(pair.jaccard, exact);
      assert.ok(pair.jaccard >= 0.8);
    }
  });
  it('does not report pairs under the threshold', () => {
    for (const keep of [6, 4, 0]) assert.equal(found(`keep-${keep}.md`), undefined, `keep-${keep}`);
    for (const p of result.pairs) assert.ok(p.jaccard >= 0.8, `${p.a} ${p.b} ${p.jaccard}`);
  });
  it('reports the passages two articles share, with their lines in both', () => {
    const pair = found('keep-9.md')!;
    const shared = result.shared(pair);
    assert.ok(shared.length >= 9, `${shared.length} shared`);
    assert.ok(shared.every((s) => s.a.startLine > 0 && s.b.startLine > 0));
  });
  it('finds an article copied into a longer one by containment', () => {
    const long = [...base, ...Array.from({ length: 10 }, (_, i) => words(700 + i, 40))];
    const e = [
      entries[0],
      { file: 'long.md', summary: summaryOf(article(99, long.map((p) => p.join(' ')).join('\n\n'))) },
    ];
    const r = detect(e, defaultDupeOptions);
    assert.equal(r.pairs.length, 1);
    assert.ok(r.pairs[0].jaccard < 0.8 && r.pairs[0].containmentA > 0.95, JSON.stringify(r.pairs[0]));
    assert.equal(r.clusters[0].canonical, 'long.md', 'the article that contains the other is canonical');
  });
});

describe('the HTML report kept in pieces', () => {
  const base = Array.from({ length: 6 }, (_, i) => words(300 + i, 40));
  const texts = new Map<string, string>([
    ['a.md', article(1, base.map((p) => p.join(' ')).join('\n\n'))],
    [
      'b.md',
      article(
        2,
        variant(base, 5, 9)
          .map((p) => p.join(' '))
          .join('\n\n'),
      ),
    ],
    [
      'c.md',
      article(
        3,
        variant(base, 5, 11)
          .map((p) => p.join(' '))
          .join('\n\n'),
      ),
    ],
  ]);
  const entries: DupeEntry[] = [...texts].map(([file, text]) => ({ file, summary: summaryOf(text) }));
  const result = detect(entries, defaultDupeOptions);
  const report = (pieces: ReportPieces | undefined, lines: (file: string) => string[]) =>
    renderHtml({
      articles: 3,
      pairs: result.pairs.map((pair) => ({ pair, shared: result.shared(pair) })),
      clusters: result.clusters,
      passageGroups: result.passageGroups,
      lines,
      href: (f) => f,
      pieces,
    });
  const read = (file: string) => texts.get(file)!.split('\n');
  const hashes = new Map([...texts].map(([f, t]) => [f, createHash('sha1').update(t).digest('hex')]));

  it('reuses every piece whose sources are unchanged, without reading them, and gives the same page', () => {
    assert.equal(result.pairs.length, 3);
    const plain = report(undefined, read);
    const first = new ReportPieces(new Map(), (f) => hashes.get(f));
    assert.equal(report(first, read), plain);
    assert.ok(first.made >= 3 && first.changed);
    const again = new ReportPieces(first.used, (f) => hashes.get(f));
    assert.equal(
      report(again, () => assert.fail('a kept piece reads no file')),
      plain,
    );
    assert.equal(again.made, 0);
    assert.equal(again.changed, false);
  });

  it('makes again the pieces that quote a changed source, and only those', () => {
    const first = new ReportPieces(new Map(), (f) => hashes.get(f));
    report(first, read);
    const changed = new ReportPieces(first.used, (f) => (f === 'c.md' ? 'another hash' : hashes.get(f)));
    const readFiles = new Set<string>();
    report(changed, (f) => (readFiles.add(f), read(f)));
    assert.ok(changed.made >= 2, `${changed.made} made`);
    assert.ok(readFiles.has('c.md'));
    // the a-b pair quotes neither c.md nor anything changed: kept
    assert.ok(changed.made < first.made, `${changed.made} of ${first.made}`);
  });
});

describe('incremental detection', () => {
  // families of near copies, plus loners
  const base = Array.from({ length: 6 }, (_, f) => Array.from({ length: 12 }, (_, i) => words(1000 * f + i, 40)));
  const corpus = new Map<string, string>();
  base.forEach((paras, f) => {
    for (let v = 0; v < 4; v++)
      corpus.set(
        `f${f}-v${v}.md`,
        article(
          f * 10 + v,
          variant(paras, v === 0 ? 12 : 11, f * 10 + v)
            .map((p) => p.join(' '))
            .join('\n\n'),
        ),
      );
  });
  for (let i = 0; i < 16; i++)
    corpus.set(
      `alone-${i}.md`,
      article(500 + i, Array.from({ length: 6 }, (_, k) => words(50_000 + 100 * i + k, 40).join(' ')).join('\n\n')),
    );
  const entriesOf = (texts: Map<string, string>): DupeEntry[] =>
    [...texts].map(([file, text]) => ({ file, summary: summaryOf(text) }));
  const fingerprints = (texts: Map<string, string>) =>
    new Map([...texts].map(([f, t]) => [f, createHash('sha1').update(t).digest('hex')]));
  const options = { ...defaultDupeOptions, containment: 1.01 };

  it('starts from the previous pairs and finds what a full detection finds', () => {
    const first = detectIncremental(entriesOf(corpus), options, fingerprints(corpus), undefined);
    assert.equal(first.incremental, false);
    assert.ok(first.result.pairs.length >= 12, `${first.result.pairs.length} pairs`);
    // one article rewritten (it leaves its family), one made a copy of another family, one removed, one added
    const next = new Map(corpus);
    next.set(
      'f0-v1.md',
      article(901, Array.from({ length: 8 }, (_, i) => words(90_000 + i, 40).join(' ')).join('\n\n')),
    );
    next.set('f1-v2.md', corpus.get('f2-v0.md')!.replace('Synthetic 20', 'Synthetic 12'));
    next.delete('f3-v3.md');
    next.set('new.md', corpus.get('f4-v1.md')!.replace('Synthetic 41', 'Synthetic 999'));
    const second = detectIncremental(entriesOf(next), options, fingerprints(next), first.state);
    assert.deepEqual([second.incremental, second.state.boilerplate], [true, first.state.boilerplate]);
    const full = detect(entriesOf(next), options);
    assert.deepEqual(second.result.pairs, full.pairs);
    assert.deepEqual(second.result.clusters, full.clusters);
    assert.deepEqual(second.result.passageGroups, full.passageGroups);
  });

  it('detects in full when the options or the boilerplate passages changed', () => {
    const first = detectIncremental(entriesOf(corpus), options, fingerprints(corpus), undefined);
    assert.equal(
      detectIncremental(entriesOf(corpus), { ...options, threshold: 0.7 }, fingerprints(corpus), first.state)
        .incremental,
      false,
    );
    // one paragraph pasted into many articles becomes boilerplate
    const next = new Map(corpus);
    const common = words(77_777, 40).join(' ');
    for (const f of [...next.keys()].slice(0, options.boilerplateSpread + 1))
      next.set(f, `${next.get(f)!}\n${common}\n`);
    assert.equal(detectIncremental(entriesOf(next), options, fingerprints(next), first.state).incremental, false);
  });
});

describe('the seed articles', () => {
  it('are reported as a near-duplicate pair with their shared passages', async () => {
    const result = await lintProject({ cwd: root, patterns: ['articles'], config: emptyConfig(), fix: false });
    const d = result.diagnostics.filter((x) => x.ruleId === 'duplicate-guidance');
    assert.equal(d.length, 1);
    assert.deepEqual([d[0].file, d[0].related?.[0].file].sort(), [
      'articles/microsoft.aad/password-sync-no-passwords-synchronized.md',
      'articles/microsoft.activedirectory/password-hash-sync-not-working.md',
    ]);
    assert.match(d[0].message, /\d+ shared passages/);
  });
});

describe('issue 14: recall and what the policy exempts', () => {
  it('link words lose the query string, a first-segment locale and trailing slashes, keep the fragment', () => {
    assert.equal(
      urlWord('https://learn.microsoft.com/en-us/azure/widgets/?WT.mc_id=Portal-fx&view=1'),
      'url:learn.microsoft.com/azure/widgets',
    );
    assert.equal(
      urlWord('http://www.learn.microsoft.com/zh-hans/azure/widgets'),
      'url:learn.microsoft.com/azure/widgets',
    );
    assert.equal(
      urlWord('https://docs.microsoft.com/azure/widgets/#step-2'),
      'url:docs.microsoft.com/azure/widgets#step-2',
    );
    // a locale-like segment further down the path is content, not a locale
    assert.equal(urlWord('https://example.com/docs/en-us/x'), 'url:example.com/docs/en-us/x');
  });

  it('two link lists that differ only by tracking parameters are the same guidance', () => {
    const links = (q: string) =>
      Array.from(
        { length: 12 },
        (_, i) => `* [Widget guide part ${i}](https://learn.microsoft.com/azure/widgets/part-${i}${q})`,
      ).join('\n');
    const entries: DupeEntry[] = [
      { file: 'a.md', summary: summaryOf(article(1, links(''))) },
      { file: 'b.md', summary: summaryOf(article(2, links('?WT.mc_id=Portal-Microsoft_Azure_Support'))) },
    ];
    const pair = detect(entries, defaultDupeOptions).pairs[0];
    assert.ok(pair && pair.jaccard > 0.9, JSON.stringify(pair));
  });

  it('boilerplate is removed item by item: a boilerplate first item leaves the rest of its list compared', () => {
    const options = { ...defaultDupeOptions, ignorePassages: ['^we apologize for any inconvenience'] };
    const list = `* We apologize for any inconvenience this widget outage may have caused you today.\n* ${words(5, 30).join(' ')}\n* ${words(6, 30).join(' ')}`;
    const s = new DupeSummary(summarize(parseText('x.md', article(1, list)), 'generic', options));
    const kinds = s.passages.map((p) => `${p.kind}${p.ignored ? ':ignored' : ''}`);
    assert.deepEqual(
      kinds.filter((k) => k.startsWith('item')),
      ['item:ignored', 'item', 'item'],
    );
    assert.ok(kinds.includes('list'), 'the list stays');
    assert.ok(s.shingles.length > 40, 'the other items count toward article similarity');
  });

  it('an edited copy contained in a longer article counts through a near passage (no passage byte for byte)', () => {
    const steps = Array.from({ length: 5 }, (_, i) => words(300 + i, 40));
    const edited = steps.map((p) => [...p.slice(0, 39), 'edited']);
    const small = article(1, edited.map((p) => p.join(' ')).join('\n\n'));
    const large = article(2, [...steps, words(400, 40)].map((p) => p.join(' ')).join('\n\n'));
    const entries: DupeEntry[] = [
      { file: 'small.md', summary: summaryOf(small) },
      { file: 'large.md', summary: summaryOf(large) },
    ];
    const byHash = new Set(entries[1].summary.passages.map((p) => p.hash));
    assert.ok(
      !entries[0].summary.passages.some((p) => p.kind !== 'section' && byHash.has(p.hash)),
      'no exact shared passage',
    );
    const pair = detect(entries, defaultDupeOptions).pairs[0];
    assert.ok(
      pair && pair.jaccard < 0.8 && Math.max(pair.containmentA, pair.containmentB) >= 0.8,
      JSON.stringify(pair),
    );
  });

  it('per-OS variants (names one once a windows/linux descriptor is off) are exempt, unless byte-identical', () => {
    const pair = (a: string, b: string, identical = false) =>
      ({ a, b, identical, similarity: 0.9, containmentA: 0.9, containmentB: 0.9 }) as unknown as DupePair;
    const types = new Map<string, string | null>();
    const reason = (a: string, b: string, identical = false) =>
      exemption(pair(a, b, identical), types, defaultDupeOptions);
    assert.match(reason('vm/slow-linux.md', 'vm/slow-windows.md')!, /per-OS/);
    assert.match(reason('vm/slow.md', 'vm/slow-linux.md')!, /per-OS/);
    assert.match(reason('vm/x-default.md', 'vm/x-default_Linux.md')!, /per-OS/);
    assert.equal(reason('vm/slow.md', 'vm/slow-linux.md', true), undefined, 'identical bodies: a copy, reported');
    assert.equal(reason('vm/slow-linux.md', 'vm/fast-linux.md'), undefined, 'two articles for one OS');
    assert.equal(reason('vm/slow-linux.md', 'other/slow-windows.md'), undefined, 'another folder');
    assert.equal(reason('vm/slow.md', 'vm/slowlinux.md'), undefined, 'no descriptor');
  });

  it('byte-identical bodies are reported whatever the type; near copies of templated types and per-cloud copies are exempt, with a reason', () => {
    const body = words(9, 60).join(' ');
    const of = (file: string, text: string) => ({
      file,
      summary: new DupeSummary(summarize(parseText(file, text), 'diagnostics', defaultDupeOptions)),
    });
    const entries: DupeEntry[] = [
      of('a.md', article(1, body)),
      of('b.md', article(1, body)),
      of('c.md', article(1, `${body} extra`)),
      of('w.md', article(5, words(11, 60).join(' '))),
      of('w-mooncake.md', article(5, words(11, 60).join(' '))),
    ];
    const result = detect(entries, defaultDupeOptions);
    const types = new Map(entries.map((e) => [e.file, e.summary.type]));
    const reason = (a: string, b: string) =>
      exemption(
        result.pairs.find((p) => p.a === a && p.b === b)!,
        types,
        defaultDupeOptions,
      );
    assert.equal(reason('a.md', 'b.md'), undefined);
    assert.match(reason('a.md', 'c.md')!, /templated type `diagnostics`/);
    assert.match(reason('w-mooncake.md', 'w.md')!, /per-cloud/);
    const suggestions = cloudSuggestions(result, defaultDupeOptions, {});
    assert.equal(suggestions.length, 1);
    assert.equal(suggestions[0].file, 'w.md');
    assert.equal(suggestions[0].severity, 'info');
    assert.equal(cloudSuggestions(result, { ...defaultDupeOptions, perCloudSuggestion: false }, {}).length, 0);
    const html = renderHtml({
      articles: 5,
      pairs: [],
      clusters: [],
      passageGroups: [],
      exempt: exemptGroups(result.pairs, (p) => exemption(p, types, defaultDupeOptions)),
      serviceOf: () => 's',
      lines: () => [],
      href: (f) => f,
    });
    assert.match(html, /id="exempt"[\s\S]*templated type[\s\S]*per-cloud/);
  });
});

describe('changed-files detection through the index', () => {
  // families of near copies, exact copies under several names, short articles with one body, a paragraph that
  // stands in so many articles it is boilerplate, and an article copied into a longer one
  const boilerplate = words(77_000, 30).join(' ');
  const corpus = new Map<string, string>();
  const base = Array.from({ length: 4 }, (_, f) => Array.from({ length: 10 }, (_, i) => words(2000 * f + i, 40)));
  base.forEach((paras, f) => {
    for (let v = 0; v < 4; v++) {
      const body = variant(paras, v === 0 ? 10 : 9, f * 10 + v).map((p) => p.join(' '));
      corpus.set(`f${f}-v${v}.md`, article(f * 10 + v, [...body, boilerplate].join('\n\n')));
    }
  });
  for (const name of ['a-copy.md', 'm-copy.md', 'z-copy.md'])
    corpus.set(name, article(100, base[1].map((p) => p.join(' ')).join('\n\n')));
  for (const name of ['short-a.md', 'short-b.md']) corpus.set(name, article(200, 'Restart the service and try again.'));
  // one body in two articles with other passages (a paragraph split in two), and an article that is one of those halves
  const [p1, p2] = [words(88_000, 40), words(88_100, 40)];
  corpus.set('g-a.md', article(400, [p1, p2].map((p) => p.join(' ')).join('\n\n')));
  corpus.set('g-b.md', article(400, [p1, p2.slice(0, 20), p2.slice(20)].map((p) => p.join(' ')).join('\n\n')));
  corpus.set('half.md', article(402, p2.slice(0, 20).join(' ')));
  corpus.set(
    'longer.md',
    article(300, [...base[2].map((p) => p.join(' ')), ...base[3].map((p) => p.join(' '))].join('\n\n')),
  );
  for (let i = 0; i < 24; i++)
    corpus.set(
      `alone-${i}.md`,
      article(
        500 + i,
        [...Array.from({ length: 5 }, (_, k) => words(60_000 + 100 * i + k, 40).join(' ')), boilerplate].join('\n\n'),
      ),
    );
  const entries: DupeEntry[] = [...corpus].map(([file, text]) => ({ file, summary: summaryOf(text) }));
  const index = new RunIndex(
    'duplicate-guidance',
    (s) => dupeKeys(new DupeSummary(s as PackedSummary)),
    new Map(
      entries.map((e) => [
        e.file,
        { file: e.file, diagnostics: [], fixed: false, summaries: { 'duplicate-guidance': e.summary.packed } },
      ]),
    ),
  );

  it('finds, for every changed file and sets of them, what a focused detection on the whole corpus finds', () => {
    const files = entries.map((e) => e.file).sort();
    const sets = [...files.map((f) => [f]), ['f0-v1.md', 'm-copy.md'], ['short-a.md', 'alone-3.md', 'longer.md']];
    let pairs = 0;
    for (const changed of sets) {
      const focus = new Set(changed);
      const whole = detect(entries, defaultDupeOptions, focus);
      const selected = [...selectFocused(focus, dupeCorpus(index), defaultDupeOptions.boilerplateSpread)].sort();
      assert.ok(selected.length < files.length / 2, `${changed}: ${selected.length} selected`);
      const chosen = entries.filter((e) => selected.includes(e.file));
      const found = detectSelected(chosen, defaultDupeOptions, focus, index);
      assert.deepEqual(found.pairs, whole.pairs, changed.join(', '));
      assert.deepEqual([found.articles, found.candidatePairs], [whole.articles, whole.candidatePairs], changed.join());
      pairs += whole.pairs.length;
    }
    assert.ok(pairs > 40, `${pairs} pairs`);
  });
});
