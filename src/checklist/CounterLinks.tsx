import { useEffect, useState } from 'preact/hooks';
import { counterHref } from '../counter/counter-url';
import { useTranslation } from '../i18n/use-translation';
import type { Profile } from '../journey/profile';
import { JapaneseText } from '../ui/JapaneseText';

interface CounterLinksProps {
  /** The step whose visits are linked; or the visits named, for the lost-card section. */
  step?: string;
  visits?: readonly string[];
  profile: Profile;
}

/**
 * Links to the counter cards of a step's visits, each opening in its own tab (the popup's window is too
 * small to show at a counter). The visits' data is loaded when a step is opened, not with the popup.
 */
export function CounterLinks({ step, visits, profile }: CounterLinksProps) {
  const t = useTranslation();
  const [links, setLinks] = useState<readonly { id: string; procedure: string }[]>([]);
  const wanted = step ?? (visits ?? []).join(' ');
  useEffect(() => {
    let live = true;
    void import('../knowledge/counter/visits').then(({ COUNTER_VISIT_BY_ID, visitsOfStep }) => {
      const found = step !== undefined ? visitsOfStep(step, profile) : (visits ?? []).flatMap((id) => COUNTER_VISIT_BY_ID.get(id) ?? []);
      if (live) setLinks(found.map((visit) => ({ id: visit.id, procedure: visit.procedure })));
    }, () => undefined); // Without the visits' data the step shows no links: the rest of it stands.
    return () => {
      live = false;
    };
  }, [wanted, profile]);
  if (links.length === 0) return null;
  return (
    <div class="counter-links" data-counter-links="">
      <h3>{t('popup:checklist.counterHeading')}</h3>
      <ul>
        {links.map((link) => (
          <li key={link.id}>
            <a href={counterHref(link.id)} target="_blank" rel="noreferrer">
              <JapaneseText text={t('popup:checklist.counterLink', { procedure: link.procedure })} />
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
