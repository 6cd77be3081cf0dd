export const settings = {
  title: "Ustawienia",
  subtitle:
    "Dokąd trafiają alerty oraz incydenty w piaskownicy; osoby i tokeny API są w sekcji „Użytkownicy i tokeny”, każda zmiana w dzienniku audytu",
  loading: "Wczytywanie incydentów",
  loadFailed: "Nie udało się wczytać incydentów piaskownicy",
  demoOnly: "Incydenty działają tylko w trybie demo",
  demoOnlyHelp:
    "Paylens jest połączony z prawdziwymi kontami operatorów. Uruchom go bez PAYLENS_ACCOUNTS_FILE, aby korzystać z lokalnych piaskownic, w których można włączać incydenty.",
  issuer: "Wydawca",
  webhooks: "Webhooki",
  apis: "API operatorów",
  channels: "Kanały powiadomień",
  channelsAside:
    "Każdy alert jest wysyłany przy otwarciu i zamknięciu, z linkiem tutaj; przy błędzie ponawiany z rosnącą przerwą",
  incidents: "Incydenty w piaskownicy",
  incidentsAside: "Porusz panele analityki i alerty: incydenty od razu zmieniają działanie lokalnych piaskownic",
};
