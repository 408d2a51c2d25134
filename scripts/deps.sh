# Sourced by scripts/run and scripts/test: installs the Debian 12 packages the project needs
# when any is missing, printing what it installs. Uses sudo when not root.

ita_packages_build=(cmake g++ make pkg-config qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev catch2 nlohmann-json3-dev
    fonts-thai-tlwg libthai0 libzip-dev zlib1g-dev libsqlite3-dev libssl-dev libqt6sql6-psql
    qtkeychain-qt6-dev)
# The tests read PDFs, ODTs and DOCXs back with tools independent of Qt (python3-docx for
# Word files). PostgreSQL: CTest starts a throw-away cluster (scripts/pg-cluster) for the
# server backend's tests. Ninja: a test checks that the project also configures for it.
ita_packages_test=(poppler-utils unzip python3-docx postgresql ninja-build)
# scripts/bench-import compares the import with sqlite3's own .import.
ita_packages_bench=(sqlite3)
# scripts/package: CPack's dependency scan, and what --check validates and runs with.
ita_packages_package=(dpkg-dev file)
ita_packages_package_check=(lintian desktop-file-utils appstream xvfb xauth)

ita_install_missing() {
    local missing=()
    local pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing missing Debian packages: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null 2>&1; then
            echo "error: need root or sudo to install: ${missing[*]}" >&2
            return 1
        fi
        sudo="sudo"
    fi
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}"
}

# Configures (first time) and builds build/ incrementally.
ita_build() {
    local root="$1"
    if [ ! -f "$root/build/CMakeCache.txt" ]; then
        cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo
    fi
    cmake --build "$root/build" -j "$(nproc 2>/dev/null || echo 2)"
}
