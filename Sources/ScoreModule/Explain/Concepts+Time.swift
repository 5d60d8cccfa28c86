import RapportCore

/// The ideas about time that `explain` teaches: trends, heat maps and periods.
extension Concepts {
    /// `explain trend`, `explain heatmap` and `explain periods`.
    static let time: [Concept] = [
        Concept(name: "trend",
                summary: Message(en: "did the metric rise or fall over time, and could that be chance",
                                 de: "ist die Kennzahl über die Zeit gestiegen oder gefallen, und kann das Zufall "
                                     + "sein"),
                idea: Message(
                    en: "trend takes the median of each period (month by default) and asks two questions of those "
                        + "medians. The Theil-Sen slope (Sen 1968) answers how much: the median of the slopes between "
                        + "every two periods, so one odd month barely moves it; its 95 % interval says how sure that "
                        + "amount is. The Mann-Kendall test (Kendall's tau of period and median) answers whether "
                        + "there is a direction at all: p is how often chance alone would order the medians this "
                        + "clearly. Periods without posts are shown but left out of both. Do not trust them with "
                        + "fewer than 4 periods (rapport gives no test then), with few posts per period (the medians "
                        + "jump), when neighbouring periods hang together (a campaign spanning months, seasons: the "
                        + "test then finds trends too often), or when the mix of posts changed (more video, another "
                        + "account posting): a trend of the whole can be a change of who posts what; look at trend … "
                        + "by format or by account before telling a client the audience changed.",
                    de: "trend nimmt den Median jedes Zeitraums (standardmäßig Monat) und stellt diesen Medianen zwei "
                        + "Fragen. Die Theil-Sen-Steigung (Sen 1968) sagt, wie viel: der Median der Steigungen "
                        + "zwischen je zwei Zeiträumen, so dass ein seltsamer Monat sie kaum bewegt; ihr "
                        + "95-%-Intervall sagt, wie sicher dieser Betrag ist. Der Mann-Kendall-Test (Kendalls tau von "
                        + "Zeitraum und Median) sagt, ob es überhaupt eine Richtung gibt: p ist, wie oft der Zufall "
                        + "allein die Mediane so deutlich ordnen würde. Zeiträume ohne Beiträge werden gezeigt, "
                        + "zählen aber bei beidem nicht. Nicht trauen bei weniger als 4 Zeiträumen (dann gibt rapport "
                        + "keinen Test), bei wenigen Beiträgen je Zeitraum (die Mediane springen), wenn benachbarte "
                        + "Zeiträume zusammenhängen (eine Kampagne über Monate, Jahreszeiten: der Test findet dann zu "
                        + "oft Trends) oder wenn sich die Mischung der Beiträge geändert hat (mehr Video, ein anderes "
                        + "Konto postet): ein Trend des Ganzen kann ein Wechsel sein, wer was postet; erst trend … by "
                        + "format oder by account ansehen, bevor man einem Kunden sagt, das Publikum habe sich "
                        + "verändert."),
                commands: ["trend posts engagement-rate", "trend posts engagement-rate by voice --per week",
                           "compare posts engagement-rate --per month", "compare posts engagement-rate --last 90d"]),
        Concept(name: "heatmap",
                summary: Message(en: "when do posts do best: the median per weekday and hour, and how far to trust it",
                                 de: "wann laufen Beiträge am besten: der Median je Wochentag und Stunde, und wie "
                                     + "weit man ihm trauen kann"),
                idea: Message(
                    en: "heatmap splits the posts by two sides, weekday and hour on the clock of the timezone setting "
                        + "unless --rows and --columns name others, and shades each cell by the median of the metric "
                        + "there; a cell with fewer posts than --min-posts (5) stays empty, as a median of two posts "
                        + "is mostly luck. Read it as a map of where to look, not as a verdict: with 168 cells some "
                        + "stand out by chance alone (the cells are not independent tests, and no p-value corrects "
                        + "that here), a cell holds only the posts someone chose to publish then (the Sunday posts "
                        + "may be the campaign's best), and the audience's clock moves with seasons and platforms. "
                        + "Before telling a client when to post, check that the strong cells stay strong in another "
                        + "quarter (where) or with --rows weekday --columns voice, and test a new slot on purpose.",
                    de: "heatmap teilt die Beiträge nach zwei Seiten, Wochentag und Stunde auf der Uhr der Einstellung "
                        + "timezone, sofern --rows und --columns keine anderen nennen, und schattiert jede Zelle nach "
                        + "dem Median der Kennzahl dort; eine Zelle mit weniger Beiträgen als --min-posts (5) bleibt "
                        + "leer, denn ein Median aus zwei Beiträgen ist meist Glück. Als Karte lesen, wo man "
                        + "hinschauen sollte, nicht als Urteil: bei 168 Zellen fallen einige allein durch Zufall auf "
                        + "(die Zellen sind keine unabhängigen Tests, und kein p-Wert korrigiert das hier), eine Zelle "
                        + "enthält nur die Beiträge, die jemand zu dieser Zeit veröffentlichen wollte (die "
                        + "Sonntagsbeiträge können die besten der Kampagne sein), und die Uhr des Publikums ändert "
                        + "sich mit Jahreszeit und Plattform. Bevor man einem Kunden eine Zeit empfiehlt, prüfen, ob "
                        + "die starken Zellen in einem anderen Quartal (where) oder mit --rows weekday --columns voice "
                        + "stark bleiben, und einen neuen Termin gezielt testen."),
                commands: ["heatmap posts engagement-rate", "heatmap posts engagement-rate --min-posts 10",
                           "heatmap posts engagement-rate --rows hour --columns voice"]),
        Concept(name: "periods",
                summary: Message(en: "days, ISO weeks, months, quarters, years, weekdays and hours of a time column",
                                 de: "Tage, ISO-Wochen, Monate, Quartale, Jahre, Wochentage und Stunden einer "
                                     + "Zeitspalte"),
                idea: Message(
                    en: "--per groups by a period of the dataset's time role (published for posts, time for "
                        + "interactions, commented_at for replies; --time COLUMN picks another), counted on the clock "
                        + "of the timezone setting, so a post at 23:30 UTC on New Year's Eve belongs to January in "
                        + "Berlin. Labels read and sort well and are never translated: day 2025-03-07, ISO week "
                        + "2025-W10 (weeks run Monday to Sunday and belong to the year of their Thursday, so 2024-W01 "
                        + "starts on 2024-01-01 and 2026 has a week 53), month 2025-03, quarter 2025-Q1, year 2025. "
                        + "Weekday (1 = Monday … 7 = Sunday) and hour (0-23) are stored as numbers and shown with "
                        + "names. Periods between the first and the last without posts appear as empty rows, so a gap "
                        + "is seen, not hidden. --per is a flag and not a column of by, so a column called month "
                        + "never changes what a saved script computes; in expressions period(t, 'month') gives the "
                        + "label, period_start(t, 'week') the moment it begins and year(t) the year.",
                    de: "--per gruppiert nach einem Zeitraum der Zeitrolle des Datensatzes (published bei Beiträgen, "
                        + "time bei Interaktionen, commented_at bei Antworten; --time SPALTE wählt eine andere), "
                        + "gezählt auf der Uhr der Einstellung timezone, so dass ein Beitrag um 23:30 UTC an "
                        + "Silvester in Berlin zum Januar gehört. Die Bezeichnungen lesen und sortieren sich gut und "
                        + "werden nie übersetzt: Tag 2025-03-07, ISO-Woche 2025-W10 (Wochen laufen von Montag bis "
                        + "Sonntag und gehören zum Jahr ihres Donnerstags, daher beginnt 2024-W01 am 2024-01-01 und "
                        + "2026 hat eine Woche 53), Monat 2025-03, Quartal 2025-Q1, Jahr 2025. Wochentag (1 = Montag "
                        + "… 7 = Sonntag) und Stunde (0-23) werden als Zahlen gespeichert und mit Namen gezeigt. "
                        + "Zeiträume ohne Beiträge zwischen dem ersten und dem letzten erscheinen als leere Zeilen, "
                        + "damit eine Lücke sichtbar bleibt. --per ist ein Schalter und keine Spalte von by, so "
                        + "ändert eine Spalte namens month nie, was ein gespeichertes Skript rechnet; in Ausdrücken "
                        + "gibt period(t, 'month') die Bezeichnung, period_start(t, 'week') den Beginn und year(t) "
                        + "das Jahr."),
                commands: ["score posts engagement-rate by voice --per month", "count posts --per week",
                           "score posts engagement-rate --per hour", "derive posts week = period(published, 'week')"]),
    ]
}
