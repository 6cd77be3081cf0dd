import { paylensConfig } from "@paylens/eslint-config";

export default paylensConfig({ boundaries: "web" });
