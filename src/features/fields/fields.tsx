import { startFieldsSession } from '../../fields/fields-session';
import type { RecognizedField } from '../../fields/match-field';
import { runCheck, type FieldFindings } from '../../fields/run-check';
import { FIELD_GUIDES } from '../../knowledge/fields';
import { CONVERTER_KEY, FieldCard } from '../../overlay/FieldCard';
import { FieldMarkers } from '../../overlay/FieldMarkers';
import type { Feature } from '../feature';
import { useFollowLayout } from '../follow-layout';
import { createStore, useStore } from '../store';

interface FieldsState {
  fields: readonly RecognizedField[];
  active: RecognizedField | null;
  findings: FieldFindings;
  /** Escape was pressed in the active field: its card stays away until the next focus. */
  dismissed: boolean;
}

/**
 * Form fields: a card while a recognized field has focus, checks as the user types. Values are read
 * when checked and never kept; only the findings are. Only on the sites that have field guides.
 */
export const fieldsFeature: Feature = {
  id: 'fields',
  serves: (match) => FIELD_GUIDES.some((guide) => guide.sites.includes(match.site)),
  init({ doc, match, host, watcher }, signal) {
    const store = createStore<FieldsState>({ fields: [], active: null, findings: { kind: 'none' }, dismissed: false });
    const check = (field: RecognizedField) =>
      void runCheck(field, store.get().fields).then((findings) => {
        // A result for a field the user has already left is dropped.
        if (!signal.aborted && store.get().active?.control === field.control) store.update({ findings });
      });
    const activate = (field: RecognizedField | null) => {
      // Back in the same field (from the converter, or its marker): the card and its findings stay,
      // unless the page has since labelled the field as another.
      const current = store.get().active;
      if (field !== null && current?.control === field.control && current.guide.id === field.guide.id) {
        store.update({ active: field, dismissed: false });
        return;
      }
      store.update({ active: field, findings: { kind: 'none' }, dismissed: false });
      if (field) check(field);
    };
    startFieldsSession({
      doc,
      site: match.site,
      guides: FIELD_GUIDES,
      signal,
      host,
      watcher,
      onFields: (fields) => store.update({ fields }),
      onFocus: activate,
      onKey(field, key) {
        if (store.get().active?.control !== field.control) return;
        if (key === 'Escape') store.update({ dismissed: true });
        else if (key === CONVERTER_KEY && field.guide.check === 'date') {
          // From the field into the converter; Escape there comes back.
          store.update({ dismissed: false });
          const converter = () => host?.shadowRoot?.querySelector<HTMLInputElement>('[data-converter] input');
          const shown = converter();
          if (shown) shown.focus();
          else requestAnimationFrame(() => converter()?.focus());
        }
      },
      onInput(field) {
        // A chosen file arrives after its dialog closes, when the input may no longer have focus.
        if (store.get().active?.control !== field.control) activate(field);
        else check(field);
      },
    });

    function Fields() {
      const { fields, active, findings, dismissed } = useStore(store);
      useFollowLayout(fields.length > 0 || active !== null);
      return (
        <>
          <FieldMarkers fields={fields} onOpen={activate} />
          {active && !dismissed && active.control.isConnected && (
            <FieldCard
              guide={active.guide}
              anchor={active.control.getBoundingClientRect()}
              findings={findings}
              onLeaveConverter={() => (active.control as HTMLElement).focus()}
            />
          )}
        </>
      );
    }
    return { layer: Fields };
  },
};
