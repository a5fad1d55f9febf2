# newsgraph -- Chinese government news into a knowledge graph.
# `make deps` installs what the build and the tests need (Debian);
# `make` builds ./newsgraph; `make test` runs every test; `make check` runs
# them again under AddressSanitizer and UndefinedBehaviorSanitizer.

BUILD   ?= build
Q       ?= @ # make Q= shows the full compiler commands
CC      ?= cc
PKGS     = sqlite3 icu-uc icu-i18n raptor2 rasqal
SHARED  ?= ../shared
DATA_DIR = $(CURDIR)/data

WARN = -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes \
       -Wmissing-prototypes -Wwrite-strings -Wundef -Wformat=2 \
       -Wimplicit-fallthrough -Wno-format-nonliteral
OPT     ?= -O2 -g
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
CFLAGS_ALL = -std=c11 -D_DEFAULT_SOURCE -D_POSIX_C_SOURCE=200809L $(WARN) \
             $(OPT) -I. $(PKG_CFLAGS) -DNG_DATA_DIR='"$(DATA_DIR)"' \
             $(SANITIZE) $(CFLAGS)
LIBS       = $(PKG_LIBS) -lreadline -lpthread -lm

LIB_SRC  = $(wildcard graph/*.c extract/*.c exports/*.c) \
           $(filter-out shell/main.c,$(wildcard shell/*.c))
LIB_OBJ  = $(LIB_SRC:%.c=$(BUILD)/%.o)
MAIN_OBJ = $(BUILD)/shell/main.o
TEST_SRC = $(wildcard tests/unit/test_*.c)
TEST_BIN = $(TEST_SRC:tests/unit/%.c=$(BUILD)/tests/%)

.PHONY: all deps have-deps test test-run demo-run check demo eval eval-heldout eval-names eval-ner eval-ner-gov bench fuzz fuzz-run leakcheck format lint \
        check-syms check-headers clean

all: newsgraph

newsgraph: $(BUILD)/newsgraph
	@if [ "$(BUILD)" = build ]; then ln -sf $(BUILD)/newsgraph newsgraph; fi

$(BUILD)/newsgraph: $(LIB_OBJ) $(MAIN_OBJ)
	@echo "  LD  $@"
	$(Q)$(CC) $(CFLAGS_ALL) -o $@ $^ $(LIBS) $(LDFLAGS)

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "  CC  $<"
	$(Q)$(CC) $(CFLAGS_ALL) -MMD -MP -c -o $@ $<

$(BUILD)/tests/%: tests/unit/%.c $(LIB_OBJ)
	@mkdir -p $(dir $@)
	@echo "  CC  $<"
	$(Q)$(CC) $(CFLAGS_ALL) -o $@ $< $(LIB_OBJ) $(LIBS) $(LDFLAGS)

-include $(LIB_OBJ:.o=.d) $(MAIN_OBJ:.o=.d)

# Debian packages for the build, the tests and the tools they call.
DEB_PKGS = build-essential pkg-config libsqlite3-dev libicu-dev \
           libraptor2-dev librasqal3-dev libreadline-dev raptor2-utils \
           python3 python3-rdflib sqlite3 graphviz tmux valgrind clang libclang-rt-14-dev \
           clang-format poppler-utils
SUDO = $(shell [ "$$(id -u)" = 0 ] || echo sudo)
deps:
	$(SUDO) apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(DEB_PKGS)

# On a fresh machine the first `make demo` or `make test` installs the
# packages; the flags from pkg-config are read again in a sub-make.
have-deps:
	@pkg-config --exists $(PKGS) && [ -f /usr/include/readline/readline.h ] \
	  && command -v rapper >/dev/null && command -v pdftotext >/dev/null \
	  || $(MAKE) deps

test: have-deps
	@$(MAKE) --no-print-directory test-run

test-run: $(BUILD)/newsgraph $(TEST_BIN) check-headers
	@BUILD=$(BUILD) SHARED=$(SHARED) sh tests/run.sh

check:
	$(MAKE) BUILD=build-check \
	  SANITIZE='-fsanitize=address,undefined -fno-sanitize-recover=all' \
	  OPT='-O1 -g -fno-omit-frame-pointer' test-run

# The main job on the sample corpus: the project's own sample, and the
# dev corpus when ../shared is there.
demo: have-deps
	@$(MAKE) --no-print-directory demo-run

demo-run: $(BUILD)/newsgraph
	@rm -f demo.db demo.db-wal demo.db-shm
	$(BUILD)/newsgraph build -d demo.db sample
	@if [ -d $(SHARED)/corpus/dev ]; then \
	  $(BUILD)/newsgraph build -d demo.db $(SHARED)/corpus/dev; fi
	$(BUILD)/newsgraph stats -d demo.db
	$(BUILD)/newsgraph export -d demo.db -f turtle -o demo.ttl
	@echo "demo: the graph is in demo.db, as Turtle in demo.ttl;" \
	  "try ./newsgraph shell -d demo.db"

eval: $(BUILD)/newsgraph
	@rm -f $(BUILD)/eval.db $(BUILD)/eval.db-wal $(BUILD)/eval.db-shm
	@$(BUILD)/newsgraph build -q -d $(BUILD)/eval.db $(SHARED)/corpus/dev
	@$(BUILD)/newsgraph export -d $(BUILD)/eval.db -f nquads -o $(BUILD)/eval.nq
	@python3 $(SHARED)/eval/score.py $(BUILD)/eval.nq $(SHARED)/corpus/dev/gold $(EVAL_FLAGS)

# A held-out set (invented persons, gold written before the program ran on
# them): tests/heldout, or another folder of the same shape given as
# HELDOUT=tests/heldout2; the build skips the .json files of its gold/.
HELDOUT ?= tests/heldout
eval-heldout: $(BUILD)/newsgraph
	@rm -f $(BUILD)/heldout.db $(BUILD)/heldout.db-wal $(BUILD)/heldout.db-shm
	@$(BUILD)/newsgraph build -q -d $(BUILD)/heldout.db $(HELDOUT)
	@$(BUILD)/newsgraph export -d $(BUILD)/heldout.db -f nquads -o $(BUILD)/heldout.nq
	@python3 $(SHARED)/eval/score.py $(BUILD)/heldout.nq $(HELDOUT)/gold $(EVAL_FLAGS)

# Span F1 of the entity recognizers on the public NER data of ../shared.
NER_SETS = peoples_daily/dev resume/dev cluener/train_sample
eval-ner: $(BUILD)/ner-spans
	@for d in $(NER_SETS); do \
	  $(BUILD)/ner-spans $(SHARED)/data/ner/$$d/docs.txt >$(BUILD)/ner.tsv && \
	  python3 scripts/ner_score.py $$d $(SHARED)/data/ner/$$d/gold.tsv \
	    $(BUILD)/ner.tsv || exit 1; done

# The same on the People's Daily sentences that read like government news
# (scripts/ner_gov.py); EVAL_FLAGS=-v lists the misses.
# The development sets with every gold person renamed from the public NER
# data (scripts/name_swap.py): how the recognizers fare on names they have
# never seen, in the contexts of real articles. SEED picks the names.
NAME_SETS ?= $(SHARED)/corpus/dev tests/heldout tests/heldout2 tests/heldout3 \
             tests/heldout4 tests/heldout5 tests/heldout6 tests/heldout7 \
             tests/heldout8 tests/heldout9
NER_GOLD   = $(wildcard $(SHARED)/data/ner/*/*/gold.tsv)
SEED ?= 1
eval-names: $(BUILD)/newsgraph
	@for s in $(NAME_SETS); do \
	  o=$(BUILD)/names/$$(basename $$s); rm -rf $$o $$o.db $$o.db-wal $$o.db-shm; \
	  python3 scripts/name_swap.py --seed $(SEED) $$s $$o $(NER_GOLD) 2>/dev/null && \
	  $(BUILD)/newsgraph build -q -d $$o.db $$o && \
	  $(BUILD)/newsgraph export -d $$o.db -f nquads -o $$o.nq && \
	  printf '%-10s' $$(basename $$s) && \
	  python3 $(SHARED)/eval/score.py $$o.nq $$o/gold $(EVAL_FLAGS) | \
	    awk '/^== |persons: /{print} /^(persons|holds|attend) +[0-9]/{printf " %s %s", $$1, $$4} /^overall/{print " overall", $$NF}' \
	  || exit 1; \
	done

eval-ner-gov: $(BUILD)/ner-spans
	@$(BUILD)/ner-spans $(SHARED)/data/ner/peoples_daily/dev/docs.txt \
	  >$(BUILD)/ner-gov.tsv && \
	  python3 scripts/ner_gov.py $(EVAL_FLAGS) \
	    $(SHARED)/data/ner/peoples_daily/dev/docs.txt \
	    $(SHARED)/data/ner/peoples_daily/dev/gold.tsv $(BUILD)/ner-gov.tsv

$(BUILD)/ner-spans: scripts/ner_spans.c $(LIB_OBJ)
	@echo "  CC  $<"
	$(Q)$(CC) $(CFLAGS_ALL) -o $@ $< $(LIB_OBJ) $(LIBS) $(LDFLAGS)

# The demo's commands and some queries under valgrind; a definite leak
# fails (ICU keeps its transliterator registry to the end: "possibly lost").
VALGRIND = valgrind -q --leak-check=full --show-leak-kinds=definite \
           --errors-for-leak-kinds=definite --error-exitcode=9
leakcheck: $(BUILD)/newsgraph
	@rm -rf $(BUILD)/leak && mkdir -p $(BUILD)/leak
	$(VALGRIND) $(BUILD)/newsgraph build -q -d $(BUILD)/leak/l.db sample
	@if [ -d $(SHARED)/corpus/dev ]; then echo "  valgrind build $(SHARED)/corpus/dev"; \
	  $(VALGRIND) $(BUILD)/newsgraph build -q -d $(BUILD)/leak/l.db $(SHARED)/corpus/dev; fi
	$(VALGRIND) $(BUILD)/newsgraph stats -d $(BUILD)/leak/l.db >/dev/null
	$(VALGRIND) $(BUILD)/newsgraph export -d $(BUILD)/leak/l.db -f turtle -o $(BUILD)/leak/l.ttl
	printf '%s\n' 'person 林振华' 'org 示例县应急管理局' 'search 会议' 'why 林振华' \
	  'sparql SELECT ?s WHERE { ?s ?p ?o } LIMIT 3' 'sparql SELECT * WHERE {' \
	  '.mode json' 'find ? rdf:type ?' | \
	  $(VALGRIND) $(BUILD)/newsgraph query -d $(BUILD)/leak/l.db >/dev/null 2>&1; \
	  [ $$? -ne 9 ] || { echo "leakcheck: query leaks"; exit 1; }
	@echo "leakcheck: no definite leak"

# libFuzzer harnesses (fuzz/fuzz_NAME.c), built with clang, ASan and UBSan
# in build-fuzz; each runs FUZZ_SECONDS from its seeds in fuzz/corpus/NAME
# (read only; new inputs go to build-fuzz/fuzz/corpus-NAME). A crash leaves
# its input in build-fuzz/fuzz/crash-NAME-*; the target fails at the end.
# Paths are absolute: the shell harness works in a folder of its own.
FUZZ_SECONDS ?= 60
FUZZ_BUILD   ?= build-fuzz
FUZZ_FLAGS   ?=
FUZZ_BIN      = $(patsubst fuzz/%.c,$(BUILD)/fuzz/%,$(wildcard fuzz/fuzz_*.c))
fuzz:
	@$(MAKE) --no-print-directory BUILD=$(FUZZ_BUILD) CC=clang \
	  SANITIZE='-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all' \
	  OPT='-O1 -g -fno-omit-frame-pointer' fuzz-run

fuzz-run: $(FUZZ_BIN)
	@failed=""; for h in $(FUZZ_BIN); do n=$${h##*/fuzz_}; \
	  mkdir -p $(BUILD)/fuzz/corpus-$$n; echo "fuzz: $$n for $(FUZZ_SECONDS) s"; \
	  $$h -max_total_time=$(FUZZ_SECONDS) -timeout=30 -rss_limit_mb=3072 \
	    -print_final_stats=1 -artifact_prefix=$(CURDIR)/$(BUILD)/fuzz/crash-$$n- \
	    $(FUZZ_FLAGS) $(CURDIR)/$(BUILD)/fuzz/corpus-$$n $(CURDIR)/fuzz/corpus/$$n \
	    >$(BUILD)/fuzz/$$n.log 2>&1 || failed="$$failed $$n"; \
	  grep -E '^stat::number_of_executed_units|^stat::peak_rss' \
	    $(BUILD)/fuzz/$$n.log | sed 's/^/  /'; done; \
	if [ -n "$$failed" ]; then echo "fuzz: crashes in:$$failed" \
	  "(logs and inputs in $(BUILD)/fuzz)"; exit 1; fi; echo "fuzz: no crash"

$(BUILD)/fuzz/%: fuzz/%.c $(LIB_OBJ)
	@mkdir -p $(dir $@)
	@echo "  CC  $<"
	$(Q)$(CC) $(CFLAGS_ALL) -fsanitize=fuzzer -o $@ $< $(LIB_OBJ) $(LIBS) $(LDFLAGS)

# newsgraph against jieba, Oxigraph, rdfproc and rapper (bench/run.sh; the
# README's "Benchmarks" lists the BENCH_* sizes). Peers install into
# bench/cache/ (npm) and the system (apt-get); results go to bench/out/.
BENCH_BIN = $(BUILD)/bench/ceiling $(BUILD)/bench/qbench
bench: have-deps
	@$(MAKE) --no-print-directory $(BUILD)/newsgraph $(BENCH_BIN)
	@BUILD=$(BUILD) SHARED=$(SHARED) sh bench/run.sh

$(BUILD)/bench/%: bench/%.c $(LIB_OBJ)
	@mkdir -p $(dir $@)
	@echo "  CC  $<"
	$(Q)$(CC) $(CFLAGS_ALL) -o $@ $< $(LIB_OBJ) $(LIBS) $(LDFLAGS)

format:
	clang-format -i $(wildcard */*.c */*.h tests/unit/*.c)

lint:
	clang-format --dry-run --Werror $(wildcard */*.c */*.h tests/unit/*.c)

# Each public header compiles on its own (serd's test_headers habit).
check-headers:
	@for h in graph/*.h extract/*.h exports/*.h shell/*.h; do \
	  echo "#include \"$$h\"" | $(CC) $(CFLAGS_ALL) -fsyntax-only -x c - \
	  || { echo "$$h does not compile on its own"; exit 1; }; done

# Every global symbol of the library is ng_-prefixed.
check-syms: $(LIB_OBJ)
	@bad=$$(nm -g --defined-only $(LIB_OBJ) | awk 'NF==3 && $$3 !~ /^ng_/ {print $$3}'); \
	if [ -n "$$bad" ]; then echo "symbols without ng_: $$bad"; exit 1; fi

clean:
	rm -rf build build-check build-* newsgraph demo.db* demo.ttl
