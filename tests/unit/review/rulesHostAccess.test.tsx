// @vitest-environment happy-dom
/**
 * The rules page asks the browser for a new rule's hosts inside the click that saves it (Chrome shows its prompt
 * only during the user's gesture), says why beforehand, and shows per rule whether check-ins are detected there.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { RulesPage } from '../../../components/rules/RulesPage';
import { saveUserRule, userRules } from '../../../utils/db/ruleStore';
import { freshDatabase } from '../db/testDatabase';

/** permissions.request, typed as its promise overload (spyOn picks the callback one). */
function spyOnRequest(): MockInstance<(permissions: { origins?: string[] }) => Promise<boolean>> {
  return vi.spyOn(browser.permissions, 'request') as unknown as MockInstance<
    (permissions: { origins?: string[] }) => Promise<boolean>
  >;
}

const OA_ORIGIN = '*://oa.example-county.org/*';
let granted: Set<string>;

beforeEach(() => {
  freshDatabase();
  granted = new Set();
  vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined);
  vi.spyOn(browser.permissions, 'contains').mockImplementation(async ({ origins = [] }) =>
    origins.every((origin) => granted.has(origin)),
  );
  vi.spyOn(browser.permissions.onAdded, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(browser.permissions.onRemoved, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(browser.permissions.onAdded, 'removeListener').mockImplementation(() => undefined);
  vi.spyOn(browser.permissions.onRemoved, 'removeListener').mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function fillRule(name: string, patterns: string): Promise<void> {
  fireEvent.input(await screen.findByLabelText('名称'), { target: { value: name } });
  fireEvent.input(screen.getByLabelText('网址规则', { exact: false }), { target: { value: patterns } });
}

describe('asking for a rule’s hosts', () => {
  it('asks within the click that saves, before anything is awaited, and only for that rule’s hosts', async () => {
    let answer: (value: boolean) => void = () => undefined;
    const request = spyOnRequest().mockImplementation(
      () => new Promise<boolean>((resolve) => (answer = resolve)),
    );
    render(<RulesPage />);
    await fillRule('县OA', 'http://oa.example-county.org/portal/index.html');
    expect(screen.getByTestId('host-access-why').textContent).toContain('浏览器会询问');

    fireEvent.click(screen.getByRole('button', { name: '保存这个平台' }));
    // No await between the click and this line: a handler that awaited anything first would not have asked yet.
    expect(request).toHaveBeenCalledTimes(1);
    expect(request).toHaveBeenCalledWith({ origins: [OA_ORIGIN] });

    granted.add(OA_ORIGIN);
    answer(true);
    expect((await screen.findByTestId('rule-saved')).textContent).toContain('已添加「县OA」');
    const row = (await screen.findByTestId('own-rules')).querySelector('tr[data-rule-id]') as HTMLElement;
    await waitFor(() => expect(within(row).getByTestId('checkin-detection').textContent).toBe('已开启'));
    expect(await userRules()).toMatchObject([{ name: '县OA', patterns: ['oa.example-county.org'] }]);
  });

  it('keeps a refused rule timing only, says so, and asks again within the click on 再次请求授权', async () => {
    const request = spyOnRequest().mockResolvedValue(false);
    render(<RulesPage />);
    await fillRule('县OA', 'oa.example-county.org');
    fireEvent.click(screen.getByRole('button', { name: '保存这个平台' }));
    expect((await screen.findByTestId('rule-saved')).textContent).toContain('不识别那里的打卡');
    const cell = await screen.findByTestId('checkin-detection');
    await waitFor(() => expect(cell.textContent).toContain('只计时'));
    expect(await userRules()).toHaveLength(1);

    request.mockClear();
    request.mockImplementation(async () => {
      granted.add(OA_ORIGIN);
      return true;
    });
    fireEvent.click(within(cell).getByRole('button', { name: '再次请求授权' }));
    expect(request).toHaveBeenCalledWith({ origins: [OA_ORIGIN] });
    await waitFor(() => expect(screen.getByTestId('checkin-detection').textContent).toBe('已开启'));
  });

  it('shows a withdrawn permission as timing only when the page opens', async () => {
    await saveUserRule({
      id: 'user-oa',
      name: '县OA',
      category: '办公协同',
      patterns: ['oa.example-county.org'],
      enabled: true,
    });
    render(<RulesPage />);
    await waitFor(async () =>
      expect((await screen.findByTestId('checkin-detection')).textContent).toContain('只计时'),
    );
  });

  it('asks nothing for a rule the manifest’s script already covers (under gov.cn)', async () => {
    const request = spyOnRequest().mockResolvedValue(false);
    render(<RulesPage />);
    await fillRule('县网格化', 'wgh.example.gov.cn');
    expect(screen.queryByTestId('host-access-why')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '保存这个平台' }));
    expect((await screen.findByTestId('rule-saved')).textContent).toContain('已添加「县网格化」');
    await waitFor(() => expect(screen.getByTestId('checkin-detection').textContent).toBe('已开启'));
    expect(request).not.toHaveBeenCalled();
  });
});
