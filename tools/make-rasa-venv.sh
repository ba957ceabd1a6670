#!/usr/bin/env bash
# Build .venv-rasa for rasa 3.6.21 from the committed pins.
# Prefers a working Python 3.10 (a plain install resolves cleanly); falls back to Python 3.11
# with the recipe from DESIGN.md (every pin installed without resolution).
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.venv-rasa

find_python310() {
  local candidates=(python3.10)
  if [ -n "${PYENV_ROOT:-}" ]; then candidates+=("$PYENV_ROOT"/versions/3.10*/bin/python3.10); fi
  candidates+=(/root/.pyenv/versions/3.10*/bin/python3.10 /usr/bin/python3.10 /usr/local/bin/python3.10)
  for p in "${candidates[@]}"; do
    if "$p" -c 'import sys, venv; assert sys.version_info[:2] == (3, 10)' >/dev/null 2>&1; then
      echo "$p"; return 0
    fi
  done
  return 1
}

rm -rf "$venv"
if py=$(find_python310); then
  echo "rasa venv: using $py"
  "$py" -m venv "$venv"
  "$venv/bin/pip" install -q --upgrade pip wheel
  "$venv/bin/pip" install -q -r requirements/rasa-py310.txt
else
  py=$(command -v python3.11 || command -v python3)
  echo "rasa venv: no Python 3.10; using $py with the 3.11 recipe"
  "$py" -m venv "$venv"
  "$venv/bin/pip" install -q --upgrade pip wheel
  "$venv/bin/pip" install -q --no-deps --ignore-requires-python -r requirements/rasa-py311.txt
fi
"$venv/bin/python" -c 'import rasa, rasa.version; print("rasa", rasa.version.__version__)'
