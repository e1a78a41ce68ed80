/** Live queries for extension pages: re-run a read whenever the database changes, in this or another context. */
import { liveQuery } from 'dexie';

export function observeQuery<T>(
  query: () => Promise<T>,
  onValue: (value: T) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(query).subscribe({ next: onValue, error: onError });
  return () => subscription.unsubscribe();
}
