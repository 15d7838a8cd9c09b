#!/usr/bin/env bash
# test_sheets.sh: `incident-dojo sheets` end to end: the tutorial's four
# character sheets and index, what each must say (facts, questions, the
# candor row, the held-back text), determinism, and the error paths.
# Usage: test_sheets.sh BINARY SOURCE_DIR
bin=$1
src=$2
tutorial=$src/scenarios/tutorial
mini=$src/tests/scenario/mini
source "$(dirname "${BASH_SOURCE[0]}")/../testing.sh"

# Every text of a Lua field `NAME = "..."` on lines of FILE that start with
# CTOR and name `who = "PERSON"`, with \" unescaped: what the sheet must quote.
texts_of() {  # texts_of CTOR PERSON
    python3 - "$tutorial/scenario.lua" "$1" "$2" <<'PY'
import re, sys
path, ctor, who = sys.argv[1:]
src = open(path, encoding="utf-8").read()
# a constructor call runs from "ctor {" to the next blank line or next ctor
for block in re.split(r"\n(?=\w+ \{)", src):
    if not block.startswith(ctor + " {") or f'who = "{who}"' not in block.split("\n")[0]:
        continue
    m = re.search(r'text = "((?:[^"\\]|\\.)*)"', block)
    if m:
        print(m.group(1).replace('\\"', '"'))
PY
}

# the tutorial: four sheets and the index
"$bin" sheets "$tutorial" --out "$tmp/a" >"$tmp/out" 2>&1; rc=$?
expect "sheets exits 0" test $rc -eq 0
expect "sheets says what it wrote" has "$tmp/out" "Wrote 4 character sheets and README.md to $tmp/a"
expect "five files, no temp files left" test "$(ls "$tmp/a" | tr '\n' ' ')" = "README.md dana.md noor.md priya.md tomas.md "
for p in priya dana noor tomas; do
    expect "README links $p" has "$tmp/a/README.md" "[$p.md]($p.md)"
done

# each sheet holds its person's facts and questions, word for word
for p in priya dana noor tomas; do
    n=0
    while IFS= read -r text; do
        n=$((n + 1))
        expect "$p.md has fact: ${text:0:40}" has "$tmp/a/$p.md" "$text"
    done < <(texts_of fact "$p")
    expect "$p has facts to check" test $n -ge 2
    n=0
    while IFS= read -r text; do
        n=$((n + 1))
        expect "$p.md has question: $text" has "$tmp/a/$p.md" "### $n. “$text”"
    done < <(texts_of question "$p")
    expect "$p has questions to check" test $n -ge 2
done

# the sections a role-player reads, and the person's own details
expect "priya.md names her" has "$tmp/a/priya.md" "# Priya Nair"
expect "priya.md is on call" has "$tmp/a/priya.md" "**On call during the incident:** yes"
expect "dana.md is not on call" has "$tmp/a/dana.md" "**On call during the incident:** no"
expect "priya.md has her page" has "$tmp/a/priya.md" "**12:04** You were paged: “CheckoutLatencyP95High: checkout p95 4.8 s” *(Alerts and pages)*"
expect "priya.md has her escalation" has "$tmp/a/priya.md" "**12:19** You escalated to Marcus Lee"
expect "priya.md has her ticket change" has "$tmp/a/priya.md" "**12:11** You changed Status from “Open” to “In progress”."
expect "events are in time order" test "$(grep -n '\*\*12:07\*\* You wrote' "$tmp/a/priya.md" | cut -d: -f1)" -lt \
                                          "$(grep -n '\*\*12:14\*\* You wrote' "$tmp/a/priya.md" | cut -d: -f1)"
expect "tomas.md has his pull request" has "$tmp/a/tomas.md" "**2026-03-10 16:20** You opened PR #418"
# interview.h's table: calm starts at 55, open +6, closed -2, leading -8, blaming -20, counterfactual -15
expect "dana.md says calm" has "$tmp/a/dana.md" "## Your disposition: calm"
expect "dana.md starts at 55" has "$tmp/a/dana.md" "You start at **55**"
expect "dana.md open +6" has "$tmp/a/dana.md" "normal work, help): **+6**"
expect "dana.md rapport +4" has "$tmp/a/dana.md" "adds **+4** more for rapport"
expect "dana.md closed -2" has "$tmp/a/dana.md" "Closed, yes/no questions: **-2**"
expect "dana.md leading -8" has "$tmp/a/dana.md" "mouth: **-8**"
expect "dana.md blaming -20" has "$tmp/a/dana.md" "Blaming questions: **-20**"
expect "dana.md counterfactual -15" has "$tmp/a/dana.md" "you should have\"): **-15**"
expect "tomas.md defensive, 35" has "$tmp/a/tomas.md" "You start at **35**"
# answers by threshold, with what each reveals
expect "priya.md safe answer" has "$tmp/a/priya.md" "- **If you feel safe (candor 50 or more):** “The latency page, then the pricing CPU graph."
expect "priya.md safe answer reveals fact 1" has "$tmp/a/priya.md" "The runbook never mentions the cache.” *Reveals fact 1.*"
expect "priya.md middle answer" has "$tmp/a/priya.md" "- **If you feel fairly safe (candor 30 or more):** “He was the secondary. He and Tomás were at the offsite.” *Reveals fact 3.*"
expect "priya.md two facts at once" has "$tmp/a/priya.md" "*Reveals facts 2 and 3.*"
expect "priya.md guarded answer" has "$tmp/a/priya.md" "- **Otherwise:** “The alert. I did what the runbook says.” *Reveals nothing you know.*"
expect "priya.md names the question's kind" has "$tmp/a/priya.md" "*A cue question, which is an open kind: your candor moves by +8 (+12 if it is the first question).*"
expect "priya.md follow-up question" has "$tmp/a/priya.md" "*It comes after question 1.*"
expect "tomas.md blaming question moves by -30" has "$tmp/a/tomas.md" "*A blaming question: your candor moves by -30.*"
# blame and what is held back
holds=$(python3 -c 'import re,sys; s=open(sys.argv[1],encoding="utf-8").read(); m=re.search(r"interviewee \{ who = \"tomas\".*?holds_back = \"((?:[^\"\\\\]|\\\\.)*)\"", s, re.S); print(m.group(1))' "$tutorial/scenario.lua")
expect "tomas's holds_back text was found" test -n "$holds"
expect "tomas.md has his holds_back" has "$tmp/a/tomas.md" "$holds"
expect "tomas.md blamed at the start" has "$tmp/a/tomas.md" "Blamed at the very start, you would drop from 35 to 5."
expect "tomas.md guarded answer under blame" has "$tmp/a/tomas.md" "- To “What were you trying to achieve with #418?”: “It is in the description.”"
expect "tomas.md away" has "$tmp/a/tomas.md" "leaves after minute 240 (on leave from this afternoon, back next week)"
expect "a facilitator's note" has "$tmp/a/noor.md" "## For the facilitator: playing candor by hand"
expect "noor.md tally starts at 70" has "$tmp/a/noor.md" "on paper, starting at 70."

# deterministic: a second run gives the same bytes, and rewrites in place
"$bin" sheets tutorial --out "$tmp/b" >/dev/null 2>&1
expect "second run exits 0" test $? -eq 0
expect "two runs are byte-identical" diff -r "$tmp/a" "$tmp/b"
"$bin" sheets tutorial --out="$tmp/a" >/dev/null 2>&1
expect "rewriting an existing folder exits 0" test $? -eq 0
expect "rewriting gives the same bytes" diff -r "$tmp/a" "$tmp/b"

# errors
cp -r "$tutorial" "$tmp/broken"
sed -i 's/^interviewee { who = "dana", disposition = "calm",/interviewee { who = "dana", disposition = "calm", mood = 3,/' "$tmp/broken/scenario.lua"
"$bin" sheets "$tmp/broken" --out "$tmp/c" >"$tmp/out" 2>&1; rc=$?
expect "a bad scenario exits 1" test $rc -eq 1
expect "a bad scenario names the file" has "$tmp/out" "$tmp/broken/scenario.lua:"
expect "a bad scenario says what is wrong" has "$tmp/out" "error[unknown-field]"
expect "a bad scenario writes nothing" test ! -e "$tmp/c"
"$bin" sheets "$tutorial" >"$tmp/out" 2>&1; rc=$?
expect "missing --out exits 2" test $rc -eq 2
expect "missing --out says so" has "$tmp/out" "missing --out DIR"
"$bin" sheets "$tutorial" --out >"$tmp/out" 2>&1; rc=$?
expect "--out without a value exits 2" test $rc -eq 2
"$bin" sheets --out "$tmp/d" >"$tmp/out" 2>&1; rc=$?
expect "missing scenario exits 2" test $rc -eq 2
"$bin" sheets "$tutorial" --out "$tmp/d" --colour >"$tmp/out" 2>&1; rc=$?
expect "unknown option exits 2" test $rc -eq 2
expect "unknown option is named" has "$tmp/out" "unrecognized option '--colour'"
touch "$tmp/file"
"$bin" sheets "$tutorial" --out "$tmp/file/sheets" >"$tmp/out" 2>&1; rc=$?
expect "an unwritable --out exits 1" test $rc -eq 1
expect "an unwritable --out is named" has "$tmp/out" "'$tmp/file/sheets'"
"$bin" sheets "$tutorial" --out "$tmp/file" >"$tmp/out" 2>&1; rc=$?
expect "--out naming a file exits 1" test $rc -eq 1
expect "--out naming a file says so" has "$tmp/out" "'$tmp/file' is not a folder"
"$bin" sheets "$mini" --out "$tmp/e" >"$tmp/out" 2>"$tmp/err"; rc=$?
expect "no interviewees exits 0" test $rc -eq 0
expect "no interviewees says so on stderr" has "$tmp/err" "has nobody to interview; no sheets written"
expect "no interviewees writes nothing" test ! -e "$tmp/e"
"$bin" sheets --help >"$tmp/out" 2>&1; rc=$?
expect "sheets --help exits 0" test $rc -eq 0
expect "sheets --help shows usage" has "$tmp/out" "Usage: incident-dojo sheets SCENARIO --out DIR"
"$bin" --help >"$tmp/out" 2>&1
expect "--help lists sheets" has "$tmp/out" "sheets SCENARIO --out DIR"

testing_done test_sheets
