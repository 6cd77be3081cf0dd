export const settings = {
  title: "Settings",
  subtitle:
    "Where alerts are sent, and sandbox incidents; people and API tokens are under Users & tokens, every change is in the Audit log",
  loading: "Loading incidents",
  loadFailed: "Could not load the sandbox incidents",
  demoOnly: "Incidents exist only in demo mode",
  demoOnlyHelp:
    "Paylens is connected to real provider accounts. Start it without PAYLENS_ACCOUNTS_FILE to run against the local sandboxes, where incidents can be switched on.",
  issuer: "Issuer",
  webhooks: "Webhooks",
  apis: "Provider APIs",
  channels: "Notification channels",
  channelsAside: "Each alert is sent when it opens and when it ends, with a link here; retried with backoff",
  incidents: "Sandbox incidents",
  incidentsAside: "Make the analytics panels and alerts move: they change what the local sandboxes do, at once",
};
