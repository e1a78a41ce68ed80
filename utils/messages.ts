/**
 * The typed messages between extension pages, the content script and the background, the reply each one gets,
 * and the dispatch: unknown or malformed messages are rejected, and a message type without a handler does not compile.
 */
import * as v from 'valibot';
import { CHECKIN_TYPES } from './checkins/checkin';

const HEX_SHA256 = /^[0-9a-f]{64}$/;

export const MessageSchema = v.variant('type', [
  /** content script: its page is visible, so the user is still there (improves the crash bound) */
  v.strictObject({ type: v.literal('pageHeartbeat') }),
  /** content script: a person's check-in action was recognised on a tracked page (never text or values) */
  v.strictObject({ type: v.literal('checkinDetected'), checkinType: v.picklist(CHECKIN_TYPES) }),
  /** content script: a form was submitted; only the salted SHA-256 of its normalized values */
  v.strictObject({ type: v.literal('formSubmitted'), hash: v.pipe(v.string(), v.regex(HEX_SHA256)) }),
  /** content script: the per-install salt for form fingerprints */
  v.strictObject({ type: v.literal('getFingerprintSalt') }),
  /** extension pages: user rules or settings changed; re-read them and re-observe */
  v.strictObject({ type: v.literal('configChanged') }),
]);

export type Message = v.InferOutput<typeof MessageSchema>;
export type MessageType = Message['type'];
export type MessageOf<Type extends MessageType> = Extract<Message, { type: Type }>;

/** Why a detection or a fingerprint was not recorded. */
export type NotRecordedReason = 'rateLimited' | 'paused';
export type RecordReply = { ok: true } | { ok: false; reason: NotRecordedReason };

/** What the background answers to each message. */
export interface MessageReplies {
  pageHeartbeat: { ok: true };
  checkinDetected: RecordReply;
  formSubmitted: RecordReply;
  getFingerprintSalt: { salt: string };
  configChanged: { ok: true };
}

/** One handler per message type: leaving one out is a compile error, not a runtime "not handled". */
export type MessageHandlers<Sender> = {
  [Type in MessageType]: (message: MessageOf<Type>, sender: Sender) => Promise<MessageReplies[Type]>;
};

export type ParsedMessage = { ok: true; message: Message } | { ok: false; error: string };

export function parseMessage(raw: unknown): ParsedMessage {
  const result = v.safeParse(MessageSchema, raw);
  if (result.success) return { ok: true, message: result.output };
  return { ok: false, error: result.issues.map((issue) => issue.message).join('; ') };
}

/** Validates `raw` and hands it to its handler; a message that is not one of ours is rejected. */
export function dispatchMessage<Sender>(
  handlers: MessageHandlers<Sender>,
  raw: unknown,
  sender: Sender,
): Promise<MessageReplies[MessageType]> {
  const parsed = parseMessage(raw);
  if (!parsed.ok) return Promise.reject(new Error(`unknown message: ${parsed.error}`));
  const { message } = parsed;
  // The union is correlated by `type`; TypeScript cannot follow that through an index, hence the one cast.
  const handle = handlers[message.type] as (
    message: Message,
    sender: Sender,
  ) => Promise<MessageReplies[MessageType]>;
  return handle(message, sender);
}
