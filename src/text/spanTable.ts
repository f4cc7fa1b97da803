/**
 * A bounded table keyed by strings that can be probed with a stretch of a longer text, without
 * cutting the stretch out: the tokenizer hashes each word while it scans its characters, and a
 * word seen before costs no new string and no second pass over its characters to hash it.
 * When the table fills up it starts again empty (it is a cache: what it forgets is worked out again).
 */
export class SpanTable<V> {
  readonly #limit: number;
  #mask = INITIAL_SLOTS - 1;
  #hashes = new Int32Array(INITIAL_SLOTS);
  #keys: (string | undefined)[] = new Array<string | undefined>(INITIAL_SLOTS).fill(undefined);
  #values: (V | undefined)[] = new Array<V | undefined>(INITIAL_SLOTS).fill(undefined);
  #size = 0;

  /** @param limit - The most entries kept. */
  constructor(limit: number) {
    this.#limit = limit;
  }

  /** The value kept for `text.slice(start, end)`, whose `spanHash` is `hash`. */
  get(text: string, start: number, end: number, hash: number): V | undefined {
    const keys = this.#keys;
    const length = end - start;
    for (let slot = hash & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const key = keys[slot];
      if (key === undefined) return undefined;
      if (this.#hashes[slot] === hash && key.length === length && sameCharacters(key, text, start)) return this.#values[slot];
    }
  }

  /** Keeps `value` for `key` (whose `spanHash` is `hash`), which must not be in the table yet. */
  set(key: string, hash: number, value: V): V {
    if (this.#size >= this.#limit) this.clear();
    // At most half the slots are used, so a probe ends soon at an empty one.
    else if ((this.#size + 1) * 2 > this.#keys.length) this.#grow();
    this.#place(key, hash, value);
    this.#size++;
    return value;
  }

  get size(): number {
    return this.#size;
  }

  clear(): void {
    this.#mask = INITIAL_SLOTS - 1;
    this.#hashes = new Int32Array(INITIAL_SLOTS);
    this.#keys = new Array<string | undefined>(INITIAL_SLOTS).fill(undefined);
    this.#values = new Array<V | undefined>(INITIAL_SLOTS).fill(undefined);
    this.#size = 0;
  }

  #place(key: string, hash: number, value: V | undefined): void {
    const keys = this.#keys;
    let slot = hash & this.#mask;
    while (keys[slot] !== undefined) slot = (slot + 1) & this.#mask;
    keys[slot] = key;
    this.#hashes[slot] = hash;
    this.#values[slot] = value;
  }

  #grow(): void {
    const keys = this.#keys;
    const hashes = this.#hashes;
    const values = this.#values;
    const slots = keys.length * 2;
    this.#mask = slots - 1;
    this.#hashes = new Int32Array(slots);
    this.#keys = new Array<string | undefined>(slots).fill(undefined);
    this.#values = new Array<V | undefined>(slots).fill(undefined);
    for (let slot = 0; slot < keys.length; slot++) {
      const key = keys[slot];
      if (key !== undefined) this.#place(key, hashes[slot] as number, values[slot]);
    }
  }
}

const INITIAL_SLOTS = 256;

function sameCharacters(key: string, text: string, start: number): boolean {
  for (let index = 0; index < key.length; index++) if (key.charCodeAt(index) !== text.charCodeAt(start + index)) return false;
  return true;
}

/** The step `spanHash` takes for each UTF-16 code unit (FNV-1a, 32 bits). */
export function nextHash(hash: number, code: number): number {
  return Math.imul(hash ^ code, 16777619);
}

/** Where `nextHash` starts. */
export const EMPTY_HASH = -2128831035;

/** The hash of `text.slice(start, end)`, as the tokenizer builds it character by character. */
export function spanHash(text: string, start = 0, end = text.length): number {
  let hash = EMPTY_HASH;
  for (let index = start; index < end; index++) hash = nextHash(hash, text.charCodeAt(index));
  return hash;
}
