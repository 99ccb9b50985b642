/**
 * The agency matcher: a cell's text to registry entries. Legacy encodings are decoded first;
 * the cell is cut at every possible separator and the pieces are joined back by dynamic
 * programming so the fewest, longest known names cover the cell. Deterministic.
 */
import type { Agency, Registry } from "../registry/types";
import { isValidOn } from "../registry/validity";
import { repairWithMap, type DetectMemo, type Encoding } from "../text/detect";
import { blankInKey, matchKey, punctuationKey, stripDiacritics } from "../text/normalize";
import {
  boundedDistance,
  buildWordIndex,
  histogram,
  histogramBound,
  memoWordFit,
  placeableIn,
  type WordFitMemo,
  type WordIndex,
} from "./fuzzy";
import { ABBREVIATION_WORDS, joinsAcross, keysOf, keysOfKey, patternWord, type Keys } from "./keys";
import { joinable, maxSpan, pieces, type Piece } from "./segment";
import type {
  CellMatch,
  MatchOptions,
  Matcher,
  Part,
  PartStatus,
  Reason,
  Suggestion,
} from "./types";
import { codeAt } from "../text/units";

type Kind = "name" | "short" | "alias" | "former";

/** One spelling of one agency, with its keys. */
interface Entry {
  agency: Agency;
  order: number;
  kind: Kind;
  spelling: string;
  key: string;
  expanded: string;
  loose: string;
  words: string[];
  hist: Int16Array;
}

/** A loose spelling to compare near misses against: expanded or as abbreviated. */
interface Target {
  entry: Entry;
  /** Compared with the written text's expanded (true) or unexpanded (false) loose key. */
  expanded: boolean;
  loose: string;
  words: string[];
  hist: Int16Array;
}

/*
 * What a matcher keeps (the records below, parts, suggestions, cell matches) is made by `new`,
 * not as object literals. V8 counts how many objects made at each literal live on; part-way
 * through a sheet it starts making them straight in the old generation, and that throws away
 * the code compiled so far: the second check of a session took 1.5 times as long as the third.
 * Objects made by `new` carry no such count.
 */

/** What one stretch of text matches, before positions are attached. */
class Found {
  constructor(
    readonly status: PartStatus,
    readonly agency: Agency | undefined,
    readonly reason: Reason | undefined,
    readonly suggestions: Suggestion[],
  ) {}
}

/** A Suggestion (see Found). */
class Near implements Suggestion {
  constructor(
    readonly agency: Agency,
    readonly score: number,
    readonly reason: Reason,
  ) {}
}

/**
 * No suggestions: one frozen list shared by every part that has none (a matcher remembers
 * thousands of parts; each empty list of its own would be one more object to keep).
 */
const NONE: Suggestion[] = Object.freeze([]) as unknown as Suggestion[];

/** Score at or above which a near miss is offered as the fix. */
const SUGGEST_AT = 0.75;
/** Score at or above which a near miss is still shown as a hint on an unknown part. */
const HINT_AT = 0.55;
const MAX_SUGGESTIONS = 5;
/** Highest score of a near miss that leaves out one of the name's words. */
const MISSING_WORD_CAP = 0.7;
/** DP costs: a known name, an ambiguous or near-miss name, an unknown piece. */
const COST_KNOWN = 1;
const COST_AMBIGUOUS = 1.2;
const COST_UNKNOWN = 3;

function buildEntries(registry: Registry): Entry[] {
  const entries: Entry[] = [];
  registry.agencies.forEach((agency, order) => {
    const spellings: [Kind, string][] = [
      ["name", agency.name],
      ["short", agency.shortName],
      ...agency.aliases.map((s): [Kind, string] => ["alias", s]),
      ...(agency.formerNames ?? []).map((s): [Kind, string] => ["former", s]),
    ];
    const seen = new Set<string>();
    for (const [kind, spelling] of spellings) {
      const keys = keysOf(spelling);
      if (keys.key === "" || seen.has(keys.key)) continue;
      seen.add(keys.key);
      const words = keys.loose.split(" ");
      entries.push({
        agency,
        order,
        kind,
        spelling,
        ...keys,
        words,
        hist: histogram(keys.loose),
      });
    }
  });
  return entries;
}

/**
 * Loose keys to compare with: every spelling expanded, and as abbreviated when different.
 * Sorted by form, then by length: a near miss search reads only the lengths that can be close.
 */
function buildTargets(entries: Entry[]): Target[] {
  const targets: Target[] = [];
  for (const entry of entries) {
    targets.push({
      entry,
      expanded: true,
      loose: entry.loose,
      words: entry.words,
      hist: entry.hist,
    });
    const plain = stripDiacritics(entry.key);
    if (plain !== entry.loose)
      targets.push({
        entry,
        expanded: false,
        loose: plain,
        words: plain.split(" "),
        hist: histogram(plain),
      });
  }
  return targets.sort(
    (a, b) => Number(b.expanded) - Number(a.expanded) || a.loose.length - b.loose.length,
  );
}

/** The first target at or after `from` (up to `to`) whose loose key is at least `length` long. */
function firstOfLength(targets: Target[], from: number, to: number, length: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (targets[mid].loose.length < length) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function index(entries: Entry[], key: (e: Entry) => string): Map<string, Entry[]> {
  const map = new Map<string, Entry[]>();
  for (const e of entries) {
    const k = key(e);
    const list = map.get(k);
    if (list) list.push(e);
    else map.set(k, [e]);
  }
  return map;
}

/** Best entry per agency, in registry order. */
function byAgency(entries: Entry[]): Entry[] {
  const best = new Map<Agency, Entry>();
  for (const e of entries) if (!best.has(e.agency)) best.set(e.agency, e);
  return [...best.values()].sort((a, b) => a.order - b.order);
}

/** a ∩ b (a null: everything), into a when it is not null. */
function intersect(a: Uint32Array | null, b: Uint32Array): Uint32Array {
  if (!a) return b.slice();
  for (let k = 0; k < a.length; k++) a[k] &= b[k];
  return a;
}

function isEmpty(bits: Uint32Array): boolean {
  for (let k = 0; k < bits.length; k++) if (bits[k] !== 0) return false;
  return true;
}

/** Written words either equal the registry's or lack all their marks ("Noi" for "Nội"). */
function onlyMarksMissing(written: string, target: string): boolean {
  const w = written.split(" ");
  const t = target.split(" ");
  if (w.length !== t.length) return false;
  return w.every((word, i) => word === t[i] || word === stripDiacritics(t[i]));
}

/** Pieces [i, j) of a cell and what they match (null: nothing known, in pass 1). */
interface Segment {
  i: number;
  j: number;
  found: Found | null;
}

/** Context of one cell that changes how a match is reported. */
interface CellContext {
  legacy: boolean;
  date?: string;
  /** legacy and date as one string, to remember look-ups by. */
  memoKey: string;
}

/** One context per legacy flag and date, so a look-up builds and hashes no new key. */
const cellContexts = new Map<string, CellContext>();

/** The contexts without a date (most cells have none), with the memoKeys cellContext gives. */
const UNDATED: CellContext[] = [
  { legacy: false, date: undefined, memoKey: "0" },
  { legacy: true, date: undefined, memoKey: "1" },
];

function cellContext(legacy: boolean, date?: string): CellContext {
  if (date === undefined) return UNDATED[legacy ? 1 : 0];
  const memoKey = `${legacy ? 1 : 0}${date ?? ""}`;
  let ctx = cellContexts.get(memoKey);
  if (!ctx) {
    if (cellContexts.size >= 1000) cellContexts.clear();
    cellContexts.set(memoKey, (ctx = { legacy, date, memoKey }));
  }
  return ctx;
}

/** What a registry's spellings are looked up by; built once per registry. */
interface Indexes {
  byKey: Map<string, Entry[]>;
  byExpanded: Map<string, Entry[]>;
  byLoose: Map<string, Entry[]>;
  targets: Target[];
  /** The targets' words, to find which targets a written word can take a place in. */
  targetWords: WordIndex;
  span: number;
  shape: Shape;
  /** The loose keys' words numbered, and the keys as paths of those numbers. */
  looseIds: Map<string, number>;
  looseTrie: LooseNode;
}

/**
 * The word order of the registry's loose keys, to rule out a text as no name before writing
 * out its abbreviations: its words (without marks) outside any abbreviation must be the
 * names' words, first, last and next to each other as in some name.
 */
interface Shape {
  /** Each word of a loose key, numbered; ABBREVIATION for a word of an abbreviation. */
  ids: Map<string, number>;
  firsts: Set<number>;
  lasts: Set<number>;
  /** Pairs of neighbouring words, as first * PAIR + second. */
  pairs: Set<number>;
}

const ABBREVIATION = -1;
const UNKNOWN_WORD = -2;
const PAIR = 1 << 16;

/** The shape of the loose keys, the abbreviations' words left unchecked. */
function buildShape(entries: Entry[]): Shape {
  const ids = new Map<string, number>();
  for (const w of ABBREVIATION_WORDS) ids.set(w, ABBREVIATION);
  const id = (w: string) => {
    let n = ids.get(w);
    if (n === undefined) ids.set(w, (n = ids.size));
    return n;
  };
  const firsts = new Set<number>();
  const lasts = new Set<number>();
  const pairs = new Set<number>();
  for (const e of entries) {
    const n = e.words.map(id);
    firsts.add(n[0]);
    lasts.add(n[n.length - 1]);
    for (let k = 1; k < n.length; k++)
      if (n[k - 1] >= 0 && n[k] >= 0) pairs.add(n[k - 1] * PAIR + n[k]);
  }
  return { ids, firsts, lasts, pairs };
}

/** A step down the spellings' loose keys, word by word (numbered as in looseIds). */
interface LooseNode {
  next: Map<number, LooseNode>;
  /** Some loose key ends here. */
  end: boolean;
}

function buildLooseTrie(entries: Entry[]): { looseIds: Map<string, number>; looseTrie: LooseNode } {
  const looseIds = new Map<string, number>();
  const looseTrie: LooseNode = { next: new Map(), end: false };
  for (const e of entries) {
    let node = looseTrie;
    for (const w of e.words) {
      let id = looseIds.get(w);
      if (id === undefined) looseIds.set(w, (id = looseIds.size));
      let child = node.next.get(id);
      if (!child) node.next.set(id, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  return { looseIds, looseTrie };
}

/** The words of an empty key. */
const NO_WORDS: readonly number[] = [];

/** Bits not worked out yet: a typed array, so the field keeps one type once they are. */
const NOT_YET = new Uint32Array(0);

const indexesByRegistry = new WeakMap<Registry, Indexes>();

function indexesOf(registry: Registry): Indexes {
  let found = indexesByRegistry.get(registry);
  if (!found) {
    const entries = buildEntries(registry);
    const targets = buildTargets(entries);
    found = {
      byKey: index(entries, (e) => e.key),
      byExpanded: index(entries, (e) => e.expanded),
      byLoose: index(entries, (e) => e.loose),
      targets,
      targetWords: buildWordIndex(targets.map((t) => t.words)),
      span: maxSpan(entries.map((e) => e.spelling)),
      shape: buildShape(entries),
      ...buildLooseTrie(entries),
    };
    indexesByRegistry.set(registry, found);
  }
  return found;
}

/** Values by a context (font, date...) then by text: no key string to build for each look-up. */
class Memo<V> {
  private byContext = new Map<string, Map<string, V>>();
  private count = 0;
  constructor(private readonly limit: number) {}

  get(context: string, text: string): V | undefined {
    return this.byContext.get(context)?.get(text);
  }

  set(context: string, text: string, value: V): void {
    if (this.count >= this.limit) {
      this.byContext.clear();
      this.count = 0;
    }
    let byText = this.byContext.get(context);
    if (!byText) this.byContext.set(context, (byText = new Map()));
    byText.set(text, value);
    this.count++;
  }
}

/** Most cell texts a matcher remembers (real sheets repeat the same few agency lists). */
const CELL_MEMO = 20_000;

/**
 * What the matcher works out about one matchKey, each part when first asked for (null: not
 * yet): one record per key, so a piece met again costs one look-up.
 */
class KeyInfo {
  keys: Keys | null = null;
  /** Its words numbered as in wordId. */
  ids: readonly number[] | null = null;
  part: PartKey | null = null;
  constructor(readonly key: string) {}
}

/** A text the matcher has met: its matchKey, and what it names in the plain context. */
class TextInfo {
  /** lookup() without a date or a legacy encoding (undefined: not yet; null: nothing known). */
  found: Found | null | undefined = undefined;
  constructor(readonly info: KeyInfo) {}
}

/** What a piece's or gap's matchKey brings to a stretch of a joinable cell. */
class PartKey {
  /** Targets all its words can take a place in, without marks and as loose. */
  plainPlaces: Uint32Array = NOT_YET;
  loosePlaces: Uint32Array = NOT_YET;
  constructor(
    /** Its loose key (expanded, without marks), and its words numbered as in looseIds. */
    readonly loose: string,
    readonly looseWords: readonly number[],
    /** Its first and last words as abbreviations are looked up by (see joinsAcross). */
    readonly first: string,
    readonly last: string,
  ) {}
}

/** A loose text as near misses are measured from it. */
interface Form {
  loose: string;
  words: string[];
  hist: Int16Array;
  /** Targets all its words can take a place in. */
  places: Uint32Array;
}

/** A matchKey's loose forms: abbreviations written out, and as written; both without marks. */
interface Forms {
  expanded: Form;
  plain: Form;
}

/** What one matcher remembers. Each matcher starts with none of it. */
interface Memory {
  cache: Memo<Found | null>;
  fuzzyCache: Memo<Suggestion[]>;
  cells: Memo<CellMatch>;
  detectMemo: DetectMemo;
  texts: Map<string, TextInfo>;
  keyInfos: Map<string, KeyInfo>;
  wordIds: Map<string, number>;
  wordFitMemo: WordFitMemo;
  places: Map<string, Uint32Array>;
}

function newMemory(): Memory {
  return {
    cache: new Memo<Found | null>(50_000),
    fuzzyCache: new Memo<Suggestion[]>(20_000),
    cells: new Memo<CellMatch>(CELL_MEMO),
    detectMemo: new Map(),
    texts: new Map(),
    keyInfos: new Map(),
    wordIds: new Map(),
    wordFitMemo: new Map(),
    places: new Map(),
  };
}

interface Engine {
  /** Work with this matcher's memory from now on. */
  use(memory: Memory): void;
  matchCell(text: string, options?: MatchOptions): CellMatch;
}

/**
 * One engine per registry, shared by its matchers: a new matcher brings new memory, not new
 * functions, so code the engine has had compiled stays valid (new closures would send every
 * optimised caller of them back to the interpreter).
 */
const enginesByRegistry = new WeakMap<Registry, Engine>();

/**
 * A matcher over `registry`. The same text (with the same font and date) gives the same match
 * object again: it is read-only.
 */
export function createMatcher(registry: Registry): Matcher {
  let engine = enginesByRegistry.get(registry);
  if (!engine) enginesByRegistry.set(registry, (engine = createEngine(registry)));
  const e = engine;
  const memory = newMemory();
  return {
    matchCell(text: string, options?: MatchOptions): CellMatch {
      e.use(memory);
      return e.matchCell(text, options);
    },
  };
}

function createEngine(registry: Registry): Engine {
  const { byKey, byExpanded, byLoose, targets, targetWords, span, shape, looseIds, looseTrie } =
    indexesOf(registry);
  /** Targets compared with the expanded form come first, then those as abbreviated. */
  const plainFrom =
    targets.findIndex((t) => !t.expanded) < 0
      ? targets.length
      : targets.findIndex((t) => !t.expanded);
  // The memory of the matcher in use (see Memory); set by use() before each cell.
  let memory = newMemory();
  let cache = memory.cache;
  let fuzzyCache = memory.fuzzyCache;
  let cells = memory.cells;
  /** Words weighed while telling legacy encodings apart. */
  let detectMemo = memory.detectMemo;
  /** What each text and each matchKey brings (see TextInfo, KeyInfo). */
  let texts = memory.texts;
  let keyInfos = memory.keyInfos;
  let wordIds = memory.wordIds;
  const wordFit = memoWordFit(() => memory.wordFitMemo);
  /** Per written word, the targets it can take a place in (elsewhere wordFit fails), as bits. */
  let places = memory.places;

  function use(m: Memory): void {
    if (m === memory) return;
    memory = m;
    cache = m.cache;
    fuzzyCache = m.fuzzyCache;
    cells = m.cells;
    detectMemo = m.detectMemo;
    texts = m.texts;
    keyInfos = m.keyInfos;
    wordIds = m.wordIds;
    places = m.places;
  }

  function placesOf(word: string): Uint32Array {
    let bits = places.get(word);
    if (!bits) {
      if (places.size >= 20_000) places.clear();
      bits = placeableIn(targetWords, word);
      places.set(word, bits);
    }
    return bits;
  }

  /** The targets every written word can take a place in. */
  function placeableAll(words: string[]): Uint32Array {
    const all = placesOf(words[0]).slice();
    for (let k = 1; k < words.length; k++) {
      const bits = placesOf(words[k]);
      for (let x = 0; x < all.length; x++) all[x] &= bits[x];
    }
    return all;
  }

  /** The record of a matchKey: many spellings of a piece share it. */
  function infoOfKey(key: string): KeyInfo {
    let info = keyInfos.get(key);
    if (!info) {
      info = new KeyInfo(key);
      if (keyInfos.size >= 50_000) keyInfos.clear();
      keyInfos.set(key, info);
    }
    return info;
  }

  /** The record of a text; `key` is its matchKey when the caller has it already. */
  function textInfo(written: string, key?: string): TextInfo {
    let text = texts.get(written);
    if (!text) {
      text = new TextInfo(infoOfKey(key ?? matchKey(written)));
      if (texts.size >= 50_000) texts.clear();
      texts.set(written, text);
    }
    return text;
  }

  /** keysOfKey, once per key. */
  const keysOf = (info: KeyInfo): Keys => (info.keys ??= keysOfKey(info.key));

  const inForce = (list: Entry[] | undefined, date?: string): Entry[] =>
    !list ? [] : date ? list.filter((e) => isValidOn(e.agency, date)) : list;

  function aliasReason(e: Entry, written: string, ctx: CellContext): Reason {
    if (ctx.legacy) return "legacy-encoding";
    if (e.kind === "former") return "old-name";
    if (e.kind !== "name") return "abbreviation";
    // Same key once tones are folded: if it differs before folding, the tones moved.
    return punctuationKey(written) === punctuationKey(e.spelling)
      ? "case-spacing"
      : "tone-placement";
  }

  function fromHits(hits: Entry[], reason: (e: Entry) => Reason, score: number): Found {
    const agencies = byAgency(hits);
    if (agencies.length === 1)
      return new Found("resolved", agencies[0].agency, reason(agencies[0]), NONE);
    const suggestions = agencies.map((e) => new Near(e.agency, score, reason(e)));
    return new Found("suggested", undefined, suggestions[0].reason, suggestions);
  }

  /**
   * Exact, alias, abbreviation and missing-diacritics matches: map lookups only. `key` is the
   * text's matchKey when the caller has it already.
   */
  function lookup(written: string, ctx: CellContext, key?: string): Found | null {
    return lookupText(textInfo(written, key), written, ctx);
  }

  /** lookup for a text whose record the caller has. */
  function lookupText(text: TextInfo, written: string, ctx: CellContext): Found | null {
    if (ctx === UNDATED[0])
      return text.found !== undefined
        ? text.found
        : (text.found = lookupUncached(written, ctx, text.info));
    const cached = cache.get(ctx.memoKey, written);
    if (cached !== undefined) return cached;
    const found = lookupUncached(written, ctx, text.info);
    cache.set(ctx.memoKey, written, found);
    return found;
  }

  /** A word of a matchKey as numbered in the shape (without its marks). */
  function wordId(word: string): number {
    let n = wordIds.get(word);
    if (n === undefined) {
      n = shape.ids.get(stripDiacritics(word)) ?? UNKNOWN_WORD;
      if (wordIds.size >= 50_000) wordIds.clear();
      wordIds.set(word, n);
    }
    return n;
  }

  /**
   * Whether some known name could have this matchKey (false: none can). A word outside an
   * abbreviation stays a word of the loose key, next to the same neighbours; pass 1 tries
   * many stretches of pieces, and most join two names into none.
   */
  function mayBeKnown(info: KeyInfo): boolean {
    const ids = shapeWords(info);
    let prev = ABBREVIATION;
    for (let x = 0; x < ids.length; x++) {
      const n = ids[x];
      if (n === UNKNOWN_WORD) return false;
      if (n >= 0) {
        if (x === 0 && !shape.firsts.has(n)) return false;
        if (x === ids.length - 1 && !shape.lasts.has(n)) return false;
        if (prev >= 0 && !shape.pairs.has(prev * PAIR + n)) return false;
      }
      prev = n;
    }
    return true;
  }

  function partKey(info: KeyInfo): PartKey {
    if (!info.part) {
      const words = info.key.split(" ");
      const loose = keysOf(info).loose;
      info.part = new PartKey(
        loose,
        loose.split(" ").map((w) => looseIds.get(w) ?? UNKNOWN_WORD),
        patternWord(words[0]),
        patternWord(words[words.length - 1]),
      );
    }
    return info.part;
  }

  /**
   * Whether the loose keys of parts [from, to) of the cell (pieces and gaps, the empty ones
   * left out), joined by spaces, are some spelling's loose key: their words walked down the
   * spellings' words, with no string built.
   */
  function looseSpells(from: number, to: number): boolean {
    let node: LooseNode | undefined = looseTrie;
    for (let k = from; k < to; k++) {
      if (keyAt(k) === "") continue;
      const ids = partAt(k).looseWords;
      for (let x = 0; x < ids.length; x++) {
        node = node.next.get(ids[x]);
        if (!node) return false;
      }
    }
    return node !== looseTrie && node.end;
  }

  /**
   * Whether an abbreviation could span two neighbouring parts among [from, to) of the cell
   * (pieces and gaps, the empty ones left out). Where none can, the stretch's loose key is its
   * parts' loose keys joined by spaces.
   */
  function abbreviationSpans(from: number, to: number): boolean {
    let last: string | undefined;
    for (let k = from; k < to; k++) {
      if (keyAt(k) === "") continue;
      const part = partAt(k);
      if (last !== undefined && joinsAcross(last, part.first)) return true;
      last = part.last;
    }
    return false;
  }

  /**
   * Whether no target can be a near miss of the stretch made of parts [from, to) of the cell
   * (pieces and gaps, the empty ones left out).
   */
  function noTargetFor(from: number, to: number): boolean {
    // Words without marks join as they are; loose words only where no abbreviation spans.
    if (abbreviationSpans(from, to)) return false;
    let plain: Uint32Array | null = null;
    let loose: Uint32Array | null = null;
    for (let k = from; k < to; k++) {
      const key = keyAt(k);
      if (key === "") continue;
      const part = partAt(k);
      if (part.plainPlaces === NOT_YET) {
        part.plainPlaces = placeableAll(stripDiacritics(key).split(" "));
        part.loosePlaces = placeableAll(part.loose.split(" "));
      }
      plain = intersect(plain, part.plainPlaces);
      loose = intersect(loose, part.loosePlaces);
    }
    return plain !== null && loose !== null && isEmpty(plain) && isEmpty(loose);
  }

  /** A matchKey's words, numbered as in wordId. */
  function shapeWords(info: KeyInfo): readonly number[] {
    // Plain arrays of small numbers: a matcher keeps thousands, and typed arrays weigh more.
    return (info.ids ??= info.key === "" ? NO_WORDS : info.key.split(" ").map(wordId));
  }

  /**
   * The numbered words (as in wordId) of every piece and gap of the cell being matched, in a
   * row, with running counts of unknown words and of neighbours no name has side by side: then
   * mayJoin checks any stretch in a few reads. One cell at a time uses them.
   */
  let joinIds = new Int32Array(64);
  let joinUnknown = new Int32Array(65);
  let joinBadPairs = new Int32Array(65);
  let joinFrom = new Int32Array(64);

  /** Fill the tables above for parts 0 to count - 1, from each part's numbered words. */
  function prepareJoin(count: number, part: (k: number) => readonly number[]): void {
    let total = 0;
    for (let k = 0; k < count; k++) total += part(k).length;
    if (joinIds.length < total) {
      joinIds = new Int32Array(2 * total);
      joinUnknown = new Int32Array(2 * total + 1);
      joinBadPairs = new Int32Array(2 * total + 1);
    }
    if (joinFrom.length <= count) joinFrom = new Int32Array(2 * count + 1);
    let x = 0;
    for (let k = 0; k < count; k++) {
      joinFrom[k] = x;
      const ids = part(k);
      for (let y = 0; y < ids.length; y++) joinIds[x++] = ids[y];
    }
    joinFrom[count] = x;
    for (let y = 0; y < total; y++) {
      const n = joinIds[y];
      const prev = y > 0 ? joinIds[y - 1] : ABBREVIATION;
      joinUnknown[y + 1] = joinUnknown[y] + (n === UNKNOWN_WORD ? 1 : 0);
      const bad = prev >= 0 && n >= 0 && !shape.pairs.has(prev * PAIR + n);
      joinBadPairs[y + 1] = joinBadPairs[y] + (bad ? 1 : 0);
    }
  }

  /**
   * mayBeKnown for the text made of parts [from, to) (pieces and the gaps between them) of the
   * prepared cell: their matchKeys joined are the stretch's (see joinable). Its words must all
   * be known, the first a first word, each next to the one before as in some name, the last a
   * last word (abbreviations' words are left unchecked).
   */
  function mayJoin(from: number, to: number): boolean {
    const a = joinFrom[from];
    const b = joinFrom[to];
    if (a >= b || joinUnknown[b] !== joinUnknown[a]) return false;
    if (joinIds[a] >= 0 && !shape.firsts.has(joinIds[a])) return false;
    if (joinBadPairs[b] !== joinBadPairs[a + 1]) return false;
    return joinIds[b - 1] < 0 || shape.lasts.has(joinIds[b - 1]);
  }

  function lookupUncached(written: string, ctx: CellContext, info: KeyInfo): Found | null {
    if (info.key === "" || !mayBeKnown(info)) return null;
    // By the key first: most texts are a spelling's, and need no abbreviation written out.
    const direct = inForce(byKey.get(info.key), ctx.date);
    if (direct.length > 0) {
      const exact = direct.find((e) => e.kind === "name" && sameSpelling(written, e));
      if (exact && !ctx.legacy) return new Found("exact", exact.agency, undefined, NONE);
      return fromHits(direct, (e) => aliasReason(e, written, ctx), 1);
    }
    const keys = keysOf(info);
    const expanded = inForce(byExpanded.get(keys.expanded), ctx.date);
    if (expanded.length > 0)
      return fromHits(
        expanded,
        (e) => (ctx.legacy ? "legacy-encoding" : e.kind === "former" ? "old-name" : "abbreviation"),
        1,
      );
    const loose = inForce(byLoose.get(keys.loose), ctx.date);
    if (loose.length > 0) {
      const marksMissing = loose.filter((e) => onlyMarksMissing(keys.expanded, e.expanded));
      if (marksMissing.length > 0) return fromHits(marksMissing, () => "missing-diacritics", 0.98);
      // Same letters, wrong marks ("Sở Nôi vụ"): a typo, offered but not applied.
      const suggestions = byAgency(loose).map((e) => new Near(e.agency, 0.95, "typo"));
      return new Found("suggested", undefined, "typo", suggestions);
    }
    return null;
  }

  function formOf(loose: string): Form {
    const words = loose.split(" ");
    return { loose, words, hist: histogram(loose), places: placeableAll(words) };
  }

  /**
   * A matchKey's two loose forms as nearMisses compares them. Only the last key's are kept:
   * nearMisses keeps its answers, asks for one key's forms twice in a row (to suggest, then to
   * hint), and forms are many small arrays to hold.
   */
  function formsOf(info: KeyInfo): Forms {
    if (info !== lastFormsOf)
      lastForms = {
        expanded: formOf(keysOf(info).loose),
        plain: formOf(stripDiacritics(info.key)),
      };
    lastFormsOf = info;
    return lastForms;
  }
  let lastFormsOf: KeyInfo | null = null;
  let lastForms: Forms = { expanded: formOf(""), plain: formOf("") };

  /**
   * Near misses by edit distance on the loose keys of the matchKey `info` records, guarded word
   * by word, scoring at least `floor` (a higher floor lets more candidates be ruled out before
   * measuring them). Texts with one matchKey share one answer.
   */
  function nearMisses(info: KeyInfo, date?: string, floor = HINT_AT): Suggestion[] {
    const context = contextOf(floor === HINT_AT ? "hint" : String(floor), date ?? "");
    const cached = fuzzyCache.get(context, info.key);
    if (cached) return cached;
    const { expanded: expandedForm, plain: plainForm } = formsOf(info);
    const best = new Map<Agency, { score: number; order: number }>();
    // The expanded form against targets [0, plainFrom), then without marks against the rest.
    for (let f = 0; f < 2; f++) {
      const w = f === 0 ? expandedForm : plainForm;
      const from = f === 0 ? 0 : plainFrom;
      const to = f === 0 ? plainFrom : targets.length;
      // Only lengths within the distance allowed can be near misses: shorter ones are skipped,
      // and past the first longer one too far off, every later one is too.
      const shortest = w.loose.length - Math.floor(w.loose.length * (1 - floor));
      // Only the targets every written word can take a place in (few): their bits, in order.
      const places = w.places;
      const start = firstOfLength(targets, from, to, shortest);
      scan: for (let word = start >>> 5; word < places.length; word++) {
        let bits = places[word];
        if (word === start >>> 5) bits &= ~((1 << (start & 31)) - 1);
        while (bits !== 0) {
          const low = bits & -bits;
          bits ^= low;
          const ti = (word << 5) + 31 - Math.clz32(low);
          if (ti >= to) break scan;
          const t = targets[ti];
          const longest = Math.max(w.loose.length, t.loose.length);
          const max = Math.floor(longest * (1 - floor));
          if (Math.abs(w.loose.length - t.loose.length) > max) {
            if (t.loose.length > w.loose.length) break scan;
            continue;
          }
          if (date && !isValidOn(t.entry.agency, date)) continue;
          const bound = histogramBound(w.hist, t.hist);
          if (bound > max) continue;
          if (w.words.length > t.words.length) continue;
          // Another spelling of the same agency already scores what this one could at best.
          const prev = best.get(t.entry.agency);
          if (prev && prev.score >= 1 - bound / longest) continue;
          const fit = wordFit(w.words, t.words);
          // "Yên Bái" is the province as much as the city: no near miss that adds a level.
          if (!fit.fits || fit.levelMissing) continue;
          const d = boundedDistance(w.loose, t.loose, max);
          if (d > max) continue;
          // A whole word left out changes the meaning ("Sở Nội" for "Sở Nội vụ"): a hint only.
          const score =
            fit.missing > 0 ? Math.min(1 - d / longest, MISSING_WORD_CAP) : 1 - d / longest;
          if (score < floor) continue;
          if (!prev || score > prev.score)
            best.set(t.entry.agency, { score, order: t.entry.order });
        }
      }
    }
    const result = [...best.entries()]
      .sort((a, b) => b[1].score - a[1].score || a[1].order - b[1].order)
      .slice(0, MAX_SUGGESTIONS)
      .map(([agency, { score }]) => new Near(agency, Math.round(score * 1000) / 1000, "typo"));
    fuzzyCache.set(context, info.key, result);
    return result;
  }

  /** Entries out of force on the date that the text names: reported as old, not as matches. */
  function outOfForce(written: string, ctx: CellContext): Suggestion[] {
    if (!ctx.date) return [];
    const found = lookup(written, cellContext(ctx.legacy));
    if (!found || (found.status !== "exact" && found.status !== "resolved") || !found.agency)
      return [];
    return [new Near(found.agency, 1, "old-name")];
  }

  function cost(found: Found | null, pieceCount: number): number {
    if (!found) return pieceCount === 1 ? COST_UNKNOWN : Infinity;
    if (found.status === "exact" || found.status === "resolved") return COST_KNOWN;
    if (found.status === "suggested") {
      const top = found.suggestions[0]?.score ?? 0;
      return COST_KNOWN + (COST_AMBIGUOUS - COST_KNOWN) + (1 - top) * 4;
    }
    return pieceCount === 1 ? COST_UNKNOWN : Infinity;
  }

  /** What the last `score` given to bestCover found (it returns the cost; no object per call). */
  let scored: Found | null = null;
  const scoredAs = (found: Found | null, cost: number) => {
    scored = found;
    return cost;
  };

  /** Best cover of pieces[from, to) by segments scored with `score`. */
  function bestCover(
    list: Piece[],
    from: number,
    to: number,
    score: (i: number, j: number) => number,
  ): Segment[] {
    const n = to - from;
    // One set of tables for every cover: no cover runs inside another.
    if (coverBest.length <= n) {
      coverBest = new Float64Array(2 * n + 2);
      coverFrom = new Int32Array(2 * n + 2);
    }
    const best = coverBest;
    const backFrom = coverFrom;
    const backFound = coverFound;
    best.fill(Infinity, 0, n + 1);
    best[0] = 0;
    for (let j = 1; j <= n; j++) {
      for (let i = Math.max(0, j - span); i < j; i++) {
        if (best[i] === Infinity) continue;
        const c = best[i] + score(from + i, from + j);
        // Strictly better only: for equal cost the longest segment (smallest i) stays.
        if (c < best[j] - 1e-9) {
          best[j] = c;
          backFrom[j] = i;
          backFound[j] = scored;
        }
      }
    }
    const out: Segment[] = [];
    for (let j = n; j > 0; j = backFrom[j])
      out.push({ i: from + backFrom[j], j: from + j, found: backFound[j] });
    backFound.length = 0;
    return out.reverse();
  }
  let coverBest = new Float64Array(64);
  let coverFrom = new Int32Array(64);
  const coverFound: (Found | null)[] = [];

  /** One string per font and date, so a look-up hashes no new string. */
  const contexts = new Map<string, Map<string, string>>();

  function contextOf(font: string, date: string): string {
    let byDate = contexts.get(font);
    if (!byDate) contexts.set(font, (byDate = new Map()));
    let context = byDate.get(date);
    if (context === undefined) byDate.set(date, (context = `${font}\u0000${date}`));
    return context;
  }

  function matchCell(text: string, options: MatchOptions = {}): CellMatch {
    const context = contextOf(options.font ?? "", options.date ?? "");
    let match = cells.get(context, text);
    if (!match) {
      match = matchUncached(text, options);
      cells.set(context, text, match);
    }
    return match;
  }

  /**
   * The cell being matched, read by the engine-level helpers below: no closure is made per
   * cell. One cell at a time (no helper matches another cell while one is under way).
   */
  let cellText = "";
  let cellList: Piece[] = [];
  let cellCtx: CellContext = cellContext(false);
  const pieceTexts: (string | undefined)[] = [];
  /** The records of each piece's text, once looked up. */
  const pieceInfos: (TextInfo | undefined)[] = [];
  /** The matchKeys of each piece (even k) and gap (odd k), once the cell is joinable; else null. */
  let cellKeys: (KeyInfo | undefined)[] | null = null;
  /** The segments of pass 1 around the run of unknown pieces scoreNear is working on. */
  let cellWindow: Segment[] = [];

  function slice(i: number, j: number): string {
    return j - i === 1
      ? (pieceTexts[i] ??= cellText.slice(cellList[i].start, cellList[i].end))
      : cellText.slice(cellList[i].start, cellList[j - 1].end);
  }

  function pieceInfo(i: number): TextInfo {
    return (pieceInfos[i] ??= textInfo(slice(i, i + 1)));
  }

  function infoAt(k: number): KeyInfo {
    return (cellKeys![k] ??= k % 2 === 0 ? pieceInfo(k / 2).info : gapInfo(k));
  }

  /** A gap's record; a gap of separators only ("; ", ",\n- ") has the empty key, unlooked-up. */
  function gapInfo(k: number): KeyInfo {
    const from = cellList[(k - 1) / 2].end;
    const to = cellList[(k + 1) / 2].start;
    let x = from;
    while (x < to && blankInKey(codeAt(cellText, x))) x++;
    return x === to ? infoOfKey("") : textInfo(cellText.slice(from, to)).info;
  }

  const keyAt = (k: number): string => infoAt(k).key;
  const wordsAt = (k: number): readonly number[] => shapeWords(infoAt(k));
  const partAt = (k: number): PartKey => partKey(infoAt(k));

  /** The matchKey of pieces [i, j): the non-empty keys of their pieces and gaps, joined. */
  function joinedKey(i: number, j: number): string {
    let key = "";
    for (let k = 2 * i; k < 2 * j - 1; k++) {
      const part = keyAt(k);
      if (part !== "") key = key === "" ? part : key + " " + part;
    }
    return key;
  }

  /** A known name over pieces [i, j): most stretches of several are ruled out by their words. */
  function knownName(i: number, j: number): Found | null {
    if (j - i === 1) return lookupText(pieceInfo(i), slice(i, j), cellCtx);
    if (!cellKeys) return lookup(slice(i, j), cellCtx);
    if (!mayJoin(2 * i, 2 * j - 1)) return null;
    // Every match shares the loose key of some spelling; joined from the parts' loose keys
    // where no abbreviation spans two parts.
    if (!abbreviationSpans(2 * i, 2 * j - 1) && !looseSpells(2 * i, 2 * j - 1)) return null;
    return lookup(slice(i, j), cellCtx, joinedKey(i, j));
  }

  /** Pass 1: known names only. */
  function scoreKnown(i: number, j: number): number {
    const found = knownName(i, j);
    return scoredAs(found, cost(found, j - i));
  }

  /** A segment in pass 2: as known, else as a near miss, else unknown (one piece only). */
  function scoreNear(i: number, j: number): number {
    const window = cellWindow;
    let onlyKnown = true;
    for (let w = 0; w < window.length; w++) {
      const seg = window[w];
      if (seg.i === i && seg.j === j && seg.found)
        return scoredAs(seg.found, cost(seg.found, j - i));
      if (!(seg.j <= i || seg.i >= j || (seg.found && seg.i >= i && seg.j <= j))) onlyKnown = false;
    }
    if (onlyKnown) {
      // Joining known names never needs a near miss: take it only if it is a name itself.
      const found = knownName(i, j);
      return scoredAs(found, found ? cost(found, j - i) : Infinity);
    }
    // Several pieces count only as a near miss good enough to suggest: most stretches
    // are ruled out by that stricter floor before the hints are gathered.
    let key: KeyInfo;
    if (j - i === 1) key = pieceInfo(i).info;
    else if (!cellKeys) key = textInfo(slice(i, j)).info;
    else {
      if (noTargetFor(2 * i, 2 * j - 1)) return scoredAs(null, Infinity);
      key = infoOfKey(joinedKey(i, j));
    }
    if (j - i > 1 && nearMisses(key, cellCtx.date, SUGGEST_AT).length === 0)
      return scoredAs(null, Infinity);
    const hints = nearMisses(key, cellCtx.date);
    const top = hints[0]?.score ?? 0;
    if (top >= SUGGEST_AT) {
      return scoredAs(
        new Found("suggested", undefined, "typo", hints),
        COST_AMBIGUOUS + (1 - top) * 4,
      );
    }
    if (j - i > 1) return scoredAs(null, Infinity);
    const old = outOfForce(slice(i, j), cellCtx);
    const unknown =
      old.length > 0
        ? new Found("unknown", undefined, "old-name", old)
        : new Found("unknown", undefined, undefined, hints);
    return scoredAs(unknown, COST_UNKNOWN);
  }

  function matchUncached(text: string, options: MatchOptions): CellMatch {
    const repaired = repairWithMap(text, options.font, detectMemo);
    const d = repaired.text;
    const ctx = cellContext(
      repaired.encoding === "tcvn3" || repaired.encoding === "vni",
      options.date,
    );
    const list = pieces(d);
    cellText = d;
    cellList = list;
    cellCtx = ctx;
    // Cleared in place: setting an array's length is a slow runtime call.
    for (let k = 0; k < list.length; k++) {
      pieceTexts[k] = undefined;
      pieceInfos[k] = undefined;
    }
    cellKeys = null;
    if (list.length > 1 && joinable(d, list)) {
      cellKeys = new Array(2 * list.length - 1);
      prepareJoin(cellKeys.length, wordsAt);
    }

    const first = bestCover(list, 0, list.length, scoreKnown);

    // Pass 2, around each run of unknown pieces (taking in the known segments next to it, so
    // "các sở, ngành, địa phương có liên qun" can still join up): near misses too.
    const segments: Segment[] = [];
    let settled = 0; // segments of `first` before this index belong to an earlier window
    for (let k = 0; k < first.length;) {
      if (first[k].found !== null) {
        segments.push(first[k++]);
        continue;
      }
      let end = k;
      while (end < first.length && first[end].found === null) end++;
      // Take in the known segments a name through the run's first or last piece could reach.
      let from = k;
      while (from > settled && first[k].j - first[from - 1].i <= span) from--;
      let to = end;
      while (
        to < first.length &&
        first[to].found !== null &&
        first[to].j - first[end - 1].i <= span
      )
        to++;
      segments.splice(segments.length - (k - from), k - from);
      settled = to;
      cellWindow = first.slice(from, to);
      const near = bestCover(list, first[from].i, first[to - 1].j, scoreNear);
      for (let q = 0; q < near.length; q++) segments.push(near[q]);
      k = to;
    }

    // Sized at once: an array grown by push keeps room for more, and a matcher keeps them all.
    const parts: Part[] = new Array(segments.length);
    const gaps: string[] = new Array(segments.length + 1);
    let cursor = 0;
    for (let s = 0; s < segments.length; s++) {
      const { i, j, found } = segments[s];
      const start = list[i].start;
      const end = list[j - 1].end;
      gaps[s] = d.slice(cursor, start);
      cursor = end;
      const origStart = repaired.map ? repaired.map[start] : start;
      const origEnd = repaired.map ? repaired.map[end] : end;
      const written = text.slice(origStart, origEnd);
      // Nothing decoded or composed: the repaired text is the written one.
      const fixed = d === text ? written : d.slice(start, end);
      const f = found ?? new Found("unknown", undefined, undefined, NONE);
      // Decoding or NFC changed the text: what was exact is now a (safe) repair.
      const status = f.status === "exact" && written !== fixed ? "resolved" : f.status;
      const reason =
        status !== f.status ? (ctx.legacy ? "legacy-encoding" : "case-spacing") : f.reason;
      parts[s] = new MatchedPart(
        written,
        origStart,
        origEnd,
        status,
        f.suggestions,
        f.agency,
        reason,
        written !== fixed ? fixed : undefined,
      );
    }
    gaps[segments.length] = d.slice(cursor);
    return new Matched(parts, repaired.encoding, d, gaps);
  }

  return { use, matchCell };
}

/**
 * A Part (see Found). The fields it lacks are left out, not set to undefined: a matcher keeps
 * every part it makes, and each field takes room. Their order is the one parts always had.
 */
class MatchedPart implements Part {
  declare agency?: Agency;
  declare reason?: Reason;
  declare repaired?: string;
  constructor(
    public text: string,
    public start: number,
    public end: number,
    public status: PartStatus,
    public suggestions: Suggestion[],
    agency: Agency | undefined,
    reason: Reason | undefined,
    repaired: string | undefined,
  ) {
    if (agency) this.agency = agency;
    if (reason) this.reason = reason;
    if (repaired !== undefined) this.repaired = repaired;
  }
}

/** A CellMatch (see Found). */
class Matched implements CellMatch {
  constructor(
    public parts: Part[],
    public encoding: Encoding,
    public repaired: string,
    public gaps: string[],
  ) {}
}

/**
 * The registry's spelling, letter for letter. Group phrases also match with the first letter's
 * case changed: "Các sở, ban, ngành" starts a sentence, "các sở, ban, ngành" continues one.
 */
function sameSpelling(written: string, e: Entry): boolean {
  if (written === e.spelling) return true;
  if (e.agency.group !== "phrase" || written.length === 0) return false;
  const flip = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
  return flip(written) === flip(e.spelling);
}
