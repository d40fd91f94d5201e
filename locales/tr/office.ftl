# Pforte – personel için gelen kutusunun metinleri (/office).
# Reviewed by a native speaker: no

office-title = Ekiplerin gelen kutusu
office-sign-in = Giriş yap
office-name = Ad
office-password = Şifre
office-sign-out = Çıkış yap
office-error-sign-in = Ad veya şifre yanlış.
office-error-too-many = Çok fazla deneme yapıldı. Birkaç dakika bekleyin.
office-error-offline = Sunucuya bağlantı yok.
office-error-session = Oturumun süresi doldu. Lütfen yeniden giriş yapın.
office-signed-in = { $name } olarak giriş yapıldı
office-team = Ekip { $team }
office-key = Ekibin anahtar dosyası (team-{ $team }.pem)
office-key-hint = Anahtar bu tarayıcı penceresinde kalır ve sunucuya yüklenmez. Çıkış yaptığınızda veya pencereyi kapattığınızda silinir.
office-key-loaded = Anahtar yüklendi: taleplerin şifresi burada çözülür.
office-key-error = Bu dosya bir özel anahtar değil (PKCS #8, PEM, şifrelenmemiş).
office-empty = Açık talep yok.
office-new-count = { $count ->
    [one] { $count } yeni talep
   *[other] { $count } yeni talep
}
office-ticket = Numara { $ticket }
office-received = Geliş: { $time }
office-state-new = Yeni
office-state-in-progress = İşlemde
office-state-done = Tamamlandı
office-locked = Şifreli. Okumak için ekibin anahtarını yükleyin.
office-cannot-open = Bu talep, yüklenen anahtarla açılamıyor.
office-field-concern = Konu
office-field-language = Dil
office-field-reference = Referans numarası
office-field-contact = İletişim
office-field-description = Açıklama
office-note = Kişiye mesaj (kişi bunu talep koduyla görür; en fazla { $max } karakter)
office-mark-in-progress = İşleme al
office-mark-done = Tamamlandı olarak işaretle
office-saved = Kaydedildi.
office-error-save = Kaydedilmedi. Yeniden deneyin.
office-last-note = Son mesaj: { $note }
office-by = en son { $name } tarafından
