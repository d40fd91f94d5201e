# Pforte – Texte der App (nicht formularspezifisch).
# Reviewed by a native speaker: no

catalogue-title = Ausländerbehörde online
step-progress = Schritt { $current } von { $total }
nav-back = Zurück
nav-next = Weiter
select-choose = Bitte auswählen
answer-yes = Ja
answer-no = Nein
group-add = Eintrag hinzufügen
group-remove = Diesen Eintrag entfernen

## Fehlermeldungen, eine je JSON-Schema-Schlüsselwort. Formulare können sie je Feld überschreiben.

error-required = Bitte füllen Sie dieses Feld aus.
error-type = Diese Angabe hat nicht das erwartete Format.
error-enum = Bitte wählen Sie einen der angebotenen Werte.
error-const = Bitte bestätigen Sie dies.
error-minLength = Bitte geben Sie mindestens { $limit } Zeichen ein.
error-maxLength = Bitte geben Sie höchstens { $limit } Zeichen ein.
error-pattern = Diese Angabe hat nicht das erwartete Format.
error-format = Diese Angabe hat nicht das erwartete Format.
error-minimum = Der Wert muss mindestens { $limit } sein.
error-maximum = Der Wert darf höchstens { $limit } sein.
error-exclusiveMinimum = Der Wert muss größer als { $limit } sein.
error-exclusiveMaximum = Der Wert muss kleiner als { $limit } sein.
error-multipleOf = Der Wert muss ein Vielfaches von { $limit } sein.
error-minItems = Bitte geben Sie mindestens { $limit } Einträge an.
error-maxItems = Bitte geben Sie höchstens { $limit } Einträge an.
error-uniqueItems = Bitte geben Sie jeden Eintrag nur einmal an.
error-anyOf = Bitte prüfen Sie diese Angabe.
error-oneOf = Bitte prüfen Sie diese Angabe.
error-not = Bitte prüfen Sie diese Angabe.
error-dependentRequired = Bitte füllen Sie dieses Feld aus.
error-additionalProperties = Diese Angabe ist hier nicht vorgesehen.
error-false = Diese Angabe ist hier nicht vorgesehen.
error-contains = Bitte geben Sie mindestens einen passenden Eintrag an.
error-minContains = Bitte geben Sie mindestens { $limit } passende Einträge an.
error-maxContains = Bitte geben Sie höchstens { $limit } passende Einträge an.
error-minProperties = Bitte machen Sie mindestens { $limit } Angaben.
error-maxProperties = Bitte machen Sie höchstens { $limit } Angaben.
error-propertyNames = Diese Angabe ist hier nicht vorgesehen.

## Fehlerübersicht, Übersicht vor dem Absenden

error-summary-title = Bitte prüfen Sie Ihre Angaben
review-title = Ihre Angaben im Überblick
review-intro = Bitte prüfen Sie alles, bevor Sie den Antrag absenden.
review-change = Ändern
review-empty = Keine Angabe
start-over = Neu beginnen
start-over-confirm = Alle Angaben in diesem Formular werden auf diesem Gerät gelöscht. Wirklich neu beginnen?

## Auswahlliste mit Suche (lange Listen wie die Staatsangehörigkeit)

combobox-hint = Tippen Sie einige Buchstaben und wählen Sie dann mit den Pfeiltasten oder durch Antippen.
combobox-results = { $count ->
    [0] Keine Treffer
    [one] Ein Treffer
   *[other] { $count } Treffer
}
combobox-no-match = Bitte wählen Sie einen Eintrag aus der Liste.

## Wiederholbare Einträge

group-move-up = Nach oben
group-move-down = Nach unten
group-count = { $count } von höchstens { $max } Einträgen
group-full = Mehr Einträge sind nicht möglich.

## Zweisprachige Ansicht für Beratende, Druck

bilingual-toggle = Deutsches Original unter jedem Text zeigen
bilingual-german = Deutsches Original
print-review = Übersicht drucken

## Seitenrahmen

skip-to-content = Zum Inhalt springen
footer-accessibility = Erklärung zur Barrierefreiheit
