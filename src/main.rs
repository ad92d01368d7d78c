#[cfg(target_arch = "wasm32")]
fn main() {
    minning::app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is a browser app: build it with `trunk build --release` (see README).");
}
