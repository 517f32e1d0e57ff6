import type { TKey } from '../i18n/resources';
import { useTranslation } from '../i18n/use-translation';
import type { ImitationReason, TabStatus } from '../sites/assess-tab';
import { OFFICIAL_ADDRESSES } from '../sites/official-addresses';
import { CheckIcon } from '../ui/icons';

interface TabStatusCardProps {
  /** Null while the tab is still being read. */
  status: TabStatus | null;
  language: string;
}

function reasonText(t: ReturnType<typeof useTranslation>, reason: ImitationReason, language: string): string {
  const key = `popup:tabStatus.reasons.${reason.kind}` as TKey;
  if (reason.kind === 'mentions') {
    const words = new Intl.ListFormat(language, { type: 'conjunction' }).format(reason.words.map((w) => `“${w}”`));
    return t(key, { words });
  }
  if (reason.kind === 'address-resembles') return t(key, { host: reason.host });
  return t(key);
}

/** Whether the current tab is an official My Number site, or a page pretending to be one. */
export function TabStatusCard({ status, language }: TabStatusCardProps) {
  const t = useTranslation();
  if (status === null) {
    return (
      <section class="tab-status" data-tab-status="checking" aria-busy="true">
        <p class="tab-status__hint">{t('popup:tabStatus.checking')}</p>
      </section>
    );
  }
  if (status.kind === 'official') {
    const { site, page } = status.match;
    return (
      <section class="tab-status tab-status--official" data-tab-status="official">
        <p class="tab-status__title">
          <CheckIcon size={14} />{' '}
          {t('popup:tabStatus.official', { site: t(`sites:${site}.name` as TKey), page: t(`sites:pages.${page}` as TKey) })}
        </p>
        <p class="tab-status__hint">
          {site === 'mynapoint' ? t('popup:tabStatus.mynapointEnded') : t('popup:tabStatus.officialHint')}
        </p>
      </section>
    );
  }
  if (status.kind === 'not-official' || status.kind === 'unknown') {
    const which = status.kind === 'unknown' ? 'unknown' : 'notOfficial';
    return (
      <section class="tab-status" data-tab-status={status.kind}>
        <p class="tab-status__title">{t(`popup:tabStatus.${which}`)}</p>
        <p class="tab-status__hint">{t(`popup:tabStatus.${which}Hint`)}</p>
      </section>
    );
  }
  const sites = new Intl.ListFormat(language, { type: 'disjunction' }).format(
    status.imitates.map((site) => t(`popup:tabStatus.siteNames.${site}` as TKey)),
  );
  const addresses = status.imitates.flatMap((site) => OFFICIAL_ADDRESSES[site]);
  return (
    <section class="tab-status tab-status--imitation" data-tab-status="imitation" role="alert" aria-labelledby="imitation-title">
      <h2 id="imitation-title" class="tab-status__title">
        {t('popup:tabStatus.imitationTitle')}
      </h2>
      <p>{t('popup:tabStatus.imitationLead', { sites, host: status.host })}</p>
      <p class="tab-status__strong">{t('popup:tabStatus.doNotEnter')}</p>
      <h3>{t('popup:tabStatus.reasonsHeading')}</h3>
      <ul data-imitation-reasons="">
        {status.reasons.map((reason) => (
          <li key={reason.kind}>{reasonText(t, reason, language)}</li>
        ))}
      </ul>
      <p>{t('popup:tabStatus.officialAddresses')}</p>
      <ul class="tab-status__addresses" data-official-addresses="">
        {addresses.map((address) => (
          <li key={address}>
            <a href={address} target="_blank" rel="noreferrer">
              {address}
            </a>
          </li>
        ))}
      </ul>
      {status.imitates.includes('mynapoint') && <p>{t('popup:tabStatus.mynapointEnded')}</p>}
      <p class="tab-status__hint">{t('popup:tabStatus.reportScam')}</p>
    </section>
  );
}
