# Pforte — тексты формы заявления о продлении разрешения на пребывание.
# Reviewed by a native speaker: no

## Форма

residence-permit-extension-title = Заявление о продлении разрешения на пребывание
residence-permit-extension-description = С помощью этого заявления Вы продлеваете своё разрешение на пребывание (Aufenthaltserlaubnis) в ведомстве по делам иностранцев (Ausländerbehörde). Заполнение займёт около 20 минут.

## Шаг: перед началом

residence-permit-extension-step-start-title = Перед началом
residence-permit-extension-info-start-intro = Здесь Вы можете онлайн подать заявление о продлении разрешения на пребывание. Введённые данные временно сохраняются на этом устройстве. Поэтому Вы можете сделать перерыв и продолжить позже.
residence-permit-extension-info-start-deadline = Важно: подайте заявление до того, как истечёт срок действия Вашего нынешнего разрешения на пребывание, лучше всего за 6–8 недель. Тогда Ваше разрешение на пребывание продолжает действовать, пока мы не примем решение по заявлению (§ 81 Abs. 4 AufenthG, Закон о пребывании). После отправки Вы получите подтверждение получения. В нём видно, когда Ваше заявление поступило к нам. Хорошо сохраните его.
residence-permit-extension-info-start-documents = Пожалуйста, подготовьте: паспорт, разрешение на пребывание, подтверждения дохода (например, три последних расчётных листка), подтверждение медицинской страховки и справку о регистрации по месту жительства (Meldebescheinigung). Документы можно сфотографировать телефоном.

## Шаг: личные данные

residence-permit-extension-step-person-title = Сведения о Вас
residence-permit-extension-step-person-help = Пишите фамилию и имена точно так, как они указаны в Вашем паспорте.
residence-permit-extension-person-familyName-label = Фамилия
residence-permit-extension-person-familyName-help = Как в Вашем паспорте. Если у Вас несколько фамилий, напишите все.
residence-permit-extension-person-givenNames-label = Имя (имена)
residence-permit-extension-person-givenNames-help = Все имена, как в Вашем паспорте. Если в паспорте имя не указано, оставьте поле пустым.
residence-permit-extension-person-birthName-label = Фамилия при рождении
residence-permit-extension-person-birthName-help = Заполните, только если при рождении у Вас была другая фамилия, например до вступления в брак.
residence-permit-extension-person-dateOfBirth-label = Дата рождения
residence-permit-extension-person-placeOfBirth-label = Место рождения
residence-permit-extension-person-placeOfBirth-help = Как в Вашем паспорте.
residence-permit-extension-person-countryOfBirth-label = Страна рождения
residence-permit-extension-person-countryOfBirth-help = Государство, в котором находится место Вашего рождения.
residence-permit-extension-person-countryOfBirth-error-not = Пожалуйста, выберите государство.
residence-permit-extension-person-nationality-label = Гражданство
residence-permit-extension-person-nationality-help = Если у Вас несколько гражданств, выберите гражданство по Вашему паспорту.
residence-permit-extension-person-sex-label = Пол по паспорту
residence-permit-extension-person-sex-help = Выберите букву, которая указана в Вашем паспорте: F, M или X.
residence-permit-extension-person-sex-option-F = F – женский
residence-permit-extension-person-sex-option-M = M – мужской
residence-permit-extension-person-sex-option-X = X – не указан
residence-permit-extension-person-maritalStatus-label = Семейное положение
residence-permit-extension-person-maritalStatus-option-single = не состою в браке
residence-permit-extension-person-maritalStatus-option-married = состою в браке
residence-permit-extension-person-maritalStatus-option-civilPartnership = состою в зарегистрированном партнёрстве
residence-permit-extension-person-maritalStatus-option-separated = живу раздельно с супругом или супругой
residence-permit-extension-person-maritalStatus-option-divorced = разведён или разведена
residence-permit-extension-person-maritalStatus-option-widowed = вдовец или вдова

## Шаг: паспорт

residence-permit-extension-step-passport-title = Ваш паспорт
residence-permit-extension-step-passport-help = Имеется в виду документ, с которым Вы путешествуете: заграничный паспорт или проездной документ.
residence-permit-extension-passport-documentType-label = Вид документа
residence-permit-extension-passport-documentType-option-nationalPassport = паспорт Вашей страны происхождения
residence-permit-extension-passport-documentType-option-refugeeTravelDocument = проездной документ беженца
residence-permit-extension-passport-documentType-option-statelessTravelDocument = проездной документ лица без гражданства
residence-permit-extension-passport-documentType-option-alienPassport = проездной документ для иностранцев (Reiseausweis für Ausländer)
residence-permit-extension-passport-documentType-option-other = другой документ
residence-permit-extension-passport-number-label = Номер паспорта
residence-permit-extension-passport-number-help = Номер указан на странице с Вашей фотографией, чаще всего вверху справа.
residence-permit-extension-passport-number-error-pattern = Номер паспорта состоит из 5–20 букв и цифр. Пишите его без пробелов и без дефисов.
residence-permit-extension-passport-issuingState-label = Государство выдачи
residence-permit-extension-passport-issuingState-help = Государство, которое выдало документ. Если у Вас проездной документ, выданный в Германии, выберите Германию.
residence-permit-extension-passport-issuingState-error-not = Пожалуйста, выберите государство, которое выдало документ.
residence-permit-extension-passport-issuedOn-label = Дата выдачи
residence-permit-extension-passport-validUntil-label = Действителен до
residence-permit-extension-passport-validUntil-help = Ваш паспорт должен быть действительным. Если срок его действия скоро истекает, пожалуйста, заранее позаботьтесь о новом.

## Шаг: нынешнее разрешение на пребывание

residence-permit-extension-step-permit-title = Ваше нынешнее разрешение на пребывание
residence-permit-extension-permit-documentType-label = В какой форме у Вас разрешение на пребывание?
residence-permit-extension-permit-documentType-option-card = в виде карты (электронный документ на пребывание)
residence-permit-extension-permit-documentType-option-label = в виде наклейки в моём паспорте
residence-permit-extension-permit-documentType-option-fictionCertificate = в виде бумажной справки (Fiktionsbescheinigung)
residence-permit-extension-permit-cardNumber-label = Номер карты
residence-permit-extension-permit-cardNumber-help = Номер карты указан на лицевой стороне Вашей карты вверху справа. В нём 9 знаков: буквы и цифры.
residence-permit-extension-permit-cardNumber-error-pattern = В номере карты ровно 9 знаков: буквы и цифры, без пробелов. Он указан на лицевой стороне вверху справа.
residence-permit-extension-permit-cardNumber-error-required = Пожалуйста, укажите номер карты. Он указан на лицевой стороне Вашей карты вверху справа.
residence-permit-extension-permit-validUntil-label = Действительно до
residence-permit-extension-permit-validUntil-help = Дата указана на лицевой стороне карты или на наклейке.
residence-permit-extension-permit-legalBasis-label = Правовое основание (если знаете)
residence-permit-extension-permit-legalBasis-help = Например, «§ 18b Abs. 1 AufenthG». Оно указано на карте в графе «Anmerkungen» (примечания) или на дополнительном листе. Если Вы не можете его найти, оставьте поле пустым.

## Шаг: адрес

residence-permit-extension-step-address-title = Ваш адрес
residence-permit-extension-info-address-district = Ваше дело ведём мы, если Вы живёте в нашем районе. Укажите адрес, по которому Вы зарегистрированы. Если Вы переехали в другой населённый пункт, Ваше дело ведёт ведомство по делам иностранцев по новому месту жительства.
residence-permit-extension-address-street-label = Улица
residence-permit-extension-address-houseNumber-label = Номер дома
residence-permit-extension-address-addressSupplement-label = Дополнение к адресу
residence-permit-extension-address-addressSupplement-help = Например, «bei Müller» (у Мюллера) или «Hinterhaus» (задний корпус). Если дополнение не нужно, оставьте поле пустым.
residence-permit-extension-address-postcode-label = Почтовый индекс
residence-permit-extension-address-postcode-error-pattern = Почтовый индекс состоит ровно из 5 цифр, например 10115.
residence-permit-extension-address-city-label = Населённый пункт
residence-permit-extension-address-since-label = Дата регистрации по этому адресу
residence-permit-extension-address-since-help = Дата указана в Вашей справке о регистрации (Meldebescheinigung).

## Шаг: контакты

residence-permit-extension-step-contact-title = Как с Вами связаться
residence-permit-extension-step-contact-help = Укажите хотя бы адрес электронной почты или номер телефона. Мы свяжемся с Вами, если не хватает документов или когда Ваша карта будет готова к выдаче.
residence-permit-extension-contact-email-label = Адрес электронной почты
residence-permit-extension-contact-email-help = Например, name@beispiel.de
residence-permit-extension-contact-phone-label = Номер телефона
residence-permit-extension-contact-phone-help = Лучше всего номер мобильного телефона, например +49 151 12345678.
residence-permit-extension-contact-phone-error-pattern = Пожалуйста, вводите только цифры. В начале может стоять +, например +49 151 12345678.
residence-permit-extension-contact-phone-error-required = Пожалуйста, укажите номер телефона или адрес электронной почты.

## Шаг: цель пребывания

residence-permit-extension-step-purpose-title = Цель Вашего пребывания
residence-permit-extension-step-purpose-help = Почему Вы хотите и дальше оставаться в Германии? Выберите главную причину.
residence-permit-extension-stay-purpose-label = Почему Вы хотите остаться в Германии?
residence-permit-extension-stay-purpose-option-employment = работа
residence-permit-extension-stay-purpose-option-study = учёба в вузе
residence-permit-extension-stay-purpose-option-training = профессиональное обучение
residence-permit-extension-stay-purpose-option-family = семья (воссоединение семьи)
residence-permit-extension-stay-purpose-option-humanitarian = защита или гуманитарные причины
residence-permit-extension-stay-purpose-option-other = другая причина

residence-permit-extension-section-employment-title = Ваша работа
residence-permit-extension-section-employer-title = Ваш работодатель
residence-permit-extension-employment-employer-name-label = Название работодателя (фирмы)
residence-permit-extension-employment-employer-street-label = Улица
residence-permit-extension-employment-employer-houseNumber-label = Номер дома
residence-permit-extension-employment-employer-postcode-label = Почтовый индекс
residence-permit-extension-employment-employer-postcode-error-pattern = Почтовый индекс состоит ровно из 5 цифр, например 10115.
residence-permit-extension-employment-employer-city-label = Населённый пункт
residence-permit-extension-employment-occupation-label = Ваша деятельность
residence-permit-extension-employment-occupation-help = Чем Вы занимаетесь на работе, например «медсестра» или «разработчица программного обеспечения».
residence-permit-extension-employment-since-label = Дата начала работы
residence-permit-extension-employment-hoursPerWeek-label = Рабочих часов в неделю
residence-permit-extension-employment-hoursPerWeek-help = Как указано в Вашем трудовом договоре.
residence-permit-extension-employment-limited-label = Ваш трудовой договор срочный?
residence-permit-extension-employment-until-label = Договор действует до

residence-permit-extension-section-study-title = Ваша учёба
residence-permit-extension-study-university-label = Вуз
residence-permit-extension-study-university-help = Например, «Technische Universität Berlin».
residence-permit-extension-study-subject-label = Специальность
residence-permit-extension-study-degree-label = Степень, которую Вы хотите получить
residence-permit-extension-study-degree-option-bachelor = бакалавр (Bachelor)
residence-permit-extension-study-degree-option-master = магистр (Master)
residence-permit-extension-study-degree-option-stateExamination = государственный экзамен (Staatsexamen)
residence-permit-extension-study-degree-option-doctorate = докторская степень (Promotion)
residence-permit-extension-study-degree-option-preparatoryCourse = подготовительный колледж (Studienkolleg) или подготовительные языковые курсы для учёбы
residence-permit-extension-study-degree-option-other = другая степень
residence-permit-extension-study-expectedEnd-label = Предполагаемое окончание учёбы
residence-permit-extension-study-expectedEnd-help = Если Вы не знаете точную дату, укажите конец последнего запланированного семестра.

residence-permit-extension-section-training-title = Ваше профессиональное обучение
residence-permit-extension-training-company-label = Предприятие, где Вы проходите обучение
residence-permit-extension-training-occupation-label = Профессия, которой Вы обучаетесь
residence-permit-extension-training-start-label = Начало обучения
residence-permit-extension-training-end-label = Окончание обучения
residence-permit-extension-training-end-help = Как указано в Вашем договоре о профессиональном обучении.

residence-permit-extension-section-family-title = Ваша семья в Германии
residence-permit-extension-section-family-help = Укажите данные члена семьи, с которым Вы вместе живёте в Германии.
residence-permit-extension-family-relation-label = Кем Вам приходится этот человек?
residence-permit-extension-family-relation-option-spouse = моя жена или мой муж
residence-permit-extension-family-relation-option-civilPartner = моя зарегистрированная партнёрша или мой зарегистрированный партнёр
residence-permit-extension-family-relation-option-child = мой ребёнок
residence-permit-extension-family-relation-option-parent = моя мать или мой отец
residence-permit-extension-family-relation-option-other = другие отношения
residence-permit-extension-section-family-member-title = Член Вашей семьи
residence-permit-extension-family-member-familyName-label = Фамилия
residence-permit-extension-family-member-givenNames-label = Имя (имена)
residence-permit-extension-family-member-dateOfBirth-label = Дата рождения
residence-permit-extension-family-member-nationality-label = Гражданство
residence-permit-extension-family-member-residenceStatus-label = Статус пребывания этого человека
residence-permit-extension-family-member-residenceStatus-option-german = имеет гражданство Германии
residence-permit-extension-family-member-residenceStatus-option-euCitizen = имеет гражданство другой страны ЕС
residence-permit-extension-family-member-residenceStatus-option-settlementPermit = имеет разрешение на поселение (Niederlassungserlaubnis) или разрешение на долгосрочное пребывание в ЕС (Daueraufenthalt-EU)
residence-permit-extension-family-member-residenceStatus-option-residencePermit = имеет разрешение на пребывание (Aufenthaltserlaubnis)
residence-permit-extension-family-member-residenceStatus-option-blueCard = имеет Голубую карту ЕС (Blaue Karte EU)
residence-permit-extension-family-member-residenceStatus-option-other = другой статус

residence-permit-extension-section-humanitarian-title = Защита и гуманитарные причины
residence-permit-extension-humanitarian-legalBasis-label = На каком основании у Вас разрешение на пребывание?
residence-permit-extension-humanitarian-legalBasis-help = Эти сведения указаны на Вашей карте в графе «Anmerkungen» (примечания) или в решении Федерального ведомства по делам миграции и беженцев (BAMF).
residence-permit-extension-humanitarian-legalBasis-option-asylum = право на убежище (§ 25 Abs. 1 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-refugee = статус беженца (§ 25 Abs. 2 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-subsidiaryProtection = субсидиарная (дополнительная) защита (§ 25 Abs. 2 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-deportationBan = запрет депортации (§ 25 Abs. 3 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-admission = приём из-за границы (§ 22 или § 23 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-temporaryProtection = временная защита, например для людей из Украины (§ 24 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-integration = хорошо интегрированные молодые люди или взрослые (§ 25a или § 25b AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-departureImpossible = выезд невозможен (§ 25 Abs. 5 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-other = другое основание
residence-permit-extension-humanitarian-otherBasis-label = Какое основание?
residence-permit-extension-humanitarian-otherBasis-help = Например, правовое основание, которое указано на Вашей карте.
residence-permit-extension-humanitarian-bamfFileNumber-label = Номер дела в BAMF (если есть)
residence-permit-extension-humanitarian-bamfFileNumber-help = Номер дела указан вверху писем от BAMF, например 1234567-423. Если номера у Вас нет, оставьте поле пустым.
residence-permit-extension-humanitarian-bamfFileNumber-error-pattern = Номер дела состоит из цифр, часто с дефисом, например 1234567-423.

residence-permit-extension-section-other-title = Другая причина
residence-permit-extension-other-description-label = Пожалуйста, опишите причину Вашего пребывания
residence-permit-extension-other-description-help = Например: самостоятельная деятельность, научная работа или языковые курсы. Если Вы знаете правовое основание на своей карте, укажите и его.

## Шаг: доход

residence-permit-extension-step-income-title = Ваш доход
residence-permit-extension-step-income-help = Мы проверяем, можете ли Вы сами обеспечивать себя.
residence-permit-extension-income-source-label = Откуда в основном поступает Ваш доход?
residence-permit-extension-income-source-option-employment = от работы по найму
residence-permit-extension-income-source-option-selfEmployment = от самостоятельной деятельности
residence-permit-extension-income-source-option-training = от вознаграждения за профессиональное обучение
residence-permit-extension-income-source-option-scholarship = от стипендии
residence-permit-extension-income-source-option-blockedAccount = с блокированного счёта (Sperrkonto)
residence-permit-extension-income-source-option-family = от финансовой поддержки членов семьи
residence-permit-extension-income-source-option-pension = от пенсии
residence-permit-extension-income-source-option-other = из другого источника
residence-permit-extension-income-monthlyNet-label = Ежемесячный чистый доход в евро
residence-permit-extension-income-monthlyNet-help = Сумма, которую Вам выплачивают каждый месяц, без центов. Если сумма меняется: среднее за последние три месяца.
residence-permit-extension-income-monthlyNet-error-type = Пожалуйста, введите целое число без точки и без запятой, например 1850.
residence-permit-extension-income-publicBenefits-label = Получаете ли Вы или кто-то из Вашего домохозяйства гражданское пособие (Bürgergeld, базовое обеспечение), социальную помощь или выплаты по Закону о пособиях для лиц, ищущих убежища (AsylbLG)?
residence-permit-extension-income-publicBenefits-help = Ответ «да» не означает автоматически, что мы отклоним Ваше заявление.

## Шаг: медицинская страховка

residence-permit-extension-step-insurance-title = Ваша медицинская страховка
residence-permit-extension-insurance-insurer-label = Название Вашей медицинской страховой кассы
residence-permit-extension-insurance-insurer-help = Название указано на Вашей карточке застрахованного, например «AOK» или «Techniker Krankenkasse».
residence-permit-extension-insurance-type-label = Как Вы застрахованы?
residence-permit-extension-insurance-type-option-statutory = обязательное (государственное) медицинское страхование
residence-permit-extension-insurance-type-option-private = частное медицинское страхование
residence-permit-extension-insurance-since-label = Дата начала страхования

## Шаг: домохозяйство

residence-permit-extension-step-household-title = Люди в Вашем домохозяйстве
residence-permit-extension-info-household-intro = Внесите всех, кто живёт вместе с Вами, например жену или мужа и детей. Если Вы живёте один или одна, просто переходите дальше.
residence-permit-extension-household-label = Люди, которые живут вместе с Вами
residence-permit-extension-household-entry = Человек { $number }
residence-permit-extension-household-familyName-label = Фамилия
residence-permit-extension-household-givenNames-label = Имя (имена)
residence-permit-extension-household-dateOfBirth-label = Дата рождения
residence-permit-extension-household-relation-label = Кем Вам приходится этот человек?
residence-permit-extension-household-relation-option-spouse = жена или муж
residence-permit-extension-household-relation-option-civilPartner = зарегистрированная партнёрша или зарегистрированный партнёр
residence-permit-extension-household-relation-option-child = ребёнок
residence-permit-extension-household-relation-option-parent = мать или отец
residence-permit-extension-household-relation-option-sibling = сестра или брат
residence-permit-extension-household-relation-option-other = другой человек
residence-permit-extension-household-nationality-label = Гражданство

## Шаг: уголовные правонарушения

residence-permit-extension-step-criminal-record-title = Вопросы об уголовных правонарушениях
residence-permit-extension-step-criminal-record-help = Пожалуйста, отвечайте на вопросы честно. Ложные сведения могут быть уголовно наказуемы.
residence-permit-extension-criminalRecord-convicted-label = Были ли Вы осуждены за преступление в Германии или в другой стране?
residence-permit-extension-criminalRecord-convicted-help = Сюда относятся также денежные штрафы и приговоры за границей.
residence-permit-extension-criminalRecord-investigation-label = Ведёт ли сейчас полиция или прокуратура расследование против Вас или идёт ли против Вас уголовное дело?
residence-permit-extension-criminalRecord-details-label = Подробности
residence-permit-extension-criminalRecord-details-help = Для каждого приговора и каждого дела укажите: дату, суд или орган и номер дела, обвинение и наказание.

## Шаг: фото

residence-permit-extension-step-photo-title = Ваша биометрическая фотография
residence-permit-extension-info-photo-intro = Для Вашей новой карты нам нужна биометрическая фотография. С мая 2025 года мы больше не имеем права принимать бумажные фотографии. У Вас есть два варианта. Сертифицированная фотостудия делает фотографию и надёжно передаёт её нам. Там Вы получите распечатку с кодом. Или мы сделаем фотографию во время Вашего приёма в ведомстве по делам иностранцев.
residence-permit-extension-photo-method-label = Как мы получим Вашу фотографию?
residence-permit-extension-photo-method-option-photographerCode = У меня есть код из фотостудии.
residence-permit-extension-photo-method-option-atOffice = Прошу сделать фотографию во время моего приёма в ведомстве по делам иностранцев.
residence-permit-extension-photo-code-label = Код из фотостудии
residence-permit-extension-photo-code-help = Перепишите код с распечатки из фотостудии.
residence-permit-extension-photo-code-error-pattern = Код состоит из букв и цифр. Пожалуйста, проверьте введённые данные.
residence-permit-extension-photo-code-error-required = Пожалуйста, укажите код из фотостудии. Или выберите выше, чтобы мы сделали фотографию в ведомстве по делам иностранцев.
residence-permit-extension-attachment-photo-code-sheet-label = Распечатка из фотостудии (по желанию)
residence-permit-extension-attachment-photo-code-sheet-help = Фотография всей распечатки с кодом. Тогда мы сможем прочитать код, даже если Вы ошиблись, когда переписывали его.
residence-permit-extension-info-photo-fingerprints = Для новой карты нам обычно нужны также Ваши отпечатки пальцев и Ваша подпись. Для этого мы пригласим Вас на приём.

## Шаг: документы

residence-permit-extension-step-documents-title = Ваши документы
residence-permit-extension-info-documents-intro = Загрузите здесь свои документы в виде фото (JPG или PNG) или PDF. Следите, чтобы всё хорошо читалось: вся страница, хорошее освещение, без смазывания. Для документов не на немецком языке нам обычно нужен перевод на немецкий. Загрузите перевод вместе с документом.
residence-permit-extension-attachment-passport-label = Паспорт или проездной документ
residence-permit-extension-attachment-passport-help = Страница с Вашей фотографией и все страницы с визами или штампами Германии.
residence-permit-extension-attachment-permit-label = Нынешнее разрешение на пребывание
residence-permit-extension-attachment-permit-help = Лицевая и оборотная сторона Вашей карты. Если у Вас наклейка: страница паспорта с наклейкой.
residence-permit-extension-attachment-registration-label = Справка о регистрации или подтверждение арендодателя
residence-permit-extension-attachment-registration-help = Справку о регистрации (Meldebescheinigung) Вы получите в бюро по обслуживанию граждан (Bürgeramt). Если Вы только что переехали, достаточно подтверждения Вашего арендодателя (Wohnungsgeberbestätigung).
residence-permit-extension-attachment-income-proof-label = Подтверждения дохода
residence-permit-extension-attachment-income-proof-help = Например, три последних расчётных листка, подтверждение стипендии, актуальная выписка с блокированного счёта или решение о назначении пособия.
residence-permit-extension-attachment-health-insurance-label = Подтверждение медицинской страховки
residence-permit-extension-attachment-health-insurance-help = Актуальная справка из Вашей страховой кассы, например справка о членстве.
residence-permit-extension-attachment-employment-contract-label = Трудовой договор
residence-permit-extension-attachment-employment-contract-help = Ваш действующий трудовой договор, все страницы. Если Ваш работодатель заполнил «Заявление о трудовых отношениях» (Erklärung zum Beschäftigungsverhältnis), загрузите его тоже сюда.
residence-permit-extension-attachment-enrolment-certificate-label = Справка о зачислении в вуз (Immatrikulationsbescheinigung)
residence-permit-extension-attachment-enrolment-certificate-help = Справка за текущий семестр.
residence-permit-extension-attachment-training-contract-label = Договор о профессиональном обучении
residence-permit-extension-attachment-training-contract-help = Ваш договор о профессиональном обучении, все страницы.
residence-permit-extension-attachment-family-certificates-label = Свидетельство о браке или свидетельство о рождении
residence-permit-extension-attachment-family-certificates-help = Документ, который подтверждает, что Вы состоите в браке или в родстве с этим человеком. Если документ не на немецком языке, загрузите также перевод.
residence-permit-extension-attachment-family-member-id-label = Удостоверение личности или документ на пребывание члена Вашей семьи
residence-permit-extension-attachment-family-member-id-help = Лицевая и оборотная сторона удостоверения личности, паспорта или документа на пребывание этого человека.
residence-permit-extension-attachment-bamf-decision-label = Решение BAMF (если есть)
residence-permit-extension-attachment-bamf-decision-help = Решение Федерального ведомства по делам миграции и беженцев о предоставлении Вам защиты.
residence-permit-extension-attachment-other-documents-label = Другие документы (по желанию)
residence-permit-extension-attachment-other-documents-help = Всё, что ещё может быть важно для Вашего заявления.

## Шаг: подтверждения

residence-permit-extension-step-declarations-title = Подтверждения и отправка
residence-permit-extension-info-declarations-privacy = Защита данных: мы обрабатываем Ваши данные, чтобы принять решение по Вашему заявлению. Правовое основание — § 86 AufenthG (Закон о пребывании) и пункт «e» части 1 статьи 6 Общего регламента по защите данных (DSGVO). Ваши данные и документы шифруются уже в Вашем браузере. Прочитать их может только ведомство по делам иностранцев. Подробнее об этом — в нашей политике конфиденциальности.
residence-permit-extension-declarations-truthfulness-label = Я заверяю, что мои данные верны и полны. Мне известно: ложные или неполные сведения могут быть уголовно наказуемы и могут привести к тому, что я потеряю разрешение на пребывание.
residence-permit-extension-declarations-truthfulness-error-const = Пожалуйста, подтвердите это. Без этого подтверждения мы не можем рассмотреть Ваше заявление.
residence-permit-extension-declarations-truthfulness-error-required = Пожалуйста, подтвердите это. Без этого подтверждения мы не можем рассмотреть Ваше заявление.
residence-permit-extension-declarations-dataProtection-label = Я прочитал(а) информацию о защите данных.
residence-permit-extension-declarations-dataProtection-error-const = Пожалуйста, подтвердите, что Вы прочитали информацию о защите данных.
residence-permit-extension-declarations-dataProtection-error-required = Пожалуйста, подтвердите, что Вы прочитали информацию о защите данных.
residence-permit-extension-info-declarations-receipt = Сразу после отправки Вы получите подтверждение получения с номером дела. Сохраните или распечатайте это подтверждение. С его помощью Вы также сможете узнать, на каком этапе находится Ваше заявление.
