// The Polish texts of every catalogued provider code (ops and customer), keyed by the English text the decoders
// produce (begateway-, antom-, pockyt-catalogue.ts and their fallbacks). Written for Polish-speaking ops and shoppers,
// not word for word; code-texts.test.ts fails when a catalogue text has no entry here.
export const CODE_TEXTS_PL: Readonly<Record<string, string>> = {
  "Transaction is successful.": "Transakcja zakończona powodzeniem.",
  "The transaction is successfully processed.": "Płatność została zrealizowana.",
  "Incomplete transaction: waiting for the customer to pass 3-D Secure.":
    "Transakcja niezakończona: czekamy, aż klient przejdzie weryfikację 3-D Secure.",
  "Incomplete transaction": "Transakcja niezakończona",
  "Authorization error: Failed to complete the transaction. Check the authorization request parameters.":
    "Błąd autoryzacji: nie udało się zrealizować transakcji. Sprawdź parametry żądania autoryzacji.",
  "Authorization error: Failed to complete the transaction. Contact the payment method provider for details.":
    "Błąd autoryzacji: nie udało się zrealizować płatności. Szczegóły uzyskasz u dostawcy metody płatności.",
  "Do not honor. Contact the payment service provider for details.":
    "Odmowa banku bez podania przyczyny (do not honor). Szczegóły uzyska operator płatności.",
  "Do not honor. Failed to complete the transaction. Contact the merchant for details.":
    "Bank odrzucił płatność. Szczegóły uzyskasz u sprzedawcy.",
  "Card expired. Ask the customer to use a valid card.":
    "Karta straciła ważność. Poproś klienta o płatność ważną kartą.",
  "Card expired. Failed to complete the transaction. Use a valid card.":
    "Karta straciła ważność, płatność nie powiodła się. Użyj ważnej karty.",
  "Order ID not found. Failed to complete the transaction. Check the request parameters.":
    "Nie znaleziono ID zamówienia, transakcja nie została zrealizowana. Sprawdź parametry żądania.",
  "Order ID not found. Failed to complete the transaction. Check the transaction parameters or contact the merchant for details.":
    "Nie znaleziono zamówienia, płatność nie powiodła się. Sprawdź dane lub skontaktuj się ze sprzedawcą.",
  "Order expired. Failed to complete the transaction.": "Zamówienie wygasło, transakcja nie została zrealizowana.",
  "Order expired. Failed to complete the transaction. Contact the merchant for details.":
    "Zamówienie wygasło, płatność nie powiodła się. Szczegóły uzyskasz u sprzedawcy.",
  "CVV verification failed. Ask the customer to enter the valid card CVV.":
    "Błędny kod CVV. Poproś klienta o podanie prawidłowego kodu CVV karty.",
  "CVV verification failed. Failed to complete the transaction. Enter a valid CVV indicated on your card.":
    "Błędny kod CVV, płatność nie powiodła się. Wpisz prawidłowy kod CVV podany na karcie.",
  "Insufficient funds. Ask the customer to check the card account balance.":
    "Brak wystarczających środków. Poproś klienta o sprawdzenie salda rachunku karty.",
  "Insufficient funds. Failed to complete the transaction. Check the card account balance.":
    "Brak wystarczających środków, płatność nie powiodła się. Sprawdź saldo rachunku karty.",
  "Invalid merchant account. Contact the payment service provider or acquirer for details.":
    "Nieprawidłowe konto akceptanta. Szczegóły uzyskasz u operatora płatności lub agenta rozliczeniowego.",
  "Invalid merchant account. Failed to complete the transaction. Contact the merchant for details.":
    "Błąd po stronie sklepu, płatność nie powiodła się. Szczegóły uzyskasz u sprzedawcy.",
  "Terminal error. Unsupported data entered or terminal failure. Contact the payment service provider for details.":
    "Błąd terminala: nieobsługiwane dane lub awaria terminala. Szczegóły uzyskasz u operatora płatności.",
  "Terminal error. Failed to complete the transaction. Check the transaction parameters or use a different terminal.":
    "Błąd terminala, płatność nie powiodła się. Sprawdź dane płatności lub użyj innego terminala.",
  "Account ID blocked. Failed to complete the transaction. Check the request parameters or contact the payment service provider for details.":
    "ID konta jest zablokowane, transakcja nie została zrealizowana. Sprawdź parametry żądania lub skontaktuj się z operatorem płatności.",
  "Account ID blocked. Failed to complete the transaction. Contact your payment service provider for details.":
    "Konto jest zablokowane, płatność nie powiodła się. Szczegóły uzyskasz u swojego dostawcy usług płatniczych.",
  "Account ID not found. Failed to complete the transaction. Check the request parameters.":
    "Nie znaleziono ID konta, transakcja nie została zrealizowana. Sprawdź parametry żądania.",
  "Account ID not found. Failed to complete the transaction. Contact your payment service provider for details.":
    "Nie znaleziono konta, płatność nie powiodła się. Szczegóły uzyskasz u swojego dostawcy usług płatniczych.",
  "Authorization error. Failed to complete the transaction. Check the authorization request parameters.":
    "Błąd autoryzacji, transakcja nie została zrealizowana. Sprawdź parametry żądania autoryzacji.",
  "Authorization error. Failed to complete the transaction. Contact the merchant for details.":
    "Błąd autoryzacji, płatność nie powiodła się. Szczegóły uzyskasz u sprzedawcy.",
  "Invalid request signature. Failed to complete the transaction. Check the request signature or certificate.":
    "Nieprawidłowy podpis żądania, transakcja nie została zrealizowana. Sprawdź podpis żądania lub certyfikat.",
  "Invalid request signature. Contact the merchant for details.":
    "Błąd weryfikacji żądania. Szczegóły uzyskasz u sprzedawcy.",
  "Not allowed. Use another transaction type or contact the payment service provider for details.":
    "Operacja niedozwolona. Użyj innego typu transakcji lub skontaktuj się z operatorem płatności.",
  "Not allowed. Failed to complete the transaction. Contact the merchant for details or use another payment method.":
    "Operacja niedostępna, płatność nie powiodła się. Skontaktuj się ze sprzedawcą lub wybierz inną metodę płatności.",
  "Terminal error. Contact the payment service provider for details.":
    "Błąd terminala. Szczegóły uzyskasz u operatora płatności.",
  "Terminal error. Failed to complete the transaction. Contact the merchant for details or use another payment method.":
    "Błąd terminala, płatność nie powiodła się. Skontaktuj się ze sprzedawcą lub wybierz inną metodę płatności.",
  "Duplicate transaction or order. Check the status of the original transaction or order. Contact the payment service provider for details.":
    "Zduplikowana transakcja lub zamówienie. Sprawdź status pierwotnej transakcji lub zamówienia; szczegóły uzyskasz u operatora płatności.",
  "Duplicate order. Failed to complete the transaction. Contact the merchant for the status of the original order.":
    "Takie zamówienie już istnieje, płatność nie powiodła się. Zapytaj sprzedawcę o status pierwotnego zamówienia.",
  "Currency not supported. Check the currency in the request or contact the payment service provider for details.":
    "Waluta nie jest obsługiwana. Sprawdź walutę w żądaniu lub skontaktuj się z operatorem płatności.",
  "Currency not supported. Failed to complete the transaction. Choose another currency or contact the merchant for details.":
    "Waluta nie jest obsługiwana, płatność nie powiodła się. Wybierz inną walutę lub skontaktuj się ze sprzedawcą.",
  "Insufficient funds. Check the account balance or contact the payment service provider for details.":
    "Brak wystarczających środków. Sprawdź saldo rachunku lub skontaktuj się z operatorem płatności.",
  "Insufficient funds. Failed to complete the transaction. Check the account balance.":
    "Brak wystarczających środków, płatność nie powiodła się. Sprawdź saldo rachunku.",
  "Acquirer error. Potential fraud. The means of payment might be stolen or lost. Check your customer details.":
    "Odmowa agenta rozliczeniowego: możliwe oszustwo — instrument płatniczy mógł zostać skradziony lub zgubiony. Sprawdź dane klienta.",
  "Payment details error. Failed to complete the transaction. Contact the merchant for details.":
    "Błąd danych płatności, płatność nie powiodła się. Szczegóły uzyskasz u sprzedawcy.",
  "Issuer error. Potential fraud. The means of payment might be stolen or lost. Check your customer details.":
    "Odmowa wydawcy: możliwe oszustwo — instrument płatniczy mógł zostać skradziony lub zgubiony. Sprawdź dane klienta.",
  "Payment details error. Failed to complete the transaction. Contact the merchant or the card-issuing bank for details. The bank's phone number is indicated on the back of your card.":
    "Błąd danych płatności, płatność nie powiodła się. Skontaktuj się ze sprzedawcą lub z bankiem, który wydał kartę. Numer telefonu banku znajduje się na odwrocie karty.",
  "Temporary provider system error. Contact the payment service provider for details.":
    "Chwilowa awaria systemu operatora. Szczegóły uzyskasz u operatora płatności.",
  "Provider system error. Failed to complete the transaction. Try again later or contact the merchant for details.":
    "Awaria systemu operatora, płatność nie powiodła się. Spróbuj ponownie później lub skontaktuj się ze sprzedawcą.",
  "Provider system error. Contact the payment service provider for details.":
    "Awaria systemu operatora. Szczegóły uzyskasz u operatora płatności.",
  "Provider system error. Failed to complete the transaction. Use another payment method or contact the merchant for details.":
    "Awaria systemu operatora, płatność nie powiodła się. Wybierz inną metodę płatności lub skontaktuj się ze sprzedawcą.",
  "Temporary provider system error. Contact the card-issuing bank for details.":
    "Chwilowa awaria systemu operatora. Szczegóły uzyskasz w banku, który wydał kartę.",
  "Provider system error. Failed to complete the transaction. Try again later or contact the bank that issued your card for details. The bank's phone number is indicated on the back of your card.":
    "Awaria systemu operatora, płatność nie powiodła się. Spróbuj ponownie później lub skontaktuj się z bankiem, który wydał kartę. Numer telefonu banku znajduje się na odwrocie karty.",
  "Provider system error. Contact the card-issuing bank for details.":
    "Awaria systemu operatora. Szczegóły uzyskasz w banku, który wydał kartę.",
  "Provider system error. Failed to complete the transaction. Use another payment method or contact the bank that issued your card for details. The bank's phone number is indicated on the back of your card.":
    "Awaria systemu operatora, płatność nie powiodła się. Wybierz inną metodę płatności lub skontaktuj się z bankiem, który wydał kartę. Numer telefonu banku znajduje się na odwrocie karty.",
  "Temporary provider system error. Contact the customer’s payment service provider for details.":
    "Chwilowa awaria systemu operatora. Szczegóły uzyskasz u operatora płatności klienta.",
  "Provider system error. Failed to complete the transaction. Try again later or contact your payment service provider for details.":
    "Awaria systemu operatora, płatność nie powiodła się. Spróbuj ponownie później lub skontaktuj się ze swoim dostawcą usług płatniczych.",
  "Provider system error. Contact the customer’s payment service provider for details.":
    "Awaria systemu operatora. Szczegóły uzyskasz u operatora płatności klienta.",
  "Provider system error. Failed to complete the transaction. Use another payment method or contact your payment service provider for details.":
    "Awaria systemu operatora, płatność nie powiodła się. Wybierz inną metodę płatności lub skontaktuj się ze swoim dostawcą usług płatniczych.",
  "Transaction amount or the number of transactions exceeds the payment service provider’s limits. Check the transaction amount and the number of transactions or contact the payment service provider for details.":
    "Kwota lub liczba transakcji przekracza limity operatora płatności. Sprawdź kwotę i liczbę transakcji lub skontaktuj się z operatorem płatności.",
  "Transaction amount or the number of transactions exceeds the limits. Failed to complete the transaction. Check the transaction amount or contact the merchant for details.":
    "Przekroczono limit kwoty lub liczby transakcji, płatność nie powiodła się. Sprawdź kwotę lub skontaktuj się ze sprzedawcą.",
  "Transaction amount or the number of transactions exceeds the issuer's limits. Check the transaction amount or the number of transactions. Ask the customer to contact the card-issuing bank.":
    "Kwota lub liczba transakcji przekracza limity wydawcy. Sprawdź kwotę i liczbę transakcji; poproś klienta o kontakt z bankiem, który wydał kartę.",
  "Transaction amount or the number of transactions exceeds the limits. Failed to complete the transaction. Contact the merchant or the bank that issued your card for details. The bank's phone number is indicated on the back of your card.":
    "Przekroczono limit kwoty lub liczby transakcji, płatność nie powiodła się. Skontaktuj się ze sprzedawcą lub z bankiem, który wydał kartę. Numer telefonu banku znajduje się na odwrocie karty.",
  "Transaction amount or the number of transactions exceeds the payment service provider’s limits. Check the transaction amount and the number of transactions. Contact the customer’s payment service provider for details.":
    "Kwota lub liczba transakcji przekracza limity operatora płatności. Sprawdź kwotę i liczbę transakcji; szczegóły uzyskasz u operatora płatności klienta.",
  "Transaction amount or the number of transactions exceeds the limits. Failed to complete the transaction. Contact the merchant or your payment service provider for details.":
    "Przekroczono limit kwoty lub liczby transakcji, płatność nie powiodła się. Skontaktuj się ze sprzedawcą lub ze swoim dostawcą usług płatniczych.",
  "Wallet data error. Ask the client to check the wallet data. Contact the payment service provider for details.":
    "Błąd danych portfela. Poproś klienta o sprawdzenie danych portfela; szczegóły uzyskasz u operatora płatności.",
  "Wallet data error. Check the wallet data or use another card.":
    "Błąd danych portfela. Sprawdź dane portfela lub użyj innej karty.",
  "Invalid card data. Ask the customer to check the card data. Contact the payment service provider for details.":
    "Nieprawidłowe dane karty. Poproś klienta o sprawdzenie danych karty; szczegóły uzyskasz u operatora płatności.",
  "Invalid card data. Failed to complete the transaction. Check your card details or use another card.":
    "Nieprawidłowe dane karty, płatność nie powiodła się. Sprawdź dane karty lub użyj innej karty.",
  "Invalid request parameters. Failed to complete the transaction. Check the required request parameters.":
    "Nieprawidłowe parametry żądania, transakcja nie została zrealizowana. Sprawdź wymagane parametry żądania.",
  "Invalid request parameters. Check the transaction data or contact the merchant for details.":
    "Nieprawidłowe dane żądania. Sprawdź dane płatności lub skontaktuj się ze sprzedawcą.",
  "3-D Secure verification error. Contact the payment service provider for details.":
    "Błąd weryfikacji 3-D Secure. Szczegóły uzyskasz u operatora płatności.",
  "3-D Secure verification error. Check your 3-D Secure code or contact the payment service provider for details.":
    "Błąd weryfikacji 3-D Secure. Sprawdź kod 3-D Secure lub skontaktuj się z operatorem płatności.",
  "3-D Secure verification error. Contact the issuing bank for details.":
    "Błąd weryfikacji 3-D Secure. Szczegóły uzyskasz w banku wydawcy.",
  "3-D Secure verification error. Check your 3-D Secure code or contact your card-issuing bank for details. The bank's phone number is indicated on the back of your card.":
    "Błąd weryfikacji 3-D Secure. Sprawdź kod 3-D Secure lub skontaktuj się z bankiem, który wydał kartę. Numer telefonu banku znajduje się na odwrocie karty.",
  "Transaction confirmation error. Failed to complete the transaction. Ask the customer to confirm the payment.":
    "Błąd potwierdzenia, transakcja nie została zrealizowana. Poproś klienta o potwierdzenie płatności.",
  "Transaction confirmation error. Failed to complete the transaction. Check the payment confirmation.":
    "Błąd potwierdzenia, płatność nie powiodła się. Sprawdź, czy płatność została potwierdzona.",
  "The transaction was rejected by the client. The transaction could not be completed. Ask the customer to repeat the payment.":
    "Klient odrzucił transakcję, nie została zrealizowana. Poproś klienta o ponowną płatność.",
  "The transaction was rejected. The transaction could not be completed. Please choose another payment method or retry the payment.":
    "Płatność została odrzucona i nie została zakończona. Wybierz inną metodę płatności lub spróbuj ponownie.",
  "Wrong phone number. Failed to complete the transaction. Ask the customer to enter the phone number associated with their card.":
    "Błędny numer telefonu, transakcja nie została zrealizowana. Poproś klienta o podanie numeru powiązanego z kartą.",
  "The submitted phone number doesn’t match the one associated with your card. Failed to complete the transaction. Please enter the correct phone number.":
    "Podany numer telefonu nie zgadza się z numerem powiązanym z kartą, płatność nie powiodła się. Wpisz prawidłowy numer.",
  "Transaction confirmation error. Wrong SMS key. Ask the customer to submit the correct value.":
    "Błąd potwierdzenia: błędny kod SMS. Poproś klienta o podanie prawidłowego kodu.",
  "Transaction not confirmed by the bank. Wrong SMS key. Please check the submitted data.":
    "Bank nie potwierdził płatności: błędny kod SMS. Sprawdź wprowadzone dane.",
  "Cannot initialize a new transaction until the previous one is processed. Please ask the customer to complete the previous transaction or wait until it is completed.":
    "Nie można rozpocząć nowej transakcji, dopóki poprzednia nie zostanie przetworzona. Poproś klienta o dokończenie poprzedniej transakcji lub poczekanie na jej zakończenie.",
  "Transaction failed. Complete the previous transaction or wait until the previous transaction is finalized and try again.":
    "Płatność nie powiodła się. Dokończ poprzednią płatność lub poczekaj na jej zakończenie i spróbuj ponownie.",
  "The transaction was not verified.": "Transakcja nie przeszła weryfikacji.",
  "The transaction was not verified by the verification service VPD.":
    "Transakcja nie przeszła weryfikacji w usłudze VPD.",
  "The transaction could not be completed due to an unknown reason. Please check the details with the merchant.":
    "Nie udało się zakończyć transakcji z nieznanej przyczyny. Szczegóły uzyskasz u sprzedawcy.",
  "Transaction failed. The transaction was automatically completed by the provider's system. No further action is required.":
    "Transakcja nie powiodła się: system operatora zamknął ją automatycznie. Nie trzeba nic więcej robić.",
  "Failed to complete the transaction. Contact the payment service provider.":
    "Nie udało się zrealizować transakcji. Skontaktuj się z operatorem płatności.",
  "Failed to complete the transaction. Contact the merchant for details.":
    "Płatność nie powiodła się. Szczegóły uzyskasz u sprzedawcy.",
  "Transaction in progress.": "Transakcja w toku.",
  "Transaction is being processed. Please wait.": "Płatność jest przetwarzana. Prosimy czekać.",
  "Welcome!": "Witamy!",
  "Unknown transaction status. Contact the payment service provider for details.":
    "Nieznany status transakcji. Szczegóły uzyskasz u operatora płatności.",
  "Unknown transaction status. Contact the merchant for details.":
    "Status płatności jest nieznany. Szczegóły uzyskasz u sprzedawcy.",
  "Account ID not found: Failed to complete the transaction. Check the request parameters.":
    "Nie znaleziono ID konta: transakcja nie została zrealizowana. Sprawdź parametry żądania.",
  "Account ID not found: Failed to complete the transaction. Contact the payment method provider for details.":
    "Nie znaleziono konta: płatność nie powiodła się. Szczegóły uzyskasz u dostawcy metody płatności.",
  "Account ID blocked: Failed to complete the transaction. Check the request parameters or contact the payment method provider for details.":
    "ID konta jest zablokowane: transakcja nie została zrealizowana. Sprawdź parametry żądania lub skontaktuj się z dostawcą metody płatności.",
  "Account ID blocked: Failed to complete the transaction. Contact the payment method provider for details.":
    "Konto jest zablokowane: płatność nie powiodła się. Szczegóły uzyskasz u dostawcy metody płatności.",
  "Order ID not found: Failed to complete the transaction. Check the request parameters.":
    "Nie znaleziono ID zamówienia: transakcja nie została zrealizowana. Sprawdź parametry żądania.",
  "Order ID not found: Failed to complete the transaction. Check the transaction parameters or contact the merchant for details.":
    "Nie znaleziono zamówienia: płatność nie powiodła się. Sprawdź dane lub skontaktuj się ze sprzedawcą.",
  "Order expired: Failed to complete the transaction.": "Zamówienie wygasło: transakcja nie została zrealizowana.",
  "Order expired: Failed to complete the transaction. Contact the merchant for details.":
    "Zamówienie wygasło: płatność nie powiodła się. Szczegóły uzyskasz u sprzedawcy.",
  "Transaction confirmation error: Failed to complete the transaction. Ask the customer to confirm the payment.":
    "Błąd potwierdzenia: transakcja nie została zrealizowana. Poproś klienta o potwierdzenie płatności.",
  "Transaction confirmation error: Failed to complete the transaction. Check the payment confirmation.":
    "Błąd potwierdzenia: płatność nie powiodła się. Sprawdź, czy płatność została potwierdzona.",
  "Insufficient funds: Check the account balance or contact the payment service provider for details.":
    "Brak wystarczających środków: sprawdź saldo rachunku lub skontaktuj się z operatorem płatności.",
  "Insufficient funds: Failed to complete the transaction. Check the account balance.":
    "Brak wystarczających środków: płatność nie powiodła się. Sprawdź saldo rachunku.",
  "Invalid provider: Contact the payment service provider for details.":
    "Nieprawidłowy operator: szczegóły uzyskasz u operatora płatności.",
  "Invalid provider: Failed to complete the transaction. Contact the merchant for details.":
    "Nieprawidłowy operator: płatność nie powiodła się. Szczegóły uzyskasz u sprzedawcy.",
  "Terminal error: Contact the payment service provider for details.":
    "Błąd terminala: szczegóły uzyskasz u operatora płatności.",
  "Terminal error: Failed to complete the transaction. Check the transaction parameters or use a different terminal.":
    "Błąd terminala: płatność nie powiodła się. Sprawdź dane płatności lub użyj innego terminala.",
  "Provider system error: Contact the payment service provider for details.":
    "Awaria systemu operatora: szczegóły uzyskasz u operatora płatności.",
  "Provider system error: Failed to complete the transaction. Try again later or contact the payment method provider for details.":
    "Awaria systemu operatora: płatność nie powiodła się. Spróbuj ponownie później lub skontaktuj się z dostawcą metody płatności.",
  "Provider system error: Failed to complete the transaction. Contact the merchant for details or use another payment method.":
    "Awaria systemu operatora: płatność nie powiodła się. Skontaktuj się ze sprzedawcą lub wybierz inną metodę płatności.",
  "Provider system error: Failed to complete the transaction. Contact the payment method provider for details or use another payment method.":
    "Awaria systemu operatora: płatność nie powiodła się. Skontaktuj się z dostawcą metody płatności lub wybierz inną metodę płatności.",
  "Not allowed: Contact the payment service provider for details.":
    "Operacja niedozwolona: szczegóły uzyskasz u operatora płatności.",
  "Not allowed: Failed to complete the transaction. Contact the merchant for details or use another payment method.":
    "Operacja niedostępna: płatność nie powiodła się. Skontaktuj się ze sprzedawcą lub wybierz inną metodę płatności.",
  "Currency not supported: Check the currency in the request or contact the payment service provider for details.":
    "Waluta nie jest obsługiwana: sprawdź walutę w żądaniu lub skontaktuj się z operatorem płatności.",
  "Currency not supported: Failed to complete the transaction. Choose another currency or contact the merchant for details.":
    "Waluta nie jest obsługiwana: płatność nie powiodła się. Wybierz inną walutę lub skontaktuj się ze sprzedawcą.",
  "Duplicate transaction or order: Check the status of original transaction or order.":
    "Zduplikowana transakcja lub zamówienie: sprawdź status pierwotnej transakcji lub zamówienia.",
  "Duplicate transaction or order: Failed to complete the transaction. Contact the merchant for details.":
    "Powtórzona transakcja lub zamówienie: płatność nie powiodła się. Szczegóły uzyskasz u sprzedawcy.",
  "Wrong transaction amount: Check the transaction amount or contact the payment service provider for details.":
    "Błędna kwota transakcji: sprawdź kwotę lub skontaktuj się z operatorem płatności.",
  "Wrong transaction amount: Failed to complete the transaction. Check the transaction amount or contact the merchant for details.":
    "Błędna kwota: płatność nie powiodła się. Sprawdź kwotę lub skontaktuj się ze sprzedawcą.",
  "Payment details error: Potential fraud. Check your customer details.":
    "Błąd danych płatności: możliwe oszustwo. Sprawdź dane klienta.",
  "Payment details error: Failed to complete the transaction. Contact the merchant for details.":
    "Błąd danych płatności: płatność nie powiodła się. Szczegóły uzyskasz u sprzedawcy.",
  "Invalid request parameters: Failed to complete the transaction. Check the required request parameters.":
    "Nieprawidłowe parametry żądania: transakcja nie została zrealizowana. Sprawdź wymagane parametry żądania.",
  "Invalid request parameters: Check the transaction parameters or contact the merchant for details.":
    "Nieprawidłowe parametry żądania: sprawdź dane płatności lub skontaktuj się ze sprzedawcą.",
  "Invalid request signature: Failed to complete the transaction. Check the request signature.":
    "Nieprawidłowy podpis żądania: transakcja nie została zrealizowana. Sprawdź podpis żądania.",
  "Invalid request signature: Contact the merchant for details.":
    "Błąd weryfikacji żądania: szczegóły uzyskasz u sprzedawcy.",
  "Wallet error. Failed to complete the transaction. Check wallet data or contact the payment service provider for details.":
    "Błąd portfela, transakcja nie została zrealizowana. Sprawdź dane portfela lub skontaktuj się z operatorem płatności.",
  "Wallet error. Contact the merchant for details.": "Błąd portfela. Szczegóły uzyskasz u sprzedawcy.",
  "Provider system error. Failed to complete the transaction. Try again later or contact the payment method provider for details or select another payment method.":
    "Awaria systemu operatora, płatność nie powiodła się. Spróbuj ponownie później, skontaktuj się z dostawcą metody płatności lub wybierz inną metodę płatności.",
  "Unknown error: Failed to complete the transaction. Contact the payment service provider.":
    "Nieznany błąd: nie udało się zrealizować transakcji. Skontaktuj się z operatorem płatności.",
  "Unknown error: Failed to complete the transaction. Contact the merchant for details.":
    "Nieznany błąd: płatność nie powiodła się. Szczegóły uzyskasz u sprzedawcy.",
  "Unknown error: Contact the payment service provider for details.":
    "Nieznany błąd: szczegóły uzyskasz u operatora płatności.",
  "We are sorry, but something went wrong.": "Przepraszamy, coś poszło nie tak.",
  "Invalid request URL: Contact the payment service provider for details.":
    "Nieprawidłowy URL żądania: szczegóły uzyskasz u operatora płatności.",
  "Invalid request URL: Contact the merchant for details.": "Błąd żądania: szczegóły uzyskasz u sprzedawcy.",
  "Request URL not found: Contact the payment service provider for details.":
    "Nie znaleziono URL żądania: szczegóły uzyskasz u operatora płatności.",
  "Request URL not found: Contact the merchant for details.":
    "Nie znaleziono adresu żądania: szczegóły uzyskasz u sprzedawcy.",
  "gateway_id not found: Send the correct gateway_id or contact the payment service provider for details.":
    "Nie znaleziono gateway_id: prześlij prawidłowy gateway_id lub skontaktuj się z operatorem płatności.",
  "Payment method provider not found: Contact the merchant for details.":
    "Nie znaleziono dostawcy metody płatności: szczegóły uzyskasz u sprzedawcy.",
  "Shop not found: Contact the payment service provider for details.":
    "Nie znaleziono sklepu: szczegóły uzyskasz u operatora płatności.",
  "Shop not found: Contact the merchant for details.": "Nie znaleziono sklepu: szczegóły uzyskasz u sprzedawcy.",
  "Invalid parameters: Contact the payment service provider for details.":
    "Nieprawidłowe parametry: szczegóły uzyskasz u operatora płatności.",
  "Invalid parameters: Contact the merchant for details.": "Nieprawidłowe parametry: szczegóły uzyskasz u sprzedawcy.",
  "Unsupported gateway type: Contact the payment service provider for details.":
    "Nieobsługiwany typ bramki: szczegóły uzyskasz u operatora płatności.",
  "Unsupported gateway type: Contact the merchant for details.":
    "Nieobsługiwany typ bramki: szczegóły uzyskasz u sprzedawcy.",
  "Unsupported currency: Contact the payment service provider for details.":
    "Nieobsługiwana waluta: szczegóły uzyskasz u operatora płatności.",
  "Unsupported currency: Contact the merchant for details.": "Nieobsługiwana waluta: szczegóły uzyskasz u sprzedawcy.",
  "Invalid provider response: Contact the payment service provider for details.":
    "Nieprawidłowa odpowiedź operatora: szczegóły uzyskasz u operatora płatności.",
  "Invalid provider response: Contact the merchant for details.":
    "Nieprawidłowa odpowiedź operatora: szczegóły uzyskasz u sprzedawcy.",
  "Not allowed: Failed to process the request. Contact the merchant for details.":
    "Operacja niedostępna: nie udało się przetworzyć żądania. Szczegóły uzyskasz u sprzedawcy.",
  "Invalid test value: Check test values for the selected payment method.":
    "Nieprawidłowa wartość testowa: sprawdź dane testowe dla wybranej metody płatności.",
  "Invalid test value: Contact the merchant for details.":
    "Nieprawidłowa wartość testowa: szczegóły uzyskasz u sprzedawcy.",
  "Empty test set: Indicate the test set in the shop settings.":
    "Brak zestawu testowego: wskaż go w ustawieniach sklepu.",
  "Empty test set: Contact the merchant for details.": "Brak zestawu testowego: szczegóły uzyskasz u sprzedawcy.",
  "Wrong test set: A wrong test set is used. Use the test set indicated for the shop.":
    "Błędny zestaw testowy: użyj zestawu testowego wskazanego dla sklepu.",
  "Wrong test set: Contact the merchant for details.": "Błędny zestaw testowy: szczegóły uzyskasz u sprzedawcy.",
  "Live data not supported: Use test values only for test requests":
    "Prawdziwe dane nie są przyjmowane: w żądaniach testowych używaj wyłącznie wartości testowych.",
  "Live data not supported in test mode: Contact the merchant for details.":
    "W trybie testowym prawdziwe dane nie są przyjmowane: szczegóły uzyskasz u sprzedawcy.",
  "Transaction type not supported: Use a different transaction type or contact the payment service provider for details.":
    "Typ transakcji nie jest obsługiwany: użyj innego typu lub skontaktuj się z operatorem płatności.",
  "Transaction type not supported: Contact the merchant for details.":
    "Typ operacji nie jest obsługiwany: szczegóły uzyskasz u sprzedawcy.",
  "Request section missing: Check request parameters.":
    "W żądaniu brakuje wymaganej sekcji: sprawdź parametry żądania.",
  "Request section missing: Contact the merchant for details.": "Błąd żądania: szczegóły uzyskasz u sprzedawcy.",
  "Duplicate transaction or order: Failed to complete the transaction. Check the status of the original transaction.":
    "Zduplikowana transakcja lub zamówienie: transakcja nie została zrealizowana. Sprawdź status pierwotnej transakcji.",
  "Duplicate transaction or order: Failed to complete the transaction. Check the status of the original transaction or contact the merchant for details.":
    "Powtórzona transakcja lub zamówienie: płatność nie powiodła się. Sprawdź status pierwotnej płatności lub skontaktuj się ze sprzedawcą.",
  "Transaction in progress": "Transakcja w toku",
  "Authorization error: Check the authorization request parameters or contact the payment method provider for details.":
    "Błąd autoryzacji: sprawdź parametry żądania autoryzacji lub skontaktuj się z dostawcą metody płatności.",
  "Authorization error: Contact the merchant for details.": "Błąd autoryzacji: szczegóły uzyskasz u sprzedawcy.",
  "Access denied: Contact the payment service provider for details.":
    "Odmowa dostępu: szczegóły uzyskasz u operatora płatności.",
  "Access denied: Contact the merchant for details.": "Odmowa dostępu: szczegóły uzyskasz u sprzedawcy.",
  "Bad request: Check the request parameters.": "Nieprawidłowe żądanie: sprawdź parametry żądania.",
  "Bad request: Contact the merchant for details.": "Nieprawidłowe żądanie: szczegóły uzyskasz u sprzedawcy.",
  "MIME type not supported: Set 'Content-type' header to 'application/ json'.":
    "Nieobsługiwany typ MIME: ustaw nagłówek Content-Type na application/json.",
  "MIME type not supported: Contact the merchant for details.":
    "Nieobsługiwany typ MIME: szczegóły uzyskasz u sprzedawcy.",
  "Invalid request parameters: Check the transaction parameters or contact the payment service provider for details.":
    "Nieprawidłowe parametry żądania: sprawdź parametry transakcji lub skontaktuj się z operatorem płatności.",
  "Invalid request parameters: Contact the merchant for details.":
    "Nieprawidłowe parametry żądania: szczegóły uzyskasz u sprzedawcy.",
  "Invalid JSON: Check the request parameters.": "Nieprawidłowy JSON: sprawdź parametry żądania.",
  "Invalid JSON: Contact the merchant for details.": "Błąd w danych żądania: szczegóły uzyskasz u sprzedawcy.",
  "Parent transaction required: Customer should make a payment before a credit transaction.":
    "Wymagana transakcja nadrzędna: przed wypłatą (credit) klient musi najpierw dokonać płatności.",
  "Parent transaction required: Contact the merchant for details.":
    "Wymagana pierwotna płatność: szczegóły uzyskasz u sprzedawcy.",
  "No available gateways: Allowed gateways are missing. Contact the payment service provider for details.":
    "Brak dostępnych bramek: sklep nie ma skonfigurowanych dozwolonych bramek. Szczegóły uzyskasz u operatora płatności.",
  "No available gateways: Failed to complete the transaction. Contact the merchant for details.":
    "Brak dostępnych metod płatności: płatność nie powiodła się. Szczegóły uzyskasz u sprzedawcy.",
  "No available gateways: Failed to complete the transaction. Contact the payment service provider for details.":
    "Brak dostępnych bramek: transakcja nie została zrealizowana. Szczegóły uzyskasz u operatora płatności.",
  "Invalid payment token: Failed to get payment details by the submitted token. Check the payment token or contact the payment service provider for details.":
    "Nieprawidłowy token płatniczy: nie udało się pobrać danych płatności na podstawie przesłanego tokenu. Sprawdź token lub skontaktuj się z operatorem płatności.",
  "Invalid payment token: Failed to complete the transaction. Contact the merchant for details.":
    "Nieprawidłowy token płatniczy: płatność nie powiodła się. Szczegóły uzyskasz u sprzedawcy.",
  "Currency not found: Contact the payment service provider for details.":
    "Nie znaleziono waluty: szczegóły uzyskasz u operatora płatności.",
  "Currency not found: Failed to complete the transaction. Contact the merchant for details.":
    "Nie znaleziono waluty: płatność nie powiodła się. Szczegóły uzyskasz u sprzedawcy.",
  "Gateway not defined: Send the gateway_id parameter.": "Nie wskazano bramki: prześlij parametr gateway_id.",
  "Payment method provider not defined: Contact the merchant for details.":
    "Nie wskazano dostawcy metody płatności: szczegóły uzyskasz u sprzedawcy.",
  "Provider response error: Contact the payment service provider for details.":
    "Błąd w odpowiedzi operatora: szczegóły uzyskasz u operatora płatności.",
  "Provider response error: Contact the merchant for details.":
    "Błąd w odpowiedzi operatora: szczegóły uzyskasz u sprzedawcy.",
  "Request expired: Send your request again.": "Żądanie wygasło: wyślij je ponownie.",
  "Request expired: Try again or contact the merchant to check the request status.":
    "Żądanie wygasło: spróbuj ponownie lub zapytaj sprzedawcę o status żądania.",
  "Transaction not found.": "Nie znaleziono transakcji.",
  "Existing transaction not found: Contact the payment service provider for details.":
    "Nie znaleziono istniejącej transakcji: szczegóły uzyskasz u operatora płatności.",
  "Unknown error. Contact the payment service provider for details.":
    "Nieznany błąd. Szczegóły uzyskasz u operatora płatności.",
  "Invalid request URL. Contact the payment service provider for details.":
    "Nieprawidłowy URL żądania. Szczegóły uzyskasz u operatora płatności.",
  "Invalid request URL. Contact the merchant for details.": "Błąd żądania. Szczegóły uzyskasz u sprzedawcy.",
  "Request URL not found. Contact the payment service provider for details.":
    "Nie znaleziono URL żądania. Szczegóły uzyskasz u operatora płatności.",
  "Request URL not found. Contact the merchant for details.":
    "Nie znaleziono adresu żądania. Szczegóły uzyskasz u sprzedawcy.",
  "gateway_id not found. Send the correct gateway_id or contact the payment service provider for details.":
    "Nie znaleziono gateway_id. Prześlij prawidłowy gateway_id lub skontaktuj się z operatorem płatności.",
  "Payment gateway not found. Contact the merchant for details.":
    "Nie znaleziono bramki płatniczej. Szczegóły uzyskasz u sprzedawcy.",
  "Shop not found. Contact the payment service provider for details.":
    "Nie znaleziono sklepu. Szczegóły uzyskasz u operatora płatności.",
  "Shop not found. Contact the merchant for details.": "Nie znaleziono sklepu. Szczegóły uzyskasz u sprzedawcy.",
  "Invalid parameters. Contact the payment service provider for details.":
    "Nieprawidłowe parametry. Szczegóły uzyskasz u operatora płatności.",
  "Invalid parameters. Contact the merchant for details.": "Nieprawidłowe parametry. Szczegóły uzyskasz u sprzedawcy.",
  "Unsupported gateway type. Contact the payment service provider for details.":
    "Nieobsługiwany typ bramki. Szczegóły uzyskasz u operatora płatności.",
  "Unsupported gateway type. Contact the merchant for details.":
    "Nieobsługiwany typ bramki. Szczegóły uzyskasz u sprzedawcy.",
  "Unsupported currency. Contact the payment service provider for details.":
    "Nieobsługiwana waluta. Szczegóły uzyskasz u operatora płatności.",
  "Unsupported currency. Contact the merchant for details.": "Nieobsługiwana waluta. Szczegóły uzyskasz u sprzedawcy.",
  "Unsupported card type. Contact the payment service provider for details.":
    "Nieobsługiwany typ karty. Szczegóły uzyskasz u operatora płatności.",
  "Unsupported card type. Contact the merchant for details.":
    "Karty tego typu nie są akceptowane. Szczegóły uzyskasz u sprzedawcy.",
  "Not allowed. Contact the payment service provider for details.":
    "Operacja niedozwolona. Szczegóły uzyskasz u operatora płatności.",
  "Not allowed. Failed to process the request. Contact the merchant for details.":
    "Operacja niedostępna: nie udało się przetworzyć żądania. Szczegóły uzyskasz u sprzedawcy.",
  "Card data decryption error. Contact the payment service provider for details.":
    "Błąd odszyfrowania danych karty. Szczegóły uzyskasz u operatora płatności.",
  "Not allowed to use PAN. Contact the payment service provider for details.":
    "Użycie numeru PAN jest niedozwolone. Szczegóły uzyskasz u operatora płatności.",
  "Not allowed to use PAN. Failed to complete the transaction. Contact the merchant for details.":
    "Płatność numerem karty jest niedostępna, płatność nie powiodła się. Szczegóły uzyskasz u sprzedawcy.",
  "Invalid test value. Check test values for the selected payment method.":
    "Nieprawidłowa wartość testowa. Sprawdź dane testowe dla wybranej metody płatności.",
  "Invalid test value. Contact the merchant for details.":
    "Nieprawidłowa wartość testowa. Szczegóły uzyskasz u sprzedawcy.",
  "Empty test set. Indicate the test set in the shop settings.":
    "Brak zestawu testowego. Wskaż go w ustawieniach sklepu.",
  "Empty test set. Contact the merchant for details.": "Brak zestawu testowego. Szczegóły uzyskasz u sprzedawcy.",
  "Wrong test set. A wrong test set is used. Use the test set indicated for the shop.":
    "Błędny zestaw testowy. Użyj zestawu testowego wskazanego dla sklepu.",
  "Wrong test set. Contact the merchant for details.": "Błędny zestaw testowy. Szczegóły uzyskasz u sprzedawcy.",
  "Live data not supported. Use test values only for test requests":
    "Prawdziwe dane nie są przyjmowane. W żądaniach testowych używaj wyłącznie wartości testowych.",
  "Live data not supported in test mode. Contact the merchant for details.":
    "W trybie testowym prawdziwe dane nie są przyjmowane. Szczegóły uzyskasz u sprzedawcy.",
  "Transaction type not supported. Use a different transaction type or contact the payment service provider for details.":
    "Typ transakcji nie jest obsługiwany. Użyj innego typu lub skontaktuj się z operatorem płatności.",
  "Transaction type not supported. Contact the merchant for details.":
    "Typ operacji nie jest obsługiwany. Szczegóły uzyskasz u sprzedawcy.",
  "Request section missing. Check request parameters.":
    "W żądaniu brakuje wymaganej sekcji. Sprawdź parametry żądania.",
  "Request section missing. Contact the merchant for details.": "Błąd żądania. Szczegóły uzyskasz u sprzedawcy.",
  "Duplicate transaction or order. Failed to complete the transaction. Check the status of the original transaction.":
    "Zduplikowana transakcja lub zamówienie, transakcja nie została zrealizowana. Sprawdź status pierwotnej transakcji.",
  "Duplicate transaction or order. Failed to complete the transaction. Check the status of the original transaction or contact the merchant for details.":
    "Powtórzona transakcja lub zamówienie, płatność nie powiodła się. Sprawdź status pierwotnej płatności lub skontaktuj się ze sprzedawcą.",
  "Authorization error. Check the authorization request parameters or contact the payment service provider for details.":
    "Błąd autoryzacji. Sprawdź parametry żądania autoryzacji lub skontaktuj się z operatorem płatności.",
  "Authorization error. Contact the merchant for details.": "Błąd autoryzacji. Szczegóły uzyskasz u sprzedawcy.",
  "Access denied. Contact the payment service provider for details.":
    "Odmowa dostępu. Szczegóły uzyskasz u operatora płatności.",
  "Access denied. Contact the merchant for details.": "Odmowa dostępu. Szczegóły uzyskasz u sprzedawcy.",
  "Bad request. Check the request parameters.": "Nieprawidłowe żądanie. Sprawdź parametry żądania.",
  "Bad request. Contact the merchant for details.": "Nieprawidłowe żądanie. Szczegóły uzyskasz u sprzedawcy.",
  "MIME type not supported. Set 'Content-type' header to 'application/ json'.":
    "Nieobsługiwany typ MIME. Ustaw nagłówek Content-Type na application/json.",
  "MIME type not supported. Contact the merchant for details.":
    "Nieobsługiwany typ MIME. Szczegóły uzyskasz u sprzedawcy.",
  "Invalid request parameters.orCheck the transaction parameters or contact the payment service provider for details.":
    "Nieprawidłowe parametry żądania. Sprawdź parametry transakcji lub skontaktuj się z operatorem płatności.",
  "Invalid request parameters. Contact the merchant for details.":
    "Nieprawidłowe parametry żądania. Szczegóły uzyskasz u sprzedawcy.",
  "Invalid JSON. Check the request parameters.": "Nieprawidłowy JSON. Sprawdź parametry żądania.",
  "Invalid JSON. Contact the merchant for details.": "Błąd w danych żądania. Szczegóły uzyskasz u sprzedawcy.",
  "Parent transaction required. Customer should make a payment before a credit transaction.":
    "Wymagana transakcja nadrzędna. Przed wypłatą (credit) klient musi najpierw dokonać płatności.",
  "Parent transaction required. Contact the merchant for details.":
    "Wymagana pierwotna płatność. Szczegóły uzyskasz u sprzedawcy.",
  "No available gateways. Allowed gateways are missing. Contact the payment service provider for details.":
    "Brak dostępnych bramek: sklep nie ma skonfigurowanych dozwolonych bramek. Szczegóły uzyskasz u operatora płatności.",
  "No available gateways. Failed to complete the transaction. Contact the merchant for details.":
    "Brak dostępnych metod płatności, płatność nie powiodła się. Szczegóły uzyskasz u sprzedawcy.",
  "Invalid Google merchant token. Check the request parameters or contact the payment service provider for details.":
    "Nieprawidłowy Google merchant token. Sprawdź parametry żądania lub skontaktuj się z operatorem płatności.",
  "Invalid Google merchant token. Contact the merchant for details.":
    "Błąd płatności przez Google Pay. Szczegóły uzyskasz u sprzedawcy.",
  "Invalid payment token. Failed to get payment details by the submitted token. Check the payment token or contact the payment service provider for details.":
    "Nieprawidłowy token płatniczy: nie udało się pobrać danych płatności na podstawie przesłanego tokenu. Sprawdź token lub skontaktuj się z operatorem płatności.",
  "Invalid payment token. Failed to complete the transaction. Contact the merchant for details.":
    "Nieprawidłowy token płatniczy, płatność nie powiodła się. Szczegóły uzyskasz u sprzedawcy.",
  "Invalid AFT parameters. Check the request parameters or contact the payment service provider for details.":
    "Nieprawidłowe parametry AFT. Sprawdź parametry żądania lub skontaktuj się z operatorem płatności.",
  "Invalid AFT parameters. Contact the merchant for details.":
    "Nieprawidłowe parametry przelewu (AFT). Szczegóły uzyskasz u sprzedawcy.",
  "Invalid OCT parameters. Check the request parameters or contact the payment service provider for details.":
    "Nieprawidłowe parametry OCT. Sprawdź parametry żądania lub skontaktuj się z operatorem płatności.",
  "Invalid OCT parameters. Contact the merchant for details.":
    "Nieprawidłowe parametry wypłaty (OCT). Szczegóły uzyskasz u sprzedawcy.",
  "Currency not found. Contact the payment service provider for details.":
    "Nie znaleziono waluty. Szczegóły uzyskasz u operatora płatności.",
  "Currency not found. Failed to complete the transaction. Contact the merchant for details.":
    "Nie znaleziono waluty, płatność nie powiodła się. Szczegóły uzyskasz u sprzedawcy.",
  "Gateway not defined. Send the gateway_id parameter.": "Nie wskazano bramki. Prześlij parametr gateway_id.",
  "Payment method provider not defined. Contact the merchant for details.":
    "Nie wskazano dostawcy metody płatności. Szczegóły uzyskasz u sprzedawcy.",
  "Acquirer response error. Contact the payment service provider for details.":
    "Błąd w odpowiedzi agenta rozliczeniowego. Szczegóły uzyskasz u operatora płatności.",
  "Acquirer response error.  Contact the merchant for details.":
    "Błąd w odpowiedzi banku. Szczegóły uzyskasz u sprzedawcy.",
  "Request expired. Send your request again.": "Żądanie wygasło. Wyślij je ponownie.",
  "Request expired. Try again or contact the merchant to check the request status.":
    "Żądanie wygasło. Spróbuj ponownie lub zapytaj sprzedawcę o status żądania.",
  "Visa Alias parameter not found. Check request parameters.":
    "Nie znaleziono parametru Visa Alias. Sprawdź parametry żądania.",
  "Visa Alias not found. Check the phone number or contact the merchant for details.":
    "Nie znaleziono aliasu Visa. Sprawdź numer telefonu lub skontaktuj się ze sprzedawcą.",
  "Invalid transaction parameters. Total amount in split section must equal the transaction amount. Check the transaction parameters or contact the payment service provider for details.":
    "Nieprawidłowe parametry transakcji: suma kwot w sekcji split musi być równa kwocie transakcji. Sprawdź parametry transakcji lub skontaktuj się z operatorem płatności.",
  "Invalid transaction parameters. Total amount in split section must equal the transaction amount. Contact the merchant for details.":
    "Nieprawidłowe parametry transakcji: suma kwot w sekcji split musi być równa kwocie transakcji. Szczegóły uzyskasz u sprzedawcy.",
  "Invalid transaction parameters. tax_id required. Check the transaction parameters or contact the payment service provider for details.":
    "Nieprawidłowe parametry transakcji: brak wymaganego parametru tax_id. Sprawdź parametry transakcji lub skontaktuj się z operatorem płatności.",
  "Invalid transaction parameters. tax_id required. Contact the merchant for details.":
    "Nieprawidłowe parametry transakcji: brak wymaganego parametru tax_id. Szczegóły uzyskasz u sprzedawcy.",
  "Invalid transaction parameters. tax_id supports only numbers. Check the transaction parameters or contact the payment service provider for details.":
    "Nieprawidłowe parametry transakcji: tax_id przyjmuje tylko wartości liczbowe. Sprawdź parametry transakcji lub skontaktuj się z operatorem płatności.",
  "Invalid transaction parameters. tax_id supports only numbers. Contact the merchant for details.":
    "Nieprawidłowe parametry transakcji: tax_id przyjmuje tylko wartości liczbowe. Szczegóły uzyskasz u sprzedawcy.",
  "Invalid transaction parameters. additional_data.split section required. Check the transaction parameters or contact the payment service provider for details.":
    "Nieprawidłowe parametry transakcji: brak wymaganej sekcji additional_data.split. Sprawdź parametry transakcji lub skontaktuj się z operatorem płatności.",
  "Invalid transaction parameters. additional_data.split section required. Contact the merchant for details.":
    "Nieprawidłowe parametry transakcji: brak wymaganej sekcji additional_data.split. Szczegóły uzyskasz u sprzedawcy.",
  "Invalid transaction parameters. screen_width is required. Check the transaction parameters or contact the payment service provider for details.":
    "Nieprawidłowe parametry transakcji: brak wymaganego parametru screen_width. Sprawdź parametry transakcji lub skontaktuj się z operatorem płatności.",
  "Invalid transaction parameters. screen_width is required. Contact the merchant for details.":
    "Nieprawidłowe parametry transakcji: brak wymaganego parametru screen_width. Szczegóły uzyskasz u sprzedawcy.",
  "Invalid transaction parameters. screen_width supports only numeric values. Check the transaction parameters or contact the payment service provider for details.":
    "Nieprawidłowe parametry transakcji: screen_width przyjmuje tylko wartości liczbowe. Sprawdź parametry transakcji lub skontaktuj się z operatorem płatności.",
  "Invalid transaction parameters. screen_width supports only numeric values. Contact the merchant for details.":
    "Nieprawidłowe parametry transakcji: screen_width przyjmuje tylko wartości liczbowe. Szczegóły uzyskasz u sprzedawcy.",
  "Invalid transaction parameters. screen_height is required. Check the transaction parameters or contact the payment service provider for details.":
    "Nieprawidłowe parametry transakcji: brak wymaganego parametru screen_height. Sprawdź parametry transakcji lub skontaktuj się z operatorem płatności.",
  "Invalid transaction parameters. screen_height is required. Contact the merchant for details.":
    "Nieprawidłowe parametry transakcji: brak wymaganego parametru screen_height. Szczegóły uzyskasz u sprzedawcy.",
  "Invalid transaction parameters. screen_height supports only numeric values. Check the transaction parameters or contact the payment service provider for details.":
    "Nieprawidłowe parametry transakcji: screen_height przyjmuje tylko wartości liczbowe. Sprawdź parametry transakcji lub skontaktuj się z operatorem płatności.",
  "Invalid transaction parameters. screen_height supports only numeric values. Contact the merchant for details.":
    "Nieprawidłowe parametry transakcji: screen_height przyjmuje tylko wartości liczbowe. Szczegóły uzyskasz u sprzedawcy.",
  "Invalid transaction parameters. screen_color_depth is required. Check the transaction parameters or contact the payment service provider for details.":
    "Nieprawidłowe parametry transakcji: brak wymaganego parametru screen_color_depth. Sprawdź parametry transakcji lub skontaktuj się z operatorem płatności.",
  "Invalid transaction parameters. screen_color_depth is required. Contact the merchant for details.":
    "Nieprawidłowe parametry transakcji: brak wymaganego parametru screen_color_depth. Szczegóły uzyskasz u sprzedawcy.",
  "Invalid transaction parameters. screen_color_depth supports only numeric values. Check the transaction parameters or contact the payment service provider for details.":
    "Nieprawidłowe parametry transakcji: screen_color_depth przyjmuje tylko wartości liczbowe. Sprawdź parametry transakcji lub skontaktuj się z operatorem płatności.",
  "Invalid transaction parameters. screen_color_depth supports only numeric values. Contact the merchant for details.":
    "Nieprawidłowe parametry transakcji: screen_color_depth przyjmuje tylko wartości liczbowe. Szczegóły uzyskasz u sprzedawcy.",
  "Invalid transaction parameters. language is required. Check the transaction parameters or contact the payment service provider for details.":
    "Nieprawidłowe parametry transakcji: brak wymaganego parametru language. Sprawdź parametry transakcji lub skontaktuj się z operatorem płatności.",
  "Invalid transaction parameters. language is required. Contact the merchant for details.":
    "Nieprawidłowe parametry transakcji: brak wymaganego parametru language. Szczegóły uzyskasz u sprzedawcy.",
  "Invalid transaction parameters. Unsupported value of the language parameter. Check the transaction parameters or contact the payment service provider for details.":
    "Nieprawidłowe parametry transakcji: nieobsługiwana wartość parametru language. Sprawdź parametry transakcji lub skontaktuj się z operatorem płatności.",
  "Invalid transaction parameters. Unsupported value of the language parameter. Contact the merchant for details.":
    "Nieprawidłowe parametry transakcji: nieobsługiwana wartość parametru language. Szczegóły uzyskasz u sprzedawcy.",
  "Invalid transaction parameters. java_enabled is required. Check the transaction parameters or contact the payment service provider for details.":
    "Nieprawidłowe parametry transakcji: brak wymaganego parametru java_enabled. Sprawdź parametry transakcji lub skontaktuj się z operatorem płatności.",
  "Invalid transaction parameters. java_enabled is required. Contact the merchant for details.":
    "Nieprawidłowe parametry transakcji: brak wymaganego parametru java_enabled. Szczegóły uzyskasz u sprzedawcy.",
  "Invalid transaction parameters. java_enabled supports only boolean values. Check the transaction parameters or contact the payment service provider for details.":
    "Nieprawidłowe parametry transakcji: java_enabled przyjmuje tylko wartości logiczne (true/false). Sprawdź parametry transakcji lub skontaktuj się z operatorem płatności.",
  "Invalid transaction parameters. java_enabled supports only boolean values. Contact the merchant for details.":
    "Nieprawidłowe parametry transakcji: java_enabled przyjmuje tylko wartości logiczne (true/false). Szczegóły uzyskasz u sprzedawcy.",
  "Invalid transaction parameters. window_height is required. Check the transaction parameters or contact the payment service provider for details.":
    "Nieprawidłowe parametry transakcji: brak wymaganego parametru window_height. Sprawdź parametry transakcji lub skontaktuj się z operatorem płatności.",
  "Invalid transaction parameters. window_height is required. Contact the merchant for details.":
    "Nieprawidłowe parametry transakcji: brak wymaganego parametru window_height. Szczegóły uzyskasz u sprzedawcy.",
  "Invalid transaction parameters. window_height supports only numeric values. Check the transaction parameters or contact the payment service provider for details.":
    "Nieprawidłowe parametry transakcji: window_height przyjmuje tylko wartości liczbowe. Sprawdź parametry transakcji lub skontaktuj się z operatorem płatności.",
  "Invalid transaction parameters. window_height supports only numeric values. Contact the merchant for details.":
    "Nieprawidłowe parametry transakcji: window_height przyjmuje tylko wartości liczbowe. Szczegóły uzyskasz u sprzedawcy.",
  "Invalid transaction parameters. window_width is required. Check the transaction parameters or contact the payment service provider for details.":
    "Nieprawidłowe parametry transakcji: brak wymaganego parametru window_width. Sprawdź parametry transakcji lub skontaktuj się z operatorem płatności.",
  "Invalid transaction parameters. window_width is required. Contact the merchant for details.":
    "Nieprawidłowe parametry transakcji: brak wymaganego parametru window_width. Szczegóły uzyskasz u sprzedawcy.",
  "Invalid transaction parameters. window_width supports only numeric values. Check the transaction parameters or contact the payment service provider for details.":
    "Nieprawidłowe parametry transakcji: window_width przyjmuje tylko wartości liczbowe. Sprawdź parametry transakcji lub skontaktuj się z operatorem płatności.",
  "Invalid transaction parameters. window_width supports only numeric values. Contact the merchant for details.":
    "Nieprawidłowe parametry transakcji: window_width przyjmuje tylko wartości liczbowe. Szczegóły uzyskasz u sprzedawcy.",
  "Invalid transaction parameters. time_zone is required. Check the transaction parameters or contact the payment service provider for details.":
    "Nieprawidłowe parametry transakcji: brak wymaganego parametru time_zone. Sprawdź parametry transakcji lub skontaktuj się z operatorem płatności.",
  "Invalid transaction parameters. time_zone is required. Contact the merchant for details.":
    "Nieprawidłowe parametry transakcji: brak wymaganego parametru time_zone. Szczegóły uzyskasz u sprzedawcy.",
  "Invalid transaction parameters. Unsupported format of the time_zone parameter. Check the transaction parameters or contact the payment service provider for details.":
    "Nieprawidłowe parametry transakcji: nieobsługiwany format parametru time_zone. Sprawdź parametry transakcji lub skontaktuj się z operatorem płatności.",
  "Invalid transaction parameters. Unsupported format of the time_zone parameter. Contact the merchant for details.":
    "Nieprawidłowe parametry transakcji: nieobsługiwany format parametru time_zone. Szczegóły uzyskasz u sprzedawcy.",
  "Invalid transaction parameters. accept_header is required. Check the transaction parameters or contact the payment service provider for details.":
    "Nieprawidłowe parametry transakcji: brak wymaganego parametru accept_header. Sprawdź parametry transakcji lub skontaktuj się z operatorem płatności.",
  "Invalid transaction parameters. accept_header is required. Contact the merchant for details.":
    "Nieprawidłowe parametry transakcji: brak wymaganego parametru accept_header. Szczegóły uzyskasz u sprzedawcy.",
  "Invalid transaction parameters. Unsupported format of the accept_header parameter. Check the transaction parameters or contact the payment service provider for details.":
    "Nieprawidłowe parametry transakcji: nieobsługiwany format parametru accept_header. Sprawdź parametry transakcji lub skontaktuj się z operatorem płatności.",
  "Invalid transaction parameters. Unsupported format of the accept_header parameter. Contact the merchant for details.":
    "Nieprawidłowe parametry transakcji: nieobsługiwany format parametru accept_header. Szczegóły uzyskasz u sprzedawcy.",
  "Invalid transaction parameters. user_agent is required. Check the transaction parameters or contact the payment service provider for details.":
    "Nieprawidłowe parametry transakcji: brak wymaganego parametru user_agent. Sprawdź parametry transakcji lub skontaktuj się z operatorem płatności.",
  "Invalid transaction parameters. user_agent is required. Contact the merchant for details.":
    "Nieprawidłowe parametry transakcji: brak wymaganego parametru user_agent. Szczegóły uzyskasz u sprzedawcy.",
  "Invalid transaction parameters. Unsupported format of the user_agent parameter. Check the transaction parameters or contact the payment service provider for details.":
    "Nieprawidłowe parametry transakcji: nieobsługiwany format parametru user_agent. Sprawdź parametry transakcji lub skontaktuj się z operatorem płatności.",
  "Invalid transaction parameters. Unsupported format of the user_agent parameter. Contact the merchant for details.":
    "Nieprawidłowe parametry transakcji: nieobsługiwany format parametru user_agent. Szczegóły uzyskasz u sprzedawcy.",
  "Invalid transaction parameters. ip_address is required. Check the transaction parameters or contact the payment service provider for details.":
    "Nieprawidłowe parametry transakcji: brak wymaganego parametru ip_address. Sprawdź parametry transakcji lub skontaktuj się z operatorem płatności.",
  "Invalid transaction parameters. ip_address is required. Contact the merchant for details.":
    "Nieprawidłowe parametry transakcji: brak wymaganego parametru ip_address. Szczegóły uzyskasz u sprzedawcy.",
  "Invalid transaction parameters. Unsupported format of the ip_address parameter. Check the transaction parameters or contact the payment service provider for details.":
    "Nieprawidłowe parametry transakcji: nieobsługiwany format parametru ip_address. Sprawdź parametry transakcji lub skontaktuj się z operatorem płatności.",
  "Invalid transaction parameters. Unsupported format of the ip_address parameter. Contact the merchant for details.":
    "Nieprawidłowe parametry transakcji: nieobsługiwany format parametru ip_address. Szczegóły uzyskasz u sprzedawcy.",
  "Encrypted data decryption error. Contact the payment service provider for details.":
    "Błąd odszyfrowania zaszyfrowanych danych. Szczegóły uzyskasz u operatora płatności.",
  "Encrypted data decryption error. Contact the merchant for details.":
    "Błąd przetwarzania danych płatności. Szczegóły uzyskasz u sprzedawcy.",
  "This type of integration is not allowed for your account. If you are sure that the integration was done correctly, please contact the payment service provider for assistance.":
    "Ten typ integracji nie jest dozwolony dla Twojego konta. Jeśli integracja na pewno jest poprawna, poproś o pomoc operatora płatności.",
  "This type of integration is not allowed for your account.": "Ten typ integracji nie jest dozwolony dla konta.",
  "SmartRouting - Connection error.": "SmartRouting: błąd połączenia.",
  "The transaction was declined due to security rules.": "Transakcja odrzucona przez reguły bezpieczeństwa.",
  "SmartRouting - Validation error.": "SmartRouting: błąd walidacji.",
  "SmartRouting - invalid response.": "SmartRouting: nieprawidłowa odpowiedź.",
  "SmartRouting - resource not found.": "SmartRouting: nie znaleziono zasobu.",
  "SmartRouting - Exception in gateway action.": "SmartRouting: wyjątek podczas operacji bramki.",
  "Transaction didn't pass risk management system.":
    "Transakcja nie przeszła weryfikacji systemu zarządzania ryzykiem.",
  "Transaction didn't pass risk management system": "Transakcja nie przeszła weryfikacji systemu zarządzania ryzykiem",
  "The transaction was declined due to inactive gateway.": "Transakcja odrzucona: bramka jest nieaktywna.",
  "The transaction was declined due to full gateways.": "Transakcja odrzucona: wszystkie bramki wyczerpały limity.",
  "User ID not authorized. Contact the payment service provider for details.":
    "ID użytkownika nie ma uprawnień. Szczegóły uzyskasz u operatora płatności.",
  "Account ID blocked. Contact the payment service provider for details.":
    "ID konta jest zablokowane. Szczegóły uzyskasz u operatora płatności.",
  "Account ID is not found. Contact the payment service provider for details.":
    "Nie znaleziono ID konta. Szczegóły uzyskasz u operatora płatności.",
  "Account ID is not found. Contact the merchant for details.":
    "Nie znaleziono konta. Szczegóły uzyskasz u sprzedawcy.",
  "Card authentication failed, and the transaction cannot be completed.":
    "Uwierzytelnienie karty nie powiodło się, transakcji nie można zakończyć.",
  "Card authentication failed. Please double check that you have entered your card details correctly.":
    "Nie udało się uwierzytelnić karty. Sprawdź, czy dane karty zostały wpisane poprawnie.",
  "Card is not enrolled": "Karta nie jest zarejestrowana w 3-D Secure",
  "Your card is not enrolled for 3-D Secure. Contract your bank to activate it for the card.":
    "Twoja karta nie jest zarejestrowana w 3-D Secure. Skontaktuj się z bankiem, aby ją aktywować.",
  "Verification status is missing. 3-D Secure service is temporarily unavailable.":
    "Brak statusu weryfikacji: usługa 3-D Secure jest chwilowo niedostępna.",
  "Verification status is missing. 3-D Secure service is temporarily unavailable. Please try later or contact tech support.":
    "Nie udało się uzyskać wyniku weryfikacji: usługa 3-D Secure jest chwilowo niedostępna. Spróbuj ponownie później lub skontaktuj się z pomocą techniczną.",
  "Verification status value provided is not valid or recognized by the 3-D Secure.":
    "3-D Secure nie rozpoznał przekazanej wartości statusu weryfikacji.",
  "Verification could not be completed due to an unexpected issue. Try again later or contact support.":
    "Nie udało się dokończyć weryfikacji z powodu nieoczekiwanego problemu. Spróbuj ponownie później lub skontaktuj się z pomocą techniczną.",
  "Authentication could not be completed due to an unexpected technical issue.":
    "Nie udało się dokończyć uwierzytelnienia z powodu nieoczekiwanej awarii technicznej.",
  "Authentication could not be completed due to an unexpected technical issue. Please try later or contact tech support.":
    "Nie udało się dokończyć uwierzytelnienia z powodu awarii technicznej. Spróbuj ponownie później lub skontaktuj się z pomocą techniczną.",
  "Transaction failed due to 3-D Secure rules. Check the rules set for the shop or contact the payment service provider for details.":
    "Transakcja odrzucona przez reguły 3-D Secure. Sprawdź reguły ustawione dla sklepu lub skontaktuj się z operatorem płatności.",
  "Transaction failed due to 3-D Secure rules. Contact the merchant for details.":
    "Płatność odrzucona przez reguły 3-D Secure. Szczegóły uzyskasz u sprzedawcy.",
  "3-D Secure service is temporarily unavailable. Please try later or contact tech support.":
    "Usługa 3-D Secure jest chwilowo niedostępna. Spróbuj ponownie później lub skontaktuj się z pomocą techniczną.",
  "Payment authentication response value provided is not valid or recognized by the 3-D Secure.":
    "3-D Secure nie rozpoznał przekazanej wartości odpowiedzi uwierzytelnienia (PARes).",
  "Authentication is failed and the transaction cannot be completed successfully. Please contact your card issuer to resolve the issue.":
    "Uwierzytelnienie nie powiodło się, transakcji nie można zakończyć. Skontaktuj się z bankiem, który wydał kartę.",
  "An error occurred during the processing of the payment authentication response.":
    "Błąd podczas przetwarzania odpowiedzi uwierzytelnienia płatności.",
  "Payment authentication error. Check your card details and try again. If the problem persists, contact the bank's technical support.":
    "Błąd uwierzytelnienia płatności. Sprawdź dane karty i spróbuj ponownie. Jeśli problem się powtórzy, skontaktuj się z pomocą techniczną banku.",
  "An error occurred during the processing of the payment authentication response. Please try later or contact tech support.":
    "Błąd podczas przetwarzania odpowiedzi uwierzytelnienia płatności. Spróbuj ponownie później lub skontaktuj się z pomocą techniczną.",
  "Redirect to pass 3-D Secure 1.0 verification.": "Przekierowanie do weryfikacji 3-D Secure 1.0.",
  "Redirect to pass 3-D Secure verification.": "Przekierowanie do weryfikacji 3-D Secure.",
  "Redirect to pass 3-D Secure 2.0 verification.": "Przekierowanie do weryfikacji 3-D Secure 2.0.",
  "Card authentication failed.": "Uwierzytelnienie karty nie powiodło się.",
  "Card authentication failed. Please double-check that you've entered your card details correctly.":
    "Nie udało się uwierzytelnić karty. Sprawdź, czy dane karty zostały wpisane poprawnie.",
  "Unknown Device": "Nieznane urządzenie",
  "Unknown Device. Please try using a different device or contact your card issuer for assistance.":
    "Nieznane urządzenie. Spróbuj zapłacić na innym urządzeniu lub skontaktuj się z bankiem, który wydał kartę.",
  "Unsupported Device": "Nieobsługiwane urządzenie",
  "Unsupported Device. Please try using a different device or contact customer support for assistance.":
    "Urządzenie nie jest obsługiwane. Spróbuj zapłacić na innym urządzeniu lub skontaktuj się z obsługą klienta.",
  "Exceeds authentication frequency limit": "Przekroczono limit częstotliwości uwierzytelnień",
  "Exceeds authentication frequency limit. Please wait a few minutes and try again or contact your card issuer for assistance.":
    "Zbyt wiele prób uwierzytelnienia. Odczekaj kilka minut i spróbuj ponownie lub skontaktuj się z bankiem, który wydał kartę.",
  "Expired card.": "Karta straciła ważność.",
  "Please check the expiry date of your card and try again or contact your card issuer for assistance.":
    "Sprawdź datę ważności karty i spróbuj ponownie lub skontaktuj się z bankiem, który wydał kartę.",
  "Invalid card number.": "Nieprawidłowy numer karty.",
  "The card number is invalid. Please check and re-enter the details or try a different card.":
    "Numer karty jest nieprawidłowy. Sprawdź go i wpisz ponownie lub użyj innej karty.",
  "Invalid transaction.": "Nieprawidłowa transakcja.",
  "The transaction details provided are invalid. Please double-check the details and try again or contact your card issuer for assistance.":
    "Dane transakcji są nieprawidłowe. Sprawdź je i spróbuj ponownie lub skontaktuj się z bankiem, który wydał kartę.",
  "No Card record.": "Nie znaleziono karty.",
  "No Card record. Please check that you entered the correct card details or try using a different card.":
    "Nie znaleziono karty. Sprawdź, czy dane karty są poprawne, lub użyj innej karty.",
  "Security failure.": "Naruszenie bezpieczeństwa.",
  "Card authentication failed. Please try using a different card.":
    "Nie udało się uwierzytelnić karty. Spróbuj zapłacić inną kartą.",
  "Stolen card.": "Karta skradziona.",
  "Card authentication failed. Please contact your card issuer for assistance.":
    "Nie udało się uwierzytelnić karty. Poproś o pomoc bank, który wydał kartę.",
  "Suspected fraud.": "Podejrzenie oszustwa.",
  "Card authentication failed. Please double-check that your card details are entered correctly or contact your card issuer":
    "Nie udało się uwierzytelnić karty. Sprawdź, czy dane karty zostały wpisane poprawnie, lub skontaktuj się z bankiem, który wydał kartę.",
  "Transaction not permitted to cardholder.": "Transakcja niedozwolona dla posiadacza karty.",
  "Transaction is not permitted for this card. Please try again with a different card or contact your card issuer for assistance.":
    "Ta transakcja jest niedozwolona dla tej karty. Spróbuj inną kartą lub skontaktuj się z bankiem, który wydał kartę.",
  "Cardholder is not enrolled in service.": "Posiadacz karty nie jest zarejestrowany w usłudze.",
  "Card is not enrolled in the authentication service. Please contact your card issuer for assistance.":
    "Karta nie jest zarejestrowana w usłudze uwierzytelniania. Poproś o pomoc bank, który wydał kartę.",
  "Transaction timed out at the ACS.": "Upłynął limit czasu po stronie ACS.",
  "The transaction timed out at the authentication service. Please try again and make sure to complete the authentication process in a timely manner.":
    "Upłynął czas na uwierzytelnienie płatności. Spróbuj ponownie i dokończ uwierzytelnienie bez zwłoki.",
  "Low confidence.": "Niski poziom zaufania.",
  "Card authentication failed. Please contact your card issuer":
    "Nie udało się uwierzytelnić karty. Skontaktuj się z bankiem, który wydał kartę",
  "Medium confidence.": "Średni poziom zaufania.",
  "High confidence.": "Wysoki poziom zaufania.",
  "Very High confidence.": "Bardzo wysoki poziom zaufania.",
  "Exceeds ACS maximum challenges.": "Przekroczono maksymalną liczbę weryfikacji ACS.",
  "You've exceeded the maximum number of authentication attempts. Please wait a while and try again later.":
    "Przekroczono liczbę prób uwierzytelnienia. Odczekaj chwilę i spróbuj ponownie później.",
  "Non-Payment transaction not supported.": "Transakcje niepłatnicze nie są obsługiwane.",
  "This transaction type is not supported by the authentication service. Please contact our support team for assistance.":
    "Usługa uwierzytelniania nie obsługuje tego typu transakcji. Poproś o pomoc nasz zespół wsparcia.",
  "3RI transaction not supported.": "Transakcje 3RI nie są obsługiwane.",
  "The type of 3-D Secure transaction requested is not supported. Please contact our support team for assistance.":
    "Żądany typ transakcji 3-D Secure nie jest obsługiwany. Poproś o pomoc nasz zespół wsparcia.",
  "ACS technical issue.": "Problem techniczny ACS.",
  "There is a technical issue with the Access Control Server (ACS), and the transaction cannot be completed. Please contact our support team for assistance.":
    "Wystąpił problem techniczny po stronie serwera kontroli dostępu (ACS), transakcji nie można zakończyć. Poproś o pomoc nasz zespół wsparcia.",
  "Decoupled Authentication required by ACS but not requested by 3DS Requestor.":
    "ACS wymaga uwierzytelnienia rozdzielonego (decoupled), ale 3DS Requestor go nie zażądał.",
  "Additional authentication is needed for this transaction, please contact your card issuer for assistance.":
    "Ta transakcja wymaga dodatkowego uwierzytelnienia. Poproś o pomoc bank, który wydał kartę.",
  "3DS Requestor Decoupled Max Expiry Time exceeded.":
    "Przekroczono maksymalny czas uwierzytelnienia rozdzielonego ustawiony przez 3DS Requestor.",
  "The maximum expiry time for decoupled authentication has been exceeded. Please try again with a different authentication method.":
    "Przekroczono maksymalny czas uwierzytelnienia rozdzielonego. Spróbuj innej metody uwierzytelnienia.",
  "Decoupled Authentication was provided insufficient time to authenticate cardholder. ACS will not make attempt.":
    "Na uwierzytelnienie rozdzielone posiadacza karty przewidziano za mało czasu; ACS nie podejmie próby.",
  "The authentication service was not given enough time to authenticate the cardholder. Please try again and make sure to complete the authentication process in a timely manner.":
    "Usłudze uwierzytelniania zabrakło czasu na uwierzytelnienie posiadacza karty. Spróbuj ponownie i dokończ uwierzytelnienie bez zwłoki.",
  "Authentication attempted but not performed by the cardholder.":
    "Uwierzytelnienie zostało rozpoczęte, ale posiadacz karty go nie dokończył.",
  "Authentication was attempted but not performed by the cardholder. Please try again and make sure to complete the authentication process yourself.":
    "Uwierzytelnienie zostało rozpoczęte, ale nie zostało dokończone. Spróbuj ponownie i przejdź je do końca.",
  "DS dropped reason code received from ACS.": "DS otrzymał od ACS kod przyczyny odrzucenia (dropped reason code).",
  "There was an error with the authentication service. Please contact our support team for assistance.":
    "Błąd usługi uwierzytelniania. Poproś o pomoc nasz zespół wsparcia.",
  "DS error.": "Błąd DS (serwera organizacji płatniczej).",
  "Something went wrong. Please contact our support team for assistance.":
    "Coś poszło nie tak. Poproś o pomoc nasz zespół wsparcia.",
  "Error to use the saved card. Try to re-link the card or add another card. Contact the merchant for details.":
    "Nie udało się użyć zapisanej karty. Powiąż kartę ponownie lub dodaj inną. Szczegóły uzyskasz u sprzedawcy.",
  "Transaction was declined.": "Transakcja została odrzucona.",
  "Async transaction was created.": "Utworzono transakcję asynchroniczną.",
  "Success: the call reached its final successful state.": "Sukces: wywołanie osiągnęło końcowy stan powodzenia.",
  "The payment was successful.": "Płatność zakończyła się powodzeniem.",
  "Access denied: this client may not call the API or act on this order. Check the contract with Antom.":
    "Odmowa dostępu: ten klient nie może wywołać API ani działać na tym zamówieniu. Sprawdź umowę z Antom.",
  "The payment could not be processed. Please contact the merchant.":
    "Nie udało się zrealizować płatności. Skontaktuj się ze sprzedawcą.",
  "The request signature does not verify: check the merchant private key, the signed path, request-time and the exact body bytes.":
    "Podpis żądania się nie zgadza: sprawdź klucz prywatny akceptanta, podpisaną ścieżkę, request-time i dokładne bajty treści.",
  "The request signature does not verify (older spelling of INVALID_SIGNATURE).":
    "Podpis żądania się nie zgadza (starsza pisownia INVALID_SIGNATURE).",
  "The client is invalid: check the client-id header.": "Nieprawidłowy klient: sprawdź nagłówek client-id.",
  "The client is invalid: check the client-id header (Alipay+ spelling of CLIENT_INVALID).":
    "Nieprawidłowy klient: sprawdź nagłówek client-id (pisownia CLIENT_INVALID w Alipay+).",
  "No public key is registered for this client id and key version: upload the merchant public key in the Antom Dashboard.":
    "Dla tego client-id i wersji klucza nie zarejestrowano klucza publicznego: wgraj klucz publiczny akceptanta w Antom Dashboard.",
  "The API is not defined: check the request path.": "API nie istnieje: sprawdź ścieżkę żądania.",
  "The API is invalid for this client or product.": "API jest niedostępne dla tego klienta lub produktu.",
  "The HTTP method is not supported: every Antom API is a POST.":
    "Metoda HTTP nie jest obsługiwana: każde API Antom wywołuje się metodą POST.",
  "The media type is not acceptable: send application/json.": "Nieakceptowany typ treści: wysyłaj application/json.",
  "A required parameter is missing or a parameter is illegal: check the request against the API reference.":
    "Brakuje wymaganego parametru lub parametr jest niedozwolony: porównaj żądanie z dokumentacją API.",
  "The access token is expired, revoked or does not exist.":
    "Token dostępu wygasł, został unieważniony lub nie istnieje.",
  "General business failure at Antom (also used for card declines Antom cannot map): do not retry the same request; query the payment.":
    "Ogólna odmowa biznesowa Antom (także dla odmów kartowych, których Antom nie potrafi sklasyfikować): nie ponawiaj tego samego żądania, sprawdź status płatności.",
  "The request id was used before with different key parameters (amount, currency, payment method): use a new request id.":
    "Ten request id był już użyty z innymi kluczowymi parametrami (kwota, waluta, metoda płatności): użyj nowego request id.",
  "Antom system error: query the transaction before retrying.":
    "Błąd systemu Antom: przed ponowieniem sprawdź status transakcji.",
  "The payment service is busy. Please try again in a moment.":
    "Usługa płatności jest przeciążona. Spróbuj ponownie za chwilę.",
  "Request rate above the limit: back off and retry the same request.":
    "Przekroczono limit liczby żądań: odczekaj i ponów to samo żądanie.",
  "The API failed for an unknown reason: retry the same request (same request id) or query the result.":
    "API zawiodło z nieznanej przyczyny: ponów to samo żądanie (z tym samym request id) lub sprawdź wynik.",
  "The order does not exist: check paymentId / paymentRequestId.":
    "Zamówienie nie istnieje: sprawdź paymentId / paymentRequestId.",
  "The order's status does not allow this action (for example the payment did not succeed).":
    "Status zamówienia nie pozwala na tę operację (np. płatność się nie powiodła).",
  "The order was cancelled: no further action is possible on it.":
    "Zamówienie zostało anulowane: nie można już na nim wykonać żadnej operacji.",
  "The order is closed: the payment expired before it was completed. Start a new payment with a new paymentRequestId.":
    "Zamówienie jest zamknięte: płatność wygasła, zanim została dokończona. Rozpocznij nową płatność z nowym paymentRequestId.",
  "The payment session expired. Please try again.": "Sesja płatności wygasła. Spróbuj ponownie.",
  "The merchant contract does not cover this payment (product, method or currency).":
    "Umowa akceptanta nie obejmuje tej płatności (produkt, metoda lub waluta).",
  "The merchant's status at Antom does not allow payments or refunds.":
    "Status akceptanta w Antom nie pozwala na płatności ani zwroty.",
  "The merchant has not passed KYB for this product.": "Akceptant nie przeszedł weryfikacji KYB dla tego produktu.",
  "The merchant is not registered for this payment method.":
    "Akceptant nie jest zarejestrowany dla tej metody płatności.",
  "No settlement contract matches: send settlementStrategy.settlementCurrency.":
    "Brak pasującej umowy rozliczeniowej: prześlij settlementStrategy.settlementCurrency.",
  "The currency is not supported for this merchant or payment method.":
    "Waluta nie jest obsługiwana dla tego akceptanta lub metody płatności.",
  "This currency is not supported. Please choose another one or contact the merchant.":
    "Ta waluta nie jest obsługiwana. Wybierz inną lub skontaktuj się ze sprzedawcą.",
  "No payment option is available for this request.": "Dla tego żądania nie ma dostępnej opcji płatności.",
  "No payment method is available for this order. Please contact the merchant.":
    "Dla tego zamówienia nie ma dostępnej metody płatności. Skontaktuj się ze sprzedawcą.",
  "paymentMethodMetaData is invalid (card fields, billing address, 3DS flags).":
    "Nieprawidłowe paymentMethodMetaData (pola karty, adres rozliczeniowy, flagi 3DS).",
  "Some payment details are invalid. Please check them and try again.":
    "Niektóre dane płatności są nieprawidłowe. Sprawdź je i spróbuj ponownie.",
  "The amount is invalid (not a positive integer of minor units, or not rounded as the currency requires).":
    "Nieprawidłowa kwota (nie jest dodatnią liczbą całkowitą w jednostkach podstawowych lub nie jest zaokrąglona zgodnie z walutą).",
  "The payment does not qualify for this product or method.":
    "Płatność nie kwalifikuje się do tego produktu lub metody.",
  "The selected card brand is not available to this merchant.":
    "Wybrana marka karty jest niedostępna dla tego akceptanta.",
  "This card brand is not accepted here. Please use another card.":
    "Karty tej marki nie są tu akceptowane. Użyj innej karty.",
  "The payment method does not support this action (renamed Sep 2022).":
    "Metoda płatności nie obsługuje tej operacji (nazwa zmieniona we wrześniu 2022).",
  "Payment in process: redirect the shopper to normalUrl and wait for notifyPayment, or query.":
    "Płatność w toku: przekieruj kupującego na normalUrl i poczekaj na notifyPayment lub sprawdź status.",
  "Your payment is being processed. Please complete the verification if asked.":
    "Płatność jest przetwarzana. Jeśli pojawi się prośba o weryfikację, dokończ ją.",
  "Insufficient funds on the card or wallet.": "Brak wystarczających środków na karcie lub w portfelu.",
  "Insufficient funds. Please check your balance or use another payment method.":
    "Brak wystarczających środków. Sprawdź saldo lub wybierz inną metodę płatności.",
  "The amount exceeds the user's limit.": "Kwota przekracza limit użytkownika.",
  "The amount exceeds your limit. Please contact your bank or use another payment method.":
    "Kwota przekracza Twój limit. Skontaktuj się z bankiem lub wybierz inną metodę płatności.",
  "The payment amount exceeds a limit (issuer, method or merchant).":
    "Kwota płatności przekracza limit (wydawcy, metody lub akceptanta).",
  "The amount exceeds the allowed limit. Please use another payment method.":
    "Kwota przekracza dozwolony limit. Wybierz inną metodę płatności.",
  "Too many payments: a frequency limit was reached.": "Zbyt wiele płatności: osiągnięto limit częstotliwości.",
  "Too many payments in a short time. Please try again later.":
    "Zbyt wiele płatności w krótkim czasie. Spróbuj ponownie później.",
  "The user has not passed KYC at the wallet.": "Użytkownik nie przeszedł weryfikacji KYC w portfelu.",
  "Your account cannot make this payment. Please contact your payment provider.":
    "Z Twojego konta nie można wykonać tej płatności. Skontaktuj się ze swoim dostawcą płatności.",
  "The user (wallet account) does not exist.": "Użytkownik (konto portfela) nie istnieje.",
  "The account was not found. Please check your details or use another payment method.":
    "Nie znaleziono konta. Sprawdź dane lub wybierz inną metodę płatności.",
  "The user's account status is abnormal (frozen or restricted).":
    "Konto użytkownika jest w nieprawidłowym stanie (zamrożone lub ograniczone).",
  "Your account cannot make payments right now. Please contact your payment provider.":
    "Z Twojego konta nie można teraz płacić. Skontaktuj się ze swoim dostawcą płatności.",
  "The payment code (QR / barcode) has expired.": "Kod płatności (QR / kod kreskowy) wygasł.",
  "The payment code has expired. Please refresh it and try again.":
    "Kod płatności wygasł. Odśwież go i spróbuj ponownie.",
  "The payment code (QR / barcode) is invalid.": "Kod płatności (QR / kod kreskowy) jest nieprawidłowy.",
  "The payment code is invalid. Please refresh it and try again.":
    "Kod płatności jest nieprawidłowy. Odśwież go i spróbuj ponownie.",
  "The BLIK code is incorrect.": "Błędny kod BLIK.",
  "The BLIK code is incorrect. Please generate a new one and try again.":
    "Kod BLIK jest błędny. Wygeneruj nowy kod i spróbuj ponownie.",
  "The payment is prohibited (scheme, issuer or regulatory rule).":
    "Płatność jest zabroniona (reguła organizacji płatniczej, wydawcy lub regulatora).",
  "This payment is not allowed. Please use another payment method.":
    "Ta płatność jest niedozwolona. Wybierz inną metodę płatności.",
  "Rejected by Antom's risk control.": "Odrzucone przez kontrolę ryzyka Antom.",
  "The payment was declined for security reasons. Please use another payment method.":
    "Płatność odrzucona ze względów bezpieczeństwa. Wybierz inną metodę płatności.",
  "Rejected as suspected fraud; if the user already paid, the money is refunded.":
    "Odrzucone z powodu podejrzenia oszustwa; jeśli użytkownik już zapłacił, pieniądze zostaną zwrócone.",
  "The payment was declined for security reasons. Please contact your bank.":
    "Płatność odrzucona ze względów bezpieczeństwa. Skontaktuj się ze swoim bankiem.",
  "Suspected risk (notifyPayment / inquiryPayment only).": "Podejrzenie ryzyka (tylko notifyPayment / inquiryPayment).",
  "The card is not supported (brand, type or issuing country).":
    "Karta nie jest obsługiwana (marka, typ lub kraj wydania).",
  "This card is not accepted. Please use another card.": "Ta karta nie jest akceptowana. Użyj innej karty.",
  "The card number is invalid.": "Numer karty jest nieprawidłowy.",
  "The card number is invalid. Please check it and try again.":
    "Numer karty jest nieprawidłowy. Sprawdź go i spróbuj ponownie.",
  "The expiry date is invalid (for example month 13).": "Nieprawidłowa data ważności (np. miesiąc 13).",
  "The expiry date is invalid. Please check it and try again.":
    "Data ważności jest nieprawidłowa. Sprawdź ją i spróbuj ponownie.",
  "The CVV is invalid or does not match.": "Kod CVV jest nieprawidłowy lub się nie zgadza.",
  "The security code is incorrect. Please check it and try again.":
    "Kod bezpieczeństwa jest nieprawidłowy. Sprawdź go i spróbuj ponownie.",
  "The card has expired.": "Karta straciła ważność.",
  "Your card has expired. Please use another card.": "Twoja karta straciła ważność. Użyj innej karty.",
  "Do not honor: the issuer declined without a reason.": "Wydawca odmówił bez podania przyczyny (do not honor).",
  "Your card was declined. Please use another card or contact your bank.":
    "Twoja karta została odrzucona. Użyj innej karty lub skontaktuj się ze swoim bankiem.",
  "The card account is closed.": "Rachunek karty jest zamknięty.",
  "This card can no longer be used. Please use another card.": "Tej karty nie można już używać. Użyj innej karty.",
  "The card is blocked until first used or activated.": "Karta jest zablokowana do pierwszego użycia lub aktywacji.",
  "Your card is not activated. Please contact your bank.":
    "Twoja karta nie jest aktywna. Skontaktuj się ze swoim bankiem.",
  "The card was reported lost.": "Karta została zgłoszona jako zgubiona.",
  "The card was reported stolen.": "Karta została zgłoszona jako skradziona.",
  "Pick up card: the issuer asks to retain the card.": "Pick up card: wydawca prosi o zatrzymanie karty.",
  "The card has no account of the selected type.": "Karta nie ma rachunku wybranego typu.",
  "Declined by an issuer or scheme policy.": "Odrzucone przez politykę wydawcy lub organizacji płatniczej.",
  "The card is restricted for this kind of payment (country, merchant category, online use).":
    "Karta ma ograniczenie dla tego rodzaju płatności (kraj, kategoria akceptanta, płatności online).",
  "Soft decline: the issuer requires 3-D Secure. Retry with is3DSAuthentication=true.":
    "Miękka odmowa: wydawca wymaga 3-D Secure. Ponów z is3DSAuthentication=true.",
  "Your bank requires additional verification. Please try again.":
    "Twój bank wymaga dodatkowej weryfikacji. Spróbuj ponownie.",
  "The shopper failed the payment verification (3-D Secure challenge or wallet verification).":
    "Kupujący nie przeszedł weryfikacji płatności (challenge 3-D Secure lub weryfikacja w portfelu).",
  "Verification failed. Please try again or use another card.":
    "Weryfikacja nie powiodła się. Spróbuj ponownie lub użyj innej karty.",
  "Too many failed verification attempts.": "Zbyt wiele nieudanych prób weryfikacji.",
  "Too many verification attempts. Please try again later.": "Zbyt wiele prób weryfikacji. Spróbuj ponownie później.",
  "The verification data does not match.": "Dane weryfikacyjne się nie zgadzają.",
  "Verification failed. Please check your details and try again.":
    "Weryfikacja nie powiodła się. Sprawdź swoje dane i spróbuj ponownie.",
  "Verification in process: wait for the final result.": "Weryfikacja w toku: poczekaj na ostateczny wynik.",
  "Your payment is being verified. Please wait.": "Twoja płatność jest weryfikowana. Prosimy czekać.",
  "Multiple captures are not in the contract: capture once per authorization.":
    "Wielokrotne obciążenia nie są objęte umową: jedno obciążenie na autoryzację.",
  "Capture in process: wait for notifyCapture or query.":
    "Obciążenie w toku: poczekaj na notifyCapture lub sprawdź status.",
  "Your payment is being processed. Please wait.": "Twoja płatność jest przetwarzana. Prosimy czekać.",
  "The capture amount exceeds what remains of the authorization.":
    "Kwota obciążenia przekracza pozostałą kwotę autoryzacji.",
  "The authorization was cancelled: nothing to capture.": "Autoryzacja została anulowana: nie ma czego obciążyć.",
  "The authorization expired (past authExpiryTime): authorize again.":
    "Autoryzacja wygasła (po authExpiryTime): autoryzuj ponownie.",
  "No authorization was found for this paymentId.": "Nie znaleziono autoryzacji dla tego paymentId.",
  "Outside the contracted cancel window (cards: 7 days, never after capture): refund instead.":
    "Poza umownym oknem anulowania (karty: 7 dni, nigdy po obciążeniu): wykonaj zwrot.",
  "Refund accepted and processing: wait for notifyRefund or query inquiryRefund.":
    "Zwrot przyjęty i w toku: poczekaj na notifyRefund lub sprawdź przez inquiryRefund.",
  "Your refund is being processed.": "Twój zwrot jest przetwarzany.",
  "The refunds would exceed the amount paid: fix the amount.":
    "Suma zwrotów przekroczyłaby zapłaconą kwotę: popraw kwotę.",
  "Outside the contracted refund window.": "Poza umownym oknem zwrotu.",
  "The payment method does not support refunds.": "Metoda płatności nie obsługuje zwrotów.",
  "The payment method does not support partial refunds.": "Metoda płatności nie obsługuje zwrotów częściowych.",
  "The payment method allows only one refund.": "Metoda płatności pozwala tylko na jeden zwrot.",
  "The merchant's balance at Antom cannot fund the refund: top it up and retry.":
    "Saldo akceptanta w Antom nie pokrywa zwrotu: zasil je i ponów.",
  "System error (000000).": "Błąd systemu (000000).",
  "Something went wrong at the payment provider. Please try again later.":
    "Coś poszło nie tak po stronie operatora płatności. Spróbuj ponownie później.",
  "API version error (000010): the endpoint's version is wrong or retired.":
    "Błąd wersji API (000010): wersja endpointu jest błędna lub wycofana.",
  "The payment could not be started. Please contact the merchant.":
    "Nie udało się rozpocząć płatności. Skontaktuj się ze sprzedawcą.",
  "Parameter null error (000020): a required parameter is missing.":
    "Pusty parametr (000020): brakuje wymaganego parametru.",
  "Parameter no related information (000021): a parameter matches no record (an unknown transactionNo or reference).":
    "Brak danych dla parametru (000021): parametr nie pasuje do żadnego rekordu (nieznany transactionNo lub reference).",
  "Parameters do not match (000022): the submitted parameters conflict with each other or with the transaction.":
    "Parametry się nie zgadzają (000022): przesłane parametry są sprzeczne ze sobą lub z transakcją.",
  "Parameter value error (000023): a parameter has an invalid value or format.":
    "Błąd wartości parametru (000023): parametr ma nieprawidłową wartość lub format.",
  "No rights / access denied (000030): this merchantNo and storeNo may not use the API.":
    "Brak uprawnień / odmowa dostępu (000030): ten merchantNo i storeNo nie mogą korzystać z API.",
  "Transaction status error (000040): the transaction's status does not allow this operation.":
    "Błąd statusu transakcji (000040): status transakcji nie pozwala na tę operację.",
  "Supplier system's error (000080): the upstream wallet or processor failed.":
    "Błąd systemu dostawcy (000080): awaria portfela lub procesora po stronie dostawcy.",
  "Success (000100): the request was accepted.": "Sukces (000100): żądanie zostało przyjęte.",
  "The request was accepted.": "Żądanie zostało przyjęte.",
  'Signature error (000000 "data error : verifySign"): verifySign does not match the parameters and the API token.':
    "Błąd podpisu (000000 „data error : verifySign”): verifySign nie zgadza się z parametrami i tokenem API.",
  "Duplicate: the reference or refundReference was used before.":
    "Duplikat: reference lub refundReference był już użyty.",
  "This order was already submitted. Please check its status with the merchant.":
    "To zamówienie zostało już złożone. Sprawdź jego status u sprzedawcy.",
  "Not supported: the vendor does not take this currency, settlement currency or terminal.":
    "Nieobsługiwane: dostawca nie przyjmuje tej waluty, waluty rozliczenia lub terminala.",
  "This payment method is not available for this order. Please choose another one.":
    "Ta metoda płatności jest niedostępna dla tego zamówienia. Wybierz inną.",
  "Account balance is not sufficient (000040, payouts).": "Niewystarczające saldo konta (000040, wypłaty).",
  "init: created, not yet sent to the payment channel (a hosted checkout waits for the shopper).":
    "init: utworzona, jeszcze nie wysłana do kanału płatności (strona płatności czeka na kupującego).",
  "Waiting for your payment.": "Czekamy na Twoją płatność.",
  "dealing: the payment channel is processing the transaction.": "dealing: kanał płatności przetwarza transakcję.",
  "processing: being processed (not in Pockyt's table; read like dealing).":
    "processing: w toku (brak w tabeli Pockyt; traktujemy jak dealing).",
  "pending: waiting for the shopper to confirm the payment in the wallet.":
    "pending: czekamy, aż kupujący potwierdzi płatność w portfelu.",
  "Please confirm the payment in your wallet app.": "Potwierdź płatność w aplikacji portfela.",
  "success: the payment (or refund) is complete.": "success: płatność (lub zwrot) zakończona.",
  "Payment successful.": "Płatność zakończona powodzeniem.",
  "failed: the payment channel did not complete the payment (Pockyt gives no reason).":
    "failed: kanał płatności nie zrealizował płatności (Pockyt nie podaje przyczyny).",
  "The payment failed. Please try again or choose another payment method.":
    "Płatność nie powiodła się. Spróbuj ponownie lub wybierz inną metodę płatności.",
  "fail: failed (the spelling WooCommerce's IPN handler switches on).":
    "fail: niepowodzenie (na tę pisownię reaguje obsługa IPN w WooCommerce).",
  "closed: the payment was set up but the shopper did not continue; it closed unpaid after its timeout (or on a cancel).":
    "closed: płatność została utworzona, ale kupujący jej nie kontynuował; zamknięta bez zapłaty po upływie czasu (lub po anulowaniu).",
  "The payment session has expired. Please place the order again.":
    "Sesja płatności wygasła. Złóż zamówienie ponownie.",
  "expired: the session timed out unpaid (not in Pockyt's table; read like closed).":
    "expired: sesja wygasła bez zapłaty (brak w tabeli Pockyt; traktujemy jak closed).",
  "reversed: the payment was reversed through the cancel API (order cancelled); any paid amount goes back to the shopper.":
    "reversed: płatność cofnięta przez API anulowania (zamówienie anulowane); zapłacona kwota wraca do kupującego.",
  "The payment was cancelled.": "Płatność została anulowana.",
  "The payment was declined. Please use another payment method or contact your bank.":
    "Płatność została odrzucona. Wybierz inną metodę płatności lub skontaktuj się ze swoim bankiem.",
  "This operation is not available for this payment method.": "Ta operacja jest niedostępna dla tej metody płatności.",
  "Card declined by the issuer; Antom reports it as PROCESS_FAIL.":
    "Wydawca odrzucił kartę; Antom zgłasza to jako PROCESS_FAIL.",
  "Accepted (000100); the payment's outcome is not known yet.":
    "Przyjęto (000100); wynik płatności nie jest jeszcze znany.",
};
