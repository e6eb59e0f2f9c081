# Two commands: `make run` starts Lettrine, `make check` runs the tests.
# `make check-sanitize` builds with clang, ASan and UBSan into build-asan/ and
# runs the whole suite there; `make valgrind` runs the core and store suites
# under valgrind --leak-check=full.
BUILD ?= build
ASAN_BUILD ?= build-asan
MESON_FLAGS ?=

.PHONY: all deps run check check-sanitize valgrind clean

all: deps $(BUILD)/build.ninja
	ninja -C $(BUILD)

deps:
	@build-aux/install-deps

$(BUILD)/build.ninja:
	meson setup $(BUILD) $(MESON_FLAGS)

run: all
	$(BUILD)/src/lettrine

check: all
	build-aux/run-tests $(BUILD)

# --- issue 10, sanitizers and valgrind ---
# b_lundef=false: with clang the sanitizer runtimes are linked into the
# executables only, so shared objects may not be linked with -z defs.
$(ASAN_BUILD)/build.ninja:
	CC=clang meson setup $(ASAN_BUILD) $(MESON_FLAGS) \
	  -Db_sanitize=address,undefined -Db_lundef=false

check-sanitize: deps $(ASAN_BUILD)/build.ninja
	ninja -C $(ASAN_BUILD)
	build-aux/run-sanitized $(ASAN_BUILD)

valgrind: all
	build-aux/run-valgrind $(BUILD)

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)

# --- issue 10, crash torture (not in CI): make torture [RUNS=1000] ---
RUNS ?= 1000
.PHONY: torture
torture: all
	build-aux/torture $(BUILD) $(RUNS)

# --- issue 15, what the user waits for, in the app (not in CI) ---
# make bench [BENCH_ARGS="--runs 5 --with-2m"]
BENCH_ARGS ?= --runs 5
.PHONY: bench
bench: all
	NO_AT_BRIDGE=1 dbus-run-session -- xvfb-run -a -s "-screen 0 1280x1024x24" \
	  build-aux/bench-app $(BUILD) $(BENCH_ARGS)
