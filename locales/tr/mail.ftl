# Pforte – başvuru sahibine başvurusunun durumunun değiştiğini bildiren e-posta.
# Reviewed by a native speaker: no

notice-mail-subject = { $reference } numaralı başvurunuz: yeni durum
notice-mail-body = İyi günler, { $reference } numaralı başvurunuzun durumu değişti. Neyin değiştiğini durum kodunuzla bu sayfada görebilirsiniz:
notice-mail-footer = Bu e-posta, siz talep ettiğiniz için otomatik olarak gönderildi. Bu e-postaları aynı sayfada iptal edebilirsiniz.

contact-mail-subject = Randevu almak için kodunuz
contact-mail-body = Aşağıdaki kodla, randevu almak için e-posta adresinizi onaylarsınız. Kod 30 dakika geçerlidir. Randevu almak istemediyseniz bu e-postayı dikkate almayabilirsiniz.
