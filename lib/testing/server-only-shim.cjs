// For test subprocesses that run lib/data code in plain Node (node --require <this> --import tsx):
// "server-only" resolves to this file, which exports nothing, as vitest's alias does. The
// react-server condition would do the same but gives a React without createContext, which the
// staff session's imports (next-auth, next/navigation) need.
const Module = require("node:module");

const resolve = Module._resolveFilename;
Module._resolveFilename = function resolveServerOnly(request, ...rest) {
  if (request === "server-only") return __filename;
  return resolve.call(this, request, ...rest);
};
