// Interop check of Pforte's JWE profile against npm `jose` (the library family the browser
// side follows): run by intake/tests/office.rs, which passes NODE_PATH so that `jose` resolves
// from the pinned tool install ($HOME/.cache/pforte-tools/node_modules).
//
//   node jose-interop.mjs decrypt PRIVATE_KEY.pem   < compact JWE   > plaintext
//   node jose-interop.mjs encrypt PUBLIC_KEY.jwk CTY < plaintext    > compact JWE
//
// Decrypt prints the protected header as JSON on stderr, so the test can check it.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

// ESM ignores NODE_PATH; resolve `jose` through CommonJS resolution, which honours it.
const require = createRequire(import.meta.url);
const jose = await import(require.resolve("jose"));

const [command, keyFile, cty] = process.argv.slice(2);
const stdin = readFileSync(0);

if (command === "decrypt") {
  const key = await jose.importPKCS8(readFileSync(keyFile, "utf8"), "RSA-OAEP-256");
  const { plaintext, protectedHeader } = await jose.compactDecrypt(stdin.toString("utf8").trim(), key, {
    keyManagementAlgorithms: ["RSA-OAEP-256"],
    contentEncryptionAlgorithms: ["A256GCM"],
  });
  process.stderr.write(JSON.stringify(protectedHeader) + "\n");
  process.stdout.write(plaintext);
} else if (command === "encrypt") {
  const jwk = JSON.parse(readFileSync(keyFile, "utf8"));
  // The office JWK says key_ops ["wrapKey"] (FIT-Connect's convention), but jose wraps the
  // content key with WebCrypto's encrypt(), which needs the "encrypt" usage: import the key
  // material only, as FIT-Connect's clients do. (WebCrypto's own wrapKey() works with the JWK
  // as it is.)
  const key = await jose.importJWK({ kty: jwk.kty, n: jwk.n, e: jwk.e }, "RSA-OAEP-256");
  const jwe = await new jose.CompactEncrypt(stdin)
    .setProtectedHeader({ alg: "RSA-OAEP-256", enc: "A256GCM", kid: jwk.kid, cty })
    .encrypt(key);
  process.stdout.write(jwe);
} else {
  process.stderr.write("usage: jose-interop.mjs decrypt KEY.pem | encrypt KEY.jwk CTY\n");
  process.exit(2);
}
