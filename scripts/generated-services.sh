#!/usr/bin/env bash
# Prints one line per generated module of the package, "<spec folder> <module> <service name>"
# (spec/alibaba-ack AlibabaACK ACK), read from each Generated/<Module>/generate-sdk.json, the build
# plugin's configuration; for the scripts that handle every shipped service.
set -euo pipefail
cd "$(dirname "$0")/.."
for configuration in Generated/*/generate-sdk.json; do
    python3 -c 'import json, os, sys
configuration = json.load(open(sys.argv[1]))
print(configuration["spec"], os.path.basename(os.path.dirname(sys.argv[1])), configuration["name"])' "$configuration"
done
