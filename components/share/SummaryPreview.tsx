/** The summary exactly as it leaves the device, as text, JSON or CSV, in tabs (arrow keys move between them). */
import { useRef } from 'preact/hooks';
import { type PlainMessageKey, t } from '../i18n';
import type { SharedSummary } from './shareSummary';

export type PreviewForm = 'text' | 'json' | 'csv';

const FORMS: readonly PreviewForm[] = ['text', 'json', 'csv'];
const TAB_LABELS: Record<PreviewForm, PlainMessageKey> = {
  text: 'sharePreviewText',
  json: 'sharePreviewJson',
  csv: 'sharePreviewCsv',
};

export interface SummaryPreviewProps {
  shared: SharedSummary;
  form: PreviewForm;
  onForm: (form: PreviewForm) => void;
  /** ids of the tabs and the panel start with this; the panel's id is `${idPrefix}-panel` */
  idPrefix: string;
}

export function SummaryPreview({ shared, form, onForm: setForm, idPrefix }: SummaryPreviewProps) {
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const content = form === 'text' ? shared.text : form === 'json' ? shared.json : shared.csv;
  const choose = (index: number) => {
    const next = FORMS[(index + FORMS.length) % FORMS.length]!;
    setForm(next);
    tabs.current[FORMS.indexOf(next)]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const index = FORMS.indexOf(form);
    if (event.key === 'ArrowRight') choose(index + 1);
    else if (event.key === 'ArrowLeft') choose(index - 1);
    else if (event.key === 'Home') choose(0);
    else if (event.key === 'End') choose(FORMS.length - 1);
    else return;
    event.preventDefault();
  };
  return (
    <div class="share-preview">
      <div role="tablist" aria-label={t('sharePreviewLabel')} class="share-tabs" onKeyDown={onKeyDown}>
        {FORMS.map((each, index) => (
          <button
            key={each}
            ref={(element) => {
              tabs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${each}`}
            aria-selected={form === each}
            aria-controls={`${idPrefix}-panel`}
            tabIndex={form === each ? 0 : -1}
            onClick={() => setForm(each)}
          >
            {t(TAB_LABELS[each])}
          </button>
        ))}
      </div>
      <pre
        id={`${idPrefix}-panel`}
        role="tabpanel"
        aria-labelledby={`${idPrefix}-tab-${form}`}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a tab panel is focusable so keyboard users can scroll and select it
        tabIndex={0}
        class={form === 'text' ? 'share-text' : 'share-code'}
        data-testid={`summary-${form}`}
      >
        {content}
      </pre>
    </div>
  );
}
