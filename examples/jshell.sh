#!/usr/bin/env bash
# Opens JShell with news-extractor on the class path and an extractor ready:  x = extract("...")
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/news-extractor.jar ] || mvn -q -B -DskipTests package
exec jshell -R-Xmx2g --class-path "target/news-extractor.jar:$(ls target/lib/*.jar | tr '\n' ':')" \
  examples/startup.jsh "$@"
