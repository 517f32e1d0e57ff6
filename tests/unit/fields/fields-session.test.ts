import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIELD_GUIDES } from '../../../src/knowledge/fields';
import { startFieldsSession } from '../../../src/fields/fields-session';

describe('fields session', () => {
  const abort = new AbortController();
  afterEach(() => abort.abort());

  it('follows focus and typing, and never cancels or changes anything', () => {
    const doc = new DOMParser().parseFromString(
      '<body><form><table><tr><th>申請書ID</th><td><input name="id"></td></tr></table><input name="other"><button>send</button></form></body>',
      'text/html',
    );
    const onFocus = vi.fn();
    const onInput = vi.fn();
    startFieldsSession({ doc, site: 'online-application', guides: FIELD_GUIDES, signal: abort.signal, onFields: () => undefined, onFocus, onInput });
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
});
