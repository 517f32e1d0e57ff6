import { japaneseRuns } from '../i18n/japanese-runs';
import { useLanguage } from '../i18n/use-translation';

/** A translated text with its Japanese words in `lang="ja"`; the rest speaks the user's language. */
export function JapaneseText({ text }: { text: string }) {
  const language = useLanguage();
  const runs = japaneseRuns(text, language);
  if (runs.every((run) => !run.ja)) return <>{text}</>;
  return (
    <>
      {runs.map((run, index) =>
        run.ja ? (
          <span lang="ja" key={index}>
            {run.text}
          </span>
        ) : (
          run.text
        ),
      )}
    </>
  );
}
