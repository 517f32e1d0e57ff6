/**
 * npm run bench: what MyNa Guide costs the pages it runs on, as the page feels it.
 *
 * Debian's Chromium loads each benchmark page under an official address twice per round, once with the
 * production build and once without, alternating which goes first, for BENCH_ROUNDS rounds (7 unless
 * set). From each load's trace it takes the main thread of the page's renderer and reports the medians
 * of what the extension added: CPU by kind (script, style, layout, paint), tasks over 50 ms and the
 * longest task, Long Animation Frame blocking time, time from DOMContentLoaded to our first UI, and the
 * layout shift. The clock page is measured over a steady window, per second; the flood page also says
 * how long after the last mutation the marks were final.
 *
 * Needs `npm run build` first. BENCH_PAGES=nodes-10k,clock picks pages; BENCH_JSON=file keeps the figures;
 * BENCH_BUILD=dir measures another unpacked build; BENCH_TRACES=dir keeps the traces.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type CDPSession } from 'playwright-core';
import { chromiumPath } from '../tests/support/browser-paths';
import { CHROME_BUILD } from '../tests/support/paths';
import { BENCH_PAGES, type BenchPage } from './pages';
import { mainThreadWork, median, pageThread, sampledScript, type TraceEvent, type WorkKind } from './trace';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
/**
 * Loads with the extension and V8's sampling profiler, after the rounds, that say which work was ours.
 * The profiler slows what it samples, so the rounds themselves run without it.
 */
const PROFILED_LOADS = Number(process.env.BENCH_PROFILED ?? 3);
/** The build under test: the production build unless BENCH_BUILD names another (to compare two). */
const BUILD = process.env.BENCH_BUILD ?? CHROME_BUILD;
const URL_OF_PAGE = 'https://www.kojinbango-card.go.jp/apprec/apply/';
/** Time for the page and the extension to finish their first work after load. */
const SETTLE_MS = 3000;
/** The steady window of a live page. */
const WINDOW_MS = 5000;
/** BENCH_TRACES=dir keeps every trace there (for DevTools' Performance panel), with the stacks of forced layouts. */
const TRACES = process.env.BENCH_TRACES;
let traceCount = 0;
const CATEGORIES = [
  ...(TRACES === undefined ? [] : ['disabled-by-default-devtools.timeline.stack']),
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'toplevel',
  'v8.execute',
  'blink.user_timing',
  'loading',
  '__metadata',
];

/** Runs in the page's own world in both variants alike: layout shifts, long frames, our first UI. */
const PAGE_PROBE = `(() => {
  const probe = { cls: 0, loaf: [], dcl: null, firstUi: null, firstFrame: null };
  window.__probe = probe;
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) probe.cls += e.value; })
      .observe({ type: 'layout-shift', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) probe.loaf.push([e.startTime, e.blockingDuration]); })
      .observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
  document.addEventListener('DOMContentLoaded', () => {
    probe.dcl = performance.now();
    // The page's own first frame after it was parsed: no UI of ours can be seen before it.
    requestAnimationFrame(() => { probe.firstFrame = performance.now(); });
  });
  const seeHost = (host) => {
    const look = () => {
      if (host.shadowRoot && host.shadowRoot.querySelector('[lang]')) probe.firstUi = performance.now();
      else requestAnimationFrame(look);
    };
    look();
  };
  const watchRoot = (root) => new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n.nodeName === 'MYNA-GUIDE' && probe.firstUi === null) seeHost(n);
  }).observe(root, { childList: true });
  if (document.documentElement) watchRoot(document.documentElement);
  else new MutationObserver((_, o) => { if (document.documentElement) { o.disconnect(); watchRoot(document.documentElement); } })
    .observe(document, { childList: true });
})();`;

interface Probe {
  cls: number;
  loaf: [number, number][];
  dcl: number | null;
  firstUi: number | null;
  firstFrame: number | null;
}

interface Sample {
  byKind: Record<WorkKind, number>;
  total: number;
  tasksOver50: number;
  longestTask: number;
  ourLongestTask: number;
  ourScript: number;
  loafBlocking: number;
  cls: number;
  firstUiAfterDcl: number | null;
  firstFrameAfterDcl: number | null;
  /** Our content script's evaluation began this long after DOMContentLoaded (the browser's choice). */
  injectedAfterDcl: number | null;
  marksFinalAfter?: number | null;
  marks?: number;
}

async function launch(extension: boolean): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'myna-bench-')), {
    executablePath: chromiumPath(),
    headless: false,
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    args: [
      '--headless=new',
      '--lang=en-US',
      ...(extension ? [`--disable-extensions-except=${BUILD}`, `--load-extension=${BUILD}`] : ['--disable-extensions']),
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  if (extension && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker', { timeout: 15_000 });
  await context.addInitScript({ content: PAGE_PROBE });
  return context;
}

async function readTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const done = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (event) => resolve(event.stream!)));
  await cdp.send('Tracing.end');
  const handle = await done;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle, size: 1 << 20 });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  const parsed = JSON.parse(text) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function measure(context: BrowserContext, bench: BenchPage, extensionId: string, profiled = false): Promise<Sample> {
  await context.unroute('**/*').catch(() => undefined);
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://')) return route.continue();
    if (url === URL_OF_PAGE) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: bench.html });
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const categories = profiled ? [...CATEGORIES, 'disabled-by-default-v8.cpu_profiler'] : CATEGORIES;
  const start = () => cdp.send('Tracing.start', { transferMode: 'ReturnAsStream', traceConfig: { includedCategories: categories } });
  let windowStart = 0;
  if (bench.steady) {
    await page.goto(URL_OF_PAGE, { waitUntil: 'load' });
    await pause(SETTLE_MS);
    windowStart = await page.evaluate(() => performance.now());
    await start();
    await pause(WINDOW_MS);
  } else {
    await start();
    await page.goto(URL_OF_PAGE, { waitUntil: 'load' });
    await pause(SETTLE_MS);
  }
  let flood: { marksFinalAfter: number | null; marks: number } | undefined;
  if (bench.flood) {
    await page.waitForFunction(() => (window as unknown as { __floodDone?: number }).__floodDone !== undefined, undefined, { timeout: 180_000, polling: 100 });
    flood = await page.evaluate(async () => {
      const done = (window as unknown as { __floodDone: number }).__floodDone;
      const size = () => (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights?.get('myna-guide-term')?.size ?? 0;
      let last = size();
      let changedAt: number | null = null;
      const until = performance.now() + 4000;
      while (performance.now() < until) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        const now = size();
        if (now !== last) {
          last = now;
          changedAt = performance.now();
        }
      }
      return { marksFinalAfter: changedAt === null ? 0 : Math.max(0, changedAt - done), marks: last };
    });
  }
  const events = await readTrace(cdp);
  if (TRACES !== undefined) writeFileSync(`${TRACES}/${bench.id}-${extensionId ? 'with' : 'without'}-${++traceCount}.json`, JSON.stringify(events));
  const probe = await page.evaluate(() => (window as unknown as { __probe: Probe }).__probe);
  await page.close();

  const thread = pageThread(events, URL_OF_PAGE);
  if (thread === null) throw new Error(`${bench.id}: the page's renderer thread is not in the trace`);
  const prefix = extensionId ? `chrome-extension://${extensionId}/` : 'chrome-extension://';
  const work = mainThreadWork(events, thread, prefix);
  if (profiled) {
    // Our work is what the samples say: a task is ours if any sample in it had our code on its stack.
    const sampled = sampledScript(events, thread, prefix);
    work.ourScript = sampled.ourScript;
    const times = sampled.ourSampleTimes;
    for (const task of work.tasks) task.ours = times.some((at) => at >= task.start * 1000 && at <= (task.start + task.duration) * 1000);
  }
  const perSecond = bench.steady ? 1000 / WINDOW_MS : 1;
  const scale = (n: number) => n * perSecond;
  const ours = work.tasks.filter((t) => t.ours);
  // When the browser ran our content script, from the trace: the page's DOMContentLoaded mark and our first evaluation.
  const dclMark = events.find((e) => e.name === 'MarkDOMContent' && e.pid === thread.pid);
  const evaluated = events.find(
    (e) => e.name === 'EvaluateScript' && e.pid === thread.pid && e.tid === thread.tid && (e.args?.data?.url ?? '').startsWith(prefix),
  );
  return {
    byKind: Object.fromEntries(Object.entries(work.byKind).map(([k, v]) => [k, scale(v)])) as Record<WorkKind, number>,
    total: scale(work.total),
    tasksOver50: work.tasks.filter((t) => t.duration > 50).length,
    longestTask: Math.max(0, ...work.tasks.map((t) => t.duration)),
    ourLongestTask: Math.max(0, ...ours.map((t) => t.duration)),
    ourScript: scale(work.ourScript),
    loafBlocking: probe.loaf.filter(([at]) => at >= windowStart).reduce((sum, [, blocking]) => sum + blocking, 0),
    cls: probe.cls,
    firstUiAfterDcl: probe.firstUi !== null && probe.dcl !== null ? probe.firstUi - probe.dcl : null,
    injectedAfterDcl: dclMark && evaluated ? (evaluated.ts - dclMark.ts) / 1000 : null,
    firstFrameAfterDcl: probe.firstFrame !== null && probe.dcl !== null ? probe.firstFrame - probe.dcl : null,
    ...flood,
  };
}

const pick = process.env.BENCH_PAGES?.split(',');
const pages = BENCH_PAGES.filter((p) => !pick || pick.includes(p.id));
const withExtension = await launch(true);
const without = await launch(false);
const extensionId = new URL(withExtension.serviceWorkers()[0]!.url()).host;
const results: Record<string, { ext: Sample[]; plain: Sample[]; profiled: Sample[] }> = {};
try {
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const bench of pages) {
      const entry = (results[bench.id] ??= { ext: [], plain: [], profiled: [] });
      const order = round % 2 === 0 ? (['ext', 'plain'] as const) : (['plain', 'ext'] as const);
      for (const variant of order) {
        const sample = await measure(variant === 'ext' ? withExtension : without, bench, variant === 'ext' ? extensionId : '');
        entry[variant].push(sample);
      }
    }
    process.stderr.write(`round ${round + 1}/${ROUNDS} done\n`);
  }
  for (let load = 0; load < PROFILED_LOADS; load += 1) {
    for (const bench of pages) results[bench.id]!.profiled.push(await measure(withExtension, bench, extensionId, true));
  }
} finally {
  await withExtension.close();
  await without.close();
}

const ms = (n: number | null | undefined) => (n === null || n === undefined || Number.isNaN(n) ? '–' : `${n.toFixed(1)} ms`);
const added = (entry: { ext: Sample[]; plain: Sample[] }, get: (s: Sample) => number) =>
  median(entry.ext.map((s, i) => get(s) - get(entry.plain[i]!)));
/** Half the interquartile range of the per-round differences: how far the median can be trusted. */
const spread = (entry: { ext: Sample[]; plain: Sample[] }, get: (s: Sample) => number) => {
  const differences = entry.ext.map((s, i) => get(s) - get(entry.plain[i]!)).sort((a, b) => a - b);
  const at = (q: number) => differences[Math.min(differences.length - 1, Math.floor(q * differences.length))]!;
  return (at(0.75) - at(0.25)) / 2;
};
const summary: Record<string, Record<string, number | null>> = {};
console.log(`MyNa Guide on the page, Chromium, ${ROUNDS} rounds, medians (with the extension, less without):`);
for (const bench of pages) {
  const entry = results[bench.id]!;
  const unit = bench.steady ? ' per second' : '';
  const row = {
    addedTotal: added(entry, (s) => s.total),
    addedScript: added(entry, (s) => s.byKind.script),
    addedStyle: added(entry, (s) => s.byKind.style),
    addedLayout: added(entry, (s) => s.byKind.layout),
    addedPaint: added(entry, (s) => s.byKind.paint),
    ourScript: median(entry.profiled.map((s) => s.ourScript)),
    tasksOver50With: median(entry.ext.map((s) => s.tasksOver50)),
    tasksOver50Without: median(entry.plain.map((s) => s.tasksOver50)),
    longestTaskWith: median(entry.ext.map((s) => s.longestTask)),
    longestTaskWithout: median(entry.plain.map((s) => s.longestTask)),
    ourLongestTask: median(entry.profiled.map((s) => s.ourLongestTask)),
    addedTotalSpread: spread(entry, (s) => s.total),
    loafBlockingWith: median(entry.ext.map((s) => s.loafBlocking)),
    loafBlockingWithout: median(entry.plain.map((s) => s.loafBlocking)),
    firstUiAfterDcl: median(entry.ext.map((s) => s.firstUiAfterDcl).filter((v): v is number => v !== null)),
    injectedAfterDcl: median(entry.ext.map((s) => s.injectedAfterDcl).filter((v): v is number => v !== null)),
    pageFirstFrameAfterDcl: median(entry.plain.map((s) => s.firstFrameAfterDcl).filter((v): v is number => v !== null)),
    clsWith: median(entry.ext.map((s) => s.cls)),
    clsWithout: median(entry.plain.map((s) => s.cls)),
    ...(bench.flood
      ? { marksFinalAfter: median(entry.ext.map((s) => s.marksFinalAfter ?? Number.NaN)), marks: median(entry.ext.map((s) => s.marks ?? 0)) }
      : {}),
  };
  summary[bench.id] = row;
  console.log(`\n${bench.title} (${bench.id})`);
  console.log(`  added main-thread CPU${unit}: ${ms(row.addedTotal)} ± ${ms(row.addedTotalSpread)} (script ${ms(row.addedScript)}, style ${ms(row.addedStyle)}, layout ${ms(row.addedLayout)}, paint ${ms(row.addedPaint)})`);
  console.log(`  our scripts${unit} (sampled, ${PROFILED_LOADS} loads): ${ms(row.ourScript)}; longest task of ours ${ms(row.ourLongestTask)}`);
  console.log(`  tasks over 50 ms: ${row.tasksOver50With} with, ${row.tasksOver50Without} without; longest ${ms(row.longestTaskWith)} with, ${ms(row.longestTaskWithout)} without (+${ms(row.longestTaskWith - row.longestTaskWithout)})`);
  console.log(`  Long Animation Frame blocking: ${ms(row.loafBlockingWith)} with, ${ms(row.loafBlockingWithout)} without`);
  console.log(`  first UI ${ms(row.firstUiAfterDcl)} after DOMContentLoaded (the page's own first frame, without us: ${ms(row.pageFirstFrameAfterDcl)}; our script began ${ms(row.injectedAfterDcl)} after it); CLS ${row.clsWith.toFixed(3)} with, ${row.clsWithout.toFixed(3)} without`);
  if (bench.flood) console.log(`  marks final ${ms(row.marksFinalAfter)} after the last mutation (${row.marks} marked)`);
}
if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify({ rounds: ROUNDS, pages: summary }, null, 2));
