/**
 * Where MyNa Guide runs: the official My Number sites, https only.
 *
 * Hosts come from ../shared/reference/domain.md §1 and url-patterns.json. A whole host is listed where
 * the site is about the My Number system; a single path where the host is a ministry whose other pages
 * are not ours to annotate. This list is the only source of the content script's match patterns.
 */
export interface OfficialScope {
  host: string;
  /** Path prefix the scope is limited to; the whole host when absent. */
  pathPrefix?: string;
  /** Source keys in domain.md §9. */
  sources: readonly string[];
}

export const OFFICIAL_SCOPES: readonly OfficialScope[] = [
  { host: 'www.kojinbango-card.go.jp', sources: ['S1', 'S8', 'S15'] },
  { host: 'net.kojinbango-card.go.jp', sources: ['S18', 'G1'] },
  { host: 'myna.go.jp', sources: ['S110', 'G4', 'G5'] },
  { host: 'img.myna.go.jp', sources: ['G3', 'G4', 'G13'] },
  { host: 'faq.myna.go.jp', sources: ['G7', 'G14'] },
  { host: 'app.oss.myna.go.jp', sources: ['G4', 'G17'] },
  { host: 'www.digital.go.jp', sources: ['S42', 'S58', 'S59', 'S111'] },
  { host: 'digital.go.jp', sources: ['S52', 'S53', 'S58'] },
  { host: 'services.digital.go.jp', sources: ['G7', 'G27'] },
  { host: 'www.jpki.go.jp', sources: ['S99'] },
  { host: 'www2.jpki.go.jp', sources: ['S28', 'S29', 'S30'] },
  { host: 'www.lg-waps.go.jp', sources: ['S66', 'G15', 'G16'] },
  { host: 'mynumbercard.point.soumu.go.jp', sources: ['S115', 'G1-d'] },
  { host: 'www.e-tax.nta.go.jp', sources: ['S118'] },
  { host: 'e-tax.nta.go.jp', sources: ['S118'] },
  { host: 'www.keisan.nta.go.jp', sources: ['G28'] },
  // Ministry hosts: the content script runs on every page, and the page's title and main heading decide
  // whether it is about the card; the rest get nothing at all (src/sites/ministry-topics.ts).
  { host: 'www.soumu.go.jp', sources: ['S120'] },
  { host: 'www.mhlw.go.jp', sources: ['S92', 'P1'] },
  { host: 'www.moj.go.jp', sources: ['S47', 'S149', 'G1-b'] },
  { host: 'www.nta.go.jp', sources: ['P5', 'P6'] },
  { host: 'www.nenkin.go.jp', sources: ['P8'] },
];

/** Match patterns for the content script: https only, exact hosts, no wildcards. */
export function officialMatchPatterns(scopes: readonly OfficialScope[] = OFFICIAL_SCOPES): string[] {
  return scopes.map(({ host, pathPrefix }) =>
    pathPrefix === undefined ? `https://${host}/*` : `https://${host}${pathPrefix}*`,
  );
}

/**
 * Registrable domains whose every subdomain belongs to the same agency: J-LIS's card domain, the
 * Digital Agency and the National Tax Agency (domain.md §1.13). MyNa Portal, JPKI and the others are
 * trusted host by host only: a name under them that no official source mentions, such as
 * apply.jpki.go.jp, is treated as a look-alike [G12].
 */
export const TRUSTED_DOMAINS: readonly string[] = ['kojinbango-card.go.jp', 'digital.go.jp', 'nta.go.jp'];

function isPlainHttpsOrigin(url: URL): boolean {
  return url.protocol === 'https:' && url.port === '' && url.username === '' && url.password === '';
}

/**
 * The scope of the content script that covers this URL: https, the default port, no credentials, an
 * exact official host and the scope's path. The URL parser has already lowered the host and turned IDN
 * into punycode, so a look-alike written in other scripts never equals an official ASCII host.
 */
export function findOfficialScope(url: URL, scopes: readonly OfficialScope[] = OFFICIAL_SCOPES): OfficialScope | null {
  if (!isPlainHttpsOrigin(url)) return null;
  return (
    scopes.find(
      (scope) => scope.host === url.hostname && (scope.pathPrefix === undefined || url.pathname.startsWith(scope.pathPrefix)),
    ) ?? null
  );
}

/** True for an official My Number page: inside a scope, or on any host of a trusted domain. */
export function isOfficialUrl(url: URL): boolean {
  if (findOfficialScope(url) !== null) return true;
  if (!isPlainHttpsOrigin(url)) return false;
  return TRUSTED_DOMAINS.some((domain) => url.hostname.endsWith(`.${domain}`));
}
