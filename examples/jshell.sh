#!/usr/bin/env bash
# One command to explore news-extractor in JShell:   examples/jshell.sh
# JShell opens with the library on the class path, 2 GB for CoreNLP, the imports, an extractor, and x: the example
# article already extracted. Try  x.people()  show(x.quotations())  table(x)  extract("...").places()
# Extra arguments go to jshell, for example a script:  examples/jshell.sh examples/session.jsh
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/news-extractor.jar ] && [ -d target/lib ] || mvn -q -B -DskipTests package
exec jshell -R-Xmx2g --class-path "target/news-extractor.jar:$(ls target/lib/*.jar | tr '\n' ':')" \
  examples/startup.jsh "$@"
