import { ComingSoon } from "../../components/coming-soon.tsx";

export function SettingsPage() {
  return (
    <ComingSoon
      title="Settings"
      summary="Settings will hold the people who use Paylens and the provider accounts it is connected to."
      capabilities={[
        "Sign-in and roles: admin, ops, support, finance",
        "Provider accounts; credentials stay on the server and are never sent to the browser",
        "The append-only audit log of every action taken in Paylens",
      ]}
    />
  );
}
