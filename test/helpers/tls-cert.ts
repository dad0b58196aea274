// A self-signed X.509 certificate for test TLS servers, made at test time with Node's
// crypto only (no openssl needed): ECDSA P-256, CN names[0], subjectAltName `names` (DNS names
// and IPv4 addresses), valid for a day.
import * as crypto from "node:crypto";
import * as net from "node:net";

export function selfSignedCert(names: string[] = ["localhost"]): { key: string; cert: string } {
  const { privateKey, publicKey } = crypto.generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  const len = (n: number) => (n < 128 ? [n] : n < 256 ? [0x81, n] : [0x82, n >> 8, n & 255]);
  const tlv = (tag: number, ...parts: Buffer[]) => {
    const body = Buffer.concat(parts);
    return Buffer.concat([Buffer.from([tag, ...len(body.length)]), body]);
  };
  const seq = (...parts: Buffer[]) => tlv(0x30, ...parts);
  const oid = (hex: string) => tlv(0x06, Buffer.from(hex, "hex"));
  const time = (d: Date) => tlv(0x17, Buffer.from(d.toISOString().replace(/[-:T]/g, "").slice(2, 14) + "Z"));
  const name = seq(tlv(0x31, seq(oid("550403"), tlv(0x0c, Buffer.from(names[0])))));
  const ecdsaSha256 = seq(oid("2a8648ce3d040302"));
  const now = Date.now();
  const extensions = seq(
    // basicConstraints: a CA (it signs itself)
    seq(oid("551d13"), tlv(0x01, Buffer.from([0xff])), tlv(0x04, seq(tlv(0x01, Buffer.from([0xff]))))),
    // subjectAltName: the DNS names and IP addresses
    seq(
      oid("551d11"),
      tlv(0x04, seq(...names.map((n) => (net.isIPv4(n) ? tlv(0x87, Buffer.from(n.split(".").map(Number))) : tlv(0x82, Buffer.from(n)))))),
    ),
  );
  const tbs = seq(
    tlv(0xa0, tlv(0x02, Buffer.from([2]))),
    tlv(0x02, Buffer.from([1, ...crypto.randomBytes(8)])),
    ecdsaSha256,
    name,
    seq(time(new Date(now - 3600_000)), time(new Date(now + 86400_000))),
    name,
    publicKey.export({ type: "spki", format: "der" }),
    tlv(0xa3, extensions),
  );
  const signature = crypto.sign("sha256", tbs, privateKey);
  const der = seq(tbs, ecdsaSha256, tlv(0x03, Buffer.from([0]), signature));
  const cert =
    "-----BEGIN CERTIFICATE-----\n" +
    der.toString("base64").replace(/.{64}/g, "$&\n").replace(/\n?$/, "\n") +
    "-----END CERTIFICATE-----\n";
  return { key: privateKey.export({ type: "pkcs8", format: "pem" }).toString(), cert };
}
