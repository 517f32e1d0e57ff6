import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/** Our Firefox add-on id; it keeps storage and the internal UUID stable across updates. */
export const GECKO_ID = 'myna-guide@myna-guide.org';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // WXT builds Chrome as Manifest V3 and Firefox as Manifest V2. Firefox stays on MV2 on purpose: it
  // grants the content script's hosts at install, where MV3 leaves them to a per-site opt-in that a
  // user can switch off without knowing that the guide then goes silent. (README, "Why MV2 on Firefox")
  manifest: ({ browser }) => ({
    // Name and description come from public/_locales/<language>/messages.json, one per language we speak.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab + scripting: when the user opens the popup, read that one tab to tell whether it imitates
    // an official site. No host permission beyond the official sites' content script.
    // alarms + notifications: remind the user of the dates they entered, such as the end of their
    // period of stay, when the browser is open at the time.
    permissions: ['storage', 'activeTab', 'scripting', 'alarms', 'notifications'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'toggle-terms-panel': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: '__MSG_toggleTermsPanel__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // 140 is the first release that reads data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // The term marks' rules (public/content-scripts/highlights.css) are declared with the content script,
    // so the browser has them before the page renders: adding them later would restyle the whole page once.
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const script of manifest.content_scripts ?? []) script.css = [...(script.css ?? []), 'content-scripts/highlights.css'];
    },
  },
  vite: () => ({
    plugins: [preact()],
  }),
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    excludeSources: ['tests/**', 'scripts/**', '.ci/**', 'docs/**', '.output/**', '**/*.log'],
  },
});
