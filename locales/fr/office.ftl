# Pforte – textes de la boîte de réception du personnel (/office).
# Reviewed by a native speaker: no

office-title = Boîte de réception des équipes
office-sign-in = Se connecter
office-name = Nom
office-password = Mot de passe
office-sign-out = Se déconnecter
office-error-sign-in = Le nom ou le mot de passe est incorrect.
office-error-too-many = Trop de tentatives. Attendez quelques minutes.
office-error-offline = Pas de connexion au serveur.
office-error-session = La session a expiré. Veuillez vous reconnecter.
office-signed-in = Session ouverte : { $name }
office-team = Équipe { $team }
office-key = Fichier de clé de l’équipe (team-{ $team }.pem)
office-key-hint = La clé reste dans cette fenêtre du navigateur et n’est pas envoyée au serveur. Elle disparaît quand vous vous déconnectez ou fermez la fenêtre.
office-key-loaded = Clé chargée : les demandes sont déchiffrées ici.
office-key-error = Ce fichier n’est pas une clé privée (PKCS #8, PEM, non chiffrée).
office-empty = Aucune demande ouverte.
office-new-count = { $count ->
    [one] { $count } nouvelle demande
   *[other] { $count } nouvelles demandes
}
office-ticket = Numéro { $ticket }
office-received = Reçue : { $time }
office-state-new = Nouvelle
office-state-in-progress = En cours
office-state-done = Traitée
office-locked = Chiffrée. Chargez la clé de l’équipe pour la lire.
office-cannot-open = Cette demande ne peut pas être ouverte avec la clé chargée.
office-field-concern = Objet
office-field-language = Langue
office-field-reference = Numéro de dossier
office-field-contact = Coordonnées
office-field-description = Description
office-note = Message à la personne (elle le voit avec son code de ticket ; { $max } caractères maximum)
office-mark-in-progress = Prendre en charge
office-mark-done = Marquer comme traitée
office-saved = Enregistré.
office-error-save = Non enregistré. Réessayez.
office-last-note = Dernier message : { $note }
office-by = dernière modification par { $name }
