// Process entry of the CLI (bin/tirelire.mjs runs it under tsx).
import { main } from "./main";

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
