# dipdiff — the two commands of the README:
#   make demo   install what is missing, build, run the fullest analysis on samples/
#   make test   install what is missing, build (plain and ASan+UBSan), run every test
SHELL := /bin/bash
BUILD ?= build
SAN_BUILD ?= build-san
DEMO_OUT ?= out/demo
JOBS ?= $(shell nproc)
FUZZ_SECONDS ?= 30

.PHONY: all deps build build-san test test-plain test-san fuzz demo bench quality clean

all: build

deps:
	@scripts/install-deps.sh

build: deps
	@[ -f $(BUILD)/build.ninja ] || cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
	cmake --build $(BUILD) -j $(JOBS)

# Sanitizer build: clang, ASan + UBSan, and the libFuzzer targets.
build-san: deps
	@[ -f $(SAN_BUILD)/build.ninja ] || CC=clang CXX=clang++ cmake -S . -B $(SAN_BUILD) -G Ninja \
	  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDIPDIFF_SANITIZE=ON -DDIPDIFF_FUZZ=ON -DDIPDIFF_BENCH=OFF
	cmake --build $(SAN_BUILD) -j $(JOBS)

fuzz: build-san
	scripts/run-fuzzers.sh $(SAN_BUILD) $(FUZZ_SECONDS)

test-plain: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

test-san: build-san
	cd $(SAN_BUILD) && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ctest --output-on-failure -j $(JOBS)

test: build build-san
	$(MAKE) --no-print-directory fuzz
	$(MAKE) --no-print-directory test-san
	$(MAKE) --no-print-directory test-plain

demo: build
	scripts/demo.sh $(BUILD)/dipdiff $(DEMO_OUT)

bench: build
	scripts/bench-read.sh $(BUILD)

# Accuracy on the labelled sets (tests/data/): prints precision and recall of
# topic tagging, coverage, aligned pairs and omissions.
quality: build
	$(BUILD)/tests/dipdiff_tests --gtest_filter='TopicTaggerLabelledTest.*:AlignmentQualityTest.*:StanceQualityTest.*' | grep -E 'quality|OK|FAILED'

clean:
	rm -rf $(BUILD) $(SAN_BUILD) out
