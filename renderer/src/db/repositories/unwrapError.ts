/**
 * Dexie re-wraps an error thrown inside a transaction when its name is also an IndexedDB error
 * name (our NotFoundError is), appending the name to the message and breaking `instanceof`.
 * This hands back the original error; writeTransaction (../audit.ts) applies it to every write.
 */
export function unwrapError(error: unknown): unknown {
  if (typeof error !== 'object' || error === null) return error;
  const inner = (error as { inner?: unknown }).inner;
  return inner instanceof Error && inner.name === (error as { name?: unknown }).name
    ? inner
    : error;
}

/** Runs `fn` and rethrows whatever it throws unwrapped. */
export async function withOwnErrors<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw unwrapError(error);
  }
}
