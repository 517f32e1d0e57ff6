import { afterEach, describe, expect, it } from 'vitest';
import { blockOf, mayTouchTerms } from '../../../src/terms/changed-text';
import type { TermOccurrence } from '../../../src/terms/find-terms';
import { createPageWatcher, type PageChange } from '../../../src/runtime/page-watcher';
import { buildTermTrie } from '../../../src/terms/term-trie';
import { selectMarks, selectMarksWork } from '../../../src/terms/terms-session';

const trie = buildTermTrie([
  ['my-number-card', ['マイナンバーカード']],
  ['pin', ['暗証番号']],
]);

/** What the page's watcher reports for `change`. */
async function recordsOf(change: () => void): Promise<PageChange> {
  const abort = new AbortController();
  const watcher = createPageWatcher(window, abort.signal, 0);
  const reported = new Promise<PageChange>((resolve) => watcher.listen(resolve, abort.signal));
  change();
  try {
    return await reported;
  } finally {
    abort.abort();
  }
}

const parse = (markup: string) => Array.from(new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html').body.childNodes);
const page = (markup: string) => document.body.replaceChildren(...parse(markup));

afterEach(() => {
  document.body.replaceChildren();
  document.head.replaceChildren();
});

describe('which changes of the page can touch a term', () => {
  it('a clock ticking in a block with no term costs nothing', async () => {
    page('<header><p id="clock">10:00:00</p></header><p id="marked">マイナンバーカード</p>');
    const marked = new Set([document.getElementById('marked')!]);
    const records = await recordsOf(() => {
      document.getElementById('clock')!.firstChild!.nodeValue = '10:00:01';
      document.getElementById('clock')!.textContent = '10:00:02';
    });
    expect([...records.blocks]).toEqual([document.getElementById('clock')]);
    expect(mayTouchTerms(records, trie, marked)).toBe(false);
  });

  it('new text with a term, even split across inline markup, is read', async () => {
    page('<p id="p">ご案内</p>');
    const records = await recordsOf(() => {
      document.getElementById('p')!.append(...parse('<span>暗証</span>番号'));
    });
    expect(mayTouchTerms(records, trie, new Set())).toBe(true);
  });

  it('a change in a block that holds a mark is read, as is a marked block leaving the page', async () => {
    page('<p id="marked">マイナンバーカード<span id="s">です</span></p><div id="list"><p id="other">x</p></div>');
    const marked = new Set([document.getElementById('marked')!]);
    expect(mayTouchTerms(await recordsOf(() => (document.getElementById('s')!.textContent = 'でした')), trie, marked)).toBe(true);
    expect(mayTouchTerms(await recordsOf(() => document.getElementById('marked')!.remove()), trie, marked)).toBe(true);
  });

  it('scripts and styles added to the head cost nothing; a large block is read whole', async () => {
    page('<main id="main"></main>');
    const head = await recordsOf(() => {
      const script = document.createElement('script');
      script.textContent = 'var マイナンバーカード = 1;';
      document.head.append(script);
    });
    expect(mayTouchTerms(head, trie, new Set())).toBe(false);
    const large = await recordsOf(() => {
      document.getElementById('main')!.textContent = 'あ'.repeat(5000);
    });
    expect(mayTouchTerms(large, trie, new Set())).toBe(true);
  });

  it('a block is the nearest ancestor that is not inline', () => {
    page('<div id="d"><p id="p"><a><b id="b">x</b></a></p></div>');
    expect(blockOf(document.getElementById('b')!.firstChild!)).toBe(document.getElementById('p'));
  });
});

describe('choosing the marks', () => {
  const occurrence = (termId: string, n: number) => ({ termId, text: `${termId}${n}` }) as unknown as TermOccurrence;
  const list = [occurrence('a', 1), occurrence('a', 2), occurrence('b', 1), occurrence('a', 3), occurrence('b', 2)];

  it("with 'first', the first visible one of each term, asking about visibility no more than needed", () => {
    const asked: string[] = [];
    const hidden = new Set(['a1']);
    const isVisible = (o: TermOccurrence) => {
      asked.push(o.text);
      return !hidden.has(o.text);
    };
    expect(selectMarks(list, 'first', isVisible).map((o) => o.text)).toEqual(['a2', 'b1']);
    expect(asked).toEqual(['a1', 'a2', 'b1']);
  });

  it("with 'all', every visible one", () => {
    expect(selectMarks(list, 'all', (o) => o.text !== 'b1').map((o) => o.text)).toEqual(['a1', 'a2', 'a3', 'b2']);
  });

  it('may pause between visibility checks, and chooses the same as in one go', () => {
    const many = Array.from({ length: 200 }, (_, i) => occurrence(`t${i % 50}`, i));
    const isVisible = (o: TermOccurrence) => !o.text.endsWith('7');
    const work = selectMarksWork(many, 'all', isVisible);
    let pauses = 0;
    let step = work.next();
    for (; !step.done; step = work.next()) pauses += 1;
    expect(pauses).toBeGreaterThan(4);
    expect(step.value).toEqual(selectMarks(many, 'all', isVisible));
    expect(step.value).toHaveLength(180);
  });
});
