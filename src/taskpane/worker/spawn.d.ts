/** Starts the pane's worker (spawn.js). */
export declare const spawnWorker: () => Worker;
