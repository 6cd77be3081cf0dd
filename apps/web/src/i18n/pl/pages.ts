export const signIn = {
  title: "Logowanie",
  subtitle: "Konsola operacji płatniczych",
  email: "E-mail",
  password: "Hasło",
  submit: "Zaloguj się",
  signingIn: "Logowanie…",
};

export const notFound = {
  title: "Nie znaleziono",
  heading: "Pod tym adresem nie ma żadnej strony",
  help: "Link może zawierać literówkę albo być nieaktualny.",
  toTransactions: "Przejdź do transakcji",
};
