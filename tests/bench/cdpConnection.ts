/**
 * A minimal Chrome DevTools Protocol client over Node's WebSocket (`node --experimental-websocket` on Node 20):
 * commands with replies, flat sessions, and listeners for the events of domains a caller enabled itself (it enables
 * no domain of its own).
 */

interface CdpReply {
  id: number;
  result?: unknown;
  error?: { code: number; message: string };
}

interface CdpEvent {
  method: string;
  params?: unknown;
  sessionId?: string;
}

export interface CdpConnection {
  /** Sends `method` to the browser, or to the target attached as `sessionId`, and resolves with its result. */
  send<Result>(method: string, params?: Record<string, unknown>, sessionId?: string): Promise<Result>;
  /** Calls `listener` with the params of every `method` event (of any session); returns the unsubscribe. */
  on<Params>(method: string, listener: (params: Params, sessionId?: string) => void): () => void;
  close(): void;
}

function isReply(message: unknown): message is CdpReply {
  return (
    typeof message === 'object' && message !== null && typeof (message as { id?: unknown }).id === 'number'
  );
}

export async function openCdpConnection(webSocketUrl: string): Promise<CdpConnection> {
  if (typeof WebSocket === 'undefined') {
    throw new Error('no WebSocket in this Node: run it with --experimental-websocket (Node 20) or Node 22+');
  }
  const socket = new WebSocket(webSocketUrl);
  await new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve(), { once: true });
    socket.addEventListener('error', () => reject(new Error(`cannot connect to ${webSocketUrl}`)), {
      once: true,
    });
  });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  const listeners = new Set<{ method: string; listener: (params: never, sessionId?: string) => void }>();
  let nextId = 1;
  socket.addEventListener('message', (event) => {
    const message: unknown = JSON.parse(String(event.data));
    if (!isReply(message)) {
      const { method, params, sessionId } = message as CdpEvent;
      for (const entry of listeners) if (entry.method === method) entry.listener(params as never, sessionId);
      return;
    }
    const waiting = pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id);
    if (message.error) waiting.reject(new Error(`CDP ${message.error.code}: ${message.error.message}`));
    else waiting.resolve(message.result);
  });
  socket.addEventListener('close', () => {
    for (const waiting of pending.values()) waiting.reject(new Error('the DevTools connection closed'));
    pending.clear();
  });
  return {
    send<Result>(method: string, params: Record<string, unknown> = {}, sessionId?: string) {
      const id = nextId++;
      return new Promise<Result>((resolve, reject) => {
        pending.set(id, { resolve: (value) => resolve(value as Result), reject });
        socket.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
      });
    },
    on<Params>(method: string, listener: (params: Params, sessionId?: string) => void) {
      const entry = { method, listener: listener as (params: never, sessionId?: string) => void };
      listeners.add(entry);
      return () => {
        listeners.delete(entry);
      };
    },
    close() {
      socket.close();
    },
  };
}
