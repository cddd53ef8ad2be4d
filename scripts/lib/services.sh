# Makes sure the PostgreSQL, Redis and MariaDB the tests use answer on 127.0.0.1, starting or installing
# them when this machine allows it, and that the v2ray client the subscription test drives is
# installed. Sourced by scripts/test. Every step is a no-op when already done.

readonly PG_PORT=5432 REDIS_PORT=6379
readonly TEST_DB=spanel_test TEST_ROLE=spanel TEST_ROLE_PASSWORD=spanel

say() { printf 'scripts/test: %s\n' "$*" >&2; }

cannot_provide() {
    say "$1 does not answer on 127.0.0.1 and cannot be started or installed here ($2)."
    say "Start it, or point the tests at servers they may write to:"
    say "  TEST_DATABASE_URL=jdbc:postgresql://HOST:5432/DB?user=USER&password=PASS  (the user must be able to CREATE SCHEMA)"
    say "  TEST_REDIS_URL=redis://[:PASSWORD@]HOST:6379/0"
    exit 1
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

can_install() { [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; }

apt_updated=""
apt_install() {
    if [ -z "$apt_updated" ]; then
        say "apt-get update"
        apt-get update -qq >&2
        apt_updated=yes
    fi
    say "installing $*"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >&2
}

wait_for() {
    local what=$1 check=$2 tries=60
    until $check; do
        tries=$((tries - 1))
        [ "$tries" -gt 0 ] || { say "$what did not come up within 30 s"; exit 1; }
        sleep 0.5
    done
}

pg_ready() { port_open "$PG_PORT" && { ! command -v pg_isready >/dev/null 2>&1 || pg_isready -q -h 127.0.0.1 -p "$PG_PORT"; }; }

pg_clusters() { ls /etc/postgresql 2>/dev/null | sort -V; }

start_postgres() {
    local version
    version=$(pg_clusters | tail -n 1)
    [ -n "$version" ] || return 1
    say "starting PostgreSQL $version"
    if [ "$(id -u)" = 0 ]; then
        pg_ctlcluster --skip-systemctl-redirect "$version" main start >&2 || return 1
    else
        pg_ctlcluster "$version" main start >&2 || return 1
    fi
}

# Runs psql as a superuser: over TCP when that is trusted, else as the postgres system user.
pg_super() {
    if psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -tAqc 'select 1' >/dev/null 2>&1; then
        psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -tAq "$@"
    elif [ "$(id -u)" = 0 ] && id postgres >/dev/null 2>&1; then
        (cd / && runuser -u postgres -- psql -p "$PG_PORT" -d postgres -v ON_ERROR_STOP=1 -tAq "$@")
    else
        return 1
    fi
}

ensure_postgres() {
    if ! pg_ready; then
        if [ -z "$(pg_clusters)" ]; then
            can_install || cannot_provide PostgreSQL "not installed, and installing needs root and apt-get"
            apt_install postgresql postgresql-client
        fi
        # A fresh package may have started its cluster already.
        pg_ready || start_postgres || cannot_provide PostgreSQL "its cluster would not start"
        wait_for PostgreSQL pg_ready
    fi
    command -v psql >/dev/null 2>&1 || { can_install && apt_install postgresql-client; } ||
        cannot_provide PostgreSQL "psql is missing, so the test database cannot be created"
    # The test role and database: created once, password set so TCP password authentication works too.
    pg_super -c "SELECT 1" >/dev/null 2>&1 || cannot_provide PostgreSQL "no superuser access to create the test database"
    if [ "$(pg_super -c "SELECT 1 FROM pg_roles WHERE rolname = '$TEST_ROLE'")" != 1 ]; then
        say "creating role $TEST_ROLE"
        pg_super -c "CREATE ROLE $TEST_ROLE LOGIN PASSWORD '$TEST_ROLE_PASSWORD'"
    fi
    if [ "$(pg_super -c "SELECT 1 FROM pg_database WHERE datname = '$TEST_DB'")" != 1 ]; then
        say "creating database $TEST_DB"
        pg_super -c "ALTER ROLE $TEST_ROLE LOGIN PASSWORD '$TEST_ROLE_PASSWORD'"
        pg_super -c "CREATE DATABASE $TEST_DB OWNER $TEST_ROLE"
    fi
    TEST_DATABASE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$TEST_DB?user=$TEST_ROLE&password=$TEST_ROLE_PASSWORD"
}

redis_ready() {
    if command -v redis-cli >/dev/null 2>&1; then
        [ "$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null)" = PONG ]
    else
        port_open "$REDIS_PORT"
    fi
}

ensure_redis() {
    redis_ready && { TEST_REDIS_URL="redis://127.0.0.1:$REDIS_PORT/0"; return 0; }
    if ! command -v redis-server >/dev/null 2>&1; then
        can_install || cannot_provide Redis "not installed, and installing needs root and apt-get"
        apt_install redis-server
    fi
    if ! redis_ready; then
        say "starting Redis (no snapshots)"
        redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --save '' --appendonly no --dir /tmp >&2 ||
            cannot_provide Redis "redis-server would not start"
        wait_for Redis redis_ready
    fi
    TEST_REDIS_URL="redis://127.0.0.1:$REDIS_PORT/0"
}

# The subscription end-to-end test runs the Debian package v2ray (4.34) as node and as client. Where it
# cannot be installed, the test itself fails and says why; this only warns.
ensure_v2ray() {
    command -v v2ray >/dev/null 2>&1 && return 0
    if can_install; then
        apt_install v2ray
    else
        say "v2ray is not installed and installing it needs root and apt-get; the subscription client test will fail"
    fi
}

# The dashboard's test drives Debian's chromium headless. Installed when this machine allows it;
# otherwise the test itself says what is missing and fails.
ensure_chromium() {
    [ -x /usr/bin/chromium ] && return 0
    if can_install; then
        apt_install chromium
    else
        say "chromium is not installed and cannot be installed here (needs root and apt-get):"
        say "  the dashboard test (DashboardTest) will fail; install Debian's chromium package to run it."
    fi
}

readonly MARIADB_PORT=3306

mariadb_ready() {
    if command -v mariadb >/dev/null 2>&1; then
        mariadb -h 127.0.0.1 -P "$MARIADB_PORT" -u root -e 'SELECT 1' >/dev/null 2>&1
    else
        port_open "$MARIADB_PORT"
    fi
}

# The importer's tests load SSPanel-UIM and V2board schemas into a real MariaDB (Debian's package),
# as root without a password over TCP, in databases of their own.
ensure_mariadb() {
    if ! mariadb_ready; then
        if ! command -v mariadbd >/dev/null 2>&1; then
            can_install || {
                say "MariaDB does not answer on 127.0.0.1:$MARIADB_PORT and cannot be installed here (needs root and apt-get)."
                say "Start it, or point the importer's tests at a server they may create databases on:"
                say "  TEST_MARIADB_URL=jdbc:mariadb://HOST:3306/?user=USER&password=PASS"
                exit 1
            }
            apt_install mariadb-server mariadb-client
        fi
        if ! mariadb_ready; then
            say "starting MariaDB"
            mkdir -p /run/mysqld && { [ "$(id -u)" != 0 ] || chown mysql:mysql /run/mysqld; }
            (cd / && nohup mariadbd-safe --bind-address=127.0.0.1 --port="$MARIADB_PORT" >/dev/null 2>&1 &)
            wait_for MariaDB mariadb_ready
        fi
    fi
    # Debian's root logs in by the unix socket only; the tests come over TCP without a password.
    if ! mariadb -h 127.0.0.1 -u root -e 'SELECT 1' >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
        mariadb -u root -e "ALTER USER 'root'@'localhost' IDENTIFIED VIA mysql_native_password USING PASSWORD('') OR unix_socket" >&2
    fi
    TEST_MARIADB_URL="jdbc:mariadb://127.0.0.1:$MARIADB_PORT/?user=root"
}
