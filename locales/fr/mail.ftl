# Pforte – l’e-mail qui informe le demandeur que l’état de sa demande a changé.
# Reviewed by a native speaker: no

notice-mail-subject = Votre demande { $reference } : nouvel état
notice-mail-body = Bonjour, l’état de votre demande { $reference } a changé. Vous pouvez voir ce qui a changé avec votre code de suivi sur cette page :
notice-mail-footer = Cet e-mail a été envoyé automatiquement parce que vous l’avez demandé. Vous pouvez vous désabonner sur la même page.

contact-mail-subject = Votre code pour prendre rendez-vous
contact-mail-body = Avec le code ci-dessous, vous confirmez votre adresse e-mail pour prendre rendez-vous. Ce code est valable 30 minutes. Si vous ne vouliez pas prendre rendez-vous, vous pouvez ignorer cet e-mail.
