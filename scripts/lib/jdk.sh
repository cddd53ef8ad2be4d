# Finds a JDK 21 or newer and exports JAVA_HOME to it. Sourced by ./spanel and scripts/test.
# Order: JAVA_HOME when it is new enough, then the JVMs under /usr/lib/jvm (newest first), then java on PATH.

jdk_major() {
    # Prints the major version of the JDK at $1, or nothing when there is no JDK there.
    local home=$1 version
    [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 0
    if [ -f "$home/release" ]; then
        version=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release")
    fi
    if [ -z "${version:-}" ]; then
        version=$("$home/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    fi
    version=${version#1.}
    printf '%s\n' "${version%%[.+-]*}"
}

find_jdk() {
    local candidate major best="" best_major=0
    if [ -n "${JAVA_HOME:-}" ]; then
        major=$(jdk_major "$JAVA_HOME")
        if [ -n "$major" ] && [ "$major" -ge 21 ]; then
            export JAVA_HOME
            return 0
        fi
    fi
    for candidate in /usr/lib/jvm/*; do
        [ -d "$candidate" ] || continue
        major=$(jdk_major "$candidate")
        if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
            best=$candidate
            best_major=$major
        fi
    done
    if [ -z "$best" ] && command -v javac >/dev/null 2>&1; then
        candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
        major=$(jdk_major "$candidate")
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
