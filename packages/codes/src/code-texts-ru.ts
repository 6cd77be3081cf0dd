// The Russian texts of every catalogued provider code (ops and customer), keyed by the English text the decoders
// produce (begateway-, antom-, pockyt-catalogue.ts and their fallbacks). Written for Russian-speaking ops and shoppers,
// not word for word; code-texts.test.ts fails when a catalogue text has no entry here.
export const CODE_TEXTS_RU: Readonly<Record<string, string>> = {
  "Transaction is successful.": "Транзакция успешно проведена.",
  "The transaction is successfully processed.": "Оплата прошла успешно.",
  "Incomplete transaction: waiting for the customer to pass 3-D Secure.":
    "Транзакция не завершена: ожидаем, пока клиент пройдёт 3-D Secure.",
  "Incomplete transaction": "Транзакция не завершена",
  "Authorization error: Failed to complete the transaction. Check the authorization request parameters.":
    "Ошибка авторизации: транзакцию не удалось провести. Проверьте параметры запроса на авторизацию.",
  "Authorization error: Failed to complete the transaction. Contact the payment method provider for details.":
    "Ошибка авторизации: оплату не удалось провести. За подробностями обратитесь к поставщику платёжного метода.",
  "Do not honor. Contact the payment service provider for details.":
    "Отказ эмитента без объяснения причин (do not honor). За подробностями обратитесь к платёжному провайдеру.",
  "Do not honor. Failed to complete the transaction. Contact the merchant for details.":
    "Банк отклонил оплату. За подробностями обратитесь к продавцу.",
  "Card expired. Ask the customer to use a valid card.":
    "Срок действия карты истёк. Попросите клиента оплатить действующей картой.",
  "Card expired. Failed to complete the transaction. Use a valid card.":
    "Срок действия карты истёк, оплата не прошла. Используйте действующую карту.",
  "Order ID not found. Failed to complete the transaction. Check the request parameters.":
    "ID заказа не найден, транзакция не проведена. Проверьте параметры запроса.",
  "Order ID not found. Failed to complete the transaction. Check the transaction parameters or contact the merchant for details.":
    "Заказ не найден, оплата не прошла. Проверьте данные или обратитесь к продавцу.",
  "Order expired. Failed to complete the transaction.": "Срок действия заказа истёк, транзакция не проведена.",
  "Order expired. Failed to complete the transaction. Contact the merchant for details.":
    "Срок действия заказа истёк, оплата не прошла. За подробностями обратитесь к продавцу.",
  "CVV verification failed. Ask the customer to enter the valid card CVV.":
    "Неверный CVV. Попросите клиента ввести правильный CVV карты.",
  "CVV verification failed. Failed to complete the transaction. Enter a valid CVV indicated on your card.":
    "Неверный CVV, оплата не прошла. Введите правильный CVV — он указан на вашей карте.",
  "Insufficient funds. Ask the customer to check the card account balance.":
    "Недостаточно средств. Попросите клиента проверить баланс счёта карты.",
  "Insufficient funds. Failed to complete the transaction. Check the card account balance.":
    "Недостаточно средств, оплата не прошла. Проверьте баланс счёта карты.",
  "Invalid merchant account. Contact the payment service provider or acquirer for details.":
    "Некорректный мерчант-аккаунт. За подробностями обратитесь к платёжному провайдеру или эквайеру.",
  "Invalid merchant account. Failed to complete the transaction. Contact the merchant for details.":
    "Ошибка на стороне магазина, оплата не прошла. За подробностями обратитесь к продавцу.",
  "Terminal error. Unsupported data entered or terminal failure. Contact the payment service provider for details.":
    "Ошибка терминала: неподдерживаемые данные или сбой терминала. За подробностями обратитесь к платёжному провайдеру.",
  "Terminal error. Failed to complete the transaction. Check the transaction parameters or use a different terminal.":
    "Ошибка терминала, оплата не прошла. Проверьте данные платежа или воспользуйтесь другим терминалом.",
  "Account ID blocked. Failed to complete the transaction. Check the request parameters or contact the payment service provider for details.":
    "ID аккаунта заблокирован, транзакция не проведена. Проверьте параметры запроса или обратитесь к платёжному провайдеру.",
  "Account ID blocked. Failed to complete the transaction. Contact your payment service provider for details.":
    "Аккаунт заблокирован, оплата не прошла. За подробностями обратитесь к своему платёжному провайдеру.",
  "Account ID not found. Failed to complete the transaction. Check the request parameters.":
    "ID аккаунта не найден, транзакция не проведена. Проверьте параметры запроса.",
  "Account ID not found. Failed to complete the transaction. Contact your payment service provider for details.":
    "Аккаунт не найден, оплата не прошла. За подробностями обратитесь к своему платёжному провайдеру.",
  "Authorization error. Failed to complete the transaction. Check the authorization request parameters.":
    "Ошибка авторизации, транзакция не проведена. Проверьте параметры запроса на авторизацию.",
  "Authorization error. Failed to complete the transaction. Contact the merchant for details.":
    "Ошибка авторизации, оплата не прошла. За подробностями обратитесь к продавцу.",
  "Invalid request signature. Failed to complete the transaction. Check the request signature or certificate.":
    "Неверная подпись запроса, транзакция не проведена. Проверьте подпись запроса или сертификат.",
  "Invalid request signature. Contact the merchant for details.":
    "Ошибка проверки запроса. За подробностями обратитесь к продавцу.",
  "Not allowed. Use another transaction type or contact the payment service provider for details.":
    "Операция запрещена. Используйте другой тип транзакции или обратитесь к платёжному провайдеру.",
  "Not allowed. Failed to complete the transaction. Contact the merchant for details or use another payment method.":
    "Операция недоступна, оплата не прошла. Обратитесь к продавцу или выберите другой способ оплаты.",
  "Terminal error. Contact the payment service provider for details.":
    "Ошибка терминала. За подробностями обратитесь к платёжному провайдеру.",
  "Terminal error. Failed to complete the transaction. Contact the merchant for details or use another payment method.":
    "Ошибка терминала, оплата не прошла. Обратитесь к продавцу или выберите другой способ оплаты.",
  "Duplicate transaction or order. Check the status of the original transaction or order. Contact the payment service provider for details.":
    "Дубль транзакции или заказа. Проверьте статус исходной транзакции или заказа; подробности — у платёжного провайдера.",
  "Duplicate order. Failed to complete the transaction. Contact the merchant for the status of the original order.":
    "Такой заказ уже есть, оплата не прошла. Уточните у продавца статус исходного заказа.",
  "Currency not supported. Check the currency in the request or contact the payment service provider for details.":
    "Валюта не поддерживается. Проверьте валюту в запросе или обратитесь к платёжному провайдеру.",
  "Currency not supported. Failed to complete the transaction. Choose another currency or contact the merchant for details.":
    "Валюта не поддерживается, оплата не прошла. Выберите другую валюту или обратитесь к продавцу.",
  "Insufficient funds. Check the account balance or contact the payment service provider for details.":
    "Недостаточно средств. Проверьте баланс счёта или обратитесь к платёжному провайдеру.",
  "Insufficient funds. Failed to complete the transaction. Check the account balance.":
    "Недостаточно средств, оплата не прошла. Проверьте баланс счёта.",
  "Acquirer error. Potential fraud. The means of payment might be stolen or lost. Check your customer details.":
    "Отказ эквайера: возможное мошенничество — платёжное средство может быть украдено или утеряно. Проверьте данные клиента.",
  "Payment details error. Failed to complete the transaction. Contact the merchant for details.":
    "Ошибка платёжных данных, оплата не прошла. За подробностями обратитесь к продавцу.",
  "Issuer error. Potential fraud. The means of payment might be stolen or lost. Check your customer details.":
    "Отказ эмитента: возможное мошенничество — платёжное средство может быть украдено или утеряно. Проверьте данные клиента.",
  "Payment details error. Failed to complete the transaction. Contact the merchant or the card-issuing bank for details. The bank's phone number is indicated on the back of your card.":
    "Ошибка платёжных данных, оплата не прошла. Обратитесь к продавцу или в банк, выпустивший карту. Телефон банка указан на обратной стороне карты.",
  "Temporary provider system error. Contact the payment service provider for details.":
    "Временный сбой в системе провайдера. За подробностями обратитесь к платёжному провайдеру.",
  "Provider system error. Failed to complete the transaction. Try again later or contact the merchant for details.":
    "Сбой в системе провайдера, оплата не прошла. Повторите попытку позже или обратитесь к продавцу.",
  "Provider system error. Contact the payment service provider for details.":
    "Сбой в системе провайдера. За подробностями обратитесь к платёжному провайдеру.",
  "Provider system error. Failed to complete the transaction. Use another payment method or contact the merchant for details.":
    "Сбой в системе провайдера, оплата не прошла. Выберите другой способ оплаты или обратитесь к продавцу.",
  "Temporary provider system error. Contact the card-issuing bank for details.":
    "Временный сбой в системе провайдера. За подробностями обратитесь в банк-эмитент карты.",
  "Provider system error. Failed to complete the transaction. Try again later or contact the bank that issued your card for details. The bank's phone number is indicated on the back of your card.":
    "Сбой в системе провайдера, оплата не прошла. Повторите попытку позже или обратитесь в банк, выпустивший карту. Телефон банка указан на обратной стороне карты.",
  "Provider system error. Contact the card-issuing bank for details.":
    "Сбой в системе провайдера. За подробностями обратитесь в банк-эмитент карты.",
  "Provider system error. Failed to complete the transaction. Use another payment method or contact the bank that issued your card for details. The bank's phone number is indicated on the back of your card.":
    "Сбой в системе провайдера, оплата не прошла. Выберите другой способ оплаты или обратитесь в банк, выпустивший карту. Телефон банка указан на обратной стороне карты.",
  "Temporary provider system error. Contact the customer’s payment service provider for details.":
    "Временный сбой в системе провайдера. За подробностями обратитесь к платёжному провайдеру клиента.",
  "Provider system error. Failed to complete the transaction. Try again later or contact your payment service provider for details.":
    "Сбой в системе провайдера, оплата не прошла. Повторите попытку позже или обратитесь к своему платёжному провайдеру.",
  "Provider system error. Contact the customer’s payment service provider for details.":
    "Сбой в системе провайдера. За подробностями обратитесь к платёжному провайдеру клиента.",
  "Provider system error. Failed to complete the transaction. Use another payment method or contact your payment service provider for details.":
    "Сбой в системе провайдера, оплата не прошла. Выберите другой способ оплаты или обратитесь к своему платёжному провайдеру.",
  "Transaction amount or the number of transactions exceeds the payment service provider’s limits. Check the transaction amount and the number of transactions or contact the payment service provider for details.":
    "Сумма или количество транзакций превышает лимиты платёжного провайдера. Проверьте сумму и количество транзакций или обратитесь к платёжному провайдеру.",
  "Transaction amount or the number of transactions exceeds the limits. Failed to complete the transaction. Check the transaction amount or contact the merchant for details.":
    "Превышен лимит по сумме или количеству операций, оплата не прошла. Проверьте сумму или обратитесь к продавцу.",
  "Transaction amount or the number of transactions exceeds the issuer's limits. Check the transaction amount or the number of transactions. Ask the customer to contact the card-issuing bank.":
    "Сумма или количество транзакций превышает лимиты эмитента. Проверьте сумму и количество транзакций; попросите клиента обратиться в банк-эмитент карты.",
  "Transaction amount or the number of transactions exceeds the limits. Failed to complete the transaction. Contact the merchant or the bank that issued your card for details. The bank's phone number is indicated on the back of your card.":
    "Превышен лимит по сумме или количеству операций, оплата не прошла. Обратитесь к продавцу или в банк, выпустивший карту. Телефон банка указан на обратной стороне карты.",
  "Transaction amount or the number of transactions exceeds the payment service provider’s limits. Check the transaction amount and the number of transactions. Contact the customer’s payment service provider for details.":
    "Сумма или количество транзакций превышает лимиты платёжного провайдера. Проверьте сумму и количество транзакций; подробности — у платёжного провайдера клиента.",
  "Transaction amount or the number of transactions exceeds the limits. Failed to complete the transaction. Contact the merchant or your payment service provider for details.":
    "Превышен лимит по сумме или количеству операций, оплата не прошла. Обратитесь к продавцу или к своему платёжному провайдеру.",
  "Wallet data error. Ask the client to check the wallet data. Contact the payment service provider for details.":
    "Ошибка данных кошелька. Попросите клиента проверить данные кошелька; подробности — у платёжного провайдера.",
  "Wallet data error. Check the wallet data or use another card.":
    "Ошибка данных кошелька. Проверьте данные кошелька или используйте другую карту.",
  "Invalid card data. Ask the customer to check the card data. Contact the payment service provider for details.":
    "Неверные данные карты. Попросите клиента проверить данные карты; подробности — у платёжного провайдера.",
  "Invalid card data. Failed to complete the transaction. Check your card details or use another card.":
    "Неверные данные карты, оплата не прошла. Проверьте данные карты или используйте другую карту.",
  "Invalid request parameters. Failed to complete the transaction. Check the required request parameters.":
    "Неверные параметры запроса, транзакция не проведена. Проверьте обязательные параметры запроса.",
  "Invalid request parameters. Check the transaction data or contact the merchant for details.":
    "Неверные данные запроса. Проверьте данные платежа или обратитесь к продавцу.",
  "3-D Secure verification error. Contact the payment service provider for details.":
    "Ошибка проверки 3-D Secure. За подробностями обратитесь к платёжному провайдеру.",
  "3-D Secure verification error. Check your 3-D Secure code or contact the payment service provider for details.":
    "Ошибка проверки 3-D Secure. Проверьте код 3-D Secure или обратитесь к платёжному провайдеру.",
  "3-D Secure verification error. Contact the issuing bank for details.":
    "Ошибка проверки 3-D Secure. За подробностями обратитесь в банк-эмитент.",
  "3-D Secure verification error. Check your 3-D Secure code or contact your card-issuing bank for details. The bank's phone number is indicated on the back of your card.":
    "Ошибка проверки 3-D Secure. Проверьте код 3-D Secure или обратитесь в банк, выпустивший карту. Телефон банка указан на обратной стороне карты.",
  "Transaction confirmation error. Failed to complete the transaction. Ask the customer to confirm the payment.":
    "Ошибка подтверждения, транзакция не проведена. Попросите клиента подтвердить платёж.",
  "Transaction confirmation error. Failed to complete the transaction. Check the payment confirmation.":
    "Ошибка подтверждения, оплата не прошла. Проверьте, подтвердили ли вы платёж.",
  "The transaction was rejected by the client. The transaction could not be completed. Ask the customer to repeat the payment.":
    "Клиент отклонил транзакцию, она не проведена. Попросите клиента оплатить ещё раз.",
  "The transaction was rejected. The transaction could not be completed. Please choose another payment method or retry the payment.":
    "Оплата отклонена и не завершена. Выберите другой способ оплаты или попробуйте ещё раз.",
  "Wrong phone number. Failed to complete the transaction. Ask the customer to enter the phone number associated with their card.":
    "Неверный номер телефона, транзакция не проведена. Попросите клиента ввести номер, привязанный к карте.",
  "The submitted phone number doesn’t match the one associated with your card. Failed to complete the transaction. Please enter the correct phone number.":
    "Указанный номер телефона не совпадает с привязанным к вашей карте, оплата не прошла. Введите правильный номер.",
  "Transaction confirmation error. Wrong SMS key. Ask the customer to submit the correct value.":
    "Ошибка подтверждения: неверный SMS-код. Попросите клиента ввести правильный код.",
  "Transaction not confirmed by the bank. Wrong SMS key. Please check the submitted data.":
    "Банк не подтвердил оплату: неверный SMS-код. Проверьте введённые данные.",
  "Cannot initialize a new transaction until the previous one is processed. Please ask the customer to complete the previous transaction or wait until it is completed.":
    "Новую транзакцию нельзя начать, пока не обработана предыдущая. Попросите клиента завершить предыдущую транзакцию или дождаться её завершения.",
  "Transaction failed. Complete the previous transaction or wait until the previous transaction is finalized and try again.":
    "Оплата не прошла. Завершите предыдущую оплату или дождитесь её окончания и попробуйте снова.",
  "The transaction was not verified.": "Транзакция не прошла проверку.",
  "The transaction was not verified by the verification service VPD.": "Транзакция не прошла проверку в сервисе VPD.",
  "The transaction could not be completed due to an unknown reason. Please check the details with the merchant.":
    "Транзакцию не удалось завершить по неизвестной причине. Уточните подробности у продавца.",
  "Transaction failed. The transaction was automatically completed by the provider's system. No further action is required.":
    "Транзакция не прошла: система провайдера завершила её автоматически. Больше ничего делать не нужно.",
  "Failed to complete the transaction. Contact the payment service provider.":
    "Транзакцию не удалось провести. Обратитесь к платёжному провайдеру.",
  "Failed to complete the transaction. Contact the merchant for details.":
    "Оплата не прошла. За подробностями обратитесь к продавцу.",
  "Transaction in progress.": "Транзакция обрабатывается.",
  "Transaction is being processed. Please wait.": "Платёж обрабатывается. Пожалуйста, подождите.",
  "Welcome!": "Добро пожаловать!",
  "Unknown transaction status. Contact the payment service provider for details.":
    "Неизвестный статус транзакции. За подробностями обратитесь к платёжному провайдеру.",
  "Unknown transaction status. Contact the merchant for details.":
    "Статус оплаты неизвестен. За подробностями обратитесь к продавцу.",
  "Account ID not found: Failed to complete the transaction. Check the request parameters.":
    "ID аккаунта не найден: транзакция не проведена. Проверьте параметры запроса.",
  "Account ID not found: Failed to complete the transaction. Contact the payment method provider for details.":
    "Аккаунт не найден: оплата не прошла. За подробностями обратитесь к поставщику платёжного метода.",
  "Account ID blocked: Failed to complete the transaction. Check the request parameters or contact the payment method provider for details.":
    "ID аккаунта заблокирован: транзакция не проведена. Проверьте параметры запроса или обратитесь к поставщику платёжного метода.",
  "Account ID blocked: Failed to complete the transaction. Contact the payment method provider for details.":
    "Аккаунт заблокирован: оплата не прошла. За подробностями обратитесь к поставщику платёжного метода.",
  "Order ID not found: Failed to complete the transaction. Check the request parameters.":
    "ID заказа не найден: транзакция не проведена. Проверьте параметры запроса.",
  "Order ID not found: Failed to complete the transaction. Check the transaction parameters or contact the merchant for details.":
    "Заказ не найден: оплата не прошла. Проверьте данные или обратитесь к продавцу.",
  "Order expired: Failed to complete the transaction.": "Срок действия заказа истёк: транзакция не проведена.",
  "Order expired: Failed to complete the transaction. Contact the merchant for details.":
    "Срок действия заказа истёк: оплата не прошла. За подробностями обратитесь к продавцу.",
  "Transaction confirmation error: Failed to complete the transaction. Ask the customer to confirm the payment.":
    "Ошибка подтверждения: транзакция не проведена. Попросите клиента подтвердить платёж.",
  "Transaction confirmation error: Failed to complete the transaction. Check the payment confirmation.":
    "Ошибка подтверждения: оплата не прошла. Проверьте, подтвердили ли вы платёж.",
  "Insufficient funds: Check the account balance or contact the payment service provider for details.":
    "Недостаточно средств: проверьте баланс счёта или обратитесь к платёжному провайдеру.",
  "Insufficient funds: Failed to complete the transaction. Check the account balance.":
    "Недостаточно средств: оплата не прошла. Проверьте баланс счёта.",
  "Invalid provider: Contact the payment service provider for details.":
    "Некорректный провайдер: за подробностями обратитесь к платёжному провайдеру.",
  "Invalid provider: Failed to complete the transaction. Contact the merchant for details.":
    "Некорректный провайдер: оплата не прошла. За подробностями обратитесь к продавцу.",
  "Terminal error: Contact the payment service provider for details.":
    "Ошибка терминала: за подробностями обратитесь к платёжному провайдеру.",
  "Terminal error: Failed to complete the transaction. Check the transaction parameters or use a different terminal.":
    "Ошибка терминала: оплата не прошла. Проверьте данные платежа или воспользуйтесь другим терминалом.",
  "Provider system error: Contact the payment service provider for details.":
    "Сбой в системе провайдера: за подробностями обратитесь к платёжному провайдеру.",
  "Provider system error: Failed to complete the transaction. Try again later or contact the payment method provider for details.":
    "Сбой в системе провайдера: оплата не прошла. Повторите попытку позже или обратитесь к поставщику платёжного метода.",
  "Provider system error: Failed to complete the transaction. Contact the merchant for details or use another payment method.":
    "Сбой в системе провайдера: оплата не прошла. Обратитесь к продавцу или выберите другой способ оплаты.",
  "Provider system error: Failed to complete the transaction. Contact the payment method provider for details or use another payment method.":
    "Сбой в системе провайдера: оплата не прошла. Обратитесь к поставщику платёжного метода или выберите другой способ оплаты.",
  "Not allowed: Contact the payment service provider for details.":
    "Операция запрещена: за подробностями обратитесь к платёжному провайдеру.",
  "Not allowed: Failed to complete the transaction. Contact the merchant for details or use another payment method.":
    "Операция недоступна: оплата не прошла. Обратитесь к продавцу или выберите другой способ оплаты.",
  "Currency not supported: Check the currency in the request or contact the payment service provider for details.":
    "Валюта не поддерживается: проверьте валюту в запросе или обратитесь к платёжному провайдеру.",
  "Currency not supported: Failed to complete the transaction. Choose another currency or contact the merchant for details.":
    "Валюта не поддерживается: оплата не прошла. Выберите другую валюту или обратитесь к продавцу.",
  "Duplicate transaction or order: Check the status of original transaction or order.":
    "Дубль транзакции или заказа: проверьте статус исходной транзакции или заказа.",
  "Duplicate transaction or order: Failed to complete the transaction. Contact the merchant for details.":
    "Повторная транзакция или заказ: оплата не прошла. За подробностями обратитесь к продавцу.",
  "Wrong transaction amount: Check the transaction amount or contact the payment service provider for details.":
    "Неверная сумма транзакции: проверьте сумму или обратитесь к платёжному провайдеру.",
  "Wrong transaction amount: Failed to complete the transaction. Check the transaction amount or contact the merchant for details.":
    "Неверная сумма: оплата не прошла. Проверьте сумму или обратитесь к продавцу.",
  "Payment details error: Potential fraud. Check your customer details.":
    "Ошибка платёжных данных: возможное мошенничество. Проверьте данные клиента.",
  "Payment details error: Failed to complete the transaction. Contact the merchant for details.":
    "Ошибка платёжных данных: оплата не прошла. За подробностями обратитесь к продавцу.",
  "Invalid request parameters: Failed to complete the transaction. Check the required request parameters.":
    "Неверные параметры запроса: транзакция не проведена. Проверьте обязательные параметры запроса.",
  "Invalid request parameters: Check the transaction parameters or contact the merchant for details.":
    "Неверные параметры запроса: проверьте данные платежа или обратитесь к продавцу.",
  "Invalid request signature: Failed to complete the transaction. Check the request signature.":
    "Неверная подпись запроса: транзакция не проведена. Проверьте подпись запроса.",
  "Invalid request signature: Contact the merchant for details.":
    "Ошибка проверки запроса: за подробностями обратитесь к продавцу.",
  "Wallet error. Failed to complete the transaction. Check wallet data or contact the payment service provider for details.":
    "Ошибка кошелька, транзакция не проведена. Проверьте данные кошелька или обратитесь к платёжному провайдеру.",
  "Wallet error. Contact the merchant for details.": "Ошибка кошелька. За подробностями обратитесь к продавцу.",
  "Provider system error. Failed to complete the transaction. Try again later or contact the payment method provider for details or select another payment method.":
    "Сбой в системе провайдера, оплата не прошла. Повторите попытку позже, обратитесь к поставщику платёжного метода или выберите другой способ оплаты.",
  "Unknown error: Failed to complete the transaction. Contact the payment service provider.":
    "Неизвестная ошибка: транзакцию не удалось провести. Обратитесь к платёжному провайдеру.",
  "Unknown error: Failed to complete the transaction. Contact the merchant for details.":
    "Неизвестная ошибка: оплата не прошла. За подробностями обратитесь к продавцу.",
  "Unknown error: Contact the payment service provider for details.":
    "Неизвестная ошибка: за подробностями обратитесь к платёжному провайдеру.",
  "We are sorry, but something went wrong.": "Извините, что-то пошло не так.",
  "Invalid request URL: Contact the payment service provider for details.":
    "Неверный URL запроса: за подробностями обратитесь к платёжному провайдеру.",
  "Invalid request URL: Contact the merchant for details.": "Ошибка запроса: за подробностями обратитесь к продавцу.",
  "Request URL not found: Contact the payment service provider for details.":
    "URL запроса не найден: за подробностями обратитесь к платёжному провайдеру.",
  "Request URL not found: Contact the merchant for details.":
    "Адрес запроса не найден: за подробностями обратитесь к продавцу.",
  "gateway_id not found: Send the correct gateway_id or contact the payment service provider for details.":
    "gateway_id не найден: передайте правильный gateway_id или обратитесь к платёжному провайдеру.",
  "Payment method provider not found: Contact the merchant for details.":
    "Поставщик платёжного метода не найден: за подробностями обратитесь к продавцу.",
  "Shop not found: Contact the payment service provider for details.":
    "Магазин не найден: за подробностями обратитесь к платёжному провайдеру.",
  "Shop not found: Contact the merchant for details.": "Магазин не найден: за подробностями обратитесь к продавцу.",
  "Invalid parameters: Contact the payment service provider for details.":
    "Неверные параметры: за подробностями обратитесь к платёжному провайдеру.",
  "Invalid parameters: Contact the merchant for details.":
    "Неверные параметры: за подробностями обратитесь к продавцу.",
  "Unsupported gateway type: Contact the payment service provider for details.":
    "Неподдерживаемый тип шлюза: за подробностями обратитесь к платёжному провайдеру.",
  "Unsupported gateway type: Contact the merchant for details.":
    "Неподдерживаемый тип шлюза: за подробностями обратитесь к продавцу.",
  "Unsupported currency: Contact the payment service provider for details.":
    "Валюта не поддерживается: за подробностями обратитесь к платёжному провайдеру.",
  "Unsupported currency: Contact the merchant for details.":
    "Валюта не поддерживается: за подробностями обратитесь к продавцу.",
  "Invalid provider response: Contact the payment service provider for details.":
    "Некорректный ответ провайдера: за подробностями обратитесь к платёжному провайдеру.",
  "Invalid provider response: Contact the merchant for details.":
    "Некорректный ответ провайдера: за подробностями обратитесь к продавцу.",
  "Not allowed: Failed to process the request. Contact the merchant for details.":
    "Операция недоступна: запрос не обработан. За подробностями обратитесь к продавцу.",
  "Invalid test value: Check test values for the selected payment method.":
    "Неверное тестовое значение: проверьте тестовые данные для выбранного способа оплаты.",
  "Invalid test value: Contact the merchant for details.":
    "Неверное тестовое значение: за подробностями обратитесь к продавцу.",
  "Empty test set: Indicate the test set in the shop settings.":
    "Не задан тестовый набор: укажите его в настройках магазина.",
  "Empty test set: Contact the merchant for details.":
    "Не задан тестовый набор: за подробностями обратитесь к продавцу.",
  "Wrong test set: A wrong test set is used. Use the test set indicated for the shop.":
    "Неверный тестовый набор: используйте тестовый набор, указанный для магазина.",
  "Wrong test set: Contact the merchant for details.":
    "Неверный тестовый набор: за подробностями обратитесь к продавцу.",
  "Live data not supported: Use test values only for test requests":
    "Реальные данные не принимаются: в тестовых запросах используйте только тестовые значения.",
  "Live data not supported in test mode: Contact the merchant for details.":
    "В тестовом режиме реальные данные не принимаются: за подробностями обратитесь к продавцу.",
  "Transaction type not supported: Use a different transaction type or contact the payment service provider for details.":
    "Тип транзакции не поддерживается: используйте другой тип или обратитесь к платёжному провайдеру.",
  "Transaction type not supported: Contact the merchant for details.":
    "Тип операции не поддерживается: за подробностями обратитесь к продавцу.",
  "Request section missing: Check request parameters.":
    "В запросе нет обязательного раздела: проверьте параметры запроса.",
  "Request section missing: Contact the merchant for details.":
    "Ошибка запроса: за подробностями обратитесь к продавцу.",
  "Duplicate transaction or order: Failed to complete the transaction. Check the status of the original transaction.":
    "Дубль транзакции или заказа: транзакция не проведена. Проверьте статус исходной транзакции.",
  "Duplicate transaction or order: Failed to complete the transaction. Check the status of the original transaction or contact the merchant for details.":
    "Повторная транзакция или заказ: оплата не прошла. Проверьте статус исходного платежа или обратитесь к продавцу.",
  "Transaction in progress": "Транзакция обрабатывается",
  "Authorization error: Check the authorization request parameters or contact the payment method provider for details.":
    "Ошибка авторизации: проверьте параметры запроса на авторизацию или обратитесь к поставщику платёжного метода.",
  "Authorization error: Contact the merchant for details.":
    "Ошибка авторизации: за подробностями обратитесь к продавцу.",
  "Access denied: Contact the payment service provider for details.":
    "Доступ запрещён: за подробностями обратитесь к платёжному провайдеру.",
  "Access denied: Contact the merchant for details.": "Доступ запрещён: за подробностями обратитесь к продавцу.",
  "Bad request: Check the request parameters.": "Некорректный запрос: проверьте параметры запроса.",
  "Bad request: Contact the merchant for details.": "Некорректный запрос: за подробностями обратитесь к продавцу.",
  "MIME type not supported: Set 'Content-type' header to 'application/ json'.":
    "MIME-тип не поддерживается: укажите заголовок Content-Type: application/json.",
  "MIME type not supported: Contact the merchant for details.":
    "MIME-тип не поддерживается: за подробностями обратитесь к продавцу.",
  "Invalid request parameters: Check the transaction parameters or contact the payment service provider for details.":
    "Неверные параметры запроса: проверьте параметры транзакции или обратитесь к платёжному провайдеру.",
  "Invalid request parameters: Contact the merchant for details.":
    "Неверные параметры запроса: за подробностями обратитесь к продавцу.",
  "Invalid JSON: Check the request parameters.": "Некорректный JSON: проверьте параметры запроса.",
  "Invalid JSON: Contact the merchant for details.": "Ошибка в данных запроса: за подробностями обратитесь к продавцу.",
  "Parent transaction required: Customer should make a payment before a credit transaction.":
    "Нужна родительская транзакция: перед выплатой (credit) клиент должен совершить оплату.",
  "Parent transaction required: Contact the merchant for details.":
    "Нужна исходная оплата: за подробностями обратитесь к продавцу.",
  "No available gateways: Allowed gateways are missing. Contact the payment service provider for details.":
    "Нет доступных шлюзов: для магазина не настроены разрешённые шлюзы. За подробностями обратитесь к платёжному провайдеру.",
  "No available gateways: Failed to complete the transaction. Contact the merchant for details.":
    "Нет доступных способов оплаты: оплата не прошла. За подробностями обратитесь к продавцу.",
  "No available gateways: Failed to complete the transaction. Contact the payment service provider for details.":
    "Нет доступных шлюзов: транзакция не проведена. За подробностями обратитесь к платёжному провайдеру.",
  "Invalid payment token: Failed to get payment details by the submitted token. Check the payment token or contact the payment service provider for details.":
    "Неверный платёжный токен: по переданному токену не удалось получить платёжные данные. Проверьте токен или обратитесь к платёжному провайдеру.",
  "Invalid payment token: Failed to complete the transaction. Contact the merchant for details.":
    "Неверный платёжный токен: оплата не прошла. За подробностями обратитесь к продавцу.",
  "Currency not found: Contact the payment service provider for details.":
    "Валюта не найдена: за подробностями обратитесь к платёжному провайдеру.",
  "Currency not found: Failed to complete the transaction. Contact the merchant for details.":
    "Валюта не найдена: оплата не прошла. За подробностями обратитесь к продавцу.",
  "Gateway not defined: Send the gateway_id parameter.": "Шлюз не указан: передайте параметр gateway_id.",
  "Payment method provider not defined: Contact the merchant for details.":
    "Поставщик платёжного метода не указан: за подробностями обратитесь к продавцу.",
  "Provider response error: Contact the payment service provider for details.":
    "Ошибка в ответе провайдера: за подробностями обратитесь к платёжному провайдеру.",
  "Provider response error: Contact the merchant for details.":
    "Ошибка в ответе провайдера: за подробностями обратитесь к продавцу.",
  "Request expired: Send your request again.": "Срок действия запроса истёк: отправьте запрос ещё раз.",
  "Request expired: Try again or contact the merchant to check the request status.":
    "Срок действия запроса истёк: повторите попытку или уточните у продавца статус запроса.",
  "Transaction not found.": "Транзакция не найдена.",
  "Existing transaction not found: Contact the payment service provider for details.":
    "Исходная транзакция не найдена: за подробностями обратитесь к платёжному провайдеру.",
  "Unknown error. Contact the payment service provider for details.":
    "Неизвестная ошибка. За подробностями обратитесь к платёжному провайдеру.",
  "Invalid request URL. Contact the payment service provider for details.":
    "Неверный URL запроса. За подробностями обратитесь к платёжному провайдеру.",
  "Invalid request URL. Contact the merchant for details.": "Ошибка запроса. За подробностями обратитесь к продавцу.",
  "Request URL not found. Contact the payment service provider for details.":
    "URL запроса не найден. За подробностями обратитесь к платёжному провайдеру.",
  "Request URL not found. Contact the merchant for details.":
    "Адрес запроса не найден. За подробностями обратитесь к продавцу.",
  "gateway_id not found. Send the correct gateway_id or contact the payment service provider for details.":
    "gateway_id не найден. Передайте правильный gateway_id или обратитесь к платёжному провайдеру.",
  "Payment gateway not found. Contact the merchant for details.":
    "Платёжный шлюз не найден. За подробностями обратитесь к продавцу.",
  "Shop not found. Contact the payment service provider for details.":
    "Магазин не найден. За подробностями обратитесь к платёжному провайдеру.",
  "Shop not found. Contact the merchant for details.": "Магазин не найден. За подробностями обратитесь к продавцу.",
  "Invalid parameters. Contact the payment service provider for details.":
    "Неверные параметры. За подробностями обратитесь к платёжному провайдеру.",
  "Invalid parameters. Contact the merchant for details.":
    "Неверные параметры. За подробностями обратитесь к продавцу.",
  "Unsupported gateway type. Contact the payment service provider for details.":
    "Неподдерживаемый тип шлюза. За подробностями обратитесь к платёжному провайдеру.",
  "Unsupported gateway type. Contact the merchant for details.":
    "Неподдерживаемый тип шлюза. За подробностями обратитесь к продавцу.",
  "Unsupported currency. Contact the payment service provider for details.":
    "Валюта не поддерживается. За подробностями обратитесь к платёжному провайдеру.",
  "Unsupported currency. Contact the merchant for details.":
    "Валюта не поддерживается. За подробностями обратитесь к продавцу.",
  "Unsupported card type. Contact the payment service provider for details.":
    "Тип карты не поддерживается. За подробностями обратитесь к платёжному провайдеру.",
  "Unsupported card type. Contact the merchant for details.":
    "Карты этого типа не принимаются. За подробностями обратитесь к продавцу.",
  "Not allowed. Contact the payment service provider for details.":
    "Операция запрещена. За подробностями обратитесь к платёжному провайдеру.",
  "Not allowed. Failed to process the request. Contact the merchant for details.":
    "Операция недоступна: запрос не обработан. За подробностями обратитесь к продавцу.",
  "Card data decryption error. Contact the payment service provider for details.":
    "Ошибка расшифровки данных карты. За подробностями обратитесь к платёжному провайдеру.",
  "Not allowed to use PAN. Contact the payment service provider for details.":
    "Использование PAN запрещено. За подробностями обратитесь к платёжному провайдеру.",
  "Not allowed to use PAN. Failed to complete the transaction. Contact the merchant for details.":
    "Оплата по номеру карты недоступна, оплата не прошла. За подробностями обратитесь к продавцу.",
  "Invalid test value. Check test values for the selected payment method.":
    "Неверное тестовое значение. Проверьте тестовые данные для выбранного способа оплаты.",
  "Invalid test value. Contact the merchant for details.":
    "Неверное тестовое значение. За подробностями обратитесь к продавцу.",
  "Empty test set. Indicate the test set in the shop settings.":
    "Не задан тестовый набор. Укажите его в настройках магазина.",
  "Empty test set. Contact the merchant for details.":
    "Не задан тестовый набор. За подробностями обратитесь к продавцу.",
  "Wrong test set. A wrong test set is used. Use the test set indicated for the shop.":
    "Неверный тестовый набор. Используйте тестовый набор, указанный для магазина.",
  "Wrong test set. Contact the merchant for details.":
    "Неверный тестовый набор. За подробностями обратитесь к продавцу.",
  "Live data not supported. Use test values only for test requests":
    "Реальные данные не принимаются. В тестовых запросах используйте только тестовые значения.",
  "Live data not supported in test mode. Contact the merchant for details.":
    "В тестовом режиме реальные данные не принимаются. За подробностями обратитесь к продавцу.",
  "Transaction type not supported. Use a different transaction type or contact the payment service provider for details.":
    "Тип транзакции не поддерживается. Используйте другой тип или обратитесь к платёжному провайдеру.",
  "Transaction type not supported. Contact the merchant for details.":
    "Тип операции не поддерживается. За подробностями обратитесь к продавцу.",
  "Request section missing. Check request parameters.":
    "В запросе нет обязательного раздела. Проверьте параметры запроса.",
  "Request section missing. Contact the merchant for details.":
    "Ошибка запроса. За подробностями обратитесь к продавцу.",
  "Duplicate transaction or order. Failed to complete the transaction. Check the status of the original transaction.":
    "Дубль транзакции или заказа, транзакция не проведена. Проверьте статус исходной транзакции.",
  "Duplicate transaction or order. Failed to complete the transaction. Check the status of the original transaction or contact the merchant for details.":
    "Повторная транзакция или заказ, оплата не прошла. Проверьте статус исходного платежа или обратитесь к продавцу.",
  "Authorization error. Check the authorization request parameters or contact the payment service provider for details.":
    "Ошибка авторизации. Проверьте параметры запроса на авторизацию или обратитесь к платёжному провайдеру.",
  "Authorization error. Contact the merchant for details.":
    "Ошибка авторизации. За подробностями обратитесь к продавцу.",
  "Access denied. Contact the payment service provider for details.":
    "Доступ запрещён. За подробностями обратитесь к платёжному провайдеру.",
  "Access denied. Contact the merchant for details.": "Доступ запрещён. За подробностями обратитесь к продавцу.",
  "Bad request. Check the request parameters.": "Некорректный запрос. Проверьте параметры запроса.",
  "Bad request. Contact the merchant for details.": "Некорректный запрос. За подробностями обратитесь к продавцу.",
  "MIME type not supported. Set 'Content-type' header to 'application/ json'.":
    "MIME-тип не поддерживается. Укажите заголовок Content-Type: application/json.",
  "MIME type not supported. Contact the merchant for details.":
    "MIME-тип не поддерживается. За подробностями обратитесь к продавцу.",
  "Invalid request parameters.orCheck the transaction parameters or contact the payment service provider for details.":
    "Неверные параметры запроса. Проверьте параметры транзакции или обратитесь к платёжному провайдеру.",
  "Invalid request parameters. Contact the merchant for details.":
    "Неверные параметры запроса. За подробностями обратитесь к продавцу.",
  "Invalid JSON. Check the request parameters.": "Некорректный JSON. Проверьте параметры запроса.",
  "Invalid JSON. Contact the merchant for details.": "Ошибка в данных запроса. За подробностями обратитесь к продавцу.",
  "Parent transaction required. Customer should make a payment before a credit transaction.":
    "Нужна родительская транзакция. Перед выплатой (credit) клиент должен совершить оплату.",
  "Parent transaction required. Contact the merchant for details.":
    "Нужна исходная оплата. За подробностями обратитесь к продавцу.",
  "No available gateways. Allowed gateways are missing. Contact the payment service provider for details.":
    "Нет доступных шлюзов: для магазина не настроены разрешённые шлюзы. За подробностями обратитесь к платёжному провайдеру.",
  "No available gateways. Failed to complete the transaction. Contact the merchant for details.":
    "Нет доступных способов оплаты, оплата не прошла. За подробностями обратитесь к продавцу.",
  "Invalid Google merchant token. Check the request parameters or contact the payment service provider for details.":
    "Неверный токен мерчанта Google. Проверьте параметры запроса или обратитесь к платёжному провайдеру.",
  "Invalid Google merchant token. Contact the merchant for details.":
    "Ошибка оплаты через Google Pay. За подробностями обратитесь к продавцу.",
  "Invalid payment token. Failed to get payment details by the submitted token. Check the payment token or contact the payment service provider for details.":
    "Неверный платёжный токен: по переданному токену не удалось получить платёжные данные. Проверьте токен или обратитесь к платёжному провайдеру.",
  "Invalid payment token. Failed to complete the transaction. Contact the merchant for details.":
    "Неверный платёжный токен, оплата не прошла. За подробностями обратитесь к продавцу.",
  "Invalid AFT parameters. Check the request parameters or contact the payment service provider for details.":
    "Неверные параметры AFT. Проверьте параметры запроса или обратитесь к платёжному провайдеру.",
  "Invalid AFT parameters. Contact the merchant for details.":
    "Неверные параметры перевода (AFT). За подробностями обратитесь к продавцу.",
  "Invalid OCT parameters. Check the request parameters or contact the payment service provider for details.":
    "Неверные параметры OCT. Проверьте параметры запроса или обратитесь к платёжному провайдеру.",
  "Invalid OCT parameters. Contact the merchant for details.":
    "Неверные параметры выплаты (OCT). За подробностями обратитесь к продавцу.",
  "Currency not found. Contact the payment service provider for details.":
    "Валюта не найдена. За подробностями обратитесь к платёжному провайдеру.",
  "Currency not found. Failed to complete the transaction. Contact the merchant for details.":
    "Валюта не найдена, оплата не прошла. За подробностями обратитесь к продавцу.",
  "Gateway not defined. Send the gateway_id parameter.": "Шлюз не указан. Передайте параметр gateway_id.",
  "Payment method provider not defined. Contact the merchant for details.":
    "Поставщик платёжного метода не указан. За подробностями обратитесь к продавцу.",
  "Acquirer response error. Contact the payment service provider for details.":
    "Ошибка в ответе эквайера. За подробностями обратитесь к платёжному провайдеру.",
  "Acquirer response error.  Contact the merchant for details.":
    "Ошибка в ответе банка. За подробностями обратитесь к продавцу.",
  "Request expired. Send your request again.": "Срок действия запроса истёк. Отправьте запрос ещё раз.",
  "Request expired. Try again or contact the merchant to check the request status.":
    "Срок действия запроса истёк. Повторите попытку или уточните у продавца статус запроса.",
  "Visa Alias parameter not found. Check request parameters.":
    "Параметр Visa Alias не найден. Проверьте параметры запроса.",
  "Visa Alias not found. Check the phone number or contact the merchant for details.":
    "Visa Alias не найден. Проверьте номер телефона или обратитесь к продавцу.",
  "Invalid transaction parameters. Total amount in split section must equal the transaction amount. Check the transaction parameters or contact the payment service provider for details.":
    "Неверные параметры транзакции: сумма в разделе split должна совпадать с суммой транзакции. Проверьте параметры транзакции или обратитесь к платёжному провайдеру.",
  "Invalid transaction parameters. Total amount in split section must equal the transaction amount. Contact the merchant for details.":
    "Неверные параметры транзакции: сумма в разделе split должна совпадать с суммой транзакции. За подробностями обратитесь к продавцу.",
  "Invalid transaction parameters. tax_id required. Check the transaction parameters or contact the payment service provider for details.":
    "Неверные параметры транзакции: не передан обязательный параметр tax_id. Проверьте параметры транзакции или обратитесь к платёжному провайдеру.",
  "Invalid transaction parameters. tax_id required. Contact the merchant for details.":
    "Неверные параметры транзакции: не передан обязательный параметр tax_id. За подробностями обратитесь к продавцу.",
  "Invalid transaction parameters. tax_id supports only numbers. Check the transaction parameters or contact the payment service provider for details.":
    "Неверные параметры транзакции: tax_id принимает только числа. Проверьте параметры транзакции или обратитесь к платёжному провайдеру.",
  "Invalid transaction parameters. tax_id supports only numbers. Contact the merchant for details.":
    "Неверные параметры транзакции: tax_id принимает только числа. За подробностями обратитесь к продавцу.",
  "Invalid transaction parameters. additional_data.split section required. Check the transaction parameters or contact the payment service provider for details.":
    "Неверные параметры транзакции: не передан обязательный раздел additional_data.split. Проверьте параметры транзакции или обратитесь к платёжному провайдеру.",
  "Invalid transaction parameters. additional_data.split section required. Contact the merchant for details.":
    "Неверные параметры транзакции: не передан обязательный раздел additional_data.split. За подробностями обратитесь к продавцу.",
  "Invalid transaction parameters. screen_width is required. Check the transaction parameters or contact the payment service provider for details.":
    "Неверные параметры транзакции: не передан обязательный параметр screen_width. Проверьте параметры транзакции или обратитесь к платёжному провайдеру.",
  "Invalid transaction parameters. screen_width is required. Contact the merchant for details.":
    "Неверные параметры транзакции: не передан обязательный параметр screen_width. За подробностями обратитесь к продавцу.",
  "Invalid transaction parameters. screen_width supports only numeric values. Check the transaction parameters or contact the payment service provider for details.":
    "Неверные параметры транзакции: screen_width принимает только числа. Проверьте параметры транзакции или обратитесь к платёжному провайдеру.",
  "Invalid transaction parameters. screen_width supports only numeric values. Contact the merchant for details.":
    "Неверные параметры транзакции: screen_width принимает только числа. За подробностями обратитесь к продавцу.",
  "Invalid transaction parameters. screen_height is required. Check the transaction parameters or contact the payment service provider for details.":
    "Неверные параметры транзакции: не передан обязательный параметр screen_height. Проверьте параметры транзакции или обратитесь к платёжному провайдеру.",
  "Invalid transaction parameters. screen_height is required. Contact the merchant for details.":
    "Неверные параметры транзакции: не передан обязательный параметр screen_height. За подробностями обратитесь к продавцу.",
  "Invalid transaction parameters. screen_height supports only numeric values. Check the transaction parameters or contact the payment service provider for details.":
    "Неверные параметры транзакции: screen_height принимает только числа. Проверьте параметры транзакции или обратитесь к платёжному провайдеру.",
  "Invalid transaction parameters. screen_height supports only numeric values. Contact the merchant for details.":
    "Неверные параметры транзакции: screen_height принимает только числа. За подробностями обратитесь к продавцу.",
  "Invalid transaction parameters. screen_color_depth is required. Check the transaction parameters or contact the payment service provider for details.":
    "Неверные параметры транзакции: не передан обязательный параметр screen_color_depth. Проверьте параметры транзакции или обратитесь к платёжному провайдеру.",
  "Invalid transaction parameters. screen_color_depth is required. Contact the merchant for details.":
    "Неверные параметры транзакции: не передан обязательный параметр screen_color_depth. За подробностями обратитесь к продавцу.",
  "Invalid transaction parameters. screen_color_depth supports only numeric values. Check the transaction parameters or contact the payment service provider for details.":
    "Неверные параметры транзакции: screen_color_depth принимает только числа. Проверьте параметры транзакции или обратитесь к платёжному провайдеру.",
  "Invalid transaction parameters. screen_color_depth supports only numeric values. Contact the merchant for details.":
    "Неверные параметры транзакции: screen_color_depth принимает только числа. За подробностями обратитесь к продавцу.",
  "Invalid transaction parameters. language is required. Check the transaction parameters or contact the payment service provider for details.":
    "Неверные параметры транзакции: не передан обязательный параметр language. Проверьте параметры транзакции или обратитесь к платёжному провайдеру.",
  "Invalid transaction parameters. language is required. Contact the merchant for details.":
    "Неверные параметры транзакции: не передан обязательный параметр language. За подробностями обратитесь к продавцу.",
  "Invalid transaction parameters. Unsupported value of the language parameter. Check the transaction parameters or contact the payment service provider for details.":
    "Неверные параметры транзакции: неподдерживаемое значение параметра language. Проверьте параметры транзакции или обратитесь к платёжному провайдеру.",
  "Invalid transaction parameters. Unsupported value of the language parameter. Contact the merchant for details.":
    "Неверные параметры транзакции: неподдерживаемое значение параметра language. За подробностями обратитесь к продавцу.",
  "Invalid transaction parameters. java_enabled is required. Check the transaction parameters or contact the payment service provider for details.":
    "Неверные параметры транзакции: не передан обязательный параметр java_enabled. Проверьте параметры транзакции или обратитесь к платёжному провайдеру.",
  "Invalid transaction parameters. java_enabled is required. Contact the merchant for details.":
    "Неверные параметры транзакции: не передан обязательный параметр java_enabled. За подробностями обратитесь к продавцу.",
  "Invalid transaction parameters. java_enabled supports only boolean values. Check the transaction parameters or contact the payment service provider for details.":
    "Неверные параметры транзакции: java_enabled принимает только true или false. Проверьте параметры транзакции или обратитесь к платёжному провайдеру.",
  "Invalid transaction parameters. java_enabled supports only boolean values. Contact the merchant for details.":
    "Неверные параметры транзакции: java_enabled принимает только true или false. За подробностями обратитесь к продавцу.",
  "Invalid transaction parameters. window_height is required. Check the transaction parameters or contact the payment service provider for details.":
    "Неверные параметры транзакции: не передан обязательный параметр window_height. Проверьте параметры транзакции или обратитесь к платёжному провайдеру.",
  "Invalid transaction parameters. window_height is required. Contact the merchant for details.":
    "Неверные параметры транзакции: не передан обязательный параметр window_height. За подробностями обратитесь к продавцу.",
  "Invalid transaction parameters. window_height supports only numeric values. Check the transaction parameters or contact the payment service provider for details.":
    "Неверные параметры транзакции: window_height принимает только числа. Проверьте параметры транзакции или обратитесь к платёжному провайдеру.",
  "Invalid transaction parameters. window_height supports only numeric values. Contact the merchant for details.":
    "Неверные параметры транзакции: window_height принимает только числа. За подробностями обратитесь к продавцу.",
  "Invalid transaction parameters. window_width is required. Check the transaction parameters or contact the payment service provider for details.":
    "Неверные параметры транзакции: не передан обязательный параметр window_width. Проверьте параметры транзакции или обратитесь к платёжному провайдеру.",
  "Invalid transaction parameters. window_width is required. Contact the merchant for details.":
    "Неверные параметры транзакции: не передан обязательный параметр window_width. За подробностями обратитесь к продавцу.",
  "Invalid transaction parameters. window_width supports only numeric values. Check the transaction parameters or contact the payment service provider for details.":
    "Неверные параметры транзакции: window_width принимает только числа. Проверьте параметры транзакции или обратитесь к платёжному провайдеру.",
  "Invalid transaction parameters. window_width supports only numeric values. Contact the merchant for details.":
    "Неверные параметры транзакции: window_width принимает только числа. За подробностями обратитесь к продавцу.",
  "Invalid transaction parameters. time_zone is required. Check the transaction parameters or contact the payment service provider for details.":
    "Неверные параметры транзакции: не передан обязательный параметр time_zone. Проверьте параметры транзакции или обратитесь к платёжному провайдеру.",
  "Invalid transaction parameters. time_zone is required. Contact the merchant for details.":
    "Неверные параметры транзакции: не передан обязательный параметр time_zone. За подробностями обратитесь к продавцу.",
  "Invalid transaction parameters. Unsupported format of the time_zone parameter. Check the transaction parameters or contact the payment service provider for details.":
    "Неверные параметры транзакции: неподдерживаемый формат параметра time_zone. Проверьте параметры транзакции или обратитесь к платёжному провайдеру.",
  "Invalid transaction parameters. Unsupported format of the time_zone parameter. Contact the merchant for details.":
    "Неверные параметры транзакции: неподдерживаемый формат параметра time_zone. За подробностями обратитесь к продавцу.",
  "Invalid transaction parameters. accept_header is required. Check the transaction parameters or contact the payment service provider for details.":
    "Неверные параметры транзакции: не передан обязательный параметр accept_header. Проверьте параметры транзакции или обратитесь к платёжному провайдеру.",
  "Invalid transaction parameters. accept_header is required. Contact the merchant for details.":
    "Неверные параметры транзакции: не передан обязательный параметр accept_header. За подробностями обратитесь к продавцу.",
  "Invalid transaction parameters. Unsupported format of the accept_header parameter. Check the transaction parameters or contact the payment service provider for details.":
    "Неверные параметры транзакции: неподдерживаемый формат параметра accept_header. Проверьте параметры транзакции или обратитесь к платёжному провайдеру.",
  "Invalid transaction parameters. Unsupported format of the accept_header parameter. Contact the merchant for details.":
    "Неверные параметры транзакции: неподдерживаемый формат параметра accept_header. За подробностями обратитесь к продавцу.",
  "Invalid transaction parameters. user_agent is required. Check the transaction parameters or contact the payment service provider for details.":
    "Неверные параметры транзакции: не передан обязательный параметр user_agent. Проверьте параметры транзакции или обратитесь к платёжному провайдеру.",
  "Invalid transaction parameters. user_agent is required. Contact the merchant for details.":
    "Неверные параметры транзакции: не передан обязательный параметр user_agent. За подробностями обратитесь к продавцу.",
  "Invalid transaction parameters. Unsupported format of the user_agent parameter. Check the transaction parameters or contact the payment service provider for details.":
    "Неверные параметры транзакции: неподдерживаемый формат параметра user_agent. Проверьте параметры транзакции или обратитесь к платёжному провайдеру.",
  "Invalid transaction parameters. Unsupported format of the user_agent parameter. Contact the merchant for details.":
    "Неверные параметры транзакции: неподдерживаемый формат параметра user_agent. За подробностями обратитесь к продавцу.",
  "Invalid transaction parameters. ip_address is required. Check the transaction parameters or contact the payment service provider for details.":
    "Неверные параметры транзакции: не передан обязательный параметр ip_address. Проверьте параметры транзакции или обратитесь к платёжному провайдеру.",
  "Invalid transaction parameters. ip_address is required. Contact the merchant for details.":
    "Неверные параметры транзакции: не передан обязательный параметр ip_address. За подробностями обратитесь к продавцу.",
  "Invalid transaction parameters. Unsupported format of the ip_address parameter. Check the transaction parameters or contact the payment service provider for details.":
    "Неверные параметры транзакции: неподдерживаемый формат параметра ip_address. Проверьте параметры транзакции или обратитесь к платёжному провайдеру.",
  "Invalid transaction parameters. Unsupported format of the ip_address parameter. Contact the merchant for details.":
    "Неверные параметры транзакции: неподдерживаемый формат параметра ip_address. За подробностями обратитесь к продавцу.",
  "Encrypted data decryption error. Contact the payment service provider for details.":
    "Ошибка расшифровки зашифрованных данных. За подробностями обратитесь к платёжному провайдеру.",
  "Encrypted data decryption error. Contact the merchant for details.":
    "Ошибка обработки платёжных данных. За подробностями обратитесь к продавцу.",
  "This type of integration is not allowed for your account. If you are sure that the integration was done correctly, please contact the payment service provider for assistance.":
    "Этот тип интеграции не разрешён для вашего аккаунта. Если вы уверены, что интеграция сделана правильно, обратитесь за помощью к платёжному провайдеру.",
  "This type of integration is not allowed for your account.": "Этот тип интеграции не разрешён для аккаунта.",
  "SmartRouting - Connection error.": "SmartRouting: ошибка соединения.",
  "The transaction was declined due to security rules.": "Транзакция отклонена правилами безопасности.",
  "SmartRouting - Validation error.": "SmartRouting: ошибка валидации.",
  "SmartRouting - invalid response.": "SmartRouting: некорректный ответ.",
  "SmartRouting - resource not found.": "SmartRouting: ресурс не найден.",
  "SmartRouting - Exception in gateway action.": "SmartRouting: исключение при выполнении операции шлюза.",
  "Transaction didn't pass risk management system.": "Транзакция не прошла проверку системы управления рисками.",
  "Transaction didn't pass risk management system": "Транзакция не прошла проверку системы управления рисками",
  "The transaction was declined due to inactive gateway.": "Транзакция отклонена: шлюз неактивен.",
  "The transaction was declined due to full gateways.": "Транзакция отклонена: у всех шлюзов исчерпаны лимиты.",
  "User ID not authorized. Contact the payment service provider for details.":
    "ID пользователя не авторизован. За подробностями обратитесь к платёжному провайдеру.",
  "Account ID blocked. Contact the payment service provider for details.":
    "ID аккаунта заблокирован. За подробностями обратитесь к платёжному провайдеру.",
  "Account ID is not found. Contact the payment service provider for details.":
    "ID аккаунта не найден. За подробностями обратитесь к платёжному провайдеру.",
  "Account ID is not found. Contact the merchant for details.":
    "Аккаунт не найден. За подробностями обратитесь к продавцу.",
  "Card authentication failed, and the transaction cannot be completed.":
    "Аутентификация карты не пройдена, транзакцию нельзя завершить.",
  "Card authentication failed. Please double check that you have entered your card details correctly.":
    "Не удалось подтвердить карту. Проверьте, правильно ли введены её данные.",
  "Card is not enrolled": "Карта не подключена к 3-D Secure",
  "Your card is not enrolled for 3-D Secure. Contract your bank to activate it for the card.":
    "Ваша карта не подключена к 3-D Secure. Обратитесь в банк, чтобы подключить её.",
  "Verification status is missing. 3-D Secure service is temporarily unavailable.":
    "Нет статуса проверки: сервис 3-D Secure временно недоступен.",
  "Verification status is missing. 3-D Secure service is temporarily unavailable. Please try later or contact tech support.":
    "Не удалось получить результат проверки: сервис 3-D Secure временно недоступен. Повторите попытку позже или обратитесь в техподдержку.",
  "Verification status value provided is not valid or recognized by the 3-D Secure.":
    "3-D Secure не распознал переданное значение статуса проверки.",
  "Verification could not be completed due to an unexpected issue. Try again later or contact support.":
    "Проверку не удалось завершить из-за непредвиденной ошибки. Повторите попытку позже или обратитесь в поддержку.",
  "Authentication could not be completed due to an unexpected technical issue.":
    "Аутентификацию не удалось завершить из-за непредвиденного технического сбоя.",
  "Authentication could not be completed due to an unexpected technical issue. Please try later or contact tech support.":
    "Аутентификацию не удалось завершить из-за технического сбоя. Повторите попытку позже или обратитесь в техподдержку.",
  "Transaction failed due to 3-D Secure rules. Check the rules set for the shop or contact the payment service provider for details.":
    "Транзакция отклонена правилами 3-D Secure. Проверьте правила магазина или обратитесь к платёжному провайдеру.",
  "Transaction failed due to 3-D Secure rules. Contact the merchant for details.":
    "Оплата отклонена правилами 3-D Secure. За подробностями обратитесь к продавцу.",
  "3-D Secure service is temporarily unavailable. Please try later or contact tech support.":
    "Сервис 3-D Secure временно недоступен. Повторите попытку позже или обратитесь в техподдержку.",
  "Payment authentication response value provided is not valid or recognized by the 3-D Secure.":
    "3-D Secure не распознал переданное значение ответа аутентификации (PARes).",
  "Authentication is failed and the transaction cannot be completed successfully. Please contact your card issuer to resolve the issue.":
    "Аутентификация не пройдена, транзакцию нельзя завершить. Обратитесь в банк, выпустивший карту.",
  "An error occurred during the processing of the payment authentication response.":
    "Ошибка при обработке ответа аутентификации платежа.",
  "Payment authentication error. Check your card details and try again. If the problem persists, contact the bank's technical support.":
    "Ошибка аутентификации платежа. Проверьте данные карты и попробуйте снова. Если ошибка повторится, обратитесь в техподдержку банка.",
  "An error occurred during the processing of the payment authentication response. Please try later or contact tech support.":
    "Ошибка при обработке ответа аутентификации платежа. Повторите попытку позже или обратитесь в техподдержку.",
  "Redirect to pass 3-D Secure 1.0 verification.": "Переадресация на проверку 3-D Secure 1.0.",
  "Redirect to pass 3-D Secure verification.": "Переадресация на проверку 3-D Secure.",
  "Redirect to pass 3-D Secure 2.0 verification.": "Переадресация на проверку 3-D Secure 2.0.",
  "Card authentication failed.": "Аутентификация карты не пройдена.",
  "Card authentication failed. Please double-check that you've entered your card details correctly.":
    "Не удалось подтвердить карту. Проверьте, правильно ли введены её данные.",
  "Unknown Device": "Неизвестное устройство",
  "Unknown Device. Please try using a different device or contact your card issuer for assistance.":
    "Неизвестное устройство. Попробуйте оплатить с другого устройства или обратитесь в банк, выпустивший карту.",
  "Unsupported Device": "Неподдерживаемое устройство",
  "Unsupported Device. Please try using a different device or contact customer support for assistance.":
    "Устройство не поддерживается. Попробуйте оплатить с другого устройства или обратитесь в поддержку.",
  "Exceeds authentication frequency limit": "Превышен лимит частоты аутентификаций",
  "Exceeds authentication frequency limit. Please wait a few minutes and try again or contact your card issuer for assistance.":
    "Слишком много попыток подтверждения. Подождите несколько минут и попробуйте снова или обратитесь в банк, выпустивший карту.",
  "Expired card.": "Срок действия карты истёк.",
  "Please check the expiry date of your card and try again or contact your card issuer for assistance.":
    "Проверьте срок действия карты и попробуйте снова или обратитесь в банк, выпустивший карту.",
  "Invalid card number.": "Неверный номер карты.",
  "The card number is invalid. Please check and re-enter the details or try a different card.":
    "Неверный номер карты. Проверьте и введите данные заново или используйте другую карту.",
  "Invalid transaction.": "Недопустимая транзакция.",
  "The transaction details provided are invalid. Please double-check the details and try again or contact your card issuer for assistance.":
    "Данные транзакции некорректны. Проверьте их и попробуйте снова или обратитесь в банк, выпустивший карту.",
  "No Card record.": "Карта не найдена.",
  "No Card record. Please check that you entered the correct card details or try using a different card.":
    "Карта не найдена. Проверьте, правильно ли введены данные карты, или используйте другую карту.",
  "Security failure.": "Нарушение безопасности.",
  "Card authentication failed. Please try using a different card.":
    "Не удалось подтвердить карту. Попробуйте оплатить другой картой.",
  "Stolen card.": "Карта украдена.",
  "Card authentication failed. Please contact your card issuer for assistance.":
    "Не удалось подтвердить карту. Обратитесь за помощью в банк, выпустивший карту.",
  "Suspected fraud.": "Подозрение на мошенничество.",
  "Card authentication failed. Please double-check that your card details are entered correctly or contact your card issuer":
    "Не удалось подтвердить карту. Проверьте, правильно ли введены её данные, или обратитесь в банк, выпустивший карту.",
  "Transaction not permitted to cardholder.": "Операция запрещена для держателя карты.",
  "Transaction is not permitted for this card. Please try again with a different card or contact your card issuer for assistance.":
    "Эта операция недоступна для вашей карты. Попробуйте другую карту или обратитесь в банк, выпустивший карту.",
  "Cardholder is not enrolled in service.": "Держатель карты не подключён к сервису.",
  "Card is not enrolled in the authentication service. Please contact your card issuer for assistance.":
    "Карта не подключена к сервису аутентификации. Обратитесь за помощью в банк, выпустивший карту.",
  "Transaction timed out at the ACS.": "Истекло время ожидания на стороне ACS.",
  "The transaction timed out at the authentication service. Please try again and make sure to complete the authentication process in a timely manner.":
    "Время на подтверждение платежа истекло. Попробуйте ещё раз и пройдите проверку без задержек.",
  "Low confidence.": "Низкая степень доверия.",
  "Card authentication failed. Please contact your card issuer":
    "Не удалось подтвердить карту. Обратитесь в банк, выпустивший карту",
  "Medium confidence.": "Средняя степень доверия.",
  "High confidence.": "Высокая степень доверия.",
  "Very High confidence.": "Очень высокая степень доверия.",
  "Exceeds ACS maximum challenges.": "Превышено максимальное число проверок ACS.",
  "You've exceeded the maximum number of authentication attempts. Please wait a while and try again later.":
    "Превышено число попыток подтверждения. Подождите немного и попробуйте позже.",
  "Non-Payment transaction not supported.": "Неплатёжные транзакции не поддерживаются.",
  "This transaction type is not supported by the authentication service. Please contact our support team for assistance.":
    "Сервис аутентификации не поддерживает этот тип операции. Обратитесь за помощью в нашу службу поддержки.",
  "3RI transaction not supported.": "Транзакции 3RI не поддерживаются.",
  "The type of 3-D Secure transaction requested is not supported. Please contact our support team for assistance.":
    "Запрошенный тип транзакции 3-D Secure не поддерживается. Обратитесь за помощью в нашу службу поддержки.",
  "ACS technical issue.": "Технический сбой ACS.",
  "There is a technical issue with the Access Control Server (ACS), and the transaction cannot be completed. Please contact our support team for assistance.":
    "Технический сбой на сервере контроля доступа (ACS), транзакцию нельзя завершить. Обратитесь за помощью в нашу службу поддержки.",
  "Decoupled Authentication required by ACS but not requested by 3DS Requestor.":
    "ACS требует раздельную (decoupled) аутентификацию, но 3DS Requestor её не запросил.",
  "Additional authentication is needed for this transaction, please contact your card issuer for assistance.":
    "Для этой операции нужна дополнительная проверка. Обратитесь за помощью в банк, выпустивший карту.",
  "3DS Requestor Decoupled Max Expiry Time exceeded.":
    "Превышено максимальное время раздельной аутентификации, заданное 3DS Requestor.",
  "The maximum expiry time for decoupled authentication has been exceeded. Please try again with a different authentication method.":
    "Превышено максимальное время раздельной аутентификации. Попробуйте другой способ подтверждения.",
  "Decoupled Authentication was provided insufficient time to authenticate cardholder. ACS will not make attempt.":
    "Для раздельной аутентификации держателя карты выделено слишком мало времени; ACS не будет её выполнять.",
  "The authentication service was not given enough time to authenticate the cardholder. Please try again and make sure to complete the authentication process in a timely manner.":
    "Сервису аутентификации не хватило времени, чтобы подтвердить держателя карты. Попробуйте ещё раз и пройдите проверку без задержек.",
  "Authentication attempted but not performed by the cardholder.":
    "Аутентификация начата, но держатель карты её не прошёл.",
  "Authentication was attempted but not performed by the cardholder. Please try again and make sure to complete the authentication process yourself.":
    "Аутентификация начата, но не пройдена. Попробуйте ещё раз и пройдите проверку до конца.",
  "DS dropped reason code received from ACS.": "DS получил от ACS код причины отклонения (dropped reason code).",
  "There was an error with the authentication service. Please contact our support team for assistance.":
    "Ошибка сервиса аутентификации. Обратитесь за помощью в нашу службу поддержки.",
  "DS error.": "Ошибка DS (сервера платёжной системы).",
  "Something went wrong. Please contact our support team for assistance.":
    "Что-то пошло не так. Обратитесь за помощью в нашу службу поддержки.",
  "Error to use the saved card. Try to re-link the card or add another card. Contact the merchant for details.":
    "Не удалось оплатить сохранённой картой. Привяжите карту заново или добавьте другую. За подробностями обратитесь к продавцу.",
  "Transaction was declined.": "Транзакция отклонена.",
  "Async transaction was created.": "Создана асинхронная транзакция.",
  "Success: the call reached its final successful state.": "Успех: вызов дошёл до финального успешного состояния.",
  "The payment was successful.": "Оплата прошла успешно.",
  "Access denied: this client may not call the API or act on this order. Check the contract with Antom.":
    "Доступ запрещён: этому клиенту нельзя вызывать API или работать с этим заказом. Проверьте договор с Antom.",
  "The payment could not be processed. Please contact the merchant.":
    "Не удалось провести оплату. Пожалуйста, обратитесь к продавцу.",
  "The request signature does not verify: check the merchant private key, the signed path, request-time and the exact body bytes.":
    "Подпись запроса не сходится: проверьте приватный ключ мерчанта, подписанный путь, request-time и точные байты тела.",
  "The request signature does not verify (older spelling of INVALID_SIGNATURE).":
    "Подпись запроса не сходится (старое написание INVALID_SIGNATURE).",
  "The client is invalid: check the client-id header.": "Недействительный клиент: проверьте заголовок client-id.",
  "The client is invalid: check the client-id header (Alipay+ spelling of CLIENT_INVALID).":
    "Недействительный клиент: проверьте заголовок client-id (написание CLIENT_INVALID в Alipay+).",
  "No public key is registered for this client id and key version: upload the merchant public key in the Antom Dashboard.":
    "Для этого client-id и версии ключа не зарегистрирован публичный ключ: загрузите публичный ключ мерчанта в Antom Dashboard.",
  "The API is not defined: check the request path.": "API не существует: проверьте путь запроса.",
  "The API is invalid for this client or product.": "API недоступно для этого клиента или продукта.",
  "The HTTP method is not supported: every Antom API is a POST.":
    "HTTP-метод не поддерживается: все API Antom вызываются через POST.",
  "The media type is not acceptable: send application/json.":
    "Неприемлемый тип содержимого: отправляйте application/json.",
  "A required parameter is missing or a parameter is illegal: check the request against the API reference.":
    "Не хватает обязательного параметра или параметр недопустим: сверьте запрос со справочником API.",
  "The access token is expired, revoked or does not exist.": "Токен доступа истёк, отозван или не существует.",
  "General business failure at Antom (also used for card declines Antom cannot map): do not retry the same request; query the payment.":
    "Общий бизнес-отказ Antom (также для отказов по картам, которые Antom не может классифицировать): не повторяйте тот же запрос, запросите статус платежа.",
  "The request id was used before with different key parameters (amount, currency, payment method): use a new request id.":
    "Этот request id уже использовался с другими ключевыми параметрами (сумма, валюта, способ оплаты): используйте новый request id.",
  "Antom system error: query the transaction before retrying.":
    "Системная ошибка Antom: перед повтором запросите статус транзакции.",
  "The payment service is busy. Please try again in a moment.":
    "Платёжный сервис перегружен. Попробуйте ещё раз через минуту.",
  "Request rate above the limit: back off and retry the same request.":
    "Превышен лимит частоты запросов: сделайте паузу и повторите тот же запрос.",
  "The API failed for an unknown reason: retry the same request (same request id) or query the result.":
    "API не ответило по неизвестной причине: повторите тот же запрос (с тем же request id) или запросите результат.",
  "The order does not exist: check paymentId / paymentRequestId.":
    "Заказ не существует: проверьте paymentId / paymentRequestId.",
  "The order's status does not allow this action (for example the payment did not succeed).":
    "Статус заказа не допускает эту операцию (например, оплата не прошла).",
  "The order was cancelled: no further action is possible on it.":
    "Заказ отменён: никакие операции с ним больше невозможны.",
  "The order is closed: the payment expired before it was completed. Start a new payment with a new paymentRequestId.":
    "Заказ закрыт: срок оплаты истёк до её завершения. Начните новый платёж с новым paymentRequestId.",
  "The payment session expired. Please try again.": "Время сеанса оплаты истекло. Попробуйте ещё раз.",
  "The merchant contract does not cover this payment (product, method or currency).":
    "Договор мерчанта не покрывает этот платёж (продукт, способ оплаты или валюта).",
  "The merchant's status at Antom does not allow payments or refunds.":
    "Статус мерчанта в Antom не позволяет принимать платежи или делать возвраты.",
  "The merchant has not passed KYB for this product.": "Мерчант не прошёл KYB для этого продукта.",
  "The merchant is not registered for this payment method.": "Мерчант не подключён к этому способу оплаты.",
  "No settlement contract matches: send settlementStrategy.settlementCurrency.":
    "Нет подходящего договора на расчёты: передайте settlementStrategy.settlementCurrency.",
  "The currency is not supported for this merchant or payment method.":
    "Валюта не поддерживается для этого мерчанта или способа оплаты.",
  "This currency is not supported. Please choose another one or contact the merchant.":
    "Эта валюта не поддерживается. Выберите другую или обратитесь к продавцу.",
  "No payment option is available for this request.": "Для этого запроса нет доступных способов оплаты.",
  "No payment method is available for this order. Please contact the merchant.":
    "Для этого заказа нет доступных способов оплаты. Обратитесь к продавцу.",
  "paymentMethodMetaData is invalid (card fields, billing address, 3DS flags).":
    "Некорректный paymentMethodMetaData (поля карты, платёжный адрес, флаги 3DS).",
  "Some payment details are invalid. Please check them and try again.":
    "Некоторые платёжные данные указаны неверно. Проверьте их и попробуйте снова.",
  "The amount is invalid (not a positive integer of minor units, or not rounded as the currency requires).":
    "Неверная сумма (не целое положительное число в минорных единицах или не округлена так, как требует валюта).",
  "The payment does not qualify for this product or method.":
    "Платёж не подходит для этого продукта или способа оплаты.",
  "The selected card brand is not available to this merchant.":
    "Выбранная платёжная система недоступна этому мерчанту.",
  "This card brand is not accepted here. Please use another card.":
    "Карты этой платёжной системы здесь не принимаются. Используйте другую карту.",
  "The payment method does not support this action (renamed Sep 2022).":
    "Способ оплаты не поддерживает эту операцию (переименован в сентябре 2022).",
  "Payment in process: redirect the shopper to normalUrl and wait for notifyPayment, or query.":
    "Платёж обрабатывается: перенаправьте покупателя на normalUrl и дождитесь notifyPayment или запросите статус.",
  "Your payment is being processed. Please complete the verification if asked.":
    "Платёж обрабатывается. Если появится запрос на подтверждение, пройдите его.",
  "Insufficient funds on the card or wallet.": "Недостаточно средств на карте или в кошельке.",
  "Insufficient funds. Please check your balance or use another payment method.":
    "Недостаточно средств. Проверьте баланс или выберите другой способ оплаты.",
  "The amount exceeds the user's limit.": "Сумма превышает лимит пользователя.",
  "The amount exceeds your limit. Please contact your bank or use another payment method.":
    "Сумма превышает ваш лимит. Обратитесь в банк или выберите другой способ оплаты.",
  "The payment amount exceeds a limit (issuer, method or merchant).":
    "Сумма платежа превышает лимит (эмитента, способа оплаты или мерчанта).",
  "The amount exceeds the allowed limit. Please use another payment method.":
    "Сумма превышает допустимый лимит. Выберите другой способ оплаты.",
  "Too many payments: a frequency limit was reached.": "Слишком много платежей: достигнут лимит частоты.",
  "Too many payments in a short time. Please try again later.":
    "Слишком много платежей за короткое время. Попробуйте позже.",
  "The user has not passed KYC at the wallet.": "Пользователь не прошёл KYC в кошельке.",
  "Your account cannot make this payment. Please contact your payment provider.":
    "С вашего аккаунта нельзя совершить этот платёж. Обратитесь к своему платёжному провайдеру.",
  "The user (wallet account) does not exist.": "Пользователь (аккаунт кошелька) не существует.",
  "The account was not found. Please check your details or use another payment method.":
    "Аккаунт не найден. Проверьте данные или выберите другой способ оплаты.",
  "The user's account status is abnormal (frozen or restricted).":
    "Аккаунт пользователя в нештатном состоянии (заморожен или ограничен).",
  "Your account cannot make payments right now. Please contact your payment provider.":
    "Сейчас с вашего аккаунта нельзя платить. Обратитесь к своему платёжному провайдеру.",
  "The payment code (QR / barcode) has expired.": "Срок действия платёжного кода (QR / штрихкода) истёк.",
  "The payment code has expired. Please refresh it and try again.":
    "Срок действия платёжного кода истёк. Обновите его и попробуйте снова.",
  "The payment code (QR / barcode) is invalid.": "Платёжный код (QR / штрихкод) недействителен.",
  "The payment code is invalid. Please refresh it and try again.":
    "Платёжный код недействителен. Обновите его и попробуйте снова.",
  "The BLIK code is incorrect.": "Неверный код BLIK.",
  "The BLIK code is incorrect. Please generate a new one and try again.":
    "Неверный код BLIK. Создайте новый код и попробуйте снова.",
  "The payment is prohibited (scheme, issuer or regulatory rule).":
    "Платёж запрещён (правилом платёжной системы, эмитента или регулятора).",
  "This payment is not allowed. Please use another payment method.":
    "Этот платёж недоступен. Выберите другой способ оплаты.",
  "Rejected by Antom's risk control.": "Отклонено риск-контролем Antom.",
  "The payment was declined for security reasons. Please use another payment method.":
    "Платёж отклонён по соображениям безопасности. Выберите другой способ оплаты.",
  "Rejected as suspected fraud; if the user already paid, the money is refunded.":
    "Отклонено по подозрению в мошенничестве; если пользователь уже заплатил, деньги возвращаются.",
  "The payment was declined for security reasons. Please contact your bank.":
    "Платёж отклонён по соображениям безопасности. Обратитесь в свой банк.",
  "Suspected risk (notifyPayment / inquiryPayment only).":
    "Подозрение на риск (только в notifyPayment / inquiryPayment).",
  "The card is not supported (brand, type or issuing country).":
    "Карта не поддерживается (платёжная система, тип или страна выпуска).",
  "This card is not accepted. Please use another card.": "Эта карта не принимается. Используйте другую карту.",
  "The card number is invalid.": "Неверный номер карты.",
  "The card number is invalid. Please check it and try again.":
    "Неверный номер карты. Проверьте его и попробуйте снова.",
  "The expiry date is invalid (for example month 13).": "Неверный срок действия (например, 13-й месяц).",
  "The expiry date is invalid. Please check it and try again.":
    "Неверный срок действия карты. Проверьте его и попробуйте снова.",
  "The CVV is invalid or does not match.": "CVV неверный или не совпадает.",
  "The security code is incorrect. Please check it and try again.":
    "Неверный код безопасности. Проверьте его и попробуйте снова.",
  "The card has expired.": "Срок действия карты истёк.",
  "Your card has expired. Please use another card.": "Срок действия вашей карты истёк. Используйте другую карту.",
  "Do not honor: the issuer declined without a reason.": "Эмитент отказал без указания причины (do not honor).",
  "Your card was declined. Please use another card or contact your bank.":
    "Ваша карта отклонена. Используйте другую карту или обратитесь в свой банк.",
  "The card account is closed.": "Счёт карты закрыт.",
  "This card can no longer be used. Please use another card.":
    "Этой картой больше нельзя пользоваться. Используйте другую карту.",
  "The card is blocked until first used or activated.": "Карта заблокирована до первого использования или активации.",
  "Your card is not activated. Please contact your bank.": "Ваша карта не активирована. Обратитесь в свой банк.",
  "The card was reported lost.": "Карта заявлена как утерянная.",
  "The card was reported stolen.": "Карта заявлена как украденная.",
  "Pick up card: the issuer asks to retain the card.": "Pick up card: эмитент просит изъять карту.",
  "The card has no account of the selected type.": "У карты нет счёта выбранного типа.",
  "Declined by an issuer or scheme policy.": "Отклонено политикой эмитента или платёжной системы.",
  "The card is restricted for this kind of payment (country, merchant category, online use).":
    "Для карты действует ограничение на такие платежи (страна, категория мерчанта, оплата онлайн).",
  "Soft decline: the issuer requires 3-D Secure. Retry with is3DSAuthentication=true.":
    "Мягкий отказ: эмитент требует 3-D Secure. Повторите с is3DSAuthentication=true.",
  "Your bank requires additional verification. Please try again.":
    "Ваш банк требует дополнительного подтверждения. Попробуйте ещё раз.",
  "The shopper failed the payment verification (3-D Secure challenge or wallet verification).":
    "Покупатель не прошёл проверку платежа (challenge 3-D Secure или верификация в кошельке).",
  "Verification failed. Please try again or use another card.":
    "Проверка не пройдена. Попробуйте ещё раз или используйте другую карту.",
  "Too many failed verification attempts.": "Слишком много неудачных попыток проверки.",
  "Too many verification attempts. Please try again later.": "Слишком много попыток проверки. Попробуйте позже.",
  "The verification data does not match.": "Данные для проверки не совпадают.",
  "Verification failed. Please check your details and try again.":
    "Проверка не пройдена. Проверьте свои данные и попробуйте снова.",
  "Verification in process: wait for the final result.": "Идёт проверка: дождитесь окончательного результата.",
  "Your payment is being verified. Please wait.": "Ваш платёж проверяется. Пожалуйста, подождите.",
  "Multiple captures are not in the contract: capture once per authorization.":
    "Многократные списания не предусмотрены договором: одно списание на одну авторизацию.",
  "Capture in process: wait for notifyCapture or query.":
    "Списание обрабатывается: дождитесь notifyCapture или запросите статус.",
  "Your payment is being processed. Please wait.": "Ваш платёж обрабатывается. Пожалуйста, подождите.",
  "The capture amount exceeds what remains of the authorization.": "Сумма списания больше остатка авторизации.",
  "The authorization was cancelled: nothing to capture.": "Авторизация отменена: списывать нечего.",
  "The authorization expired (past authExpiryTime): authorize again.":
    "Срок авторизации истёк (после authExpiryTime): авторизуйте заново.",
  "No authorization was found for this paymentId.": "Для этого paymentId не найдена авторизация.",
  "Outside the contracted cancel window (cards: 7 days, never after capture): refund instead.":
    "Вне окна отмены по договору (карты: 7 дней, и никогда после списания): сделайте возврат.",
  "Refund accepted and processing: wait for notifyRefund or query inquiryRefund.":
    "Возврат принят и обрабатывается: дождитесь notifyRefund или запросите inquiryRefund.",
  "Your refund is being processed.": "Ваш возврат обрабатывается.",
  "The refunds would exceed the amount paid: fix the amount.":
    "Сумма возвратов превысила бы оплаченную: исправьте сумму.",
  "Outside the contracted refund window.": "Вне окна возврата по договору.",
  "The payment method does not support refunds.": "Способ оплаты не поддерживает возвраты.",
  "The payment method does not support partial refunds.": "Способ оплаты не поддерживает частичные возвраты.",
  "The payment method allows only one refund.": "Способ оплаты допускает только один возврат.",
  "The merchant's balance at Antom cannot fund the refund: top it up and retry.":
    "Баланса мерчанта в Antom не хватает на возврат: пополните его и повторите.",
  "System error (000000).": "Системная ошибка (000000).",
  "Something went wrong at the payment provider. Please try again later.":
    "На стороне платёжного провайдера что-то пошло не так. Попробуйте позже.",
  "API version error (000010): the endpoint's version is wrong or retired.":
    "Ошибка версии API (000010): версия эндпоинта неверная или устарела.",
  "The payment could not be started. Please contact the merchant.":
    "Не удалось начать оплату. Пожалуйста, обратитесь к продавцу.",
  "Parameter null error (000020): a required parameter is missing.":
    "Пустой параметр (000020): не передан обязательный параметр.",
  "Parameter no related information (000021): a parameter matches no record (an unknown transactionNo or reference).":
    "Нет данных по параметру (000021): параметру не соответствует ни одна запись (неизвестный transactionNo или reference).",
  "Parameters do not match (000022): the submitted parameters conflict with each other or with the transaction.":
    "Параметры не согласуются (000022): переданные параметры противоречат друг другу или транзакции.",
  "Parameter value error (000023): a parameter has an invalid value or format.":
    "Ошибка значения параметра (000023): недопустимое значение или формат.",
  "No rights / access denied (000030): this merchantNo and storeNo may not use the API.":
    "Нет прав / доступ запрещён (000030): этим merchantNo и storeNo нельзя пользоваться API.",
  "Transaction status error (000040): the transaction's status does not allow this operation.":
    "Ошибка статуса транзакции (000040): статус транзакции не допускает эту операцию.",
  "Supplier system's error (000080): the upstream wallet or processor failed.":
    "Ошибка системы поставщика (000080): сбой у вышестоящего кошелька или процессора.",
  "Success (000100): the request was accepted.": "Успех (000100): запрос принят.",
  "The request was accepted.": "Запрос принят.",
  'Signature error (000000 "data error : verifySign"): verifySign does not match the parameters and the API token.':
    "Ошибка подписи (000000 «data error : verifySign»): verifySign не соответствует параметрам и API-токену.",
  "Duplicate: the reference or refundReference was used before.":
    "Дубль: reference или refundReference уже использовался.",
  "This order was already submitted. Please check its status with the merchant.":
    "Этот заказ уже отправлен. Уточните его статус у продавца.",
  "Not supported: the vendor does not take this currency, settlement currency or terminal.":
    "Не поддерживается: поставщик не принимает эту валюту, валюту расчётов или терминал.",
  "This payment method is not available for this order. Please choose another one.":
    "Этот способ оплаты недоступен для заказа. Выберите другой.",
  "Account balance is not sufficient (000040, payouts).": "Недостаточно средств на балансе (000040, выплаты).",
  "init: created, not yet sent to the payment channel (a hosted checkout waits for the shopper).":
    "init: создан, ещё не отправлен в платёжный канал (платёжная страница ждёт покупателя).",
  "Waiting for your payment.": "Ожидаем вашу оплату.",
  "dealing: the payment channel is processing the transaction.": "dealing: платёжный канал обрабатывает транзакцию.",
  "processing: being processed (not in Pockyt's table; read like dealing).":
    "processing: обрабатывается (нет в таблице Pockyt; читаем как dealing).",
  "pending: waiting for the shopper to confirm the payment in the wallet.":
    "pending: ждём, пока покупатель подтвердит платёж в кошельке.",
  "Please confirm the payment in your wallet app.": "Подтвердите платёж в приложении кошелька.",
  "success: the payment (or refund) is complete.": "success: платёж (или возврат) завершён.",
  "Payment successful.": "Оплата прошла успешно.",
  "failed: the payment channel did not complete the payment (Pockyt gives no reason).":
    "failed: платёжный канал не завершил платёж (Pockyt не сообщает причину).",
  "The payment failed. Please try again or choose another payment method.":
    "Оплата не прошла. Попробуйте ещё раз или выберите другой способ оплаты.",
  "fail: failed (the spelling WooCommerce's IPN handler switches on).":
    "fail: неудача (это написание проверяет обработчик IPN в WooCommerce).",
  "closed: the payment was set up but the shopper did not continue; it closed unpaid after its timeout (or on a cancel).":
    "closed: платёж создан, но покупатель не продолжил; закрыт неоплаченным по таймауту (или при отмене).",
  "The payment session has expired. Please place the order again.":
    "Время сеанса оплаты истекло. Оформите заказ заново.",
  "expired: the session timed out unpaid (not in Pockyt's table; read like closed).":
    "expired: сеанс истёк без оплаты (нет в таблице Pockyt; читаем как closed).",
  "reversed: the payment was reversed through the cancel API (order cancelled); any paid amount goes back to the shopper.":
    "reversed: платёж сторнирован через API отмены (заказ отменён); оплаченная сумма возвращается покупателю.",
  "The payment was cancelled.": "Платёж отменён.",
  "The payment was declined. Please use another payment method or contact your bank.":
    "Платёж отклонён. Выберите другой способ оплаты или обратитесь в свой банк.",
  "This operation is not available for this payment method.": "Эта операция недоступна для этого способа оплаты.",
  "Card declined by the issuer; Antom reports it as PROCESS_FAIL.":
    "Эмитент отклонил карту; Antom передаёт это как PROCESS_FAIL.",
  "Accepted (000100); the payment's outcome is not known yet.": "Принято (000100); итог платежа пока неизвестен.",
};
