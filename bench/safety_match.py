"""What the crisis and abuse check costs per message: `responder_wire.safety_match` over
the server's default phrase lists (every category, every language), on a mix of
ordinary chat messages in Chinese, Vietnamese and English, short and long.

Figures: p50 / p99 / max microseconds per message for the crisis check and for the crisis
+ abuse checks together, and the floor measured in the same run: normalising the message
alone (NFKC, casefold, spaces), which any check must pay. Target: well under 1 ms a
message (the issue's budget for the whole check).

    .venv/bin/python -m bench.safety_match [--messages 20000]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from responder_server.safety.defaults import DEFAULT_PHRASES
from responder_wire.safety_match import Matcher, normalise

SAMPLES = [
    "我最近工作压力很大，每天加班到很晚，回家还要照顾孩子，真的累死了。",
    "他说我们不合适，我难过了好几天，不知道该怎么办。",
    "Tôi buồn quá, công việc mệt mỏi lắm, không biết nói với ai.",
    "I feel so tired and down lately, my boss keeps shouting at me.",
    "今天天气不错，想找个人聊聊天。",
    "Honestly I just want someone to listen. My mum is sick and I'm scared.",
    "em thấy cô đơn, bạn bè đều bận hết rồi",
    "我不想活了",  # a crisis line among ordinary ones
] * 4


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=20000)
    args = parser.parse_args()
    crisis = Matcher({category: [*lists["zh_CN"], *lists["vi"], *lists["en"]]
                      for category, lists in DEFAULT_PHRASES["crisis"].items()})
    abuse_lists = DEFAULT_PHRASES["abuse"]
    abuse = Matcher({"abuse": [*abuse_lists["zh_CN"], *abuse_lists["vi"], *abuse_lists["en"]]})
    rng = random.Random(13)
    messages = [rng.choice(SAMPLES) * rng.choice((1, 1, 1, 3, 10))
                for _ in range(args.messages)]
    timings: dict[str, list[float]] = {"floor (normalise only)": [], "crisis": [],
                                       "crisis + abuse": []}
    hits = 0
    for text in messages:
        start = time.perf_counter()
        normalise(text)
        timings["floor (normalise only)"].append(time.perf_counter() - start)
        start = time.perf_counter()
        found = crisis.match(text)
        timings["crisis"].append(time.perf_counter() - start)
        start = time.perf_counter()
        crisis.match(text)
        abuse.match(text)
        timings["crisis + abuse"].append(time.perf_counter() - start)
        hits += found is not None
    print(f"{len(messages)} messages, mean {statistics.mean(len(m) for m in messages):.0f} "
          f"characters; {hits} crisis matches")
    for name, values in timings.items():
        us = [v * 1e6 for v in values]
        print(f"  {name:24s} p50 {_percentile(us, 0.5):7.1f} µs   p99 "
              f"{_percentile(us, 0.99):7.1f} µs   max {max(us):8.1f} µs")


if __name__ == "__main__":
    main()
