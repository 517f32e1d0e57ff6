import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import english from '../../../locales/en/fields.json';
import type { BrowserDriver, PageHandle } from './driver';
import { screenshotPath } from './screenshots';

type Start = (options?: { extension?: boolean }) => Promise<BrowserDriver>;

const names = english.fields as Record<string, { name: string }>;
const ONLINE = 'https://net.kojinbango-card.go.jp/SS_SERVICE_OUT';

/** Fixture forms of different layouts, and the fields each must explain, by control name. */
const FORMS = [
  { layout: 'definition list with checkboxes', url: `${ONLINE}/FA01S001Action.do`, fields: [['ageCheck', 'age-confirmation'], ['kiyakuDoui', 'terms-agreement']] },
  {
    layout: 'table of th and td',
    url: `${ONLINE}/FA01S002Action.do`,
    fields: [['shinseishoId', 'application-id'], ['mailRenrakuShimei', 'email-contact-name'], ['mailAddress', 'email'], ['mailAddressKakunin', 'email-confirmation'], ['gazoNinsho', 'captcha']],
  },
  { layout: 'labels split by spans and line breaks', url: `${ONLINE}/FA02S001Action.do`, fields: [['kaoShashinFile', 'face-photo']] },
  { layout: 'definition list with selects and radios', url: `${ONLINE}/FA02S001Action.do?step=details`, fields: [['birthYear', 'birth-date'], ['denshiShomeishoKibo', 'certificate-choice'], ['tenjiHyokiKibo', 'braille-choice']] },
  { layout: 'old table layout with ruby', url: 'https://myna.go.jp/SCK0101_03_001/SCK0101_03_001_Init.form', fields: [['pinNo', 'user-certificate-pin']] },
  {
    layout: 'framework-rendered form',
    url: 'https://myna.go.jp/pmh/account-registration',
    fields: [['bankName', 'bank-name'], ['branchName', 'branch-name'], ['accountType', 'account-type'], ['accountNumber', 'account-number'], ['accountHolderKana', 'account-holder-kana']],
  },
] as const;

const waitForHost = (page: PageHandle) => page.waitFor(() => (document.querySelector('myna-guide')?.shadowRoot?.querySelector('[data-banner]') ?? null) !== null);

/** A baseline JPEG as far as its headers go: 1000 × 1300 pixels, 3 components, padded to 30 KB. */
function jpegPhoto(): Buffer {
  const header = [0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x05, 0x14, 0x03, 0xe8, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01];
  const bytes = Buffer.alloc(30 * 1024);
  bytes.set(header);
  bytes.set([0xff, 0xd9], bytes.length - 2);
  return bytes;
}

/** Issue 5 in a real browser: field cards on every layout, local checks, and posts left as they were. */
export function describeFields(start: Start): void {
  describe('form fields', () => {
    let driver: BrowserDriver;
    beforeAll(async () => {
      driver = await start();
    });
    afterAll(async () => {
      await driver?.close();
    });

    it.each(FORMS)('explains each field of a $layout when it has focus, beside it', async ({ url, fields }) => {
      const page = await driver.openPage(url);
      await waitForHost(page);
      for (const [name, id] of fields) {
        await page.evaluate((n) => document.querySelector<HTMLElement>(`[name="${n}"]`)!.focus(), name);
        await page.waitFor((i) => document.querySelector('myna-guide')?.shadowRoot?.querySelector(`[data-field="${i}"]`) != null, id);
        const card = await page.evaluate(
          ({ n, i }) => {
            const control = document.querySelector(`[name="${n}"]`)!.getBoundingClientRect();
            const element = document.querySelector('myna-guide')!.shadowRoot!.querySelector<HTMLElement>(`[data-field="${i}"]`)!;
            const box = element.getBoundingClientRect();
            const overlaps = box.left < control.right && box.right > control.left && box.top < control.bottom && box.bottom > control.top;
            return { text: element.textContent ?? '', visible: box.width > 0 && getComputedStyle(element).visibility === 'visible', overlaps };
          },
          { n: name, i: id },
        );
        expect(card.visible, id).toBe(true);
        expect(card.text, id).toContain(names[id]!.name);
        expect(card.overlaps, id).toBe(false);
      }
      // A marker beside a label opens the same card.
      expect(await page.evaluate(() => document.querySelector('myna-guide')!.shadowRoot!.querySelectorAll('[data-field-marker]').length)).toBeGreaterThan(0);
      await page.close();
    });

    it('warns about a full-width application ID while it is typed, without changing it', async () => {
      const page = await driver.openPage(`${ONLINE}/FA01S002Action.do`);
      await waitForHost(page);
      await page.click('[name="shinseishoId"]');
      await page.typeText('１２３４５');
      await page.waitFor(() => /full-width digits/.test(document.querySelector('myna-guide')!.shadowRoot!.querySelector('[data-field="application-id"]')?.textContent ?? ''));
      const card = await page.evaluate(() => document.querySelector('myna-guide')!.shadowRoot!.querySelector('[data-field="application-id"]')!.textContent);
      expect(card).toContain('18 digits are missing');
      expect(await page.evaluate(() => document.querySelector<HTMLInputElement>('[name="shinseishoId"]')!.value)).toBe('１２３４５');
      await page.screenshot(screenshotPath(`field-card-${driver.name}`));
      await page.close();
    });

    it('checks a chosen photo locally and lists what passes', async () => {
      const page = await driver.openPage(`${ONLINE}/FA02S001Action.do`);
      await waitForHost(page);
      await page.chooseFile('[name="kaoShashinFile"]', { name: 'face.jpg', mimeType: 'image/jpeg', buffer: jpegPhoto() });
      await page.waitFor(() => document.querySelector('myna-guide')?.shadowRoot?.querySelectorAll('[data-photo-checks] [data-check]').length === 5);
      const checks = await page.evaluate(() =>
        [...document.querySelector('myna-guide')!.shadowRoot!.querySelectorAll('[data-photo-checks] [data-check]')].map((li) => [li.getAttribute('data-check'), li.getAttribute('data-pass')]),
      );
      expect(checks).toEqual([['format', 'true'], ['color', 'true'], ['file-size', 'true'], ['dimensions', 'true'], ['shape', 'true']]);
      await page.close();
    });

    it('posts every form byte for byte as the browser does without the extension', async () => {
      const plain = await start({ extension: false });
      try {
        const fill = async (browserDriver: BrowserDriver) => {
          const page = await browserDriver.openPage(`${ONLINE}/FA01S002Action.do`);
          if (browserDriver === driver) await waitForHost(page);
          const values: [string, string][] = [
            ['shinseishoId', '１２３４５ 678-90'],
            ['mailRenrakuShimei', 'ヤマダ　タロウ'],
            ['mailAddress', 'taro@example.com'],
            ['mailAddressKakunin', 'taro@example.con'],
            ['gazoNinsho', '7kR2m'],
          ];
          for (const [name, value] of values) {
            await page.click(`[name="${name}"]`);
            await page.typeText(value);
          }
          await page.click('[name="kakunin"]');
          await page.waitFor(() => document.title === 'received', undefined, 10_000);
          await page.close();
          return browserDriver.posts().at(-1)!;
        };
        const withGuide = await fill(driver);
        const without = await fill(plain);
        expect(withGuide.url).toBe(without.url);
        // Real form data, as typed: the fields and the full-width value, percent-encoded.
        const posted = withGuide.body.toString('latin1');
        expect(posted).toContain('shinseishoId=%EF%BC%91%EF%BC%92%EF%BC%93');
        expect(posted).toContain('mailAddress=taro%40example.com');
        expect(posted).toContain('mailAddressKakunin=taro%40example.con');
        expect(withGuide.body.equals(without.body)).toBe(true);
      } finally {
        await plain.close();
      }
    });
  });
}
