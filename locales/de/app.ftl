# Pforte – Texte der App (nicht formularspezifisch).
# Reviewed by a native speaker: no

catalogue-title = Ausländerbehörde online
loading = Wird geladen …
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

## Erklärung zur Barrierefreiheit (BITV 2.0 § 7, Richtlinie (EU) 2016/2102)

a11y-title = Erklärung zur Barrierefreiheit
a11y-intro = Die Ausländerbehörde ist bemüht, diesen Online-Dienst für Anträge barrierefrei zugänglich zu machen. Sie richtet sich dabei nach dem Behindertengleichstellungsgesetz (BGG) und der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) oder nach den entsprechenden Gesetzen des Landes. Diese Erklärung gilt für diesen Online-Dienst.
a11y-status-title = Stand der Barrierefreiheit
a11y-status = Dieser Online-Dienst ist teilweise mit den Anforderungen an die Barrierefreiheit vereinbar. Maßstab sind die Richtlinien für barrierefreie Webinhalte (WCAG 2.2, Stufe AA) und die europäische Norm EN 301 549. Die Gründe stehen im nächsten Abschnitt.
a11y-known-title = Nicht barrierefreie Inhalte
a11y-known-1 = Die Übersetzungen aus dem Deutschen wurden noch nicht von Muttersprachlerinnen und Muttersprachlern geprüft. Sie können deshalb unklare Formulierungen enthalten. Das deutsche Original ist immer verfügbar.
a11y-known-2 = Sie können Unterlagen noch nicht online hochladen.
a11y-known-3 = Es gibt noch keine Informationen in Deutscher Gebärdensprache (DGS) und in Leichter Sprache.
a11y-known-4 = Die Barrierefreiheit wurde bisher mit automatischen Tests und von den Entwicklerinnen und Entwicklern geprüft. Eine unabhängige Prüfung nach dem BITV-Test gab es noch nicht.
a11y-prepared-title = Erstellung dieser Erklärung
a11y-prepared = Diese Erklärung wurde am { $date } erstellt. Grundlage ist eine Selbstbewertung. Das heißt: Wir haben den Online-Dienst selbst geprüft.
a11y-feedback-title = Feedback und Kontakt
a11y-feedback = Können Sie einen Teil dieses Online-Dienstes nicht gut nutzen? Oder brauchen Sie Informationen in einer barrierefreien Form? Dann melden Sie sich bitte bei uns. Schreiben Sie uns bitte, auf welcher Seite das Problem ist und was nicht funktioniert.
# Office: replace with the real contact.
a11y-contact = E-Mail: barrierefreiheit@auslaenderbehoerde.example, Telefon: 0123 456789-0
a11y-enforcement-title = Durchsetzungsverfahren
# Office: name your state's enforcement body.
a11y-enforcement = Haben Sie uns ein Problem gemeldet? Und haben Sie innerhalb von sechs Wochen keine zufriedenstellende Antwort bekommen? Dann können Sie sich an die Durchsetzungsstelle oder Schlichtungsstelle für Barrierefreiheit wenden. Für die Ausländerbehörde ist das die Stelle, die das Land in seinem Gesetz zur Gleichstellung von Menschen mit Behinderungen dafür bestimmt hat. Für Behörden des Bundes ist es die Schlichtungsstelle nach dem Behindertengleichstellungsgesetz (www.schlichtungsstelle-bgg.de).

## Nachweise und Unterlagen

attachment-types = Dateiarten: { $types }
attachment-size = Größe: höchstens { $size } je Datei
attachment-count-required = Pflicht: mindestens { $min }, höchstens { $max } { $max ->
        [one] Datei
       *[other] Dateien
    }
attachment-count-optional = Freiwillig: höchstens { $max } { $max ->
        [one] Datei
       *[other] Dateien
    }
attachment-state-empty = Noch keine Datei hinzugefügt.
attachment-remove = Entfernen
attachment-choose = Datei auswählen
attachment-remove-label = { $name } entfernen
attachment-preparing = { $name } wird verschlüsselt …
attachment-error-count = Hier sind höchstens { $max } { $max ->
    [one] Datei
   *[other] Dateien
} möglich. Entfernen Sie zuerst eine Datei.
attachment-error-type = { $name } ist keine Datei der erlaubten Art ({ $types }).
attachment-error-size = { $name } ist zu groß: höchstens { $size } je Datei.
attachment-error-decode = Dieses Foto kann der Browser nicht lesen ({ $name }). Bitte wählen Sie ein JPEG-Foto oder eine PDF-Datei.
attachment-error-read = { $name } konnte nicht gelesen werden. Bitte wählen Sie die Datei noch einmal.
attachment-error-storage = Auf diesem Gerät ist nicht genug Speicherplatz frei. Bitte geben Sie Speicher frei und versuchen Sie es noch einmal.
attachment-error-missing = Bitte fügen Sie mindestens { $min } { $min ->
    [one] Datei
   *[other] Dateien
} hinzu.

## Absenden

send-title = Antrag absenden
send-intro = Ihre Angaben und Dateien werden auf diesem Gerät verschlüsselt. Nur die Ausländerbehörde kann sie lesen.
send-missing-files = Es fehlen noch Unterlagen:
send-button = Antrag jetzt absenden
send-again = Noch einmal versuchen
send-preparing = Der Antrag wird vorbereitet …
send-uploading = Dateien werden gesendet …
send-paused = Angehalten. Nichts geht verloren.
send-waiting = Die Verbindung ist unterbrochen. Es wird gleich automatisch weitergesendet.
send-submitting = Der Antrag wird abgeschlossen …
send-retry-in = Neuer Versuch in { $seconds } s.
send-retry-now = Jetzt versuchen
send-progress = { $sent } von { $total } gesendet
send-pause = Anhalten
send-resume = Fortsetzen
send-error-not-configured = Diese Behörde nimmt noch keine Online-Anträge an. Bitte wenden Sie sich direkt an die Behörde.
send-error-offline = Die Behörde ist gerade nicht erreichbar. Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es noch einmal.
# A part of the app (review, attachments, receipt…) is fetched when first needed; it did not arrive.
part-load-failed = Dieser Teil der Seite konnte nicht geladen werden. Bitte prüfen Sie Ihre Internetverbindung.
part-load-retry = Noch einmal versuchen
send-error-wrong-key = Aus Sicherheitsgründen wurde nichts gesendet: Der Schlüssel der Behörde stimmt nicht. Bitte laden Sie die Seite neu und versuchen Sie es später noch einmal.
send-error-crypto = Dieser Browser kann den Antrag nicht verschlüsseln. Bitte verwenden Sie einen aktuellen Browser.
send-error-server = Der Antrag konnte nicht angenommen werden. Ihre Angaben bleiben auf diesem Gerät gespeichert. Bitte versuchen Sie es später noch einmal.
send-error-form-changed = Dieses Formular wurde inzwischen geändert. Bitte laden Sie die Seite neu; Ihre Angaben bleiben erhalten.
send-error-incomplete = Einige Angaben fehlen oder sind nicht richtig. Bitte prüfen Sie die Schritte oben.

## Eingangsbestätigung

receipt-title = Ihr Antrag ist eingegangen
receipt-intro = Die Ausländerbehörde hat Ihren Antrag erhalten. Bewahren Sie diese Eingangsbestätigung auf.
receipt-reference = Ihre Vorgangsnummer
receipt-qr-label = QR-Code der Vorgangsnummer { $reference }
receipt-received-at = Eingegangen am
receipt-form = Antrag
receipt-deadline-met = Der Antrag ist vor dem Ablauf Ihres Aufenthaltstitels am { $date } eingegangen. Ihr bisheriger Aufenthaltstitel gilt bis zur Entscheidung als fortbestehend (§ 81 Abs. 4 AufenthG).
receipt-deadline-missed = Der Antrag ist nach dem Ablauf Ihres Aufenthaltstitels am { $date } eingegangen. Bitte wenden Sie sich umgehend an die Ausländerbehörde.
receipt-keep = Die Bestätigung ist von der Behörde elektronisch signiert. Sie können sie drucken oder als Datei speichern.
receipt-print = Drucken
receipt-download = Als Datei speichern

## Übergabe mit Code (Beratung)

handover-title = An eine andere Person übergeben
handover-intro = Mit einem Code kann eine andere Person diesen Antrag auf ihrem Gerät weiter ausfüllen, zum Beispiel Ihre Beraterin oder Ihr Klient. Ihre Angaben werden dafür auf diesem Gerät verschlüsselt.
handover-button = Code zum Übergeben erstellen
handover-code-label = Übergabe-Code (auf der Startseite unter „Mit Code weitermachen“ eingeben):
handover-qr-label = QR-Code des Übergabe-Codes { $code }
handover-valid-until = Der Code gilt bis zum { $date }.
handover-files-note = Dateien werden nicht übergeben. Bitte fügen Sie sie auf dem anderen Gerät neu hinzu.
handover-error-code = Das ist kein gültiger Code. Bitte prüfen Sie die Zeichen.
handover-error-missing = Zu diesem Code gibt es keinen Antrag (mehr). Codes gelten 14 Tage.
resume-title = Mit Code weitermachen
resume-label = Übergabe-Code
resume-help = Den Code hat Ihnen Ihre Beraterin, Ihr Berater oder Ihre Klientin gegeben, z. B. ABCD-EFGH-JKMN-PQRS-TVWX-Y.
resume-button = Weiter

## Stand des Antrags (docs/STATUS.md)
receipt-status-code = Ihr Statuscode
receipt-status-help = Mit Vorgangsnummer und Statuscode sehen Sie jederzeit, wie weit Ihr Antrag ist. Geben Sie den Statuscode nicht weiter.
receipt-status-link = Stand des Antrags ansehen
status-title = Stand Ihres Antrags
status-intro = Geben Sie die Vorgangsnummer und den Statuscode von Ihrer Eingangsbestätigung ein.
status-reference = Vorgangsnummer
status-reference-hint = Zum Beispiel 7KQM-2X9P-V
status-code = Statuscode
status-code-hint = 16 Zeichen und ein Prüfzeichen, zum Beispiel ABCD-EFGH-JKMN-PQRS-T
status-submit = Stand abfragen
status-checking = Wird abgefragt …
status-error-not-found = Zu dieser Vorgangsnummer und diesem Statuscode gibt es keinen Antrag. Prüfen Sie beide Angaben.
status-error-reference = Das ist keine Vorgangsnummer. Prüfen Sie sie auf Tippfehler.
status-error-code = Das ist kein Statuscode. Prüfen Sie ihn auf Tippfehler.
status-error-too-many = Zu viele Abfragen. Versuchen Sie es in einigen Minuten wieder.
status-error-offline = Keine Verbindung zum Server. Versuchen Sie es später wieder.
status-current = Aktueller Stand
status-history = Verlauf
status-received = Eingegangen
status-in-review = In Bearbeitung
status-documents-missing = Es fehlen Unterlagen
status-appointment-needed = Bitte vereinbaren Sie einen Termin
status-decision-made = Entscheidung getroffen
status-card-ordered = Karte bestellt
status-ready-for-pickup = Abholbereit
status-handed-over = Ausgehändigt
status-closed = Abgeschlossen
status-fiction = Fiktionsbescheinigung ausgestellt, gültig bis { $date }
status-pickup-counter = Abholung am Schalter mit Termin.
status-pickup-dispenser = Abholung am Ausgabeautomaten im Eingangsbereich mit dem Abholcode { $code } und Ihrer PIN.
status-pickup-post = Die Karte wird Ihnen per Post zugeschickt.
status-missing-intro = Bitte reichen Sie nach:
status-document-passport = Reisepass
status-document-biometric-photo = biometrisches Passfoto
status-document-proof-of-income = Einkommensnachweis
status-document-health-insurance = Nachweis der Krankenversicherung
status-document-rental-contract = Mietvertrag
status-document-employment-contract = Arbeitsvertrag
status-document-registration-certificate = Meldebescheinigung
status-document-fee-payment = Nachweis über die gezahlte Gebühr
status-document-other = weitere Unterlagen (siehe Schreiben der Behörde)

## Termine (docs/APPOINTMENTS.md)
appointments-title = Termin vereinbaren
appointments-intro = Termine vergeben wir an Personen mit einem gestellten Antrag. Sie brauchen die Vorgangsnummer und den Statuscode von Ihrer Eingangsbestätigung.
appointments-service = Wofür brauchen Sie den Termin?
appointments-duration = { $minutes } Minuten
appointments-show-times = Freie Termine anzeigen
appointments-no-times = Zurzeit sind alle Termine vergeben. Neue Termine werden täglich um { $time } Uhr freigegeben, als Nächstes am { $date }.
appointments-day = Tag
appointments-time = Uhrzeit
appointments-book = Termin buchen
appointments-booking = Wird gebucht …
appointments-booked-title = Ihr Termin ist gebucht
appointments-booked-when = { $date } um { $time } Uhr
appointments-booked-bring = Bringen Sie Ihren Pass und Ihre Vorgangsnummer mit.
# Booked with an email address: there is no application, so no reference number to bring.
appointments-booked-bring-passport = Bringen Sie Ihren Pass mit.
appointments-calendar = In den Kalender übernehmen
appointments-cancel-link = Mit diesem Link können Sie den Termin absagen. Bewahren Sie ihn auf; er wird nur jetzt angezeigt.
appointments-error-taken = Dieser Termin wurde gerade vergeben. Wählen Sie einen anderen.
appointments-error-already = Sie haben für diesen Anlass schon einen Termin: { $date } um { $time } Uhr. Sagen Sie ihn zuerst ab, wenn Sie einen anderen möchten.
appointments-error-not-a-slot = Diesen Termin gibt es nicht (mehr). Lassen Sie sich die freien Termine neu anzeigen.
appointments-error-unavailable = Diese Behörde bietet keine Online-Termine an.
appointments-cancel-title = Termin absagen
appointments-cancel-confirm = Möchten Sie Ihren Termin absagen? Der Termin wird dann für andere frei.
appointments-cancel-button = Termin absagen
appointments-cancelled = Ihr Termin ist abgesagt.
appointments-cancel-not-found = Diesen Termin gibt es nicht oder er ist schon abgesagt.
service-hand-in-application = Antrag abgeben
service-biometrics = Biometrische Daten erfassen
service-eat-pickup = Aufenthaltstitel (eAT) mit PIN-Brief abholen
service-settlement-counselling = Beratung zur Niederlassungserlaubnis

status-notice-title = Per E-Mail benachrichtigt werden
status-notice-intro = Wir schreiben Ihnen eine kurze E-Mail, wenn sich der Stand ändert. Die E-Mail sagt nur, dass sich etwas geändert hat; den Stand selbst sehen Sie hier. Ihre Adresse wird auf diesem Gerät verschlüsselt: Nur die Ausländerbehörde kann sie lesen.
status-notice-email = E-Mail-Adresse
status-notice-submit = Benachrichtigen
status-notice-on = Sie bekommen eine E-Mail, wenn sich der Stand ändert.
status-notice-stop = Keine E-Mails mehr
status-notice-off = Sie bekommen keine E-Mails mehr zu diesem Antrag.
status-notice-error-email = Geben Sie eine E-Mail-Adresse ein, zum Beispiel name@example.org.
status-notice-error-failed = Das hat nicht geklappt. Versuchen Sie es später wieder.

appointments-proof-legend = Wie weisen Sie nach, wer Sie sind?
appointments-proof-application = Mit Vorgangsnummer und Statuscode meines Antrags
appointments-proof-email = Mit meiner E-Mail-Adresse (ich habe keinen Antrag gestellt)
appointments-email = E-Mail-Adresse
appointments-email-hint = Wir schicken Ihnen einen Code mit 6 Ziffern. Ihre Adresse wird nur verschlüsselt gespeichert; lesen kann sie nur die Ausländerbehörde.
appointments-send-code = Code senden
appointments-code = Code aus der E-Mail
appointments-code-sent = Wir haben Ihnen einen Code geschickt. Er gilt 30 Minuten.
appointments-error-email = Geben Sie eine E-Mail-Adresse ein, zum Beispiel name@example.org.
appointments-error-code = Der Code stimmt nicht oder ist abgelaufen. Prüfen Sie ihn, oder lassen Sie sich einen neuen schicken.
appointments-error-mail = Wir konnten Ihnen keine E-Mail schicken. Prüfen Sie die Adresse, oder versuchen Sie es später wieder.
appointments-intro-email = Wer einen Antrag gestellt hat, braucht die Vorgangsnummer und den Statuscode von der Eingangsbestätigung. Wer keinen Antrag gestellt hat, bestätigt seine E-Mail-Adresse mit einem Code.
