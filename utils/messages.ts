/** The typed messages between extension pages, the content script and the background; unknown ones are rejected. */
import * as v from 'valibot';
import { CHECKIN_TYPES } from './checkins/checkin';

const HEX_SHA256 = /^[0-9a-f]{64}$/;

export const MessageSchema = v.variant('type', [
  /** content script: its page is visible, so the user is still there (improves the crash bound) */
  v.strictObject({ type: v.literal('pageHeartbeat') }),
  /** content script: a check-in action was recognised on a tracked page (never text or values) */
  v.strictObject({ type: v.literal('checkinDetected'), checkinType: v.picklist(CHECKIN_TYPES) }),
  /** content script: a form was submitted; only the salted SHA-256 of its normalized values */
  v.strictObject({ type: v.literal('formSubmitted'), hash: v.pipe(v.string(), v.regex(HEX_SHA256)) }),
  /** content script: the per-install salt for form fingerprints */
  v.strictObject({ type: v.literal('getFingerprintSalt') }),
  /** extension pages: the platform being timed now, for the popup's live timer */
  v.strictObject({ type: v.literal('getNowTracking') }),
  /** extension pages: user rules or settings changed; re-read them and re-observe */
  v.strictObject({ type: v.literal('configChanged') }),
]);

export type Message = v.InferOutput<typeof MessageSchema>;
export type MessageType = Message['type'];

export type ParsedMessage = { ok: true; message: Message } | { ok: false; error: string };

export function parseMessage(raw: unknown): ParsedMessage {
  const result = v.safeParse(MessageSchema, raw);
  if (result.success) return { ok: true, message: result.output };
  return { ok: false, error: result.issues.map((issue) => issue.message).join('; ') };
}

export interface NowTracking {
  platformId: string;
  name: string;
  kind: 'active' | 'media';
  start: number;
}
