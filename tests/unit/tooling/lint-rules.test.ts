// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../support/paths';

const eslint = new ESLint({ cwd: ROOT });

async function lint(code: string, file = 'src/example.tsx'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}/${file}` });
  return result!.messages.map((message) => message.message);
}

describe('npm run check forbids writing markup and running strings as code', () => {
  it.each([
    ['innerHTML', 'export const f = (el: HTMLElement, s: string) => { el.innerHTML = s; };'],
    ['outerHTML', 'export const f = (el: HTMLElement) => el.outerHTML;'],
    ['insertAdjacentHTML', "export const f = (el: HTMLElement) => el.insertAdjacentHTML('beforeend', '<b>');"],
    ['dangerouslySetInnerHTML', "export const F = () => <div dangerouslySetInnerHTML={{ __html: '<b>' }} />;"],
    ['dangerouslySetInnerHTML in props', "export const p = { dangerouslySetInnerHTML: { __html: '<b>' } };"],
    ['eval', "export const f = () => eval('1');"],
    ['new Function', "export const f = () => new Function('return 1');"],
  ])('rejects %s', async (_what, code) => {
    expect((await lint(code)).length).toBeGreaterThan(0);
  });

  it('accepts ordinary DOM reading and Preact rendering', async () => {
    expect(await lint('export const F = ({ text }: { text: string }) => <p>{text}</p>;')).toEqual([]);
    expect(await lint('export const f = (el: HTMLElement) => el.textContent;', 'src/example.ts')).toEqual([]);
  });
});
