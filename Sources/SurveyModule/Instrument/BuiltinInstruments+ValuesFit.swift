extension BuiltinInstruments {
    /// The values-fit instrument: for each core value the client names, how well it describes the respondent and how
    /// much it matters to them, on a 1–5 scale. The item texts are rapport's own.
    static let valuesFitJSON = #"""
    {
      "id": "values-fit",
      "title": {"en": "Fit with the company's core values", "de": "Passung zu den Kernwerten des Unternehmens"},
      "introduction": {
        "en": "The company has named its core values. For each one, say how well it describes you and how important it is to you.",
        "de": "Das Unternehmen hat seine Kernwerte benannt. Geben Sie zu jedem an, wie gut er Sie beschreibt und wie wichtig er Ihnen ist."
      },
      "type": "likert",
      "points": 5,
      "skip": true,
      "anchors": {"en": "1 = not at all … 5 = completely", "de": "1 = überhaupt nicht … 5 = voll und ganz"},
      "scales": [
        {"id": "describes", "text": {"en": "describes me", "de": "beschreibt mich"}},
        {"id": "importance", "text": {"en": "important to me", "de": "ist mir wichtig"}}
      ],
      "items": [],
      "valueItems": [
        {"id": "describes", "scale": "describes",
         "text": {"en": "How well does “{value}” describe the way you work?", "de": "Wie gut beschreibt „{value}“ Ihre Art zu arbeiten?"}},
        {"id": "importance", "scale": "importance",
         "text": {"en": "How important is “{value}” to you at work?", "de": "Wie wichtig ist Ihnen „{value}“ bei der Arbeit?"}}
      ]
    }
    """#
}
