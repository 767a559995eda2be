// At most `limit` tasks of one kind at once; the others wait their turn in arrival order.
export type Gate = <T>(task: () => Promise<T>) => Promise<T>;

export function createGate(limit: number): Gate {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (running >= limit) await new Promise<void>((go) => waiting.push(go));
    else running += 1;
    try {
      return await task();
    } finally {
      // The turn passes straight to the next in line: `running` stays counted for it.
      const next = waiting.shift();
      if (next) next();
      else running -= 1;
    }
  };
}
