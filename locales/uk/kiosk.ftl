# Pforte — тексти термінала біля входу (кіоску) та сторінки талона на телефоні.
# Reviewed by a native speaker: no

kiosk-title = Термінове звернення
kiosk-welcome = Ласкаво просимо. Тут Ви можете передати термінове звернення безпосередньо до відповідального відділу.
kiosk-choose-language = Виберіть мову
kiosk-concern = Щодо чого Ваше звернення?
kiosk-concern-permit-expiring = Строк дії мого дозволу на проживання скоро закінчиться
kiosk-concern-lost-card = Мою картку втрачено або викрадено
kiosk-concern-fiction-certificate = Строк дії моєї тимчасової довідки (Fiktionsbescheinigung) закінчується
kiosk-concern-employment-change = У мене нова робота
kiosk-concern-other = Інше
kiosk-reference = Номер справи (якщо він у Вас є)
kiosk-reference-hint = Він указаний у Вашому підтвердженні отримання, наприклад 7KQM-2X9P-4.
kiosk-description = Коротко опишіть Ваше звернення
kiosk-description-hint = Максимум символів: { $max }.
kiosk-contact = Як з Вами зв’язатися? (Телефон або електронна пошта, за бажанням)
kiosk-consent = Я погоджуюся, щоб відомство у справах іноземців використовувало ці дані для розгляду мого звернення.
kiosk-send = Надіслати звернення
kiosk-cancel = Скасувати й усе видалити
kiosk-sending = Шифрування та надсилання …
kiosk-error-summary = Будь ласка, перевірте:
kiosk-error-concern = Виберіть, щодо чого Ваше звернення.
kiosk-error-description = Опишіть Ваше звернення.
kiosk-error-too-long = Текст задовгий.
kiosk-error-reference = Це не номер справи. Перевірте його або залиште поле порожнім.
kiosk-error-consent = Без Вашої згоди ми не можемо передати звернення.
kiosk-error-send = Не вдалося надіслати звернення. Будь ласка, зверніться до довідкового бюро.
kiosk-ticket-title = Ваше звернення отримано
kiosk-ticket-number = Ваш номер
kiosk-ticket-team = Відповідальний відділ уже бачить Ваше звернення. Будь ласка, зачекайте в зоні очікування, доки не викличуть Ваш номер.
kiosk-ticket-code = Код Вашого талона
kiosk-ticket-code-hint = За цим кодом або QR-кодом Ви побачите відповідь відділу на своєму телефоні. Запишіть код або сфотографуйте його.
kiosk-done = Готово
kiosk-idle-title = Ви ще тут?
kiosk-idle-countdown = { $seconds ->
    [one] Через { $seconds } секунду все буде видалено і відкриється початковий екран.
    [few] Через { $seconds } секунди все буде видалено і відкриється початковий екран.
    [many] Через { $seconds } секунд все буде видалено і відкриється початковий екран.
   *[other] Через { $seconds } секунди все буде видалено і відкриється початковий екран.
}
kiosk-idle-continue = Продовжити заповнення
kiosk-unavailable = Термінал зараз не налаштований. Будь ласка, зверніться до довідкового бюро.

ticket-title = Ваш талон
ticket-code = Код талона
ticket-code-hint = Код з екрана біля входу, наприклад 7KQM-2X9P-4ABC-DEFG-5.
ticket-show = Показати
ticket-number = Номер { $number }
ticket-state-new = Отримано. Відділ ще не відкрив Ваше звернення.
ticket-state-in-progress = У роботі.
ticket-state-done = Завершено.
ticket-note = Повідомлення від відділу
ticket-updated = Остання зміна: { $time }
ticket-error-code = Це не код талона. Перевірте, чи немає в ньому друкарської помилки.
ticket-error-not-found = Талона з таким кодом немає (або вже немає).
ticket-error-too-many = Забагато запитів. Спробуйте ще раз через кілька хвилин.
ticket-error-offline = Немає зв’язку із сервером. Спробуйте ще раз пізніше.
