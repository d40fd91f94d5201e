# Pforte – Texte des Eingangsterminals (Kiosk) und der Ticketseite.
# Reviewed by a native speaker: no

kiosk-title = Dringendes Anliegen
kiosk-welcome = Willkommen. Hier geben Sie ein dringendes Anliegen direkt an das zuständige Team weiter.
kiosk-choose-language = Wählen Sie Ihre Sprache
kiosk-concern = Worum geht es?
kiosk-concern-permit-expiring = Mein Aufenthaltstitel läuft bald ab
kiosk-concern-lost-card = Meine Karte ist verloren oder gestohlen
kiosk-concern-fiction-certificate = Meine Fiktionsbescheinigung läuft ab
kiosk-concern-employment-change = Ich habe eine neue Arbeitsstelle
kiosk-concern-other = Etwas anderes
kiosk-reference = Vorgangsnummer (wenn Sie eine haben)
kiosk-reference-hint = Sie steht auf Ihrer Eingangsbestätigung, z. B. 7KQM-2X9P-4.
kiosk-description = Beschreiben Sie Ihr Anliegen kurz
kiosk-description-hint = Höchstens { $max } Zeichen.
kiosk-contact = Wie erreichen wir Sie? (Telefon oder E-Mail, freiwillig)
kiosk-consent = Ich bin einverstanden, dass die Ausländerbehörde diese Angaben zur Bearbeitung meines Anliegens verwendet.
kiosk-send = Anliegen senden
kiosk-cancel = Abbrechen und alles löschen
kiosk-sending = Wird verschlüsselt und gesendet …
kiosk-error-summary = Bitte prüfen Sie:
kiosk-error-concern = Wählen Sie, worum es geht.
kiosk-error-description = Beschreiben Sie Ihr Anliegen.
kiosk-error-too-long = Der Text ist zu lang.
kiosk-error-reference = Das ist keine Vorgangsnummer. Prüfen Sie sie oder lassen Sie das Feld leer.
kiosk-error-consent = Ohne Ihr Einverständnis können wir das Anliegen nicht weitergeben.
kiosk-error-send = Das Anliegen konnte nicht gesendet werden. Bitte wenden Sie sich an die Information.
kiosk-ticket-title = Ihr Anliegen ist angekommen
kiosk-ticket-number = Ihre Nummer
kiosk-ticket-team = Das zuständige Team sieht Ihr Anliegen jetzt. Bitte warten Sie im Wartebereich, bis Ihre Nummer aufgerufen wird.
kiosk-ticket-code = Ihr Ticketcode
kiosk-ticket-code-hint = Mit dem Code oder dem QR-Code sehen Sie auf Ihrem Telefon die Antwort des Teams. Schreiben Sie ihn ab oder fotografieren Sie ihn.
kiosk-done = Fertig
kiosk-idle-title = Sind Sie noch da?
kiosk-idle-countdown = { $seconds ->
    [one] In { $seconds } Sekunde wird alles gelöscht und der Startbildschirm gezeigt.
   *[other] In { $seconds } Sekunden wird alles gelöscht und der Startbildschirm gezeigt.
}
kiosk-idle-continue = Weiter ausfüllen
kiosk-unavailable = Das Terminal ist gerade nicht eingerichtet. Bitte wenden Sie sich an die Information.

ticket-title = Ihr Ticket
ticket-code = Ticketcode
ticket-code-hint = Der Code vom Bildschirm am Eingang, z. B. 7KQM-2X9P-4ABC-DEFG-5.
ticket-show = Anzeigen
ticket-number = Nummer { $number }
ticket-state-new = Angekommen. Das Team hat Ihr Anliegen noch nicht geöffnet.
ticket-state-in-progress = In Bearbeitung.
ticket-state-done = Erledigt.
ticket-note = Nachricht des Teams
ticket-updated = Zuletzt geändert: { $time }
ticket-error-code = Das ist kein Ticketcode. Prüfen Sie ihn auf Tippfehler.
ticket-error-not-found = Zu diesem Code gibt es kein Ticket (mehr).
ticket-error-too-many = Zu viele Abfragen. Versuchen Sie es in einigen Minuten wieder.
ticket-error-offline = Keine Verbindung zum Server. Versuchen Sie es später wieder.
