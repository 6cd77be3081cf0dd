export const signIn = {
  title: "Вход",
  subtitle: "Консоль платёжных операций",
  email: "Электронная почта",
  password: "Пароль",
  submit: "Войти",
  signingIn: "Входим…",
};

export const notFound = {
  title: "Страница не найдена",
  heading: "По этому адресу ничего нет",
  help: "Возможно, в ссылке опечатка или она устарела.",
  toTransactions: "К транзакциям",
};
