/** Answers typed messages; content-script messages count only from tabs on tracked platforms. */
import { type Browser, browser } from 'wxt/browser';
import type { Message } from '../../utils/messages';
import { currentMatch, heartbeat, reloadConfiguration } from './trackerService';

function fromExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && sender.url?.startsWith(browser.runtime.getURL('/')) === true;
}

export async function handleMessage(
  message: Message,
  sender: Browser.runtime.MessageSender,
): Promise<unknown> {
  switch (message.type) {
    case 'pageHeartbeat': {
      // The page says it is visible; the tracker still checks focus and idle before counting anything.
      if (await currentMatch(sender.tab?.url)) await heartbeat();
      return { ok: true };
    }
    case 'configChanged': {
      if (!fromExtensionPage(sender)) throw new Error('configChanged is only accepted from extension pages');
      await reloadConfiguration();
      return { ok: true };
    }
    default:
      throw new Error(`message not handled yet: ${message.type}`);
  }
}
