# Pforte — тексты терминала у входа (киоска) и страницы талона на телефоне.
# Reviewed by a native speaker: no

kiosk-title = Срочное обращение
kiosk-welcome = Добро пожаловать. Здесь Вы можете передать срочное обращение прямо в ответственный отдел.
kiosk-choose-language = Выберите язык
kiosk-concern = О чём Ваше обращение?
kiosk-concern-permit-expiring = Срок действия моего разрешения на пребывание скоро закончится
kiosk-concern-lost-card = Моя карта потеряна или украдена
kiosk-concern-fiction-certificate = Срок действия моей временной справки (Fiktionsbescheinigung) заканчивается
kiosk-concern-employment-change = У меня новая работа
kiosk-concern-other = Другое
kiosk-reference = Номер дела (если он у Вас есть)
kiosk-reference-hint = Он указан в Вашем подтверждении получения, например 7KQM-2X9P-4.
kiosk-description = Кратко опишите Ваше обращение
kiosk-description-hint = Максимум символов: { $max }.
kiosk-contact = Как с Вами связаться? (Телефон или электронная почта, по желанию)
kiosk-consent = Я даю согласие на то, чтобы ведомство по делам иностранцев использовало эти данные для рассмотрения моего обращения.
kiosk-send = Отправить обращение
kiosk-cancel = Отменить и всё удалить
kiosk-sending = Шифрование и отправка …
kiosk-error-summary = Пожалуйста, проверьте:
kiosk-error-concern = Выберите, о чём Ваше обращение.
kiosk-error-description = Опишите Ваше обращение.
kiosk-error-too-long = Текст слишком длинный.
kiosk-error-reference = Это не номер дела. Проверьте его или оставьте поле пустым.
kiosk-error-consent = Без Вашего согласия мы не можем передать обращение.
kiosk-error-send = Не удалось отправить обращение. Пожалуйста, обратитесь в справочную.
kiosk-ticket-title = Ваше обращение получено
kiosk-ticket-number = Ваш номер
kiosk-ticket-team = Ответственный отдел уже видит Ваше обращение. Пожалуйста, подождите в зоне ожидания, пока не вызовут Ваш номер.
kiosk-ticket-code = Код Вашего талона
kiosk-ticket-code-hint = По этому коду или QR-коду Вы увидите ответ отдела на своём телефоне. Запишите код или сфотографируйте его.
kiosk-done = Готово
kiosk-idle-title = Вы ещё здесь?
kiosk-idle-countdown = { $seconds ->
    [one] Через { $seconds } секунду всё будет удалено и откроется начальный экран.
    [few] Через { $seconds } секунды всё будет удалено и откроется начальный экран.
    [many] Через { $seconds } секунд всё будет удалено и откроется начальный экран.
   *[other] Через { $seconds } секунды всё будет удалено и откроется начальный экран.
}
kiosk-idle-continue = Продолжить заполнение
kiosk-unavailable = Терминал сейчас не настроен. Пожалуйста, обратитесь в справочную.

ticket-title = Ваш талон
ticket-code = Код талона
ticket-code-hint = Код с экрана у входа, например 7KQM-2X9P-4ABC-DEFG-5.
ticket-show = Показать
ticket-number = Номер { $number }
ticket-state-new = Получено. Отдел ещё не открыл Ваше обращение.
ticket-state-in-progress = В работе.
ticket-state-done = Завершено.
ticket-note = Сообщение от отдела
ticket-updated = Последнее изменение: { $time }
ticket-error-code = Это не код талона. Проверьте, нет ли в нём опечатки.
ticket-error-not-found = Талона с таким кодом нет (или уже нет).
ticket-error-too-many = Слишком много запросов. Попробуйте ещё раз через несколько минут.
ticket-error-offline = Нет связи с сервером. Попробуйте ещё раз позже.
