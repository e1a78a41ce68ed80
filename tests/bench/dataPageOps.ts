/// <reference types="chrome" />
/**
 * Backup, restore and retention of everything through the real data page (dashboard.html#data), driven by Playwright
 * as a user would click: wall time from the click to the page's notice, the page's JS heap sampled every 100 ms, and
 * the peak resident memory of the extension's renderer process (the kernel's high-water mark, which no sampling
 * misses).
 */
import { statSync } from 'node:fs';
import type { BrowserContext, CDPSession, Locator, Page } from 'playwright-core';
import { retentionCutoffDay } from '../../utils/backup/retention';
import { sleep } from '../e2e/extensionHarness';
import { countRows } from './chromiumBench';
import { extensionRenderers, memoryBytes, peakMemoryBytes, resetPeakMemory } from './processTree';
import type { SyntheticYear } from './syntheticYear';

const MB = 1024 * 1024;
const OPERATION_TIMEOUT_MS = 5 * 60_000;
/** The retention period the fold is measured with: six months, so one year of history has something to fold. */
export const RETENTION_MONTHS_MEASURED = 6;

export interface MemoryPeak {
  /** largest JS heap (used) of the page's isolate among the samples */
  heapBytes: number;
  samples: number;
  /** a sample waits while the page runs a long task: the longest wait, within which the heap was not seen */
  longestGapMs: number;
  /**
   * peak resident memory of the extension's renderer process: the larger of the kernel's high-water mark (VmHWM,
   * reset before the operation) and its resident memory read from /proc every 100 ms by Node, which no long task
   * in the page holds up (the high-water mark alone missed a peak of 1.5 GB once); with several extension
   * renderers, the largest
   */
  processBytes: number | null;
  /** that process's resident memory when the operation started */
  processBytesBefore: number | null;
  renderers: number;
}

export interface OperationFigures {
  ms: number;
  ok: boolean;
  /** what the page said, or why the operation failed */
  note: string;
  memory: MemoryPeak;
}

export interface DataPageFigures {
  export: OperationFigures & { fileBytes: number };
  /** restore (replace) of the backup just saved: checking the file, then writing it */
  restore: OperationFigures & { checkMs: number; writeMs: number; spansAfter: number };
  retention: OperationFigures & { foldedSpans: number; spansAfter: number };
}

/** Samples the page's JS heap every 100 ms through DevTools, and the renderer's peak memory from /proc. */
class MemoryWatch {
  private heapBytes = 0;
  private samples = 0;
  private longestGapMs = 0;
  private running = true;
  private readonly before: number | null;
  private processSampled = 0;
  private readonly processTimer: NodeJS.Timeout;
  private readonly loop: Promise<void>;

  constructor(
    private readonly cdp: CDPSession,
    private readonly renderers: readonly number[],
  ) {
    for (const pid of renderers) resetPeakMemory(pid);
    this.before = renderers.length === 0 ? null : Math.max(...renderers.map(memoryBytes));
    this.processTimer = setInterval(() => {
      for (const pid of renderers) {
        try {
          this.processSampled = Math.max(this.processSampled, memoryBytes(pid));
        } catch {
          // the renderer exited (a crash is reported by the operation)
        }
      }
    }, 100);
    this.loop = this.sample();
  }

  private async sample(): Promise<void> {
    while (this.running) {
      const asked = Date.now();
      try {
        const { usedSize } = await this.cdp.send('Runtime.getHeapUsage');
        this.heapBytes = Math.max(this.heapBytes, usedSize);
        this.samples += 1;
      } catch {
        return; // the page crashed or closed
      }
      this.longestGapMs = Math.max(this.longestGapMs, Date.now() - asked);
      await sleep(100);
    }
  }

  async stop(): Promise<MemoryPeak> {
    this.running = false;
    clearInterval(this.processTimer);
    await this.loop;
    return {
      heapBytes: this.heapBytes,
      samples: this.samples,
      longestGapMs: this.longestGapMs,
      processBytes:
        this.renderers.length === 0
          ? null
          : Math.max(this.processSampled, ...this.renderers.map(peakMemoryBytes)),
      processBytesBefore: this.before,
      renderers: this.renderers.length,
    };
  }
}

/** Rejects when the page crashes (a renderer out of memory), so an operation fails instead of hanging. */
function crashOf(page: Page): Promise<never> {
  return new Promise((_, reject) => {
    page.once('crash', () => reject(new Error('the page crashed (out of memory?)')));
  });
}

async function openDataPage(context: BrowserContext, url: string): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await context.newPage();
  page.setDefaultTimeout(OPERATION_TIMEOUT_MS);
  await page.goto(url);
  await page.getByTestId('data-overview').waitFor();
  return { page, cdp: await context.newCDPSession(page) };
}

/**
 * Chooses a file in a file input as the browser's file dialog does: by its path, which Chromium reads when the
 * page reads the file. (Playwright connected over CDP sends the file's bytes into the page as base64 instead, which
 * took most of a restore's time and memory.)
 */
async function chooseFile(cdp: CDPSession, selector: string, path: string): Promise<void> {
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  if (nodeId === 0) throw new Error(`no ${selector} on the page`);
  await cdp.send('DOM.setFileInputFiles', { files: [path], nodeId });
}

async function countSpans(page: Page): Promise<number> {
  return (await countRows(page, ['spans'])).spans ?? 0;
}

async function timedOperation<Extra>(
  page: Page,
  cdp: CDPSession,
  browserPid: number,
  operation: () => Promise<{ ok: boolean; note: string } & Extra>,
): Promise<OperationFigures & Extra> {
  const watch = new MemoryWatch(cdp, extensionRenderers(browserPid));
  const started = Date.now();
  try {
    const result = await Promise.race([operation(), crashOf(page)]);
    return { ...result, ms: Date.now() - started, memory: await watch.stop() };
  } catch (error) {
    const memory = await watch.stop();
    return {
      ms: Number.POSITIVE_INFINITY,
      ok: false,
      note: error instanceof Error ? error.message : String(error),
      memory,
    } as OperationFigures & Extra;
  }
}

/** components/Notice.tsx: `notice ok` when the action worked, `notice error` when it failed. */
async function readNotice(notice: Locator): Promise<{ ok: boolean; note: string }> {
  const classes = ((await notice.getAttribute('class')) ?? '').split(/\s+/);
  return {
    ok: classes.includes('ok'),
    note: ((await notice.textContent()) ?? '').replace(/\s+/g, ' ').trim(),
  };
}

async function noticeOf(page: Page, testId: string): Promise<{ ok: boolean; note: string }> {
  const notice = page.getByTestId(testId);
  await notice.waitFor();
  return readNotice(notice);
}

/**
 * Backup, then restore (replace) of that backup, then the retention fold with six months, each in a data page of
 * its own. Leaves the database folded.
 */
export async function runDataPageOps(
  context: BrowserContext,
  options: { extensionId: string; browserPid: number; history: SyntheticYear },
): Promise<DataPageFigures> {
  const url = `chrome-extension://${options.extensionId}/dashboard.html#data`;

  let backupFile = '';
  const exporting = await openDataPage(context, url);
  const exported = await timedOperation(exporting.page, exporting.cdp, options.browserPid, async () => {
    const [download] = await Promise.all([
      exporting.page.waitForEvent('download', { timeout: OPERATION_TIMEOUT_MS }),
      exporting.page.getByTestId('data-backup-button').click(),
    ]);
    backupFile = await download.path();
    return {
      ...(await noticeOf(exporting.page, 'data-backup-notice')),
      fileBytes: statSync(backupFile).size,
    };
  });
  await exporting.page.close();

  const restoring = await openDataPage(context, url);
  const { page } = restoring;
  const restored = await timedOperation(page, restoring.cdp, options.browserPid, async () => {
    const checkStarted = Date.now();
    await chooseFile(restoring.cdp, '[data-testid="data-restore-file"]', backupFile);
    // The file's check ends with the choice of mode, or with a notice of what is wrong with the file.
    const replace = page.locator('input[name="data-restore-mode"][value="replace"]');
    await replace
      .or(page.getByTestId('data-restore-notice'))
      .first()
      .waitFor({ timeout: OPERATION_TIMEOUT_MS });
    const checked = page.getByTestId('data-restore-notice');
    if (!(await replace.isVisible()) && !(await readNotice(checked)).ok) {
      const refused = await readNotice(checked);
      const checkMs = Date.now() - checkStarted;
      return {
        ok: false,
        note: `the file's check: ${refused.note}`,
        checkMs,
        writeMs: 0,
        spansAfter: await countSpans(page),
      };
    }
    await replace.check();
    const checkMs = Date.now() - checkStarted;
    await page.locator('.data-restore-choice button.danger').click();
    const confirm = page.locator('[role="alertdialog"] button.danger');
    await confirm.waitFor();
    const writeStarted = Date.now();
    await confirm.click();
    const notice = await noticeOf(page, 'data-restore-notice');
    return { ...notice, checkMs, writeMs: Date.now() - writeStarted, spansAfter: await countSpans(page) };
  });
  // The clicks between the check and the write are the bench's, not the extension's.
  if (Number.isFinite(restored.ms)) restored.ms = restored.checkMs + restored.writeMs;
  await page.close();

  const folding = await openDataPage(context, url);
  const retentionPanel = folding.page.locator('section[aria-labelledby="data-retention-title"]');
  await retentionPanel.locator('select').selectOption(String(RETENTION_MONTHS_MEASURED));
  await folding.page.getByTestId('data-retention-notice').waitFor();
  const foldButton = retentionPanel.locator('button');
  await foldButton.and(folding.page.locator(':enabled')).waitFor();
  const savedNotice = await folding.page.getByTestId('data-retention-notice').textContent();
  const cutoff = retentionCutoffDay(Date.now(), RETENTION_MONTHS_MEASURED);
  const foldedSpans = options.history.spans.filter((span) => span.day < cutoff).length;
  const retention = await timedOperation(folding.page, folding.cdp, options.browserPid, async () => {
    await foldButton.click();
    const notice = folding.page.getByTestId('data-retention-notice');
    await folding.page.waitForFunction(
      ([testId, before]) => document.querySelector(`[data-testid="${testId}"]`)?.textContent !== before,
      ['data-retention-notice', savedNotice] as const,
      { timeout: OPERATION_TIMEOUT_MS },
    );
    return {
      ...(await readNotice(notice)),
      foldedSpans,
      spansAfter: await countSpans(folding.page),
    };
  });
  await folding.page.close();

  return { export: exported, restore: restored, retention };
}

export function megabytes(bytes: number): number {
  return bytes / MB;
}
