// MicroPython's esp32 module: ESP32-specific features: wake-up sources for sleep, the chip's
// temperature sensor, ESP-IDF heap statistics, flash partitions (OTA updates) and the
// non-volatile key-value store (NVS). Not declared here: RMT, ULP and touch-timing helpers.

declare module "esp32" {
  import type { Pin } from "machine";

  /** A partition id for the Partition constructor: `Partition.BOOT` or `Partition.RUNNING`. */
  type PartitionId = Brand<"PartitionId">;
  /** A partition type for `Partition.find`: `Partition.TYPE_APP` or `Partition.TYPE_DATA`. */
  type PartitionType = Brand<"PartitionType">;
  /** A heap capability for `idf_heap_info`: `HEAP_DATA` or `HEAP_EXEC`. */
  type HeapCapability = Brand<"HeapCapability">;
  /** One ESP-IDF heap region, in bytes: its size, what is free, the largest free block and the least free ever seen. */
  type HeapInfo = [total: number, free: number, largestFree: number, minFree: number];
  /** What `Partition.info()` returns: (type, subtype, flash address, size in bytes, label, encrypted). */
  type PartitionInfo = [type: PartitionType, subtype: number, addr: number, size: number, label: string, encrypted: boolean];

  /** true: a touch pad (set up with `TouchPad.config`) wakes the board from sleep. */
  function wake_on_touch(wake: boolean): void;
  /** true: the ultra-low-power co-processor may wake the board from sleep. */
  function wake_on_ulp(wake: boolean): void;
  /**
   * Wake from sleep when one RTC-capable `pin` reaches `level` (`WAKEUP_ANY_HIGH` or
   * `WAKEUP_ALL_LOW`); null stops it. Cannot be combined with touch or ULP wake-up.
   */
  function wake_on_ext0(pin: Pin | null, level: boolean): void;
  /** Wake from sleep on several RTC-capable pins: any high (`WAKEUP_ANY_HIGH`) or all low (`WAKEUP_ALL_LOW`); null stops it. */
  function wake_on_ext1(pins: readonly Pin[] | null, level: boolean): void;
  /** true: pins set to hold keep their state during deep sleep. */
  function gpio_deep_sleep_hold(enable: boolean): void;
  /** Original ESP32 only: the raw reading of the chip's temperature sensor (roughly degrees Fahrenheit, and well above the room's). */
  function raw_temperature(): number;
  /** ESP32-S2, S3, C3 and C6 only: the chip's own temperature in degrees Celsius. */
  function mcu_temperature(): number;
  /**
   * The ESP-IDF heap regions with the capability `HEAP_DATA` or `HEAP_EXEC`: how much memory
   * Wi-Fi and the other ESP-IDF parts still have (for Python's heap use `gc.mem_free()`).
   */
  function idf_heap_info(capabilities: HeapCapability): HeapInfo[];

  /** Wake-up level for `wake_on_ext0`/`wake_on_ext1`: all pins low (false). */
  const WAKEUP_ALL_LOW: false;
  /** Wake-up level for `wake_on_ext0`/`wake_on_ext1`: any pin high (true). */
  const WAKEUP_ANY_HIGH: true;
  /** Heap regions for data. */
  const HEAP_DATA: HeapCapability;
  /** Heap regions for executable code (native functions). */
  const HEAP_EXEC: HeapCapability;

  /** A flash partition: a block device that can also be chosen for booting (over-the-air updates). */
  interface Partition {
    /** Its (type, subtype, address, size, label, encrypted). */
    info(): PartitionInfo;
    /** Read blocks from `blockNum` into `buf` (a multiple of the block size), or from `offset` bytes into the block. */
    readblocks(blockNum: number, buf: bytearray | memoryview | Uint8Array, offset?: number): void;
    /** Write `buf` at `blockNum` (erasing first), or at `offset` bytes into the block (the caller erases). */
    writeblocks(blockNum: number, buf: BytesLike, offset?: number): void;
    /** Block-device control for `os.VfsFat`/`os.VfsLfs2`: `cmd` 4 is the block count, 5 the block size, 6 erases block `arg`. */
    ioctl(cmd: number, arg: number): number | null;
    /** Boot from this partition at the next reset. */
    set_boot(): void;
    /** The OTA partition to write the next update to, after this one: `Partition(Partition.RUNNING).get_next_update()`. */
    get_next_update(): Partition;
    readonly __pythonType: "Partition";
  }

  interface PartitionConstructor {
    /** The partition with this label (such as `"vfs"`) or id (`Partition.BOOT`, `Partition.RUNNING`); `blockSize` is in bytes (default 4096). */
    new (id: string | PartitionId, blockSize?: number): Partition;
    (id: string | PartitionId, blockSize?: number): Partition;
    /** The partitions matching `type` (default `TYPE_APP`), `subtype` (0xff: any) and `label` (null: any); possibly none. */
    find(type?: PartitionType, subtype?: number, label?: string | null, blockSize?: number): Partition[];
    /** Mark the running firmware as good, so the bootloader will not roll back to the previous one (call it after an OTA update boots well). */
    mark_app_valid_cancel_rollback(): void;
    /** The partition that boots at the next reset. */
    readonly BOOT: PartitionId;
    /** The partition running now. */
    readonly RUNNING: PartitionId;
    /** Firmware partitions (`factory`, `ota_0`, ...). */
    readonly TYPE_APP: PartitionType;
    /** Data partitions (`nvs`, `vfs`, ...). */
    readonly TYPE_DATA: PartitionType;
  }
  /** A flash partition: `Partition(Partition.RUNNING)`, or `Partition.find(Partition.TYPE_DATA, 0xff, "vfs")`. */
  const Partition: PartitionConstructor;

  /** A namespace of the non-volatile store: small values that survive resets and power loss. Call `commit()` to save changes. */
  interface NVS {
    /** Store a 32-bit signed integer under `key` (at most 15 characters). */
    set_i32(key: string, value: number): void;
    /** The integer stored under `key`; raises OSError when there is none (or it is a blob). */
    get_i32(key: string): number;
    /** Store bytes (or the UTF-8 of a string) under `key`. */
    set_blob(key: string, value: BytesLike | string): void;
    /** Read the blob stored under `key` into `buf`; returns its length. Raises OSError when there is none or `buf` is too small. */
    get_blob(key: string, buf: bytearray): number;
    /** Remove `key`; raises OSError when there is none. */
    erase_key(key: string): void;
    /** Write the changes to flash; without it they are lost at the next reset. */
    commit(): void;
    readonly __pythonType: "NVS";
  }

  interface NVSConstructor {
    /** The namespace `namespace` (at most 15 characters), created when it does not exist yet. */
    new (namespace: string): NVS;
    (namespace: string): NVS;
  }
  /** Non-volatile storage: `const nvs = esp32.NVS("app"); nvs.set_i32("boots", 1); nvs.commit()`. */
  const NVS: NVSConstructor;
}
