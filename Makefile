# Two commands: `make run` starts Lettrine, `make check` runs the tests.
BUILD ?= build
MESON_FLAGS ?=

.PHONY: all deps run check clean

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

clean:
	rm -rf $(BUILD)

# --- issue 10, crash torture (not in CI): make torture [RUNS=1000] ---
RUNS ?= 1000
.PHONY: torture
torture: all
	build-aux/torture $(BUILD) $(RUNS)
