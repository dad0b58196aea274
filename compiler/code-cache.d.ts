// Types of code-cache.js.
export declare function setV8Flags(flags: string): void;
export declare function preloadWithCodeCache(file: string): void;
export declare function cachedBytes<T>(name: string, key: string, compute: () => Buffer, decode: (bytes: Buffer) => T): T;
