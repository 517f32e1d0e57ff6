import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIELD_GUIDES } from '../../../src/knowledge/fields';
import { startFieldsSession } from '../../../src/fields/fields-session';
import { createPageWatcher } from '../../../src/runtime/page-watcher';

describe('fields session', () => {
  let abort = new AbortController();
  afterEach(() => {
    abort.abort();
    abort = new AbortController();
  });

  it('follows focus and typing, and never cancels or changes anything', () => {
    const doc = new DOMParser().parseFromString(
      '<body><form><table><tr><th>申請書ID</th><td><input name="id"></td></tr></table><input name="other"><button>send</button></form></body>',
      'text/html',
    );
    const onFocus = vi.fn();
    const onInput = vi.fn();
    startFieldsSession({ doc, site: 'online-application', guides: FIELD_GUIDES, signal: abort.signal, watcher: createPageWatcher(window, abort.signal), onFields: () => undefined, onFocus, onInput });
    const id = doc.querySelector<HTMLInputElement>('[name="id"]')!;
    id.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(onFocus).toHaveBeenLastCalledWith(expect.objectContaining({ control: id }));
    id.value = '１２３';
    const input = new Event('input', { bubbles: true, cancelable: true });
    id.dispatchEvent(input);
    expect(onInput).toHaveBeenCalledOnce();
    expect(input.defaultPrevented).toBe(false);
    expect(id.value).toBe('１２３');
    const submit = new Event('submit', { bubbles: true, cancelable: true });
    doc.querySelector('form')!.dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(false);
    doc.querySelector('[name="other"]')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(onFocus).toHaveBeenLastCalledWith(null);
  });

  it('reports a field that already has focus when it starts', () => {
    const doc = document.implementation.createHTMLDocument('');
    const form = doc.createElement('form');
    const label = doc.createElement('label');
    label.textContent = '申請書ID';
    const input = doc.createElement('input');
    label.append(input);
    form.append(label);
    doc.body.append(form);
    document.body.append(doc.adoptNode(form));
    input.focus();
    const onFocus = vi.fn();
    startFieldsSession({ doc: document, site: 'online-application', guides: FIELD_GUIDES, signal: abort.signal, watcher: createPageWatcher(window, abort.signal), onFields: () => undefined, onFocus, onInput: () => undefined });
    expect(onFocus).toHaveBeenCalledWith(expect.objectContaining({ control: input }));
    form.remove();
  });
});
