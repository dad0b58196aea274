// Python builtins available on the board. (Issue 3 completes these typings.)

/** Print values separated by spaces, then a newline, to the board's serial output. */
declare function print(...values: unknown[]): void;
