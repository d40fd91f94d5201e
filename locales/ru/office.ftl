# Pforte — тексты входящих обращений для сотрудников (/office).
# Reviewed by a native speaker: no

office-title = Входящие обращения отделов
office-sign-in = Войти
office-name = Имя
office-password = Пароль
office-sign-out = Выйти
office-error-sign-in = Неверное имя или пароль.
office-error-too-many = Слишком много попыток. Подождите несколько минут.
office-error-offline = Нет связи с сервером.
office-error-session = Сеанс истёк. Пожалуйста, войдите снова.
office-signed-in = Вы вошли как { $name }
office-team = Отдел { $team }
office-key = Файл ключа отдела (team-{ $team }.pem)
office-key-hint = Ключ остаётся в этом окне браузера и не загружается на сервер. После выхода или закрытия окна он удаляется.
office-key-loaded = Ключ загружен: обращения расшифровываются здесь.
office-key-error = Этот файл не является закрытым ключом (PKCS #8, PEM, без шифрования).
office-empty = Нет открытых обращений.
office-new-count = { $count ->
    [one] { $count } новое обращение
    [few] { $count } новых обращения
    [many] { $count } новых обращений
   *[other] { $count } нового обращения
}
office-ticket = Номер { $ticket }
office-received = Поступило: { $time }
office-state-new = Новое
office-state-in-progress = В работе
office-state-done = Завершено
office-locked = Зашифровано. Загрузите ключ отдела, чтобы прочитать обращение.
office-cannot-open = Это обращение не удаётся открыть загруженным ключом.
office-field-concern = Тема обращения
office-field-language = Язык
office-field-reference = Номер дела
office-field-contact = Контакт
office-field-description = Описание
office-note = Сообщение для заявителя (он увидит его по коду талона; максимум символов: { $max })
office-mark-in-progress = Взять в работу
office-mark-done = Отметить как завершённое
office-saved = Сохранено.
office-error-save = Не сохранено. Попробуйте ещё раз.
office-last-note = Последнее сообщение: { $note }
office-by = последнее изменение: { $name }
