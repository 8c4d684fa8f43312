"""Where CI's test time goes: seconds per tier and the costliest test files.

    python .ci/timing.py .ci-junit.xml [--write tests/durations.json]

With ``--write`` it also keeps each test file's seconds in that JSON file, from which
tests/conftest.py hands the files to the workers longest first.

Reads the JUnit XML that pytest writes (``--junitxml``); each test case carries its
tier (browser, notebooks, unit) as a property, set in tests/conftest.py. The times
are worker-seconds: with two workers the run takes about half their sum. Setup of a
module's fixtures is counted in the first test that needs them.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from collections import Counter


def main(path: str, durations: str | None = None) -> None:
    tiers: Counter[str] = Counter()
    modules: Counter[str] = Counter()
    counts: Counter[str] = Counter()
    for case in ET.parse(path).getroot().iter("testcase"):
        seconds = float(case.get("time", 0))
        tier = next((p.get("value") for p in case.iter("property") if p.get("name") == "tier"), "?")
        tiers[tier] += seconds
        counts[tier] += 1
        modules[case.get("classname", "?")] += seconds
    files = Counter({module.replace(".", "/") + ".py": seconds for module, seconds in modules.items()})
    total = sum(tiers.values())
    print(f"test time: {total:.0f} worker-seconds")
    for tier, seconds in tiers.most_common():
        print(f"  {tier:<10} {seconds:7.0f} s  {seconds / total:4.0%}  {counts[tier]} tests")
    print("costliest files:")
    for name, seconds in files.most_common(15):
        print(f"  {seconds:7.0f} s  {name}")
    if durations:
        kept = {module: round(seconds, 1) for module, seconds in sorted(modules.items())}
        with open(durations, "w", encoding="utf-8") as out:
            json.dump(kept, out, indent=1)
            out.write("\n")


if __name__ == "__main__":
    args = sys.argv[1:]
    main(args[0], args[args.index("--write") + 1] if "--write" in args else None)
