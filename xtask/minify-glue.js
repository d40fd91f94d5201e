// Minifies wasm-bindgen's JS glue in dist/ with terser (trunk's own minifier fails on it) and
// rewrites its subresource-integrity hash in index.html. Run by `cargo xtask dist`:
//   node xtask/minify-glue.js DIST TOOLS_DIR
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const crypto = require("node:crypto");

const [dist, tools] = process.argv.slice(2);
const { minify } = require(path.join(tools, "node_modules", "terser"));
const sri = (bytes) => "sha384-" + crypto.createHash("sha384").update(bytes).digest("base64");

(async () => {
  const glue = fs.readdirSync(dist).filter((f) => f.endsWith(".js") && f !== "sw.js");
  if (glue.length !== 1) throw new Error(`expected one JS glue file in ${dist}, found ${glue}`);
  const file = path.join(dist, glue[0]);
  const before = fs.readFileSync(file);
  const out = await minify(before.toString("utf8"), { module: true, compress: true, mangle: true });
  fs.writeFileSync(file, out.code);
  const indexPath = path.join(dist, "index.html");
  const index = fs.readFileSync(indexPath, "utf8");
  const old = sri(before);
  if (!index.includes(old)) throw new Error(`index.html has no integrity ${old} for ${glue[0]}`);
  fs.writeFileSync(indexPath, index.replace(old, sri(out.code)));
  console.log(`minified ${glue[0]}: ${before.length} -> ${out.code.length} bytes`);
})().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
