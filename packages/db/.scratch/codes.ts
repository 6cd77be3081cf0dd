import { listCodes } from "../../codes/src/catalogue.ts";
const rows = listCodes();
const by = new Map<string, number>();
for (const r of rows) by.set(`${r.provider}/${r.letter}/${r.reason}`, (by.get(`${r.provider}/${r.letter}/${r.reason}`) ?? 0) + 1);
console.log(rows.length, [...by].sort());
console.log(rows.filter(r => r.letter === "S" || r.letter === "P" || r.letter === null).map(r => `${r.provider} ${r.code} ${r.letter} ${r.message?.slice(0,60)}`).join("\n"));
