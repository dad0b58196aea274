// MicroPython's collections module: deque (a fixed-size queue, fast at both ends), namedtuple
// (tuples with named fields) and OrderedDict (a dict that keeps insertion order).

declare module "collections" {
  /** A queue of at most `maxlen` items: adding to a full deque drops an item from the other end. */
  interface deque<T> {
    [index: number]: T;
    /** Add at the right end. */
    append(item: T): void;
    /** Add at the left end. */
    appendleft(item: T): void;
    /** Remove and return the item at the right end (IndexError when empty). */
    pop(): T;
    /** Remove and return the item at the left end (IndexError when empty). */
    popleft(): T;
    /** Add every item at the right end. */
    extend(items: Iterable<T>): void;
    [Symbol.iterator](): Iterator<T>;
    readonly __len__?: never;
    readonly __pythonType: "deque";
  }
  interface DequeConstructor {
    /**
     * A deque holding `items`, at most `maxlen` of them (MicroPython needs both). `flags` 1 makes
     * adding to a full deque raise IndexError instead of dropping the oldest item.
     */
    new <T>(items: Iterable<T>, maxlen: number, flags?: number): deque<T>;
    /**
     * A deque holding `items`, at most `maxlen` of them (MicroPython needs both). `flags` 1 makes
     * adding to a full deque raise IndexError instead of dropping the oldest item.
     */
    <T>(items: Iterable<T>, maxlen: number, flags?: number): deque<T>;
  }
  /** A bounded queue: `const q = deque<number>([], 10); q.append(1); q.popleft()`. */
  const deque: DequeConstructor;

  /** A tuple whose fields also have names: read them as `p.x` or `p[0]`. */
  type NamedTuple<T> = { readonly [K in keyof T]: T[K] } & { readonly [index: number]: T[keyof T]; readonly __pythonType: "namedtuple" };
  /**
   * A tuple type with named fields, such as `const Point = namedtuple<{ x: number; y: number }>("Point", ["x", "y"])`;
   * `Point(1, 2).x` is 1. The values are given in the order of `fields`.
   */
  function namedtuple<T extends object>(name: string, fields: readonly (keyof T & string)[]): (...values: T[keyof T][]) => NamedTuple<T>;

  interface OrderedDictConstructor {
    /** A dict that keeps its keys in insertion order, used through the Map methods (set, get, has, delete, keys...). */
    new <K, V>(entries?: Iterable<readonly [K, V]>): Map<K, V>;
    /** A dict that keeps its keys in insertion order, used through the Map methods (set, get, has, delete, keys...). */
    <K, V>(entries?: Iterable<readonly [K, V]>): Map<K, V>;
  }
  /** A dict that keeps insertion order: `const d = OrderedDict<string, number>(); d.set("a", 1)`. */
  const OrderedDict: OrderedDictConstructor;
}

declare module "ucollections" {
  export * from "collections";
}
