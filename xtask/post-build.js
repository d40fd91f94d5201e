// After trunk: run by `cargo xtask dist` as `node xtask/post-build.js DIST TOOLS_DIR PAGE…`
// (index.html, desk.html: each page has its own glue and wasm). For each page:
//
// 1. Minifies wasm-bindgen's JS glue with terser (trunk's own minifier fails on it).
// 2. Paints first, then loads the app: trunk's page preloads the glue and the wasm and
//    starts them at once, so on a weak connection ~220 KB of wasm compete with the stylesheet
//    and the shell's first texts (which the server fills in) for the first paint. The
//    preloads go, and the loader imports the glue one frame after the first paint.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const [dist, tools, ...pages] = process.argv.slice(2);
const { minify } = require(path.join(tools, "node_modules", "terser"));

function once(text, pattern, what, page) {
  const found = text.match(new RegExp(pattern.source, "g")) || [];
  if (found.length !== 1) throw new Error(`${page}: expected one ${what}, found ${found.length}`);
  return found[0];
}

async function post(page) {
  const pagePath = path.join(dist, page);
  let html = fs.readFileSync(pagePath, "utf8");
  const loader = once(html, /<script type="?module"?>[\s\S]*?<\/script>/, "inline loader", page);
  // The glue the loader imports: /pforte-<bin>-<hash>.js.
  const named = loader.match(/\/([\w.-]+)\.js/);
  if (!named) throw new Error(`${page}: the loader names no glue`);
  const glue = `${named[1]}.js`;
  const wasm = `${named[1]}_bg.wasm`;
  if (!loader.includes(wasm)) throw new Error(`${page}: the loader names another wasm`);
  const file = path.join(dist, glue);
  const before = fs.readFileSync(file, "utf8");
  const out = await minify(before, { module: true, compress: true, mangle: true });
  fs.writeFileSync(file, out.code);
  console.log(`minified ${glue}: ${before.length} -> ${out.code.length} bytes`);
  // The form app's chunk loader (xtask/src/split.rs), which the glue imports.
  const loaderName = out.code.match(/pforte-app-split-[0-9a-f]{16}\.js/);
  if (loaderName) {
    const loaderFile = path.join(dist, loaderName[0]);
    const text = fs.readFileSync(loaderFile, "utf8");
    const small = await minify(text, { module: true, compress: true, mangle: true });
    fs.writeFileSync(loaderFile, small.code);
    console.log(`minified ${loaderName[0]}: ${text.length} -> ${small.code.length} bytes`);
  }

  for (const [pattern, what] of [
    [/<link[^>]*rel="?modulepreload"?[^>]*>/, "modulepreload link"],
    [/<link[^>]*rel="?preload"?[^>]*>/, "wasm preload link"],
  ]) {
    html = html.replace(once(html, pattern, what, page), "");
  }
  html = html.replace(
    loader,
    "<script type=module>requestAnimationFrame(() => setTimeout(async () => {" +
      `const { default: init } = await import('/${glue}');` +
      `await init({ module_or_path: '/${wasm}' });` +
      "}));</script>",
  );
  fs.writeFileSync(pagePath, html);
  console.log(`${page}: the app loads after the first paint`);
}

(async () => {
  for (const page of pages) await post(page);
})().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
