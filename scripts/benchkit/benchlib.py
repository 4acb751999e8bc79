"""What scripts/bench and scripts/bench-peers share: logging, percentiles, sizes on disk."""

import os
import sys
import time


def log(message):
    print("[%s] %s" % (time.strftime("%H:%M:%S"), message), file=sys.stderr, flush=True)


def percentile(values, p):
    """The p-quantile (0..1) by linear interpolation between closest ranks; NaN for no values."""
    values = sorted(values)
    if not values:
        return float("nan")
    rank = (len(values) - 1) * p
    low = int(rank)
    high = min(low + 1, len(values) - 1)
    return values[low] + (values[high] - values[low]) * (rank - low)


def directory_bytes(path):
    total = 0
    for folder, _, files in os.walk(path):
        for name in files:
            try:
                total += os.path.getsize(os.path.join(folder, name))
            except OSError:
                pass
    return total
