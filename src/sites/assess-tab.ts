import { detectPage } from './detect-page';
import { normalizeText } from './page-text';
import type { PageProbe } from './page-probe';
import type { ImitatedSite } from './official-addresses';
import type { PageMatch } from './types';

export type ImitationReason =
  | { kind: 'mentions'; words: string[] }
  | { kind: 'asks-password' }
  | { kind: 'asks-card' }
  | { kind: 'asks-pin' }
  | { kind: 'asks-my-number' }
  | { kind: 'address-resembles'; host: string };

export type TabStatus =
  | { kind: 'official'; match: PageMatch }
  | { kind: 'imitation'; imitates: ImitatedSite[]; reasons: ImitationReason[]; host: string }
  | { kind: 'not-official' }
  /** The browser did not say which page is open (Firefox for Android may not, from a popup shown as a page of its own). */
  | { kind: 'unknown' };

/** Words a page uses when it poses as one of the sites, and the site each one points to. */
const KEYWORDS: readonly (readonly [RegExp, ImitatedSite])[] = [
  [/マイナポータル|myna ?portal|mynaportal/i, 'myna-portal'],
  [/マイナポイント|myna ?point/i, 'mynapoint'],
  [/マイナンバーカード|個人番号カード|my ?number card|individual number card/i, 'jlis'],
  [/地方公共団体情報システム機構|j-lis/i, 'jlis'],
  [/マイナンバー|my ?number/i, 'jlis'],
];

/** Labels of official hosts that a look-alike address borrows. */
const OFFICIAL_LABELS = /myna|mynumber|kojinbango|jpki|lg-?waps/;

/** go.jp and lg.jp are given only to government bodies: such a page can be unofficial for us, never fake. */
const GOVERNMENT_DOMAIN = /\.(go|lg)\.jp$/;

/**
 * What the popup says about the current tab. Official pages are named; other pages are checked for
 * imitation: a page imitates an official site when it uses the site's words AND either asks for
 * secrets (a password, a card number, a PIN, a My Number) or borrows an official-sounding address.
 * Words alone are not enough: news and guides talk about the card all the time.
 */
export function assessTab(href: string | undefined, probe: PageProbe | null, officialMatch: PageMatch | null = null): TabStatus {
  if (href === undefined) return { kind: 'not-official' };
  const match = officialMatch ?? detectPage(href);
  if (match !== null) return { kind: 'official', match };
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { kind: 'not-official' };
  }
  if (!/^https?:$/.test(url.protocol) || GOVERNMENT_DOMAIN.test(url.hostname)) return { kind: 'not-official' };

  const text = normalizeText(`${probe?.title ?? ''} ${probe?.text ?? ''}`);
  const imitates = new Set<ImitatedSite>();
  const words: string[] = [];
  for (const [pattern, site] of KEYWORDS) {
    const found = pattern.exec(text);
    if (found === null) continue;
    // The generic "My Number" only counts when nothing more specific was found.
    if (site === 'jlis' && pattern === KEYWORDS[4]![0] && imitates.size > 0) continue;
    imitates.add(site);
    if (!words.includes(found[0])) words.push(found[0]);
  }
  if (imitates.size === 0) return { kind: 'not-official' };

  const reasons: ImitationReason[] = [{ kind: 'mentions', words }];
  if ((probe?.passwordFields ?? 0) > 0) reasons.push({ kind: 'asks-password' });
  if ((probe?.cardFields ?? 0) > 0) reasons.push({ kind: 'asks-card' });
  if ((probe?.pinFields ?? 0) > 0) reasons.push({ kind: 'asks-pin' });
  if ((probe?.myNumberFields ?? 0) > 0) reasons.push({ kind: 'asks-my-number' });
  if (OFFICIAL_LABELS.test(url.hostname)) reasons.push({ kind: 'address-resembles', host: url.hostname });
  if (reasons.length === 1) return { kind: 'not-official' };
  return { kind: 'imitation', imitates: [...imitates], reasons, host: url.hostname };
}
