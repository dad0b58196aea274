// MicroPython's hashlib module: SHA-256, SHA-1 and MD5 digests (the ESP32 firmware has all
// three; SHA-1 and MD5 only for old protocols). There is no hexdigest(): write
// binascii.hexlify(h.digest()). A hash object cannot be copied or reused after digest().

declare module "hashlib" {
  interface Hash {
    /** Add more data to what is hashed. */
    update(data: BytesLike | string): void;
    /** The digest of everything added (32 bytes for SHA-256, 20 for SHA-1, 16 for MD5); the object is finished. */
    digest(): bytes;
    readonly __pythonType: "hash";
  }
  interface HashConstructor {
    /** A new hash, optionally fed `data` first. */
    new (data?: BytesLike | string): Hash;
    /** A new hash, optionally fed `data` first. */
    (data?: BytesLike | string): Hash;
  }
  /** SHA-256: `hashlib.sha256(b\`abc\`).digest()`. */
  const sha256: HashConstructor;
  /** SHA-1 (20 bytes), for protocols that need it (WebSocket handshakes). */
  const sha1: HashConstructor;
  /** MD5 (16 bytes), for old protocols and checksums; not secure. */
  const md5: HashConstructor;
}
