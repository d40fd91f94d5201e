# Reviewed by a native speaker: no

## Formular

residence-permit-extension-title = Antrag auf Verlängerung der Aufenthaltserlaubnis
residence-permit-extension-description = Mit diesem Antrag lassen Sie Ihre Aufenthaltserlaubnis bei der Ausländerbehörde verlängern. Das Ausfüllen dauert etwa 20 Minuten.

## Schritt: Bevor Sie beginnen

residence-permit-extension-step-start-title = Bevor Sie beginnen
residence-permit-extension-info-start-intro = Hier können Sie die Verlängerung Ihrer Aufenthaltserlaubnis online beantragen. Ihre Eingaben werden auf diesem Gerät zwischengespeichert. Sie können also eine Pause machen und später weitermachen.
residence-permit-extension-info-start-deadline = Wichtig: Stellen Sie den Antrag, bevor Ihre jetzige Aufenthaltserlaubnis abläuft – am besten 6 bis 8 Wochen vorher. Dann gilt Ihre Aufenthaltserlaubnis weiter, bis wir über den Antrag entschieden haben (§ 81 Absatz 4 Aufenthaltsgesetz). Nach dem Absenden bekommen Sie eine Eingangsbestätigung. Sie zeigt, wann Ihr Antrag bei uns angekommen ist. Bewahren Sie sie gut auf.
residence-permit-extension-info-start-documents = Legen Sie bitte bereit: Ihren Pass, Ihre Aufenthaltserlaubnis, Nachweise über Ihr Einkommen (zum Beispiel die letzten drei Gehaltsabrechnungen), einen Nachweis Ihrer Krankenversicherung und Ihre Meldebescheinigung. Sie können die Unterlagen mit dem Handy fotografieren.

## Schritt: Angaben zur Person

residence-permit-extension-step-person-title = Angaben zu Ihrer Person
residence-permit-extension-step-person-help = Schreiben Sie Ihre Namen genau so, wie sie in Ihrem Pass stehen.
residence-permit-extension-person-familyName-label = Familienname
residence-permit-extension-person-familyName-help = Wie in Ihrem Pass. Wenn Sie mehrere Familiennamen haben, schreiben Sie alle.
residence-permit-extension-person-givenNames-label = Vornamen
residence-permit-extension-person-givenNames-help = Alle Vornamen wie in Ihrem Pass. Wenn in Ihrem Pass kein Vorname steht, lassen Sie das Feld leer.
residence-permit-extension-person-birthName-label = Geburtsname
residence-permit-extension-person-birthName-help = Nur ausfüllen, wenn Ihr Familienname bei der Geburt anders war, zum Beispiel vor einer Heirat.
residence-permit-extension-person-dateOfBirth-label = Geburtsdatum
residence-permit-extension-person-placeOfBirth-label = Geburtsort
residence-permit-extension-person-placeOfBirth-help = Wie in Ihrem Pass.
residence-permit-extension-person-countryOfBirth-label = Geburtsland
residence-permit-extension-person-countryOfBirth-help = Der Staat, in dem Ihr Geburtsort liegt.
residence-permit-extension-person-countryOfBirth-error-not = Bitte wählen Sie einen Staat aus.
residence-permit-extension-person-nationality-label = Staatsangehörigkeit
residence-permit-extension-person-nationality-help = Wenn Sie mehrere Staatsangehörigkeiten haben, wählen Sie die Staatsangehörigkeit Ihres Passes.
residence-permit-extension-person-sex-label = Geschlecht laut Pass
residence-permit-extension-person-sex-help = Wählen Sie den Buchstaben, der in Ihrem Pass steht: F, M oder X.
residence-permit-extension-person-sex-option-F = F – weiblich
residence-permit-extension-person-sex-option-M = M – männlich
residence-permit-extension-person-sex-option-X = X – unbestimmt
residence-permit-extension-person-maritalStatus-label = Familienstand
residence-permit-extension-person-maritalStatus-option-single = ledig
residence-permit-extension-person-maritalStatus-option-married = verheiratet
residence-permit-extension-person-maritalStatus-option-civilPartnership = in eingetragener Lebenspartnerschaft
residence-permit-extension-person-maritalStatus-option-separated = getrennt lebend
residence-permit-extension-person-maritalStatus-option-divorced = geschieden
residence-permit-extension-person-maritalStatus-option-widowed = verwitwet

## Schritt: Pass

residence-permit-extension-step-passport-title = Ihr Pass
residence-permit-extension-step-passport-help = Gemeint ist das Dokument, mit dem Sie reisen: Ihr Reisepass oder ein Reiseausweis.
residence-permit-extension-passport-documentType-label = Art des Dokuments
residence-permit-extension-passport-documentType-option-nationalPassport = Reisepass Ihres Herkunftsstaats
residence-permit-extension-passport-documentType-option-refugeeTravelDocument = Reiseausweis für Flüchtlinge
residence-permit-extension-passport-documentType-option-statelessTravelDocument = Reiseausweis für Staatenlose
residence-permit-extension-passport-documentType-option-alienPassport = Reiseausweis für Ausländer
residence-permit-extension-passport-documentType-option-other = anderes Dokument
residence-permit-extension-passport-number-label = Passnummer
residence-permit-extension-passport-number-help = Die Nummer steht auf der Seite mit Ihrem Foto, meistens oben rechts.
residence-permit-extension-passport-number-error-pattern = Die Passnummer besteht aus 5 bis 20 Buchstaben und Ziffern. Bitte ohne Leerzeichen und ohne Bindestriche.
residence-permit-extension-passport-issuingState-label = Ausstellender Staat
residence-permit-extension-passport-issuingState-help = Der Staat, der das Dokument ausgestellt hat. Wenn Sie einen Reiseausweis aus Deutschland haben, wählen Sie Deutschland.
residence-permit-extension-passport-issuingState-error-not = Bitte wählen Sie den Staat, der das Dokument ausgestellt hat.
residence-permit-extension-passport-issuedOn-label = Ausgestellt am
residence-permit-extension-passport-validUntil-label = Gültig bis
residence-permit-extension-passport-validUntil-help = Ihr Pass muss gültig sein. Wenn er bald abläuft, kümmern Sie sich bitte rechtzeitig um einen neuen.

## Schritt: Jetzige Aufenthaltserlaubnis

residence-permit-extension-step-permit-title = Ihre jetzige Aufenthaltserlaubnis
residence-permit-extension-permit-documentType-label = In welcher Form haben Sie Ihre Aufenthaltserlaubnis?
residence-permit-extension-permit-documentType-option-card = als Karte (elektronischer Aufenthaltstitel)
residence-permit-extension-permit-documentType-option-label = als Aufkleber in meinem Pass
residence-permit-extension-permit-documentType-option-fictionCertificate = als Fiktionsbescheinigung (Papier)
residence-permit-extension-permit-cardNumber-label = Kartennummer
residence-permit-extension-permit-cardNumber-help = Die Kartennummer steht auf der Vorderseite Ihrer Karte oben rechts. Sie hat 9 Zeichen: Buchstaben und Ziffern.
residence-permit-extension-permit-cardNumber-error-pattern = Die Kartennummer hat genau 9 Zeichen: Buchstaben und Ziffern, ohne Leerzeichen. Sie steht auf der Vorderseite oben rechts.
residence-permit-extension-permit-cardNumber-error-required = Bitte geben Sie die Kartennummer an. Sie steht auf der Vorderseite Ihrer Karte oben rechts.
residence-permit-extension-permit-validUntil-label = Gültig bis
residence-permit-extension-permit-validUntil-help = Das Datum steht auf der Vorderseite der Karte oder auf dem Aufkleber.
residence-permit-extension-permit-legalBasis-label = Rechtsgrundlage (wenn bekannt)
residence-permit-extension-permit-legalBasis-help = Zum Beispiel „§ 18b Abs. 1 AufenthG“. Sie steht auf der Karte unter „Anmerkungen“ oder auf dem Zusatzblatt. Wenn Sie sie nicht finden, lassen Sie das Feld leer.

## Schritt: Adresse

residence-permit-extension-step-address-title = Ihre Adresse
residence-permit-extension-info-address-district = Wir sind für Sie zuständig, wenn Sie in unserem Bezirk wohnen. Geben Sie die Adresse an, unter der Sie gemeldet sind. Wenn Sie in einen anderen Ort gezogen sind, ist die Ausländerbehörde an Ihrem neuen Wohnort für Sie zuständig.
residence-permit-extension-address-street-label = Straße
residence-permit-extension-address-houseNumber-label = Hausnummer
residence-permit-extension-address-addressSupplement-label = Adresszusatz
residence-permit-extension-address-addressSupplement-help = Zum Beispiel „bei Müller“ oder „Hinterhaus“. Wenn Sie keinen Zusatz brauchen, lassen Sie das Feld leer.
residence-permit-extension-address-postcode-label = Postleitzahl
residence-permit-extension-address-postcode-error-pattern = Die Postleitzahl hat genau 5 Ziffern, zum Beispiel 10115.
residence-permit-extension-address-city-label = Ort
residence-permit-extension-address-since-label = Gemeldet unter dieser Adresse seit
residence-permit-extension-address-since-help = Das Datum steht auf Ihrer Meldebescheinigung.

## Schritt: Kontakt

residence-permit-extension-step-contact-title = So erreichen wir Sie
residence-permit-extension-step-contact-help = Geben Sie mindestens eine E-Mail-Adresse oder eine Telefonnummer an. Wir melden uns, wenn Unterlagen fehlen oder wenn Ihre Karte abholbereit ist.
residence-permit-extension-contact-email-label = E-Mail-Adresse
residence-permit-extension-contact-email-help = Zum Beispiel name@beispiel.de
residence-permit-extension-contact-phone-label = Telefonnummer
residence-permit-extension-contact-phone-help = Am besten eine Handynummer, zum Beispiel +49 151 12345678.
residence-permit-extension-contact-phone-error-pattern = Bitte geben Sie nur Ziffern ein. Am Anfang darf ein + stehen, zum Beispiel +49 151 12345678.
residence-permit-extension-contact-phone-error-required = Bitte geben Sie eine Telefonnummer oder eine E-Mail-Adresse an.

## Schritt: Zweck des Aufenthalts

residence-permit-extension-step-purpose-title = Zweck Ihres Aufenthalts
residence-permit-extension-step-purpose-help = Warum möchten Sie weiter in Deutschland bleiben? Wählen Sie den wichtigsten Grund.
residence-permit-extension-stay-purpose-label = Warum möchten Sie in Deutschland bleiben?
residence-permit-extension-stay-purpose-option-employment = Arbeit
residence-permit-extension-stay-purpose-option-study = Studium
residence-permit-extension-stay-purpose-option-training = Berufsausbildung
residence-permit-extension-stay-purpose-option-family = Familie (Familiennachzug)
residence-permit-extension-stay-purpose-option-humanitarian = Schutz oder humanitäre Gründe
residence-permit-extension-stay-purpose-option-other = anderer Grund

residence-permit-extension-section-employment-title = Ihre Arbeit
residence-permit-extension-section-employer-title = Ihr Arbeitgeber
residence-permit-extension-employment-employer-name-label = Name des Arbeitgebers (Firma)
residence-permit-extension-employment-employer-street-label = Straße
residence-permit-extension-employment-employer-houseNumber-label = Hausnummer
residence-permit-extension-employment-employer-postcode-label = Postleitzahl
residence-permit-extension-employment-employer-postcode-error-pattern = Die Postleitzahl hat genau 5 Ziffern, zum Beispiel 10115.
residence-permit-extension-employment-employer-city-label = Ort
residence-permit-extension-employment-occupation-label = Ihre Tätigkeit
residence-permit-extension-employment-occupation-help = Was Sie bei der Arbeit machen, zum Beispiel „Pflegefachkraft“ oder „Softwareentwicklerin“.
residence-permit-extension-employment-since-label = Beschäftigt seit
residence-permit-extension-employment-hoursPerWeek-label = Arbeitsstunden pro Woche
residence-permit-extension-employment-hoursPerWeek-help = So wie es in Ihrem Arbeitsvertrag steht.
residence-permit-extension-employment-limited-label = Ist Ihr Arbeitsvertrag befristet?
residence-permit-extension-employment-until-label = Befristet bis

residence-permit-extension-section-study-title = Ihr Studium
residence-permit-extension-study-university-label = Hochschule
residence-permit-extension-study-university-help = Zum Beispiel „Technische Universität Berlin“.
residence-permit-extension-study-subject-label = Studienfach
residence-permit-extension-study-degree-label = Angestrebter Abschluss
residence-permit-extension-study-degree-option-bachelor = Bachelor
residence-permit-extension-study-degree-option-master = Master
residence-permit-extension-study-degree-option-stateExamination = Staatsexamen
residence-permit-extension-study-degree-option-doctorate = Promotion
residence-permit-extension-study-degree-option-preparatoryCourse = Studienkolleg oder studienvorbereitender Sprachkurs
residence-permit-extension-study-degree-option-other = anderer Abschluss
residence-permit-extension-study-expectedEnd-label = Voraussichtliches Ende des Studiums
residence-permit-extension-study-expectedEnd-help = Wenn Sie das genaue Datum nicht wissen, nehmen Sie das Ende des letzten geplanten Semesters.

residence-permit-extension-section-training-title = Ihre Ausbildung
residence-permit-extension-training-company-label = Ausbildungsbetrieb
residence-permit-extension-training-occupation-label = Ausbildungsberuf
residence-permit-extension-training-start-label = Beginn der Ausbildung
residence-permit-extension-training-end-label = Ende der Ausbildung
residence-permit-extension-training-end-help = So wie es in Ihrem Ausbildungsvertrag steht.

residence-permit-extension-section-family-title = Ihre Familie in Deutschland
residence-permit-extension-section-family-help = Machen Sie Angaben zu Ihrem Familienmitglied, mit dem Sie in Deutschland zusammenleben.
residence-permit-extension-family-relation-label = Wer ist diese Person für Sie?
residence-permit-extension-family-relation-option-spouse = meine Ehefrau oder mein Ehemann
residence-permit-extension-family-relation-option-civilPartner = meine eingetragene Lebenspartnerin oder mein eingetragener Lebenspartner
residence-permit-extension-family-relation-option-child = mein Kind
residence-permit-extension-family-relation-option-parent = meine Mutter oder mein Vater
residence-permit-extension-family-relation-option-other = andere Beziehung
residence-permit-extension-section-family-member-title = Ihr Familienmitglied
residence-permit-extension-family-member-familyName-label = Familienname
residence-permit-extension-family-member-givenNames-label = Vornamen
residence-permit-extension-family-member-dateOfBirth-label = Geburtsdatum
residence-permit-extension-family-member-nationality-label = Staatsangehörigkeit
residence-permit-extension-family-member-residenceStatus-label = Aufenthaltsstatus dieser Person
residence-permit-extension-family-member-residenceStatus-option-german = hat die deutsche Staatsangehörigkeit
residence-permit-extension-family-member-residenceStatus-option-euCitizen = hat die Staatsangehörigkeit eines anderen EU-Staats
residence-permit-extension-family-member-residenceStatus-option-settlementPermit = hat eine Niederlassungserlaubnis oder eine Erlaubnis zum Daueraufenthalt-EU
residence-permit-extension-family-member-residenceStatus-option-residencePermit = hat eine Aufenthaltserlaubnis
residence-permit-extension-family-member-residenceStatus-option-blueCard = hat eine Blaue Karte EU
residence-permit-extension-family-member-residenceStatus-option-other = anderer Status

residence-permit-extension-section-humanitarian-title = Schutz und humanitäre Gründe
residence-permit-extension-humanitarian-legalBasis-label = Aus welchem Grund haben Sie Ihre Aufenthaltserlaubnis?
residence-permit-extension-humanitarian-legalBasis-help = Sie finden die Angabe auf Ihrer Karte unter „Anmerkungen“ oder im Bescheid des Bundesamts für Migration und Flüchtlinge (BAMF).
residence-permit-extension-humanitarian-legalBasis-option-asylum = Asylberechtigung (§ 25 Abs. 1 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-refugee = Flüchtlingseigenschaft (§ 25 Abs. 2 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-subsidiaryProtection = Subsidiärer Schutz (§ 25 Abs. 2 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-deportationBan = Abschiebungsverbot (§ 25 Abs. 3 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-admission = Aufnahme aus dem Ausland (§ 22 oder § 23 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-temporaryProtection = Vorübergehender Schutz, zum Beispiel für Menschen aus der Ukraine (§ 24 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-integration = Gut integrierte Jugendliche oder Erwachsene (§ 25a oder § 25b AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-departureImpossible = Ausreise nicht möglich (§ 25 Abs. 5 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-other = anderer Grund
residence-permit-extension-humanitarian-otherBasis-label = Welcher Grund?
residence-permit-extension-humanitarian-otherBasis-help = Zum Beispiel die Rechtsgrundlage, die auf Ihrer Karte steht.
residence-permit-extension-humanitarian-bamfFileNumber-label = Aktenzeichen beim BAMF (wenn vorhanden)
residence-permit-extension-humanitarian-bamfFileNumber-help = Das Aktenzeichen steht oben auf den Schreiben des BAMF, zum Beispiel 1234567-423. Wenn Sie keines haben, lassen Sie das Feld leer.
residence-permit-extension-humanitarian-bamfFileNumber-error-pattern = Das Aktenzeichen besteht aus Ziffern, oft mit einem Bindestrich, zum Beispiel 1234567-423.

residence-permit-extension-section-other-title = Anderer Grund
residence-permit-extension-other-description-label = Bitte beschreiben Sie den Grund für Ihren Aufenthalt
residence-permit-extension-other-description-help = Zum Beispiel: selbstständige Arbeit, Forschung oder Sprachkurs. Nennen Sie auch die Rechtsgrundlage auf Ihrer Karte, wenn Sie sie kennen.

## Schritt: Einkommen

residence-permit-extension-step-income-title = Ihr Einkommen
residence-permit-extension-step-income-help = Wir prüfen, ob Sie Ihren Lebensunterhalt selbst sichern können.
residence-permit-extension-income-source-label = Woher kommt Ihr Einkommen hauptsächlich?
residence-permit-extension-income-source-option-employment = aus einer Arbeit als Arbeitnehmerin oder Arbeitnehmer
residence-permit-extension-income-source-option-selfEmployment = aus selbstständiger Arbeit
residence-permit-extension-income-source-option-training = aus einer Ausbildungsvergütung
residence-permit-extension-income-source-option-scholarship = aus einem Stipendium
residence-permit-extension-income-source-option-blockedAccount = von einem Sperrkonto
residence-permit-extension-income-source-option-family = aus Unterhalt von Familienangehörigen
residence-permit-extension-income-source-option-pension = aus einer Rente
residence-permit-extension-income-source-option-other = aus einer anderen Quelle
residence-permit-extension-income-monthlyNet-label = Monatliches Nettoeinkommen in Euro
residence-permit-extension-income-monthlyNet-help = Der Betrag, der Ihnen jeden Monat ausgezahlt wird, ohne Cent. Wenn er schwankt: der Durchschnitt der letzten drei Monate.
residence-permit-extension-income-monthlyNet-error-type = Bitte geben Sie eine ganze Zahl ohne Punkt und ohne Komma ein, zum Beispiel 1850.
residence-permit-extension-income-publicBenefits-label = Bekommen Sie oder eine Person in Ihrem Haushalt Bürgergeld (Grundsicherung), Sozialhilfe oder Leistungen nach dem Asylbewerberleistungsgesetz?
residence-permit-extension-income-publicBenefits-help = Ein Ja bedeutet nicht automatisch, dass wir Ihren Antrag ablehnen.

## Schritt: Krankenversicherung

residence-permit-extension-step-insurance-title = Ihre Krankenversicherung
residence-permit-extension-insurance-insurer-label = Name Ihrer Krankenversicherung
residence-permit-extension-insurance-insurer-help = Der Name steht auf Ihrer Versichertenkarte, zum Beispiel „AOK“ oder „Techniker Krankenkasse“.
residence-permit-extension-insurance-type-label = Wie sind Sie versichert?
residence-permit-extension-insurance-type-option-statutory = gesetzlich
residence-permit-extension-insurance-type-option-private = privat
residence-permit-extension-insurance-since-label = Versichert seit

## Schritt: Haushalt

residence-permit-extension-step-household-title = Personen in Ihrem Haushalt
residence-permit-extension-info-household-intro = Tragen Sie alle Personen ein, die mit Ihnen zusammen wohnen, zum Beispiel Ihre Ehefrau oder Ihren Ehemann und Ihre Kinder. Wenn Sie allein wohnen, gehen Sie einfach weiter.
residence-permit-extension-household-label = Personen, die mit Ihnen zusammen wohnen
residence-permit-extension-household-entry = Person { $number }
residence-permit-extension-household-familyName-label = Familienname
residence-permit-extension-household-givenNames-label = Vornamen
residence-permit-extension-household-dateOfBirth-label = Geburtsdatum
residence-permit-extension-household-relation-label = Wer ist diese Person für Sie?
residence-permit-extension-household-relation-option-spouse = Ehefrau oder Ehemann
residence-permit-extension-household-relation-option-civilPartner = eingetragene Lebenspartnerin oder eingetragener Lebenspartner
residence-permit-extension-household-relation-option-child = Kind
residence-permit-extension-household-relation-option-parent = Mutter oder Vater
residence-permit-extension-household-relation-option-sibling = Schwester oder Bruder
residence-permit-extension-household-relation-option-other = andere Person
residence-permit-extension-household-nationality-label = Staatsangehörigkeit

## Schritt: Straftaten

residence-permit-extension-step-criminal-record-title = Fragen zu Straftaten
residence-permit-extension-step-criminal-record-help = Bitte beantworten Sie die Fragen ehrlich. Falsche Angaben können strafbar sein.
residence-permit-extension-criminalRecord-convicted-label = Wurden Sie in Deutschland oder in einem anderen Staat wegen einer Straftat verurteilt?
residence-permit-extension-criminalRecord-convicted-help = Dazu gehören auch Geldstrafen und Verurteilungen im Ausland.
residence-permit-extension-criminalRecord-investigation-label = Ermittelt zurzeit die Polizei oder die Staatsanwaltschaft gegen Sie, oder läuft ein Strafverfahren gegen Sie?
residence-permit-extension-criminalRecord-details-label = Einzelheiten
residence-permit-extension-criminalRecord-details-help = Nennen Sie für jede Verurteilung und jedes Verfahren: das Datum, das Gericht oder die Behörde mit Aktenzeichen, den Vorwurf und die Strafe.

## Schritt: Foto

residence-permit-extension-step-photo-title = Ihr biometrisches Foto
residence-permit-extension-info-photo-intro = Für Ihre neue Karte brauchen wir ein biometrisches Foto. Papierfotos dürfen wir seit Mai 2025 nicht mehr annehmen. Sie haben zwei Möglichkeiten: Ein zertifiziertes Fotostudio macht das Foto und schickt es sicher an uns. Sie bekommen dort einen Ausdruck mit einem Code. Oder wir machen das Foto bei Ihrem Termin in der Ausländerbehörde.
residence-permit-extension-photo-method-label = Wie bekommen wir Ihr Foto?
residence-permit-extension-photo-method-option-photographerCode = Ich habe einen Code von einem Fotostudio.
residence-permit-extension-photo-method-option-atOffice = Das Foto soll bei meinem Termin in der Ausländerbehörde gemacht werden.
residence-permit-extension-photo-code-label = Code vom Fotostudio
residence-permit-extension-photo-code-help = Schreiben Sie den Code ab, der auf dem Ausdruck vom Fotostudio steht.
residence-permit-extension-photo-code-error-pattern = Der Code besteht aus Buchstaben und Ziffern. Bitte prüfen Sie Ihre Eingabe.
residence-permit-extension-photo-code-error-required = Bitte geben Sie den Code vom Fotostudio an. Oder wählen Sie oben, dass wir das Foto in der Ausländerbehörde machen.
residence-permit-extension-attachment-photo-code-sheet-label = Ausdruck vom Fotostudio (freiwillig)
residence-permit-extension-attachment-photo-code-sheet-help = Ein Foto des ganzen Ausdrucks mit dem Code. Dann können wir den Code auch lesen, wenn beim Abschreiben ein Fehler passiert ist.
residence-permit-extension-info-photo-fingerprints = Für die neue Karte brauchen wir meistens auch Ihre Fingerabdrücke und Ihre Unterschrift. Dafür laden wir Sie zu einem Termin ein.

## Schritt: Unterlagen

residence-permit-extension-step-documents-title = Ihre Unterlagen
residence-permit-extension-info-documents-intro = Laden Sie hier Ihre Unterlagen hoch, als Foto (JPG oder PNG) oder als PDF. Achten Sie darauf, dass alles gut lesbar ist: die ganze Seite, gutes Licht, nicht verwackelt. Für Urkunden, die nicht auf Deutsch sind, brauchen wir meistens eine Übersetzung ins Deutsche. Laden Sie die Übersetzung zusammen mit der Urkunde hoch.
residence-permit-extension-attachment-passport-label = Pass oder Reiseausweis
residence-permit-extension-attachment-passport-help = Die Seite mit Ihrem Foto und alle Seiten mit Visa oder Stempeln aus Deutschland.
residence-permit-extension-attachment-permit-label = Jetzige Aufenthaltserlaubnis
residence-permit-extension-attachment-permit-help = Vorderseite und Rückseite Ihrer Karte. Bei einem Aufkleber: die Seite in Ihrem Pass mit dem Aufkleber.
residence-permit-extension-attachment-registration-label = Meldebescheinigung oder Wohnungsgeberbestätigung
residence-permit-extension-attachment-registration-help = Die Meldebescheinigung bekommen Sie beim Bürgeramt. Wenn Sie gerade umgezogen sind, genügt die Bestätigung Ihrer Vermieterin oder Ihres Vermieters (Wohnungsgeberbestätigung).
residence-permit-extension-attachment-income-proof-label = Nachweise über Ihr Einkommen
residence-permit-extension-attachment-income-proof-help = Zum Beispiel Ihre letzten drei Gehaltsabrechnungen, die Bestätigung Ihres Stipendiums, einen aktuellen Auszug Ihres Sperrkontos oder Ihren Leistungsbescheid.
residence-permit-extension-attachment-health-insurance-label = Nachweis über Ihre Krankenversicherung
residence-permit-extension-attachment-health-insurance-help = Eine aktuelle Bescheinigung Ihrer Krankenversicherung, zum Beispiel die Mitgliedsbescheinigung.
residence-permit-extension-attachment-employment-contract-label = Arbeitsvertrag
residence-permit-extension-attachment-employment-contract-help = Ihr aktueller Arbeitsvertrag mit allen Seiten. Wenn Ihr Arbeitgeber eine „Erklärung zum Beschäftigungsverhältnis“ ausgefüllt hat, laden Sie sie auch hier hoch.
residence-permit-extension-attachment-enrolment-certificate-label = Immatrikulationsbescheinigung
residence-permit-extension-attachment-enrolment-certificate-help = Die Bescheinigung für das laufende Semester.
residence-permit-extension-attachment-training-contract-label = Ausbildungsvertrag
residence-permit-extension-attachment-training-contract-help = Ihr Ausbildungsvertrag mit allen Seiten.
residence-permit-extension-attachment-family-certificates-label = Heiratsurkunde oder Geburtsurkunde
residence-permit-extension-attachment-family-certificates-help = Die Urkunde, die zeigt, dass Sie mit der Person verheiratet oder verwandt sind. Wenn die Urkunde nicht auf Deutsch ist, laden Sie auch die Übersetzung hoch.
residence-permit-extension-attachment-family-member-id-label = Ausweis oder Aufenthaltstitel Ihres Familienmitglieds
residence-permit-extension-attachment-family-member-id-help = Vorderseite und Rückseite des Personalausweises, des Passes oder des Aufenthaltstitels der Person.
residence-permit-extension-attachment-bamf-decision-label = Bescheid des BAMF (wenn vorhanden)
residence-permit-extension-attachment-bamf-decision-help = Der Bescheid des Bundesamts für Migration und Flüchtlinge über Ihren Schutz.
residence-permit-extension-attachment-other-documents-label = Weitere Unterlagen (freiwillig)
residence-permit-extension-attachment-other-documents-help = Alles, was für Ihren Antrag noch wichtig sein kann.

## Schritt: Erklärungen

residence-permit-extension-step-declarations-title = Erklärungen und Absenden
residence-permit-extension-info-declarations-privacy = Datenschutz: Wir verarbeiten Ihre Angaben, um über Ihren Antrag zu entscheiden. Rechtsgrundlage sind § 86 Aufenthaltsgesetz und Artikel 6 Absatz 1 Buchstabe e der Datenschutz-Grundverordnung. Ihre Angaben und Unterlagen werden schon in Ihrem Browser verschlüsselt. Nur die Ausländerbehörde kann sie lesen. Mehr dazu steht in unserer Datenschutzerklärung.
residence-permit-extension-declarations-truthfulness-label = Ich versichere, dass meine Angaben richtig und vollständig sind. Mir ist bekannt: Falsche oder unvollständige Angaben können strafbar sein und dazu führen, dass ich meine Aufenthaltserlaubnis verliere.
residence-permit-extension-declarations-truthfulness-error-const = Bitte bestätigen Sie diese Erklärung. Ohne sie können wir Ihren Antrag nicht bearbeiten.
residence-permit-extension-declarations-truthfulness-error-required = Bitte bestätigen Sie diese Erklärung. Ohne sie können wir Ihren Antrag nicht bearbeiten.
residence-permit-extension-declarations-dataProtection-label = Ich habe die Hinweise zum Datenschutz gelesen.
residence-permit-extension-declarations-dataProtection-error-const = Bitte bestätigen Sie, dass Sie die Hinweise zum Datenschutz gelesen haben.
residence-permit-extension-declarations-dataProtection-error-required = Bitte bestätigen Sie, dass Sie die Hinweise zum Datenschutz gelesen haben.
residence-permit-extension-info-declarations-receipt = Nach dem Absenden bekommen Sie sofort eine Eingangsbestätigung mit einem Aktenzeichen. Speichern oder drucken Sie die Bestätigung. Damit können Sie auch nachsehen, wie weit Ihr Antrag ist.
