# rapport: `make run` opens the shell on a fresh copy of the demo workspace; `make test` runs every test.
# Both install the Debian packages they need when missing. `make fuzz` runs the fuzz targets (FuzzTesting/README.md).

PREFIX ?= /usr/local
BUILD_PACKAGES := libedit-dev pkg-config zlib1g-dev libsqlite3-dev
TEST_PACKAGES := tmux python3 sqlite3 chromium libreoffice-calc-nogui libreoffice-impress-nogui poppler-utils
SWIFT_FLAGS ?=
# make fuzz: which target (all when empty) and how many seconds each.
TARGET ?=
SECONDS ?= 60

.PHONY: run test build release install manual bench demo fuzz clean

run: release
	@scripts/run-demo.sh

test:
	@scripts/ensure-packages.sh $(BUILD_PACKAGES) $(TEST_PACKAGES)
	@python3 -c "import pandas, openpyxl, pptx, PIL, sklearn" 2>/dev/null \
		|| python3 -m pip install -q pandas openpyxl python-pptx scikit-learn \
		|| python3 -m pip install -q --break-system-packages pandas openpyxl python-pptx scikit-learn \
		|| scripts/ensure-packages.sh python3-pandas python3-openpyxl python3-pil python3-sklearn
	swift build --build-tests $(SWIFT_FLAGS)
	swift test --skip-build $(SWIFT_FLAGS)

build:
	@scripts/ensure-packages.sh $(BUILD_PACKAGES)
	swift build $(SWIFT_FLAGS)

release:
	@scripts/ensure-packages.sh $(BUILD_PACKAGES)
	swift build -c release $(SWIFT_FLAGS)

# The binary, the plugins, the man page and the completion scripts for bash, zsh and fish where those shells look.
install: release
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/rapport $(DESTDIR)$(PREFIX)/share/man/man1 \
		$(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions \
		$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -m 755 "$$(swift build -c release --show-bin-path)/rapport" $(DESTDIR)$(PREFIX)/bin/rapport
	cp -R plugins $(DESTDIR)$(PREFIX)/share/rapport/
	install -m 644 rapport.1 $(DESTDIR)$(PREFIX)/share/man/man1/rapport.1
	bin="$$(swift build -c release --show-bin-path)/rapport"; \
		"$$bin" --generate-completion-script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/rapport && \
		"$$bin" --generate-completion-script zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_rapport && \
		"$$bin" --generate-completion-script fish > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/rapport.fish

# Regenerates the committed man page from the commands' specifications (a test checks it is current).
manual: build
	"$$(swift build --show-bin-path)/rapport" --generate-manual > rapport.1

demo: release
	@scripts/build-demo.sh

bench: release
	@bench/run.sh

fuzz:
	@FUZZ_SECONDS=$(SECONDS) scripts/fuzz.sh $(TARGET)

clean:
	rm -rf .build FuzzTesting/.build
