import type { CounterVisit } from '../knowledge/counter/types';

/** The Japanese request as the clerk reads it, with its reading in kana for the user to say it. */
export function CounterRequest({ visit, large = false }: { visit: CounterVisit; large?: boolean }) {
  return (
    <div class={large ? 'request request--large' : 'request'}>
      <p class="request__text" lang="ja" data-counter-request="">
        {visit.request}
      </p>
      <p class="request__reading" lang="ja" data-counter-reading="">
        {visit.reading}
      </p>
    </div>
  );
}
