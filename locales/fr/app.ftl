# Pforte – textes propres à l’application (qui ne dépendent d’aucun formulaire).
# Reviewed by a native speaker: no

catalogue-title = Service des étrangers en ligne
loading = Chargement…
step-progress = Étape { $current } sur { $total }
nav-back = Retour
nav-next = Suivant
select-choose = Veuillez choisir
answer-yes = Oui
answer-no = Non
group-add = Ajouter une entrée
group-remove = Supprimer cette entrée

## Messages d’erreur, un par mot-clé JSON Schema. Les formulaires peuvent les remplacer champ par champ.

error-required = Veuillez remplir ce champ.
error-type = Cette information n’est pas au format attendu.
error-enum = Veuillez choisir l’une des valeurs proposées.
error-const = Veuillez confirmer ceci.
error-minLength =
    { $limit ->
        [one] Veuillez saisir au moins { $limit } caractère.
       *[other] Veuillez saisir au moins { $limit } caractères.
    }
error-maxLength =
    { $limit ->
        [one] Veuillez saisir au maximum { $limit } caractère.
       *[other] Veuillez saisir au maximum { $limit } caractères.
    }
error-pattern = Cette information n’est pas au format attendu.
error-format = Cette information n’est pas au format attendu.
error-minimum = La valeur doit être d’au moins { $limit }.
error-maximum = La valeur doit être de { $limit } au maximum.
error-exclusiveMinimum = La valeur doit être supérieure à { $limit }.
error-exclusiveMaximum = La valeur doit être inférieure à { $limit }.
error-multipleOf = La valeur doit être un multiple de { $limit }.
error-minItems =
    { $limit ->
        [one] Veuillez indiquer au moins { $limit } entrée.
       *[other] Veuillez indiquer au moins { $limit } entrées.
    }
error-maxItems =
    { $limit ->
        [one] Veuillez indiquer au maximum { $limit } entrée.
       *[other] Veuillez indiquer au maximum { $limit } entrées.
    }
error-uniqueItems = Veuillez indiquer chaque entrée une seule fois.
error-anyOf = Veuillez vérifier cette information.
error-oneOf = Veuillez vérifier cette information.
error-not = Veuillez vérifier cette information.
error-dependentRequired = Veuillez remplir ce champ.
error-additionalProperties = Cette information n’est pas prévue ici.
error-false = Cette information n’est pas prévue ici.
error-contains = Veuillez indiquer au moins une entrée correspondante.
error-minContains =
    { $limit ->
        [one] Veuillez indiquer au moins { $limit } entrée correspondante.
       *[other] Veuillez indiquer au moins { $limit } entrées correspondantes.
    }
error-maxContains =
    { $limit ->
        [one] Veuillez indiquer au maximum { $limit } entrée correspondante.
       *[other] Veuillez indiquer au maximum { $limit } entrées correspondantes.
    }
error-minProperties =
    { $limit ->
        [one] Veuillez donner au moins { $limit } réponse.
       *[other] Veuillez donner au moins { $limit } réponses.
    }
error-maxProperties =
    { $limit ->
        [one] Veuillez donner au maximum { $limit } réponse.
       *[other] Veuillez donner au maximum { $limit } réponses.
    }
error-propertyNames = Cette information n’est pas prévue ici.

## Récapitulatif des erreurs, vérification avant l’envoi

error-summary-title = Veuillez vérifier vos informations
review-title = Récapitulatif de vos informations
review-intro = Veuillez tout vérifier avant d’envoyer la demande.
review-change = Modifier
review-empty = Non renseigné
start-over = Recommencer
start-over-confirm = Toutes les réponses de ce formulaire seront effacées de cet appareil. Recommencer ?

## Liste de choix avec recherche (longues listes comme la nationalité)

combobox-hint = Tapez quelques lettres, puis choisissez avec les flèches du clavier ou en touchant l’écran.
combobox-results =
    { $count ->
        [0] Aucun résultat
        [one] Un résultat
       *[other] { $count } résultats
    }
combobox-no-match = Veuillez choisir une entrée dans la liste.

## Entrées répétables

group-move-up = Déplacer vers le haut
group-move-down = Déplacer vers le bas
group-count =
    { $count ->
        [one] { $count } entrée (maximum { $max })
       *[other] { $count } entrées (maximum { $max })
    }
group-full = Vous ne pouvez pas ajouter d’autres entrées.

## Affichage bilingue pour les conseillers, impression

bilingual-toggle = Afficher l’original allemand sous chaque texte
bilingual-german = Original allemand
print-review = Imprimer ce récapitulatif

## Cadre de la page

skip-to-content = Aller au contenu
footer-accessibility = Déclaration d’accessibilité

## Déclaration d’accessibilité (§ 7 BITV 2.0, directive (UE) 2016/2102)

a11y-title = Déclaration d’accessibilité
a11y-intro = Le service des étrangers s’efforce de rendre ce service de demande en ligne accessible à tous, sans obstacles. Il se base pour cela sur la loi sur l’égalité des personnes handicapées (BGG) et sur le règlement sur les technologies de l’information accessibles (BITV 2.0), ou sur les lois correspondantes du Land. Cette déclaration s’applique à ce service en ligne.
a11y-status-title = État de conformité
a11y-status = Ce service en ligne est partiellement conforme aux exigences d’accessibilité. Les critères sont les règles pour l’accessibilité des contenus web (WCAG 2.2, niveau AA) et la norme européenne EN 301 549. Les raisons sont indiquées dans la section suivante.
a11y-known-title = Contenus non accessibles
a11y-known-1 = Les traductions depuis l’allemand n’ont pas encore été vérifiées par des locuteurs natifs. Elles peuvent donc contenir des formulations peu claires. L’original allemand est toujours disponible.
a11y-known-2 = Vous ne pouvez pas encore téléverser de documents en ligne.
a11y-known-3 = Il n’y a pas encore d’informations en langue des signes allemande (DGS) ni en langage facile à lire et à comprendre (FALC, en allemand Leichte Sprache).
a11y-known-4 = Jusqu’à présent, l’accessibilité a été vérifiée par des tests automatiques et par les développeurs. Il n’y a pas encore eu d’audit indépendant selon le BITV-Test.
a11y-prepared-title = Établissement de cette déclaration
a11y-prepared = Cette déclaration a été établie le { $date }. Elle repose sur une auto-évaluation. Cela veut dire : nous avons vérifié nous-mêmes ce service en ligne.
a11y-feedback-title = Retour d’information et contact
a11y-feedback = Vous ne pouvez pas bien utiliser une partie de ce service en ligne ? Ou vous avez besoin d’informations sous une forme accessible ? Dans ce cas, veuillez nous contacter. Indiquez-nous la page concernée et ce qui ne fonctionne pas.
# Office: replace with the real contact.
a11y-contact = E-mail : barrierefreiheit@auslaenderbehoerde.example, téléphone : 0123 456789-0
a11y-enforcement-title = Voies de recours
# Office: name your state's enforcement body.
a11y-enforcement = Vous nous avez signalé un problème ? Et vous n’avez pas reçu de réponse satisfaisante dans un délai de six semaines ? Vous pouvez alors vous adresser à l’organisme de contrôle ou de conciliation compétent en matière d’accessibilité. Pour le service des étrangers, c’est l’organisme désigné à cet effet par la loi du Land sur l’égalité des personnes handicapées. Pour les administrations fédérales, c’est l’organe de conciliation prévu par la loi sur l’égalité des personnes handicapées (Schlichtungsstelle nach dem Behindertengleichstellungsgesetz, www.schlichtungsstelle-bgg.de).

## Documents

attachment-types = Types de fichiers : { $types }
attachment-size = Taille : { $size } au maximum par fichier
attachment-count-required = Obligatoire : au moins { $min }, au maximum { $max } { $max ->
        [one] fichier
       *[other] fichiers
    }
attachment-count-optional = Facultatif : au maximum { $max } { $max ->
        [one] fichier
       *[other] fichiers
    }
attachment-state-empty = Aucun fichier ajouté pour l’instant.
attachment-remove = Supprimer
attachment-choose = Choisir un fichier
attachment-remove-label = Supprimer { $name }
attachment-preparing = Chiffrement de { $name } …
attachment-error-count = Vous pouvez ajouter au maximum { $max } { $max ->
    [one] fichier
   *[other] fichiers
} ici. Supprimez d’abord un fichier.
attachment-error-type = { $name } n’est pas un fichier d’un type autorisé ({ $types }).
attachment-error-size = { $name } est trop volumineux : { $size } au maximum par fichier.
attachment-error-decode = Le navigateur ne peut pas lire cette photo ({ $name }). Veuillez choisir une photo JPEG ou un fichier PDF.
attachment-error-read = Impossible de lire { $name }. Veuillez choisir à nouveau le fichier.
attachment-error-storage = Il n’y a pas assez d’espace de stockage libre sur cet appareil. Veuillez libérer de l’espace et réessayer.
attachment-error-missing = Veuillez ajouter au moins { $min } { $min ->
    [one] fichier
   *[other] fichiers
}.

## Envoi

send-title = Envoyer votre demande
send-intro = Vos informations et vos fichiers sont chiffrés sur cet appareil. Seul le service des étrangers peut les lire.
send-missing-files = Il manque encore des documents :
send-button = Envoyer la demande maintenant
send-again = Réessayer
send-preparing = Préparation de votre demande …
send-uploading = Envoi des fichiers …
send-paused = En pause. Rien n’est perdu.
send-waiting = La connexion a été interrompue. L’envoi reprendra automatiquement dans un instant.
send-submitting = Finalisation de votre demande …
send-retry-in = Nouvel essai dans { $seconds } s.
send-retry-now = Essayer maintenant
send-progress = { $sent } { $sent ->
    [one] envoyé
   *[other] envoyés
} sur { $total }
send-pause = Mettre en pause
send-resume = Reprendre
send-error-not-configured = Ce service n’accepte pas encore de demandes en ligne. Veuillez contacter directement le service.
send-error-offline = Le service est injoignable pour le moment. Veuillez vérifier votre connexion Internet et réessayer.
# A part of the app (review, attachments, receipt…) is fetched when first needed; it did not arrive.
part-load-failed = Cette partie de la page n’a pas pu être chargée. Veuillez vérifier votre connexion Internet.
part-load-retry = Réessayer
send-error-wrong-key = Pour votre sécurité, rien n’a été envoyé : la clé du service ne correspond pas. Veuillez recharger la page et réessayer plus tard.
send-error-crypto = Ce navigateur ne peut pas chiffrer la demande. Veuillez utiliser un navigateur à jour.
send-error-server = La demande n’a pas pu être acceptée. Vos informations restent enregistrées sur cet appareil. Veuillez réessayer plus tard.
send-error-form-changed = Ce formulaire a été modifié entre-temps. Veuillez recharger la page ; vos informations sont conservées.
send-error-incomplete = Certaines informations manquent ou sont incorrectes. Veuillez vérifier les étapes ci-dessus.

## Accusé de réception

receipt-title = Votre demande a bien été reçue
receipt-intro = Le service des étrangers a reçu votre demande. Conservez cet accusé de réception.
receipt-reference = Votre numéro de dossier
receipt-qr-label = Code QR du numéro de dossier { $reference }
receipt-received-at = Date de réception
receipt-form = Demande
receipt-deadline-met = Votre demande est arrivée avant l’expiration de votre titre de séjour le { $date }. Votre titre de séjour actuel reste considéré comme valable jusqu’à la décision (§ 81 (4) AufenthG, loi sur le séjour).
receipt-deadline-missed = Votre demande est arrivée après l’expiration de votre titre de séjour le { $date }. Veuillez contacter immédiatement le service des étrangers.
receipt-keep = Cet accusé de réception est signé électroniquement par le service. Vous pouvez l’imprimer ou l’enregistrer comme fichier.
receipt-print = Imprimer
receipt-download = Enregistrer comme fichier

## Transmission avec un code (conseil)

handover-title = Transmettre à une autre personne
handover-intro = Avec un code, une autre personne peut continuer à remplir cette demande sur son propre appareil, par exemple votre conseiller ou votre client. Pour cela, vos informations sont chiffrées sur cet appareil.
handover-button = Créer un code de transmission
handover-code-label = Code de transmission (à saisir sur la page d’accueil sous « Continuer avec un code ») :
handover-qr-label = Code QR du code de transmission { $code }
handover-valid-until = Le code est valable jusqu’au { $date }.
handover-files-note = Les fichiers ne sont pas transmis. Veuillez les ajouter à nouveau sur l’autre appareil.
handover-error-code = Ce code n’est pas valide. Veuillez vérifier les caractères.
handover-error-missing = Il n’y a pas (ou plus) de demande pour ce code. Les codes sont valables 14 jours.
resume-title = Continuer avec un code
resume-label = Code de transmission
resume-help = Votre conseiller ou votre client vous a donné ce code, par exemple ABCD-EFGH-JKMN-PQRS-TVWX-Y.
resume-button = Continuer

## État de la demande (docs/STATUS.md)

receipt-status-code = Votre code de suivi
receipt-status-help = Avec le numéro de dossier et le code de suivi, vous pouvez voir à tout moment où en est votre demande. Ne communiquez le code de suivi à personne.
receipt-status-link = Voir l’état de la demande
status-title = État de votre demande
status-intro = Saisissez le numéro de dossier et le code de suivi qui figurent sur votre accusé de réception.
status-reference = Numéro de dossier
status-reference-hint = Par exemple 7KQM-2X9P-V
status-code = Code de suivi
status-code-hint = 16 caractères et un caractère de contrôle, par exemple ABCD-EFGH-JKMN-PQRS-T
status-submit = Consulter l’état
status-checking = Consultation en cours …
status-error-not-found = Il n’y a aucune demande avec ce numéro de dossier et ce code de suivi. Veuillez vérifier les deux.
status-error-reference = Ce n’est pas un numéro de dossier. Veuillez vérifier qu’il ne contient pas de faute de frappe.
status-error-code = Ce n’est pas un code de suivi. Veuillez vérifier qu’il ne contient pas de faute de frappe.
status-error-too-many = Trop de consultations. Veuillez réessayer dans quelques minutes.
status-error-offline = Pas de connexion au serveur. Veuillez réessayer plus tard.
status-current = État actuel
status-history = Historique
status-received = Demande reçue
status-in-review = En cours de traitement
status-documents-missing = Des documents manquent
status-appointment-needed = Veuillez prendre rendez-vous
status-decision-made = Décision prise
status-card-ordered = Carte commandée
status-ready-for-pickup = Carte prête à être retirée
status-handed-over = Carte remise
status-closed = Dossier clôturé
status-fiction = Attestation provisoire (Fiktionsbescheinigung) délivrée, valable jusqu’au { $date }
status-pickup-counter = Retrait au guichet sur rendez-vous.
status-pickup-dispenser = Retrait au distributeur de cartes à l’entrée, avec le code de retrait { $code } et votre code PIN.
status-pickup-post = La carte vous sera envoyée par la poste.
status-missing-intro = Veuillez nous envoyer :
status-document-passport = passeport
status-document-biometric-photo = photo d’identité biométrique
status-document-proof-of-income = justificatif de revenus
status-document-health-insurance = attestation d’assurance maladie
status-document-rental-contract = contrat de location
status-document-employment-contract = contrat de travail
status-document-registration-certificate = attestation de domicile (Meldebescheinigung)
status-document-fee-payment = justificatif du paiement des frais
status-document-other = autres documents (voir le courrier du service)

## Rendez-vous (docs/APPOINTMENTS.md)

appointments-title = Prendre rendez-vous
appointments-intro = Les rendez-vous sont réservés aux personnes qui ont déposé une demande. Vous avez besoin du numéro de dossier et du code de suivi qui figurent sur votre accusé de réception.
appointments-service = Pour quelle démarche avez-vous besoin du rendez-vous ?
appointments-duration =
    { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
appointments-show-times = Afficher les rendez-vous disponibles
appointments-no-times = Tous les rendez-vous sont pris pour le moment. De nouveaux rendez-vous sont publiés chaque jour à { $time }, la prochaine fois le { $date }.
appointments-day = Jour
appointments-time = Heure
appointments-book = Réserver le rendez-vous
appointments-booking = Réservation en cours …
appointments-booked-title = Votre rendez-vous est réservé
appointments-booked-when = { $date } à { $time }
appointments-booked-bring = Apportez votre passeport et votre numéro de dossier.
# Booked with an email address: there is no application, so no reference number to bring.
appointments-booked-bring-passport = Apportez votre passeport.
appointments-calendar = Ajouter au calendrier
appointments-cancel-link = Avec ce lien, vous pouvez annuler le rendez-vous. Conservez-le : il n’est affiché que maintenant.
appointments-error-taken = Ce rendez-vous vient d’être pris. Veuillez en choisir un autre.
appointments-error-already = Vous avez déjà un rendez-vous pour cette démarche : { $date } à { $time }. Si vous en voulez un autre, annulez d’abord celui-ci.
appointments-error-not-a-slot = Ce rendez-vous n’existe pas (ou plus). Veuillez afficher à nouveau les rendez-vous disponibles.
appointments-error-unavailable = Ce service ne propose pas de rendez-vous en ligne.
appointments-cancel-title = Annuler un rendez-vous
appointments-cancel-confirm = Voulez-vous annuler votre rendez-vous ? Il sera alors libre pour d’autres personnes.
appointments-cancel-button = Annuler le rendez-vous
appointments-cancelled = Votre rendez-vous est annulé.
appointments-cancel-not-found = Ce rendez-vous n’existe pas ou a déjà été annulé.
service-hand-in-application = Dépôt d’une demande
service-biometrics = Relevé des données biométriques
service-eat-pickup = Retrait du titre de séjour électronique (eAT) et du courrier avec le code PIN
service-settlement-counselling = Conseil sur le permis d’établissement (Niederlassungserlaubnis)

status-notice-title = Être informé par e-mail
status-notice-intro = Nous vous envoyons un court e-mail lorsque l’état change. L’e-mail indique seulement que quelque chose a changé ; c’est ici que vous voyez l’état lui-même. Votre adresse est chiffrée sur cet appareil : seul le service des étrangers peut la lire.
status-notice-email = Adresse e-mail
status-notice-submit = M’informer
status-notice-on = Vous recevrez un e-mail lorsque l’état changera.
status-notice-stop = Ne plus recevoir d’e-mails
status-notice-off = Vous ne recevrez plus d’e-mails concernant cette demande.
status-notice-error-email = Saisissez une adresse e-mail, par exemple name@example.org.
status-notice-error-failed = Cela n’a pas fonctionné. Veuillez réessayer plus tard.

appointments-proof-legend = Comment prouvez-vous votre identité ?
appointments-proof-application = Avec le numéro de dossier et le code de suivi de ma demande
appointments-proof-email = Avec mon adresse e-mail (je n’ai pas déposé de demande)
appointments-email = Adresse e-mail
appointments-email-hint = Nous vous envoyons un code à 6 chiffres. Votre adresse est enregistrée uniquement sous forme chiffrée ; seul le service des étrangers peut la lire.
appointments-send-code = Envoyer le code
appointments-code = Code reçu par e-mail
appointments-code-sent = Nous vous avons envoyé un code. Il est valable 30 minutes.
appointments-error-email = Saisissez une adresse e-mail, par exemple name@example.org.
appointments-error-code = Le code est incorrect ou a expiré. Vérifiez-le ou demandez-en un nouveau.
appointments-error-mail = Nous n’avons pas pu vous envoyer d’e-mail. Vérifiez l’adresse ou réessayez plus tard.
appointments-intro-email = Si vous avez déposé une demande, vous avez besoin du numéro de dossier et du code de suivi qui figurent sur votre accusé de réception. Sinon, vous confirmez votre adresse e-mail avec un code.
