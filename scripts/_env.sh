# Shared by scripts/check and scripts/demo: find interpreters and make virtual environments.

# interpreter NAME: print the path of an interpreter (3.8 ... 3.13, or pypy3), installing
# PyPy from Debian when it is missing.
interpreter() {
    local name="$1" found=""
    if [ "$name" = pypy3 ]; then
        if ! command -v pypy3 >/dev/null 2>&1 || ! pypy3 -c "import venv, ensurepip" >/dev/null 2>&1; then
            echo "== installing PyPy from Debian (pypy3, pypy3-venv)" >&2
            apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pypy3 pypy3-venv >&2
        fi
        command -v pypy3
        return
    fi
    for candidate in "python$name" /root/.pyenv/versions/"$name".*/bin/python"$name"; do
        if command -v "$candidate" >/dev/null 2>&1; then
            found="$(command -v "$candidate")"
        fi
    done
    if [ -z "$found" ]; then
        echo "no Python $name found (looked on PATH and in /root/.pyenv/versions)" >&2
        return 1
    fi
    echo "$found"
}

# venv NAME EXTRAS: make (or reuse) .venv/NAME-EXTRAS with the package installed editable with
# the given extras, and print the path of its python.
venv() {
    local name="$1" extras="$2" dir=".venv/$1-$2" python
    python="$(interpreter "$name")" || return 1
    if [ ! -x "$dir/bin/python" ] || [ ! -f "$dir/.extras-$extras" ]; then
        echo "== setting up $dir ($("$python" -c 'import platform; print(platform.python_implementation(), platform.python_version())'), extras: $extras)" >&2
        rm -rf "$dir"
        "$python" -m venv "$dir" >&2
        "$dir/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip >&2
        "$dir/bin/python" -m pip install -q --disable-pip-version-check -e ".[$extras]" >&2
        touch "$dir/.extras-$extras"
    fi
    echo "$dir/bin/python"
}
