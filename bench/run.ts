/** `npm run bench`: every benchmark, printed as a table and saved under bench/out/. */
import fs from "node:fs";
import os from "node:os";

import { benchClaim } from "./claim";
import { benchDatasets } from "./datasets";
import { benchIngest } from "./ingest";
import { ensureBuild } from "./server";

const BENCHES: Record<string, () => Promise<Record<string, number | string>>> = {
  ingest: benchIngest,
  claim: benchClaim,
  datasets: benchDatasets,
};

async function main() {
  const only = process.argv[2];
  fs.mkdirSync("bench/out", { recursive: true });

  for (const [name, run] of Object.entries(BENCHES)) {
    if (only && only !== name) continue;
    if (name === "ingest") ensureBuild();
    console.log(`\n== ${name}`);
    const results = await run();
    const rounded = Object.fromEntries(
      Object.entries(results).map(([k, v]) => [
        k,
        typeof v === "number" ? Number(v.toFixed(2)) : v,
      ]),
    );
    console.table(rounded);
    const record = {
      bench: name,
      at: new Date().toISOString(),
      machine: machine(),
      results: rounded,
    };
    fs.writeFileSync(`bench/out/${name}.json`, JSON.stringify(record, null, 2));
  }
}

function machine() {
  return `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}`;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
