// Gives Node a spec-complete IndexedDB so Dexie runs unchanged in unit and integration tests.
import 'fake-indexeddb/auto';
