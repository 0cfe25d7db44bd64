// The public site: static pages, zh-CN at the root and English under /en/ (see src/lib/i18n.ts).
import { defineConfig } from "astro/config"

export default defineConfig({
  // The public origin, where the deployment states it (ZHICHENG_PUBLIC_URL, which the API requires
  // outside the demo): the hreflang alternates are then absolute, as search engines want them. The
  // demo's build does not know where it will be served and keeps them relative.
  site: process.env.ZHICHENG_PUBLIC_URL || undefined,
  output: "static",
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "always" },
  // `astro dev` talks to an API on 8787 (`./zc start`); the built site is served by that API itself.
  vite: {
    server: { proxy: { "/api": "http://127.0.0.1:8787" } },
    build: {
      // Every script stays a file of its own (none inlined): the API's CSP allows only the layout's own
      // inline script, by its hash (apps/api/src/Site.ts).
      assetsInlineLimit: 0,
      // Reading a property has no side effects in this code (no getter that does work). Without this,
      // Rolldown keeps every top-level schema whose fields read `Schema.String` and the like, even when
      // marked pure and unused, and with them effect/Schema (~50 KB gz) in the self-check's first chunk.
      rolldownOptions: { treeshake: { propertyReadSideEffects: false } },
    },
  },
})
