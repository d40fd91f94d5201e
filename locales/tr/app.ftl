# Pforte – uygulamanın kendi metinleri (belirli bir forma ait olmayan).
# Reviewed by a native speaker: no

catalogue-title = Yabancılar Dairesi çevrimiçi
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
