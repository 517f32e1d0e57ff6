// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { chromiumPath, firefoxPath } from '../../support/browser-paths';

describe('finding the system browsers for the tests', () => {
  const saved = { CHROME_PATH: process.env.CHROME_PATH, FIREFOX_PATH: process.env.FIREFOX_PATH };
  afterEach(() => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  it('uses the path in CHROME_PATH or FIREFOX_PATH when it exists', () => {
    process.env.CHROME_PATH = process.execPath;
    process.env.FIREFOX_PATH = process.execPath;
    expect(chromiumPath()).toBe(process.execPath);
    expect(firefoxPath()).toBe(process.execPath);
  });

  it('says what is wrong when the variable points nowhere', () => {
    process.env.CHROME_PATH = '/nonexistent/chromium';
    expect(() => chromiumPath()).toThrow('CHROME_PATH is set to /nonexistent/chromium, but there is no file there.');
  });
});
