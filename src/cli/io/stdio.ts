/**
 * Printing that cannot take the command down or take over the terminal.
 *
 * - A closed pipe (`cchc merge … | head -1`, EPIPE) or a full device (`> /dev/full`, ENOSPC)
 *   ends printing quietly: the files are written either way and the exit code is the work's.
 * - Text from forms can hold control characters (ESC sequences set the window title or clear
 *   the screen, BEL rings): they are dropped from every printed line.
 */

/** C0 controls except tab and newline, DEL, and C1 controls (U+0080–U+009F). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function printable(line: string): string {
  return line.replace(CONTROL, "");
}

export interface Printer {
  (line: string): void;
  /** True once the stream has failed; nothing more is written. */
  readonly closed: boolean;
}

/** A line printer on a stream (got at the first line); write errors close it, never throw. */
export function streamPrinter(get: () => NodeJS.WriteStream): Printer {
  let closed = false;
  let stream: NodeJS.WriteStream | undefined;
  const print = (line: string) => {
    if (closed) return;
    if (!stream) {
      stream = get();
      stream.on("error", () => {
        // EPIPE, ENOSPC, EBADF: the reader is gone or the device is full; stop printing.
        closed = true;
      });
    }
    try {
      stream.write(printable(line) + "\n");
    } catch {
      closed = true;
    }
  };
  return Object.defineProperty(print, "closed", { get: () => closed }) as Printer;
}
