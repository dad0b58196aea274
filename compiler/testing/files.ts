// Which files are tests: `*.test.ts`, as vitest names them. mpts test compiles
// and runs them; mpts build, flash and watch leave them out. Their globals
// (test, expect) come from runtime-typings/test-globals.d.ts.

export const isTestFile = (file: string): boolean => /\.test\.(m|c)?ts$/.test(file);

/** Whether a declaration comes from the test globals' typings. */
export const isTestGlobalsFile = (file: string): boolean => /[\\/]runtime-typings[\\/]test-globals\.d\.ts$/.test(file);
