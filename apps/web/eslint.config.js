import { paylensConfig } from "@paylens/eslint-config";

export default [
  ...paylensConfig({ boundaries: "web" }),
  {
    // Component tests and their wiring run the real API and database in the test process; the bundle never sees
    // them (vite builds from src/main.tsx, which imports neither).
    files: ["src/**/*.test.{ts,tsx}", "src/mocks/**"],
    rules: { "@typescript-eslint/no-restricted-imports": "off" },
  },
];
