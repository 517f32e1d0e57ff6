import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES } from './paths';

/** A fixture page and the official URL it is served under in the browsers. */
export interface FixturePage {
  url: string;
  file: string;
  /** The `data-page` the content script must write, or null where it must show nothing. */
  expectedPage: string | null;
}

export const FIXTURE_PAGES: readonly FixturePage[] = [
  { url: 'https://www.kojinbango-card.go.jp/', file: 'jlis-top.html', expectedPage: 'jlis-top' },
  { url: 'https://www.kojinbango-card.go.jp/index.html', file: 'jlis-top-hostile-styles.html', expectedPage: 'jlis-top' },
];

export function fixtureBody(file: string): Buffer {
  return readFileSync(path.join(FIXTURES, file));
}

/** The fixture served at this URL (ignoring query and hash), if any. */
export function fixtureFor(url: string): FixturePage | undefined {
  const { origin, pathname } = new URL(url);
  return FIXTURE_PAGES.find((page) => {
    const fixture = new URL(page.url);
    return fixture.origin === origin && fixture.pathname === pathname;
  });
}
