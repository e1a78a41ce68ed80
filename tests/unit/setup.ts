// Every unit test runs in the time zone of most users; tests of other zones set process.env.TZ themselves.
process.env.TZ = 'Asia/Shanghai';

// IndexedDB for Dexie, installed before any test module imports Dexie (which captures it at import).
import 'fake-indexeddb/auto';
