#!/usr/bin/env bash
# Regenerates the previs golden images (tests/Backlot.Engines.Previs.Tests/Goldens/*.png) and the labelled contact
# sheet docs/previs-contact-sheet.png. Look at the sheet before committing new references.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build tests/Backlot.Engines.Previs.Tests
BACKLOT_UPDATE_GOLDENS=1 dotnet test --project tests/Backlot.Engines.Previs.Tests --no-build --filter-method '*Beauty_MatchesTheGoldenImage*'
BACKLOT_UPDATE_GOLDENS=1 dotnet test --project tests/Backlot.Engines.Previs.Tests --no-build --filter-method '*ContactSheet*'
echo "goldens: tests/Backlot.Engines.Previs.Tests/Goldens/  contact sheet: docs/previs-contact-sheet.png"
