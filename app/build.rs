//! The form app's wasm (`pforte-app`) is linked with `--emit-relocs`: `cargo xtask dist`
//! splits it at the split points of src/chunks.rs, and wasm-split-cli needs the relocations
//! to move code into chunks. Only that binary: wasm-opt cannot optimise a wasm that still
//! carries them, and the other two pages are not split.

fn main() {
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg-bin=pforte-app=--emit-relocs");
    }
}
