import type { PageHandle } from './driver';

/** Chooses a language in the popup's menu, as a user would. */
export async function chooseInPopup(popup: PageHandle, language: string): Promise<void> {
  await popup.evaluate((value) => {
    const select = document.querySelector<HTMLSelectElement>('#popup-language')!;
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }, language);
}
