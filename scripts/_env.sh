# Shared by scripts/check and scripts/demo: find interpreters and make virtual environments.
# Plain bash 3.2 (macOS's) and later: no associative arrays, no `wait -n`.

# The supported interpreters, by the names the scripts take.
SUPPORTED_PYTHONS=(3.8 3.9 3.10 3.11 3.12 3.13 pypy3)
# Where scripts/check installs the built sdist and wheel: the oldest and newest CPython, and PyPy.
INSTALL_PYTHONS=(3.8 3.13 pypy3)

# mkdocs-material prints a notice about its own end of life on every build and serve; it
# says nothing about these docs. Set here, it is off for every script and make target
# that sources this file (scripts/check, make docs, make docs-serve, ...).
export NO_MKDOCS_2_WARNING=1

# python_label NAME: the interpreter NAME stands for, in words ("CPython 3.8", "PyPy 3.9").
python_label() {
    if [ "$1" = pypy3 ]; then echo "PyPy 3.9"; else echo "CPython $1"; fi
}

# _python_is NAME CANDIDATE: print CANDIDATE's real executable when it is the interpreter NAME
# stands for (CPython 3.x, or PyPy for Python 3.9) and can make virtual environments. A pyenv
# shim for a version that pyenv does not select fails here and is passed over.
_python_is() {
    local want
    want="$(python_label "$1")"
    "$2" -c '
import platform, sys
import ensurepip, venv
found = "%s %d.%d" % (platform.python_implementation(), sys.version_info[0], sys.version_info[1])
if found != sys.argv[1]:
    sys.exit(1)
print(sys.executable)
' "$want" 2>/dev/null
}

# _pyenv_root: print pyenv's root folder when pyenv is installed (on PATH, or in $PYENV_ROOT).
_pyenv_root() {
    if command -v pyenv >/dev/null 2>&1; then
        pyenv root 2>/dev/null
    elif [ -n "${PYENV_ROOT:-}" ] && [ -d "$PYENV_ROOT/versions" ]; then
        echo "$PYENV_ROOT"
    fi
}

# apt_install PACKAGE...: install Debian packages where the machine lets us (apt-get, as
# root or with sudo that needs no password). Fails quietly otherwise.
apt_install() {
    local sudo=""
    command -v apt-get >/dev/null 2>&1 || return 1
    if [ "$(id -u)" != 0 ]; then
        sudo -n true 2>/dev/null || return 1
        sudo="sudo -n"
    fi
    echo "== installing with apt-get: $*" >&2
    $sudo apt-get update -qq >&2 &&
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >&2
}

# interpreter NAME: print the path of the interpreter NAME (3.8 ... 3.13, or pypy3), looking
# under pyenv's versions and on PATH; fail, saying where it looked, when there is none.
# With TALON_INSTALL_PYPY=1 a missing PyPy is installed first where the machine lets us.
interpreter() {
    local name="$1" root="" candidate found attempt
    local candidates=()
    root="$(_pyenv_root)"
    if [ "$name" = pypy3 ]; then
        [ -n "$root" ] && candidates+=("$root"/versions/pypy3.9*/bin/pypy3)
        candidates+=(pypy3.9 pypy3)
    else
        [ -n "$root" ] && candidates+=("$root"/versions/"$name".*/bin/python"$name")
        candidates+=("python$name")
    fi
    for attempt in 1 2; do
        for candidate in "${candidates[@]}"; do
            command -v "$candidate" >/dev/null 2>&1 || continue
            if found="$(_python_is "$name" "$candidate")"; then
                echo "$found"
                return 0
            fi
        done
        [ "$attempt" = 1 ] && [ "$name" = pypy3 ] && [ "${TALON_INSTALL_PYPY:-0}" = 1 ] && apt_install pypy3 pypy3-venv || break
    done
    echo "no $(python_label "$name") found (looked on PATH${root:+ and under $root/versions})" >&2
    return 1
}

# venv NAME EXTRAS: make (or reuse) .venv/NAME-EXTRAS with the package installed editable with
# the given extras, and print the path of its python. A reused one is brought up to date
# when pyproject.toml changed since it was set up (new extras, new pins). pip's own output
# goes to .venv/NAME-EXTRAS.log, and is shown only when a step fails.
venv() {
    local name="$1" extras="$2" dir=".venv/$1-$2" python stamp log=".venv/$1-$2.log"
    stamp="$(cksum <pyproject.toml)"
    python="$(interpreter "$name")" || return 1
    mkdir -p .venv
    if [ ! -x "$dir/bin/python" ]; then
        echo "== setting up $dir ($("$python" -c 'import platform; print(platform.python_implementation(), platform.python_version())'), extras: $extras)" >&2
        rm -rf "$dir"
        if ! { "$python" -m venv "$dir" &&
            "$dir/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip; } >"$log" 2>&1; then
            cat "$log" >&2
            return 1
        fi
    fi
    if [ "$(cat "$dir/.installed" 2>/dev/null)" != "$stamp" ]; then
        [ -f "$dir/.installed" ] && echo "== updating $dir (pyproject.toml changed)" >&2
        if ! "$dir/bin/python" -m pip install -q --disable-pip-version-check -e ".[$extras]" >>"$log" 2>&1; then
            cat "$log" >&2
            return 1
        fi
        echo "$stamp" >"$dir/.installed"
    fi
    echo "$dir/bin/python"
}

# newest_python: print the name of the newest CPython found (3.13 ... 3.9), for the tools
# (demo, lint, build, docs) that need one interpreter, not each.
newest_python() {
    local name
    for name in 3.13 3.12 3.11 3.10 3.9 3.8; do
        if interpreter "$name" >/dev/null 2>&1; then
            echo "$name"
            return 0
        fi
    done
    echo "no CPython 3.8-3.13 found, on PATH or under pyenv" >&2
    return 1
}

# skipped_steps NAME...: print, one a line, the steps scripts/check leaves out when it is
# given these interpreter names: the tests on the supported interpreters not named, and
# the installs of the sdist and the wheel on those of INSTALL_PYTHONS not named.
skipped_steps() {
    local name
    for name in "${SUPPORTED_PYTHONS[@]}"; do
        [[ " $* " == *" $name "* ]] || echo "the tests on $(python_label "$name")"
    done
    for name in "${INSTALL_PYTHONS[@]}"; do
        [[ " $* " == *" $name "* ]] || echo "the install of the sdist and the wheel on $(python_label "$name")"
    done
}
