import RapportCore

extension Concept {
    /// `explain audit`: the three ways of counting fake followers, and why the adjusted share is the one to quote.
    static let audit = Concept(
        name: "audit",
        summary: Message(en: "counting fake followers: rules, a learned model and the adjusted share",
                         de: "falsche Follower zählen: Regeln, ein gelerntes Modell und der bereinigte Anteil"),
        idea: Message(
            en: "The published rules (Camisani-Calzolari, Socialbakers, State of Search) are transparent but miss most "
                + "bought followers. A model learned from a labelled sample (audit train) weighs the same profile "
                + "facts by how well they told fake from real there, and its cross-validated sensitivity (fakes "
                + "caught) and specificity (real followers left alone) say how far to trust it. No classifier's raw "
                + "share of verdicts is the true share F: it is sensitivity × F + (1 − specificity) × (1 − F), "
                + "so it runs high where fakes are rare and low where they are common; a share learned on a sample "
                + "with 10 % fakes does not carry over to one with 50 %. The adjusted share (Rogan–Gladen) solves "
                + "that equation for F: (raw share + specificity − 1) / (sensitivity + specificity − 1), clipped to "
                + "0–1; it holds whatever the mix, as long as fakes and real followers look in the new sample as they "
                + "did in the training one. Its interval redraws the followers and the sensitivity and specificity "
                + "from their validation counts. When sensitivity + specificity − 1 is below 0.2 the verdicts say "
                + "too little to be corrected, and no adjusted share is given. The mean probability is a second "
                + "estimate; it is only right when the model's probabilities are calibrated for the new sample's mix.",
            de: "Die veröffentlichten Regeln (Camisani-Calzolari, Socialbakers, State of Search) sind durchschaubar, "
                + "übersehen aber die meisten gekauften Follower. Ein aus einer gelabelten Stichprobe gelerntes Modell "
                + "(audit train) gewichtet dieselben Profilangaben danach, wie gut sie dort falsch von echt trennten, "
                + "und seine kreuzvalidierte Sensitivität (gefundene Fakes) und Spezifität (verschonte echte "
                + "Follower) sagen, wie weit ihm zu trauen ist. Der rohe Anteil der Urteile eines Klassifikators ist "
                + "nie der wahre Anteil F: er ist Sensitivität × F + (1 − Spezifität) × (1 − F), also zu hoch, wo "
                + "Fakes selten, und zu niedrig, wo sie häufig sind; ein an 10 % Fakes gelernter Anteil gilt nicht "
                + "für eine Stichprobe mit 50 %. Der bereinigte Anteil (Rogan–Gladen) löst diese Gleichung nach F: "
                + "(roher Anteil + Spezifität − 1) / (Sensitivität + Spezifität − 1), auf 0–1 begrenzt; er gilt bei "
                + "jeder Mischung, solange falsche und echte Follower in der neuen Stichprobe so aussehen wie im "
                + "Training. Sein Intervall zieht die Follower und Sensitivität und Spezifität aus ihren "
                + "Validierungszahlen neu. Liegt Sensitivität + Spezifität − 1 unter 0,2, sagen die Urteile zu wenig, "
                + "um sie zu korrigieren, und es gibt keinen bereinigten Anteil. Die mittlere Wahrscheinlichkeit ist "
                + "eine zweite Schätzung; sie stimmt nur, wenn die Wahrscheinlichkeiten des Modells für die Mischung "
                + "der neuen Stichprobe kalibriert sind."),
        commands: ["simulate followers 2000 --fake-share 0.1 as labelled",
                   "audit train labelled --label label as model",
                   "simulate followers 2000 --fake-share 0.5 --seed 7 as client", "audit client --model model",
                   "audit client --model rules"])
}
