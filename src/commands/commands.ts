/**
 * Function-file commands behind the ribbon buttons. Each runs a use-case through the
 * Office.js adapter, shows its outcome in a dialog (outcome.ts) and always calls
 * event.completed() once the user has closed it.
 */
import { handlers } from "./handlers";

Office.onReady(() => {
  for (const [name, fn] of Object.entries(handlers)) {
    Office.actions.associate(name, fn);
  }
});
