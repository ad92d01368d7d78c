// The story's wasm against its floor (scripts/bench runs this before
// bench.mjs): builds the floor app (floor/: a minimal Leptos 0.8 csr app with
// the story's crates and release profile, built by Trunk the same way), then
// weighs both wasm files raw, gzip -9 and brotli 11, and reads twiggy's
// largest items of each (from wasm-bindgen's output of cargo's build, which
// keeps the names wasm-opt strips), grouped by crate and, for the story, by
// its own module. Writes results/weight.json for bench.mjs and prints a
// summary.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const floorDir = join(here, 'floor');
const target = join(root, 'target');
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', ...opts });

function sizes(file) {
  const b = readFileSync(file);
  return {
    raw: b.length,
    gzip: gzipSync(b, { level: 9 }).length,
    brotli: brotliCompressSync(b, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: b.length } }).length,
  };
}

/** The wasm a built site names (the one index.html's boot.js starts). */
function builtWasm(dist) {
  const names = readdirSync(dist).filter((f) => f.endsWith('_bg.wasm'));
  if (names.length !== 1) throw new Error(`${dist}: expected one *_bg.wasm, found ${names.length}`);
  return join(dist, names[0]);
}

// ---- the floor, built as the story is (same lock file, profile and flags)
copyFileSync(join(root, 'Cargo.lock'), join(floorDir, 'Cargo.lock'));
rmSync(join(floorDir, 'dist'), { recursive: true, force: true });
console.log('weight: building the floor app (end2end/bench/floor)');
run('trunk', ['build', '--release'], { cwd: floorDir, env: { ...process.env, CARGO_TARGET_DIR: target }, stdio: ['ignore', 'ignore', 'inherit'] });

const story = sizes(builtWasm(join(root, 'dist')));
const floor = sizes(builtWasm(join(floorDir, 'dist')));

// ---- twiggy: what the wasm is made of
const CRATE = /^(?:<|&(?:mut )?)*([A-Za-z_][A-Za-z0-9_]*)(?:\[[0-9a-f]+\])?::/;
function breakdown(cargoWasm, ours) {
  const tmp = mkdtempSync(join(tmpdir(), 'weight-'));
  try {
    run('wasm-bindgen', ['--target', 'web', '--out-dir', tmp, cargoWasm]);
    const out = readdirSync(tmp).find((f) => f.endsWith('_bg.wasm'));
    const csv = run('twiggy', ['top', '-n', '1000000', '--format', 'csv', join(tmp, out)], { maxBuffer: 64 << 20 });
    const crates = {};
    const modules = {};
    let total = 0;
    for (const line of csv.split('\n').slice(1)) {
      const m = line.match(/^"?(.*?)"?,(\d+),/);
      if (!m) continue;
      const [, name, size] = m;
      if (name.includes('function names')) continue;
      const bytes = Number(size);
      total += bytes;
      const crate = name.startsWith('data segment') ? 'data' : name.match(CRATE)?.[1] ?? '(generic)';
      const own = name.includes(`${ours}::`) ? ours : crate;
      crates[own] = (crates[own] ?? 0) + bytes;
      if (own === ours) {
        const mod = name.match(new RegExp(`${ours}::((?:components::)?[a-z_]+)`))?.[1] ?? '?';
        modules[mod] = (modules[mod] ?? 0) + bytes;
      }
    }
    const top = (o, n) => Object.entries(o).sort((a, b) => b[1] - a[1]).slice(0, n);
    return { total, crates: top(crates, 14), modules: top(modules, 14) };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
const cargoWasm = (name) => join(target, 'wasm32-unknown-unknown', 'release', `${name}.wasm`);
const result = {
  story,
  floor,
  ratio: Object.fromEntries(['raw', 'gzip', 'brotli'].map((k) => [k, story[k] / floor[k]])),
  twiggy: existsSync(cargoWasm('minning')) ? { story: breakdown(cargoWasm('minning'), 'minning'), floor: breakdown(cargoWasm('floor'), 'floor') } : null,
};
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(join(here, 'results', 'weight.json'), JSON.stringify(result, null, 1));
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
for (const k of ['raw', 'gzip', 'brotli']) console.log(`weight: wasm ${k}: story ${kb(story[k])}, floor ${kb(floor[k])}, ${result.ratio[k].toFixed(2)}×`);
