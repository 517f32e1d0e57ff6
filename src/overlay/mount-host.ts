import { HOST_TAG } from './host';

export interface OverlayHost {
  /** The `<myna-guide>` element: the one node we add to a page, and only while there is something to show. */
  host: HTMLElement;
  /** Where our UI is rendered: the `<body>` of the document inside the host's shadow root. */
  container: HTMLElement;
  /** Appends the host as the last child of `<html>`, once. */
  mount(): void;
  /** Takes the host out of the page again. */
  remove(): void;
}

/**
 * Our host with an open shadow root holding a small document of its own (`<html>` with our styles in its
 * `<head>`, and a `<body>` for the UI). `:host` is reset first, so that no rule of the page reaches in.
 * Built here rather than with WXT's UI helper, which brings auto-mounting and an element waiter that a
 * single host has no use for: every byte of this script runs on every official page.
 */
export function createOverlayHost(css: string): OverlayHost {
  const host = document.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const html = document.createElement('html');
  const head = document.createElement('head');
  const style = document.createElement('style');
  style.textContent = `:host{all:initial !important}\n${css}`;
  const container = document.createElement('body');
  head.append(style);
  html.append(head, container);
  shadow.append(html);
  return {
    host,
    container,
    mount: () => {
      if (!host.isConnected) document.documentElement.append(host);
    },
    remove: () => host.remove(),
  };
}
