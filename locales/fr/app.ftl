# Pforte – textes propres à l’application (qui ne dépendent d’aucun formulaire).
# Reviewed by a native speaker: no

catalogue-title = Service des étrangers en ligne
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
