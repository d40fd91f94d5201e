# Pforte — тексти форми заяви про продовження дозволу на проживання.
# Reviewed by a native speaker: no

## Форма

residence-permit-extension-title = Заява про продовження дозволу на проживання
residence-permit-extension-description = За допомогою цієї заяви Ви продовжуєте свій дозвіл на проживання (Aufenthaltserlaubnis) у відомстві у справах іноземців (Ausländerbehörde). Заповнення триває приблизно 20 хвилин.

## Крок: перш ніж почати

residence-permit-extension-step-start-title = Перш ніж почати
residence-permit-extension-info-start-intro = Тут Ви можете онлайн подати заяву про продовження дозволу на проживання. Введені дані тимчасово зберігаються на цьому пристрої. Тож Ви можете зробити перерву й продовжити пізніше.
residence-permit-extension-info-start-deadline = Важливо: подайте заяву до того, як закінчиться строк дії Вашого чинного дозволу на проживання, найкраще за 6–8 тижнів. Тоді Ваш дозвіл на проживання діє й далі, доки ми не ухвалимо рішення щодо заяви (§ 81 Abs. 4 AufenthG, Закон про перебування). Після надсилання Ви отримаєте підтвердження отримання. У ньому видно, коли Ваша заява надійшла до нас. Добре збережіть його.
residence-permit-extension-info-start-documents = Будь ласка, підготуйте: паспорт, дозвіл на проживання, підтвердження доходу (наприклад, три останні розрахункові листи), підтвердження медичного страхування та довідку про реєстрацію місця проживання (Meldebescheinigung). Документи можна сфотографувати телефоном.

## Крок: особисті дані

residence-permit-extension-step-person-title = Відомості про Вас
residence-permit-extension-step-person-help = Пишіть прізвище та імена точно так, як у Вашому паспорті.
residence-permit-extension-person-familyName-label = Прізвище
residence-permit-extension-person-familyName-help = Як у Вашому паспорті. Якщо у Вас кілька прізвищ, напишіть усі.
residence-permit-extension-person-givenNames-label = Ім’я (імена)
residence-permit-extension-person-givenNames-help = Усі імена, як у Вашому паспорті. Якщо в паспорті ім’я не зазначено, залиште поле порожнім.
residence-permit-extension-person-birthName-label = Прізвище при народженні
residence-permit-extension-person-birthName-help = Заповнюйте, лише якщо при народженні у Вас було інше прізвище, наприклад до шлюбу.
residence-permit-extension-person-dateOfBirth-label = Дата народження
residence-permit-extension-person-placeOfBirth-label = Місце народження
residence-permit-extension-person-placeOfBirth-help = Як у Вашому паспорті.
residence-permit-extension-person-countryOfBirth-label = Країна народження
residence-permit-extension-person-countryOfBirth-help = Держава, у якій розташоване місце Вашого народження.
residence-permit-extension-person-countryOfBirth-error-not = Будь ласка, оберіть державу.
residence-permit-extension-person-nationality-label = Громадянство
residence-permit-extension-person-nationality-help = Якщо у Вас кілька громадянств, оберіть громадянство за Вашим паспортом.
residence-permit-extension-person-sex-label = Стать за паспортом
residence-permit-extension-person-sex-help = Оберіть літеру, яку зазначено у Вашому паспорті: F, M або X.
residence-permit-extension-person-sex-option-F = F – жіноча
residence-permit-extension-person-sex-option-M = M – чоловіча
residence-permit-extension-person-sex-option-X = X – не визначено
residence-permit-extension-person-maritalStatus-label = Сімейний стан
residence-permit-extension-person-maritalStatus-option-single = не перебуваю у шлюбі
residence-permit-extension-person-maritalStatus-option-married = перебуваю у шлюбі
residence-permit-extension-person-maritalStatus-option-civilPartnership = перебуваю в зареєстрованому партнерстві
residence-permit-extension-person-maritalStatus-option-separated = живу окремо від чоловіка або дружини
residence-permit-extension-person-maritalStatus-option-divorced = розлучений або розлучена
residence-permit-extension-person-maritalStatus-option-widowed = вдівець або вдова

## Крок: паспорт

residence-permit-extension-step-passport-title = Ваш паспорт
residence-permit-extension-step-passport-help = Ідеться про документ, з яким Ви подорожуєте: закордонний паспорт або проїзний документ.
residence-permit-extension-passport-documentType-label = Вид документа
residence-permit-extension-passport-documentType-option-nationalPassport = паспорт Вашої країни походження
residence-permit-extension-passport-documentType-option-refugeeTravelDocument = проїзний документ біженця
residence-permit-extension-passport-documentType-option-statelessTravelDocument = проїзний документ особи без громадянства
residence-permit-extension-passport-documentType-option-alienPassport = проїзний документ для іноземців (Reiseausweis für Ausländer)
residence-permit-extension-passport-documentType-option-other = інший документ
residence-permit-extension-passport-number-label = Номер паспорта
residence-permit-extension-passport-number-help = Номер зазначено на сторінці з Вашою фотографією, здебільшого вгорі праворуч.
residence-permit-extension-passport-number-error-pattern = Номер паспорта складається з 5–20 літер і цифр. Пишіть його без пробілів і без дефісів.
residence-permit-extension-passport-issuingState-label = Держава видачі
residence-permit-extension-passport-issuingState-help = Держава, яка видала документ. Якщо у Вас проїзний документ, виданий у Німеччині, оберіть Німеччину.
residence-permit-extension-passport-issuingState-error-not = Будь ласка, оберіть державу, яка видала документ.
residence-permit-extension-passport-issuedOn-label = Дата видачі
residence-permit-extension-passport-validUntil-label = Дійсний до
residence-permit-extension-passport-validUntil-help = Ваш паспорт має бути дійсним. Якщо строк його дії скоро закінчується, будь ласка, вчасно подбайте про новий.

## Крок: чинний дозвіл на проживання

residence-permit-extension-step-permit-title = Ваш чинний дозвіл на проживання
residence-permit-extension-permit-documentType-label = У якій формі у Вас дозвіл на проживання?
residence-permit-extension-permit-documentType-option-card = у вигляді картки (електронний документ на проживання)
residence-permit-extension-permit-documentType-option-label = у вигляді наклейки в моєму паспорті
residence-permit-extension-permit-documentType-option-fictionCertificate = у вигляді паперової довідки (Fiktionsbescheinigung)
residence-permit-extension-permit-cardNumber-label = Номер картки
residence-permit-extension-permit-cardNumber-help = Номер картки зазначено на лицьовому боці Вашої картки вгорі праворуч. Він має 9 знаків: літери та цифри.
residence-permit-extension-permit-cardNumber-error-pattern = Номер картки має рівно 9 знаків: літери та цифри, без пробілів. Його зазначено на лицьовому боці вгорі праворуч.
residence-permit-extension-permit-cardNumber-error-required = Будь ласка, вкажіть номер картки. Його зазначено на лицьовому боці Вашої картки вгорі праворуч.
residence-permit-extension-permit-validUntil-label = Дійсний до
residence-permit-extension-permit-validUntil-help = Дату зазначено на лицьовому боці картки або на наклейці.
residence-permit-extension-permit-legalBasis-label = Правова підстава (якщо знаєте)
residence-permit-extension-permit-legalBasis-help = Наприклад, «§ 18b Abs. 1 AufenthG». Її зазначено на картці в графі «Anmerkungen» (примітки) або на додатковому аркуші. Якщо Ви не можете її знайти, залиште поле порожнім.

## Крок: адреса

residence-permit-extension-step-address-title = Ваша адреса
residence-permit-extension-info-address-district = Вашу справу ведемо ми, якщо Ви живете в нашому окрузі. Вкажіть адресу, за якою Ви зареєстровані. Якщо Ви переїхали до іншого населеного пункту, Вашу справу веде відомство у справах іноземців за новим місцем проживання.
residence-permit-extension-address-street-label = Вулиця
residence-permit-extension-address-houseNumber-label = Номер будинку
residence-permit-extension-address-addressSupplement-label = Доповнення до адреси
residence-permit-extension-address-addressSupplement-help = Наприклад, «bei Müller» (у Мюллера) або «Hinterhaus» (задній будинок). Якщо доповнення не потрібне, залиште поле порожнім.
residence-permit-extension-address-postcode-label = Поштовий індекс
residence-permit-extension-address-postcode-error-pattern = Поштовий індекс має рівно 5 цифр, наприклад 10115.
residence-permit-extension-address-city-label = Населений пункт
residence-permit-extension-address-since-label = Дата реєстрації за цією адресою
residence-permit-extension-address-since-help = Дату зазначено у Вашій довідці про реєстрацію (Meldebescheinigung).

## Крок: контакти

residence-permit-extension-step-contact-title = Як з Вами зв’язатися
residence-permit-extension-step-contact-help = Вкажіть щонайменше адресу електронної пошти або номер телефону. Ми зв’яжемося з Вами, якщо бракуватиме документів або коли Ваша картка буде готова до видачі.
residence-permit-extension-contact-email-label = Адреса електронної пошти
residence-permit-extension-contact-email-help = Наприклад, name@beispiel.de
residence-permit-extension-contact-phone-label = Номер телефону
residence-permit-extension-contact-phone-help = Найкраще номер мобільного телефону, наприклад +49 151 12345678.
residence-permit-extension-contact-phone-error-pattern = Будь ласка, вводьте лише цифри. На початку може стояти +, наприклад +49 151 12345678.
residence-permit-extension-contact-phone-error-required = Будь ласка, вкажіть номер телефону або адресу електронної пошти.

## Крок: мета перебування

residence-permit-extension-step-purpose-title = Мета Вашого перебування
residence-permit-extension-step-purpose-help = Чому Ви хочете й надалі залишатися в Німеччині? Оберіть головну причину.
residence-permit-extension-stay-purpose-label = Чому Ви хочете залишитися в Німеччині?
residence-permit-extension-stay-purpose-option-employment = робота
residence-permit-extension-stay-purpose-option-study = навчання у виші
residence-permit-extension-stay-purpose-option-training = професійне навчання
residence-permit-extension-stay-purpose-option-family = сім’я (возз’єднання сім’ї)
residence-permit-extension-stay-purpose-option-humanitarian = захист або гуманітарні причини
residence-permit-extension-stay-purpose-option-other = інша причина

residence-permit-extension-section-employment-title = Ваша робота
residence-permit-extension-section-employer-title = Ваш роботодавець
residence-permit-extension-employment-employer-name-label = Назва роботодавця (фірми)
residence-permit-extension-employment-employer-street-label = Вулиця
residence-permit-extension-employment-employer-houseNumber-label = Номер будинку
residence-permit-extension-employment-employer-postcode-label = Поштовий індекс
residence-permit-extension-employment-employer-postcode-error-pattern = Поштовий індекс має рівно 5 цифр, наприклад 10115.
residence-permit-extension-employment-employer-city-label = Населений пункт
residence-permit-extension-employment-occupation-label = Ваша діяльність
residence-permit-extension-employment-occupation-help = Що Ви робите на роботі, наприклад «медсестра» або «розробниця програмного забезпечення».
residence-permit-extension-employment-since-label = Дата початку роботи
residence-permit-extension-employment-hoursPerWeek-label = Робочих годин на тиждень
residence-permit-extension-employment-hoursPerWeek-help = Як зазначено у Вашому трудовому договорі.
residence-permit-extension-employment-limited-label = Ваш трудовий договір строковий?
residence-permit-extension-employment-until-label = Договір діє до

residence-permit-extension-section-study-title = Ваше навчання
residence-permit-extension-study-university-label = Виш (університет або вища школа)
residence-permit-extension-study-university-help = Наприклад, «Technische Universität Berlin».
residence-permit-extension-study-subject-label = Спеціальність
residence-permit-extension-study-degree-label = Ступінь, який Ви хочете здобути
residence-permit-extension-study-degree-option-bachelor = бакалавр (Bachelor)
residence-permit-extension-study-degree-option-master = магістр (Master)
residence-permit-extension-study-degree-option-stateExamination = державний іспит (Staatsexamen)
residence-permit-extension-study-degree-option-doctorate = докторський ступінь (Promotion)
residence-permit-extension-study-degree-option-preparatoryCourse = підготовчий коледж (Studienkolleg) або підготовчі мовні курси до навчання
residence-permit-extension-study-degree-option-other = інший ступінь
residence-permit-extension-study-expectedEnd-label = Очікуване завершення навчання
residence-permit-extension-study-expectedEnd-help = Якщо Ви не знаєте точної дати, вкажіть кінець останнього запланованого семестру.

residence-permit-extension-section-training-title = Ваше професійне навчання
residence-permit-extension-training-company-label = Підприємство, де Ви навчаєтеся
residence-permit-extension-training-occupation-label = Професія, якої Ви навчаєтеся
residence-permit-extension-training-start-label = Початок навчання
residence-permit-extension-training-end-label = Закінчення навчання
residence-permit-extension-training-end-help = Як зазначено у Вашому договорі про професійне навчання.

residence-permit-extension-section-family-title = Ваша сім’я в Німеччині
residence-permit-extension-section-family-help = Вкажіть дані члена сім’ї, з яким Ви разом живете в Німеччині.
residence-permit-extension-family-relation-label = Ким Вам доводиться ця особа?
residence-permit-extension-family-relation-option-spouse = моя дружина або мій чоловік
residence-permit-extension-family-relation-option-civilPartner = моя зареєстрована партнерка або мій зареєстрований партнер
residence-permit-extension-family-relation-option-child = моя дитина
residence-permit-extension-family-relation-option-parent = моя мати або мій батько
residence-permit-extension-family-relation-option-other = інші стосунки
residence-permit-extension-section-family-member-title = Член Вашої сім’ї
residence-permit-extension-family-member-familyName-label = Прізвище
residence-permit-extension-family-member-givenNames-label = Ім’я (імена)
residence-permit-extension-family-member-dateOfBirth-label = Дата народження
residence-permit-extension-family-member-nationality-label = Громадянство
residence-permit-extension-family-member-residenceStatus-label = Статус перебування цієї особи
residence-permit-extension-family-member-residenceStatus-option-german = має німецьке громадянство
residence-permit-extension-family-member-residenceStatus-option-euCitizen = має громадянство іншої держави ЄС
residence-permit-extension-family-member-residenceStatus-option-settlementPermit = має дозвіл на поселення (Niederlassungserlaubnis) або дозвіл на довгострокове проживання в ЄС (Daueraufenthalt-EU)
residence-permit-extension-family-member-residenceStatus-option-residencePermit = має дозвіл на проживання (Aufenthaltserlaubnis)
residence-permit-extension-family-member-residenceStatus-option-blueCard = має Блакитну карту ЄС (Blaue Karte EU)
residence-permit-extension-family-member-residenceStatus-option-other = інший статус

residence-permit-extension-section-humanitarian-title = Захист і гуманітарні причини
residence-permit-extension-humanitarian-legalBasis-label = На якій підставі у Вас дозвіл на проживання?
residence-permit-extension-humanitarian-legalBasis-help = Цю інформацію Ви знайдете на своїй картці в графі «Anmerkungen» (примітки) або в рішенні Федерального відомства з питань міграції та біженців (BAMF).
residence-permit-extension-humanitarian-legalBasis-option-asylum = право на притулок (§ 25 Abs. 1 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-refugee = статус біженця (§ 25 Abs. 2 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-subsidiaryProtection = додатковий (субсидіарний) захист (§ 25 Abs. 2 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-deportationBan = заборона депортації (§ 25 Abs. 3 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-admission = прийняття з-за кордону (§ 22 або § 23 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-temporaryProtection = тимчасовий захист, наприклад для людей з України (§ 24 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-integration = добре інтегровані молоді люди або дорослі (§ 25a або § 25b AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-departureImpossible = виїзд неможливий (§ 25 Abs. 5 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-other = інша підстава
residence-permit-extension-humanitarian-otherBasis-label = Яка підстава?
residence-permit-extension-humanitarian-otherBasis-help = Наприклад, правова підстава, яку зазначено на Вашій картці.
residence-permit-extension-humanitarian-bamfFileNumber-label = Номер справи в BAMF (якщо є)
residence-permit-extension-humanitarian-bamfFileNumber-help = Номер справи зазначено вгорі листів від BAMF, наприклад 1234567-423. Якщо номера у Вас немає, залиште поле порожнім.
residence-permit-extension-humanitarian-bamfFileNumber-error-pattern = Номер справи складається з цифр, часто з дефісом, наприклад 1234567-423.

residence-permit-extension-section-other-title = Інша причина
residence-permit-extension-other-description-label = Будь ласка, опишіть причину Вашого перебування
residence-permit-extension-other-description-help = Наприклад: самозайнятість, наукова робота або мовні курси. Якщо Ви знаєте правову підставу на своїй картці, вкажіть і її.

## Крок: дохід

residence-permit-extension-step-income-title = Ваш дохід
residence-permit-extension-step-income-help = Ми перевіряємо, чи можете Ви самостійно себе забезпечувати.
residence-permit-extension-income-source-label = Звідки переважно надходить Ваш дохід?
residence-permit-extension-income-source-option-employment = від роботи за наймом
residence-permit-extension-income-source-option-selfEmployment = від самостійної діяльності (самозайнятості)
residence-permit-extension-income-source-option-training = від винагороди за професійне навчання
residence-permit-extension-income-source-option-scholarship = від стипендії
residence-permit-extension-income-source-option-blockedAccount = з блокованого рахунку (Sperrkonto)
residence-permit-extension-income-source-option-family = від фінансової підтримки членів сім’ї
residence-permit-extension-income-source-option-pension = від пенсії
residence-permit-extension-income-source-option-other = з іншого джерела
residence-permit-extension-income-monthlyNet-label = Щомісячний чистий дохід у євро
residence-permit-extension-income-monthlyNet-help = Сума, яку Вам виплачують щомісяця, без центів. Якщо сума змінюється: середнє за останні три місяці.
residence-permit-extension-income-monthlyNet-error-type = Будь ласка, введіть ціле число без крапки й без коми, наприклад 1850.
residence-permit-extension-income-publicBenefits-label = Чи отримуєте Ви або хтось із Вашого домогосподарства громадянську допомогу (Bürgergeld, базове забезпечення), соціальну допомогу або виплати за Законом про допомогу шукачам притулку (AsylbLG)?
residence-permit-extension-income-publicBenefits-help = Відповідь «так» не означає автоматично, що ми відхилимо Вашу заяву.

## Крок: медичне страхування

residence-permit-extension-step-insurance-title = Ваше медичне страхування
residence-permit-extension-insurance-insurer-label = Назва Вашої медичної страхової каси
residence-permit-extension-insurance-insurer-help = Назву зазначено на Вашій картці застрахованої особи, наприклад «AOK» або «Techniker Krankenkasse».
residence-permit-extension-insurance-type-label = Як Ви застраховані?
residence-permit-extension-insurance-type-option-statutory = обов’язкове (державне) медичне страхування
residence-permit-extension-insurance-type-option-private = приватне медичне страхування
residence-permit-extension-insurance-since-label = Дата початку страхування

## Крок: домогосподарство

residence-permit-extension-step-household-title = Люди у Вашому домогосподарстві
residence-permit-extension-info-household-intro = Внесіть усіх, хто живе разом з Вами, наприклад дружину або чоловіка та дітей. Якщо Ви живете самі, просто переходьте далі.
residence-permit-extension-household-label = Люди, які живуть разом з Вами
residence-permit-extension-household-entry = Особа { $number }
residence-permit-extension-household-familyName-label = Прізвище
residence-permit-extension-household-givenNames-label = Ім’я (імена)
residence-permit-extension-household-dateOfBirth-label = Дата народження
residence-permit-extension-household-relation-label = Ким Вам доводиться ця особа?
residence-permit-extension-household-relation-option-spouse = дружина або чоловік
residence-permit-extension-household-relation-option-civilPartner = зареєстрована партнерка або зареєстрований партнер
residence-permit-extension-household-relation-option-child = дитина
residence-permit-extension-household-relation-option-parent = мати або батько
residence-permit-extension-household-relation-option-sibling = сестра або брат
residence-permit-extension-household-relation-option-other = інша особа
residence-permit-extension-household-nationality-label = Громадянство

## Крок: кримінальні правопорушення

residence-permit-extension-step-criminal-record-title = Запитання щодо кримінальних правопорушень
residence-permit-extension-step-criminal-record-help = Будь ласка, відповідайте на запитання чесно. Неправдиві відомості можуть бути кримінально караними.
residence-permit-extension-criminalRecord-convicted-label = Чи було Вас засуджено за кримінальне правопорушення в Німеччині або в іншій державі?
residence-permit-extension-criminalRecord-convicted-help = Сюди належать також грошові штрафи та вироки за кордоном.
residence-permit-extension-criminalRecord-investigation-label = Чи проводить зараз поліція або прокуратура розслідування щодо Вас, або чи триває проти Вас кримінальне провадження?
residence-permit-extension-criminalRecord-details-label = Подробиці
residence-permit-extension-criminalRecord-details-help = Для кожного вироку та кожного провадження вкажіть: дату, суд або орган і номер справи, обвинувачення та покарання.

## Крок: фото

residence-permit-extension-step-photo-title = Ваша біометрична фотографія
residence-permit-extension-info-photo-intro = Для Вашої нової картки нам потрібна біометрична фотографія. З травня 2025 року ми більше не маємо права приймати паперові фотографії. У Вас є два варіанти. Сертифікована фотостудія робить фотографію й надійно надсилає її нам. Там Ви отримаєте роздруківку з кодом. Або ми зробимо фотографію під час Вашого прийому у відомстві у справах іноземців.
residence-permit-extension-photo-method-label = Як ми отримаємо Вашу фотографію?
residence-permit-extension-photo-method-option-photographerCode = У мене є код від фотостудії.
residence-permit-extension-photo-method-option-atOffice = Прошу зробити фотографію під час мого прийому у відомстві у справах іноземців.
residence-permit-extension-photo-code-label = Код від фотостудії
residence-permit-extension-photo-code-help = Перепишіть код із роздруківки від фотостудії.
residence-permit-extension-photo-code-error-pattern = Код складається з літер і цифр. Будь ласка, перевірте введені дані.
residence-permit-extension-photo-code-error-required = Будь ласка, вкажіть код від фотостудії. Або оберіть вище, щоб ми зробили фотографію у відомстві у справах іноземців.
residence-permit-extension-attachment-photo-code-sheet-label = Роздруківка від фотостудії (за бажанням)
residence-permit-extension-attachment-photo-code-sheet-help = Фотографія всієї роздруківки з кодом. Тоді ми зможемо прочитати код, навіть якщо Ви помилилися, коли переписували його.
residence-permit-extension-info-photo-fingerprints = Для нової картки нам зазвичай потрібні також Ваші відбитки пальців і Ваш підпис. Для цього ми запросимо Вас на прийом.

## Крок: документи

residence-permit-extension-step-documents-title = Ваші документи
residence-permit-extension-info-documents-intro = Завантажте тут свої документи у вигляді фото (JPG або PNG) чи PDF. Подбайте, щоб усе було добре видно: уся сторінка, гарне освітлення, без розмиття. Для документів не німецькою мовою нам зазвичай потрібен переклад німецькою. Завантажте переклад разом із документом.
residence-permit-extension-attachment-passport-label = Паспорт або проїзний документ
residence-permit-extension-attachment-passport-help = Сторінка з Вашою фотографією та всі сторінки з візами або штампами Німеччини.
residence-permit-extension-attachment-permit-label = Чинний дозвіл на проживання
residence-permit-extension-attachment-permit-help = Лицьовий і зворотний бік Вашої картки. Якщо у Вас наклейка: сторінка паспорта з наклейкою.
residence-permit-extension-attachment-registration-label = Довідка про реєстрацію або підтвердження орендодавця
residence-permit-extension-attachment-registration-help = Довідку про реєстрацію (Meldebescheinigung) Ви отримаєте в бюро обслуговування громадян (Bürgeramt). Якщо Ви щойно переїхали, достатньо підтвердження Вашого орендодавця (Wohnungsgeberbestätigung).
residence-permit-extension-attachment-income-proof-label = Підтвердження доходу
residence-permit-extension-attachment-income-proof-help = Наприклад, три останні розрахункові листи, підтвердження стипендії, актуальна виписка з блокованого рахунку або рішення про призначення допомоги.
residence-permit-extension-attachment-health-insurance-label = Підтвердження медичного страхування
residence-permit-extension-attachment-health-insurance-help = Актуальна довідка від Вашої страхової каси, наприклад довідка про членство.
residence-permit-extension-attachment-employment-contract-label = Трудовий договір
residence-permit-extension-attachment-employment-contract-help = Ваш чинний трудовий договір, усі сторінки. Якщо Ваш роботодавець заповнив «Заяву про трудові відносини» (Erklärung zum Beschäftigungsverhältnis), завантажте її також сюди.
residence-permit-extension-attachment-enrolment-certificate-label = Довідка про зарахування до вишу (Immatrikulationsbescheinigung)
residence-permit-extension-attachment-enrolment-certificate-help = Довідка за поточний семестр.
residence-permit-extension-attachment-training-contract-label = Договір про професійне навчання
residence-permit-extension-attachment-training-contract-help = Ваш договір про професійне навчання, усі сторінки.
residence-permit-extension-attachment-family-certificates-label = Свідоцтво про шлюб або свідоцтво про народження
residence-permit-extension-attachment-family-certificates-help = Документ, який підтверджує, що Ви перебуваєте у шлюбі або в родинних стосунках із цією особою. Якщо документ не німецькою мовою, завантажте також переклад.
residence-permit-extension-attachment-family-member-id-label = Посвідчення особи або документ на проживання члена Вашої сім’ї
residence-permit-extension-attachment-family-member-id-help = Лицьовий і зворотний бік посвідчення особи, паспорта або документа на проживання цієї особи.
residence-permit-extension-attachment-bamf-decision-label = Рішення BAMF (якщо є)
residence-permit-extension-attachment-bamf-decision-help = Рішення Федерального відомства з питань міграції та біженців про надання Вам захисту.
residence-permit-extension-attachment-other-documents-label = Інші документи (за бажанням)
residence-permit-extension-attachment-other-documents-help = Усе, що ще може бути важливим для Вашої заяви.

## Крок: підтвердження

residence-permit-extension-step-declarations-title = Підтвердження та надсилання
residence-permit-extension-info-declarations-privacy = Захист даних: ми обробляємо Ваші дані, щоб ухвалити рішення щодо Вашої заяви. Правова підстава — § 86 AufenthG (Закон про перебування) і пункт «e» частини 1 статті 6 Загального регламенту про захист даних (DSGVO). Ваші дані та документи шифруються ще у Вашому браузері. Прочитати їх може лише відомство у справах іноземців. Докладніше про це — у нашій політиці конфіденційності.
residence-permit-extension-declarations-truthfulness-label = Я запевняю, що мої дані правильні та повні. Мені відомо: неправдиві або неповні відомості можуть бути кримінально караними й можуть призвести до того, що я втрачу дозвіл на проживання.
residence-permit-extension-declarations-truthfulness-error-const = Будь ласка, підтвердьте це. Без цього підтвердження ми не можемо розглянути Вашу заяву.
residence-permit-extension-declarations-truthfulness-error-required = Будь ласка, підтвердьте це. Без цього підтвердження ми не можемо розглянути Вашу заяву.
residence-permit-extension-declarations-dataProtection-label = Я прочитав(-ла) інформацію про захист даних.
residence-permit-extension-declarations-dataProtection-error-const = Будь ласка, підтвердьте, що Ви прочитали інформацію про захист даних.
residence-permit-extension-declarations-dataProtection-error-required = Будь ласка, підтвердьте, що Ви прочитали інформацію про захист даних.
residence-permit-extension-info-declarations-receipt = Одразу після надсилання Ви отримаєте підтвердження отримання з номером справи. Збережіть або роздрукуйте це підтвердження. За його допомогою Ви також зможете перевірити, на якому етапі Ваша заява.
