# Pforte – textes du formulaire de demande de prolongation du permis de séjour.
# Reviewed by a native speaker: no

## Formulaire

residence-permit-extension-title = Demande de prolongation du permis de séjour
residence-permit-extension-description = Avec cette demande, vous faites prolonger votre permis de séjour (Aufenthaltserlaubnis) par le service des étrangers (Ausländerbehörde). Il faut environ 20 minutes pour la remplir.

## Étape : avant de commencer

residence-permit-extension-step-start-title = Avant de commencer
residence-permit-extension-info-start-intro = Ici, vous pouvez demander en ligne la prolongation de votre permis de séjour. Vos réponses sont enregistrées provisoirement sur cet appareil. Vous pouvez donc faire une pause et continuer plus tard.
residence-permit-extension-info-start-deadline = Important : faites votre demande avant l’expiration de votre permis de séjour actuel, de préférence 6 à 8 semaines avant. Votre permis de séjour reste alors valable jusqu’à ce que nous ayons statué sur votre demande (§ 81 Abs. 4 AufenthG, loi sur le séjour). Après l’envoi, vous recevez un accusé de réception. Il montre la date à laquelle votre demande nous est parvenue. Conservez-le bien.
residence-permit-extension-info-start-documents = Veuillez préparer : votre passeport, votre permis de séjour, des justificatifs de vos revenus (par exemple vos trois dernières fiches de paie), une attestation de votre assurance maladie et votre attestation de domicile (Meldebescheinigung). Vous pouvez photographier les documents avec votre téléphone.

## Étape : données personnelles

residence-permit-extension-step-person-title = Informations sur vous
residence-permit-extension-step-person-help = Écrivez vos noms exactement comme dans votre passeport.
residence-permit-extension-person-familyName-label = Nom de famille
residence-permit-extension-person-familyName-help = Comme dans votre passeport. Si vous avez plusieurs noms de famille, écrivez-les tous.
residence-permit-extension-person-givenNames-label = Prénoms
residence-permit-extension-person-givenNames-help = Tous vos prénoms, comme dans votre passeport. Si votre passeport n’indique aucun prénom, laissez ce champ vide.
residence-permit-extension-person-birthName-label = Nom de naissance
residence-permit-extension-person-birthName-help = À remplir seulement si votre nom de famille était différent à la naissance, par exemple avant un mariage.
residence-permit-extension-person-dateOfBirth-label = Date de naissance
residence-permit-extension-person-placeOfBirth-label = Lieu de naissance
residence-permit-extension-person-placeOfBirth-help = Comme dans votre passeport.
residence-permit-extension-person-countryOfBirth-label = Pays de naissance
residence-permit-extension-person-countryOfBirth-help = Le pays où se trouve votre lieu de naissance.
residence-permit-extension-person-countryOfBirth-error-not = Veuillez choisir un pays.
residence-permit-extension-person-nationality-label = Nationalité
residence-permit-extension-person-nationality-help = Si vous avez plusieurs nationalités, choisissez celle de votre passeport.
residence-permit-extension-person-sex-label = Sexe indiqué dans le passeport
residence-permit-extension-person-sex-help = Choisissez la lettre indiquée dans votre passeport : F, M ou X.
residence-permit-extension-person-sex-option-F = F – féminin
residence-permit-extension-person-sex-option-M = M – masculin
residence-permit-extension-person-sex-option-X = X – non spécifié
residence-permit-extension-person-maritalStatus-label = Situation familiale
residence-permit-extension-person-maritalStatus-option-single = célibataire
residence-permit-extension-person-maritalStatus-option-married = marié ou mariée
residence-permit-extension-person-maritalStatus-option-civilPartnership = en partenariat de vie enregistré
residence-permit-extension-person-maritalStatus-option-separated = séparé ou séparée
residence-permit-extension-person-maritalStatus-option-divorced = divorcé ou divorcée
residence-permit-extension-person-maritalStatus-option-widowed = veuf ou veuve

## Étape : passeport

residence-permit-extension-step-passport-title = Votre passeport
residence-permit-extension-step-passport-help = Il s’agit du document avec lequel vous voyagez : votre passeport ou un titre de voyage.
residence-permit-extension-passport-documentType-label = Type de document
residence-permit-extension-passport-documentType-option-nationalPassport = passeport de votre pays d’origine
residence-permit-extension-passport-documentType-option-refugeeTravelDocument = titre de voyage pour réfugiés
residence-permit-extension-passport-documentType-option-statelessTravelDocument = titre de voyage pour apatrides
residence-permit-extension-passport-documentType-option-alienPassport = titre de voyage pour étrangers (Reiseausweis für Ausländer)
residence-permit-extension-passport-documentType-option-other = autre document
residence-permit-extension-passport-number-label = Numéro du passeport
residence-permit-extension-passport-number-help = Le numéro figure sur la page avec votre photo, le plus souvent en haut à droite.
residence-permit-extension-passport-number-error-pattern = Le numéro du passeport comporte 5 à 20 lettres et chiffres. Écrivez-le sans espaces et sans tirets.
residence-permit-extension-passport-issuingState-label = Pays de délivrance
residence-permit-extension-passport-issuingState-help = Le pays qui a délivré le document. Si vous avez un titre de voyage délivré en Allemagne, choisissez Allemagne.
residence-permit-extension-passport-issuingState-error-not = Veuillez choisir le pays qui a délivré le document.
residence-permit-extension-passport-issuedOn-label = Date de délivrance
residence-permit-extension-passport-validUntil-label = Valable jusqu’au
residence-permit-extension-passport-validUntil-help = Votre passeport doit être valable. S’il expire bientôt, demandez-en un nouveau à temps.

## Étape : permis de séjour actuel

residence-permit-extension-step-permit-title = Votre permis de séjour actuel
residence-permit-extension-permit-documentType-label = Sous quelle forme avez-vous votre permis de séjour ?
residence-permit-extension-permit-documentType-option-card = une carte (titre de séjour électronique)
residence-permit-extension-permit-documentType-option-label = une vignette collée dans mon passeport
residence-permit-extension-permit-documentType-option-fictionCertificate = une attestation provisoire sur papier (Fiktionsbescheinigung)
residence-permit-extension-permit-cardNumber-label = Numéro de la carte
residence-permit-extension-permit-cardNumber-help = Le numéro de la carte figure au recto de votre carte, en haut à droite. Il comporte 9 caractères : des lettres et des chiffres.
residence-permit-extension-permit-cardNumber-error-pattern = Le numéro de la carte comporte exactement 9 caractères : des lettres et des chiffres, sans espaces. Il figure au recto, en haut à droite.
residence-permit-extension-permit-cardNumber-error-required = Veuillez indiquer le numéro de la carte. Il figure au recto de votre carte, en haut à droite.
residence-permit-extension-permit-validUntil-label = Valable jusqu’au
residence-permit-extension-permit-validUntil-help = La date figure au recto de la carte ou sur la vignette.
residence-permit-extension-permit-legalBasis-label = Base légale (si vous la connaissez)
residence-permit-extension-permit-legalBasis-help = Par exemple « § 18b Abs. 1 AufenthG ». Elle figure sur la carte sous « Anmerkungen » (remarques) ou sur la feuille complémentaire. Si vous ne la trouvez pas, laissez ce champ vide.

## Étape : adresse

residence-permit-extension-step-address-title = Votre adresse
residence-permit-extension-info-address-district = Nous sommes compétents pour vous si vous habitez dans notre circonscription. Indiquez l’adresse à laquelle vous êtes déclaré. Si vous avez déménagé dans une autre commune, c’est le service des étrangers de votre nouveau domicile qui est compétent.
residence-permit-extension-address-street-label = Rue
residence-permit-extension-address-houseNumber-label = Numéro
residence-permit-extension-address-addressSupplement-label = Complément d’adresse
residence-permit-extension-address-addressSupplement-help = Par exemple « bei Müller » (chez Müller) ou « Hinterhaus » (bâtiment arrière). Si vous n’avez pas besoin de complément, laissez ce champ vide.
residence-permit-extension-address-postcode-label = Code postal
residence-permit-extension-address-postcode-error-pattern = Le code postal comporte exactement 5 chiffres, par exemple 10115.
residence-permit-extension-address-city-label = Ville ou commune
residence-permit-extension-address-since-label = Déclaré à cette adresse depuis le
residence-permit-extension-address-since-help = La date figure sur votre attestation de domicile (Meldebescheinigung).

## Étape : contact

residence-permit-extension-step-contact-title = Comment vous joindre
residence-permit-extension-step-contact-help = Indiquez au moins une adresse e-mail ou un numéro de téléphone. Nous vous contactons s’il manque des documents ou quand votre carte est prête à être retirée.
residence-permit-extension-contact-email-label = Adresse e-mail
residence-permit-extension-contact-email-help = Par exemple name@beispiel.de
residence-permit-extension-contact-phone-label = Numéro de téléphone
residence-permit-extension-contact-phone-help = De préférence un numéro de portable, par exemple +49 151 12345678.
residence-permit-extension-contact-phone-error-pattern = Veuillez saisir uniquement des chiffres. Le numéro peut commencer par +, par exemple +49 151 12345678.
residence-permit-extension-contact-phone-error-required = Veuillez indiquer un numéro de téléphone ou une adresse e-mail.

## Étape : but du séjour

residence-permit-extension-step-purpose-title = But de votre séjour
residence-permit-extension-step-purpose-help = Pourquoi voulez-vous rester en Allemagne ? Choisissez la raison principale.
residence-permit-extension-stay-purpose-label = Pourquoi voulez-vous rester en Allemagne ?
residence-permit-extension-stay-purpose-option-employment = travail
residence-permit-extension-stay-purpose-option-study = études supérieures
residence-permit-extension-stay-purpose-option-training = formation professionnelle
residence-permit-extension-stay-purpose-option-family = famille (regroupement familial)
residence-permit-extension-stay-purpose-option-humanitarian = protection ou raisons humanitaires
residence-permit-extension-stay-purpose-option-other = autre raison

residence-permit-extension-section-employment-title = Votre travail
residence-permit-extension-section-employer-title = Votre employeur
residence-permit-extension-employment-employer-name-label = Nom de l’employeur (entreprise)
residence-permit-extension-employment-employer-street-label = Rue
residence-permit-extension-employment-employer-houseNumber-label = Numéro
residence-permit-extension-employment-employer-postcode-label = Code postal
residence-permit-extension-employment-employer-postcode-error-pattern = Le code postal comporte exactement 5 chiffres, par exemple 10115.
residence-permit-extension-employment-employer-city-label = Ville ou commune
residence-permit-extension-employment-occupation-label = Votre activité
residence-permit-extension-employment-occupation-help = Ce que vous faites au travail, par exemple « infirmière » ou « développeur de logiciels ».
residence-permit-extension-employment-since-label = Employé depuis le
residence-permit-extension-employment-hoursPerWeek-label = Heures de travail par semaine
residence-permit-extension-employment-hoursPerWeek-help = Comme indiqué dans votre contrat de travail.
residence-permit-extension-employment-limited-label = Votre contrat de travail est-il à durée déterminée ?
residence-permit-extension-employment-until-label = Contrat à durée déterminée jusqu’au

residence-permit-extension-section-study-title = Vos études
residence-permit-extension-study-university-label = Université ou école supérieure
residence-permit-extension-study-university-help = Par exemple « Technische Universität Berlin ».
residence-permit-extension-study-subject-label = Matière étudiée
residence-permit-extension-study-degree-label = Diplôme visé
residence-permit-extension-study-degree-option-bachelor = Bachelor (licence)
residence-permit-extension-study-degree-option-master = Master
residence-permit-extension-study-degree-option-stateExamination = examen d’État (Staatsexamen)
residence-permit-extension-study-degree-option-doctorate = doctorat
residence-permit-extension-study-degree-option-preparatoryCourse = année préparatoire (Studienkolleg) ou cours de langue préparatoire aux études
residence-permit-extension-study-degree-option-other = autre diplôme
residence-permit-extension-study-expectedEnd-label = Fin prévue des études
residence-permit-extension-study-expectedEnd-help = Si vous ne connaissez pas la date exacte, indiquez la fin du dernier semestre prévu.

residence-permit-extension-section-training-title = Votre formation professionnelle
residence-permit-extension-training-company-label = Entreprise formatrice
residence-permit-extension-training-occupation-label = Métier appris pendant la formation
residence-permit-extension-training-start-label = Début de la formation
residence-permit-extension-training-end-label = Fin de la formation
residence-permit-extension-training-end-help = Comme indiqué dans votre contrat de formation.

residence-permit-extension-section-family-title = Votre famille en Allemagne
residence-permit-extension-section-family-help = Donnez des informations sur le membre de votre famille avec qui vous vivez en Allemagne.
residence-permit-extension-family-relation-label = Qui est cette personne pour vous ?
residence-permit-extension-family-relation-option-spouse = mon épouse ou mon époux
residence-permit-extension-family-relation-option-civilPartner = ma partenaire enregistrée ou mon partenaire enregistré
residence-permit-extension-family-relation-option-child = mon enfant
residence-permit-extension-family-relation-option-parent = ma mère ou mon père
residence-permit-extension-family-relation-option-other = autre lien
residence-permit-extension-section-family-member-title = Le membre de votre famille
residence-permit-extension-family-member-familyName-label = Nom de famille
residence-permit-extension-family-member-givenNames-label = Prénoms
residence-permit-extension-family-member-dateOfBirth-label = Date de naissance
residence-permit-extension-family-member-nationality-label = Nationalité
residence-permit-extension-family-member-residenceStatus-label = Statut de séjour de cette personne
residence-permit-extension-family-member-residenceStatus-option-german = a la nationalité allemande
residence-permit-extension-family-member-residenceStatus-option-euCitizen = a la nationalité d’un autre pays de l’UE
residence-permit-extension-family-member-residenceStatus-option-settlementPermit = a un permis d’établissement (Niederlassungserlaubnis) ou un permis de séjour de longue durée UE (Daueraufenthalt-EU)
residence-permit-extension-family-member-residenceStatus-option-residencePermit = a un permis de séjour (Aufenthaltserlaubnis)
residence-permit-extension-family-member-residenceStatus-option-blueCard = a une carte bleue européenne (Blaue Karte EU)
residence-permit-extension-family-member-residenceStatus-option-other = autre statut

residence-permit-extension-section-humanitarian-title = Protection et raisons humanitaires
residence-permit-extension-humanitarian-legalBasis-label = Pour quel motif avez-vous votre permis de séjour ?
residence-permit-extension-humanitarian-legalBasis-help = Vous trouvez cette information sur votre carte sous « Anmerkungen » (remarques) ou dans la décision de l’Office fédéral des migrations et des réfugiés (BAMF).
residence-permit-extension-humanitarian-legalBasis-option-asylum = droit d’asile (§ 25 Abs. 1 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-refugee = statut de réfugié (§ 25 Abs. 2 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-subsidiaryProtection = protection subsidiaire (§ 25 Abs. 2 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-deportationBan = interdiction d’éloignement (§ 25 Abs. 3 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-admission = admission depuis l’étranger (§ 22 ou § 23 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-temporaryProtection = protection temporaire, par exemple pour les personnes venant d’Ukraine (§ 24 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-integration = jeunes ou adultes bien intégrés (§ 25a ou § 25b AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-departureImpossible = départ impossible (§ 25 Abs. 5 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-other = autre motif
residence-permit-extension-humanitarian-otherBasis-label = Quel motif ?
residence-permit-extension-humanitarian-otherBasis-help = Par exemple la base légale indiquée sur votre carte.
residence-permit-extension-humanitarian-bamfFileNumber-label = Numéro de dossier au BAMF (si vous en avez un)
residence-permit-extension-humanitarian-bamfFileNumber-help = Le numéro de dossier figure en haut des lettres du BAMF, par exemple 1234567-423. Si vous n’en avez pas, laissez ce champ vide.
residence-permit-extension-humanitarian-bamfFileNumber-error-pattern = Le numéro de dossier se compose de chiffres, souvent avec un tiret, par exemple 1234567-423.

residence-permit-extension-section-other-title = Autre raison
residence-permit-extension-other-description-label = Veuillez décrire la raison de votre séjour
residence-permit-extension-other-description-help = Par exemple : activité indépendante, recherche ou cours de langue. Si vous connaissez la base légale indiquée sur votre carte, indiquez-la aussi.

## Étape : revenus

residence-permit-extension-step-income-title = Vos revenus
residence-permit-extension-step-income-help = Nous vérifions si vous pouvez subvenir vous-même à vos besoins.
residence-permit-extension-income-source-label = D’où viennent principalement vos revenus ?
residence-permit-extension-income-source-option-employment = d’un emploi salarié
residence-permit-extension-income-source-option-selfEmployment = d’une activité indépendante
residence-permit-extension-income-source-option-training = d’une rémunération de formation
residence-permit-extension-income-source-option-scholarship = d’une bourse
residence-permit-extension-income-source-option-blockedAccount = d’un compte bloqué (Sperrkonto)
residence-permit-extension-income-source-option-family = d’une aide financière de membres de ma famille
residence-permit-extension-income-source-option-pension = d’une pension de retraite ou d’une rente
residence-permit-extension-income-source-option-other = d’une autre source
residence-permit-extension-income-monthlyNet-label = Revenu net mensuel en euros
residence-permit-extension-income-monthlyNet-help = Le montant qui vous est versé chaque mois, sans les centimes. S’il varie : la moyenne des trois derniers mois.
residence-permit-extension-income-monthlyNet-error-type = Veuillez saisir un nombre entier sans point ni virgule, par exemple 1850.
residence-permit-extension-income-publicBenefits-label = Est-ce que vous ou une personne de votre foyer recevez le revenu citoyen (Bürgergeld, minimum vital), l’aide sociale ou des prestations au titre de la loi sur les prestations aux demandeurs d’asile (AsylbLG) ?
residence-permit-extension-income-publicBenefits-help = Répondre « oui » ne signifie pas automatiquement que nous refusons votre demande.

## Étape : assurance maladie

residence-permit-extension-step-insurance-title = Votre assurance maladie
residence-permit-extension-insurance-insurer-label = Nom de votre assurance maladie
residence-permit-extension-insurance-insurer-help = Le nom figure sur votre carte d’assuré, par exemple « AOK » ou « Techniker Krankenkasse ».
residence-permit-extension-insurance-type-label = Comment êtes-vous assuré ?
residence-permit-extension-insurance-type-option-statutory = assurance maladie légale (publique)
residence-permit-extension-insurance-type-option-private = assurance maladie privée
residence-permit-extension-insurance-since-label = Assuré depuis le

## Étape : foyer

residence-permit-extension-step-household-title = Les personnes de votre foyer
residence-permit-extension-info-household-intro = Indiquez toutes les personnes qui vivent avec vous, par exemple votre épouse ou votre époux et vos enfants. Si vous vivez seul, passez simplement à la suite.
residence-permit-extension-household-label = Personnes qui vivent avec vous
residence-permit-extension-household-entry = Personne { $number }
residence-permit-extension-household-familyName-label = Nom de famille
residence-permit-extension-household-givenNames-label = Prénoms
residence-permit-extension-household-dateOfBirth-label = Date de naissance
residence-permit-extension-household-relation-label = Qui est cette personne pour vous ?
residence-permit-extension-household-relation-option-spouse = épouse ou époux
residence-permit-extension-household-relation-option-civilPartner = partenaire enregistré ou enregistrée
residence-permit-extension-household-relation-option-child = enfant
residence-permit-extension-household-relation-option-parent = mère ou père
residence-permit-extension-household-relation-option-sibling = sœur ou frère
residence-permit-extension-household-relation-option-other = autre personne
residence-permit-extension-household-nationality-label = Nationalité

## Étape : infractions pénales

residence-permit-extension-step-criminal-record-title = Questions sur les infractions pénales
residence-permit-extension-step-criminal-record-help = Veuillez répondre honnêtement aux questions. Les fausses déclarations peuvent être punies par la loi.
residence-permit-extension-criminalRecord-convicted-label = Avez-vous été condamné pour une infraction pénale en Allemagne ou dans un autre pays ?
residence-permit-extension-criminalRecord-convicted-help = Cela comprend aussi les amendes et les condamnations à l’étranger.
residence-permit-extension-criminalRecord-investigation-label = La police ou le parquet mènent-ils actuellement une enquête contre vous, ou une procédure pénale est-elle en cours contre vous ?
residence-permit-extension-criminalRecord-details-label = Détails
residence-permit-extension-criminalRecord-details-help = Pour chaque condamnation et chaque procédure, indiquez : la date, le tribunal ou l’autorité avec le numéro de dossier, les faits reprochés et la peine.

## Étape : photo

residence-permit-extension-step-photo-title = Votre photo biométrique
residence-permit-extension-info-photo-intro = Pour votre nouvelle carte, nous avons besoin d’une photo biométrique. Depuis mai 2025, nous n’avons plus le droit d’accepter des photos papier. Vous avez deux possibilités. Un studio photo certifié prend la photo et nous l’envoie de manière sécurisée. Le studio vous remet un imprimé avec un code. Ou bien nous prenons la photo lors de votre rendez-vous au service des étrangers.
residence-permit-extension-photo-method-label = Comment recevons-nous votre photo ?
residence-permit-extension-photo-method-option-photographerCode = J’ai un code d’un studio photo.
residence-permit-extension-photo-method-option-atOffice = Je souhaite que la photo soit prise lors de mon rendez-vous au service des étrangers.
residence-permit-extension-photo-code-label = Code du studio photo
residence-permit-extension-photo-code-help = Recopiez le code qui figure sur l’imprimé du studio photo.
residence-permit-extension-photo-code-error-pattern = Le code se compose de lettres et de chiffres. Veuillez vérifier votre saisie.
residence-permit-extension-photo-code-error-required = Veuillez indiquer le code du studio photo. Ou choisissez plus haut que nous prenions la photo au service des étrangers.
residence-permit-extension-attachment-photo-code-sheet-label = Imprimé du studio photo (facultatif)
residence-permit-extension-attachment-photo-code-sheet-help = Une photo de l’imprimé entier avec le code. Ainsi, nous pouvons lire le code même si une erreur s’est glissée quand vous l’avez recopié.
residence-permit-extension-info-photo-fingerprints = Pour la nouvelle carte, nous avons en général aussi besoin de vos empreintes digitales et de votre signature. Pour cela, nous vous inviterons à un rendez-vous.

## Étape : documents

residence-permit-extension-step-documents-title = Vos documents
residence-permit-extension-info-documents-intro = Téléversez ici vos documents, sous forme de photo (JPG ou PNG) ou de PDF. Veillez à ce que tout soit bien lisible : la page entière, une bonne lumière, pas de flou. Pour les actes qui ne sont pas en allemand, nous avons généralement besoin d’une traduction en allemand. Téléversez la traduction avec l’acte.
residence-permit-extension-attachment-passport-label = Passeport ou titre de voyage
residence-permit-extension-attachment-passport-help = La page avec votre photo et toutes les pages avec des visas ou des tampons d’Allemagne.
residence-permit-extension-attachment-permit-label = Permis de séjour actuel
residence-permit-extension-attachment-permit-help = Le recto et le verso de votre carte. Pour une vignette : la page de votre passeport avec la vignette.
residence-permit-extension-attachment-registration-label = Attestation de domicile ou attestation du logeur
residence-permit-extension-attachment-registration-help = Vous obtenez l’attestation de domicile (Meldebescheinigung) au bureau des citoyens (Bürgeramt). Si vous venez de déménager, l’attestation de votre propriétaire ou logeur (Wohnungsgeberbestätigung) suffit.
residence-permit-extension-attachment-income-proof-label = Justificatifs de revenus
residence-permit-extension-attachment-income-proof-help = Par exemple vos trois dernières fiches de paie, l’attestation de votre bourse, un relevé récent de votre compte bloqué ou votre décision d’attribution de prestations.
residence-permit-extension-attachment-health-insurance-label = Attestation d’assurance maladie
residence-permit-extension-attachment-health-insurance-help = Une attestation récente de votre assurance maladie, par exemple l’attestation d’affiliation.
residence-permit-extension-attachment-employment-contract-label = Contrat de travail
residence-permit-extension-attachment-employment-contract-help = Votre contrat de travail actuel, toutes les pages. Si votre employeur a rempli une « déclaration relative à l’emploi » (Erklärung zum Beschäftigungsverhältnis), téléversez-la aussi ici.
residence-permit-extension-attachment-enrolment-certificate-label = Certificat d’inscription (Immatrikulationsbescheinigung)
residence-permit-extension-attachment-enrolment-certificate-help = Le certificat pour le semestre en cours.
residence-permit-extension-attachment-training-contract-label = Contrat de formation
residence-permit-extension-attachment-training-contract-help = Votre contrat de formation, toutes les pages.
residence-permit-extension-attachment-family-certificates-label = Acte de mariage ou acte de naissance
residence-permit-extension-attachment-family-certificates-help = L’acte qui montre que vous êtes marié avec la personne ou que vous avez un lien de parenté avec elle. Si l’acte n’est pas en allemand, téléversez aussi la traduction.
residence-permit-extension-attachment-family-member-id-label = Pièce d’identité ou titre de séjour du membre de votre famille
residence-permit-extension-attachment-family-member-id-help = Le recto et le verso de la carte d’identité, du passeport ou du titre de séjour de la personne.
residence-permit-extension-attachment-bamf-decision-label = Décision du BAMF (si vous en avez une)
residence-permit-extension-attachment-bamf-decision-help = La décision de l’Office fédéral des migrations et des réfugiés sur votre protection.
residence-permit-extension-attachment-other-documents-label = Autres documents (facultatif)
residence-permit-extension-attachment-other-documents-help = Tout ce qui peut encore être important pour votre demande.

## Étape : déclarations

residence-permit-extension-step-declarations-title = Déclarations et envoi
residence-permit-extension-info-declarations-privacy = Protection des données : nous traitons vos informations pour décider de votre demande. La base légale est le § 86 AufenthG (loi sur le séjour) et l’article 6, paragraphe 1, point e), du règlement général sur la protection des données (RGPD, en allemand DSGVO). Vos informations et vos documents sont chiffrés dès votre navigateur. Seul le service des étrangers peut les lire. Vous trouverez plus d’informations dans notre politique de confidentialité.
residence-permit-extension-declarations-truthfulness-label = Je certifie que mes informations sont exactes et complètes. Je sais que des informations fausses ou incomplètes peuvent être punies par la loi et peuvent me faire perdre mon permis de séjour.
residence-permit-extension-declarations-truthfulness-error-const = Veuillez confirmer cette déclaration. Sans elle, nous ne pouvons pas traiter votre demande.
residence-permit-extension-declarations-truthfulness-error-required = Veuillez confirmer cette déclaration. Sans elle, nous ne pouvons pas traiter votre demande.
residence-permit-extension-declarations-dataProtection-label = J’ai lu les informations sur la protection des données.
residence-permit-extension-declarations-dataProtection-error-const = Veuillez confirmer que vous avez lu les informations sur la protection des données.
residence-permit-extension-declarations-dataProtection-error-required = Veuillez confirmer que vous avez lu les informations sur la protection des données.
residence-permit-extension-info-declarations-receipt = Après l’envoi, vous recevez immédiatement un accusé de réception avec un numéro de dossier. Enregistrez ou imprimez cet accusé de réception. Il vous permet aussi de suivre l’avancement de votre demande.
