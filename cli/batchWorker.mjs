// Batch worker started from the TypeScript sources (the launcher's tsx fallback): workers do not
// inherit the main thread's tsx loader, so each registers its own.
import { register } from 'tsx/esm/api';

register();
await import('./batchWorker.ts');
