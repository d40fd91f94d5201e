# Pforte – textes de la borne d’entrée (kiosque) et de la page du ticket sur le téléphone.
# Reviewed by a native speaker: no

kiosk-title = Demande urgente
kiosk-welcome = Bienvenue. Ici, vous pouvez transmettre une demande urgente directement à l’équipe compétente.
kiosk-choose-language = Choisissez votre langue
kiosk-concern = De quoi s’agit-il ?
kiosk-concern-permit-expiring = Mon titre de séjour expire bientôt
kiosk-concern-lost-card = Ma carte a été perdue ou volée
kiosk-concern-fiction-certificate = Mon attestation provisoire (Fiktionsbescheinigung) expire
kiosk-concern-employment-change = J’ai un nouvel emploi
kiosk-concern-other = Autre chose
kiosk-reference = Numéro de dossier (si vous en avez un)
kiosk-reference-hint = Il figure sur votre accusé de réception, par exemple 7KQM-2X9P-4.
kiosk-description = Décrivez brièvement votre demande
kiosk-description-hint = { $max } caractères maximum.
kiosk-contact = Comment vous joindre ? (Téléphone ou e-mail, facultatif)
kiosk-consent = J’accepte que le service des étrangers utilise ces informations pour traiter ma demande.
kiosk-send = Envoyer la demande
kiosk-cancel = Annuler et tout effacer
kiosk-sending = Chiffrement et envoi …
kiosk-error-summary = Veuillez vérifier :
kiosk-error-concern = Choisissez de quoi il s’agit.
kiosk-error-description = Décrivez votre demande.
kiosk-error-too-long = Le texte est trop long.
kiosk-error-reference = Ce n’est pas un numéro de dossier. Vérifiez-le ou laissez le champ vide.
kiosk-error-consent = Sans votre accord, nous ne pouvons pas transmettre la demande.
kiosk-error-send = La demande n’a pas pu être envoyée. Veuillez vous adresser à l’accueil.
kiosk-ticket-title = Votre demande a bien été reçue
kiosk-ticket-number = Votre numéro
kiosk-ticket-team = L’équipe compétente voit maintenant votre demande. Veuillez patienter dans la salle d’attente jusqu’à ce que votre numéro soit appelé.
kiosk-ticket-code = Votre code de ticket
kiosk-ticket-code-hint = Avec ce code ou le code QR, vous pouvez voir la réponse de l’équipe sur votre téléphone. Notez le code ou prenez-le en photo.
kiosk-done = Terminé
kiosk-idle-title = Êtes-vous toujours là ?
kiosk-idle-countdown = { $seconds ->
    [one] Dans { $seconds } seconde, tout sera effacé et l’écran d’accueil s’affichera.
   *[other] Dans { $seconds } secondes, tout sera effacé et l’écran d’accueil s’affichera.
}
kiosk-idle-continue = Continuer à remplir
kiosk-unavailable = La borne n’est pas configurée pour le moment. Veuillez vous adresser à l’accueil.

ticket-title = Votre ticket
ticket-code = Code du ticket
ticket-code-hint = Le code affiché sur l’écran à l’entrée, par exemple 7KQM-2X9P-4ABC-DEFG-5.
ticket-show = Afficher
ticket-number = Numéro { $number }
ticket-state-new = Reçue. L’équipe n’a pas encore ouvert votre demande.
ticket-state-in-progress = En cours de traitement.
ticket-state-done = Traitée.
ticket-note = Message de l’équipe
ticket-updated = Dernière modification : { $time }
ticket-error-code = Ce n’est pas un code de ticket. Vérifiez qu’il ne contient pas de faute de frappe.
ticket-error-not-found = Il n’y a pas (ou plus) de ticket pour ce code.
ticket-error-too-many = Trop de consultations. Réessayez dans quelques minutes.
ticket-error-offline = Pas de connexion au serveur. Réessayez plus tard.
