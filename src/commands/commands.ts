/**
 * Function-file commands behind the ribbon buttons. Each runs a use-case through the
 * Office.js adapter and always calls event.completed(), reporting failures in a dialog-free
 * way (a notification message on the add-in).
 */
import { handlers } from "./handlers";

Office.onReady(() => {
  for (const [name, fn] of Object.entries(handlers)) {
    Office.actions.associate(name, fn);
  }
});
