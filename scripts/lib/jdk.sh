# Finds a JDK 21 or newer and exports JAVA_HOME to it. Sourced by ./spanel and scripts/test; the
# systemd unit sources it too and calls find_java, which is content with a runtime (no javac).
# Order: JAVA_HOME when it is new enough, then the JVMs under /usr/lib/jvm (newest first), then java on PATH.

jdk_major() {
    # Prints the major version of the JDK at $1 (a runtime will do when $2 is "runtime"), or nothing
    # when there is none there.
    local home=$1 need=${2:-jdk} version
    [ -x "$home/bin/java" ] || return 0
    [ "$need" = runtime ] || [ -x "$home/bin/javac" ] || return 0
    if [ -f "$home/release" ]; then
        version=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release")
    fi
    if [ -z "${version:-}" ]; then
        version=$("$home/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    fi
    version=${version#1.}
    printf '%s\n' "${version%%[.+-]*}"
}

find_java() {
    find_jdk runtime
}

find_jdk() {
    # $1: "runtime" when a Java runtime without the compiler will do (serving the jar).
    local need=${1:-jdk} tool=javac candidate major best="" best_major=0
    [ "$need" = runtime ] && tool=java
    if [ -n "${JAVA_HOME:-}" ]; then
        major=$(jdk_major "$JAVA_HOME" "$need")
        if [ -n "$major" ] && [ "$major" -ge 21 ]; then
            export JAVA_HOME
            return 0
        fi
    fi
    for candidate in "${SPANEL_JVM_DIR:-/usr/lib/jvm}"/*; do
        [ -d "$candidate" ] || continue
        major=$(jdk_major "$candidate" "$need")
        if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
            best=$candidate
            best_major=$major
        fi
    done
    if [ -z "$best" ] && command -v "$tool" >/dev/null 2>&1; then
        candidate=$(dirname "$(dirname "$(readlink -f "$(command -v "$tool")")")")
        major=$(jdk_major "$candidate" "$need")
        if [ -n "$major" ] && [ "$major" -ge 21 ]; then
            best=$candidate
        fi
    fi
    if [ -z "$best" ]; then
        cat >&2 <<'MSG'
spanel needs a JDK 21 or newer, and none was found (JAVA_HOME, /usr/lib/jvm, PATH).
Install one -- Eclipse Temurin 21 or 25 from Adoptium's apt repository, or openjdk-21-jdk
on distributions that ship it -- then run this again, or point JAVA_HOME at it.
MSG
        return 1
    fi
    export JAVA_HOME=$best
}
