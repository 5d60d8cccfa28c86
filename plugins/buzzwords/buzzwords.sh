#!/bin/sh
# rapport plugin `buzzwords`: counts marketing buzzwords in post texts (protocol version 1, ../PROTOCOL.md).
# POSIX sh and awk; the work is done by buzzwords.awk, the default word list is words.txt.
here=$(cd "$(dirname "$0")" && pwd)
IFS= read -r hello || exit 0
printf '%s\n' '{"type":"hello","protocol":1}'
case $hello in
    *'"protocol":1,'* | *'"protocol":1}'* | *'"protocol": 1,'* | *'"protocol": 1}'*) ;;
    *) exit 0 ;;
esac
# The request is read here, not by awk: some awks (mawk) wait for a full input buffer before the first line.
IFS= read -r request || exit 0
printf '%s\n' "$request" | LC_ALL=C awk -v words_file="$here/words.txt" -f "$here/buzzwords.awk"
