/** The summary's optional profile (fixed lists only, never free text) and how its numbers are anonymized. */
import type { Level, Settings } from '../../utils/settings';
import { LEVELS } from '../../utils/summary/levels';
import { PROVINCES, type Province } from '../../utils/summary/provinces';
import { t } from '../i18n';
import { levelLabel, provinceLabel } from './shareLabels';
import { DEFAULT_EPSILON, EPSILON_CHOICES, ROUNDING_CHOICES } from './shareSummary';

type SummarySettings = Settings['summary'];

export interface ShareOptionsProps {
  options: SummarySettings;
  /** only the fields that changed */
  onChange: (changes: Partial<SummarySettings>) => void;
}

/** The offered choices, plus the stored value if it was set to something else, so the select never lies. */
function choicesWith(choices: readonly number[], current: number): number[] {
  return choices.includes(current) ? [...choices] : [...choices, current].sort((a, b) => a - b);
}

export function ShareOptions({ options, onChange: change }: ShareOptionsProps) {
  const noise = options.epsilon !== null;
  return (
    <form class="share-options" onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend>{t('shareProfileLegend')}</legend>
        <label>
          {t('shareLevelLabel')}
          <select
            value={options.level ?? ''}
            data-testid="share-level"
            onChange={(event) => {
              const value = event.currentTarget.value;
              change({ level: (LEVELS as readonly string[]).includes(value) ? (value as Level) : null });
            }}
          >
            <option value="">{t('shareNotStated')}</option>
            {LEVELS.map((level) => (
              <option key={level} value={level}>
                {levelLabel(level)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('shareProvinceLabel')}
          <select
            value={options.province ?? ''}
            data-testid="share-province"
            onChange={(event) => {
              const value = event.currentTarget.value;
              change({
                province: (PROVINCES as readonly string[]).includes(value) ? (value as Province) : null,
              });
            }}
          >
            <option value="">{t('shareNotStated')}</option>
            {PROVINCES.map((province) => (
              <option key={province} value={province}>
                {provinceLabel(province)}
              </option>
            ))}
          </select>
        </label>
        <p class="muted hint">{t('shareProfileHint')}</p>
      </fieldset>
      <fieldset>
        <legend>{t('shareAnonymizationLegend')}</legend>
        <label>
          {t('shareRoundingLabel')}
          <select
            value={String(options.roundingHours)}
            data-testid="share-rounding"
            onChange={(event) => change({ roundingHours: Number(event.currentTarget.value) })}
          >
            {choicesWith(ROUNDING_CHOICES, options.roundingHours).map((hours) => (
              <option key={hours} value={String(hours)}>
                {t('shareRoundingOption', { hours })}
              </option>
            ))}
          </select>
        </label>
        <label class="inline share-noise-toggle">
          <input
            type="checkbox"
            checked={noise}
            data-testid="share-noise"
            aria-describedby="share-noise-explained"
            onChange={(event) => change({ epsilon: event.currentTarget.checked ? DEFAULT_EPSILON : null })}
          />
          {t('shareNoiseLabel')}
        </label>
        {noise && (
          <label>
            {t('shareEpsilonLabel')}
            <select
              value={String(options.epsilon)}
              data-testid="share-epsilon"
              onChange={(event) => change({ epsilon: Number(event.currentTarget.value) })}
            >
              {choicesWith(EPSILON_CHOICES, options.epsilon ?? DEFAULT_EPSILON).map((epsilon) => (
                <option key={epsilon} value={String(epsilon)}>
                  {t('shareEpsilonOption', { epsilon })}
                </option>
              ))}
            </select>
          </label>
        )}
        <p id="share-noise-explained" class="muted hint">
          {t('shareNoiseExplained')}
        </p>
        {noise && <p class="muted hint">{t('shareNoiseKept')}</p>}
      </fieldset>
    </form>
  );
}
