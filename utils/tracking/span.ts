/** The unit of tracked time: a span on one platform that never crosses local midnight. */

export type SpanKind = 'active' | 'media';
export type SpanSource = 'auto' | 'manual';

export interface Span {
  platformId: string;
  /** epoch ms, inclusive */
  start: number;
  /** epoch ms, exclusive; end > start */
  end: number;
  /** local date yyyy-MM-dd of start (a span never crosses local midnight) */
  day: string;
  kind: SpanKind;
  source: SpanSource;
}

/** A span as the database holds it: with the key it was stored under. */
export interface StoredSpan extends Span {
  id: number;
}

/** The span being measured now; persisted at once so a service-worker stop or a crash loses at most one beat. */
export interface OpenSpan {
  platformId: string;
  kind: SpanKind;
  start: number;
  /** last time the span was known to be still running (heartbeat, signal) */
  lastBeat: number;
}
