# Pforte – giriş terminalinin (kiosk) ve telefondaki talep sayfasının metinleri.
# Reviewed by a native speaker: no

kiosk-title = Acil talep
kiosk-welcome = Hoş geldiniz. Acil talebinizi buradan doğrudan ilgili ekibe iletebilirsiniz.
kiosk-choose-language = Dilinizi seçin
kiosk-concern = Konu nedir?
kiosk-concern-permit-expiring = Oturum iznimin süresi yakında doluyor
kiosk-concern-lost-card = Kartım kayboldu veya çalındı
kiosk-concern-fiction-certificate = Geçici belgemin (Fiktionsbescheinigung) süresi doluyor
kiosk-concern-employment-change = Yeni bir işim var
kiosk-concern-other = Başka bir konu
kiosk-reference = Referans numarası (varsa)
kiosk-reference-hint = Numara, alındı belgenizde yazar, örneğin 7KQM-2X9P-4.
kiosk-description = Talebinizi kısaca anlatın
kiosk-description-hint = En fazla { $max } karakter.
kiosk-contact = Size nasıl ulaşabiliriz? (Telefon veya e-posta, isteğe bağlı)
kiosk-consent = Yabancılar Dairesinin bu bilgileri talebimi işlemek için kullanmasını kabul ediyorum.
kiosk-send = Talebi gönder
kiosk-cancel = İptal et ve her şeyi sil
kiosk-sending = Şifreleniyor ve gönderiliyor …
kiosk-error-summary = Lütfen kontrol edin:
kiosk-error-concern = Konuyu seçin.
kiosk-error-description = Talebinizi anlatın.
kiosk-error-too-long = Metin çok uzun.
kiosk-error-reference = Bu bir referans numarası değil. Numarayı kontrol edin veya alanı boş bırakın.
kiosk-error-consent = Onayınız olmadan talebinizi iletemeyiz.
kiosk-error-send = Talep gönderilemedi. Lütfen danışmaya başvurun.
kiosk-ticket-title = Talebiniz ulaştı
kiosk-ticket-number = Numaranız
kiosk-ticket-team = İlgili ekip talebinizi şimdi görüyor. Lütfen numaranız çağrılana kadar bekleme alanında bekleyin.
kiosk-ticket-code = Talep kodunuz
kiosk-ticket-code-hint = Bu kod veya QR kod ile ekibin yanıtını telefonunuzda görebilirsiniz. Kodu bir yere yazın veya fotoğrafını çekin.
kiosk-done = Tamam
kiosk-idle-title = Hâlâ burada mısınız?
kiosk-idle-countdown = { $seconds ->
    [one] { $seconds } saniye sonra her şey silinecek ve başlangıç ekranı açılacak.
   *[other] { $seconds } saniye sonra her şey silinecek ve başlangıç ekranı açılacak.
}
kiosk-idle-continue = Doldurmaya devam et
kiosk-unavailable = Terminal şu anda kullanıma hazır değil. Lütfen danışmaya başvurun.

ticket-title = Talebiniz
ticket-code = Talep kodu
ticket-code-hint = Girişteki ekranda gösterilen kod, örneğin 7KQM-2X9P-4ABC-DEFG-5.
ticket-show = Göster
ticket-number = Numara { $number }
ticket-state-new = Ulaştı. Ekip talebinizi henüz açmadı.
ticket-state-in-progress = İşlemde.
ticket-state-done = Tamamlandı.
ticket-note = Ekibin mesajı
ticket-updated = Son değişiklik: { $time }
ticket-error-code = Bu bir talep kodu değil. Yazım hatası olup olmadığını kontrol edin.
ticket-error-not-found = Bu koda ait bir talep yok veya artık yok.
ticket-error-too-many = Çok fazla sorgulama yapıldı. Birkaç dakika sonra yeniden deneyin.
ticket-error-offline = Sunucuya bağlantı yok. Daha sonra yeniden deneyin.
