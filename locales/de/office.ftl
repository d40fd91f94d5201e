# Pforte – Texte des Posteingangs für Mitarbeitende (/office).
# Reviewed by a native speaker: no

office-title = Posteingang der Teams
office-sign-in = Anmelden
office-name = Name
office-password = Passwort
office-sign-out = Abmelden
office-error-sign-in = Name oder Passwort stimmt nicht.
office-error-too-many = Zu viele Versuche. Warten Sie einige Minuten.
office-error-offline = Keine Verbindung zum Server.
office-error-session = Die Sitzung ist abgelaufen. Bitte melden Sie sich neu an.
office-signed-in = Angemeldet als { $name }
office-team = Team { $team }
office-key = Schlüsseldatei des Teams (team-{ $team }.pem)
office-key-hint = Der Schlüssel bleibt in diesem Browserfenster und wird nicht hochgeladen. Beim Abmelden oder Schließen ist er weg.
office-key-loaded = Schlüssel geladen: Anliegen werden hier entschlüsselt.
office-key-error = Diese Datei ist kein privater Schlüssel (PKCS #8, PEM, unverschlüsselt).
office-empty = Keine offenen Anliegen.
office-new-count = { $count ->
    [one] { $count } neues Anliegen
   *[other] { $count } neue Anliegen
}
office-ticket = Nummer { $ticket }
office-received = Eingegangen { $time }
office-state-new = Neu
office-state-in-progress = In Bearbeitung
office-state-done = Erledigt
office-locked = Verschlüsselt. Laden Sie den Schlüssel des Teams, um es zu lesen.
office-cannot-open = Dieses Anliegen lässt sich mit dem geladenen Schlüssel nicht öffnen.
office-field-concern = Anliegen
office-field-language = Sprache
office-field-reference = Vorgangsnummer
office-field-contact = Erreichbar unter
office-field-description = Beschreibung
office-note = Nachricht an die Person (sieht sie mit ihrem Ticketcode; höchstens { $max } Zeichen)
office-mark-in-progress = In Bearbeitung nehmen
office-mark-done = Als erledigt markieren
office-saved = Gespeichert.
office-error-save = Nicht gespeichert. Versuchen Sie es noch einmal.
office-last-note = Letzte Nachricht: { $note }
office-by = zuletzt von { $name }
