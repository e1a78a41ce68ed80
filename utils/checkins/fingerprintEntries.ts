/** Reads the fields of a submitted form that carry data a person typed, for its fingerprint. */
import { NON_DATA_INPUT_TYPES, VOLATILE_FIELD } from './detectionRules';
import { FINGERPRINT_LIMITS } from './formFingerprint';

/**
 * `[name, value]` of each field a person filled in: text, selects, textareas, checked boxes and radios.
 * Left out: disabled controls, hidden, password and file inputs, buttons, and fields that hold secrets or
 * change on every submission (CSRF tokens, captchas, one-time codes), which would make the same data hash
 * differently each time. Reads at most FINGERPRINT_LIMITS.scannedControls controls.
 */
export function fingerprintEntries(form: HTMLFormElement): [string, string][] {
  const entries: [string, string][] = [];
  const controls = form.elements;
  const count = Math.min(controls.length, FINGERPRINT_LIMITS.scannedControls);
  for (let index = 0; index < count; index++) {
    const control = controls[index];
    if (control === undefined || (control as HTMLInputElement).disabled || isVolatile(control)) continue;
    const name = control.getAttribute('name') ?? control.id;
    for (const value of typedValues(control)) entries.push([name, value]);
  }
  return entries;
}

function typedValues(control: Element): string[] {
  switch (control.localName) {
    case 'input': {
      const input = control as HTMLInputElement;
      const type = input.type.toLowerCase();
      if (NON_DATA_INPUT_TYPES.includes(type)) return [];
      if (type === 'checkbox' || type === 'radio') return input.checked ? [input.value] : [];
      return [input.value];
    }
    case 'textarea':
      return [(control as HTMLTextAreaElement).value];
    case 'select':
      return Array.from((control as HTMLSelectElement).options)
        .filter((option) => option.selected)
        .map((option) => option.value);
    default:
      return [];
  }
}

function isVolatile(control: Element): boolean {
  if ((control.getAttribute('autocomplete') ?? '').includes('one-time-code')) return true;
  const identity = ['name', 'id', 'placeholder', 'aria-label'].map(
    (attribute) => control.getAttribute(attribute) ?? '',
  );
  return VOLATILE_FIELD.test(identity.join(' '));
}
