# Pforte – نصوص نموذج طلب تمديد تصريح الإقامة.
# Reviewed by a native speaker: no

## النموذج

residence-permit-extension-title = طلب تمديد تصريح الإقامة
residence-permit-extension-description = بهذا الطلب تمدِّد تصريح إقامتك (Aufenthaltserlaubnis) لدى دائرة الأجانب (Ausländerbehörde). يستغرق ملء الطلب نحو 20 دقيقة.

## الخطوة: قبل أن تبدأ

residence-permit-extension-step-start-title = قبل أن تبدأ
residence-permit-extension-info-start-intro = هنا يمكنك أن تطلب عبر الإنترنت تمديد تصريح إقامتك. تُحفَظ البيانات التي تُدخلها مؤقتًا على هذا الجهاز. لذلك يمكنك أخذ استراحة والمتابعة لاحقًا.
residence-permit-extension-info-start-deadline = مهم: قدِّم الطلب قبل انتهاء صلاحية تصريح إقامتك الحالي، ويُفضَّل قبل انتهائها بـ 6 إلى 8 أسابيع. عندها يبقى تصريح إقامتك ساريًا إلى أن نتخذ قرارًا بشأن طلبك (§ 81 Abs. 4 AufenthG، قانون الإقامة). بعد الإرسال تحصل على إشعار استلام. يبيّن الإشعار متى وصل طلبك إلينا. احتفظ به جيدًا.
residence-permit-extension-info-start-documents = يرجى تجهيز ما يلي: جواز سفرك، وتصريح إقامتك، وإثباتات دخلك (مثلًا آخر ثلاثة كشوف رواتب)، وإثبات تأمينك الصحي، وشهادة تسجيل السكن (Meldebescheinigung). يمكنك تصوير المستندات بهاتفك المحمول.

## الخطوة: البيانات الشخصية

residence-permit-extension-step-person-title = بياناتك الشخصية
residence-permit-extension-step-person-help = اكتب اسمك واسم عائلتك تمامًا كما هما مكتوبان في جواز سفرك.
residence-permit-extension-person-familyName-label = اسم العائلة
residence-permit-extension-person-familyName-help = كما في جواز سفرك. إذا كان لديك أكثر من اسم عائلة، فاكتبها كلها.
residence-permit-extension-person-givenNames-label = الاسم الشخصي (الأسماء الشخصية)
residence-permit-extension-person-givenNames-help = كل الأسماء الشخصية كما في جواز سفرك. إذا لم يكن في جواز سفرك اسم شخصي، فاترك هذا الحقل فارغًا.
residence-permit-extension-person-birthName-label = اسم العائلة عند الولادة
residence-permit-extension-person-birthName-help = املأ هذا الحقل فقط إذا كان اسم عائلتك عند الولادة مختلفًا، مثلًا قبل الزواج.
residence-permit-extension-person-dateOfBirth-label = تاريخ الميلاد
residence-permit-extension-person-placeOfBirth-label = مكان الميلاد
residence-permit-extension-person-placeOfBirth-help = كما في جواز سفرك.
residence-permit-extension-person-countryOfBirth-label = بلد الميلاد
residence-permit-extension-person-countryOfBirth-help = الدولة التي يقع فيها مكان ميلادك.
residence-permit-extension-person-countryOfBirth-error-not = يرجى اختيار دولة.
residence-permit-extension-person-nationality-label = الجنسية
residence-permit-extension-person-nationality-help = إذا كانت لديك أكثر من جنسية، فاختر الجنسية المذكورة في جواز سفرك.
residence-permit-extension-person-sex-label = الجنس حسب جواز السفر
residence-permit-extension-person-sex-help = اختر الحرف المكتوب في جواز سفرك: F أو M أو X.
residence-permit-extension-person-sex-option-F = F – أنثى
residence-permit-extension-person-sex-option-M = M – ذكر
residence-permit-extension-person-sex-option-X = X – غير محدد
residence-permit-extension-person-maritalStatus-label = الحالة الاجتماعية
residence-permit-extension-person-maritalStatus-option-single = أعزب / عزباء
residence-permit-extension-person-maritalStatus-option-married = متزوج / متزوجة
residence-permit-extension-person-maritalStatus-option-civilPartnership = في شراكة حياة مسجَّلة
residence-permit-extension-person-maritalStatus-option-separated = منفصل / منفصلة عن الزوج
residence-permit-extension-person-maritalStatus-option-divorced = مطلَّق / مطلَّقة
residence-permit-extension-person-maritalStatus-option-widowed = أرمل / أرملة

## الخطوة: جواز السفر

residence-permit-extension-step-passport-title = جواز سفرك
residence-permit-extension-step-passport-help = المقصود هو الوثيقة التي تسافر بها: جواز سفرك أو وثيقة سفر.
residence-permit-extension-passport-documentType-label = نوع الوثيقة
residence-permit-extension-passport-documentType-option-nationalPassport = جواز سفر بلدك الأصلي
residence-permit-extension-passport-documentType-option-refugeeTravelDocument = وثيقة سفر للاجئين
residence-permit-extension-passport-documentType-option-statelessTravelDocument = وثيقة سفر لعديمي الجنسية
residence-permit-extension-passport-documentType-option-alienPassport = وثيقة سفر للأجانب (Reiseausweis für Ausländer)
residence-permit-extension-passport-documentType-option-other = وثيقة أخرى
residence-permit-extension-passport-number-label = رقم جواز السفر
residence-permit-extension-passport-number-help = الرقم مكتوب في الصفحة التي فيها صورتك، غالبًا في الأعلى على اليمين.
residence-permit-extension-passport-number-error-pattern = يتكون رقم جواز السفر من 5 إلى 20 حرفًا ورقمًا. يرجى كتابته دون مسافات ودون شرطات.
residence-permit-extension-passport-issuingState-label = الدولة المُصدِرة
residence-permit-extension-passport-issuingState-help = الدولة التي أصدرت الوثيقة. إذا كانت لديك وثيقة سفر صادرة في ألمانيا، فاختر ألمانيا.
residence-permit-extension-passport-issuingState-error-not = يرجى اختيار الدولة التي أصدرت الوثيقة.
residence-permit-extension-passport-issuedOn-label = تاريخ الإصدار
residence-permit-extension-passport-validUntil-label = صالح حتى
residence-permit-extension-passport-validUntil-help = يجب أن يكون جواز سفرك صالحًا. إذا كانت صلاحيته ستنتهي قريبًا، فيرجى الاهتمام بالحصول على جواز جديد في الوقت المناسب.

## الخطوة: تصريح الإقامة الحالي

residence-permit-extension-step-permit-title = تصريح إقامتك الحالي
residence-permit-extension-permit-documentType-label = بأي شكل لديك تصريح الإقامة؟
residence-permit-extension-permit-documentType-option-card = بطاقة (وثيقة إقامة إلكترونية)
residence-permit-extension-permit-documentType-option-label = ملصق في جواز سفري
residence-permit-extension-permit-documentType-option-fictionCertificate = شهادة ورقية مؤقتة (Fiktionsbescheinigung)
residence-permit-extension-permit-cardNumber-label = رقم البطاقة
residence-permit-extension-permit-cardNumber-help = رقم البطاقة مكتوب على الوجه الأمامي لبطاقتك في الأعلى على اليمين. يتكون من 9 رموز: حروف وأرقام.
residence-permit-extension-permit-cardNumber-error-pattern = يتكون رقم البطاقة من 9 رموز بالضبط: حروف وأرقام، دون مسافات. وهو مكتوب على الوجه الأمامي في الأعلى على اليمين.
residence-permit-extension-permit-cardNumber-error-required = يرجى إدخال رقم البطاقة. وهو مكتوب على الوجه الأمامي لبطاقتك في الأعلى على اليمين.
residence-permit-extension-permit-validUntil-label = صالح حتى
residence-permit-extension-permit-validUntil-help = التاريخ مكتوب على الوجه الأمامي للبطاقة أو على الملصق.
residence-permit-extension-permit-legalBasis-label = الأساس القانوني (إن كنت تعرفه)
residence-permit-extension-permit-legalBasis-help = مثلًا «§ 18b Abs. 1 AufenthG». تجده على البطاقة تحت «Anmerkungen» (ملاحظات) أو في الورقة الإضافية. إذا لم تجده، فاترك هذا الحقل فارغًا.

## الخطوة: العنوان

residence-permit-extension-step-address-title = عنوانك
residence-permit-extension-info-address-district = نحن الجهة المختصة بك إذا كنت تسكن في منطقتنا. أدخل العنوان الذي سجَّلت فيه سكنك. إذا انتقلت إلى مدينة أو بلدة أخرى، فدائرة الأجانب في مكان سكنك الجديد هي المختصة بك.
residence-permit-extension-address-street-label = الشارع
residence-permit-extension-address-houseNumber-label = رقم المبنى
residence-permit-extension-address-addressSupplement-label = معلومات إضافية للعنوان
residence-permit-extension-address-addressSupplement-help = مثلًا «bei Müller» (لدى مولر) أو «Hinterhaus» (المبنى الخلفي). إذا لم تكن بحاجة إليها، فاترك هذا الحقل فارغًا.
residence-permit-extension-address-postcode-label = الرمز البريدي
residence-permit-extension-address-postcode-error-pattern = يتكون الرمز البريدي من 5 أرقام بالضبط، مثلًا 10115.
residence-permit-extension-address-city-label = المدينة أو البلدة
residence-permit-extension-address-since-label = تاريخ التسجيل في هذا العنوان
residence-permit-extension-address-since-help = التاريخ مكتوب في شهادة تسجيل السكن (Meldebescheinigung).

## الخطوة: التواصل

residence-permit-extension-step-contact-title = كيف نتواصل معك
residence-permit-extension-step-contact-help = أدخل عنوان بريد إلكتروني أو رقم هاتف على الأقل. سنتواصل معك إذا نقصت مستندات أو عندما تصبح بطاقتك جاهزة للاستلام.
residence-permit-extension-contact-email-label = عنوان البريد الإلكتروني
residence-permit-extension-contact-email-help = مثلًا name@beispiel.de
residence-permit-extension-contact-phone-label = رقم الهاتف
residence-permit-extension-contact-phone-help = يُفضَّل رقم هاتف محمول، مثلًا +49 151 12345678.
residence-permit-extension-contact-phone-error-pattern = يرجى إدخال أرقام فقط. يجوز أن يبدأ الرقم بعلامة +، مثلًا +49 151 12345678.
residence-permit-extension-contact-phone-error-required = يرجى إدخال رقم هاتف أو عنوان بريد إلكتروني.

## الخطوة: غرض الإقامة

residence-permit-extension-step-purpose-title = غرض إقامتك
residence-permit-extension-step-purpose-help = لماذا تريد أن تبقى في ألمانيا؟ اختر السبب الأهم.
residence-permit-extension-stay-purpose-label = لماذا تريد البقاء في ألمانيا؟
residence-permit-extension-stay-purpose-option-employment = العمل
residence-permit-extension-stay-purpose-option-study = الدراسة الجامعية
residence-permit-extension-stay-purpose-option-training = التدريب المهني
residence-permit-extension-stay-purpose-option-family = الأسرة (لمّ شمل الأسرة)
residence-permit-extension-stay-purpose-option-humanitarian = الحماية أو أسباب إنسانية
residence-permit-extension-stay-purpose-option-other = سبب آخر

residence-permit-extension-section-employment-title = عملك
residence-permit-extension-section-employer-title = صاحب العمل
residence-permit-extension-employment-employer-name-label = اسم صاحب العمل (الشركة)
residence-permit-extension-employment-employer-street-label = الشارع
residence-permit-extension-employment-employer-houseNumber-label = رقم المبنى
residence-permit-extension-employment-employer-postcode-label = الرمز البريدي
residence-permit-extension-employment-employer-postcode-error-pattern = يتكون الرمز البريدي من 5 أرقام بالضبط، مثلًا 10115.
residence-permit-extension-employment-employer-city-label = المدينة أو البلدة
residence-permit-extension-employment-occupation-label = طبيعة عملك
residence-permit-extension-employment-occupation-help = ما تقوم به في العمل، مثلًا «ممرضة» أو «مطوِّرة برمجيات».
residence-permit-extension-employment-since-label = تاريخ بدء العمل
residence-permit-extension-employment-hoursPerWeek-label = ساعات العمل في الأسبوع
residence-permit-extension-employment-hoursPerWeek-help = كما هو مذكور في عقد عملك.
residence-permit-extension-employment-limited-label = هل عقد عملك محدد المدة؟
residence-permit-extension-employment-until-label = تاريخ انتهاء العقد

residence-permit-extension-section-study-title = دراستك
residence-permit-extension-study-university-label = الجامعة أو المعهد العالي
residence-permit-extension-study-university-help = مثلًا «Technische Universität Berlin».
residence-permit-extension-study-subject-label = التخصص الدراسي
residence-permit-extension-study-degree-label = الشهادة التي تسعى إليها
residence-permit-extension-study-degree-option-bachelor = بكالوريوس (Bachelor)
residence-permit-extension-study-degree-option-master = ماجستير (Master)
residence-permit-extension-study-degree-option-stateExamination = امتحان الدولة (Staatsexamen)
residence-permit-extension-study-degree-option-doctorate = دكتوراه
residence-permit-extension-study-degree-option-preparatoryCourse = الكلية التحضيرية (Studienkolleg) أو دورة لغة تحضيرية للدراسة
residence-permit-extension-study-degree-option-other = شهادة أخرى
residence-permit-extension-study-expectedEnd-label = الموعد المتوقع لانتهاء الدراسة
residence-permit-extension-study-expectedEnd-help = إذا كنت لا تعرف التاريخ بالضبط، فاكتب نهاية آخر فصل دراسي مخطَّط له.

residence-permit-extension-section-training-title = تدريبك المهني
residence-permit-extension-training-company-label = المنشأة التي تتدرب فيها
residence-permit-extension-training-occupation-label = المهنة التي تتدرب عليها
residence-permit-extension-training-start-label = بداية التدريب
residence-permit-extension-training-end-label = نهاية التدريب
residence-permit-extension-training-end-help = كما هو مذكور في عقد التدريب المهني.

residence-permit-extension-section-family-title = عائلتك في ألمانيا
residence-permit-extension-section-family-help = أدخل بيانات فرد عائلتك الذي تعيش معه في ألمانيا.
residence-permit-extension-family-relation-label = ما صلة هذا الشخص بك؟
residence-permit-extension-family-relation-option-spouse = زوجتي أو زوجي
residence-permit-extension-family-relation-option-civilPartner = شريكتي أو شريكي في شراكة حياة مسجَّلة
residence-permit-extension-family-relation-option-child = ابني أو ابنتي
residence-permit-extension-family-relation-option-parent = أمي أو أبي
residence-permit-extension-family-relation-option-other = صلة أخرى
residence-permit-extension-section-family-member-title = فرد عائلتك
residence-permit-extension-family-member-familyName-label = اسم العائلة
residence-permit-extension-family-member-givenNames-label = الاسم الشخصي (الأسماء الشخصية)
residence-permit-extension-family-member-dateOfBirth-label = تاريخ الميلاد
residence-permit-extension-family-member-nationality-label = الجنسية
residence-permit-extension-family-member-residenceStatus-label = وضع إقامة هذا الشخص
residence-permit-extension-family-member-residenceStatus-option-german = يحمل الجنسية الألمانية
residence-permit-extension-family-member-residenceStatus-option-euCitizen = يحمل جنسية دولة أخرى في الاتحاد الأوروبي
residence-permit-extension-family-member-residenceStatus-option-settlementPermit = لديه تصريح استقرار (Niederlassungserlaubnis) أو تصريح إقامة دائمة في الاتحاد الأوروبي (Daueraufenthalt-EU)
residence-permit-extension-family-member-residenceStatus-option-residencePermit = لديه تصريح إقامة (Aufenthaltserlaubnis)
residence-permit-extension-family-member-residenceStatus-option-blueCard = لديه البطاقة الزرقاء للاتحاد الأوروبي (Blaue Karte EU)
residence-permit-extension-family-member-residenceStatus-option-other = وضع آخر

residence-permit-extension-section-humanitarian-title = الحماية والأسباب الإنسانية
residence-permit-extension-humanitarian-legalBasis-label = على أي أساس حصلت على تصريح إقامتك؟
residence-permit-extension-humanitarian-legalBasis-help = تجد هذه المعلومة على بطاقتك تحت «Anmerkungen» (ملاحظات) أو في قرار المكتب الاتحادي للهجرة واللاجئين (BAMF).
residence-permit-extension-humanitarian-legalBasis-option-asylum = حق اللجوء (§ 25 Abs. 1 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-refugee = صفة اللاجئ (§ 25 Abs. 2 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-subsidiaryProtection = الحماية الفرعية (§ 25 Abs. 2 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-deportationBan = حظر الترحيل (§ 25 Abs. 3 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-admission = الاستقبال من الخارج (§ 22 أو § 23 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-temporaryProtection = الحماية المؤقتة، مثلًا للقادمين من أوكرانيا (§ 24 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-integration = الشباب أو البالغون المندمجون جيدًا (§ 25a أو § 25b AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-departureImpossible = تعذُّر المغادرة (§ 25 Abs. 5 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-other = سبب آخر
residence-permit-extension-humanitarian-otherBasis-label = ما هو السبب؟
residence-permit-extension-humanitarian-otherBasis-help = مثلًا الأساس القانوني المكتوب على بطاقتك.
residence-permit-extension-humanitarian-bamfFileNumber-label = رقم الملف لدى BAMF (إن وُجد)
residence-permit-extension-humanitarian-bamfFileNumber-help = رقم الملف مكتوب في أعلى رسائل BAMF، مثلًا 1234567-423. إذا لم يكن لديك رقم ملف، فاترك هذا الحقل فارغًا.
residence-permit-extension-humanitarian-bamfFileNumber-error-pattern = يتكون رقم الملف من أرقام، وغالبًا مع شرطة، مثلًا 1234567-423.

residence-permit-extension-section-other-title = سبب آخر
residence-permit-extension-other-description-label = يرجى وصف سبب إقامتك
residence-permit-extension-other-description-help = مثلًا: عمل حر أو بحث علمي أو دورة لغة. اذكر أيضًا الأساس القانوني المكتوب على بطاقتك إذا كنت تعرفه.

## الخطوة: الدخل

residence-permit-extension-step-income-title = دخلك
residence-permit-extension-step-income-help = نتحقق مما إذا كنت قادرًا على تأمين معيشتك بنفسك.
residence-permit-extension-income-source-label = من أين يأتي دخلك في الأساس؟
residence-permit-extension-income-source-option-employment = من عمل بصفة موظف أو عامل
residence-permit-extension-income-source-option-selfEmployment = من عمل حر
residence-permit-extension-income-source-option-training = من أجر التدريب المهني
residence-permit-extension-income-source-option-scholarship = من منحة دراسية
residence-permit-extension-income-source-option-blockedAccount = من حساب مجمَّد (Sperrkonto)
residence-permit-extension-income-source-option-family = من نفقة يقدمها أفراد العائلة
residence-permit-extension-income-source-option-pension = من معاش تقاعدي
residence-permit-extension-income-source-option-other = من مصدر آخر
residence-permit-extension-income-monthlyNet-label = صافي الدخل الشهري باليورو
residence-permit-extension-income-monthlyNet-help = المبلغ الذي يُدفع لك كل شهر، دون السنتات. إذا كان المبلغ يتغير: متوسط الأشهر الثلاثة الأخيرة.
residence-permit-extension-income-monthlyNet-error-type = يرجى إدخال عدد صحيح دون نقطة ودون فاصلة، مثلًا 1850.
residence-permit-extension-income-publicBenefits-label = هل تحصل أنت أو أي شخص في أسرتك المعيشية على إعانة المواطن (Bürgergeld، الضمان الأساسي) أو المساعدة الاجتماعية أو مخصصات وفق قانون مخصصات طالبي اللجوء (AsylbLG)؟
residence-permit-extension-income-publicBenefits-help = الإجابة بـ«نعم» لا تعني تلقائيًا أننا سنرفض طلبك.

## الخطوة: التأمين الصحي

residence-permit-extension-step-insurance-title = تأمينك الصحي
residence-permit-extension-insurance-insurer-label = اسم صندوق تأمينك الصحي
residence-permit-extension-insurance-insurer-help = الاسم مكتوب على بطاقة التأمين الخاصة بك، مثلًا «AOK» أو «Techniker Krankenkasse».
residence-permit-extension-insurance-type-label = ما نوع تأمينك؟
residence-permit-extension-insurance-type-option-statutory = تأمين صحي قانوني (حكومي)
residence-permit-extension-insurance-type-option-private = تأمين صحي خاص
residence-permit-extension-insurance-since-label = تاريخ بدء التأمين

## الخطوة: الأسرة المعيشية

residence-permit-extension-step-household-title = الأشخاص في أسرتك المعيشية
residence-permit-extension-info-household-intro = أدخل كل الأشخاص الذين يسكنون معك، مثلًا زوجتك أو زوجك وأطفالك. إذا كنت تسكن وحدك، فانتقل ببساطة إلى الخطوة التالية.
residence-permit-extension-household-label = الأشخاص الذين يسكنون معك
residence-permit-extension-household-entry = الشخص { $number }
residence-permit-extension-household-familyName-label = اسم العائلة
residence-permit-extension-household-givenNames-label = الاسم الشخصي (الأسماء الشخصية)
residence-permit-extension-household-dateOfBirth-label = تاريخ الميلاد
residence-permit-extension-household-relation-label = ما صلة هذا الشخص بك؟
residence-permit-extension-household-relation-option-spouse = زوجة أو زوج
residence-permit-extension-household-relation-option-civilPartner = شريكة أو شريك في شراكة حياة مسجَّلة
residence-permit-extension-household-relation-option-child = ابن أو ابنة
residence-permit-extension-household-relation-option-parent = أم أو أب
residence-permit-extension-household-relation-option-sibling = أخت أو أخ
residence-permit-extension-household-relation-option-other = شخص آخر
residence-permit-extension-household-nationality-label = الجنسية

## الخطوة: الجرائم

residence-permit-extension-step-criminal-record-title = أسئلة عن الجرائم
residence-permit-extension-step-criminal-record-help = يرجى الإجابة عن الأسئلة بصدق. قد يكون تقديم بيانات كاذبة جريمة يعاقب عليها القانون.
residence-permit-extension-criminalRecord-convicted-label = هل صدر بحقك حكم بسبب جريمة في ألمانيا أو في دولة أخرى؟
residence-permit-extension-criminalRecord-convicted-help = يشمل ذلك أيضًا الغرامات المالية والأحكام الصادرة في الخارج.
residence-permit-extension-criminalRecord-investigation-label = هل تُجري الشرطة أو النيابة العامة تحقيقًا معك حاليًا، أو هل توجد دعوى جنائية جارية ضدك؟
residence-permit-extension-criminalRecord-details-label = التفاصيل
residence-permit-extension-criminalRecord-details-help = اذكر لكل حكم ولكل دعوى: التاريخ، والمحكمة أو الجهة مع رقم الملف، والتهمة، والعقوبة.

## الخطوة: الصورة

residence-permit-extension-step-photo-title = صورتك البيومترية
residence-permit-extension-info-photo-intro = نحتاج إلى صورة بيومترية لبطاقتك الجديدة. منذ أيار/مايو 2025 لم يعد مسموحًا لنا قبول الصور الورقية. لديك خياران: يلتقط استوديو تصوير معتمد الصورة ويرسلها إلينا بطريقة آمنة. ويعطيك الاستوديو ورقة مطبوعة عليها رمز. أو نلتقط نحن الصورة في موعدك لدى دائرة الأجانب.
residence-permit-extension-photo-method-label = كيف نحصل على صورتك؟
residence-permit-extension-photo-method-option-photographerCode = لديّ رمز من استوديو تصوير.
residence-permit-extension-photo-method-option-atOffice = أريد أن تُلتقط الصورة في موعدي لدى دائرة الأجانب.
residence-permit-extension-photo-code-label = الرمز من استوديو التصوير
residence-permit-extension-photo-code-help = انسخ الرمز المكتوب على الورقة المطبوعة من استوديو التصوير.
residence-permit-extension-photo-code-error-pattern = يتكون الرمز من حروف وأرقام. يرجى التحقق مما أدخلته.
residence-permit-extension-photo-code-error-required = يرجى إدخال الرمز من استوديو التصوير. أو اختر في الأعلى أن نلتقط الصورة في دائرة الأجانب.
residence-permit-extension-attachment-photo-code-sheet-label = الورقة المطبوعة من استوديو التصوير (اختياري)
residence-permit-extension-attachment-photo-code-sheet-help = صورة للورقة المطبوعة كاملةً مع الرمز. هكذا نستطيع قراءة الرمز حتى إذا حدث خطأ عند نسخه.
residence-permit-extension-info-photo-fingerprints = للبطاقة الجديدة نحتاج في الغالب أيضًا إلى بصمات أصابعك وتوقيعك. لذلك سندعوك إلى موعد.

## الخطوة: المستندات

residence-permit-extension-step-documents-title = مستنداتك
residence-permit-extension-info-documents-intro = ارفع مستنداتك هنا، كصورة (JPG أو PNG) أو كملف PDF. تأكَّد من أن كل شيء مقروء بوضوح: الصفحة كاملة، وإضاءة جيدة، ودون اهتزاز. للوثائق غير المكتوبة بالألمانية نحتاج في الغالب إلى ترجمة إلى الألمانية. ارفع الترجمة مع الوثيقة.
residence-permit-extension-attachment-passport-label = جواز السفر أو وثيقة السفر
residence-permit-extension-attachment-passport-help = الصفحة التي فيها صورتك وكل الصفحات التي فيها تأشيرات أو أختام من ألمانيا.
residence-permit-extension-attachment-permit-label = تصريح الإقامة الحالي
residence-permit-extension-attachment-permit-help = الوجه الأمامي والوجه الخلفي لبطاقتك. في حالة الملصق: صفحة جواز سفرك التي عليها الملصق.
residence-permit-extension-attachment-registration-label = شهادة تسجيل السكن أو تأكيد المؤجِّر
residence-permit-extension-attachment-registration-help = تحصل على شهادة تسجيل السكن (Meldebescheinigung) من مكتب خدمات المواطنين (Bürgeramt). إذا كنت قد انتقلت للتو، فيكفي تأكيد المؤجِّر (Wohnungsgeberbestätigung).
residence-permit-extension-attachment-income-proof-label = إثباتات دخلك
residence-permit-extension-attachment-income-proof-help = مثلًا آخر ثلاثة كشوف رواتب، أو تأكيد منحتك الدراسية، أو كشف حساب حديث لحسابك المجمَّد، أو قرار المخصصات الخاص بك.
residence-permit-extension-attachment-health-insurance-label = إثبات تأمينك الصحي
residence-permit-extension-attachment-health-insurance-help = شهادة حديثة من صندوق تأمينك الصحي، مثلًا شهادة العضوية.
residence-permit-extension-attachment-employment-contract-label = عقد العمل
residence-permit-extension-attachment-employment-contract-help = عقد عملك الحالي بكل صفحاته. إذا ملأ صاحب العمل «إقرار علاقة العمل» (Erklärung zum Beschäftigungsverhältnis)، فارفعه هنا أيضًا.
residence-permit-extension-attachment-enrolment-certificate-label = شهادة القيد الجامعي (Immatrikulationsbescheinigung)
residence-permit-extension-attachment-enrolment-certificate-help = الشهادة الخاصة بالفصل الدراسي الحالي.
residence-permit-extension-attachment-training-contract-label = عقد التدريب المهني
residence-permit-extension-attachment-training-contract-help = عقد التدريب المهني بكل صفحاته.
residence-permit-extension-attachment-family-certificates-label = عقد الزواج أو شهادة الميلاد
residence-permit-extension-attachment-family-certificates-help = الوثيقة التي تثبت أنك متزوج من هذا الشخص أو قريب له. إذا لم تكن الوثيقة بالألمانية، فارفع الترجمة أيضًا.
residence-permit-extension-attachment-family-member-id-label = هوية فرد عائلتك أو وثيقة إقامته
residence-permit-extension-attachment-family-member-id-help = الوجه الأمامي والوجه الخلفي لبطاقة الهوية أو جواز السفر أو وثيقة الإقامة الخاصة بهذا الشخص.
residence-permit-extension-attachment-bamf-decision-label = قرار BAMF (إن وُجد)
residence-permit-extension-attachment-bamf-decision-help = قرار المكتب الاتحادي للهجرة واللاجئين بشأن حمايتك.
residence-permit-extension-attachment-other-documents-label = مستندات أخرى (اختياري)
residence-permit-extension-attachment-other-documents-help = كل ما قد يكون مهمًا أيضًا لطلبك.

## الخطوة: الإقرارات

residence-permit-extension-step-declarations-title = الإقرارات والإرسال
residence-permit-extension-info-declarations-privacy = حماية البيانات: نعالج بياناتك لكي نتخذ قرارًا بشأن طلبك. الأساس القانوني هو § 86 AufenthG (قانون الإقامة) والمادة 6، الفقرة 1، البند (هـ) من اللائحة العامة لحماية البيانات (DSGVO). تُشفَّر بياناتك ومستنداتك وهي لا تزال في متصفحك. لا يستطيع قراءتها إلا دائرة الأجانب. لمزيد من المعلومات راجع بيان الخصوصية الخاص بنا.
residence-permit-extension-declarations-truthfulness-label = أُقرّ بأن بياناتي صحيحة وكاملة. وأعلم أن البيانات الكاذبة أو الناقصة قد تكون جريمة يعاقب عليها القانون، وقد تؤدي إلى فقداني تصريح إقامتي.
residence-permit-extension-declarations-truthfulness-error-const = يرجى تأكيد هذا الإقرار. لا يمكننا معالجة طلبك دونه.
residence-permit-extension-declarations-truthfulness-error-required = يرجى تأكيد هذا الإقرار. لا يمكننا معالجة طلبك دونه.
residence-permit-extension-declarations-dataProtection-label = قرأت المعلومات الخاصة بحماية البيانات.
residence-permit-extension-declarations-dataProtection-error-const = يرجى تأكيد أنك قرأت المعلومات الخاصة بحماية البيانات.
residence-permit-extension-declarations-dataProtection-error-required = يرجى تأكيد أنك قرأت المعلومات الخاصة بحماية البيانات.
residence-permit-extension-info-declarations-receipt = بعد الإرسال تحصل فورًا على إشعار استلام يتضمن رقم ملف. احفظ الإشعار أو اطبعه. يمكنك به أيضًا معرفة المرحلة التي وصل إليها طلبك.
