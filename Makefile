# wasim — make serve | make test | make build | make bench | make fuzz | make screenshot
# Every target installs what it needs first (the wasm target, wasm-bindgen-cli at the version
# of Cargo.lock, npm packages, Debian's Chromium), so both work on a fresh machine.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
PORT ?= 8080
CARGO_BIN := $(HOME)/.cargo/bin
export PATH := $(CARGO_BIN):$(CURDIR)/node_modules/.bin:$(PATH)
WASM_BINDGEN_VERSION = $(shell awk '/^name = "wasm-bindgen"$$/{getline; gsub(/[^0-9.]/,""); print; exit}' Cargo.lock)
WASM := target/wasm32-unknown-unknown/wasm/wasim.wasm
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all setup setup-rust setup-node setup-chromium build serve test test-rust test-wasm test-browser bench fuzz screenshot clean model

all: build

setup: setup-rust setup-node

setup-rust:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@if [ "$$(wasm-bindgen --version 2>/dev/null | awk '{print $$2}')" != "$(WASM_BINDGEN_VERSION)" ]; then \
	  echo "installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) (about 2 minutes)"; \
	  cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION); fi

setup-node:
	@if [ ! -d node_modules/playwright-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then \
	  npm ci --no-audit --no-fund; fi

setup-chromium:
	@if [ ! -x /usr/bin/chromium ]; then \
	  echo "installing Debian's chromium for the browser tests"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium >/dev/null; fi

# The page: the core compiled to WASM (profile `wasm`), bindings for ES modules, wasm-opt -Oz.
build: setup
	cargo build --lib --target wasm32-unknown-unknown --profile wasm
	rm -rf www/pkg && mkdir -p www/pkg
	wasm-bindgen --target web --no-typescript --out-dir www/pkg $(WASM)
	wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
	  --enable-mutable-globals --enable-reference-types --enable-multivalue --strip-debug --strip-producers \
	  -o www/pkg/wasim_bg.wasm www/pkg/wasim_bg.wasm
	@ls -l www/pkg/wasim_bg.wasm | awk '{printf "www/pkg/wasim_bg.wasm: %d bytes\n", $$5}'

serve: build
	node tools/serve.mjs $(PORT)

# Every test: Rust unit, golden, property and CLI tests; the WASM API under node; the page in Chromium.
test: build setup-chromium test-rust test-wasm test-browser

test-rust:
	cargo test --release

test-wasm: setup-rust
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	  cargo test --release --target wasm32-unknown-unknown --test wasm_api

test-browser: build setup-chromium
	cargo build --release --bin wasim
	node --test --test-concurrency=1 tests/browser/

# The tagger's weights, from the corpus's train split alone (deterministic: the same corpus gives
# the same bytes, which tests/tagger.rs checks). Run after `python3 tools/corpus.py build`;
# src/tagger/model.bin is committed with the corpus it was trained on.
model:
	cargo run --release --quiet --bin wasim-train -- corpus/train.jsonl --out src/tagger/model.bin --dev corpus/dev.jsonl

# BASELINE=<commit>: that commit is built in target/baseline too, and its core and CLI start-up are
# timed in turn with this build's, in the same run (the machine's speed varies by a fifth).
BASELINE ?=
bench: build setup-chromium
	cargo build --release --bin wasim --bin wasim-bench
	@if [ -n "$(BASELINE)" ]; then \
	  rm -rf target/baseline-src && git worktree prune && git worktree add --detach target/baseline-src $(BASELINE) >/dev/null && \
	  CARGO_TARGET_DIR=$(CURDIR)/target/baseline cargo build --release --quiet --manifest-path target/baseline-src/Cargo.toml --bin wasim --bin wasim-bench && \
	  git worktree remove --force target/baseline-src; fi
	BASELINE=$(BASELINE) BASELINE_DIR=$(if $(BASELINE),$(CURDIR)/target/baseline/release) node tools/bench.mjs

# One minute of libFuzzer over annotate. cargo-fuzz wants nightly flags; the one stable
# toolchain here accepts them with RUSTC_BOOTSTRAP. Inputs that crash are kept under
# fuzz/artifacts/annotate; copy each into fuzz/regressions/ (replayed by tests/fuzz_regressions.rs) once fixed.
fuzz:
	@cargo fuzz --version >/dev/null 2>&1 || cargo install cargo-fuzz
	cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run annotate --fuzz-dir . -- -max_total_time=60 -max_len=4096 -dict=annotate.dict

screenshot: build setup-chromium
	node tools/screenshot.mjs docs/screenshot.png

clean:
	cargo clean
	rm -rf www/pkg
