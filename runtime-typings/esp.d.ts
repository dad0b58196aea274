// MicroPython's esp module on the ESP32: system log level, raw flash access and low-level GPIO
// routing. Deep sleep is machine.deepsleep() on the ESP32 (esp.deepsleep is ESP8266 only), and the
// DHT sensor helper moved to machine.dht_readinto (the `dht` module uses it).

declare module "esp" {
  /** An ESP-IDF log level for `osdebug`: `LOG_NONE` .. `LOG_VERBOSE`. */
  type LogLevel = Brand<"LogLevel">;

  /**
   * Choose which ESP-IDF system messages reach the serial console: `osdebug(null)` keeps only
   * errors, `osdebug(0, esp.LOG_INFO)` shows messages up to `level` (the first argument is a UART number).
   */
  function osdebug(uart: number | null, level?: LogLevel): void;
  /** Read flash memory at `byteOffset` into `buf`, filling it completely; raises OSError on failure. */
  function flash_read(byteOffset: number, buf: bytearray | memoryview | Uint8Array): void;
  /** Write `data` to flash at `byteOffset` (the sector must be erased first); raises OSError on failure. */
  function flash_write(byteOffset: number, data: BytesLike): void;
  /** Erase one 4096-byte flash sector (`sector` is the byte offset divided by 4096). */
  function flash_erase(sector: number): void;
  /** The size of the flash chip in bytes. */
  function flash_size(): number;
  /** The byte offset where the user part of the flash (the filesystem) begins. */
  function flash_user_start(): number;
  /** Route a GPIO pin to an internal peripheral input signal (ESP-IDF signal number), `inv` true to invert it. */
  function gpio_matrix_in(pin: number, signal: number, inv: boolean | number): void;
  /** Route an internal peripheral output signal to a GPIO pin, inverting the output and/or the output enable. */
  function gpio_matrix_out(pin: number, signal: number, outInv: boolean | number, oenInv: boolean | number): void;

  /** No system messages. */
  const LOG_NONE: LogLevel;
  /** Only errors (what `osdebug(null)` sets). */
  const LOG_ERROR: LogLevel;
  /** Errors and warnings. */
  const LOG_WARNING: LogLevel;
  /** Also information about normal events. */
  const LOG_INFO: LogLevel;
  /** Also debugging details. */
  const LOG_DEBUG: LogLevel;
  /** Everything, which can flood the console. */
  const LOG_VERBOSE: LogLevel;
}
