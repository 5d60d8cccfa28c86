import RapportCore

/// The tour's chapters, one per idea of the product, with their texts in English and German.
enum TourChapters {
    /// Every chapter, in the order of the ideas.
    static let all: [TourChapter] = [people, reach, ownership, relationships, friends]

    static let people = TourChapter(
        id: "people",
        title: Message(en: "People earn more engagement than institutions", de: "Menschen erzielen mehr Resonanz als Institutionen"),
        idea: Message(en: "Readers answer people more readily than logos. Every post carries a voice, person or institution, and rapport compares the two on the same scale, with the uncertainty said out loud.",
                      de: "Leser antworten Menschen bereitwilliger als Logos. Jeder Beitrag trägt eine Stimme, Person oder Institution, und rapport vergleicht beide auf derselben Skala und sagt dazu, wie sicher das ist."),
        needs: ["posts"],
        steps: [
            TourChapter.Step(command: "score posts engagement-rate by voice", reading: Message(
                en: "The median is the typical post of each voice: one viral post cannot move it. The pooled column divides all interactions by all followers and is dominated by the biggest accounts.",
                de: "Der Median ist der typische Beitrag jeder Stimme: ein viraler Beitrag verschiebt ihn nicht. Die gepoolte Spalte teilt alle Interaktionen durch alle Follower und wird von den größten Konten bestimmt.")),
            TourChapter.Step(command: "compare posts engagement-rate by voice --groups person,institution", reading: Message(
                en: "The ratio says how many times the person posts' median is the institution posts' median, and the interval how sure that is. The closing sentence is the one to read to a client.",
                de: "Das Verhältnis sagt, das Wievielfache der Median der Personenbeiträge vom Median der Institutionsbeiträge ist, und das Intervall, wie sicher das ist. Den Schlusssatz kann man einem Kunden vorlesen.")),
            TourChapter.Step(command: "score posts cost-per-engagement by voice", reading: Message(
                en: "For paid posts only: what one interaction cost. When institution posts cost more per interaction, the company pays extra for speaking without a face.",
                de: "Nur für bezahlte Beiträge: was eine Interaktion kostete. Kostet sie bei Institutionsbeiträgen mehr, zahlt das Unternehmen dafür, ohne Gesicht zu sprechen.")),
        ])

    static let reach = TourChapter(
        id: "reach",
        title: Message(en: "High reach is not high impact", de: "Hohe Reichweite ist keine hohe Wirkung"),
        idea: Message(en: "A CEO with a large following reaches many people, but reach is partly wasted, and the engagement may belong to the person rather than the company.",
                      de: "Eine Chefin mit großer Gefolgschaft erreicht viele Menschen, doch Reichweite verpufft zum Teil, und die Resonanz gehört vielleicht der Person statt dem Unternehmen."),
        needs: ["facebook", "posts"],
        steps: [
            TourChapter.Step(command: "score facebook reach-waste by Type", reading: Message(
                en: "Reach waste is the share of the people reached who did nothing with the post, here on a real brand page. Compare the formats: where less of the reach is wasted, the message found its readers.",
                de: "Streuverlust ist der Anteil der Erreichten, die nichts mit dem Beitrag taten, hier auf einer echten Markenseite. Die Formate vergleichen: wo weniger verpufft, hat die Botschaft ihre Leser gefunden.")),
            TourChapter.Step(command: "compare posts engagement-rate --accounts a001,a002", reading: Message(
                en: "a001 is the CEO, a002 the company page. Their audiences differ in size; per follower they can be read on one scale.",
                de: "a001 ist die Chefin, a002 die Unternehmensseite. Ihre Publika sind verschieden groß; je Follower lassen sie sich auf einer Skala lesen.")),
            TourChapter.Step(command: "score posts attribution by account", reading: Message(
                en: "For each person: posts naming the company against the person's other posts. A ratio below 1 means the attention goes to the person, not to the brand.",
                de: "Für jede Person: Beiträge, die das Unternehmen nennen, gegen ihre übrigen Beiträge. Ein Verhältnis unter 1 heißt: die Aufmerksamkeit gilt der Person, nicht der Marke.")),
        ])

    static let ownership = TourChapter(
        id: "ownership",
        title: Message(en: "Own the relationship: goals, answers, one voice", de: "Die Beziehung selbst führen: Ziele, Antworten, eine Stimme"),
        idea: Message(en: "Customer relationships are not to be outsourced: define success and measure it, answer customers yourself, and speak with the same voice on every channel.",
                      de: "Kundenbeziehungen lagert man nicht aus: Erfolg festlegen und messen, Kunden selbst antworten und auf jedem Kanal mit derselben Stimme sprechen."),
        needs: ["posts", "replies", "team"],
        steps: [
            TourChapter.Step(command: "goal check", reading: Message(
                en: "Goals are targets the team agreed on. Each row says whether the data meets it and by how much it misses or beats it.",
                de: "Ziele sind Vorgaben, auf die sich das Team geeinigt hat. Jede Zeile sagt, ob die Daten sie erreichen und um wie viel sie darunter oder darüber liegen.")),
            TourChapter.Step(command: "score replies responsiveness", reading: Message(
                en: "Compare own staff with the agency: the share of customer comments answered and the hours it took. Unanswered comments count against the share.",
                de: "Eigene Leute mit der Agentur vergleichen: den Anteil beantworteter Kundenkommentare und die Stunden bis zur Antwort. Unbeantwortete zählen gegen den Anteil.")),
            TourChapter.Step(command: "score posts tone by account", reading: Message(
                en: "An account that says du in one post and Sie in the next is marked mixed: readers meet a different company each time.",
                de: "Ein Konto, das im einen Beitrag du und im nächsten Sie sagt, gilt als gemischt: Leser treffen jedes Mal ein anderes Unternehmen.")),
            TourChapter.Step(command: "survey results team", reading: Message(
                en: "The team split 100 points per question across four culture types, for the culture as it is and as they would like it. Large gaps between now and preferred show where the culture should move; a large spread shows disagreement.",
                de: "Das Team verteilte je Frage 100 Punkte auf vier Kulturtypen, für die Kultur, wie sie ist und wie sie sein soll. Große Abstände zwischen jetzt und gewünscht zeigen, wohin sich die Kultur bewegen soll; eine große Streuung zeigt Uneinigkeit.")),
            TourChapter.Step(command: "survey fit team --candidate mira", reading: Message(
                en: "The candidate's preferred culture against the team's culture now: a correlation near 1 is a strong fit, below 0 an opposed one. Whoever speaks for the company carries its culture to customers.",
                de: "Die gewünschte Kultur der Kandidatin gegen die heutige Kultur des Teams: eine Korrelation nahe 1 passt gut, unter 0 gegensätzlich. Wer für das Unternehmen spricht, trägt seine Kultur zu den Kunden.")),
        ])

    static let relationships = TourChapter(
        id: "relationships",
        title: Message(en: "Relationships, not messages at frequency", de: "Beziehungen statt Botschaften im Takt"),
        idea: Message(en: "Brands earn attention by being relevant to people they know, not by pushing more messages. rapport places each audience member on a stage of the relationship and asks whether posting more pays.",
                      de: "Marken gewinnen Aufmerksamkeit, indem sie für Menschen relevant sind, die sie kennen, nicht durch mehr Botschaften. rapport ordnet jedem aus dem Publikum eine Beziehungsstufe zu und fragt, ob häufigeres Posten sich lohnt."),
        needs: ["posts", "interactions"],
        steps: [
            TourChapter.Step(command: "score interactions relationship-stages", reading: Message(
                en: "Strangers, acquaintances, friends and confidants, from how often, how deeply and how recently people interacted. The few confidants are the ones worth knowing by name.",
                de: "Fremde, Bekannte, Freunde und Vertraute, danach, wie oft, wie tief und wie kürzlich jemand interagierte. Die wenigen Vertrauten lohnt es, beim Namen zu kennen.")),
            TourChapter.Step(command: "score posts relevance by format", reading: Message(
                en: "1.0 is the account's own usual engagement. Above it, a format interests this audience more than usual; below it, less.",
                de: "1,0 ist die übliche Resonanz des Kontos selbst. Darüber interessiert ein Format dieses Publikum mehr als sonst, darunter weniger.")),
            TourChapter.Step(command: "score posts frequency-pressure", reading: Message(
                en: "A negative rank correlation with a small p-value means weeks with more posts earned less per post. Where no such pattern shows, the reading column says so.",
                de: "Eine negative Rangkorrelation mit kleinem p-Wert heißt: Wochen mit mehr Beiträgen brachten weniger je Beitrag. Wo sich kein solches Muster zeigt, sagt es die Spalte reading.")),
        ])

    static let friends = TourChapter(
        id: "friends",
        title: Message(en: "A thousand true friends or a hundred thousand bought ones?", de: "Tausend echte Freunde oder hunderttausend gekaufte?"),
        idea: Message(en: "Follower counts can be bought; interaction cannot. rapport reads the interaction rate next to every follower count and estimates how much of an audience is real.",
                      de: "Follower lassen sich kaufen, Interaktion nicht. rapport liest die Interaktionsrate neben jeder Followerzahl und schätzt, wie viel eines Publikums echt ist."),
        needs: ["posts", "audience", "srf"],
        steps: [
            TourChapter.Step(command: "score posts authenticity", reading: Message(
                en: "Accounts flagged true earn far less than accounts of their size, platform and voice: followers who never interact look like this. It is an indicator, not proof.",
                de: "Als true markierte Konten erzielen weit weniger als Konten ihrer Größe, Plattform und Stimme: so sehen Follower aus, die nie interagieren. Ein Hinweis, kein Beweis.")),
            TourChapter.Step(command: "audit audience --label label", reading: Message(
                en: "Published rules score every follower of a sample. With labels, accuracy, precision and recall show how far the rules can be trusted, and the real audience is the follower count without the likely fakes.",
                de: "Veröffentlichte Regeln bewerten jeden Follower einer Stichprobe. Mit Labels zeigen Genauigkeit, Präzision und Trefferquote, wie weit man den Regeln trauen kann; das echte Publikum ist die Followerzahl ohne die wahrscheinlichen Fakes.")),
            TourChapter.Step(command: "audit srf --label rating --model rules", reading: Message(
                en: "The same rules on real, hand-labelled Instagram followers: they catch only part of the fakes, so the share they flag undercounts.",
                de: "Dieselben Regeln auf echten, von Hand beurteilten Instagram-Followern: sie finden nur einen Teil der Fakes; der Anteil, den sie markieren, ist zu niedrig.")),
            TourChapter.Step(command: "audit srf --label rating", reading: Message(
                en: "The built-in Instagram model beside the rules, on the followers it was trained on: its agreement with these labels is in-sample and flatters it, so read its cross-validated figures (each follower judged by a model fitted without it) and quote the adjusted share, the raw share corrected for them.",
                de: "Das eingebaute Instagram-Modell neben den Regeln, auf den Followern, an denen es gelernt hat: seine Übereinstimmung mit diesen Labels ist stichprobenintern und schmeichelt ihm; daher seine kreuzvalidierten Zahlen lesen (jeder Follower von einem Modell beurteilt, das ohne ihn angepasst wurde) und den bereinigten Anteil nennen, den um sie korrigierten rohen Anteil.")),
        ])
}
