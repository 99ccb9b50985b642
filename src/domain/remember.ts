/**
 * `fn` remembered per distinct string: texts repeat (forms' labels and codes, the few letters
 * of a script), and working each copy out again costs. Bounded, so a hostile input cannot fill
 * memory: strings longer than `longest` are not kept, and past `limit` answers all are forgotten.
 */
export function remembered<T>(
  fn: (s: string) => T,
  limit = 20_000,
  longest = 200,
): (s: string) => T {
  const seen = new Map<string, T>();
  return (s) => {
    if (s.length > longest) return fn(s);
    let out = seen.get(s);
    if (out === undefined) {
      if (seen.size >= limit) seen.clear();
      out = fn(s);
      seen.set(s, out);
    }
    return out;
  };
}
