extension BuiltinInstruments {
    /// The competing-values culture profile: six dimensions, four culture types, 100 points, now and preferred.
    /// The item texts are rapport's own.
    static let cultureProfileJSON = #"""
    {
      "id": "culture-profile",
      "title": {"en": "Culture profile (competing values)", "de": "Kulturprofil (konkurrierende Werte)"},
      "introduction": {
        "en": "For each topic, split 100 points across the four descriptions: the more a description fits, the more points it gets. First describe the organisation as it is now, then as you would like it to be.",
        "de": "Verteilen Sie bei jedem Thema 100 Punkte auf die vier Beschreibungen: Je besser eine Beschreibung passt, desto mehr Punkte bekommt sie. Beschreiben Sie die Organisation zuerst, wie sie heute ist, dann, wie Sie sie sich wünschen."
      },
      "type": "ipsative",
      "total": 100,
      "rounds": [
        {"id": "now", "text": {"en": "as it is now", "de": "wie sie heute ist"}},
        {"id": "preferred", "text": {"en": "as you would like it to be", "de": "wie Sie sie sich wünschen"}}
      ],
      "alternatives": [
        {"id": "collaborate", "text": {"en": "collaborate (clan)", "de": "zusammenarbeiten (Clan)"}},
        {"id": "create", "text": {"en": "create (adhocracy)", "de": "gestalten (Adhokratie)"}},
        {"id": "compete", "text": {"en": "compete (market)", "de": "im Wettbewerb bestehen (Markt)"}},
        {"id": "control", "text": {"en": "control (hierarchy)", "de": "steuern (Hierarchie)"}}
      ],
      "items": [
        {"id": "character", "text": {"en": "What the place is like", "de": "Wie es sich hier anfühlt"},
         "alternatives": [
           {"en": "It feels like a large family; people share a lot of themselves.", "de": "Es fühlt sich an wie eine große Familie; man teilt viel von sich."},
           {"en": "It is lively and inventive; people try things and take chances.", "de": "Es ist lebendig und erfinderisch; man probiert aus und geht Wagnisse ein."},
           {"en": "It is about results; people want to win and get things done.", "de": "Es geht um Ergebnisse; man will gewinnen und Dinge erledigen."},
           {"en": "It is orderly; rules and procedures say how things are done.", "de": "Es ist geordnet; Regeln und Abläufe sagen, wie etwas gemacht wird."}
         ]},
        {"id": "leadership", "text": {"en": "How leaders lead", "de": "Wie Führungskräfte führen"},
         "alternatives": [
           {"en": "Leaders coach, listen and help people grow.", "de": "Führungskräfte begleiten, hören zu und helfen Menschen zu wachsen."},
           {"en": "Leaders spark new ideas and welcome experiments.", "de": "Führungskräfte stoßen neue Ideen an und begrüßen Experimente."},
           {"en": "Leaders push hard for targets and expect performance.", "de": "Führungskräfte treiben Ziele entschlossen voran und erwarten Leistung."},
           {"en": "Leaders organise, coordinate and keep things running smoothly.", "de": "Führungskräfte organisieren, stimmen ab und sorgen für reibungslose Abläufe."}
         ]},
        {"id": "people", "text": {"en": "How people are managed", "de": "Wie mit Mitarbeitenden umgegangen wird"},
         "alternatives": [
           {"en": "Through teamwork, agreement and taking part in decisions.", "de": "Über Teamarbeit, Einvernehmen und Mitsprache bei Entscheidungen."},
           {"en": "Through freedom to act on one's own ideas and to stand out.", "de": "Über Freiraum für eigene Ideen und die Möglichkeit, herauszustechen."},
           {"en": "Through demanding goals, competition and rewards for achievement.", "de": "Über anspruchsvolle Ziele, Wettbewerb und Belohnung von Leistung."},
           {"en": "Through secure jobs, clear roles and predictable expectations.", "de": "Über sichere Stellen, klare Rollen und verlässliche Erwartungen."}
         ]},
        {"id": "glue", "text": {"en": "What holds the organisation together", "de": "Was die Organisation zusammenhält"},
         "alternatives": [
           {"en": "Loyalty and trust between people.", "de": "Loyalität und Vertrauen zwischen den Menschen."},
           {"en": "A shared drive to be first with something new.", "de": "Der gemeinsame Ehrgeiz, als Erste etwas Neues zu bringen."},
           {"en": "The will to reach goals and beat competitors.", "de": "Der Wille, Ziele zu erreichen und Wettbewerber zu schlagen."},
           {"en": "Formal policies and a steady way of working.", "de": "Verbindliche Richtlinien und eine beständige Arbeitsweise."}
         ]},
        {"id": "strategy", "text": {"en": "What the organisation emphasises", "de": "Worauf die Organisation setzt"},
         "alternatives": [
           {"en": "Developing people, openness and high trust.", "de": "Menschen entwickeln, Offenheit und großes Vertrauen."},
           {"en": "Finding new opportunities and growing into new fields.", "de": "Neue Chancen finden und in neue Felder wachsen."},
           {"en": "Gaining ground, hitting targets and winning in the market.", "de": "Boden gutmachen, Ziele erreichen und im Markt gewinnen."},
           {"en": "Stability, efficiency and control of costs.", "de": "Stabilität, Effizienz und Kostenkontrolle."}
         ]},
        {"id": "success", "text": {"en": "What counts as success", "de": "Was als Erfolg gilt"},
         "alternatives": [
           {"en": "People who grow, work well together and care for each other.", "de": "Menschen, die wachsen, gut zusammenarbeiten und füreinander da sind."},
           {"en": "Products or services that are new and unlike anyone else's.", "de": "Produkte oder Leistungen, die neu sind und sich von allen anderen abheben."},
           {"en": "A larger market share and staying ahead of competitors.", "de": "Ein größerer Marktanteil und ein Vorsprung vor Wettbewerbern."},
           {"en": "Reliable delivery, smooth plans and low cost.", "de": "Verlässliche Lieferung, reibungslose Planung und niedrige Kosten."}
         ]}
      ]
    }
    """#
}
