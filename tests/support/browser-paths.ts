import { existsSync } from 'node:fs';

/** Finds a system browser from an environment variable or the usual paths; never downloads one. */
function findBrowser(envVar: string, candidates: readonly string[], install: string): string {
  const fromEnv = process.env[envVar];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${envVar} is set to ${fromEnv}, but there is no file there.`);
  }
  const found = candidates.find((candidate) => existsSync(candidate));
  if (found) return found;
  throw new Error(`No browser found at ${candidates.join(', ')}. ${install}, or set ${envVar} to the browser's path.`);
}

export function chromiumPath(): string {
  return findBrowser(
    'CHROME_PATH',
    ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
    'Install it with `sudo apt-get install chromium`',
  );
}

export function firefoxPath(): string {
  return findBrowser(
    'FIREFOX_PATH',
    ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    'Install it with `sudo apt-get install firefox-esr`',
  );
}
