// MicroPython's time module (also importable as utime): delays, tick counters
// for measuring intervals, and the calendar clock.

declare module "time" {
  /**
   * A calendar time: (year, month 1..12, mday 1..31, hour 0..23, minute 0..59,
   * second 0..59, weekday 0..6 where 0 is Monday, yearday 1..366).
   */
  type DateTimeTuple = [
    year: number,
    month: number,
    mday: number,
    hour: number,
    minute: number,
    second: number,
    weekday: number,
    yearday: number,
  ];

  /** Pause for `seconds`; a fraction such as `0.25` works on the ESP32. Interrupt handlers keep running meanwhile. */
  function sleep(seconds: number): void;
  /** Pause for at least `ms` milliseconds (0 or more). */
  function sleep_ms(ms: number): void;
  /** Pause for at least `us` microseconds (0 or more): the most precise delay. */
  function sleep_us(us: number): void;
  /**
   * A millisecond counter from an arbitrary start that wraps around: compare two
   * readings only with `ticks_diff`, and move one only with `ticks_add`.
   */
  function ticks_ms(): u30;
  /** Like `ticks_ms`, in microseconds; it wraps around too. */
  function ticks_us(): u30;
  /** The finest counter the board has (CPU cycles on the ESP32), for very short measurements; wraps around. */
  function ticks_cpu(): u30;
  /** The tick value `delta` ticks after (or, when negative, before) `ticks`, wrapping as the counter does; `ticks_add(ticks_ms(), 200)` is a deadline 200 ms away. */
  function ticks_add(ticks: number, delta: number): u30;
  /**
   * `ticks1 - ticks2` for two readings of the same tick counter, correct across
   * wrap-around: negative when `ticks1` is the earlier one. Elapsed time is
   * `ticks_diff(ticks_ms(), start)`.
   */
  function ticks_diff(ticks1: number, ticks2: number): i30;
  /**
   * Whole seconds since the epoch, an integer: on the ESP32 (and in mpts's simulator) the
   * epoch is 2000-01-01, so `time.time()` is about 946684800 less than a Unix timestamp
   * (`gmtime(0)[0]` says which year it starts; 1970 on some other ports). Without a set clock
   * (RTC or ntptime) it counts from power-up. For sub-second intervals use `ticks_ms`.
   */
  function time(): number;
  /** Nanoseconds since the epoch (the same epoch as time()), as a (big) integer. */
  function time_ns(): uint;
  /** `secs` since the epoch (now when omitted or null) as a local calendar time tuple. */
  function localtime(secs?: number | null): DateTimeTuple;
  /** `secs` since the epoch (now when omitted or null) as a UTC calendar time tuple. */
  function gmtime(secs?: number | null): DateTimeTuple;
  /** The inverse of `localtime`: seconds since the epoch for a calendar time tuple. */
  function mktime(time: DateTimeTuple): number;
}

declare module "utime" {
  export * from "time";
}
