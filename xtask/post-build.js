// After trunk: run by `cargo xtask dist` as `node xtask/post-build.js DIST TOOLS_DIR`.
//
// 1. Minifies wasm-bindgen's JS glue with terser (trunk's own minifier fails on it).
// 2. Paints first, then loads the app: trunk's index.html preloads the glue and the wasm and
//    starts them at once, so on a weak connection ~220 KB of wasm compete with the stylesheet
//    and the shell's first texts (which the server fills in) for the first paint. The
//    preloads go, and the loader imports the glue one frame after the first paint.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const [dist, tools] = process.argv.slice(2);
const { minify } = require(path.join(tools, "node_modules", "terser"));

function once(text, pattern, what) {
  const found = text.match(new RegExp(pattern.source, "g")) || [];
  if (found.length !== 1) throw new Error(`index.html: expected one ${what}, found ${found.length}`);
  return found[0];
}

(async () => {
  const glue = fs.readdirSync(dist).filter((f) => f.endsWith(".js") && f !== "sw.js");
  if (glue.length !== 1) throw new Error(`expected one JS glue file in ${dist}, found ${glue}`);
  const file = path.join(dist, glue[0]);
  const before = fs.readFileSync(file, "utf8");
  const out = await minify(before, { module: true, compress: true, mangle: true });
  fs.writeFileSync(file, out.code);
  console.log(`minified ${glue[0]}: ${before.length} -> ${out.code.length} bytes`);

  const indexPath = path.join(dist, "index.html");
  let index = fs.readFileSync(indexPath, "utf8");
  const wasm = glue[0].replace(/\.js$/, "_bg.wasm");
  for (const [pattern, what] of [
    [/<link[^>]*rel="?modulepreload"?[^>]*>/, "modulepreload link"],
    [/<link[^>]*rel="?preload"?[^>]*>/, "wasm preload link"],
  ]) {
    index = index.replace(once(index, pattern, what), "");
  }
  const loader = once(index, /<script type="?module"?>[\s\S]*?<\/script>/, "inline loader");
  if (!loader.includes(glue[0]) || !loader.includes(wasm)) throw new Error("the loader names other files");
  index = index.replace(
    loader,
    "<script type=module>requestAnimationFrame(() => setTimeout(async () => {" +
      `const { default: init } = await import('/${glue[0]}');` +
      `await init({ module_or_path: '/${wasm}' });` +
      "}));</script>",
  );
  fs.writeFileSync(indexPath, index);
  console.log("index.html: the app loads after the first paint");
})().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
