#!/usr/bin/env node
// The installed `mandat` command runs the compiled CLI (built by `npm run build` or `npm start`).
await import("../dist/cli/main.js");
