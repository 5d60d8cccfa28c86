# The buzzwords plugin's work: reads the one request line after the hello exchange and answers it.
# Runs under LC_ALL=C, so text is handled byte by byte (ASCII letters are lowercased; other bytes are kept).

function fail(message) {
    printf "{\"type\":\"error\",\"message\":%s}\n", quote(message)
    exit 0
}

function skip_blanks(    c) {
    while (pos <= len) {
        c = substr(line, pos, 1)
        if (c != " " && c != "\t" && c != "\r") return
        pos++
    }
}

# Reads the JSON string at pos (an opening quote) and returns its text.
function read_string(    out, c, e, code) {
    if (substr(line, pos, 1) != "\"") fail("the request is not valid JSON")
    pos++
    out = ""
    while (pos <= len) {
        c = substr(line, pos, 1)
        if (c == "\"") { pos++; return out }
        if (c == "\\") {
            e = substr(line, pos + 1, 1)
            pos += 2
            if (e == "n") out = out "\n"
            else if (e == "t") out = out "\t"
            else if (e == "r" || e == "b" || e == "f") out = out " "
            else if (e == "u") {
                code = hex(substr(line, pos, 4))
                pos += 4
                out = out (code >= 32 && code < 127 ? sprintf("%c", code) : " ")
            }
            else out = out e
            continue
        }
        out = out c
        pos++
    }
    fail("the request is not valid JSON")
}

function hex(text,    i, digit, value) {
    value = 0
    for (i = 1; i <= 4; i++) {
        digit = index("0123456789abcdef", tolower(substr(text, i, 1))) - 1
        if (digit < 0) fail("the request is not valid JSON")
        value = value * 16 + digit
    }
    return value
}

# Reads the value at pos, storing strings and literals in value[path] and sizes of arrays in size[path].
function read_value(path,    c, key, count, start) {
    skip_blanks()
    c = substr(line, pos, 1)
    if (c == "{") {
        pos++
        skip_blanks()
        if (substr(line, pos, 1) == "}") { pos++; return }
        while (1) {
            skip_blanks()
            key = read_string()
            skip_blanks()
            if (substr(line, pos, 1) != ":") fail("the request is not valid JSON")
            pos++
            read_value(path "/" key)
            skip_blanks()
            c = substr(line, pos, 1)
            pos++
            if (c == "}") return
            if (c != ",") fail("the request is not valid JSON")
        }
    }
    if (c == "[") {
        pos++
        count = 0
        skip_blanks()
        if (substr(line, pos, 1) == "]") { pos++; size[path] = 0; return }
        while (1) {
            read_value(path "/" count)
            count++
            skip_blanks()
            c = substr(line, pos, 1)
            pos++
            if (c == "]") { size[path] = count; return }
            if (c != ",") fail("the request is not valid JSON")
        }
    }
    if (c == "\"") {
        value[path] = read_string()
        return
    }
    start = pos
    while (pos <= len && index("-+.0123456789eEtruefalsn", substr(line, pos, 1)) > 0) pos++
    if (pos == start) fail("the request is not valid JSON")
    value[path] = substr(line, start, pos - start)
}

# A JSON string literal of a text.
function quote(text,    out, i, c) {
    out = ""
    for (i = 1; i <= length(text); i++) {
        c = substr(text, i, 1)
        if (c == "\"" || c == "\\") out = out "\\" c
        else if (c == "\n") out = out "\\n"
        else if (c == "\t") out = out "\\t"
        else if (c < " ") out = out " "
        else out = out c
    }
    return "\"" out "\""
}

# Lowercase ASCII letters; every other ASCII byte that is not a letter or digit becomes a space; blanks squeezed.
function normalise(text,    out) {
    out = tolower(text)
    gsub(/[\001-\057\072-\100\133-\140\173-\177]/, " ", out)
    gsub(/ +/, " ", out)
    sub(/^ /, "", out)
    sub(/ $/, "", out)
    return out
}

# How often `word` occurs in `text` as whole words (both normalised).
function occurrences(text, word,    padded, target, count, at) {
    padded = " " text " "
    target = " " word " "
    count = 0
    while ((at = index(padded, target)) > 0) {
        count++
        padded = substr(padded, at + length(target) - 1)
    }
    return count
}

function describe() {
    print "{\"type\":\"describe\",\"commands\":[{\"name\":\"buzzwords\"," \
        "\"summary\":{\"en\":\"count marketing buzzwords in post texts (a workshop game)\",\"de\":\"Marketing-Buzzwords in Beitragstexten zählen (ein Workshop-Spiel)\"}," \
        "\"help\":{\"en\":\"Counts how often each word or phrase of the word list occurs in COLUMN, as whole words, ignoring case and punctuation. The list is words.txt beside the plugin (edit it) or --list FILE, one word or phrase per line, # for comments.\",\"de\":\"Zählt, wie oft jedes Wort und jede Wendung der Wortliste in COLUMN vorkommt, als ganze Wörter, ohne Rücksicht auf Groß- und Kleinschreibung und Satzzeichen. Die Liste ist words.txt neben dem Plugin (zum Bearbeiten) oder --list DATEI, ein Wort oder eine Wendung pro Zeile, # für Kommentare.\"}," \
        "\"examples\":[\"buzzwords posts text\",\"buzzwords posts text --list my-words.txt\"]," \
        "\"arguments\":[{\"name\":\"DATASET\",\"kind\":\"dataset\"},{\"name\":\"COLUMN\",\"kind\":\"column\"}]," \
        "\"flags\":[{\"name\":\"list\",\"kind\":\"file\",\"value_name\":\"FILE\",\"summary\":{\"en\":\"the word list to use instead of words.txt\",\"de\":\"diese Wortliste statt words.txt verwenden\"}}]}]}"
}

function run(    german, dataset, column, list, columns, index_, i, j, n, word, words, texts, text, hits, found, total, rows, out, swap) {
    german = value["/settings/lang"] == "de"
    dataset = value["/arguments/positionals/0"]
    column = value["/arguments/positionals/1"]
    list = ("/arguments/flags/list" in value) ? value["/arguments/flags/list"] : words_file
    columns = size["/datasets/" dataset "/columns"]
    index_ = -1
    for (i = 0; i < columns; i++) if (value["/datasets/" dataset "/columns/" i "/name"] == column) index_ = i
    for (i = 0; i < columns && index_ < 0; i++) {
        if (tolower(value["/datasets/" dataset "/columns/" i "/name"]) == tolower(column)) index_ = i
    }
    if (index_ < 0) fail((german ? "keine Spalte " : "no column ") column)
    if (value["/datasets/" dataset "/columns/" index_ "/type"] != "text") {
        fail(column (german ? " ist keine Textspalte" : " is not a text column"))
    }
    n = 0
    while ((getline word < list) > 0) {
        if (word ~ /^[ \t]*#/) continue
        word = normalise(word)
        if (word == "" || (word in seen)) continue
        seen[word] = 1
        words[++n] = word
    }
    if (n == 0) fail((german ? "keine Wörter in der Liste " : "no words in the list ") list)
    rows = size["/datasets/" dataset "/rows"]
    for (i = 0; i < rows; i++) {
        if (!(("/datasets/" dataset "/rows/" i "/" index_) in value)) continue
        text = normalise(value["/datasets/" dataset "/rows/" i "/" index_])
        for (j = 1; j <= n; j++) {
            hits = occurrences(text, words[j])
            if (hits > 0) { count[j] += hits; posts[j]++; total += hits }
        }
    }
    found = 0
    for (j = 1; j <= n; j++) if (count[j] > 0) order[++found] = j
    for (i = 2; i <= found; i++) {
        for (j = i; j > 1 && (count[order[j]] > count[order[j - 1]] || \
             (count[order[j]] == count[order[j - 1]] && words[order[j]] < words[order[j - 1]])); j--) {
            swap = order[j]; order[j] = order[j - 1]; order[j - 1] = swap
        }
    }
    out = ""
    for (i = 1; i <= found; i++) {
        out = out (i > 1 ? "," : "") "[" quote(words[order[i]]) "," count[order[i]] "," posts[order[i]] "]"
    }
    printf "{\"type\":\"result\",\"messages\":[%s],", quote(german \
        ? "Buzzword-Bingo: " found " von " n " Wörtern gehört, " (total + 0) " Mal" \
        : "Buzzword bingo: " found " of " n " words heard, " (total + 0) " times")
    printf "\"tables\":[{\"title\":%s,", quote(german ? "Buzzwords in " column : "buzzwords in " column)
    printf "\"columns\":[{\"name\":\"buzzword\",\"type\":\"text\"},{\"name\":\"count\",\"type\":\"integer\"},{\"name\":\"posts\",\"type\":\"integer\"}],"
    printf "\"rows\":[%s]}]}\n", out
}

NR == 1 {
    line = $0
    len = length(line)
    pos = 1
    read_value("")
    if (value["/type"] == "describe") describe()
    else if (value["/type"] == "run") run()
    else fail("unknown request " value["/type"])
    exit 0
}
