import { paylensConfig } from "@paylens/eslint-config";

export default paylensConfig({ root: import.meta.dirname, boundaries: "web" });
