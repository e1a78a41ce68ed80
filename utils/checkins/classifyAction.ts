/** Recognises check-in actions (clicks, image uploads, form submissions) on a page by the rules in detectionRules. */
import type { CheckinType } from './checkin';
import {
  ACTIONABLE,
  IMAGE_FILE_EXTENSION,
  LABEL_RULES,
  type LabelRule,
  MAX_CLICK_DEPTH,
  MAX_LABEL_LENGTH,
  MAX_SCRIPTED_LABEL_LENGTH,
  MAX_UPLOAD_CONTEXT_LENGTH,
  MIN_DATA_ENTRY_FIELDS,
  NAVIGATION,
  NON_DATA_INPUT_TYPES,
  NOT_DATA_ENTRY_FORM,
  SCREENSHOT_FILE_NAME,
  SCREENSHOT_MIME_TYPE,
  UPLOAD_CONTEXT,
  UPLOAD_CONTEXT_DEPTH,
} from './detectionRules';

// Elements may come from an iframe's document, whose constructors differ from the top window's, so this
// module tells elements apart by `localName` and properties, never by `instanceof`.

/** A file as the content script sees it; `name` is read here only and never leaves the page. */
export interface UploadedFile {
  type: string;
  name?: string;
}

/**
 * The check-in a click stands for: the nearest control at or above the target (an icon or a span inside a
 * button counts as the button), named by its label. Disabled controls, navigation, controls of login and
 * search forms, and labels that are too long to be a button's name are not check-ins.
 */
export function classifyClick(target: Element): CheckinType | null {
  const control = nearestControl(target);
  if (control === null || isDisabled(control) || isInNavigation(control)) return null;
  const form = formOf(control);
  if (form !== null && isLoginOrSearchForm(form)) return null;
  const maxLength = isScriptedOnly(control) ? MAX_SCRIPTED_LABEL_LENGTH : MAX_LABEL_LENGTH;
  const label = controlLabel(control);
  if (label.length === 0 || label.length > maxLength) return null;
  return ruleForLabel(label)?.type ?? null;
}

/**
 * The check-in an upload stands for. Images only: documents are not chores, nor are uploads for a profile or
 * a certificate (头像, 身份证). A file named like a screenshot is 截图上报; otherwise the nearest words on
 * the page decide (截图 -> 截图上报; 照片, 拍照 or a `capture` attribute -> 拍照留痕), then the file type
 * (see SCREENSHOT_MIME_TYPE).
 */
export function classifyFileInput(
  input: HTMLInputElement,
  files: readonly UploadedFile[],
): CheckinType | null {
  const images = files.filter(isImage);
  if (images.length === 0) return null;
  const fromPage = uploadVerdictFromPage(input);
  if (fromPage === 'notAChore') return null;
  if (images.some((file) => SCREENSHOT_FILE_NAME.test(file.name ?? ''))) return '截图上报';
  if (fromPage !== null) return fromPage;
  return images.every((file) => file.type === SCREENSHOT_MIME_TYPE) ? '截图上报' : '拍照留痕';
}

/**
 * The check-in a form submission stands for: none for login and search forms; the type its submit button
 * names (a 签到 form is a check-in, not data entry); otherwise 数据填报 when the form has at least
 * MIN_DATA_ENTRY_FIELDS fillable fields. `submitter` is the SubmitEvent's, when the browser gives one; without it
 * the form's default button names the type, unless `useDefaultButton` is false (a submit no button caused).
 */
export function classifyFormSubmit(
  form: HTMLFormElement,
  submitter?: Element | null,
  { useDefaultButton = true }: { useDefaultButton?: boolean } = {},
): CheckinType | null {
  if (isLoginOrSearchForm(form)) return null;
  const button = submitter ?? (useDefaultButton ? defaultSubmitButton(form) : null);
  const label = button === null ? '' : controlLabel(button);
  const rule = label.length > 0 && label.length <= MAX_LABEL_LENGTH ? ruleForLabel(label) : undefined;
  if (rule !== undefined) return rule.type;
  return fillableFieldCount(form) >= MIN_DATA_ENTRY_FIELDS ? '数据填报' : null;
}

function ruleForLabel(label: string): LabelRule | undefined {
  return LABEL_RULES.find((rule) => rule.patterns.some((pattern) => pattern.test(label)));
}

// Raw text beyond this is never a button's label; folding it all would only cost time.
const MAX_RAW_LABEL_LENGTH = 2000;
const INVISIBLE_CHARACTERS = /[\u200b-\u200d\u2060\ufeff]/g;
const SPACE_BETWEEN_HAN = /(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu;

/** NFKC (full-width to half-width), lower case, whitespace collapsed, no spaces between Chinese characters. */
function foldText(raw: string): string {
  return raw
    .slice(0, MAX_RAW_LABEL_LENGTH)
    .normalize('NFKC')
    .replace(INVISIBLE_CHARACTERS, '')
    .replace(/\s+/g, ' ')
    .replace(SPACE_BETWEEN_HAN, '')
    .trim()
    .toLowerCase();
}

/** The accessible name a person reads on a control, folded; the first non-empty source wins. */
function controlLabel(control: Element): string {
  const sources: (() => string | null | undefined)[] = [
    () => control.getAttribute('aria-label'),
    () => control.textContent,
    () => (control.localName === 'input' ? (control as HTMLInputElement).value : null),
    () => control.getAttribute('title'),
    () => control.getAttribute('alt') ?? control.querySelector('img[alt]')?.getAttribute('alt'),
  ];
  for (const source of sources) {
    const label = foldText(source() ?? '');
    if (label.length > 0) return label;
  }
  return '';
}

function nearestControl(target: Element): Element | null {
  let node: Element | null = target;
  for (let depth = 0; node !== null && depth <= MAX_CLICK_DEPTH; depth++) {
    if (isActionable(node)) return node;
    node = node.parentElement;
  }
  return null;
}

function isActionable(element: Element): boolean {
  return isButtonLike(element) || isScriptedOnly(element);
}

function isButtonLike(element: Element): boolean {
  const tag = element.localName;
  if ((ACTIONABLE.tags as readonly string[]).includes(tag)) return true;
  if (tag === 'input') return (ACTIONABLE.inputTypes as readonly string[]).includes(inputType(element));
  if (roles(element).some((role) => (ACTIONABLE.roles as readonly string[]).includes(role))) return true;
  return tag === 'a' && ACTIONABLE.buttonClass.test(classNames(element));
}

/** Clickable only because a script says so: an inline onclick, or a link to `javascript:`. */
function isScriptedOnly(element: Element): boolean {
  if (element.localName === 'input' || isButtonLike(element)) return false;
  const href = element.localName === 'a' ? (element.getAttribute('href') ?? '') : '';
  return element.hasAttribute('onclick') || /^\s*javascript:/i.test(href);
}

function isDisabled(control: Element): boolean {
  return (
    (control as HTMLButtonElement).disabled === true ||
    control.getAttribute('aria-disabled') === 'true' ||
    /(^|[\s_-])disabled([\s_-]|$)/i.test(classNames(control))
  );
}

function isInNavigation(control: Element): boolean {
  for (let node: Element | null = control; node !== null; node = node.parentElement) {
    if ((NAVIGATION.tags as readonly string[]).includes(node.localName)) return true;
    if (roles(node).some((role) => (NAVIGATION.roles as readonly string[]).includes(role))) return true;
    if (NAVIGATION.classToken.test(classNames(node))) return true;
  }
  return false;
}

function formOf(control: Element): HTMLFormElement | null {
  const owner = (control as HTMLButtonElement).form;
  if (owner !== undefined && owner !== null) return owner;
  return control.closest('form');
}

function isLoginOrSearchForm(form: HTMLFormElement): boolean {
  if (form.querySelector('input[type="password"], input[type="search"]') !== null) return true;
  if (roles(form).some((role) => (NOT_DATA_ENTRY_FORM.roles as readonly string[]).includes(role)))
    return true;
  const identity = ['id', 'name', 'class', 'action'].map((attribute) => form.getAttribute(attribute) ?? '');
  return NOT_DATA_ENTRY_FORM.identity.test(identity.join(' '));
}

function defaultSubmitButton(form: HTMLFormElement): Element | null {
  for (const control of Array.from(form.elements)) {
    const tag = control.localName;
    const type = inputType(control);
    if (
      (tag === 'button' && type === 'submit') ||
      (tag === 'input' && (type === 'submit' || type === 'image'))
    ) {
      return control;
    }
  }
  return null;
}

/** Fields a person fills in; a radio group or a set of same-named checkboxes is one field. */
function fillableFieldCount(form: HTMLFormElement): number {
  const fields = new Set<unknown>();
  for (const control of Array.from(form.elements)) {
    const tag = control.localName;
    if ((control as HTMLInputElement).disabled) continue;
    if (tag === 'input' && NON_DATA_INPUT_TYPES.includes(inputType(control))) continue;
    if (tag !== 'input' && tag !== 'textarea' && tag !== 'select') continue;
    const name = control.getAttribute('name');
    fields.add(name !== null && name !== '' ? name : control);
    if (fields.size >= MIN_DATA_ENTRY_FIELDS) break;
  }
  return fields.size;
}

function isImage(file: UploadedFile): boolean {
  if (file.type.startsWith('image/')) return true;
  return file.type === '' && IMAGE_FILE_EXTENSION.test(file.name ?? '');
}

type UploadVerdict = '截图上报' | '拍照留痕' | 'notAChore' | null;

const FIELD_SELECTOR = 'input, select, textarea';

/**
 * The nearest words about an upload decide. An ancestor's text is read only while it is caption-sized and
 * holds no other field: past that it is the form, and its words (身份证号, 照片) describe other fields.
 */
function uploadVerdictFromPage(input: HTMLInputElement): UploadVerdict {
  const own = ['name', 'id', 'title', 'aria-label', 'placeholder'].map(
    (name) => input.getAttribute(name) ?? '',
  );
  const labels = Array.from(input.labels ?? [], (label) => label.textContent ?? '');
  const ownVerdict = verdictOf(foldText([...own, ...labels].join(' ')));
  if (ownVerdict !== null) return ownVerdict;
  if (input.hasAttribute('capture')) return '拍照留痕';
  let node = input.parentElement;
  for (let depth = 0; node !== null && depth < UPLOAD_CONTEXT_DEPTH; depth++) {
    const text = node.textContent ?? '';
    if (text.length > MAX_UPLOAD_CONTEXT_LENGTH || node.querySelectorAll(FIELD_SELECTOR).length > 1) break;
    const verdict = verdictOf(foldText(text));
    if (verdict !== null) return verdict;
    node = node.parentElement;
  }
  return null;
}

function verdictOf(context: string): UploadVerdict {
  if (UPLOAD_CONTEXT.notAChore.test(context)) return 'notAChore';
  if (UPLOAD_CONTEXT.screenshot.test(context)) return '截图上报';
  if (UPLOAD_CONTEXT.photo.test(context)) return '拍照留痕';
  return null;
}

function inputType(element: Element): string {
  return ((element as HTMLInputElement).type ?? '').toLowerCase();
}

function roles(element: Element): string[] {
  const role = element.getAttribute('role');
  return role === null ? [] : role.toLowerCase().split(/\s+/).filter(Boolean);
}

/** The class attribute, which works for SVG icons too (their `className` is not a string). */
function classNames(element: Element): string {
  return element.getAttribute('class') ?? '';
}
