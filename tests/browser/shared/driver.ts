/** What the shared browser suites need of a browser, implemented for Chromium and for Firefox. */
export interface PageHandle {
  evaluate<T, A = undefined>(fn: (arg: A) => T, arg?: A): Promise<T>;
  waitFor<A = undefined>(fn: (arg: A) => boolean, arg?: A, timeoutMs?: number): Promise<void>;
  /** Clicks the first element matching the selector, in the page or in our shadow root. */
  click(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  /** Enters text into the focused control as an input method commits it (full-width text too). */
  typeText(text: string): Promise<void>;
  /** Chooses a file in a file input, as the file dialog would. */
  chooseFile(selector: string, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void>;
  /** Moves the mouse to a point of the viewport. */
  mouseTo(x: number, y: number): Promise<void>;
  /** Touches a point of the viewport with one finger and lifts it, as a tap on a phone's screen. */
  tap(x: number, y: number): Promise<void>;
  /** Zooms in with two fingers around a point, as on a phone's screen; Chromium's device emulation only. */
  pinch?(x: number, y: number, scale: number): Promise<void>;
  screenshot(file: string): Promise<void>;
  /** The page printed as the browser prints it (A4, print styles); Chromium only. */
  pdf?(): Promise<Buffer>;
  /** Runs a script's source in the page, as the browser's developer tools would (the page's CSP does not apply). */
  run(source: string): Promise<void>;
  /** Brings the tab to the front, as a user switching to it would; keyboard input goes to the front tab. */
  front(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Runs in the page before any of its own scripts, as a page script would. */
  initScript?: () => void;
  viewport?: { width: number; height: number };
}

/** How a browser is started for a suite. */
export interface LaunchOptions {
  extension?: boolean;
  locale?: string;
  colorScheme?: 'light' | 'dark';
  /**
   * A phone: a touch screen whose pointer does not hover. Chromium emulates a mobile device (touch,
   * mobile viewport); Firefox gets touch events and a coarse pointer, in the window size each page asks for.
   */
  phone?: boolean;
}

export interface BrowserDriver {
  readonly name: 'chromium' | 'firefox';
  openPage(url: string, options?: OpenOptions): Promise<PageHandle>;
  /** Opens popup.html or options.html of the installed extension and waits for the selector. */
  openExtensionPage(file: string, readySelector: string, options?: OpenOptions): Promise<PageHandle>;
  /** The addresses of the open tabs. */
  tabUrls(): Promise<string[]>;
  /** Closes the browser and starts it again on the same profile. */
  restart(): Promise<void>;
  /** Every form posted since launch, as the browser sent it. */
  posts(): { url: string; body: Buffer }[];
  /** URLs of every request the browser made since launch, with who made it. */
  requests(): { url: string; origin: 'page' | 'extension' | 'unknown' }[];
  close(): Promise<void>;
}

/** What the toolbar popup shows, read from the real popup the browser opened. */
export interface PopupReading {
  status: string;
  text: string;
}

export interface ActionPopup {
  /** Waits until the popup has judged the tab, then reads it. */
  read(): Promise<PopupReading>;
  screenshot?(file: string): Promise<void>;
  close(): Promise<void>;
}

export interface ActionPopupDriver {
  /** Clicks the toolbar button on this tab, as a user would: the browser grants activeTab. */
  openActionPopup(page: PageHandle): Promise<ActionPopup>;
}
