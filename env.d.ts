/// <reference types="vite/client" />
declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}
interface ImportMetaEnv {
  /** Optional online basemap: a WGS-84 MapLibre style URL drawn under the app's layers. */
  readonly VITE_BASEMAP_STYLE_URL?: string
  /** Public base URL that share links and QR codes carry; default: the page's own origin and path. */
  readonly VITE_PUBLIC_BASE_URL?: string
}
