import { paylensConfig } from "@paylens/eslint-config";

// mock-public/ holds msw's generated service worker (`msw init`), used only by `vite --mode mock`.
export default [{ ignores: ["mock-public/**"] }, ...paylensConfig({ root: import.meta.dirname, boundaries: "web" })];
