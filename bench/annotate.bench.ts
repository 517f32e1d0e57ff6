/**
 * npm run bench: how long marking the terms of a large page takes in Debian's Chromium.
 * A page of 10,000 text nodes (paragraphs, inline spans splitting words, tables, ruby) is generated;
 * the content script's own matcher and highlighter are bundled and run on it repeatedly.
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { TERMS } from '../src/knowledge/terms';
import { chromiumPath } from '../tests/support/browser-paths';

const TEXT_NODES = 10_000;
/** Generated with room to spare, then trimmed in the page to exactly TEXT_NODES. */
const GENERATED = 12_500;
const RUNS = 25;
const WARMUP = 5;

const FILLER = ['申請方法は', 'こちらをご覧ください。', 'お問い合わせは', '受付時間内に', '詳しくは', '市区町村の窓口で', 'お手続きください。'];

function generatePage(): { html: string; textNodes: number } {
  const forms = TERMS.flatMap((term) => term.forms);
  const parts: string[] = [];
  let textNodes = 0;
  let i = 0;
  while (textNodes < GENERATED) {
    const form = forms[i % forms.length]!;
    const split = Math.max(1, Math.floor(form.length / 2));
    switch (i % 4) {
      case 0: // a term split by inline markup, between filler
        parts.push(`<p>${FILLER[i % FILLER.length]}<span>${form.slice(0, split)}</span>${form.slice(split)}${FILLER[(i + 1) % FILLER.length]}</p>`);
        textNodes += 4;
        break;
      case 1: // a table row
        parts.push(`<table><tr><th>${FILLER[i % FILLER.length]}</th><td>${form}について</td></tr></table>`);
        textNodes += 2;
        break;
      case 2: // ruby and a link
        parts.push(`<div><ruby>${form}<rt>よみ</rt></ruby>の<a href="#">${FILLER[(i + 2) % FILLER.length]}</a></div>`);
        textNodes += 4;
        break;
      default: // plain text with full-width spaces and no term
        parts.push(`<li>${FILLER[i % FILLER.length]}\u3000${FILLER[(i + 3) % FILLER.length]}</li>`);
        textNodes += 1;
    }
    i += 1;
  }
  return { html: `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>bench</title></head><body>${parts.join('')}</body></html>`, textNodes };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

const bundle = await build({ entryPoints: [new URL('./annotate-entry.ts', import.meta.url).pathname], bundle: true, format: 'iife', globalName: 'MynaBench', write: false, minify: true });
const { html, textNodes } = generatePage();
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  const page = await browser.newPage();
  await page.setContent(html);
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
  const forms = TERMS.map((term) => [term.id, [...term.forms]] as [string, string[]]);
  const result = await page.evaluate(
    ({ forms, runs, warmup, target }) => {
      const countIn = (root: Node) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        let n = 0;
        while (walker.nextNode()) n += 1;
        return n;
      };
      let total = countIn(document.body);
      while (total > target && document.body.lastChild) {
        const extra = countIn(document.body.lastChild);
        if (total - extra < target) break;
        document.body.lastChild.remove();
        total -= extra;
      }
      const bench = (window as unknown as { MynaBench: typeof import('./annotate-entry') }).MynaBench.prepare(forms);
      const samples = [];
      for (let i = 0; i < warmup + runs; i += 1) {
        const sample = bench.annotate();
        if (i >= warmup) samples.push(sample);
      }
      return { buildMs: bench.buildMs, trieForms: bench.trieForms, samples, nodes: countIn(document.body) };
    },
    { forms, runs: RUNS, warmup: WARMUP, target: TEXT_NODES },
  );
  const totals = result.samples.map((s) => s.totalMs);
  const finds = result.samples.map((s) => s.findMs);
  const highlights = result.samples.map((s) => s.highlightMs);
  const version = browser.version();
  console.log(`Annotating a page of ${result.nodes} text nodes in Chromium ${version} (${textNodes} generated, trimmed in the page)`);
  console.log(`  terms: ${TERMS.length}, forms in trie: ${result.trieForms}, trie built in ${result.buildMs.toFixed(2)} ms`);
  console.log(`  occurrences marked per run: ${result.samples[0]!.occurrences}`);
  console.log(`  ${RUNS} runs after ${WARMUP} warm-up runs:`);
  console.log(`    find terms:  median ${percentile(finds, 50).toFixed(1)} ms, p95 ${percentile(finds, 95).toFixed(1)} ms`);
  console.log(`    highlight:   median ${percentile(highlights, 50).toFixed(1)} ms, p95 ${percentile(highlights, 95).toFixed(1)} ms`);
  console.log(`    total:       median ${percentile(totals, 50).toFixed(1)} ms, p95 ${percentile(totals, 95).toFixed(1)} ms, min ${Math.min(...totals).toFixed(1)} ms`);
  console.log(`  target: well under 50 ms -> ${percentile(totals, 50) < 50 ? 'met' : 'NOT met'}`);
} finally {
  await browser.close();
}
