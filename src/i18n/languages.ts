/** The languages MyNa Guide speaks. English is the source; every other has the same keys (a test checks). */
export const LANGUAGES = ['en', 'zh-Hans', 'zh-Hant', 'ko', 'vi', 'fil', 'ne', 'pt-BR', 'id', 'th', 'es'] as const;

export type Language = (typeof LANGUAGES)[number];

/** Each language in its own name, as a reader of it looks for it in a list. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
  ko: '한국어',
  vi: 'Tiếng Việt',
  fil: 'Filipino',
  ne: 'नेपाली',
  'pt-BR': 'Português (Brasil)',
  id: 'Bahasa Indonesia',
  th: 'ไทย',
  es: 'Español',
};

export const isLanguage = (value: unknown): value is Language => typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/** Which of our languages a browser language tag means, if any: zh-TW → zh-Hant, pt-PT → pt-BR, tl → fil. */
function ours(tag: string): Language | null {
  const [base = '', ...rest] = tag.toLowerCase().split(/[-_]/);
  if (base === 'yue') return 'zh-Hant';
  if (base === 'zh') {
    // The script decides where it is given (zh-Hans-HK is Simplified); else the region.
    if (rest.includes('hans')) return 'zh-Hans';
    if (rest.includes('hant')) return 'zh-Hant';
    return rest.some((part) => ['tw', 'hk', 'mo'].includes(part)) ? 'zh-Hant' : 'zh-Hans';
  }
  if (base === 'pt') return 'pt-BR';
  if (base === 'tl' || base === 'fil') return 'fil';
  if (base === 'in') return 'id';
  return LANGUAGES.find((language) => language === base) ?? null;
}

export interface BrowserLanguage {
  language: Language;
  /**
   * True when the browser's first language is Japanese: a foreign resident's computer is often set to
   * Japanese, so MyNa Guide starts in English and asks once.
   */
  japanese: boolean;
}

/** The language to start in, from the browser's preferred languages in order. */
export function browserLanguage(tags: readonly string[]): BrowserLanguage {
  if (tags[0]?.toLowerCase().split(/[-_]/)[0] === 'ja') return { language: 'en', japanese: true };
  for (const tag of tags) {
    const language = ours(tag);
    if (language) return { language, japanese: false };
  }
  return { language: 'en', japanese: false };
}

/** The user's choice, or else what the browser asks for. */
export function resolveLanguage(choice: Language | null, tags: readonly string[]): Language {
  return choice ?? browserLanguage(tags).language;
}

/** Whether the popup should ask which language to use: once, on a Japanese browser, until answered. */
export function shouldAskLanguage(settings: { language: Language | null; languageAsked: boolean }, tags: readonly string[]): boolean {
  return settings.language === null && !settings.languageAsked && browserLanguage(tags).japanese;
}
