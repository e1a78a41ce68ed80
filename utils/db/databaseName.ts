/** The IndexedDB database of this extension origin; a module of its own so readers without Dexie can name it. */
export const DATABASE_NAME = 'fingertip-ledger';
