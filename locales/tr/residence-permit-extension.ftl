# Pforte – oturum izni uzatma başvuru formunun metinleri.
# Reviewed by a native speaker: no

## Form

residence-permit-extension-title = Oturum izninin uzatılması için başvuru
residence-permit-extension-description = Bu başvuruyla oturum izninizin (Aufenthaltserlaubnis) uzatılmasını Yabancılar Dairesinden (Ausländerbehörde) talep edersiniz. Formu doldurmak yaklaşık 20 dakika sürer.

## Adım: Başlamadan önce

residence-permit-extension-step-start-title = Başlamadan önce
residence-permit-extension-info-start-intro = Burada oturum izninizin uzatılması için çevrimiçi başvuru yapabilirsiniz. Girdiğiniz bilgiler bu cihazda geçici olarak kaydedilir. Böylece ara verebilir ve daha sonra devam edebilirsiniz.
residence-permit-extension-info-start-deadline = Önemli: Başvurunuzu mevcut oturum izninizin süresi dolmadan yapın, en iyisi 6 ila 8 hafta önceden. O zaman oturum izniniz, başvurunuz hakkında karar verene kadar geçerli kalır (§ 81 Abs. 4 AufenthG, Oturum Yasası). Başvurunuzu gönderdikten sonra bir alındı belgesi alırsınız. Bu belge, başvurunuzun bize ne zaman ulaştığını gösterir. Belgeyi iyi saklayın.
residence-permit-extension-info-start-documents = Lütfen şunları hazır bulundurun: pasaportunuz, oturum izniniz, gelirinizi gösteren belgeler (örneğin son üç maaş bordronuz), sağlık sigortanızı gösteren bir belge ve ikametgâh belgeniz (Meldebescheinigung). Belgelerin fotoğrafını cep telefonunuzla çekebilirsiniz.

## Adım: Kişisel bilgiler

residence-permit-extension-step-person-title = Kişisel bilgileriniz
residence-permit-extension-step-person-help = Adınızı ve soyadınızı tam olarak pasaportunuzda yazdığı gibi yazın.
residence-permit-extension-person-familyName-label = Soyadı
residence-permit-extension-person-familyName-help = Pasaportunuzdaki gibi. Birden fazla soyadınız varsa hepsini yazın.
residence-permit-extension-person-givenNames-label = Ad(lar)
residence-permit-extension-person-givenNames-help = Pasaportunuzdaki gibi tüm adlarınız. Pasaportunuzda ad yazmıyorsa bu alanı boş bırakın.
residence-permit-extension-person-birthName-label = Doğumdaki soyadı
residence-permit-extension-person-birthName-help = Yalnızca doğduğunuzda soyadınız farklıysa doldurun, örneğin evlenmeden önce.
residence-permit-extension-person-dateOfBirth-label = Doğum tarihi
residence-permit-extension-person-placeOfBirth-label = Doğum yeri
residence-permit-extension-person-placeOfBirth-help = Pasaportunuzdaki gibi.
residence-permit-extension-person-countryOfBirth-label = Doğum ülkesi
residence-permit-extension-person-countryOfBirth-help = Doğum yerinizin bulunduğu ülke.
residence-permit-extension-person-countryOfBirth-error-not = Lütfen bir ülke seçin.
residence-permit-extension-person-nationality-label = Vatandaşlık
residence-permit-extension-person-nationality-help = Birden fazla vatandaşlığınız varsa pasaportunuzdaki vatandaşlığı seçin.
residence-permit-extension-person-sex-label = Pasaporttaki cinsiyet
residence-permit-extension-person-sex-help = Pasaportunuzda yazan harfi seçin: F, M veya X.
residence-permit-extension-person-sex-option-F = F – kadın
residence-permit-extension-person-sex-option-M = M – erkek
residence-permit-extension-person-sex-option-X = X – belirtilmemiş
residence-permit-extension-person-maritalStatus-label = Medeni durum
residence-permit-extension-person-maritalStatus-option-single = bekâr
residence-permit-extension-person-maritalStatus-option-married = evli
residence-permit-extension-person-maritalStatus-option-civilPartnership = kayıtlı hayat ortaklığı içinde
residence-permit-extension-person-maritalStatus-option-separated = ayrı yaşıyor
residence-permit-extension-person-maritalStatus-option-divorced = boşanmış
residence-permit-extension-person-maritalStatus-option-widowed = dul (eşi vefat etmiş)

## Adım: Pasaport

residence-permit-extension-step-passport-title = Pasaportunuz
residence-permit-extension-step-passport-help = Seyahat ederken kullandığınız belge kastedilmektedir: pasaportunuz veya bir seyahat belgesi.
residence-permit-extension-passport-documentType-label = Belgenin türü
residence-permit-extension-passport-documentType-option-nationalPassport = geldiğiniz ülkenin pasaportu
residence-permit-extension-passport-documentType-option-refugeeTravelDocument = mülteciler için seyahat belgesi
residence-permit-extension-passport-documentType-option-statelessTravelDocument = vatansızlar için seyahat belgesi
residence-permit-extension-passport-documentType-option-alienPassport = yabancılar için seyahat belgesi (Reiseausweis für Ausländer)
residence-permit-extension-passport-documentType-option-other = başka bir belge
residence-permit-extension-passport-number-label = Pasaport numarası
residence-permit-extension-passport-number-help = Numara, fotoğrafınızın bulunduğu sayfada yazar, çoğunlukla sağ üstte.
residence-permit-extension-passport-number-error-pattern = Pasaport numarası 5 ila 20 harf ve rakamdan oluşur. Lütfen boşluk ve tire kullanmayın.
residence-permit-extension-passport-issuingState-label = Belgeyi düzenleyen ülke
residence-permit-extension-passport-issuingState-help = Belgeyi düzenleyen ülke. Almanya'da düzenlenmiş bir seyahat belgeniz varsa Almanya'yı seçin.
residence-permit-extension-passport-issuingState-error-not = Lütfen belgeyi düzenleyen ülkeyi seçin.
residence-permit-extension-passport-issuedOn-label = Düzenlenme tarihi
residence-permit-extension-passport-validUntil-label = Geçerlilik tarihi
residence-permit-extension-passport-validUntil-help = Pasaportunuz geçerli olmalıdır. Süresi yakında doluyorsa lütfen zamanında yenisini çıkarın.

## Adım: Mevcut oturum izni

residence-permit-extension-step-permit-title = Mevcut oturum izniniz
residence-permit-extension-permit-documentType-label = Oturum izniniz hangi biçimde?
residence-permit-extension-permit-documentType-option-card = kart olarak (elektronik oturum belgesi)
residence-permit-extension-permit-documentType-option-label = pasaportumda etiket olarak
residence-permit-extension-permit-documentType-option-fictionCertificate = kâğıt geçici belge olarak (Fiktionsbescheinigung)
residence-permit-extension-permit-cardNumber-label = Kart numarası
residence-permit-extension-permit-cardNumber-help = Kart numarası, kartınızın ön yüzünde sağ üstte yazar. 9 karakterden oluşur: harfler ve rakamlar.
residence-permit-extension-permit-cardNumber-error-pattern = Kart numarası tam olarak 9 karakterden oluşur: harfler ve rakamlar, boşluk olmadan. Ön yüzde sağ üstte yazar.
residence-permit-extension-permit-cardNumber-error-required = Lütfen kart numarasını girin. Kartınızın ön yüzünde sağ üstte yazar.
residence-permit-extension-permit-validUntil-label = Geçerlilik tarihi
residence-permit-extension-permit-validUntil-help = Tarih, kartın ön yüzünde veya etiketin üzerinde yazar.
residence-permit-extension-permit-legalBasis-label = Yasal dayanak (biliyorsanız)
residence-permit-extension-permit-legalBasis-help = Örneğin “§ 18b Abs. 1 AufenthG”. Kartta “Anmerkungen” (açıklamalar) başlığının altında veya ek sayfada yazar. Bulamazsanız bu alanı boş bırakın.

## Adım: Adres

residence-permit-extension-step-address-title = Adresiniz
residence-permit-extension-info-address-district = Bölgemizde oturuyorsanız yetkili daire biziz. Kayıtlı olduğunuz adresi girin. Başka bir yere taşındıysanız yeni oturduğunuz yerdeki Yabancılar Dairesi yetkilidir.
residence-permit-extension-address-street-label = Sokak
residence-permit-extension-address-houseNumber-label = Kapı numarası
residence-permit-extension-address-addressSupplement-label = Adres ek bilgisi
residence-permit-extension-address-addressSupplement-help = Örneğin “bei Müller” (Müller'in yanında) veya “Hinterhaus” (arka bina). Ek bilgiye ihtiyacınız yoksa bu alanı boş bırakın.
residence-permit-extension-address-postcode-label = Posta kodu
residence-permit-extension-address-postcode-error-pattern = Posta kodu tam olarak 5 rakamdan oluşur, örneğin 10115.
residence-permit-extension-address-city-label = Şehir
residence-permit-extension-address-since-label = Bu adrese kayıt tarihiniz
residence-permit-extension-address-since-help = Tarih, ikametgâh belgenizde (Meldebescheinigung) yazar.

## Adım: İletişim

residence-permit-extension-step-contact-title = Size nasıl ulaşabiliriz
residence-permit-extension-step-contact-help = En az bir e-posta adresi veya bir telefon numarası girin. Belgeler eksikse veya kartınız teslim almaya hazır olduğunda size haber veririz.
residence-permit-extension-contact-email-label = E-posta adresi
residence-permit-extension-contact-email-help = Örneğin name@beispiel.de
residence-permit-extension-contact-phone-label = Telefon numarası
residence-permit-extension-contact-phone-help = En iyisi bir cep telefonu numarası, örneğin +49 151 12345678.
residence-permit-extension-contact-phone-error-pattern = Lütfen yalnızca rakam girin. Başında + olabilir, örneğin +49 151 12345678.
residence-permit-extension-contact-phone-error-required = Lütfen bir telefon numarası veya bir e-posta adresi girin.

## Adım: Kalış amacı

residence-permit-extension-step-purpose-title = Kalış amacınız
residence-permit-extension-step-purpose-help = Almanya'da neden kalmaya devam etmek istiyorsunuz? En önemli nedeni seçin.
residence-permit-extension-stay-purpose-label = Almanya'da neden kalmak istiyorsunuz?
residence-permit-extension-stay-purpose-option-employment = çalışma
residence-permit-extension-stay-purpose-option-study = yükseköğrenim (üniversite)
residence-permit-extension-stay-purpose-option-training = meslek eğitimi
residence-permit-extension-stay-purpose-option-family = aile (aile birleşimi)
residence-permit-extension-stay-purpose-option-humanitarian = koruma veya insani nedenler
residence-permit-extension-stay-purpose-option-other = başka bir neden

residence-permit-extension-section-employment-title = İşiniz
residence-permit-extension-section-employer-title = İşvereniniz
residence-permit-extension-employment-employer-name-label = İşverenin adı (firma)
residence-permit-extension-employment-employer-street-label = Sokak
residence-permit-extension-employment-employer-houseNumber-label = Kapı numarası
residence-permit-extension-employment-employer-postcode-label = Posta kodu
residence-permit-extension-employment-employer-postcode-error-pattern = Posta kodu tam olarak 5 rakamdan oluşur, örneğin 10115.
residence-permit-extension-employment-employer-city-label = Şehir
residence-permit-extension-employment-occupation-label = Yaptığınız iş
residence-permit-extension-employment-occupation-help = İşte ne yaptığınız, örneğin “hemşire” veya “yazılım geliştirici”.
residence-permit-extension-employment-since-label = İşe başlama tarihi
residence-permit-extension-employment-hoursPerWeek-label = Haftalık çalışma saati
residence-permit-extension-employment-hoursPerWeek-help = İş sözleşmenizde yazdığı gibi.
residence-permit-extension-employment-limited-label = İş sözleşmeniz süreli mi?
residence-permit-extension-employment-until-label = Sözleşmenin bitiş tarihi

residence-permit-extension-section-study-title = Yükseköğreniminiz
residence-permit-extension-study-university-label = Üniversite veya yüksekokul
residence-permit-extension-study-university-help = Örneğin “Technische Universität Berlin”.
residence-permit-extension-study-subject-label = Bölüm
residence-permit-extension-study-degree-label = Almak istediğiniz derece
residence-permit-extension-study-degree-option-bachelor = lisans (Bachelor)
residence-permit-extension-study-degree-option-master = yüksek lisans (Master)
residence-permit-extension-study-degree-option-stateExamination = devlet sınavı (Staatsexamen)
residence-permit-extension-study-degree-option-doctorate = doktora
residence-permit-extension-study-degree-option-preparatoryCourse = üniversiteye hazırlık okulu (Studienkolleg) veya üniversiteye hazırlık dil kursu
residence-permit-extension-study-degree-option-other = başka bir derece
residence-permit-extension-study-expectedEnd-label = Öğreniminizin tahmini bitiş tarihi
residence-permit-extension-study-expectedEnd-help = Tam tarihi bilmiyorsanız planlanan son yarıyılın (sömestrin) bitişini yazın.

residence-permit-extension-section-training-title = Meslek eğitiminiz
residence-permit-extension-training-company-label = Eğitim aldığınız işletme
residence-permit-extension-training-occupation-label = Eğitimini aldığınız meslek
residence-permit-extension-training-start-label = Eğitimin başlangıcı
residence-permit-extension-training-end-label = Eğitimin bitişi
residence-permit-extension-training-end-help = Meslek eğitimi sözleşmenizde yazdığı gibi.

residence-permit-extension-section-family-title = Almanya'daki aileniz
residence-permit-extension-section-family-help = Almanya'da birlikte yaşadığınız aile üyeniz hakkında bilgi verin.
residence-permit-extension-family-relation-label = Bu kişi sizin neyiniz?
residence-permit-extension-family-relation-option-spouse = eşim (karım veya kocam)
residence-permit-extension-family-relation-option-civilPartner = kayıtlı hayat ortağım
residence-permit-extension-family-relation-option-child = çocuğum
residence-permit-extension-family-relation-option-parent = annem veya babam
residence-permit-extension-family-relation-option-other = başka bir yakınlık
residence-permit-extension-section-family-member-title = Aile üyeniz
residence-permit-extension-family-member-familyName-label = Soyadı
residence-permit-extension-family-member-givenNames-label = Ad(lar)
residence-permit-extension-family-member-dateOfBirth-label = Doğum tarihi
residence-permit-extension-family-member-nationality-label = Vatandaşlık
residence-permit-extension-family-member-residenceStatus-label = Bu kişinin oturum durumu
residence-permit-extension-family-member-residenceStatus-option-german = Alman vatandaşı
residence-permit-extension-family-member-residenceStatus-option-euCitizen = başka bir AB ülkesinin vatandaşı
residence-permit-extension-family-member-residenceStatus-option-settlementPermit = yerleşim izni (Niederlassungserlaubnis) veya AB süresiz oturum izni (Daueraufenthalt-EU) var
residence-permit-extension-family-member-residenceStatus-option-residencePermit = oturum izni (Aufenthaltserlaubnis) var
residence-permit-extension-family-member-residenceStatus-option-blueCard = AB Mavi Kartı (Blaue Karte EU) var
residence-permit-extension-family-member-residenceStatus-option-other = başka bir durum

residence-permit-extension-section-humanitarian-title = Koruma ve insani nedenler
residence-permit-extension-humanitarian-legalBasis-label = Oturum izniniz hangi nedene dayanıyor?
residence-permit-extension-humanitarian-legalBasis-help = Bu bilgiyi kartınızda “Anmerkungen” (açıklamalar) başlığının altında veya Federal Göç ve Mülteci Dairesinin (BAMF) kararında bulabilirsiniz.
residence-permit-extension-humanitarian-legalBasis-option-asylum = iltica hakkı (§ 25 Abs. 1 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-refugee = mülteci statüsü (§ 25 Abs. 2 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-subsidiaryProtection = ikincil koruma (§ 25 Abs. 2 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-deportationBan = sınır dışı etme yasağı (§ 25 Abs. 3 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-admission = yurt dışından kabul (§ 22 veya § 23 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-temporaryProtection = geçici koruma, örneğin Ukrayna'dan gelen kişiler için (§ 24 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-integration = iyi uyum sağlamış gençler veya yetişkinler (§ 25a veya § 25b AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-departureImpossible = ülkeden çıkış mümkün değil (§ 25 Abs. 5 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-other = başka bir neden
residence-permit-extension-humanitarian-otherBasis-label = Hangi neden?
residence-permit-extension-humanitarian-otherBasis-help = Örneğin kartınızda yazan yasal dayanak.
residence-permit-extension-humanitarian-bamfFileNumber-label = BAMF dosya numarası (varsa)
residence-permit-extension-humanitarian-bamfFileNumber-help = Dosya numarası, BAMF'nin yazılarının üst kısmında yazar, örneğin 1234567-423. Yoksa bu alanı boş bırakın.
residence-permit-extension-humanitarian-bamfFileNumber-error-pattern = Dosya numarası rakamlardan oluşur, çoğu zaman bir tire içerir, örneğin 1234567-423.

residence-permit-extension-section-other-title = Başka bir neden
residence-permit-extension-other-description-label = Lütfen kalış nedeninizi açıklayın
residence-permit-extension-other-description-help = Örneğin: serbest meslek, araştırma veya dil kursu. Biliyorsanız kartınızda yazan yasal dayanağı da yazın.

## Adım: Gelir

residence-permit-extension-step-income-title = Geliriniz
residence-permit-extension-step-income-help = Geçiminizi kendiniz sağlayıp sağlayamayacağınızı kontrol ediyoruz.
residence-permit-extension-income-source-label = Geliriniz esas olarak nereden geliyor?
residence-permit-extension-income-source-option-employment = ücretli bir işten (işçi veya çalışan olarak)
residence-permit-extension-income-source-option-selfEmployment = serbest meslekten
residence-permit-extension-income-source-option-training = meslek eğitimi ücretinden
residence-permit-extension-income-source-option-scholarship = bir burstan
residence-permit-extension-income-source-option-blockedAccount = bloke hesaptan (Sperrkonto)
residence-permit-extension-income-source-option-family = aile üyelerimin maddi desteğinden
residence-permit-extension-income-source-option-pension = emekli aylığından
residence-permit-extension-income-source-option-other = başka bir kaynaktan
residence-permit-extension-income-monthlyNet-label = Euro olarak aylık net gelir
residence-permit-extension-income-monthlyNet-help = Size her ay ödenen tutar, sent olmadan. Tutar değişiyorsa: son üç ayın ortalaması.
residence-permit-extension-income-monthlyNet-error-type = Lütfen nokta ve virgül olmadan bir tam sayı girin, örneğin 1850.
residence-permit-extension-income-publicBenefits-label = Siz veya hanenizdeki bir kişi vatandaş parası (Bürgergeld, temel geçim güvencesi), sosyal yardım veya Sığınmacılara Yardım Yasası (AsylbLG) kapsamında ödeme alıyor musunuz?
residence-permit-extension-income-publicBenefits-help = “Evet” cevabı, başvurunuzu otomatik olarak reddedeceğimiz anlamına gelmez.

## Adım: Sağlık sigortası

residence-permit-extension-step-insurance-title = Sağlık sigortanız
residence-permit-extension-insurance-insurer-label = Sağlık sigortanızın adı
residence-permit-extension-insurance-insurer-help = Adı sigorta kartınızda yazar, örneğin “AOK” veya “Techniker Krankenkasse”.
residence-permit-extension-insurance-type-label = Nasıl sigortalısınız?
residence-permit-extension-insurance-type-option-statutory = yasal sağlık sigortası
residence-permit-extension-insurance-type-option-private = özel sağlık sigortası
residence-permit-extension-insurance-since-label = Sigorta başlangıç tarihi

## Adım: Hane

residence-permit-extension-step-household-title = Hanenizdeki kişiler
residence-permit-extension-info-household-intro = Sizinle birlikte yaşayan tüm kişileri girin, örneğin eşinizi ve çocuklarınızı. Yalnız yaşıyorsanız doğrudan devam edin.
residence-permit-extension-household-label = Sizinle birlikte yaşayan kişiler
residence-permit-extension-household-entry = Kişi { $number }
residence-permit-extension-household-familyName-label = Soyadı
residence-permit-extension-household-givenNames-label = Ad(lar)
residence-permit-extension-household-dateOfBirth-label = Doğum tarihi
residence-permit-extension-household-relation-label = Bu kişi sizin neyiniz?
residence-permit-extension-household-relation-option-spouse = eş (karı veya koca)
residence-permit-extension-household-relation-option-civilPartner = kayıtlı hayat ortağı
residence-permit-extension-household-relation-option-child = çocuk
residence-permit-extension-household-relation-option-parent = anne veya baba
residence-permit-extension-household-relation-option-sibling = kız kardeş veya erkek kardeş
residence-permit-extension-household-relation-option-other = başka bir kişi
residence-permit-extension-household-nationality-label = Vatandaşlık

## Adım: Suçlar

residence-permit-extension-step-criminal-record-title = Suçlarla ilgili sorular
residence-permit-extension-step-criminal-record-help = Lütfen soruları dürüstçe cevaplayın. Yanlış beyan suç oluşturabilir.
residence-permit-extension-criminalRecord-convicted-label = Almanya'da veya başka bir ülkede bir suç nedeniyle mahkûm oldunuz mu?
residence-permit-extension-criminalRecord-convicted-help = Para cezaları ve yurt dışındaki mahkûmiyetler de buna dahildir.
residence-permit-extension-criminalRecord-investigation-label = Şu anda polis veya savcılık hakkınızda soruşturma yürütüyor mu ya da hakkınızda bir ceza davası sürüyor mu?
residence-permit-extension-criminalRecord-details-label = Ayrıntılar
residence-permit-extension-criminalRecord-details-help = Her mahkûmiyet ve her dava için şunları yazın: tarih, mahkeme veya makam ile dosya numarası, suçlama ve ceza.

## Adım: Fotoğraf

residence-permit-extension-step-photo-title = Biyometrik fotoğrafınız
residence-permit-extension-info-photo-intro = Yeni kartınız için biyometrik bir fotoğraf gerekiyor. Mayıs 2025'ten beri kâğıt fotoğrafları artık kabul edemiyoruz. İki seçeneğiniz var: Sertifikalı bir fotoğraf stüdyosu fotoğrafı çeker ve bize güvenli bir şekilde gönderir. Stüdyo size üzerinde bir kod olan bir çıktı verir. Ya da fotoğrafı Yabancılar Dairesindeki randevunuzda biz çekeriz.
residence-permit-extension-photo-method-label = Fotoğrafınızı nasıl alacağız?
residence-permit-extension-photo-method-option-photographerCode = Bir fotoğraf stüdyosundan aldığım bir kodum var.
residence-permit-extension-photo-method-option-atOffice = Fotoğraf, Yabancılar Dairesindeki randevumda çekilsin.
residence-permit-extension-photo-code-label = Fotoğraf stüdyosunun kodu
residence-permit-extension-photo-code-help = Fotoğraf stüdyosunun verdiği çıktıdaki kodu aynen yazın.
residence-permit-extension-photo-code-error-pattern = Kod harf ve rakamlardan oluşur. Lütfen girdiğiniz bilgiyi kontrol edin.
residence-permit-extension-photo-code-error-required = Lütfen fotoğraf stüdyosunun kodunu girin. Ya da yukarıda, fotoğrafı Yabancılar Dairesinde bizim çekmemizi seçin.
residence-permit-extension-attachment-photo-code-sheet-label = Fotoğraf stüdyosunun çıktısı (isteğe bağlı)
residence-permit-extension-attachment-photo-code-sheet-help = Kodlu çıktının tamamının fotoğrafı. Böylece kodu yazarken bir hata olsa bile kodu okuyabiliriz.
residence-permit-extension-info-photo-fingerprints = Yeni kart için çoğunlukla parmak izlerinize ve imzanıza da ihtiyacımız var. Bunun için sizi bir randevuya davet edeceğiz.

## Adım: Belgeler

residence-permit-extension-step-documents-title = Belgeleriniz
residence-permit-extension-info-documents-intro = Belgelerinizi buraya fotoğraf (JPG veya PNG) ya da PDF olarak yükleyin. Her şeyin iyi okunmasına dikkat edin: sayfanın tamamı görünmeli, ışık iyi olmalı, görüntü bulanık olmamalı. Almanca olmayan resmî belgeler için çoğunlukla Almanca bir tercüme gerekir. Tercümeyi belgeyle birlikte yükleyin.
residence-permit-extension-attachment-passport-label = Pasaport veya seyahat belgesi
residence-permit-extension-attachment-passport-help = Fotoğrafınızın bulunduğu sayfa ve Almanya'ya ait vize veya damga bulunan tüm sayfalar.
residence-permit-extension-attachment-permit-label = Mevcut oturum izni
residence-permit-extension-attachment-permit-help = Kartınızın ön ve arka yüzü. Etiket ise: pasaportunuzun etiketli sayfası.
residence-permit-extension-attachment-registration-label = İkametgâh belgesi veya ev sahibi onayı
residence-permit-extension-attachment-registration-help = İkametgâh belgesini (Meldebescheinigung) Vatandaş Hizmetleri Bürosundan (Bürgeramt) alırsınız. Yeni taşındıysanız ev sahibinizin onayı (Wohnungsgeberbestätigung) yeterlidir.
residence-permit-extension-attachment-income-proof-label = Gelir belgeleri
residence-permit-extension-attachment-income-proof-help = Örneğin son üç maaş bordronuz, bursunuzun onay yazısı, bloke hesabınızın güncel bir dökümü veya yardım kararınız.
residence-permit-extension-attachment-health-insurance-label = Sağlık sigortası belgesi
residence-permit-extension-attachment-health-insurance-help = Sağlık sigortanızdan güncel bir belge, örneğin üyelik belgesi.
residence-permit-extension-attachment-employment-contract-label = İş sözleşmesi
residence-permit-extension-attachment-employment-contract-help = Güncel iş sözleşmeniz, tüm sayfalarıyla. İşvereniniz bir “iş ilişkisine dair beyan” (Erklärung zum Beschäftigungsverhältnis) doldurduysa onu da buraya yükleyin.
residence-permit-extension-attachment-enrolment-certificate-label = Öğrenci belgesi (Immatrikulationsbescheinigung)
residence-permit-extension-attachment-enrolment-certificate-help = İçinde bulunduğunuz yarıyıl için belge.
residence-permit-extension-attachment-training-contract-label = Meslek eğitimi sözleşmesi
residence-permit-extension-attachment-training-contract-help = Meslek eğitimi sözleşmeniz, tüm sayfalarıyla.
residence-permit-extension-attachment-family-certificates-label = Evlilik belgesi veya doğum belgesi
residence-permit-extension-attachment-family-certificates-help = Bu kişiyle evli veya akraba olduğunuzu gösteren belge. Belge Almanca değilse tercümesini de yükleyin.
residence-permit-extension-attachment-family-member-id-label = Aile üyenizin kimliği veya oturum belgesi
residence-permit-extension-attachment-family-member-id-help = Bu kişinin kimlik kartının, pasaportunun veya oturum belgesinin ön ve arka yüzü.
residence-permit-extension-attachment-bamf-decision-label = BAMF kararı (varsa)
residence-permit-extension-attachment-bamf-decision-help = Federal Göç ve Mülteci Dairesinin size verilen koruma hakkındaki kararı.
residence-permit-extension-attachment-other-documents-label = Diğer belgeler (isteğe bağlı)
residence-permit-extension-attachment-other-documents-help = Başvurunuz için önemli olabilecek diğer her şey.

## Adım: Beyanlar

residence-permit-extension-step-declarations-title = Beyanlar ve gönderme
residence-permit-extension-info-declarations-privacy = Veri koruma: Bilgilerinizi, başvurunuz hakkında karar vermek için işliyoruz. Yasal dayanak, § 86 AufenthG (Oturum Yasası) ve Genel Veri Koruma Tüzüğü'nün (DSGVO) 6. maddesinin 1. fıkrasının e bendidir. Bilgileriniz ve belgeleriniz daha tarayıcınızdayken şifrelenir. Bunları yalnızca Yabancılar Dairesi okuyabilir. Ayrıntıları gizlilik bildirimimizde bulabilirsiniz.
residence-permit-extension-declarations-truthfulness-label = Bilgilerimin doğru ve eksiksiz olduğunu beyan ederim. Şunu biliyorum: Yanlış veya eksik bilgiler suç oluşturabilir ve oturum iznimi kaybetmeme yol açabilir.
residence-permit-extension-declarations-truthfulness-error-const = Lütfen bu beyanı onaylayın. Onay olmadan başvurunuzu işleme alamayız.
residence-permit-extension-declarations-truthfulness-error-required = Lütfen bu beyanı onaylayın. Onay olmadan başvurunuzu işleme alamayız.
residence-permit-extension-declarations-dataProtection-label = Veri korumayla ilgili bilgilendirmeyi okudum.
residence-permit-extension-declarations-dataProtection-error-const = Lütfen veri korumayla ilgili bilgilendirmeyi okuduğunuzu onaylayın.
residence-permit-extension-declarations-dataProtection-error-required = Lütfen veri korumayla ilgili bilgilendirmeyi okuduğunuzu onaylayın.
residence-permit-extension-info-declarations-receipt = Gönderdikten hemen sonra dosya numaralı bir alındı belgesi alırsınız. Belgeyi kaydedin veya yazdırın. Bu belgeyle başvurunuzun hangi aşamada olduğunu da görebilirsiniz.
