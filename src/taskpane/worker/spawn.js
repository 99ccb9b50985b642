// Plain JavaScript on purpose: webpack makes the worker its own bundle from this
// `new Worker(new URL(…, import.meta.url))` form, served from the pane's origin (CSP worker-src
// 'self'); the type-check runs with module commonjs, where import.meta is not allowed.
export const spawnWorker = () =>
  new Worker(new URL("./pane.worker.ts", import.meta.url), { name: "cchc-pane-work" });
