export const settings = {
  title: "Ustawienia",
  subtitle:
    "Incydenty w piaskownicy; osoby i tokeny API są w sekcji „Użytkownicy i tokeny”, każda zmiana — w dzienniku audytu",
  loading: "Wczytywanie incydentów",
  loadFailed: "Nie udało się wczytać incydentów piaskownicy",
  demoOnly: "Incydenty działają tylko w trybie demo",
  demoOnlyHelp:
    "Paylens jest połączony z prawdziwymi kontami operatorów. Uruchom go bez PAYLENS_ACCOUNTS_FILE, aby korzystać z lokalnych piaskownic, w których można włączać incydenty.",
  issuer: "Wydawca",
  webhooks: "Webhooki",
  apis: "API operatorów",
  incidents: "Incydenty w piaskownicy",
  incidentsAside: "Porusz panele analityki i alerty: incydenty od razu zmieniają działanie lokalnych piaskownic",
};
