# Pforte – uygulamanın kendi metinleri (belirli bir forma ait olmayan).
# Reviewed by a native speaker: no

catalogue-title = Yabancılar Dairesi çevrimiçi
loading = Yükleniyor …
step-progress = Adım { $current } / { $total }
nav-back = Geri
nav-next = İleri
select-choose = Lütfen seçin
answer-yes = Evet
answer-no = Hayır
group-add = Kayıt ekle
group-remove = Bu kaydı kaldır

## Hata mesajları, her JSON Schema anahtar sözcüğü için bir tane. Formlar bunları alan bazında değiştirebilir.

error-required = Lütfen bu alanı doldurun.
error-type = Bu bilgi beklenen biçimde değil.
error-enum = Lütfen sunulan seçeneklerden birini seçin.
error-const = Lütfen bunu onaylayın.
error-minLength = Lütfen en az { $limit } karakter girin.
error-maxLength = Lütfen en fazla { $limit } karakter girin.
error-pattern = Bu bilgi beklenen biçimde değil.
error-format = Bu bilgi beklenen biçimde değil.
error-minimum = Değer en az { $limit } olmalıdır.
error-maximum = Değer en fazla { $limit } olabilir.
error-exclusiveMinimum = Değer { $limit } sayısından büyük olmalıdır.
error-exclusiveMaximum = Değer { $limit } sayısından küçük olmalıdır.
error-multipleOf = Değer { $limit } sayısının katı olmalıdır.
error-minItems = Lütfen en az { $limit } kayıt girin.
error-maxItems = Lütfen en fazla { $limit } kayıt girin.
error-uniqueItems = Lütfen her kaydı yalnızca bir kez girin.
error-anyOf = Lütfen bu bilgiyi kontrol edin.
error-oneOf = Lütfen bu bilgiyi kontrol edin.
error-not = Lütfen bu bilgiyi kontrol edin.
error-dependentRequired = Lütfen bu alanı doldurun.
error-additionalProperties = Bu bilgi burada beklenmiyor.
error-false = Bu bilgi burada beklenmiyor.
error-contains = Lütfen en az bir uygun kayıt girin.
error-minContains = Lütfen en az { $limit } uygun kayıt girin.
error-maxContains = Lütfen en fazla { $limit } uygun kayıt girin.
error-minProperties = Lütfen en az { $limit } bilgi girin.
error-maxProperties = Lütfen en fazla { $limit } bilgi girin.
error-propertyNames = Bu bilgi burada beklenmiyor.

## Hata özeti, göndermeden önce genel bakış

error-summary-title = Lütfen bilgilerinizi kontrol edin
review-title = Bilgilerinize genel bakış
review-intro = Lütfen başvuruyu göndermeden önce her şeyi kontrol edin.
review-change = Değiştir
review-empty = Belirtilmedi
start-over = Baştan başla
start-over-confirm = Bu formdaki tüm yanıtlarınız bu cihazdan silinecek. Gerçekten baştan başlamak istiyor musunuz?

## Arama ile seçim listesi (uyruk gibi uzun listeler)

combobox-hint = Birkaç harf yazın, sonra ok tuşlarıyla veya dokunarak seçin.
combobox-results = { $count ->
    [0] Sonuç yok
    [one] Bir sonuç
   *[other] { $count } sonuç
}
combobox-no-match = Lütfen listedeki seçeneklerden birini seçin.

## Tekrarlanabilir kayıtlar

group-move-up = Yukarı taşı
group-move-down = Aşağı taşı
group-count = { $count } kayıt (en fazla { $max })
group-full = Daha fazla kayıt eklenemez.

## Danışmanlar için iki dilli görünüm, yazdırma

bilingual-toggle = Her metnin altında Almanca asıl metni göster
bilingual-german = Almanca asıl metin
print-review = Bu özeti yazdır

## Sayfa çerçevesi

skip-to-content = İçeriğe geç
footer-accessibility = Erişilebilirlik beyanı

## Erişilebilirlik beyanı (BITV 2.0 § 7, (AB) 2016/2102 sayılı Direktif)

a11y-title = Erişilebilirlik beyanı
a11y-intro = Yabancılar Dairesi, bu çevrimiçi başvuru hizmetini herkes için engelsiz erişilebilir hâle getirmeye çalışır. Bu konuda Engellilerin Eşitliği Yasası (BGG) ve Engelsiz Bilgi Teknolojisi Yönetmeliği (BITV 2.0) ya da eyaletin ilgili yasaları esas alınır. Bu beyan, bu çevrimiçi hizmet için geçerlidir.
a11y-status-title = Erişilebilirlik durumu
a11y-status = Bu çevrimiçi hizmet, erişilebilirlik gerekliliklerine kısmen uygundur. Ölçüt, Web İçeriği Erişilebilirlik Yönergeleri (WCAG 2.2, AA düzeyi) ve Avrupa standardı EN 301 549'dur. Nedenleri bir sonraki bölümde bulabilirsiniz.
a11y-known-title = Erişilebilir olmayan içerikler
a11y-known-1 = Almancadan yapılan çeviriler, henüz bu dili anadili olarak konuşan kişiler tarafından kontrol edilmedi. Bu yüzden anlaşılması zor ifadeler içerebilir. Almanca asıl metni her zaman görebilirsiniz.
a11y-known-2 = Belgelerinizi henüz çevrimiçi olarak yükleyemezsiniz.
a11y-known-3 = Henüz Alman İşaret Dilinde (DGS) ve Kolay Dilde (Leichte Sprache) bilgi yoktur.
a11y-known-4 = Erişilebilirlik şimdiye kadar otomatik testlerle ve geliştiriciler tarafından kontrol edildi. BITV testine göre bağımsız bir denetim henüz yapılmadı.
a11y-prepared-title = Bu beyanın hazırlanması
a11y-prepared = Bu beyan { $date } tarihinde hazırlandı. Beyan bir öz değerlendirmeye dayanır. Yani çevrimiçi hizmeti kendimiz kontrol ettik.
a11y-feedback-title = Geri bildirim ve iletişim
a11y-feedback = Bu çevrimiçi hizmetin bir bölümünü iyi kullanamıyor musunuz? Ya da bilgilere erişilebilir bir biçimde mi ihtiyacınız var? O zaman lütfen bize başvurun. Lütfen sorunun hangi sayfada olduğunu ve neyin çalışmadığını bize yazın.
# Office: replace with the real contact.
a11y-contact = E-posta: barrierefreiheit@auslaenderbehoerde.example, Telefon: 0123 456789-0
a11y-enforcement-title = Şikâyet yolu
# Office: name your state's enforcement body.
a11y-enforcement = Bize bir sorun bildirdiniz mi? Ve altı hafta içinde tatmin edici bir yanıt alamadınız mı? O zaman erişilebilirlik konusundaki denetim kurumuna veya arabuluculuk kurumuna başvurabilirsiniz. Yabancılar Dairesi için bu kurum, eyaletin engelli kişilerin eşitliğine ilişkin yasasında bu görev için belirlenen kurumdur. Federal kurumlar için ise bu, Engellilerin Eşitliği Yasası'na göre kurulan arabuluculuk kurumudur (Schlichtungsstelle nach dem Behindertengleichstellungsgesetz, www.schlichtungsstelle-bgg.de).

## Belgeler

attachment-types = Dosya türleri: { $types }
attachment-size = Boyut: dosya başına en fazla { $size }
attachment-count-required = Zorunlu: en az { $min }, en fazla { $max } dosya
attachment-count-optional = İsteğe bağlı: en fazla { $max } dosya
attachment-state-empty = Henüz dosya eklenmedi.
attachment-remove = Kaldır
attachment-choose = Dosya seçin
attachment-remove-label = { $name } dosyasını kaldır
attachment-preparing = { $name } şifreleniyor …
attachment-error-count = Burada en fazla { $max } dosya eklenebilir. Önce bir dosyayı kaldırın.
attachment-error-type = { $name } izin verilen türde bir dosya değil ({ $types }).
attachment-error-size = { $name } çok büyük: dosya başına en fazla { $size }.
attachment-error-decode = Tarayıcı bu fotoğrafı okuyamıyor ({ $name }). Lütfen bir JPEG fotoğrafı veya bir PDF dosyası seçin.
attachment-error-read = { $name } okunamadı. Lütfen dosyayı yeniden seçin.
attachment-error-storage = Bu cihazda yeterli boş depolama alanı yok. Lütfen biraz yer açın ve yeniden deneyin.
attachment-error-missing = Lütfen en az { $min } dosya ekleyin.

## Gönderim

send-title = Başvurunuzu gönderin
send-intro = Bilgileriniz ve dosyalarınız bu cihazda şifrelenir. Bunları yalnızca Yabancılar Dairesi okuyabilir.
send-missing-files = Bazı belgeler hâlâ eksik:
send-button = Başvuruyu şimdi gönder
send-again = Yeniden dene
send-preparing = Başvurunuz hazırlanıyor …
send-uploading = Dosyalar gönderiliyor …
send-paused = Duraklatıldı. Hiçbir şey kaybolmaz.
send-waiting = Bağlantı kesildi. Gönderim birazdan otomatik olarak devam edecek.
send-submitting = Başvurunuz tamamlanıyor …
send-retry-in = { $seconds } sn sonra yeniden denenecek.
send-retry-now = Şimdi dene
send-progress = { $sent } / { $total } gönderildi
send-pause = Duraklat
send-resume = Devam et
send-error-not-configured = Bu Yabancılar Dairesi henüz çevrimiçi başvuru kabul etmiyor. Lütfen doğrudan Yabancılar Dairesi ile iletişime geçin.
send-error-offline = Yabancılar Dairesine şu anda ulaşılamıyor. Lütfen internet bağlantınızı kontrol edin ve yeniden deneyin.
# A part of the app (review, attachments, receipt…) is fetched when first needed; it did not arrive.
part-load-failed = Sayfanın bu bölümü yüklenemedi. Lütfen internet bağlantınızı kontrol edin.
part-load-retry = Yeniden dene
send-error-wrong-key = Güvenliğiniz için hiçbir şey gönderilmedi: Yabancılar Dairesinin anahtarı eşleşmiyor. Lütfen sayfayı yeniden yükleyin ve daha sonra yeniden deneyin.
send-error-crypto = Bu tarayıcı başvuruyu şifreleyemiyor. Lütfen güncel bir tarayıcı kullanın.
send-error-server = Başvuru kabul edilemedi. Bilgileriniz bu cihazda kayıtlı kalır. Lütfen daha sonra yeniden deneyin.
send-error-form-changed = Bu form bu arada değişti. Lütfen sayfayı yeniden yükleyin; bilgileriniz korunur.
send-error-incomplete = Bazı bilgiler eksik veya doğru değil. Lütfen yukarıdaki adımları kontrol edin.

## Alındı belgesi

receipt-title = Başvurunuz alındı
receipt-intro = Yabancılar Dairesi başvurunuzu aldı. Bu alındı belgesini saklayın.
receipt-reference = Referans numaranız
receipt-qr-label = { $reference } referans numarasının QR kodu
receipt-received-at = Alınma tarihi
receipt-form = Başvuru
receipt-deadline-met = Başvurunuz, oturum izninizin sona erdiği { $date } tarihinden önce bize ulaştı. Mevcut oturum izniniz, karar verilene kadar geçerli sayılır (§ 81 (4) AufenthG, Oturum Yasası).
receipt-deadline-missed = Başvurunuz, oturum izninizin sona erdiği { $date } tarihinden sonra bize ulaştı. Lütfen hemen Yabancılar Dairesi ile iletişime geçin.
receipt-keep = Bu alındı belgesi Yabancılar Dairesi tarafından elektronik olarak imzalanmıştır. Belgeyi yazdırabilir veya dosya olarak kaydedebilirsiniz.
receipt-print = Yazdır
receipt-download = Dosya olarak kaydet

## Kodla devretme (danışmanlık)

handover-title = Başka bir kişiye devredin
handover-intro = Bir kod ile başka bir kişi, örneğin danışmanınız veya danışanınız, bu başvuruyu kendi cihazında doldurmaya devam edebilir. Bunun için bilgileriniz bu cihazda şifrelenir.
handover-button = Devretme kodu oluştur
handover-code-label = Devretme kodu (başlangıç sayfasında “Kodla devam et” bölümüne girin):
handover-qr-label = { $code } devretme kodunun QR kodu
handover-valid-until = Kod { $date } tarihine kadar geçerlidir.
handover-files-note = Dosyalar devredilmez. Lütfen bunları diğer cihazda yeniden ekleyin.
handover-error-code = Bu geçerli bir kod değil. Lütfen karakterleri kontrol edin.
handover-error-missing = Bu koda ait bir başvuru yok veya artık mevcut değil. Kodlar 14 gün geçerlidir.
resume-title = Kodla devam et
resume-label = Devretme kodu
resume-help = Kodu size danışmanınız veya danışanınız verdi, ör. ABCD-EFGH-JKMN-PQRS-TVWX-Y.
resume-button = Devam et

## Başvurunun durumu (docs/STATUS.md)

receipt-status-code = Durum kodunuz
receipt-status-help = Referans numarası ve durum kodu ile başvurunuzun hangi aşamada olduğunu istediğiniz zaman görebilirsiniz. Durum kodunu kimseyle paylaşmayın.
receipt-status-link = Başvurunun durumunu görüntüle
status-title = Başvurunuzun durumu
status-intro = Alındı belgenizdeki referans numarasını ve durum kodunu girin.
status-reference = Referans numarası
status-reference-hint = Örneğin 7KQM-2X9P-V
status-code = Durum kodu
status-code-hint = 16 karakter ve bir kontrol karakteri, örneğin ABCD-EFGH-JKMN-PQRS-T
status-submit = Durumu sorgula
status-checking = Sorgulanıyor …
status-error-not-found = Bu referans numarası ve bu durum kodu ile bir başvuru yok. Lütfen iki bilgiyi de kontrol edin.
status-error-reference = Bu bir referans numarası değil. Lütfen yazım hatası olup olmadığını kontrol edin.
status-error-code = Bu bir durum kodu değil. Lütfen yazım hatası olup olmadığını kontrol edin.
status-error-too-many = Çok fazla sorgulama yapıldı. Lütfen birkaç dakika sonra yeniden deneyin.
status-error-offline = Sunucuya bağlantı yok. Lütfen daha sonra yeniden deneyin.
status-current = Güncel durum
status-history = Geçmiş
status-received = Alındı
status-in-review = İnceleniyor
status-documents-missing = Eksik belgeler var
status-appointment-needed = Lütfen bir randevu alın
status-decision-made = Karar verildi
status-card-ordered = Kart sipariş edildi
status-ready-for-pickup = Kartınız teslim almaya hazır
status-handed-over = Kartınız teslim edildi
status-closed = İşlem tamamlandı
status-fiction = Geçici belge (Fiktionsbescheinigung) düzenlendi, { $date } tarihine kadar geçerli
status-pickup-counter = Kartı randevu alarak gişeden teslim alabilirsiniz.
status-pickup-dispenser = Kartı, giriş alanındaki kart teslim makinesinden { $code } teslim alma kodu ve PIN kodunuz ile alabilirsiniz.
status-pickup-post = Kart size posta ile gönderilecektir.
status-missing-intro = Lütfen bize şunları gönderin:
status-document-passport = pasaport
status-document-biometric-photo = biyometrik vesikalık fotoğraf
status-document-proof-of-income = gelir belgesi
status-document-health-insurance = sağlık sigortası belgesi
status-document-rental-contract = kira sözleşmesi
status-document-employment-contract = iş sözleşmesi
status-document-registration-certificate = ikametgâh belgesi (Meldebescheinigung)
status-document-fee-payment = harcın ödendiğini gösteren belge
status-document-other = diğer belgeler (Yabancılar Dairesinin yazısına bakın)

## Randevular (docs/APPOINTMENTS.md)

appointments-title = Randevu alın
appointments-intro = Randevuları, başvurusunu yapmış olan kişilere veriyoruz. Alındı belgenizdeki referans numarasına ve durum koduna ihtiyacınız var.
appointments-service = Randevuya ne için ihtiyacınız var?
appointments-duration = { $minutes } dakika
appointments-show-times = Boş randevuları göster
appointments-no-times = Şu anda tüm randevular dolu. Yeni randevular her gün saat { $time } itibarıyla açılır; bir sonraki açılış { $date } tarihinde.
appointments-day = Gün
appointments-time = Saat
appointments-book = Randevuyu al
appointments-booking = Randevu alınıyor …
appointments-booked-title = Randevunuz alındı
appointments-booked-when = { $date }, saat { $time }
appointments-booked-bring = Pasaportunuzu ve referans numaranızı yanınızda getirin.
# Booked with an email address: there is no application, so no reference number to bring.
appointments-booked-bring-passport = Pasaportunuzu yanınızda getirin.
appointments-calendar = Takvime ekle
appointments-cancel-link = Bu bağlantı ile randevunuzu iptal edebilirsiniz. Bağlantıyı saklayın; yalnızca şimdi gösterilir.
appointments-error-taken = Bu randevu az önce başka birine verildi. Lütfen başka bir randevu seçin.
appointments-error-already = Bu işlem için zaten bir randevunuz var: { $date }, saat { $time }. Başka bir randevu istiyorsanız önce bu randevuyu iptal edin.
appointments-error-not-a-slot = Bu randevu yok veya artık mevcut değil. Lütfen boş randevuları yeniden görüntüleyin.
appointments-error-unavailable = Bu Yabancılar Dairesi çevrimiçi randevu vermiyor.
appointments-cancel-title = Randevuyu iptal edin
appointments-cancel-confirm = Randevunuzu iptal etmek istiyor musunuz? Bu durumda randevu başkaları için boşa çıkar.
appointments-cancel-button = Randevuyu iptal et
appointments-cancelled = Randevunuz iptal edildi.
appointments-cancel-not-found = Bu randevu yok veya zaten iptal edilmiş.
service-hand-in-application = Başvuru teslimi
service-biometrics = Biyometrik verilerin alınması
service-eat-pickup = Oturum izni kartının (eAT) PIN mektubuyla birlikte teslim alınması
service-settlement-counselling = Süresiz oturum izni (Niederlassungserlaubnis) hakkında danışmanlık

status-notice-title = Durum değiştiğinde e-posta ile bilgilendirilin
status-notice-intro = Durum değiştiğinde size kısa bir e-posta göndeririz. E-postada yalnızca bir şeyin değiştiği bildirilir; durumun kendisini burada görürsünüz. Adresiniz bu cihazda şifrelenir: Adresinizi yalnızca Yabancılar Dairesi okuyabilir.
status-notice-email = E-posta adresi
status-notice-submit = Bana bildir
status-notice-on = Durum değiştiğinde size bir e-posta gönderilecek.
status-notice-stop = Artık e-posta gönderilmesin
status-notice-off = Bu başvuruyla ilgili size artık e-posta gönderilmeyecek.
status-notice-error-email = Bir e-posta adresi girin, örneğin name@example.org.
status-notice-error-failed = Bu işlem gerçekleştirilemedi. Lütfen daha sonra yeniden deneyin.

appointments-proof-legend = Kim olduğunuzu nasıl kanıtlıyorsunuz?
appointments-proof-application = Başvurumun referans numarası ve durum kodu ile
appointments-proof-email = E-posta adresim ile (başvuru yapmadım)
appointments-email = E-posta adresi
appointments-email-hint = Size 6 haneli bir kod göndeririz. Adresiniz yalnızca şifrelenmiş olarak saklanır; adresinizi yalnızca Yabancılar Dairesi okuyabilir.
appointments-send-code = Kodu gönder
appointments-code = E-postadaki kod
appointments-code-sent = Size bir kod gönderdik. Kod 30 dakika geçerlidir.
appointments-error-email = Bir e-posta adresi girin, örneğin name@example.org.
appointments-error-code = Kod yanlış veya süresi dolmuş. Kodu kontrol edin veya yeni bir kod gönderilmesini isteyin.
appointments-error-mail = Size e-posta gönderemedik. Adresi kontrol edin veya daha sonra yeniden deneyin.
appointments-intro-email = Başvuru yaptıysanız, alındı belgenizdeki referans numarasına ve durum koduna ihtiyacınız var. Başvuru yapmadıysanız, e-posta adresinizi bir kodla doğrularsınız.
