#!/bin/sh
# Tests of the buzzwords plugin; expected answers worked out by hand. Exit status 0 when all pass.
here=$(cd "$(dirname "$0")" && pwd)
failures=0

check() {
    if [ "$2" = "$3" ]; then echo "ok - $1"; else echo "FAIL - $1"; echo "  expected: $3"; echo "  got:      $2"; failures=$((failures + 1)); fi
}

list=$(mktemp)
printf '# a comment\nsynergy\ngame-changer\nthought leader\n\nSYNERGY\n' > "$list"

request='{"type":"run","command":"buzzwords","arguments":{"positionals":["p","Text"],"flags":{"list":"'"$list"'"},"switches":[]},"settings":{"lang":"en"},"datasets":{"p":{"columns":[{"name":"text","type":"text","role":null}],"rows":[["Our Synergy is a game-changer! Synergy, synergy."],[null],["Thought leaders? No: a thought leader, \"synergy\""]]}}}'
answer=$(printf '%s\n%s\n' '{"type":"hello","protocol":1}' "$request" | "$here/buzzwords.sh" | tail -n 1)
# synergy: 3 in post 1 + 1 in post 3 = 4 times in 2 posts; game changer: once; thought leader: once ("leaders" is
# another word). The duplicate SYNERGY line and the comment do not count: 3 words in the list, all 3 heard, 6 times.
check "counts whole words, case and punctuation ignored" "$answer" '{"type":"result","messages":["Buzzword bingo: 3 of 3 words heard, 6 times"],"tables":[{"title":"buzzwords in Text","columns":[{"name":"buzzword","type":"text"},{"name":"count","type":"integer"},{"name":"posts","type":"integer"}],"rows":[["synergy",4,2],["game changer",1,1],["thought leader",1,1]]}]}'

hello=$(printf '%s\n' '{"type":"hello","protocol":2}' | "$here/buzzwords.sh")
check "answers another protocol version with its own and stops" "$hello" '{"type":"hello","protocol":1}'

numbers='{"type":"run","command":"buzzwords","arguments":{"positionals":["p","n"],"flags":{},"switches":[]},"settings":{"lang":"de"},"datasets":{"p":{"columns":[{"name":"n","type":"integer","role":null}],"rows":[[1]]}}}'
error=$(printf '%s\n%s\n' '{"type":"hello","protocol":1}' "$numbers" | "$here/buzzwords.sh" | tail -n 1)
check "a column that is not text is an error, in German when asked" "$error" '{"type":"error","message":"n ist keine Textspalte"}'

rm -f "$list"
[ "$failures" -eq 0 ]
