# Shortcuts for the scripts in scripts/; each works on a fresh machine.
.PHONY: ci check demo test docs docs-serve docs-shots bench

check:  ## every check, the tests on every supported interpreter found
	bash scripts/check

ci:  ## every check, with every supported interpreter required (what CI runs)
	bash .ci/run

demo:  ## set up and run the command line on the bundled examples
	bash scripts/demo

test:  ## the test suite on one interpreter (PY=3.12 by default), then the tool checks
	bash scripts/check $(or $(PY),3.12)

docs:  ## build the docs site strictly into .venv/site
	bash -c '. scripts/_env.sh && "$$(venv "$$(newest_python)" dev)" -m mkdocs build --strict --site-dir .venv/site'

docs-serve:  ## serve the docs site on http://127.0.0.1:8000 with live reload
	bash -c '. scripts/_env.sh && "$$(venv "$$(newest_python)" dev)" -m mkdocs serve'

docs-shots:  ## screenshots of key docs pages in headless Chromium
	bash scripts/docs-shots

bench:  ## the benchmark against the dict-rebuild baseline
	bash -c '. scripts/_env.sh && "$$(venv "$$(newest_python)" tests)" bench/run.py'
