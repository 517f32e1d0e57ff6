/**
 * The pages the benchmark loads under an official address: large, deep, live and flooded, written from
 * the terms' own forms so that the extension has real work to do on each.
 */
import { TERMS } from '../src/knowledge/terms';

const FILLER = ['申請方法は', 'こちらをご覧ください。', 'お問い合わせは', '受付時間内に', '詳しくは', '市区町村の窓口で', 'お手続きください。'];
const FORMS = TERMS.flatMap((term) => term.forms);

/** Blocks of prose, tables, ruby and lists until about `textNodes` text nodes, some of them white space. */
export function proseBlocks(textNodes: number): string {
  const parts: string[] = [];
  let count = 0;
  for (let i = 0; count < textNodes; i += 1) {
    const form = FORMS[i % FORMS.length]!;
    const split = Math.max(1, Math.floor(form.length / 2));
    switch (i % 4) {
      case 0: // a term split by inline markup, between filler
        parts.push(`<p>${FILLER[i % FILLER.length]}<span>${form.slice(0, split)}</span>${form.slice(split)}${FILLER[(i + 1) % FILLER.length]}</p>\n`);
        count += 5;
        break;
      case 1: // a table row, indented as templates write them
        parts.push(`<table>\n  <tr>\n    <th>${FILLER[i % FILLER.length]}</th>\n    <td>${form}について</td>\n  </tr>\n</table>\n`);
        count += 7;
        break;
      case 2: // ruby and a link
        parts.push(`<div><ruby>${form}<rt>よみ</rt></ruby>の<a href="#">${FILLER[(i + 2) % FILLER.length]}</a></div>\n`);
        count += 5;
        break;
      default: // plain text with a full-width space and no term
        parts.push(`<li>${FILLER[i % FILLER.length]}\u3000${FILLER[(i + 3) % FILLER.length]}</li>\n`);
        count += 2;
    }
  }
  return parts.join('');
}

/** A nest of `depth` elements, each with a little text, a term every tenth level. */
export function deepNest(depth: number): string {
  let open = '';
  for (let level = 0; level < depth; level += 1) {
    const text = level % 10 === 0 ? `${FORMS[level % FORMS.length]}について` : FILLER[level % FILLER.length];
    open += `<div>${text}`;
  }
  return open + '</div>'.repeat(depth);
}

const page = (body: string, script = '') =>
  `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>個人番号カードの申請について</title></head>` +
  `<body><header><h1>マイナンバーカードの申請</h1></header><main>${body}</main>${script ? `<script>${script}</script>` : ''}</body></html>`;

/** A clock on the page: one text changed every 100 ms, as live pages do. */
const CLOCK = `
const clock = document.createElement('p');
clock.textContent = '00:00:00';
document.querySelector('header').append(clock);
setInterval(() => { clock.textContent = new Date().toISOString().slice(11, 21); }, 100);
`;

/**
 * 40,000 mutations in 20 tasks, as a framework re-rendering a list does: rows with terms added,
 * replaced and removed. Sets window.__floodDone when the last batch has run.
 */
const FLOOD = `
const forms = ${JSON.stringify(FORMS.slice(0, 200))};
const list = document.createElement('ul');
document.querySelector('main').prepend(list);
let batch = 0;
const run = () => {
  for (let i = 0; i < 1000; i += 1) {
    const row = document.createElement('li');
    row.textContent = forms[(batch * 1000 + i) % forms.length] + 'の手続き';
    list.append(row);
    if (list.childElementCount > 300) list.firstElementChild.remove();
  }
  batch += 1;
  if (batch < 20) setTimeout(run, 16);
  else window.__floodDone = performance.now();
};
setTimeout(run, 50);
`;

export interface BenchPage {
  id: string;
  title: string;
  html: string;
  /** Measured over a fixed window after the page has settled: figures are per second. */
  steady?: boolean;
  /** Waits for window.__floodDone before the marks are timed. */
  flood?: boolean;
}

export const BENCH_PAGES: readonly BenchPage[] = [
  { id: 'nodes-10k', title: '10,000 text nodes', html: page(proseBlocks(10_000)) },
  { id: 'clock', title: '10,000 text nodes and a clock every 100 ms', html: page(proseBlocks(10_000), CLOCK), steady: true },
  { id: 'nodes-50k', title: '50,000 text nodes', html: page(proseBlocks(50_000)) },
  { id: 'deep-3000', title: 'a nest 3,000 elements deep', html: page(deepNest(3000)) },
  { id: 'flood', title: '40,000 mutations in 20 tasks', html: page(proseBlocks(5_000), FLOOD), flood: true },
];
