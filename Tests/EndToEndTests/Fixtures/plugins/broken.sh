#!/bin/sh
# Deliberately broken plugins for PluginTests: each folder links `run` here, and the folder's name says how it
# breaks. Each answers hello and describe correctly (so its command is registered), then misbehaves on run.
kind=$(basename "$(dirname "$0")")
IFS= read -r hello || exit 0
if [ "$kind" = "wrong-protocol" ]; then
    printf '%s\n' '{"type":"hello","protocol":2}'
    exit 0
fi
printf '%s\n' '{"type":"hello","protocol":1}'
IFS= read -r request || exit 0
case $request in
    *'"type":"describe"'*)
        printf '{"type":"describe","commands":[{"name":"%s","summary":"misbehaves on purpose","arguments":[{"name":"DATASET","kind":"dataset","optional":true}]}]}\n' "$kind"
        exit 0 ;;
esac
case $kind in
    crash) kill -SEGV $$ ;;
    hang) sleep 60 ;;
    # A helper in a session of its own keeps the standard output open after the plugin ended (or while it hangs).
    helper)
        setsid sleep 3017 &
        echo $! >> "${HELPER_PIDS:-/dev/null}"
        printf '%s\n' '{"type":"result","messages":["helper started"]}' ;;
    helper-hang)
        setsid sleep 3017 &
        echo $! >> "${HELPER_PIDS:-/dev/null}"
        sleep 60 ;;
    garbage) echo "Traceback (most recent call last): this is not JSON" ;;
    huge) head -c 40000000 /dev/zero | tr '\0' 'x' ;;
    fail-exit)
        printf '%s\n' '{"type":"result","messages":["looks fine"]}'
        exit 3 ;;
    bad-table)
        printf '%s\n' '{"type":"result","datasets":[{"name":"first_ok","columns":[{"name":"n","type":"integer"}],"rows":[[1]]},{"name":"second_bad","columns":[{"name":"n","type":"integer"}],"rows":[["seven"]]}]}' ;;
esac
exit 0
