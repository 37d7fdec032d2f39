# The two commands: `make site` and `make test`. Each installs what is missing first.
BUILD   ?= build
JOBS    ?= $(shell nproc)
CMAKE_FLAGS ?=

.PHONY: site test deps deps-test configure compile cli clean fuzz bench serve install package

site: deps cli
	./$(BUILD)/toolkitgen build --content content --theme themes/default --out output

# CTest's output for a skipped test is only in its log: the "skip: <what is missing>" lines are shown after the run.
test: deps-test compile
	cd $(BUILD) && { ctest --output-on-failure -j $(JOBS); rc=$$?; \
	  grep -h '^skip: ' Testing/Temporary/LastTest.log 2>/dev/null | sort -u; exit $$rc; }

deps:
	@scripts/install-deps.sh build

deps-test:
	@scripts/install-deps.sh test

# Configures once; CMAKE_FLAGS (e.g. -DTOOLKITGEN_WERROR=ON) are applied to an existing build folder too.
configure:
	@if [ ! -f $(BUILD)/build.ninja ] || [ -n "$(CMAKE_FLAGS)" ]; then \
	  echo "cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS)"; \
	  cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS); fi

compile: configure
	cmake --build $(BUILD) -j $(JOBS)

# The generator alone (not the tests): what `make site`, `make serve` and `make bench` need.
cli: configure
	cmake --build $(BUILD) -j $(JOBS) --target toolkitgen

serve: deps cli
	./$(BUILD)/toolkitgen serve --content content --theme themes/default

bench: deps cli
	BUILD=$(BUILD) bench/site_bench.sh

# Install the program, the default theme, the example toolkit and the man page under PREFIX.
PREFIX ?= /usr/local
install: deps cli
	cmake --install $(BUILD) --prefix $(PREFIX)

# A Debian package (build/toolkitgen_VERSION_ARCH.deb): apt-get install ./build/toolkitgen_*.deb
package: deps cli
	@scripts/install-deps.sh package
	cd $(BUILD) && cpack -G DEB

clean:
	rm -rf $(BUILD)

# Fuzzing (clang + libFuzzer, ASan, UBSan): builds fuzz/ in $(FUZZ_BUILD), then runs each target FUZZ_SECONDS
# from the content/ seeds; crashes land in $(FUZZ_BUILD)/fuzz-artifacts/<target>/ (copy them to tests/regress/).
FUZZ_BUILD   ?= build-fuzz
FUZZ_SECONDS ?= 60

fuzz: deps-test
	JOBS=$(JOBS) bash fuzz/build.sh $(FUZZ_BUILD)
	bash fuzz/run.sh $(FUZZ_BUILD) $(FUZZ_SECONDS)
