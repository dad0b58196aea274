// MicroPython's os module (also importable as uos): files and directories on the
// board's flash, filesystem mounting, the REPL terminal, and system information.

declare module "os" {
  /**
   * What `stat` returns, as in CPython: (mode, inode, device, links, uid, gid, size, atime,
   * mtime, ctime). `mode & 0x4000` is set for a directory, `mode & 0x8000` for a file;
   * times are seconds since the epoch (0 where the filesystem keeps none).
   */
  type StatResult = [
    mode: number,
    ino: number,
    dev: number,
    nlink: number,
    uid: number,
    gid: number,
    size: number,
    atime: number,
    mtime: number,
    ctime: number,
  ];
  /**
   * What `statvfs` returns: (block size, fragment size, total blocks, free blocks, blocks free
   * to users, inodes, free inodes, inodes free to users, flags, longest name). Free space in
   * bytes is `f_bsize * f_bfree`; the inode fields may be 0.
   */
  type StatVfsResult = [
    f_bsize: number,
    f_frsize: number,
    f_blocks: number,
    f_bfree: number,
    f_bavail: number,
    f_files: number,
    f_ffree: number,
    f_favail: number,
    f_flag: number,
    f_namemax: number,
  ];
  /** One directory entry from `ilistdir`: (name, type 0x4000 directory or 0x8000 file, inode or 0, size in bytes or -1 when unknown). */
  type DirEntry = [name: string, type: number, inode: number, size?: number];
  /**
   * What `uname` returns: a tuple of five strings, read by name here (`os.uname().release`).
   */
  interface UnameResult {
    /** The system name, such as `"esp32"`. */
    readonly sysname: string;
    /** The network name (often the same as sysname). */
    readonly nodename: string;
    /** The MicroPython release, such as `"1.27.0"`. */
    readonly release: string;
    /** The MicroPython version and build date. */
    readonly version: string;
    /** The board and chip, such as `"Generic ESP32 module with ESP32"`. */
    readonly machine: string;
  }

  /** Information about the board and the firmware it runs. */
  function uname(): UnameResult;
  /** `n` random bytes from the hardware random number generator. */
  function urandom(n: number): bytes;

  /** Change the current directory. */
  function chdir(path: string): void;
  /** The current directory, such as `"/"`. */
  function getcwd(): string;
  /** The names in a directory (the current one when omitted), without `.` and `..`. */
  function listdir(dir?: string): string[];
  /** The entries of a directory (the current one when omitted) one by one, with their type: cheaper than `listdir` for large folders. */
  function ilistdir(dir?: string): Iterable<DirEntry>;
  /** Create a directory; raises OSError (EEXIST) when it exists. */
  function mkdir(path: string): void;
  /** Delete an empty directory. */
  function rmdir(path: string): void;
  /** Delete a file. */
  function remove(path: string): void;
  /** Rename or move a file or directory. */
  function rename(old_path: string, new_path: string): void;
  /** Size, type and times of a file or directory; raises OSError (ENOENT) when it does not exist. */
  function stat(path: string): StatResult;
  /** Size and free space of the filesystem that holds `path`. */
  function statvfs(path: string): StatVfsResult;
  /** Write all cached filesystem data to the flash. */
  function sync(): void;

  /**
   * Repeat the REPL on `stream` (output copied to it, its input typed into the REPL), in
   * slot `index`; null stops it. The stream must be non-blocking, with `readinto` and `write`.
   * Returns the stream that was in the slot before.
   */
  function dupterm(stream: object | null, index?: number): object | null;

  /**
   * Attach a filesystem at `mount_point` (such as `"/sd"`): a VfsFat or VfsLfs2 object, or
   * a block device to detect the filesystem on. `readonly` forbids writes through it.
   * (Also available as `vfs.mount`.)
   */
  function mount(
    fsobj: object,
    mount_point: string,
    options?: Kw<{
      /** true: mount it read-only. */
      readonly?: boolean;
    }>,
  ): void;
  /** Detach the filesystem mounted at `mount_point`. */
  function umount(mount_point: string): void;

  /** A FAT filesystem (as on SD cards) on a block device such as `machine.SDCard()`. */
  interface VfsFat {
    readonly __pythonType: "VfsFat";
  }
  /** How VfsFat is created: `VfsFat(bdev)` or `new VfsFat(bdev)`. */
  interface VfsFatConstructor {
    /** The filesystem on `block_dev`, ready to `mount`. */
    new (block_dev: object): VfsFat;
    /** The filesystem on `block_dev`, ready to `mount`. */
    (block_dev: object): VfsFat;
    /** Format `block_dev` with an empty FAT filesystem (erases it). */
    mkfs(block_dev: object): void;
  }
  /** A FAT filesystem: `os.mount(os.VfsFat(sd), "/sd")`. */
  const VfsFat: VfsFatConstructor;

  /** A littlefs (v2) filesystem, what the ESP32's internal flash uses: robust against power loss. */
  interface VfsLfs2 {
    readonly __pythonType: "VfsLfs2";
  }
  /** How VfsLfs2 is created: `VfsLfs2(bdev)` or `new VfsLfs2(bdev)`. */
  interface VfsLfs2Constructor {
    /** The filesystem on `block_dev`; the sizes are in bytes, `mtime` keeps modification times. */
    new (block_dev: object, readsize?: number, progsize?: number, lookahead?: number, mtime?: boolean): VfsLfs2;
    /** The filesystem on `block_dev`; the sizes are in bytes, `mtime` keeps modification times. */
    (block_dev: object, readsize?: number, progsize?: number, lookahead?: number, mtime?: boolean): VfsLfs2;
    /** Format `block_dev` with an empty littlefs filesystem (erases it). */
    mkfs(block_dev: object, readsize?: number, progsize?: number, lookahead?: number): void;
  }
  /** A littlefs filesystem: `os.VfsLfs2(bdev)`. */
  const VfsLfs2: VfsLfs2Constructor;
}

declare module "uos" {
  export * from "os";
}
