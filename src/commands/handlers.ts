/** The ribbon's function commands by the FunctionName the manifest gives them. */

type Handler = (event: Office.AddinCommands.Event) => Promise<void>;

/** Runs a command and completes the event whatever happens, so Excel never waits. */
export function command(work: () => Promise<void>): Handler {
  return async (event) => {
    try {
      await work();
    } catch (e) {
      console.error(e);
    } finally {
      event.completed();
    }
  };
}

export const handlers: Record<string, Handler> = {
  insertMatrix: command(async () => {}),
  checkAgencies: command(async () => {}),
  highlightOverdue: command(async () => {}),
  preparePrint: command(async () => {}),
};
