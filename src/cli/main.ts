#!/usr/bin/env node
import { watchProcess } from "./interrupts.js";
import { processIo } from "./io.js";

// Signals and a closed stdout are handled from the first moment, before the commands (and the
// gazetteer they load) are imported.
const interrupts = watchProcess();
const { runCli } = await import("./program.js");
process.exitCode = await runCli(process.argv.slice(2), processIo(interrupts));
