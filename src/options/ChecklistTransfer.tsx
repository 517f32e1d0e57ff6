import { useRef, useState } from 'preact/hooks';
import { useTranslation } from '../i18n/use-translation';
import type { TKey } from '../i18n/resources';
import type { JourneyState } from '../journey/journey-state';
import { exportFileName, exportJourney, MAX_IMPORT_BYTES, parseImport, type ImportProblem } from '../journey/transfer';
import type { VersionedItem } from '../storage/versioned-item';
import { downloadText } from './download';

type Outcome =
  | { kind: 'imported'; steps: number; dates: number; previous: JourneyState }
  | { kind: 'undone' }
  | { kind: 'refused'; problems: readonly ImportProblem[] }
  | { kind: 'error' }
  | null;

/** Export the checklist to a file, and import one: checked in full, applied whole or not at all, undoable. */
export function ChecklistTransfer({ journey, download = downloadText }: { journey: VersionedItem<JourneyState>; download?: typeof downloadText }) {
  const t = useTranslation();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const input = useRef<HTMLInputElement>(null);

  const exportFile = async () => {
    try {
      download(exportJourney(await journey.load()), exportFileName());
    } catch {
      setOutcome({ kind: 'error' });
    }
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      // A file far larger than any checklist is refused before it is read.
      const result = file.size > MAX_IMPORT_BYTES ? parseImport('x'.repeat(MAX_IMPORT_BYTES + 1)) : parseImport(await file.text());
      if (!result.ok) {
        setOutcome({ kind: 'refused', problems: result.problems });
        return;
      }
      const previous = await journey.load();
      await journey.save(result.state);
      setOutcome({ kind: 'imported', steps: Object.keys(result.state.done).length, dates: Object.keys(result.state.dates).length, previous });
    } catch {
      setOutcome({ kind: 'error' });
    } finally {
      if (input.current) input.current.value = '';
    }
  };

  const undo = async (previous: JourneyState) => {
    try {
      await journey.save(previous);
      setOutcome({ kind: 'undone' });
    } catch {
      setOutcome({ kind: 'error' });
    }
  };

  return (
    <section class="card" aria-labelledby="checklist-section" data-transfer="">
      <h2 id="checklist-section">{t('options:checklistSection')}</h2>
      <p class="hint">{t('options:checklistHint')}</p>
      <div class="buttons">
        <button type="button" class="button" onClick={() => void exportFile()} data-export="">
          {t('options:export')}
        </button>
        <label class="button button--secondary" for="import-file">
          {t('options:import')}
        </label>
        <input
          ref={input}
          id="import-file"
          class="visually-hidden"
          type="file"
          accept="application/json,.json"
          onChange={(event) => void importFile(event.currentTarget.files?.[0])}
        />
      </div>
      <div role="status" class="transfer-status" data-import-status={outcome?.kind}>
        {outcome?.kind === 'imported' && (
          <p>
            {t('options:imported', { steps: outcome.steps, dates: outcome.dates })}{' '}
            <button type="button" class="link-button" onClick={() => void undo(outcome.previous)}>
              {t('options:undoImport')}
            </button>
          </p>
        )}
        {outcome?.kind === 'undone' && <p>{t('options:importUndone')}</p>}
        {outcome?.kind === 'error' && <p class="error">{t('options:transferFailed')}</p>}
        {outcome?.kind === 'refused' && (
          <div class="error">
            <p>{t('options:importRefused', { count: outcome.problems.length })}</p>
            <ul>
              {outcome.problems.slice(0, 20).map((problem, index) => (
                <li key={index} data-problem={problem.code}>
                  {problem.path && (
                    <>
                      <code>{problem.path}</code>:{' '}
                    </>
                  )}
                  {t(`options:importProblems.${problem.code}` as TKey)}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}
