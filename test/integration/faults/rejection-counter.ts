/**
 * Counts promise rejections nobody handled while the suite runs. The app must never leave one
 * behind, whatever the network does: in Electron an unhandled rejection in main is a silent bug
 * at best and a crash at worst.
 */
export interface RejectionCounter {
  count(): number;
  stop(): void;
}

export function countUnhandledRejections(): RejectionCounter {
  let count = 0;
  const onRejection = (): void => {
    count += 1;
  };
  process.on('unhandledRejection', onRejection);
  return {
    count: () => count,
    stop: () => {
      process.off('unhandledRejection', onRejection);
    },
  };
}

/**
 * Lets late work settle (a background read, a socket closing) so a rejection it causes is
 * counted against the scenario that caused it. Real time, a few macrotasks: no clock involved.
 */
export async function settleLateWork(): Promise<void> {
  for (let i = 0; i < 4; i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
}
