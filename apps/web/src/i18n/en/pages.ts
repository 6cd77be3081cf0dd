export const signIn = {
  title: "Sign in",
  subtitle: "Payment operations console",
  email: "E-mail",
  password: "Password",
  submit: "Sign in",
  signingIn: "Signing in…",
};

export const notFound = {
  title: "Not found",
  heading: "There is no page at this address",
  help: "The link may be mistyped or out of date.",
  toTransactions: "Go to transactions",
};
