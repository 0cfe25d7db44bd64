/**
 * Bundles the counter (src/main.tsx) into dist/main.js (and the chunks it loads later) that the
 * real node binary starts directly: Node cannot run .tsx, and a few minified files start faster
 * than resolving hundreds of modules. React's CommonJS needs `require`, so each file gets one from
 * `createRequire`.
 */

import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { build, type Plugin } from "esbuild"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")

/** Ink reaches React DevTools only when DEV=true; the counter never ships it (an empty module). */
const noDevtools: Plugin = {
  name: "no-react-devtools",
  setup(b) {
    b.onResolve({ filter: /^react-devtools-core$/ }, () => ({
      path: "react-devtools-core",
      namespace: "stub",
    }))
    b.onLoad({ filter: /.*/, namespace: "stub" }, () => ({
      contents: "export default { connectToDevTools() {} }",
    }))
  },
}

await build({
  entryPoints: [join(root, "src", "main.tsx")],
  outdir: join(root, "dist"),
  // The screens and the domain are a chunk of their own, loaded after the first frame.
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node24",
  jsx: "automatic",
  plugins: [noDevtools],
  define: { "process.env.NODE_ENV": '"production"' },
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
  minify: true,
  sourcemap: "linked",
  logLevel: "warning",
  legalComments: "none",
})
