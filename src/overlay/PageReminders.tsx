import { useEffect, useRef, useState } from 'preact/hooks';
import type { TKey } from '../i18n/resources';
import { JapaneseText } from '../ui/JapaneseText';
import { useTranslation } from '../i18n/use-translation';
import type { RemindersReply } from '../messaging/protocol';
import type { ChecklistStepId } from '../journey/steps';
import type { PageMatch } from '../sites/types';
import { openCounterFromPage, setRemindersHiddenFromPage as setRemindersHidden } from '../journey/page-journey';
import { useSettings, type SettingsStore } from '../storage/settings-store';
import { CloseIcon } from '../ui/icons';

type OfferState = 'offered' | 'done' | 'undone' | 'failed';

interface PageRemindersProps {
  match: PageMatch;
  /** Resolves once the reminders' texts are in the translator; null when they could not be loaded. */
  journey: Promise<RemindersReply | null>;
  /** What the journey resolved to, if it already has. */
  initial?: RemindersReply | null;
  settings: SettingsStore;
  setStep: (step: ChecklistStepId, done: boolean) => Promise<boolean | null>;
  signal: AbortSignal;
}

/**
 * This page's reminders (what to have ready, the pitfalls, what comes next), each hideable on this page,
 * and on a completion page the offer to tick the matching step: one click, undoable, never by itself.
 */
export function PageReminders({ match, journey, initial = null, settings: store, setStep, signal }: PageRemindersProps) {
  const t = useTranslation();
  const settings = useSettings(store);
  const [reply, setReply] = useState<RemindersReply | null>(initial);
  const [offer, setOffer] = useState<OfferState>('offered');
  const root = useRef<HTMLDivElement>(null);
  // Where keyboard focus goes after a control it was on disappears: a CSS selector inside this block.
  const focusNext = useRef<string | null>(null);
  useEffect(() => void journey.then((value) => !signal.aborted && setReply(value)), [journey]);
  useEffect(() => {
    if (focusNext.current === null) return;
    root.current?.querySelector<HTMLElement>(focusNext.current)?.focus();
    focusNext.current = null;
  });
  if (reply === null) return null;

  const prefix = `${match.site}/${match.page}/`;
  const hidden = settings.hiddenReminders.filter((key) => key.startsWith(prefix));
  const shown = reply.reminders.filter((reminder) => !hidden.includes(prefix + reminder.id));
  const hiddenCount = reply.reminders.length - shown.length;
  const hide = (id: string) => {
    focusNext.current = '.reminders-hidden button';
    void setRemindersHidden([prefix + id], true);
  };
  const showAll = () => {
    focusNext.current = '.reminder button';
    void setRemindersHidden(hidden, false);
  };
  const step = reply.offer && !reply.offer.done ? reply.offer.step : null;
  const stepTitle = step ? t(`reminders:steps.${step}` as TKey) : '';
  const choose = (done: boolean) =>
    void setStep(step!, done).then((now) => {
      focusNext.current = now === true ? '.offer .link' : '.offer p';
      setOffer(now === null ? 'failed' : now ? 'done' : 'undone');
    });

  if (step === null && reply.reminders.length === 0 && reply.counter.length === 0) return null;

  return (
    <div ref={root}>
      {step && (
        <div class="offer" data-completion-offer={offer}>
          {/* A live region from the first render, so the change of text is announced. */}
          <p role="status" tabIndex={-1}>
            {t(`reminders:completion.${offer === 'offered' ? 'offer' : offer}` as TKey, { step: stepTitle })}
          </p>
          {offer === 'offered' && (
            <button type="button" class="offer-button" onClick={() => choose(true)}>
              {t('reminders:completion.accept')}
            </button>
          )}
          {offer === 'done' && (
            <button type="button" class="link" onClick={() => choose(false)}>
              {t('reminders:completion.undo')}
            </button>
          )}
        </div>
      )}
      {reply.reminders.length > 0 && (
        <section class="reminders" aria-label={t('reminders:heading')}>
          <ul>
            {shown.map(({ id, kind }) => (
              <li key={id} class={`reminder reminder--${kind}`} data-reminder={id}>
                <p id={`reminder-${id}`}>
                  {/* The label carries its own punctuation: "Have ready:", "请准备：". */}
                  <strong>{t(`reminders:kinds.${kind}` as TKey)}</strong> <JapaneseText text={t(`reminders:reminders.${id}` as TKey)} />
                </p>
                <button type="button" class="icon-button" aria-label={t('reminders:hide')} aria-describedby={`reminder-${id}`} onClick={() => hide(id)}>
                  <CloseIcon size={12} />
                </button>
              </li>
            ))}
          </ul>
          {hiddenCount > 0 && (
            <p class="reminders-hidden">
              {t('reminders:hidden', { count: hiddenCount })}{' '}
              <button type="button" class="link" onClick={showAll}>
                {t('reminders:showHidden')}
              </button>
            </p>
          )}
        </section>
      )}
      {reply.counter.length > 0 && (
        <ul class="counter-links" data-counter-links="">
          {reply.counter.map(({ visit, procedure }) => (
            <li key={visit}>
              <button type="button" class="link" data-open-counter={visit} onClick={() => void openCounterFromPage(visit)}>
                <JapaneseText text={t('reminders:counterLink', { procedure })} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
