/**
 * `npm run demo`: opens Chromium with the built extension and the simulated government platforms, in a profile of
 * its own that starts with a sample ledger of the past eight weeks (marked 示例数据 on every page; sampleLedger.ts).
 * With a display it is a browser to try by hand; without one it runs a short scripted visit headless, which adds to
 * today, prints what the extension recorded, and saves screenshots of the popup and the dashboard to demo-output/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { localDayOf } from '../../utils/stats/localTime';
import {
  CHROMIUM,
  chooseExtensionLanguage,
  launchExtension,
  recordedSecondsByPlatform,
  sleep,
} from '../e2e/extensionHarness';
import { closeWelcomePage } from '../e2e/firstRunHarness';
import { SITES, siteUrl, startFixtureServer } from '../fixtures/simulatedPlatforms';
import { sampleLedger } from './sampleLedger';
import { newDemoProfileDir, seedSampleLedger } from './seedSampleLedger';

const PRODUCTION_BUILD = resolve('.output/chrome-mv3');
const OUTPUT = resolve('demo-output');
/** The sample ledger's seed: the same eight weeks every run (shifted to end today). */
const SAMPLE_SEED = 2026;

function hasChineseFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false;
  }
}

/** Chromium, and a Chinese font so the pages are readable; apt-get as root, otherwise say what to install. */
function ensureChromium(): void {
  const missing = [
    ...(existsSync(CHROMIUM) ? [] : ['chromium']),
    ...(hasChineseFont() ? [] : ['fonts-wqy-microhei']),
  ];
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    console.error(
      `Missing: ${missing.join(', ')}. Install with: sudo apt-get install -y ${missing.join(' ')}`,
    );
    if (!existsSync(CHROMIUM)) process.exit(1);
    return;
  }
  console.log(`Installing ${missing.join(', ')}…`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

async function main(): Promise<void> {
  ensureChromium();
  const server = await startFixtureServer();
  const visible = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const session = await launchExtension({
    hostResolverRules: server.hostResolverRules,
    extensionDir: PRODUCTION_BUILD,
    headless: !visible,
    lang: 'zh-CN',
    userDataDir: newDemoProfileDir(),
  });
  const now = Date.now();
  const sample = sampleLedger(SAMPLE_SEED, now, localDayOf(now));
  await seedSampleLedger(session, sample);
  await chooseExtensionLanguage(session, 'zh_CN');
  console.log(
    `Sample ledger (示例数据) ${sample.mark.firstDay}–${sample.mark.lastDay}: ${sample.spans.length} time records, ${sample.checkins.length} check-ins.`,
  );
  const dashboard = `chrome-extension://${session.extensionId}/dashboard.html`;
  const platforms = SITES.filter((site) => site.expectedPlatformId !== null).slice(0, 3);

  if (visible) {
    for (const site of platforms) await (await session.context.newPage()).goto(siteUrl(site));
    await session.probe.goto(dashboard);
    console.log('指尖账本 demo: Chromium is open with the extension and simulated platforms:');
    for (const site of SITES)
      console.log(`  http://${site.host}/  ${site.expectedPlatformId ? '(tracked)' : '(not tracked)'}`);
    console.log('Close the browser window (or press Ctrl+C) to end the demo.');
    await new Promise<void>((done) => session.context.on('close', () => done()));
  } else {
    await closeWelcomePage(session);
    console.log('No display: running a scripted visit headless (about 20 seconds)…');
    const before = await recordedSecondsByPlatform(session);
    const page = await session.context.newPage();
    for (const site of SITES.slice(0, 6)) {
      await page.goto(siteUrl(site));
      await sleep(3_000);
    }
    await page.goto('about:blank');
    await sleep(500);
    console.log('Seconds the visit added to today, per platform (off-list sites leave no trace):');
    const after = await recordedSecondsByPlatform(session);
    console.table(
      Object.fromEntries(
        Object.entries(after)
          .map(([platform, seconds]): [string, number] => [platform, seconds - (before[platform] ?? 0)])
          .filter(([, added]) => added > 0),
      ),
    );
    mkdirSync(OUTPUT, { recursive: true });
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await sleep(800);
    await popup.screenshot({ path: `${OUTPUT}/popup.png` });
    await session.probe.goto(`${dashboard}#week`);
    await sleep(2_000);
    await session.probe.screenshot({ path: `${OUTPUT}/dashboard-week.png`, fullPage: true });
    console.log(`Screenshots: ${OUTPUT}/popup.png, ${OUTPUT}/dashboard-week.png`);
  }
  await session.close();
  await server.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
