#!/usr/bin/env python3
"""Writes N varied short articles (pairs, figures, hedges, partial years, ranks, targets,
composition, agreements, areas) into DIR, for `dyad check --batch DIR` timing.

usage: gen_articles.py DIR [N]   (deterministic: seed 1)
"""
import os
import random
import sys

PAIRS = [("Kazakhstan", "Tajikistan"), ("Kazakhstan", "Uzbekistan"), ("Tajikistan", "Russia"),
         ("Kyrgyzstan", "Kazakhstan"), ("Tajikistan", "Uzbekistan"), ("Belarus", "Tajikistan"),
         ("Azerbaijan", "Kazakhstan"), ("China", "Tajikistan"), ("Turkey", "Kazakhstan")]
HEDGES = ["", "about ", "more than ", "nearly ", "over ", "almost "]
GOODS = ["oil", "natural gas", "metals", "food products", "textiles", "fruits", "vegetables",
         "wheat", "cotton", "aluminium", "machinery", "cars"]
AREAS = ["agriculture", "water", "energy", "transportation", "digitalization", "education",
         "tourism", "health", "culture"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def article(r):
    a, b = r.choice(PAIRS)
    year = r.randint(2019, 2024)
    day, month = r.randint(1, 28), r.choice(MONTHS)
    value = r.randint(30, 2500) / 100
    lines = [f"{a} and {b} held talks on {day} {month} {year}.",
             f"Trade between {a} and {b} reached {r.choice(HEDGES)}${value:.2f} billion last year."]
    if r.random() < 0.5:
        lines.append(f"In the first {r.randint(2, 11)} months of {year}, trade between the two countries "
                     f"grew by {r.randint(1, 40)}% to ${r.randint(100, 999)} million.")
    if r.random() < 0.5:
        lines.append(f"{a} is {b}'s {r.choice(['largest', 'second-largest', 'third-largest'])} trading "
                     f"partner among CIS members.")
    if r.random() < 0.6:
        g = r.sample(GOODS, 3)
        lines.append(f"{a} mainly exports {g[0]}, {g[1]} and {g[2]} to {b}.")
    if r.random() < 0.6:
        lines.append(f"The leaders set the goal of raising mutual trade to ${r.randint(2, 10)} billion "
                     f"by {year + r.randint(2, 8)}.")
    if r.random() < 0.5:
        lines.append(f"The sides signed a memorandum of cooperation in {r.choice(AREAS)} and a roadmap "
                     f"for {year}-{year + 2}.")
    if r.random() < 0.5:
        s = r.sample(AREAS, 3)
        lines.append(f"They agreed to cooperate in {s[0]}, {s[1]} and {s[2]}.")
    lines.append("Investment contracts worth $500 million were also announced.")
    return " ".join(lines) + "\n"


def main():
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    os.makedirs(out, exist_ok=True)
    r = random.Random(1)
    for i in range(n):
        with open(os.path.join(out, f"article-{i:04d}.txt"), "w") as f:
            f.write(article(r))


if __name__ == "__main__":
    main()
