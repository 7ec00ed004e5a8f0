# Sourced by bin/run and bin/test: makes JAVA_HOME point at a JDK 21 or newer.
# Order: JAVA_HOME if it is 21+, then the java on PATH, then the newest 21+ JDK in the usual
# install folders. Says clearly what is missing when there is none.

jdk_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

jdk_ok() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  local major
  major=$(jdk_major "$1")
  [ -n "$major" ] && [ "$major" -ge 21 ]
}

find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && jdk_ok "$JAVA_HOME"; then
    echo "$JAVA_HOME"; return 0
  fi
  if command -v javac >/dev/null 2>&1; then
    local home
    home=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    if jdk_ok "$home"; then echo "$home"; return 0; fi
  fi
  local best="" best_major=0 candidate major
  for candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/lib/jvm/* "$HOME"/.sdkman/candidates/java/* \
                   /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$candidate" ] || continue
    jdk_ok "$candidate" || continue
    major=$(jdk_major "$candidate")
    if [ "$major" -gt "$best_major" ]; then best="$candidate"; best_major=$major; fi
  done
  [ -n "$best" ] && { echo "$best"; return 0; }
  return 1
}

if ! JAVA_HOME=$(find_jdk); then
  echo "No JDK 21 or newer found. Install one (e.g. 'apt-get install openjdk-21-jdk' or Temurin 21/25)" >&2
  echo "and set JAVA_HOME to it, then run this again. Found: $(java -version 2>&1 | head -n 1)" >&2
  exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
# Quiet a JDK 24+ warning that Maven's own libraries trigger; harmless on older JDKs' Maven runs.
if [ "$(jdk_major "$JAVA_HOME")" -ge 24 ]; then
  export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
fi
if ! command -v mvn >/dev/null 2>&1; then
  echo "Maven (mvn) is not installed: install Maven 3.8+ (e.g. 'apt-get install maven') and run this again." >&2
  exit 1
fi
